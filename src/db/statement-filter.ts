/**
 * The time filters every statement query shares: valid time (`asOf`) and record time
 * (`knownAt`), plus predicates and statuses. Turned into one SQL WHERE fragment.
 */
export interface StatementFilter {
  predicates?: string[] | null;
  /** Effective statuses to keep; SUPERSEDED is computed against knownAt. */
  statuses?: string[] | null;
  /** ISO day: keep what held on that day. */
  asOf?: string | null;
  /** ISO day: keep what had been stated by then, with the status it had then. */
  knownAt?: string | null;
}

export const DEFAULT_STATUSES = ["FACT", "ANNOUNCED", "UNDECIDED", "CANCELLED"];

/** SQL that yields the status a statement had as known at `knownAt` (a bound parameter). */
export function effectiveStatusSql(alias: string): string {
  return `CASE WHEN ${alias}.superseded_by_id IS NOT NULL
      AND (${alias}.superseded_on_day IS NULL OR ${alias}.superseded_on_day <= COALESCE(?, '9999-12-31'))
    THEN 'SUPERSEDED' ELSE ${alias}.status END`;
}

/** WHERE conditions (joined with AND) and their parameters, for statement alias `s`. */
export function filterSql(filter: StatementFilter): { where: string; parameters: unknown[] } {
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  if (filter.predicates && filter.predicates.length > 0) {
    conditions.push(`s.predicate IN (SELECT value FROM json_each(?))`);
    parameters.push(JSON.stringify(filter.predicates));
  }
  if (filter.asOf) {
    conditions.push(`(s.valid_from_day IS NULL OR s.valid_from_day <= ?) AND (s.valid_until_day IS NULL OR s.valid_until_day >= ?)`);
    parameters.push(filter.asOf, filter.asOf);
  }
  if (filter.knownAt) {
    conditions.push(`(s.stated_on_day IS NULL OR s.stated_on_day <= ?)`);
    parameters.push(filter.knownAt);
  }
  conditions.push(`${effectiveStatusSql("s")} IN (SELECT value FROM json_each(?))`);
  parameters.push(filter.knownAt ?? null, JSON.stringify(filter.statuses && filter.statuses.length > 0 ? filter.statuses : DEFAULT_STATUSES));
  return { where: conditions.join(" AND "), parameters };
}

/** A stable key for DataLoader: requests with equal filters batch together. */
export function filterKey(filter: StatementFilter): string {
  return JSON.stringify([filter.predicates ?? null, filter.statuses ?? null, filter.asOf ?? null, filter.knownAt ?? null]);
}
