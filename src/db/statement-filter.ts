/**
 * The time filters every statement query shares: valid time (`asOf`) and record time
 * (`knownAt`), plus predicates and statuses. Turned into one SQL WHERE fragment.
 * The rules (src/domain/time): an undated statement was never known; a statement without a
 * start is known to hold from its record date on, and its holding before that is unknown.
 */
import { SEEDED_STATUSES, type Status } from "../domain/vocabulary";
import type { Dialect } from "./dialect";

export interface StatementFilter {
  predicates?: string[] | null;
  /** Effective statuses to keep; SUPERSEDED is computed against knownAt. */
  statuses?: string[] | null;
  /**
   * ISO day: keep what is known to hold on that day — begun by then (by its own start, or, with no
   * start, by its record date: it was reported as holding) and not ended.
   */
  asOf?: string | null;
  /**
   * ISO day: with asOf, the last day of the period asked about (`asOf: "2022"` is 2022-01-01 to
   * 2022-12-31): keep what held on any day of it. Absent, the period is the one day `asOf`.
   */
  asOfLast?: string | null;
  /** With asOf: also keep statements whose holding that day is unknown (no start, reported later or undated). */
  includeUnknown?: boolean | null;
  /** ISO day: keep what had been stated by then, with the status it had then; an undated statement never was. */
  knownAt?: string | null;
}

/** What a statement filter keeps without `statuses`: every status a seed can give (not SUPERSEDED). */
export const DEFAULT_STATUSES: readonly Status[] = SEEDED_STATUSES;
/** The status a statement has once a later one replaces it (computed, never seeded). */
export const SUPERSEDED: Status = "SUPERSEDED";

interface Fragment {
  conditions: string[];
  parameters: unknown[];
  dialect: Dialect;
}

/** SQL that yields the status a statement had as known at `knownAt` (a bound parameter). */
export function effectiveStatusSql(alias: string): string {
  return `CASE WHEN ${alias}.superseded_by_id IS NOT NULL
      AND (${alias}.superseded_on_day IS NULL OR ${alias}.superseded_on_day <= COALESCE(CAST(? AS text), '9999-12-31'))
    THEN '${SUPERSEDED}' ELSE ${alias}.status END`;
}

/** WHERE conditions (joined with AND) and their parameters, for statement alias `s`, in `dialect`. */
export function filterSql(filter: StatementFilter, dialect: Dialect): { where: string; parameters: unknown[] } {
  const fragment: Fragment = { conditions: [], parameters: [], dialect };
  addPredicates(fragment, filter);
  if (filter.asOf) {
    // Held on some day of [asOf, asOfLast]: not ended before its first day, begun by its last.
    fragment.conditions.push(`(s.valid_until_day IS NULL OR s.valid_until_day >= ?)`);
    fragment.parameters.push(filter.asOf);
    // Without a start, a statement is known to hold only from the day it was reported.
    fragment.conditions.push(filter.includeUnknown ? `(s.valid_from_day IS NULL OR s.valid_from_day <= ?)` : `COALESCE(s.valid_from_day, s.stated_on_day) <= ?`);
    fragment.parameters.push(lastDayAsked(filter));
  }
  if (filter.knownAt) {
    // A NULL record date compares as unknown, so an undated statement is never known.
    fragment.conditions.push(`s.stated_on_day <= ?`);
    fragment.parameters.push(filter.knownAt);
  }
  addStatuses(fragment, filter);
  return { where: fragment.conditions.join(" AND "), parameters: fragment.parameters };
}

/**
 * WHERE conditions for what the time filters left out only because a time is unknown: with
 * knownAt, statements whose record date is unknown; with asOf (unknowns not asked for), statements
 * with no start not yet reported as holding that day. Null when nothing can be left out that way.
 * Counted, so that an answer says what it omits.
 */
export function leftOutSql(filter: StatementFilter, dialect: Dialect): { where: string; parameters: unknown[] } | null {
  const unknown = { conditions: [] as string[], parameters: [] as unknown[] };
  if (filter.knownAt) unknown.conditions.push(`s.stated_on_day IS NULL`);
  if (filter.asOf && !filter.includeUnknown) {
    unknown.conditions.push(`(s.valid_from_day IS NULL AND (s.stated_on_day IS NULL OR s.stated_on_day > ?) AND (s.valid_until_day IS NULL OR s.valid_until_day >= ?))`);
    unknown.parameters.push(lastDayAsked(filter), filter.asOf);
  }
  if (unknown.conditions.length === 0) return null;
  const fragment: Fragment = { conditions: [`(${unknown.conditions.join(" OR ")})`], parameters: unknown.parameters, dialect };
  addPredicates(fragment, filter);
  addStatuses(fragment, filter);
  return { where: fragment.conditions.join(" AND "), parameters: fragment.parameters };
}

/** The last day of the asOf period: the one day asOf when no period was asked. */
function lastDayAsked(filter: StatementFilter): string | null | undefined {
  return filter.asOfLast ?? filter.asOf;
}

function addPredicates(fragment: Fragment, filter: StatementFilter): void {
  if (!filter.predicates || filter.predicates.length === 0) return;
  fragment.conditions.push(`s.predicate IN (${fragment.dialect.listed})`);
  fragment.parameters.push(JSON.stringify(filter.predicates));
}

function addStatuses(fragment: Fragment, filter: StatementFilter): void {
  fragment.conditions.push(`${effectiveStatusSql("s")} IN (${fragment.dialect.listed})`);
  fragment.parameters.push(filter.knownAt ?? null, JSON.stringify(filter.statuses && filter.statuses.length > 0 ? filter.statuses : DEFAULT_STATUSES));
}

/** A stable key for DataLoader: requests with equal filters batch together. */
export function filterKey(filter: StatementFilter): string {
  return JSON.stringify([filter.predicates ?? null, filter.statuses ?? null, filter.asOf ?? null, filter.asOfLast ?? null, filter.knownAt ?? null, Boolean(filter.includeUnknown)]);
}
