/**
 * Which rules were known on a given day, and which of them can apply to a result.
 * Record time, not valid time: on 2021-11-05 the 2024 invitations existed only as an
 * announcement, with the GTWC Europe class still open; later sources replaced it.
 */
import { standingsAt } from "./standing";
import type { EntryRule, QualifyingResult, RuleClass, UndecidedClass } from "./types";

/**
 * The rules known on `knownAt` (ISO date; every rule when absent), each replaced by any known rule
 * that supersedes it (standing.ts decides which rules a known rule replaces).
 */
export function rulesKnownAt<Rule extends EntryRule>(rules: readonly Rule[], knownAt?: string): Rule[] {
  return [...standingsAt(rules, { knownAt }).values()].filter((standing) => standing.supersededById === null).map((standing) => standing.rule);
}

export { isKnownAt } from "./standing";

/** Rules for this event and edition whose qualifying championship (or joint classification) is the result's. */
export function rulesFor(rules: readonly EntryRule[], event: string, edition: number, result: QualifyingResult): EntryRule[] {
  return rules.filter((rule) => rule.event === event && rule.edition === edition && qualifiesFrom(rule, result));
}

function qualifiesFrom(rule: EntryRule, result: QualifyingResult): boolean {
  if (rule.jointClassification) return sameMembers(rule.jointClassification.championships, result.jointClassification ?? []);
  return result.championship !== undefined && rule.championship === result.championship;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

export function isUndecided(ruleClass: RuleClass): ruleClass is UndecidedClass {
  return typeof ruleClass === "object";
}

/** Order-independent output: rules sorted by id. */
export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
