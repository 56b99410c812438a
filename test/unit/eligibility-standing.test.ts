// The one definition of supersession (src/domain/eligibility/standing.ts), on small fixtures.
import { describe, expect, it } from "vitest";
import { effectiveDay, isActive, rulesKnownAt, standingsAt, type EntryRule } from "../../src/domain/eligibility";

const rule = (id: string, fields: Partial<EntryRule>): EntryRule =>
  ({
    id,
    grantors: ["org/aco"],
    event: "event/24h-le-mans",
    edition: 2024,
    championship: "championship/gtwc-europe",
    season: "2023",
    class: "class/gtwce-gold-cup",
    position: 1,
    status: "ANNOUNCED",
    statedOn: "2021-11-05",
    citations: [{ source: "source/a", quote: "q" }],
    ...fields,
  }) as EntryRule;

const open = rule("rule/open", { class: { options: ["class/gtwce-pro-am", "class/gtwce-gold-cup"] } });
/** Decided on 2023-04-01, first reported on 2023-04-21. */
const decided = rule("rule/decided", { status: "CONFIRMED", statedOn: "2023-04-21", decidedOn: "2023-04-01", supersedes: "rule/open" });
/** Also replaces the open rule, but in force later (stated 2023-06-30, no decision date). */
const later = rule("rule/later", { status: "CONFIRMED", statedOn: "2023-06-30", supersedes: "rule/open" });

describe("standingsAt", () => {
  it("puts a rule in force from its decision, not from its first report", () => {
    expect(effectiveDay(decided)).toBe("2023-04-01");
    expect([...standingsAt([open, decided], { asOf: "2023-04-10" }).keys()]).toEqual(["rule/open", "rule/decided"]);
    expect([...standingsAt([open, decided], { asOf: "2023-03-31" }).keys()]).toEqual(["rule/open"]);
  });

  it("falls back to the first report, to the last day of its period, when no decision is dated", () => {
    expect(effectiveDay(rule("rule/month", { statedOn: "2023-04" }))).toBe("2023-04-30");
    expect(effectiveDay(later)).toBe("2023-06-30");
    expect(standingsAt([rule("rule/month", { statedOn: "2023-04" })], { asOf: "2023-04-29" }).size).toBe(0);
  });

  it("marks a rule SUPERSEDED by the superseder in force earliest, whatever their order", () => {
    for (const rules of [[open, decided, later], [open, later, decided], [later, decided, open]]) {
      const standing = standingsAt(rules, {}).get("rule/open")!;
      expect(standing.status).toBe("SUPERSEDED");
      expect(standing.supersededById).toBe("rule/decided");
    }
  });

  it("of two superseders in force on the same day, names the one with the smaller id, whatever their order", () => {
    const sameDay = rule("rule/also-decided", { status: "CONFIRMED", statedOn: "2023-04-21", decidedOn: "2023-04-01", supersedes: "rule/open" });
    /** A smaller id still, but in force later: the day comes first. */
    const laterSmallerId = rule("rule/a-later", { status: "CONFIRMED", statedOn: "2023-06-30", supersedes: "rule/open" });
    for (const rules of [[open, decided, sameDay, laterSmallerId], [open, laterSmallerId, sameDay, decided], [decided, laterSmallerId, sameDay, open]]) {
      expect(standingsAt(rules, {}).get("rule/open")!.supersededById).toBe("rule/also-decided");
    }
  });

  it("keeps a rule standing until its superseder is known (record time)", () => {
    const before = standingsAt([open, decided], { knownAt: "2023-04-20" });
    expect([...before.keys()]).toEqual(["rule/open"]);
    expect(before.get("rule/open")).toMatchObject({ status: "ANNOUNCED", supersededById: null });
    const after = standingsAt([open, decided], { knownAt: "2023-04-21" });
    expect(after.get("rule/open")).toMatchObject({ status: "SUPERSEDED", supersededById: "rule/decided" });
    expect(after.get("rule/decided")).toMatchObject({ status: "CONFIRMED", supersededById: null });
  });

  it("keeps a rule standing until its superseder is in force (valid time)", () => {
    expect(standingsAt([open, later], { asOf: "2023-06-29" }).get("rule/open")!.status).toBe("ANNOUNCED");
    expect(standingsAt([open, later], { asOf: "2023-06-30" }).get("rule/open")!.supersededById).toBe("rule/later");
  });

  it("counts a rule dated to a month as known only once the month is over", () => {
    const monthly = rule("rule/monthly", { statedOn: "2023-04" });
    expect(standingsAt([monthly], { knownAt: "2023-04-29" }).size).toBe(0);
    expect(standingsAt([monthly], { knownAt: "2023-04-30" }).size).toBe(1);
  });

  it("gives rulesKnownAt the same answer: the rules that stand, superseded ones left out", () => {
    expect(rulesKnownAt([open, decided, later]).map((known) => known.id)).toEqual(["rule/decided", "rule/later"]);
    expect(rulesKnownAt([open, decided, later], "2023-05-01").map((known) => known.id)).toEqual(["rule/decided"]);
    expect(rulesKnownAt([open, decided, later], "2022-01-01").map((known) => known.id)).toEqual(["rule/open"]);
  });

  it("calls only ANNOUNCED and CONFIRMED standings active", () => {
    expect(["ANNOUNCED", "CONFIRMED", "SUPERSEDED", "CANCELLED"].map((status) => isActive({ status: status as EntryRule["status"] }))).toEqual([true, true, false, false]);
  });
});
