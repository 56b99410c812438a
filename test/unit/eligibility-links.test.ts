// Championship links, parts, seasons, routes, award record time and rule sentences (src/domain/eligibility).
import { describe, expect, it } from "vitest";
import {
  describeRule,
  findRoutes,
  heldInYear,
  linksOf,
  MAX_LINKS,
  partsOf,
  reportedBy,
  standingsAt,
  type ChampionshipLink,
  type EntryRule,
  type LinkStatement,
} from "../../src/domain/eligibility";
import { overlapsYear } from "../../src/domain/partial-date";

const statement = (subjectId: string, predicate: string, objectId: string, fields: Partial<LinkStatement> = {}): LinkStatement => ({
  subjectId, predicate, objectId, qualifiers: "{}", validFrom: null, validUntil: null, ...fields,
});
const brief = (links: readonly ChampionshipLink[]) => links.map((link) => `${link.fromId} ${link.relation} ${link.toId}`);

describe("linksOf", () => {
  it("reads PART_OF both ways", () => {
    expect(brief(linksOf(statement("championship/sprint", "PART_OF", "championship/gtwce")))).toEqual([
      "championship/sprint PART_OF championship/gtwce",
      "championship/gtwce INCLUDES championship/sprint",
    ]);
  });

  it("reads COMBINED_WITH both ways, and `within` as each side being part of that championship", () => {
    const combined = statement("championship/sprint", "COMBINED_WITH", "championship/endurance", { qualifiers: JSON.stringify({ within: "championship/gtwce" }) });
    expect(brief(linksOf(combined))).toEqual([
      "championship/sprint COMBINED_WITH championship/endurance",
      "championship/endurance COMBINED_WITH championship/sprint",
      "championship/sprint PART_OF championship/gtwce",
      "championship/gtwce INCLUDES championship/sprint",
      "championship/endurance PART_OF championship/gtwce",
      "championship/gtwce INCLUDES championship/endurance",
    ]);
    expect(brief(linksOf(statement("championship/a", "COMBINED_WITH", "championship/b", { qualifiers: JSON.stringify({ within: "event/x" }) })))).toHaveLength(2);
  });

  it("makes no link from a statement with no object, or with another predicate", () => {
    expect(linksOf({ ...statement("championship/sprint", "PART_OF", "championship/gtwce"), objectId: null })).toEqual([]);
    expect(linksOf(statement("championship/sprint", "ORGANISED_BY", "org/sro"))).toEqual([]);
  });
});

describe("partsOf", () => {
  it("lists parts and their parts, nearest first, never the start", () => {
    const links = [
      statement("championship/b", "PART_OF", "championship/a"),
      statement("championship/c", "PART_OF", "championship/b"),
      statement("championship/a", "PART_OF", "championship/c"), // a cycle back to the start
      statement("championship/d", "PART_OF", "championship/a"),
    ].flatMap(linksOf);
    expect(partsOf("championship/a", links)).toEqual(["championship/b", "championship/d", "championship/c"]);
    expect(partsOf("championship/d", links)).toEqual([]);
  });
});

describe("heldInYear", () => {
  const link = (validFrom: string | null, validUntil: string | null) => linksOf(statement("championship/b", "PART_OF", "championship/a", { validFrom, validUntil }))[0];

  it("keeps a link whose valid time overlaps the season, open ends open", () => {
    expect(heldInYear(link(null, null), 2022)).toBe(true);
    expect(heldInYear(link("2021", "2022-01"), 2022)).toBe(true);
    expect(heldInYear(link("2022-12-31", null), 2022)).toBe(true);
    expect(heldInYear(link(null, "2022-01-01"), 2022)).toBe(true);
  });

  it("drops a link that ended before the season or began after it", () => {
    expect(heldInYear(link(null, "2021"), 2022)).toBe(false);
    expect(heldInYear(link(null, "2021-12-31"), 2022)).toBe(false);
    expect(heldInYear(link("2023", null), 2022)).toBe(false);
    expect(heldInYear(link("2023-01-01", "2024"), 2022)).toBe(false);
  });

  it("is overlapsYear on the link's statement", () => {
    expect(overlapsYear({ validFrom: "2020", validUntil: "2020" }, 2020)).toBe(true);
    expect(overlapsYear({ validFrom: "2020", validUntil: "2020" }, 2021)).toBe(false);
    expect(overlapsYear({ validFrom: "2020", validUntil: "2020" }, 2019)).toBe(false);
  });
});

const rule = (id: string, fields: Partial<EntryRule>): EntryRule =>
  ({
    id, grantors: ["org/aco"], event: "event/24h-le-mans", edition: 2024, season: "2023", class: "class/gold", position: 1,
    status: "CONFIRMED", statedOn: "2023-01-01", citations: [{ source: "source/a", quote: "q" }], ...fields,
  }) as EntryRule;

