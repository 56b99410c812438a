/**
 * How championships hang together, read from PART_OF and COMBINED_WITH statements: the edges that
 * class scopes and routes to Le Mans follow. A COMBINED_WITH statement with a `within` qualifier
 * ("the Sprint and Endurance Cups, within GT World Challenge Europe") also makes each side part of
 * the championship it names. Read once per request and time filter.
 */
import type { StatementRecord } from "../../db/schema";
import type { StatementFilter } from "../../db/statement-filter";
import type { Context } from "../context";
import { ChampionshipRelation } from "./eligibility.enums";

export interface ChampionshipLink {
  fromId: string;
  toId: string;
  relation: ChampionshipRelation;
  statement: StatementRecord;
}

const LINK_PREDICATES = ["PART_OF", "COMBINED_WITH"];
/** Every link, both ways, among statements that pass `filter` (asOf/knownAt); the statements are read once per request and filter. */
export async function championshipLinks(context: Context, filter: StatementFilter): Promise<ChampionshipLink[]> {
  return (await context.store.statementsWithPredicates(LINK_PREDICATES, filter)).flatMap(linksOf);
}

function linksOf(statement: StatementRecord): ChampionshipLink[] {
  const link = (fromId: string, toId: string, relation: ChampionshipRelation) => ({ fromId, toId, relation, statement });
  const partOf = (part: string, whole: string) => [link(part, whole, ChampionshipRelation.PART_OF), link(whole, part, ChampionshipRelation.INCLUDES)];
  const { subjectId, objectId } = statement;
  if (!objectId) return [];
  if (statement.predicate === "PART_OF") return partOf(subjectId, objectId);
  const within = withinOf(statement);
  return [
    link(subjectId, objectId, ChampionshipRelation.COMBINED_WITH),
    link(objectId, subjectId, ChampionshipRelation.COMBINED_WITH),
    ...(within ? [...partOf(subjectId, within), ...partOf(objectId, within)] : []),
  ];
}

function withinOf(statement: StatementRecord): string | null {
  const within = (JSON.parse(statement.qualifiers) as Record<string, string>).within;
  return within && within.startsWith("championship/") ? within : null;
}

/** Championships reachable from `start` by INCLUDES links (its parts, their parts …), nearest first. */
export function partsOf(start: string, links: readonly ChampionshipLink[]): string[] {
  const found: string[] = [];
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const link of links) {
      if (link.fromId !== current || link.relation !== ChampionshipRelation.INCLUDES) continue;
      if (link.toId === start || found.includes(link.toId)) continue;
      found.push(link.toId);
      queue.push(link.toId);
    }
  }
  return found;
}
