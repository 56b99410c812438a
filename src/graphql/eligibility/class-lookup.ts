/**
 * A result's class, named as a user types it: looked up among the result championship's own classes
 * first ("LMP2" in an ELMS result is the ELMS LMP2 class), then anywhere. A miss lists the
 * championship's classes.
 */
import { GraphQLError } from "graphql";
import { classesNamedWithin, type NamedEntity } from "../../domain/classes/class-names";
import type { ChampionshipClasses } from "../../db/reads/classes";
import { ambiguous, classNotFound, type Candidate } from "../common/errors";
import type { Context } from "../context";
import { lookupOfKind } from "./lookup-kind";

const ARGUMENT = "result.class";

type NamedClass = NamedEntity & Candidate;

/** The id of the class `ref` names for a result of these championships (one, or a joint classification's members). */
export async function lookupResultClass(ref: string, championshipIds: readonly string[], context: Context): Promise<string> {
  // An id names one entity wherever it is asked: no need to look among the championship's classes.
  const byId = ref.includes("/") ? await context.store.entity(ref.trim()) : null;
  if (byId?.kind === "CLASS") return byId.id;
  const { championships, classes } = namedClassesOf(championshipIds, await context.store.classesOf(championshipIds));
  const within = [...new Set(championships.flatMap((championship) => classesNamedWithin(ref, championship, classes.get(championship.id) ?? [])))];
  const candidates: Candidate[] = [...new Map([...classes.values()].flat().map(({ id, name, kind }) => [id, { id, name, kind }])).values()].sort(byNameThenId);
  if (within.length === 1) return within[0];
  if (within.length > 1) throw ambiguous(ref.trim(), candidates.filter((item) => within.includes(item.id)));
  try {
    return (await lookupOfKind(ref, ["CLASS"], ARGUMENT, context)).id;
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions.code !== "NOT_FOUND") throw error;
    const suggestions = (error.extensions.suggestions as Candidate[] | undefined) ?? [];
    const names = (await context.store.entities(championshipIds)).map((championship) => championship.name); // loaded when the championship was looked up
    throw classNotFound(ref.trim(), suggestions, names, candidates);
  }
}

/** Each championship with its names, and its classes with every name of each. */
function namedClassesOf(ids: readonly string[], read: ChampionshipClasses): { championships: NamedEntity[]; classes: Map<string, NamedClass[]> } {
  const championships = ids.map((id) => ({ id, names: read.championshipNames.filter((row) => row.championshipId === id).map((row) => row.text) }));
  const byChampionship = new Map<string, Map<string, NamedClass>>();
  for (const row of read.classNames) {
    const classes = byChampionship.get(row.championshipId) ?? new Map<string, NamedClass>();
    byChampionship.set(row.championshipId, classes);
    const known = classes.get(row.classId) ?? { id: row.classId, name: row.className, kind: "CLASS", names: [row.className] };
    classes.set(row.classId, known);
    if (!known.names.includes(row.text)) known.names.push(row.text);
  }
  return { championships, classes: new Map([...byChampionship].map(([id, classes]) => [id, [...classes.values()]])) };
}

function byNameThenId(a: Candidate, b: Candidate): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
