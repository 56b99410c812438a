// Curation checks for the automatic entries to Le Mans (issue 15): every award's recipient has the
// result that earned it in the graph, every edition has its rules through the API, no person is
// entered twice under two spellings, and the README table is the one the API gives today.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds, type SeedGraph } from "../../src/seeds/load-seeds";
import { foldText } from "../../src/domain/text";
import { collectEditions, currentBlock, entriesBlock, entriesTable, ENTRIES_QUERY, type TableRule } from "../../src/docs/entries-table";
import { dataOf, REPO_ROOT, SEEDS_DIR, startTestApp, type TestApp } from "../support/app";

let graph: SeedGraph;
let app: TestApp;
beforeAll(async () => {
  graph = loadSeeds(SEEDS_DIR);
  app = await startTestApp();
});
afterAll(() => app?.stop());

type Rule = SeedGraph["extra"]["rules"][number];
type Award = SeedGraph["extra"]["awards"][number];

/**
 * Awards whose qualifying result is not in the graph, each with the reason. Keep it short: a result
 * that a stored source gives belongs in seeds/, not here.
 */
const WITHOUT_RESULT: Record<string, string> = {
  "award/jdc-miller-motorsports-le-mans-2018-imsa": "IMSA's 2018 nomination: no classification behind it is reported",
  "award/keating-motorsports-le-mans-2018-imsa": "IMSA's 2018 nomination: no classification behind it is reported",
  "award/wayne-taylor-racing-le-mans-2015-imsa-selection-lmp2": "IMSA's pick from the 2014 season, which has no season record with a source",
  "award/scuderia-corsa-le-mans-2015-imsa-selection-gte-am": "IMSA's pick from the 2014 season, which has no season record with a source",
  "award/keating-motorsports-le-mans-2017-imsa-selection-lmp2": "IMSA's pick from the 2016 season, which has no season record with a source",
};

/** The seasons of a championship, from its SEASON_OF statements. */
function seasonsOf(championship: string): string[] {
  return graph.statements.filter((statement) => statement.predicate === "SEASON_OF" && statement.object === championship).map((statement) => statement.subject);
}

/** The statements that show `award`'s recipient earned it under `rule`: a title, or a placing within the rule's range. */
function qualifyingResults(award: Award, rule: Rule) {
  const last = rule.lastPosition ?? rule.position;
  const placed = (position: string | undefined) =>
    position === undefined ? rule.lastPosition !== undefined : Number(position) >= rule.position && Number(position) <= last;
  const classOf = typeof rule.class === "string" ? rule.class : null;
  if (rule.championship === "event/24h-le-mans") {
    return graph.statements.filter(
      (statement) =>
        statement.subject === award.recipient &&
        statement.predicate === "COMPETED_IN" &&
        statement.object === "event/24h-le-mans" &&
        statement.qualifiers.edition === rule.season &&
        statement.qualifiers.class === classOf &&
        placed(statement.qualifiers.position),
    );
  }
  const championships = rule.championship ? [rule.championship] : rule.jointClassification!.championships;
  const seasons = championships.flatMap(seasonsOf).filter((season) => !rule.season || season.endsWith(`-${rule.season}`));
  return graph.statements.filter(
    (statement) =>
      statement.subject === award.recipient &&
      seasons.includes(statement.object ?? "") &&
      (classOf === null || statement.qualifiers.class === classOf) &&
      ((statement.predicate === "CHAMPION_OF" && rule.position === 1) || (statement.predicate === "COMPETED_IN" && placed(statement.qualifiers.position))),
  );
}

describe("automatic entries to Le Mans: the data behind them", () => {
  it("has, for every award, the recipient's qualifying result in the graph (or a reason on the short list)", () => {
    const rules = new Map(graph.extra.rules.map((rule) => [rule.id, rule]));
    const missing = graph.extra.awards
      .filter((award) => !(award.id in WITHOUT_RESULT))
      .filter((award) => qualifyingResults(award, rules.get(award.rule)!).length === 0)
      .map((award) => `${award.id} (${award.recipient}, ${award.rule})`);
    expect(missing).toEqual([]);
  });

  it("keeps the list of awards without a result short and current", () => {
    const awards = new Set(graph.extra.awards.map((award) => award.id));
    expect(Object.keys(WITHOUT_RESULT).filter((id) => !awards.has(id))).toEqual([]);
    expect(Object.keys(WITHOUT_RESULT).length).toBeLessThanOrEqual(5);
  });

  it("enters no person twice under two spellings (names and aliases, folded, compared without punctuation)", () => {
    const owners = new Map<string, Set<string>>();
    for (const entity of graph.entities.values()) {
      if (entity.kind !== "PERSON") continue;
      for (const text of [entity.name, ...entity.aliases.map((alias) => alias.text)]) {
        const key = foldText(text).replace(/[^\p{L}\p{N}]+/gu, "");
        owners.set(key, (owners.get(key) ?? new Set()).add(entity.id));
      }
    }
    const twice = [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].join(", ")}`);
    expect(twice).toEqual([]);
  });
});

/** Every edition from 2012, the first WEC year, to the latest the stored sources cover. */
const REQUIRED_EDITIONS = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

async function rulesOf(edition: number): Promise<TableRule[]> {
  return dataOf(await app.query<{ automaticEntries: TableRule[] }>(ENTRIES_QUERY, { edition })).automaticEntries;
}

describe("automatic entries to Le Mans: through the API", () => {
  it("answers automaticEntries(edition: Y) with at least one rule for every required edition", async () => {
    const empty = [];
    for (const edition of REQUIRED_EDITIONS) if ((await rulesOf(edition)).length === 0) empty.push(edition);
    expect(empty).toEqual([]);
  });

  it("names a recipient in awardedEntries for every required edition", async () => {
    const without = [];
    for (const edition of REQUIRED_EDITIONS) {
      const awarded = dataOf(await app.query<{ awardedEntries: { recipient: { id: string } }[] }>(`query ($edition: Int!) { awardedEntries(edition: $edition) { recipient { id } } }`, { edition })).awardedEntries;
      if (awarded.length === 0) without.push(edition);
    }
    expect(without).toEqual([]);
  });

  it("finds the route from a team to Le Mans through the title that earned its entry (paths)", async () => {
    const query = `query ($from: String!) { paths(from: $from, to: "24 Hours of Le Mans", maxHops: 3, predicates: [CHAMPION_OF, SEASON_OF, GRANTS_AUTOMATIC_ENTRY]) {
      paths { hops { predicate to { id } statement { citations { quote } } } } } }`;
    const paths = dataOf(await app.query<{ paths: { paths: { hops: { predicate: string; to: { id: string }; statement: { citations: { quote: string }[] } }[] }[] } }>(query, { from: "Ebimotors" })).paths.paths;
    expect(paths.map((path) => path.hops.map((hop) => `${hop.predicate} ${hop.to.id}`))).toContainEqual([
      "CHAMPION_OF season/le-mans-cup-2017",
      "SEASON_OF championship/le-mans-cup",
      "GRANTS_AUTOMATIC_ENTRY event/24h-le-mans",
    ]);
    for (const hop of paths[0].hops) expect(hop.statement.citations.length).toBeGreaterThan(0);
  });

  it("has the README table as the API gives it today (run npm run docs:entries after changing the rules)", async () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    const expected = entriesBlock(entriesTable(await collectEditions(rulesOf)));
    expect(currentBlock(readme)).toBe(expected);
  });
});
