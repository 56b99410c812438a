import { describe, expect, it } from "vitest";
import { closestMatches, editDistance } from "../../src/domain/suggest";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["aco", "aco", 0],
    ["aco", "acoo", 1],
    ["kitten", "sitting", 3],
  ])("between %j and %j is %d", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe("closestMatches", () => {
  const ids = ["org/aco", "org/lmem", "org/almem", "person/stephane-ratel"];

  it("suggests the nearest ids, nearest first", () => {
    expect(closestMatches("org/acoo", ids, 3)[0]).toBe("org/aco");
  });

  it("ignores accents and case when comparing", () => {
    expect(closestMatches("PERSON/STÉPHANE-RATEL", ids, 1)).toEqual(["person/stephane-ratel"]);
  });

  it("suggests nothing when nothing is close", () => {
    expect(closestMatches("championship/wec", ids, 3)).toEqual([]);
  });

  it("returns at most the limit", () => {
    expect(closestMatches("org/a", ["org/a1", "org/a2", "org/a3"], 2)).toHaveLength(2);
  });
});
