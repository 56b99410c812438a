// Dates as people type them (a year, a month or a day) on both time axes, and how a statement's
// holding is judged over a day or a period: the pure rules behind asOf and knownAt.
import { describe, expect, it } from "vitest";
import { partialDate } from "../../src/domain/partial-date";
import {
  asKnownPhrase,
  heldDuringSentence,
  holdingAsOf,
  holdingDuring,
  holdingOn,
  isPeriod,
  knownByDay,
  parseDateArgument,
  periodOf,
  validityOf,
  type ValidityInput,
} from "../../src/domain/time";

const errorOf = (value: unknown) => {
  const parsed = parseDateArgument(value);
  return "error" in parsed ? parsed.error : null;
};

describe("parseDateArgument: a year, a month or a day", () => {
  it("reads each precision as the period it names", () => {
    expect(parseDateArgument("2022")).toEqual({ text: "2022", precision: "YEAR", firstDay: "2022-01-01", lastDay: "2022-12-31" });
    expect(parseDateArgument("2024-02")).toEqual({ text: "2024-02", precision: "MONTH", firstDay: "2024-02-01", lastDay: "2024-02-29" });
    expect(parseDateArgument("2021-11-05")).toEqual({ text: "2021-11-05", precision: "DAY", firstDay: "2021-11-05", lastDay: "2021-11-05" });
  });

  it("takes a bare year typed as a number", () => {
    expect(parseDateArgument(2022)).toEqual(parseDateArgument("2022"));
    expect(errorOf(2022.5)).toBe('"2022.5" is not a date; a Date is a year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD, such as "2022", "2022-06" or "2021-11-05"');
  });

  it("says what is wrong with a bad date, and what a date looks like", () => {
    expect(errorOf("2022-13")).toBe('"2022-13" has no month 13; a Date is a year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD, such as "2022", "2022-06" or "2021-11-05"');
    expect(errorOf("2022-02-30")).toMatch(/^"2022-02-30" is not a day of 2022-02; a Date is/);
    expect(errorOf("20222")).toMatch(/^"20222" is not a date; a Date is/);
    expect(errorOf("2022/06")).toMatch(/^"2022\/06" is not a date; /);
    expect(errorOf("soon")).toMatch(/^"soon" is not a date; /);
  });

  it("refuses spaces around a date and values that are not strings", () => {
    expect(errorOf(" 2022")).toMatch(/^" 2022" is not a date; /);
    expect(errorOf("2022 ")).toMatch(/^"2022 " is not a date; /);
    expect(errorOf(true)).toMatch(/^"true" is not a date; /);
    expect(errorOf(null)).toMatch(/^"null" is not a date; /);
  });

  it("periodOf throws the same sentence for a bad date", () => {
    expect(periodOf("2022-06").lastDay).toBe("2022-06-30");
    expect(() => periodOf("2022-13")).toThrow(/"2022-13" has no month 13/);
  });
});

describe("knownAt over a period counts to its last day", () => {
  it("knownByDay is the period's last day, a day itself", () => {
    expect(knownByDay("2022")).toBe("2022-12-31");
    expect(knownByDay("2023-02")).toBe("2023-02-28");
    expect(knownByDay("2021-11-05")).toBe("2021-11-05");
  });

  it("words the knownAt of an answer", () => {
    expect(asKnownPhrase("2021-11-05")).toBe("as known on 2021-11-05");
    expect(asKnownPhrase("2021")).toBe("as known by the end of 2021 (2021-12-31)");
    expect(asKnownPhrase("2021-11")).toBe("as known by the end of 2021-11 (2021-11-30)");
    expect(asKnownPhrase("not a date")).toBe("as known on not a date");
  });
});

describe("asOf over a period: what held at any time in it", () => {
  const started = (validFromDay: string | null, validUntilDay: string | null = null, recordDay: string | null = null): ValidityInput => ({
    validFromDay,
    validUntilDay,
    recordDay,
  });
  const year2022 = partialDate("2022");

  it("a period is more than one day", () => {
    expect(isPeriod(partialDate("2022"))).toBe(true);
    expect(isPeriod(partialDate("2022-06"))).toBe(true);
    expect(isPeriod(partialDate("2022-06-01"))).toBe(false);
  });

  it("a statement that began in the last month of the year held in it, though not on a day before", () => {
    const december = started("2022-12-01");
    expect(holdingDuring(december, year2022)).toEqual({ holding: "HELD", reason: "held from 2022-12-01" });
    expect(holdingOn(december, "2022-06-01")).toEqual({ holding: "NOT_HELD", reason: "began on 2022-12-01" });
    expect(holdingDuring(december, partialDate("2022-11"))).toEqual({ holding: "NOT_HELD", reason: "began on 2022-12-01" });
  });

  it("the bounds of the period are days of it", () => {
    expect(holdingDuring(started("2022-12-31"), year2022).holding).toBe("HELD");
    expect(holdingDuring(started("2023-01-01"), year2022).holding).toBe("NOT_HELD");
    expect(holdingDuring(started("2010-01-01", "2022-01-01"), year2022).holding).toBe("HELD");
    expect(holdingDuring(started("2010-01-01", "2021-12-31"), year2022)).toEqual({ holding: "NOT_HELD", reason: "ended on 2021-12-31" });
    expect(holdingOn(started("2022-06-01"), "2022-06-01").holding).toBe("HELD");
    expect(holdingOn(started("2010-01-01", "2022-06-01"), "2022-06-01").holding).toBe("HELD");
    expect(holdingOn(started("2010-01-01", "2022-06-01"), "2022-06-02").holding).toBe("NOT_HELD");
  });

  it("with no start, a statement first reported within the period held in it; one reported later is unknown", () => {
    expect(holdingDuring(started(null, null, "2022-11-30"), year2022)).toEqual({ holding: "HELD", reason: "no start date; reported as holding by 2022-11-30" });
    expect(holdingDuring(started(null, null, "2022-12-31"), year2022).holding).toBe("HELD");
    expect(holdingDuring(started(null, null, "2023-01-01"), year2022)).toEqual({
      holding: "UNKNOWN",
      reason: "no start date; first reported by 2023-01-01, so whether it held before is not known",
    });
    expect(holdingDuring(started(null, null, null), year2022)).toEqual({ holding: "UNKNOWN", reason: "no start date and no record date: when it held is not known" });
    expect(holdingDuring(started(null, "2021-06-30", "2023-01-01"), year2022).holding).toBe("NOT_HELD");
  });

  it("the reason of a holding over a period says what the period includes; over a day it does not", () => {
    expect(heldDuringSentence(year2022)).toBe("includes what held at any time in 2022 (2022-01-01 to 2022-12-31)");
    expect(holdingAsOf(started("2015-01-01"), year2022)).toEqual({
      holding: "HELD",
      reason: "held from 2015-01-01; asOf 2022 includes what held at any time in 2022 (2022-01-01 to 2022-12-31)",
    });
    expect(holdingAsOf(started("2015-01-01"), partialDate("2022-06-01"))).toEqual({ holding: "HELD", reason: "held from 2015-01-01" });
  });

  it("validityOf spans partial dates: a start from its first day, an end and a report to their last", () => {
    expect(validityOf({ validFrom: "2022-12", validUntil: "2023", statedOn: "2021-11" })).toEqual({
      validFromDay: "2022-12-01",
      validUntilDay: "2023-12-31",
      recordDay: "2021-11-30",
    });
    expect(validityOf({})).toEqual({ validFromDay: null, validUntilDay: null, recordDay: null });
  });
});
