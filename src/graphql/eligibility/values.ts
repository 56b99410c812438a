/** Small helpers the eligibility resolvers share: entities through the loader, rules as seen at one time. */
import type { EntityRecord } from "../../db/schema";
import type { Context } from "../context";
import type { RuleValue } from "./eligibility.types";

/** Entities by id, in order, through the request's batched loader (unknown ids are left out). */
export async function entitiesOf(ids: readonly string[], context: Context): Promise<EntityRecord[]> {
  return context.store.entities(ids);
}

/** The rule `id` as seen at the same time as `from`; null when no rule or not visible then. */
export function ruleValue(id: string | null | undefined, from: Pick<RuleValue, "standings" | "book">): RuleValue | null {
  const standing = id ? from.standings.get(id) : undefined;
  return standing ? { standing, standings: from.standings, book: from.book } : null;
}
