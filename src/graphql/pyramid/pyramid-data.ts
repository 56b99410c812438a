/**
 * The endurance pyramid, read from PART_OF_PYRAMID statements: each places a championship or event
 * (the subject) in an organisation's pyramid (the object, the ACO), with qualifier `tier`
 * (1 = top). Sources do not always number the tier ("the base", "the first step", or nothing at
 * all); such placements are kept, unranked, in the sources' words. Read once per request and filter.
 */
import type { StatementRecord } from "../../db/schema";
import type { StatementFilter } from "../../db/statement-filter";
import type { Context } from "../context";
import type { PlacementObject, TierObject } from "./pyramid.types";

/** The statements are read once per request and filter (the store's loader). */
export async function pyramidPlacements(context: Context, filter: Pick<StatementFilter, "asOf" | "knownAt">): Promise<PlacementObject[]> {
  const rows = await context.store.statementsWithPredicates(["PART_OF_PYRAMID"], filter);
  return rows.map((row) => placementOf(row, filter.knownAt ?? null));
}

function placementOf(row: StatementRecord, knownAt: string | null): PlacementObject {
  const tier = (JSON.parse(row.qualifiers) as Record<string, string>).tier ?? null;
  const level = tier !== null && /^\d+$/.test(tier.trim()) ? Number(tier) : null;
  return { tier, level, statement: { row, knownAt }, entityId: row.subjectId, organisationId: row.objectId ?? "" };
}

/** Numbered tiers, top (1) down, each with its placements in the order the sources reported them. */
export function tiersOf(placements: readonly PlacementObject[]): TierObject[] {
  const levels = [...new Set(placements.flatMap((placement) => (placement.level === null ? [] : [placement.level])))].sort((a, b) => a - b);
  return levels.map((level) => ({ level, placements: placements.filter((placement) => placement.level === level) }));
}
