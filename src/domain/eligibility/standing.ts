/**
 * Where each rule stands at a point of record time (`knownAt`: what the sources had said) and of
 * valid time (`asOf`: what was in force): the one definition of supersession. A rule is known once
 * the whole period of its `statedOn` has passed; it is in force from its decision (`decidedOn`) or,
 * when no source dates the decision, from its first report (`statedOn`), the earliest day we can
 * vouch for. A later rule that `supersedes` it replaces it once that later rule is visible; of
 * several, the one in force earliest (on a tie, the smaller id).
 */
import { lastDayOf } from "../partial-date";
import type { EntryRule, RuleRecord, RuleStatus } from "./types";

export interface RuleTime {
  knownAt?: string | null;
  asOf?: string | null;
}

export interface RuleStanding<Rule extends EntryRule = RuleRecord> {
  rule: Rule;
  /** The seeded status, or SUPERSEDED when a visible rule replaces it. */
  status: RuleStatus;
  /** The rule that replaces it, when one is visible at this time. */
  supersededById: string | null;
  time: RuleTime;
}

/** Known on `knownAt` (ISO date; always, when absent): a rule dated to a month or year counts once that period is over. */
export function isKnownAt(rule: EntryRule, knownAt?: string | null): boolean {
  return !knownAt || lastDayOf(rule.statedOn) <= lastDayOf(knownAt);
}

/** The last day of the rule's decision (or first report): before the period is over we cannot say it held. */
export function effectiveDay(rule: EntryRule): string {
  return lastDayOf(rule.decidedOn ?? rule.statedOn);
}

/** In force by `asOf`: a day, or the last day of a month or year (in force at any time in it). */
function inForceBy(rule: EntryRule, asOf: string | null | undefined): boolean {
  return !asOf || effectiveDay(rule) <= lastDayOf(asOf);
}

/** Every rule visible at `time` (known by knownAt, in force by asOf), by id, with its standing. */
export function standingsAt<Rule extends EntryRule>(rules: readonly Rule[], time: RuleTime): Map<string, RuleStanding<Rule>> {
  const visible = rules.filter((rule) => isKnownAt(rule, time.knownAt) && inForceBy(rule, time.asOf));
  const replacer = new Map<string, Rule>();
  for (const rule of visible) {
    if (!rule.supersedes) continue;
    const earlier = replacer.get(rule.supersedes);
    if (!earlier || inForceBefore(rule, earlier)) replacer.set(rule.supersedes, rule);
  }
  return new Map(
    visible.map((rule) => {
      const supersededById = replacer.get(rule.id)?.id ?? null;
      return [rule.id, { rule, status: supersededById ? "SUPERSEDED" : rule.status, supersededById, time }];
    }),
  );
}

/** In force earlier; of two in force on the same day, the smaller id, so the answer does not depend on the order rules are read in. */
function inForceBefore(rule: EntryRule, other: EntryRule): boolean {
  const [day, otherDay] = [effectiveDay(rule), effectiveDay(other)];
  return day < otherDay || (day === otherDay && rule.id < other.id);
}

/** Standings that still lead to an entry: neither superseded nor cancelled. */
export function isActive(standing: Pick<RuleStanding<EntryRule>, "status">): boolean {
  return standing.status === "ANNOUNCED" || standing.status === "CONFIRMED";
}
