/**
 * Valid time with an honest unknown. A statement with a `validFrom` holds from then; one
 * without it was reported as current, so it is known to hold from its record date on and
 * unknown before (it may have begun years earlier, or not). `validUntil` ends both.
 *
 * Holding is judged over a span of days: one day (`asOf: "2022-06-01"`), or a whole month or year
 * (`asOf: "2022"`), when a statement holds if it held on any day of it (see period.ts).
 */
import { lastDayOf, firstDayOf, type PartialDate } from "../partial-date";
import { heldDuringSentence, isPeriod } from "./period";

/** Whether a statement held over the days asked about (each described as the API documents it). */
export const HOLDINGS = {
  HELD: "It held: begun by then (its start, or with no start its record date) and not ended.",
  UNKNOWN: "Not known: it has no start date and was first reported later, or never dated.",
  NOT_HELD: "It did not hold: it began later or had ended.",
} as const;
export type Holding = keyof typeof HOLDINGS;

export interface ValidityInput {
  /** First day of validFrom, ISO; null when the start is not stated. */
  validFromDay: string | null;
  /** Last day of validUntil (stated or derived from a successor's start), ISO; null when open. */
  validUntilDay: string | null;
  /** Last day of the record date, ISO; null when unknown. */
  recordDay: string | null;
}

export interface HoldingOn {
  holding: Holding;
  /** Why, in a sentence a researcher can check. */
  reason: string;
}

/** The days a holding is judged over, both included. */
export type DaySpan = Pick<PartialDate, "firstDay" | "lastDay">;

/** Dates as written, as a statement row holds them. */
type Dated = { validFrom?: string | null; validUntil?: string | null; statedOn?: string | null };

/** The validity of a statement from its dates as written (partial dates: a year, a month or a day). */
export function validityOf(dates: Dated): ValidityInput {
  return {
    validFromDay: dates.validFrom ? firstDayOf(dates.validFrom) : null,
    validUntilDay: dates.validUntil ? lastDayOf(dates.validUntil) : null,
    recordDay: dates.statedOn ? lastDayOf(dates.statedOn) : null,
  };
}

export function holdingOn(statement: ValidityInput, day: string): HoldingOn {
  return holdingDuring(statement, { firstDay: day, lastDay: day });
}

/** Did the statement hold on any day of `span`? A day-long span is `holdingOn` that day. */
export function holdingDuring(statement: ValidityInput, span: DaySpan): HoldingOn {
  if (statement.validUntilDay && span.firstDay > statement.validUntilDay) return { holding: "NOT_HELD", reason: `ended on ${statement.validUntilDay}` };
  if (statement.validFromDay) {
    if (span.lastDay < statement.validFromDay) return { holding: "NOT_HELD", reason: `began on ${statement.validFromDay}` };
    return { holding: "HELD", reason: `held from ${statement.validFromDay}` };
  }
  if (statement.recordDay && span.lastDay >= statement.recordDay) {
    return { holding: "HELD", reason: `no start date; reported as holding by ${statement.recordDay}` };
  }
  if (statement.recordDay) return { holding: "UNKNOWN", reason: `no start date; first reported by ${statement.recordDay}, so whether it held before is not known` };
  return { holding: "UNKNOWN", reason: "no start date and no record date: when it held is not known" };
}

/** The holding over an `asOf` period, its reason saying what a year or month includes. */
export function holdingAsOf(statement: ValidityInput, asOf: PartialDate): HoldingOn {
  const judged = holdingDuring(statement, asOf);
  return isPeriod(asOf) ? { ...judged, reason: `${judged.reason}; asOf ${asOf.text} ${heldDuringSentence(asOf)}` } : judged;
}

/** The first day from which the statement is known to hold: its start, else its record date. */
export function knownToHoldFrom(statement: ValidityInput): string | null {
  return statement.validFromDay ?? statement.recordDay;
}

/** The day before an ISO day: a predecessor's role ends the day before the successor's starts. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
