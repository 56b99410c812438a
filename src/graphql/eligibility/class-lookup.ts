/**
 * A result's class, named as a user types it: looked up among the result championship's own classes
 * first ("LMP2" in an ELMS result is the ELMS LMP2 class), then anywhere. A miss lists the
 * championship's classes.
 */
import { GraphQLError } from "graphql";
import { classesNamedWithin, type NamedEntity } from "../../domain/classes/class-names";
import { ambiguous, classNotFound, type Candidate } from "../common/errors";
import type { Context } from "../context";
import { lookupOfKind } from "./lookup-kind";

const ARGUMENT = "result.class";

/** The id of the class `ref` names for a result of these championships (one, or a joint classification's members). */
export async function lookupResultClass(ref: string, championshipIds: readonly string[], context: Context): Promise<string> {
  const [championships, classes] = await Promise.all([namedChampionships(championshipIds, context), classesOf(championshipIds, context)]);
  const within = [...new Set(championships.flatMap((championship) => classesNamedWithin(ref, championship, classes.get(championship.id) ?? [])))];
  const candidates: Candidate[] = [...new Map([...classes.values()].flat().map(({ id, name, kind }) => [id, { id, name, kind }])).values()];
  if (within.length === 1) return within[0];
  if (within.length > 1) throw ambiguous(ref.trim(), candidates.filter((item) => within.includes(item.id)));
  try {
    return (await lookupOfKind(ref, ["CLASS"], ARGUMENT, context)).id;
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions.code !== "NOT_FOUND") throw error;
    const suggestions = (error.extensions.suggestions as Candidate[] | undefined) ?? [];
    throw classNotFound(ref.trim(), suggestions, championships.map((championship) => championship.name), candidates);
  }
}

interface NamedChampionship extends NamedEntity {
  name: string;
}

async function namedChampionships(ids: readonly string[], context: Context): Promise<NamedChampionship[]> {
  const [entities, names] = await Promise.all([context.store.entities(ids), Promise.all(ids.map((id) => context.store.names(id)))]);
  return entities.map((entity) => ({ id: entity.id, name: entity.name, names: [entity.name, ...names[ids.indexOf(entity.id)].map((row) => row.text)] }));
}

/** Each championship's classes, with every name of each. */
async function classesOf(ids: readonly string[], context: Context): Promise<Map<string, (NamedEntity & Candidate)[]>> {
  const byChampionship = new Map<string, Map<string, NamedEntity & Candidate>>();
  for (const row of await context.store.classNamesOf(ids)) {
    const classes = byChampionship.get(row.championshipId) ?? new Map<string, NamedEntity & Candidate>();
    byChampionship.set(row.championshipId, classes);
    const known = classes.get(row.classId) ?? { id: row.classId, name: row.className, kind: "CLASS", names: [row.className] };
    classes.set(row.classId, known);
    if (!known.names.includes(row.text)) known.names.push(row.text);
  }
  return new Map([...byChampionship].map(([id, classes]) => [id, [...classes.values()]]));
}
