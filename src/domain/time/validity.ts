/**
 * Valid time with an honest unknown. A statement with a `validFrom` holds from then; one
 * without it was reported as current, so it is known to hold from its record date on and
 * unknown before (it may have begun years earlier, or not). `validUntil` ends both.
 */

export type Holding = "HELD" | "UNKNOWN" | "NOT_HELD";

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

export function holdingOn(statement: ValidityInput, day: string): HoldingOn {
  if (statement.validUntilDay && day > statement.validUntilDay) return { holding: "NOT_HELD", reason: `ended on ${statement.validUntilDay}` };
  if (statement.validFromDay) {
    if (day < statement.validFromDay) return { holding: "NOT_HELD", reason: `began on ${statement.validFromDay}` };
    return { holding: "HELD", reason: `held from ${statement.validFromDay}` };
  }
  if (statement.recordDay && day >= statement.recordDay) {
    return { holding: "HELD", reason: `no start date; reported as holding by ${statement.recordDay}` };
  }
  if (statement.recordDay) return { holding: "UNKNOWN", reason: `no start date; first reported by ${statement.recordDay}, so whether it held before is not known` };
  return { holding: "UNKNOWN", reason: "no start date and no record date: when it held is not known" };
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
