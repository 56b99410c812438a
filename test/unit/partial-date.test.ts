import { describe, expect, it } from "vitest";
import { holdsOn, isIsoDay, parsePartialDate, partialDate } from "../../src/domain/partial-date";

describe("parsePartialDate", () => {
  it.each([
    ["2023", "YEAR", "2023-01-01", "2023-12-31"],
    ["2022-12", "MONTH", "2022-12-01", "2022-12-31"],
    ["2024-02", "MONTH", "2024-02-01", "2024-02-29"],
    ["2023-02", "MONTH", "2023-02-01", "2023-02-28"],
    ["2021-11-05", "DAY", "2021-11-05", "2021-11-05"],
  ])("reads %s as a %s from %s to %s", (text, precision, firstDay, lastDay) => {
    expect(parsePartialDate(text)).toEqual({ text, precision, firstDay, lastDay });
  });

  it("accepts a year given as a number (YAML reads 2023 as one)", () => {
    expect(partialDate(2023).text).toBe("2023");
  });

  it.each([
    ["2021-13", /no month 13/],
    ["2021-02-30", /not a day of 2021-02/],
    ["21-11-05", /YYYY, YYYY-MM or YYYY-MM-DD/],
    ["2021/11/05", /YYYY, YYYY-MM or YYYY-MM-DD/],
    ["", /not a date/],
  ])("rejects %j, saying why", (text, message) => {
    const parsed = parsePartialDate(text);
    expect("error" in parsed && parsed.error).toMatch(message);
  });

  it("throws from partialDate on bad input", () => {
    expect(() => partialDate("soon")).toThrow(RangeError);
  });
});

describe("holdsOn", () => {
  const term = { validFrom: partialDate("2004"), validUntil: partialDate("2011") };

  it("covers whole years at both ends", () => {
    expect(holdsOn(term, "2004-01-01")).toBe(true);
    expect(holdsOn(term, "2011-12-31")).toBe(true);
  });

  it("excludes days outside the term", () => {
    expect(holdsOn(term, "2003-12-31")).toBe(false);
    expect(holdsOn(term, "2012-01-01")).toBe(false);
  });

  it("treats a missing bound as open", () => {
    expect(holdsOn({ validFrom: null, validUntil: null }, "1900-01-01")).toBe(true);
    expect(holdsOn({ validFrom: partialDate("2022-12"), validUntil: null }, "2022-11-30")).toBe(false);
    expect(holdsOn({ validFrom: partialDate("2022-12"), validUntil: null }, "2030-01-01")).toBe(true);
  });
});

describe("isIsoDay", () => {
  it("accepts only full calendar days", () => {
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2023-02")).toBe(false);
  });
});
