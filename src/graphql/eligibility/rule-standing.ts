/**
 * Where each rule stands at a point of record time (`knownAt`: what the sources had said) and of
 * valid time (`asOf`: what was in force). A rule is in force from its decision (`decidedOn`) or,
 * when no source dates the decision, from its first report (`statedOn`) — the earliest day we can
 * vouch for. A later rule that `supersedes` it replaces it once that later rule is known (and in
 * force, with `asOf`). Plain logic over plain data.
 */
import { isKnownAt, type RuleStatus } from "../../domain/eligibility";
import { parsePartialDate } from "../../domain/partial-date";
import type { RuleRecord } from "../../domain/eligibility";

export interface RuleTime {
  knownAt?: string | null;
  asOf?: string | null;
}

export interface RuleStanding {
  rule: RuleRecord;
  /** The seeded status, or SUPERSEDED when a visible rule replaces it. */
  status: RuleStatus;
  /** The rule that replaces it, when one is visible at this time. */
  supersededById: string | null;
  time: RuleTime;
}

/** Every rule visible at `time` (known by knownAt, in force by asOf), by id, with its standing. */
export function standingsAt(rules: readonly RuleRecord[], time: RuleTime): Map<string, RuleStanding> {
  const visible = rules.filter((rule) => isKnownAt(rule, time.knownAt ?? undefined) && inForceBy(rule, time.asOf));
  const replacer = new Map<string, RuleRecord>();
  for (const rule of visible) {
    if (!rule.supersedes) continue;
    const earlier = replacer.get(rule.supersedes);
    if (!earlier || effectiveDay(rule) < effectiveDay(earlier)) replacer.set(rule.supersedes, rule);
  }
  return new Map(
    visible.map((rule) => {
      const supersededById = replacer.get(rule.id)?.id ?? null;
      return [rule.id, { rule, status: supersededById ? "SUPERSEDED" : rule.status, supersededById, time }];
    }),
  );
}

/** Standings that still lead to an entry: neither superseded nor cancelled. */
export function isActive(standing: RuleStanding): boolean {
  return standing.status === "ANNOUNCED" || standing.status === "CONFIRMED";
}

function inForceBy(rule: RuleRecord, asOf: string | null | undefined): boolean {
  return !asOf || effectiveDay(rule) <= asOf;
}

/** The last day of the rule's decision (or first report): before the period is over we cannot say it held. */
export function effectiveDay(rule: RuleRecord): string {
  const date = rule.decidedOn ?? rule.statedOn;
  const parsed = parsePartialDate(date);
  return "error" in parsed ? date : parsed.lastDay;
}
