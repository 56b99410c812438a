// Edges of partial dates that the first tests left open; each was a surviving mutant (test/mutation/RESULTS.md).
import { describe, expect, it } from "vitest";
import { holdsOn, isIsoDay, parsePartialDate, partialDate, todayIso } from "../../src/domain/partial-date";

function errorOf(input: string): string | undefined {
  const parsed = parsePartialDate(input);
  return "error" in parsed ? parsed.error : undefined;
}

describe("parsePartialDate at the edges", () => {
  it("ignores white space around a date, as YAML and forms leave it", () => {
    expect(parsePartialDate(" 2023-05 \n")).toEqual({ text: "2023-05", precision: "MONTH", firstDay: "2023-05-01", lastDay: "2023-05-31" });
  });

  it("accepts the first and the last month, and rejects month 00", () => {
    expect(partialDate("2021-01").lastDay).toBe("2021-01-31");
    expect(partialDate("2021-12").firstDay).toBe("2021-12-01");
    expect(errorOf("2021-00")).toBe('"2021-00" has no month 00');
    expect(errorOf("2021-13-01")).toBe('"2021-13-01" has no month 13');
  });

  it("accepts the first and the last day of a month, and rejects day 00 and the day after", () => {
    expect(partialDate("2021-04-01").precision).toBe("DAY");
    expect(partialDate("2021-04-30").lastDay).toBe("2021-04-30");
    expect(errorOf("2021-04-00")).toBe('"2021-04-00" is not a day of 2021-04');
    expect(errorOf("2021-04-31")).toBe('"2021-04-31" is not a day of 2021-04');
    expect(partialDate("2020-02-29").firstDay).toBe("2020-02-29");
  });

  it("pads the last day of a month and ends a year on 31 December", () => {
    expect(partialDate("2023-02").lastDay).toBe("2023-02-28");
    expect(partialDate(1999)).toEqual({ text: "1999", precision: "YEAR", firstDay: "1999-01-01", lastDay: "1999-12-31" });
  });

  it("says how to write a date when the form is wrong", () => {
    expect(errorOf("soon")).toBe('"soon" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD');
    expect(errorOf("2021-1")).toMatch(/is not a date/);
    expect(errorOf("x2021")).toMatch(/is not a date/);
    expect(errorOf("2021-11-05x")).toMatch(/is not a date/);
  });

  it("throws the reason itself from partialDate", () => {
    expect(() => partialDate("2021-02-30")).toThrow('"2021-02-30" is not a day of 2021-02');
  });
});

describe("holdsOn with one bound", () => {
  it("holds up to the last day of an upper bound given as a month", () => {
    const until = { validFrom: null, validUntil: partialDate("2022-02") };
    expect(holdsOn(until, "2022-02-28")).toBe(true);
    expect(holdsOn(until, "2022-03-01")).toBe(false);
  });

  it("holds from the first day of a lower bound given as a day", () => {
    const from = { validFrom: partialDate("2021-11-05"), validUntil: null };
    expect(holdsOn(from, "2021-11-05")).toBe(true);
    expect(holdsOn(from, "2021-11-04")).toBe(false);
  });
});

describe("isIsoDay", () => {
  it("rejects a year and anything that is not a date", () => {
    expect(isIsoDay("2024")).toBe(false);
    expect(isIsoDay("yesterday")).toBe(false);
  });
});

describe("todayIso", () => {
  it("gives the UTC calendar day", () => {
    expect(todayIso(new Date("2021-11-05T23:30:00-02:00"))).toBe("2021-11-06");
  });

  it("defaults to now", () => {
    const before = new Date().toISOString().slice(0, 10);
    const today = todayIso();
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(today);
  });
});
