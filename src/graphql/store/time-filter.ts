/**
 * Dates as typed, turned into what the database reads take: days. `knownAt` is its period's last day;
 * timeline spans run from the first day of `from` to the last day of `to`; an `asOf` day is a day.
 * An `asOf` month or year asks what held on any of its days: the database filter reads the period's
 * first and last days (the rule of src/domain/time/validity.ts, in SQL), so paging and counts stay in SQL.
 */
import type { StatementFilter } from "../../db/statement-filter";
import { firstDayOf, lastDayOf } from "../../domain/partial-date";
import { knownByDay, periodOf } from "../../domain/time";

/** A read's filter in days: `knownAt` its period's last day, `asOf` its period's first and last days. */
export function inDays(filter: StatementFilter): StatementFilter {
  const knownAt = filter.knownAt ? knownByDay(filter.knownAt) : filter.knownAt;
  if (!filter.asOf) return { ...filter, knownAt };
  const asOf = periodOf(filter.asOf);
  return { ...filter, knownAt, asOf: asOf.firstDay, asOfLast: asOf.lastDay };
}

export function spanInDays(span: { from?: string | null; to?: string | null }): { from: string | null; to: string | null } {
  return { from: span.from ? firstDayOf(span.from) : null, to: span.to ? lastDayOf(span.to) : null };
}
