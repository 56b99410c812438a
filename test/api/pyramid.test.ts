// The ACO's endurance pyramid and the routes from a championship to Le Mans, asked through the API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApp, type TestApp } from "../support/app";
import { EndurancePyramidDocument } from "../../src/generated/graphql";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const ids = (entities: { id: string }[]) => entities.map((entity) => entity.id);

describe("pyramid", () => {
  it("lists the tiers top-down as of 2024-06-01, each placement sourced", async () => {
    const { pyramid } = dataOf(await app.query(EndurancePyramidDocument, { asOf: "2024-06-01" }));
    expect(pyramid.tiers.map((tier) => tier.level)).toEqual([1, 2, 3]);
    const [top, continental, third] = pyramid.tiers;
    expect(ids(top.entities)).toEqual(expect.arrayContaining(["event/24h-le-mans", "championship/wec"]));
    expect(ids(continental.entities)).toEqual(expect.arrayContaining(["championship/elms", "championship/asian-le-mans-series"]));
    expect(ids(third.entities)).toEqual(["championship/le-mans-cup"]);
    for (const tier of pyramid.tiers) for (const placement of tier.placements) expect(placement.citations.length).toBeGreaterThan(0);
    // Placements whose source names no numbered tier are kept, in the source's words.
    expect(pyramid.unranked.find((placement) => placement.entity.id === "class/lmp3")?.tier).toBe("first step");
  });

  it("keeps to valid time: before December 2022 no source had yet placed the WEC at the top", async () => {
    const { pyramid } = dataOf(await app.query(EndurancePyramidDocument, { asOf: "2022-06-01" }));
    const top = pyramid.tiers.find((tier) => tier.level === 1);
    expect(ids(top?.entities ?? [])).not.toContain("championship/wec");
    expect(pyramid.tiers.find((tier) => tier.level === 3)?.entities.map((entity) => entity.id)).toEqual(["championship/le-mans-cup"]);
  });

  it("gives a championship's tier, or null when no source numbers one", async () => {
    const query = `query ($ref: String!) { entity(ref: $ref) { ... on Championship { pyramidTier(asOf: "2024-06-01") { level placements { statement { id } } } } } }`;
    const elms = dataOf(await app.query(query, { ref: "ELMS" })).entity.pyramidTier;
    expect(elms.level).toBe(2);
    expect(elms.placements.map((placement: any) => placement.statement.id)).toEqual(["statement/pyramid-elms-tier-2"]);
    expect(dataOf(await app.query(query, { ref: "GT World Challenge Europe" })).entity.pyramidTier).toBeNull();
  });
});

describe("Championship.routesToLeMans", () => {
  const ROUTES = `query ($ref: String!, $knownAt: Date) { entity(ref: $ref) { ... on Championship {
    routesToLeMans(edition: 2024, knownAt: $knownAt) {
      kind description qualifyingChampionship { id } rule { id status citations { source { id } } }
      links { relation from { id } to { id } statement { id } }
    } } } }`;

  async function routes(ref: string, knownAt?: string) {
    return dataOf(await app.query(ROUTES, { ref, knownAt })).entity.routesToLeMans as any[];
  }

  it("from the Asian Le Mans Series to 2024, as known on 2021-11-05: the joint-classification rule", async () => {
    const found = await routes("Asian Le Mans Series", "2021-11-05");
    const joint = found.find((route) => route.rule.id === "rule/alms-gtwca-joint-le-mans-2024");
    expect(joint).toMatchObject({ kind: "JOINT_CLASSIFICATION", links: [], rule: { status: "ANNOUNCED" } });
    expect(joint.rule.citations.map((citation: any) => citation.source.id)).toContain("source/motorhours-2021-11-05-sro-alms");
    expect(found.map((route) => route.rule.id)).not.toContain("rule/alms-gt-le-mans-2024");
  });

  it("from the Asian Le Mans Series to 2024, today: the GT-champion rule directly, and the joint classification still", async () => {
    const found = await routes("Asian Le Mans Series");
    expect(found.find((route) => route.rule.id === "rule/alms-gt-le-mans-2024")).toMatchObject({ kind: "DIRECT", links: [], rule: { status: "CONFIRMED" } });
    expect(found.map((route) => route.rule.id)).toContain("rule/alms-gtwca-joint-le-mans-2024");
  });

  it("from the GTWC Europe Endurance Cup: through GT World Challenge Europe, the championship it is part of, with the linking statement", async () => {
    const [route] = await routes("GT World Challenge Europe Endurance Cup");
    expect(route.kind).toBe("RELATED_CHAMPIONSHIP");
    expect(route.rule.id).toBe("rule/gtwce-bronze-cup-le-mans-2024");
    expect(route.qualifyingChampionship.id).toBe("championship/gtwc-europe");
    expect(route.links).toEqual([
      {
        relation: "PART_OF",
        from: { id: "championship/gtwc-europe-endurance-cup" },
        to: { id: "championship/gtwc-europe" },
        statement: { id: "statement/gtwce-sprint-cup-combined-with-endurance-cup" },
      },
    ]);
    expect(route.description).toMatch(/The result must be earned in GT World Challenge Europe\.$/);
  });
});
