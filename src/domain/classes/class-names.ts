/**
 * A class name typed by a user ("LMP2", "GT", "Pro-Am") means the class of the result's own
 * championship before any other: "LMP2" in a European Le Mans Series result is the ELMS LMP2 class,
 * not the generic LMP2. A class named "Asian Le Mans Series GT" or "ALMS GT" answers to "GT" within
 * its championship: its name with the championship's name or acronym taken off the front.
 */
import { foldText } from "../text";

export interface NamedEntity {
  id: string;
  /** Canonical name, labels and aliases. */
  names: string[];
}

/**
 * The ids of the championship's classes that `ref` names, by full name or by name within the
 * championship. When both a class named for the championship ("European Le Mans Series LMP2 Pro-Am")
 * and a class it shares with others ("LMP2 Pro-Am") answer, the championship's own is meant.
 */
export function classesNamedWithin(ref: string, championship: NamedEntity, classes: NamedEntity[]): string[] {
  const wanted = foldText(ref);
  const prefixes = championship.names.map(foldText).filter((prefix) => prefix.length > 0);
  const matched = classes.filter((candidate) => candidate.id === ref.trim() || candidate.names.some((name) => namesMatch(foldText(name), wanted, prefixes)));
  const own = matched.filter((candidate) => candidate.names.some((name) => prefixes.some((prefix) => foldText(name).startsWith(`${prefix} `))));
  return (own.length > 0 ? own : matched).map((candidate) => candidate.id);
}

function namesMatch(name: string, wanted: string, prefixes: string[]): boolean {
  if (name === wanted) return true;
  return prefixes.some((prefix) => name.startsWith(`${prefix} `) && name.slice(prefix.length + 1).trim() === wanted);
}
