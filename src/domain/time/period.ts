/**
 * Dates as people type them: wherever the API asks for a date, a year ("2022"), a month ("2022-06")
 * or a day ("2022-06-01"). Each names a period of days, and each time axis reads it its own way:
 *
 * - record time (`knownAt`) asks "had a source said it by then?": a period counts up to its last day,
 *   so `knownAt: "2022"` is what was known by 2022-12-31;
 * - valid time (`asOf`) asks "did it hold then?": a period keeps what held on any of its days (what
 *   overlaps it), so `asOf: "2022"` includes what held at any time in 2022, and the answer says so.
 */
import { parsePartialDate, type PartialDate } from "../partial-date";

/** What a date argument accepts, as the error a bad one gets says it. */
export const DATE_ARGUMENT_FORMS = 'a Date is a year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD, such as "2022", "2022-06" or "2021-11-05"';

/** A date argument checked: the period it names, or a sentence saying what is wrong with it. */
export function parseDateArgument(value: unknown): PartialDate | { error: string } {
  // A bare year typed without quotes (`asOf: 2022`, `{"asOf": 2022}`) is the year; 2022.5 is no date.
  if (typeof value === "number") return parseDateArgument(String(value));
  const text = String(value);
  const parsed = typeof value === "string" && value === value.trim() ? parsePartialDate(value) : null;
  if (parsed && !("error" in parsed)) return parsed;
  const what = parsed && /\bno month\b|\bnot a day of\b/.test(parsed.error) ? parsed.error : `${JSON.stringify(text)} is not a date`;
  return { error: `${what}; ${DATE_ARGUMENT_FORMS}` };
}

/** The period a date argument names (for values the API has already checked). */
export function periodOf(date: string): PartialDate {
  const parsed = parseDateArgument(date);
  if ("error" in parsed) throw new RangeError(parsed.error);
  return parsed;
}

/** Record time: the day `knownAt` stands for — the last day of its period (what was known by then). */
export function knownByDay(knownAt: string): string {
  return periodOf(knownAt).lastDay;
}

/** Is this date argument a whole period (a year or a month) rather than one day? */
export function isPeriod(period: PartialDate): boolean {
  return period.firstDay !== period.lastDay;
}

/** What an `asOf` over a period includes, as the answer says it: "includes what held at any time in 2022". */
export function heldDuringSentence(period: PartialDate): string {
  return `includes what held at any time in ${period.text} (${period.firstDay} to ${period.lastDay})`;
}

/** "as known on 2021-11-05" for a day; "as known by the end of 2022 (2022-12-31)" for a period. */
export function asKnownPhrase(knownAt: string): string {
  const period = parseDateArgument(knownAt);
  return "error" in period || !isPeriod(period) ? `as known on ${knownAt}` : `as known by the end of ${period.text} (${period.lastDay})`;
}
