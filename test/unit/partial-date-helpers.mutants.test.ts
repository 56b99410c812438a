// firstDayOf, lastDayOf and overlapsYear: how text dates from seeds and arguments are compared.
import { describe, expect, it } from "vitest";
import { firstDayOf, lastDayOf, overlapsYear } from "../../src/domain/partial-date";

describe("firstDayOf and lastDayOf", () => {
  it("widen a year or a month to its first and last day", () => {
    expect([firstDayOf("2023"), lastDayOf("2023")]).toEqual(["2023-01-01", "2023-12-31"]);
    expect([firstDayOf("2024-02"), lastDayOf("2024-02")]).toEqual(["2024-02-01", "2024-02-29"]);
    expect([firstDayOf("2021-11-05"), lastDayOf("2021-11-05")]).toEqual(["2021-11-05", "2021-11-05"]);
  });

  it("leave a text that is not a date as written", () => {
    expect(firstDayOf("someday")).toBe("someday");
    expect(lastDayOf("2021-13")).toBe("2021-13");
  });
});

describe("overlapsYear", () => {
  it("holds for a year inside the interval and at both of its ends", () => {
    const term = { validFrom: "2004-06", validUntil: "2011-03-01" };
    expect([2003, 2004, 2008, 2011, 2012].map((year) => overlapsYear(term, year))).toEqual([false, true, true, true, false]);
  });

  it("treats a missing, null or unparsable bound as open", () => {
    expect(overlapsYear({}, 1900)).toBe(true);
    expect(overlapsYear({ validFrom: null, validUntil: "2011" }, 1900)).toBe(true);
    expect(overlapsYear({ validFrom: "2011", validUntil: null }, 2100)).toBe(true);
    expect(overlapsYear({ validFrom: "2011", validUntil: "2011" }, 2011)).toBe(true);
    expect(overlapsYear({ validFrom: "soon", validUntil: "later" }, 2011)).toBe(true);
    expect(overlapsYear({ validFrom: "soon", validUntil: "2010" }, 2011)).toBe(false);
    expect(overlapsYear({ validFrom: "2012", validUntil: "later" }, 2011)).toBe(false);
  });
});
