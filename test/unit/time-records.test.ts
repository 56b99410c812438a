// Record time and claims, case by case: where a statement's record date comes from, when a
// statement counts as known, which look-alike statements are one claim seeded twice, and how
// dispute links pair up. (time.property.test.ts checks the same rules over generated statements.)
import { describe, expect, it } from "vitest";
import {
  claimKey,
  dayBefore,
  disputeLinks,
  duplicateClaims,
  knownOn,
  knownToHoldFrom,
  recordDateOf,
  timesMayOverlap,
  UNKNOWN_RECORD_DATE,
  type ClaimInput,
  type RecordDateInput,
} from "../../src/domain/time";

const statement = (input: Partial<RecordDateInput>): RecordDateInput => ({ predicate: "HOLDS_ROLE", status: "FACT", citations: [], ...input });

describe("recordDateOf: where a statement's record date comes from", () => {
  it("its own statedOn, to the last day of a partial date", () => {
    expect(recordDateOf(statement({ statedOn: "2021-11", citations: [{ sourceId: "source/a", published: "2020-01-01" }] }))).toEqual({
      date: "2021-11",
      day: "2021-11-30",
      origin: "STATED",
      sourceId: null,
    });
  });

  it("else the earliest publication among its sources, compared by last day, naming the source", () => {
    const citations = [
      { sourceId: "source/late", published: "2022-03-01" },
      { sourceId: "source/undated", published: null },
      { sourceId: "source/month", published: "2021-11" },
      { sourceId: "source/day", published: "2021-11-20" },
      { sourceId: "source/same-day", published: "2021-11-20" },
    ];
    expect(recordDateOf(statement({ citations }))).toEqual({ date: "2021-11-20", day: "2021-11-20", origin: "SOURCE_PUBLISHED", sourceId: "source/day" });
  });

  it("is unknown when nothing is dated", () => {
    expect(recordDateOf(statement({ citations: [{ sourceId: "source/a", published: null }] }))).toEqual(UNKNOWN_RECORD_DATE);
    expect(UNKNOWN_RECORD_DATE).toEqual({ date: null, day: null, origin: "UNKNOWN", sourceId: null });
  });

  it("a FACT of something that happened is never reported before it began", () => {
    const early = { predicate: "CHAMPION_OF", status: "FACT", validFrom: "2023-06", statedOn: "2023-01-15" };
    expect(recordDateOf(statement(early))).toEqual({ date: "2023-06-01", day: "2023-06-01", origin: "VALID_FROM", sourceId: null });
    expect(recordDateOf(statement({ ...early, statedOn: "2023-06-01" })).origin).toBe("STATED");
    expect(recordDateOf(statement({ ...early, statedOn: "2023-05-31" })).origin).toBe("VALID_FROM");
  });

  it("only FACTs of happened predicates with a start are raised", () => {
    const early = { predicate: "CHAMPION_OF", status: "FACT", validFrom: "2023-06", statedOn: "2023-01-15" };
    expect(recordDateOf(statement({ ...early, status: "ANNOUNCED" })).day).toBe("2023-01-15");
    expect(recordDateOf(statement({ ...early, predicate: "HOLDS_ROLE" })).day).toBe("2023-01-15");
    expect(recordDateOf(statement({ ...early, validFrom: null })).day).toBe("2023-01-15");
    expect(recordDateOf(statement({ ...early, statedOn: null })).origin).toBe("UNKNOWN");
  });
});

describe("knownOn and knownToHoldFrom", () => {
  it("a record date is known from its day on; an unknown one never", () => {
    expect(knownOn({ day: "2021-11-05" }, "2021-11-05")).toBe(true);
    expect(knownOn({ day: "2021-11-05" }, "2021-11-04")).toBe(false);
    expect(knownOn({ day: "2021-11-05" }, "2022-01-01")).toBe(true);
    expect(knownOn({ day: null }, "9999-12-31")).toBe(false);
  });

  it("known to hold from its start, else from its record date", () => {
    expect(knownToHoldFrom({ validFromDay: "2015-01-01", validUntilDay: null, recordDay: "2021-05-04" })).toBe("2015-01-01");
    expect(knownToHoldFrom({ validFromDay: null, validUntilDay: null, recordDay: "2021-05-04" })).toBe("2021-05-04");
    expect(knownToHoldFrom({ validFromDay: null, validUntilDay: null, recordDay: null })).toBeNull();
  });

  it("dayBefore steps back over month and year ends", () => {
    expect(dayBefore("2023-01-01")).toBe("2022-12-31");
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
    expect(dayBefore("2021-11-05")).toBe("2021-11-04");
  });
});