describe("findRoutes", () => {
  // a → b → c → d → e: a chain of part-of links, each read both ways.
  const chain = ["a", "b", "c", "d", "e"].map((id) => `championship/${id}`);
  const links = chain.slice(1).flatMap((id, index) => linksOf(statement(id, "PART_OF", chain[index])));
  const routesFrom = (start: string, rules: EntryRule[]) =>
    findRoutes(start, [...standingsAt(rules, {}).values()], links).map((route) => ({ rule: route.standing.rule.id, kind: route.kind, links: route.links.length, via: route.qualifyingChampionshipId }));

  it(`follows at most ${MAX_LINKS} links: three steps away is related, four is not`, () => {
    expect(MAX_LINKS).toBe(3);
    const rules = [rule("rule/at-d", { championship: "championship/d" }), rule("rule/at-e", { championship: "championship/e" })];
    expect(routesFrom("championship/a", rules)).toEqual([{ rule: "rule/at-d", kind: "RELATED_CHAMPIONSHIP", links: 3, via: "championship/d" }]);
    expect(routesFrom("championship/b", rules)).toEqual([
      { rule: "rule/at-d", kind: "RELATED_CHAMPIONSHIP", links: 2, via: "championship/d" },
      { rule: "rule/at-e", kind: "RELATED_CHAMPIONSHIP", links: 3, via: "championship/e" },
    ]);
  });

  it("tells direct, joint-classification and related routes apart, by edition then chain length", () => {
    const rules = [
      rule("rule/related", { championship: "championship/b" }),
      rule("rule/direct", { championship: "championship/a" }),
      rule("rule/joint", { jointClassification: { championships: ["championship/x", "championship/a"] }, edition: 2023 }),
      rule("rule/elsewhere", { championship: "championship/x" }),
    ];
    expect(routesFrom("championship/a", rules)).toEqual([
      { rule: "rule/joint", kind: "JOINT_CLASSIFICATION", links: 0, via: "championship/a" },
      { rule: "rule/direct", kind: "DIRECT", links: 0, via: "championship/a" },
      { rule: "rule/related", kind: "RELATED_CHAMPIONSHIP", links: 1, via: "championship/b" },
    ]);
  });

  it("orders routes of one edition and chain length by rule id, whatever order the rules come in", () => {
    const z = rule("rule/z", { championship: "championship/a" });
    const m = rule("rule/m", { championship: "championship/a" });
    for (const rules of [[z, m], [m, z]]) expect(routesFrom("championship/a", rules).map((route) => route.rule)).toEqual(["rule/m", "rule/z"]);
  });

  it("reaches a joint classification through its nearest member", () => {
    const joint = rule("rule/joint", { jointClassification: { championships: ["championship/c", "championship/b"] } });
    expect(routesFrom("championship/a", [joint])).toEqual([{ rule: "rule/joint", kind: "RELATED_CHAMPIONSHIP", links: 1, via: "championship/b" }]);
  });
});

describe("reportedBy", () => {
  it("says yes once one source was published by knownAt, to the last day of a partial date", () => {
    expect(reportedBy(["2023-04-21"], "2023-04-21")).toBe(true);
    expect(reportedBy(["2023-04-21"], "2023-04-20")).toBe(false);
    expect(reportedBy(["2023-04"], "2023-04-29")).toBe(false);
    expect(reportedBy(["2023-04"], "2023-04-30")).toBe(true);
    expect(reportedBy(["2024-01-01", "2023-01-01"], "2023-06-01")).toBe(true);
  });

  it("counts a record with no dated source as known, and everything as known without knownAt", () => {
    expect(reportedBy([null, undefined], "2000-01-01")).toBe(true);
    expect(reportedBy([], "2000-01-01")).toBe(true);
    expect(reportedBy([null, "2030-01-01"], "2000-01-01")).toBe(false);
    expect(reportedBy(["2030-01-01"], null)).toBe(true);
  });
});

describe("describeRule", () => {
  const names = { "championship/gtwce": "GT World Challenge Europe", "class/gold": "Gold Cup", "event/24h-le-mans": "24 Hours of Le Mans", "championship/alms": "Asian Le Mans Series" };
  const data = { names, classes: [] };

  it("names who receives the entry", () => {
    const words = (["TEAM", "CREW", "DRIVER", undefined] as const).map((beneficiary) => describeRule(rule("rule/x", { championship: "championship/gtwce", beneficiary }), data));
    expect(words).toEqual([
      "The winning team in Gold Cup of the GT World Challenge Europe 2023 earns an entry to the 24 Hours of Le Mans 2024.",
      "The winning crew in Gold Cup of the GT World Challenge Europe 2023 earns an entry to the 24 Hours of Le Mans 2024.",
      "The winning driver in Gold Cup of the GT World Challenge Europe 2023 earns an entry to the 24 Hours of Le Mans 2024.",
      "The winning entrant in Gold Cup of the GT World Challenge Europe 2023 earns an entry to the 24 Hours of Le Mans 2024.",
    ]);
  });

  it("says positions, an open class, a joint classification, a missing season and the entry class", () => {
    const sentence = describeRule(
      rule("rule/y", {
        jointClassification: { championships: ["championship/alms", "championship/gtwce"] },
        class: { options: ["class/gold", "class/pro-am"] },
        position: 1,
        lastPosition: 2,
        beneficiary: "TEAM",
        season: undefined,
        entryClass: "class/lmgt3",
      }),
      { names, classes: [{ id: "classdef/x", class: "class/pro-am", championship: "championship/gtwce", name: "Pro-Am Cup", crew: { others: ["GOLD"] }, citations: [] }] },
    );
    expect(sentence).toBe(
      "Each team in positions 1 to 2 in Gold Cup or Pro-Am Cup (class not yet decided) of the joint classification of Asian Le Mans Series and GT World Challenge Europe (season not stated) earns an entry to the 24 Hours of Le Mans 2024, in class/lmgt3.",
    );
    expect(describeRule(rule("rule/z", { championship: "championship/gtwce", position: 3, beneficiary: "TEAM" }), data)).toMatch(/^The team in position 3 in Gold Cup/);
  });
});
