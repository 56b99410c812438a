/**
 * Dates as typed, turned into what the database reads take: days. `knownAt` is its period's last day;
 * timeline spans run from the first day of `from` to the last day of `to`; an `asOf` day is a day.
 * An `asOf` month or year asks what held on any of its days, which the database's one-day filter does
 * not say: those reads run without `asOf` and keep here what the domain's holding rule keeps over the
 * period (src/domain/time/validity.ts: the same rule the SQL applies to a day).
 */
import type { StatementFilter } from "../../db/statement-filter";
import type { StatementRecord } from "../../db/schema";
import type { Page, PageWindow } from "../../db/reads/page";
import { firstDayOf, lastDayOf, type PartialDate } from "../../domain/partial-date";
import { isPeriod, knownByDay, periodOf } from "../../domain/time";

/** A read's filter in days, and the `asOf` period to keep in memory when there is one. */
export interface DayFilter {
  filter: StatementFilter;
  period: { span: PartialDate; includeUnknown: boolean } | null;
}

/** Every statement a period read looks at, before keeping what held in the period. */
export const WHOLE_LIST: PageWindow = { offset: 0, limit: 1_000_000 };

export function inDays(filter: StatementFilter): DayFilter {
  const knownAt = filter.knownAt ? knownByDay(filter.knownAt) : filter.knownAt;
  const asOf = filter.asOf ? periodOf(filter.asOf) : null;
  if (!asOf || !isPeriod(asOf)) return { filter: { ...filter, knownAt, asOf: asOf?.firstDay ?? filter.asOf }, period: null };
  return { filter: { ...filter, knownAt, asOf: null, includeUnknown: null }, period: { span: asOf, includeUnknown: Boolean(filter.includeUnknown) } };
}

export function spanInDays(span: { from?: string | null; to?: string | null }): { from: string | null; to: string | null } {
  return { from: span.from ? firstDayOf(span.from) : null, to: span.to ? lastDayOf(span.to) : null };
}

/** A window over rows kept in memory, with their total, as a database page read gives it. */
export function windowOf<Row>(rows: Row[], window: PageWindow): Page<Row> {
  return { rows: rows.slice(window.offset, window.offset + window.limit), total: rows.length };
}
