/**
 * Resolving what a person types to one entity: an id, a name, a label or an alias,
 * ignoring case and accents. Ambiguity and misses are errors that list candidates.
 */
import { foldText } from "../../domain/text";
import { closestMatches } from "../../domain/suggest";
import type { EntityRecord } from "../../db/schema";
import { ambiguous, badInput, notFound, type Candidate } from "../common/errors";
import type { Context } from "../context";

/**
 * No id, name or alias is this long. Checked first, so that a huge ref is neither looked up nor
 * compared with every name for "did you mean" (which costs the ref's length times every name).
 */
export const MAX_REF_LENGTH = 200;

export async function lookupEntity(ref: string, context: Context, what = "entity"): Promise<EntityRecord> {
  const trimmed = ref.trim();
  if (trimmed.length > MAX_REF_LENGTH) {
    throw badInput(`The ${what} reference is ${trimmed.length} characters long; the limit is ${MAX_REF_LENGTH}. Give an id, a name or an alias.`);
  }
  const byId = trimmed.includes("/") ? await context.store.entity(trimmed) : null;
  if (byId) return byId;
  const named = await context.store.entitiesNamed(foldText(trimmed));
  const distinct = [...new Map(named.map((row) => [row.entityId, { id: row.entityId, name: row.name, kind: row.kind }])).values()];
  if (distinct.length === 1) return (await context.store.entity(distinct[0].id))!;
  if (distinct.length > 1) throw ambiguous(trimmed, distinct);
  throw notFound(what, trimmed, await suggestionsFor(trimmed, context));
}

async function suggestionsFor(ref: string, context: Context): Promise<Candidate[]> {
  const names = await context.store.allNames();
  const closest = closestMatches(ref, [...new Set(names.flatMap((row) => [row.text, row.entityId]))], 5);
  const ids = [...new Set(closest.map((text) => names.find((row) => row.text === text || row.entityId === text)!.entityId))].slice(0, 3);
  return (await context.store.entities(ids)).map(({ id, name, kind }) => ({ id, name, kind }));
}
