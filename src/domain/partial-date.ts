/**
 * Partial dates: "2023" (year), "2022-12" (month) or "2021-11-05" (day).
 * Valid time needs ranges, not points: "from 2023" starts on 2023-01-01 and
 * "until 2022" ends on 2022-12-31, so each partial date has a first and a last day.
 */

/** How precise a partial date is (each described as the API documents it). */
export const DATE_PRECISIONS = {
  YEAR: "A year, e.g. 2023.",
  MONTH: "A month, e.g. 2022-12.",
  DAY: "A day, e.g. 2021-11-05.",
} as const;
export type DatePrecision = keyof typeof DATE_PRECISIONS;

export interface PartialDate {
  /** As written: "2023", "2022-12" or "2021-11-05". */
  text: string;
  precision: DatePrecision;
  /** First day the partial date covers, ISO "YYYY-MM-DD". */
  firstDay: string;
  /** Last day the partial date covers, ISO "YYYY-MM-DD". */
  lastDay: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parse a partial date, or return an error message saying what is wrong. */
export function parsePartialDate(input: string | number): PartialDate | { error: string } {
  const text = String(input).trim();
  const match = PATTERN.exec(text);
  if (!match) return { error: `"${text}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD` };
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return { error: `"${text}" has no month ${month}` };
  if (day) {
    if (Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month))) {
      return { error: `"${text}" is not a day of ${year}-${month}` };
    }
    return { text, precision: "DAY", firstDay: text, lastDay: text };
  }
  if (month) {
    const last = String(daysInMonth(Number(year), Number(month))).padStart(2, "0");
    return { text, precision: "MONTH", firstDay: `${text}-01`, lastDay: `${text}-${last}` };
  }
  return { text, precision: "YEAR", firstDay: `${year}-01-01`, lastDay: `${year}-12-31` };
}

/** Like parsePartialDate, but throws on bad input (for values already validated). */
export function partialDate(input: string | number): PartialDate {
  const parsed = parsePartialDate(input);
  if ("error" in parsed) throw new RangeError(parsed.error);
  return parsed;
}

/** First day a partial date covers; an unparsable date is compared as written. */
export function firstDayOf(date: string): string {
  const parsed = parsePartialDate(date);
  return "error" in parsed ? date : parsed.firstDay;
}

/** Last day a partial date covers; an unparsable date is compared as written. */
export function lastDayOf(date: string): string {
  const parsed = parsePartialDate(date);
  return "error" in parsed ? date : parsed.lastDay;
}

/** Does a valid time written as text overlap the calendar year? Open (or unparsable) ends are open. */
export function overlapsYear(time: { validFrom?: string | null; validUntil?: string | null }, year: number): boolean {
  const from = time.validFrom ? parsePartialDate(time.validFrom) : null;
  const until = time.validUntil ? parsePartialDate(time.validUntil) : null;
  const startsAfter = from !== null && !("error" in from) && from.firstDay > `${year}-12-31`;
  const endsBefore = until !== null && !("error" in until) && until.lastDay < `${year}-01-01`;
  return !startsAfter && !endsBefore;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A valid-time interval, bounds inclusive; null = open. */
export interface ValidTime {
  validFrom: PartialDate | null;
  validUntil: PartialDate | null;
}

/**
 * Did the interval hold on `day` (ISO date)? A bound with year precision covers the
 * whole year: "validUntil 2011" still holds on 2011-12-31.
 */
export function holdsOn(time: ValidTime, day: string): boolean {
  if (time.validFrom && day < time.validFrom.firstDay) return false;
  if (time.validUntil && day > time.validUntil.lastDay) return false;
  return true;
}

/** Is `day` a real calendar day written YYYY-MM-DD? */
export function isIsoDay(day: string): boolean {
  const parsed = parsePartialDate(day);
  return !("error" in parsed) && parsed.precision === "DAY";
}

/** Today's date in UTC, ISO "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