const claim = (id: string, input: Partial<ClaimInput> = {}): ClaimInput => ({
  id,
  subject: "org/aco",
  predicate: "ORGANISES",
  object: "event/24h-le-mans",
  value: null,
  qualifiers: {},
  validFromDay: null,
  validUntilDay: null,
  ...input,
});

describe("claims: one claim, one statement", () => {
  it("claimKey is the claim's content, qualifiers in any order", () => {
    expect(claimKey(claim("a", { qualifiers: { role: "organiser", class: "GT" } }))).toBe(claimKey(claim("b", { qualifiers: { class: "GT", role: "organiser" } })));
    expect(claimKey(claim("a"))).toBe(JSON.stringify(["org/aco", "ORGANISES", "event/24h-le-mans", null, []]));
    expect(claimKey(claim("a", { object: undefined, value: undefined }))).toBe(JSON.stringify(["org/aco", "ORGANISES", null, null, []]));
    expect(claimKey(claim("a", { value: "x" }))).not.toBe(claimKey(claim("a")));
    expect(claimKey(claim("a", { qualifiers: { role: "a" } }))).not.toBe(claimKey(claim("a", { qualifiers: { role: "b" } })));
  });

  it("times may overlap when they share a day, or when either is not known at all", () => {
    const span = (from: string | null, until: string | null) => claim("x", { validFromDay: from, validUntilDay: until });
    expect(timesMayOverlap(span(null, null), span("2020-01-01", "2020-12-31"))).toBe(true);
    expect(timesMayOverlap(span("2020-01-01", "2020-12-31"), span(null, null))).toBe(true);
    expect(timesMayOverlap(span("2020-01-01", "2020-12-31"), span("2020-12-31", "2021-12-31"))).toBe(true);
    expect(timesMayOverlap(span("2020-12-31", "2021-12-31"), span("2020-01-01", "2020-12-31"))).toBe(true);
    expect(timesMayOverlap(span("2020-01-01", "2020-12-30"), span("2020-12-31", "2021-12-31"))).toBe(false);
    expect(timesMayOverlap(span("2020-12-31", "2021-12-31"), span("2020-01-01", "2020-12-30"))).toBe(false);
    expect(timesMayOverlap(span(null, "2020-12-30"), span("2020-12-31", null))).toBe(false);
    expect(timesMayOverlap(span("2020-12-31", null), span(null, "2020-12-30"))).toBe(false);
    expect(timesMayOverlap(span(null, "2021-01-01"), span("2020-12-31", null))).toBe(true);
    expect(timesMayOverlap(span("2020-12-31", null), span(null, "2021-01-01"))).toBe(true);
  });

  it("duplicateClaims pairs look-alikes whose times may overlap, unless one is marked distinct", () => {
    const a = claim("a", { validFromDay: "2020-01-01", validUntilDay: "2020-12-31" });
    const b = claim("b", { validFromDay: "2020-06-01" });
    const c = claim("c", { validFromDay: "2021-01-01" });
    const d = claim("d", { predicate: "PROMOTES" });
    const e = claim("e", { distinct: "a second term, after a gap" });
    const f = claim("f");
    expect(duplicateClaims([a, b, c, d, e, f]).map(([x, y]) => `${x.id}${y.id}`)).toEqual(["ab", "af", "bc", "bf", "cf"]);
    expect(duplicateClaims([a])).toEqual([]);
    expect(duplicateClaims([])).toEqual([]);
    expect(duplicateClaims([e, claim("g", { distinct: "other" })])).toEqual([]);
    expect(duplicateClaims([a, claim("h", { distinct: "kept apart" })])).toEqual([]);
  });

  it("disputeLinks makes every dispute symmetric, each list sorted and without repeats", () => {
    const links = disputeLinks([
      { id: "s/b", disputes: ["s/c", "s/a"] },
      { id: "s/a", disputes: ["s/b"] },
      { id: "s/d", disputes: [] },
    ]);
    expect(Object.fromEntries(links)).toEqual({ "s/b": ["s/a", "s/c"], "s/c": ["s/b"], "s/a": ["s/b"] });
    expect(disputeLinks([])).toEqual(new Map());
  });
});
