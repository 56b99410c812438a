// Issue 11: answers a researcher can trust — both time axes with honest unknowns, one claim one
// statement, conflicts as data, eligibility that says what the sources do not. Through the API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApp, type TestApp } from "../support/app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const STATEMENT = `id statedOn { text lastDay } statedOnFrom statedOnSource { id published { text } } validFrom { firstDay } validUntil { lastDay }
  holding { state reason } disputed disputedBy { id disputed }`;

async function statements(args: string) {
  const data = dataOf(await app.query(`{ statements(${args}, first: 100) { totalCount leftOut { recordDateUnknown holdingUnknown } nodes { ${STATEMENT} } } }`));
  return data.statements;
}

describe("record time: an undated statement is never known", () => {
  it("knows nothing on 1900-01-01, and says how many statements no date places at all", async () => {
    const page = await statements(`knownAt: "1900-01-01"`);
    expect(page.totalCount).toBe(0);
    expect(page.leftOut.recordDateUnknown).toBeGreaterThan(0);
  });

  it("as known on 2021-11-05, holds nothing first reported later or never dated", async () => {
    const page = await statements(`knownAt: "2021-11-05"`);
    expect(page.totalCount).toBeGreaterThan(0);
    for (const node of page.nodes) {
      expect(node.statedOn).not.toBeNull();
      expect(node.statedOn.lastDay <= "2021-11-05").toBe(true);
    }
  });

  it("says where each record date comes from: a stated day, or the earliest dated source", async () => {
    const agreement = dataOf(await app.query(`{ statement: node(id: "statement/aco-almem-sro-2021-concerns-alms-2023") { ... on Statement { ${STATEMENT} } } }`)).statement;
    expect(["STATED", "SOURCE_PUBLISHED"]).toContain(agreement.statedOnFrom);
    if (agreement.statedOnFrom === "SOURCE_PUBLISHED") expect(agreement.statedOnSource.published.text).toBe(agreement.statedOn.text);
    const undated = dataOf(await app.query(`{ statement: node(id: "statement/hist-ratel-le-mans-entrant-1993") { ... on Statement { statedOn { text } statedOnFrom } } }`)).statement;
    expect(undated.statedOnFrom).not.toBe("STATED");
  });
});

describe("valid time: only what is known to hold, unknowns on request", () => {
  it("leaves out by default a statement with no start that was first reported later, and counts it", async () => {
    const page = await statements(`asOf: "2011-06-01"`);
    for (const node of page.nodes) {
      const from = node.validFrom?.firstDay ?? node.statedOn?.lastDay;
      expect(from <= "2011-06-01").toBe(true);
      expect(node.validUntil === null || node.validUntil.lastDay >= "2011-06-01").toBe(true);
      expect(node.holding.state).toBe("HELD");
    }
    expect(page.leftOut.holdingUnknown).toBeGreaterThan(0);
  });

  it("adds the unknown ones with includeUnknown, each marked UNKNOWN with its reason", async () => {
    const strict = await statements(`asOf: "2011-06-01"`);
    const open = await statements(`asOf: "2011-06-01", includeUnknown: true`);
    expect(open.totalCount).toBe(strict.totalCount + strict.leftOut.holdingUnknown);
    const unknown = open.nodes.filter((node: { holding: { state: string } }) => node.holding.state === "UNKNOWN");
    expect(unknown.length).toBeGreaterThan(0);
    for (const node of unknown) {
      expect(node.validFrom).toBeNull();
      expect(node.holding.reason).toMatch(/no start date/);
    }
  });

  it("does not show Lequien as head of the WEC in 2019: the role is reported from 2021 on", async () => {
    const query = `query ($asOf: Date) { entity(ref: "Frédéric Lequien") { ... on Person { roles(asOf: $asOf) { nodes { entity { id } } } } } }`;
    const roles = async (asOf: string) => dataOf(await app.query(query, { asOf })).entity.roles.nodes.map((node: { entity: { id: string } }) => node.entity.id);
    expect(await roles("2019-06-01")).not.toContain("championship/wec");
    expect(await roles("2022-06-01")).toContain("championship/wec");
  });
});

describe("conflicts as data", () => {
  it("marks both claims of who held the 2023 Le Mans Cup invitation as disputed, each pointing at the other", async () => {
    const query = (id: string) => `{ statement: node(id: "${id}") { ... on Statement { ${STATEMENT} } } }`;
    const gmb = dataOf(await app.query(query("statement/le-mans-2023-award-gmb-le-mans-cup"))).statement;
    const leman = dataOf(await app.query(query("statement/le-mans-2023-award-racing-spirit-of-leman-le-mans-cup"))).statement;
    expect(gmb.disputed).toBe(true);
    expect(leman.disputed).toBe(true);
    expect(gmb.disputedBy.map((other: { id: string }) => other.id)).toContain(leman.id);
    expect(leman.disputedBy.map((other: { id: string }) => other.id)).toContain(gmb.id);
  });

  it("keeps both claims in the entity's answer and its timeline", async () => {
    const entity = dataOf(await app.query(`{ entity(ref: "Stéphane Ratel") { statements(first: 100) { nodes { id disputed } } } }`)).entity;
    const ids = entity.statements.nodes.map((node: { id: string }) => node.id);
    expect(ids).toEqual(expect.arrayContaining(["statement/ratel-le-mans-driver-1993", "statement/hist-ratel-le-mans-entrant-1993"]));
    const timeline = dataOf(await app.query(`{ timeline(entity: "Stéphane Ratel", first: 100) { nodes { statement { id disputed } } } }`)).timeline;
    const disputed = timeline.nodes.filter((node: { statement: { disputed: boolean } }) => node.statement.disputed).map((node: { statement: { id: string } }) => node.statement.id);
    expect(disputed).toEqual(expect.arrayContaining(["statement/ratel-le-mans-driver-1993", "statement/hist-ratel-le-mans-entrant-1993"]));
  });
});

describe("eligibility says what the sources do not", () => {
  it("a crew outside the one example the sources give for the 2023 Gold Cup is UNDETERMINED, saying what is not stated", async () => {
    const answer = dataOf(
      await app.query(`{ classEligibility(championship: "GT World Challenge Europe", season: "2023", crew: [GOLD, SILVER, SILVER]) {
        classes { verdict class { id } conditions { held description } } } }`),
    ).classEligibility;
    const gold = answer.classes.find((item: { class: { id: string } }) => item.class.id === "class/gtwce-gold-cup");
    expect(gold.verdict).toBe("UNDETERMINED");
    const open = gold.conditions.filter((reason: { held: boolean | null }) => reason.held === null);
    expect(open.map((reason: { description: string }) => reason.description).join(" ")).toMatch(/does not say whether weaker crews are admitted/);
  });

  it("the joint ALMS–GTWC Asia GT classification, which no source shows was run, leaves its winner UNDETERMINED", async () => {
    const answer = dataOf(
      await app.query(`{ entryEligibility(event: "event/24h-le-mans", edition: 2024,
        result: { jointClassification: ["championship/asian-le-mans-series", "championship/gtwc-asia"], season: "2023", class: "class/alms-gt", position: 1 }) {
        verdict reasons { held description } } }`),
    ).entryEligibility;
    expect(answer.verdict).toBe("UNDETERMINED");
    expect(answer.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ held: null, description: expect.stringMatching(/no source shows/) })]));
  });
});

describe("eligibility reads a class name within the result's championship", () => {
  const ENTRY = `query ($result: QualifyingResultInput!) {
    entryEligibility(event: "24 Hours of Le Mans", edition: 2024, result: $result) { verdict resultClass { id } rulesConsidered { rule { id } verdict } } }`;
  const entry = async (result: Record<string, unknown>) => dataOf(await app.query(ENTRY, { result })).entryEligibility;
  const granting = (answer: { rulesConsidered: { rule: { id: string }; verdict: string }[] }) =>
    answer.rulesConsidered.filter((evaluation) => evaluation.verdict === "ELIGIBLE").map((evaluation) => evaluation.rule.id);

  it.each([
    ["European Le Mans Series", "2023", "LMP2", 1, "class/elms-lmp2", "rule/elms-lmp2-le-mans-2024"],
    ["ELMS", "2023", "LMP2", 2, "class/elms-lmp2", "rule/elms-lmp2-le-mans-2024"],
    ["ELMS", "2023", "LMP2 Pro-Am", 1, "class/elms-lmp2-pro-am", "rule/elms-lmp2-pro-am-le-mans-2024"],
    ["Asian Le Mans Series", "2023-24", "LMP2", 1, "class/alms-lmp2", "rule/alms-lmp2-le-mans-2024"],
    ["Asian Le Mans Series", "2023-24", "GT", 1, "class/alms-gt", "rule/alms-gt-le-mans-2024"],
  ])("%s %s %s, position %i, is the championship's own class %s and earns the entry", async (championship, season, cls, position, classId, ruleId) => {
    const answer = await entry({ championship, season, class: cls, position });
    expect(answer.resultClass.id).toBe(classId);
    expect(answer.verdict).toBe("ELIGIBLE");
    expect(granting(answer)).toEqual([ruleId]);
  });

  it("still reads a class the championship does not have by its global name: ELMS LMP2 third place earns nothing", async () => {
    const answer = await entry({ championship: "ELMS", season: "2023", class: "LMP2", position: 3 });
    expect(answer.resultClass.id).toBe("class/elms-lmp2");
    expect(answer.verdict).toBe("NOT_ELIGIBLE");
    const generic = await entry({ championship: "ELMS", season: "2023", class: "class/lmp2", position: 1 });
    expect(generic.resultClass.id).toBe("class/lmp2");
    expect(generic.verdict).toBe("NOT_ELIGIBLE");
  });

  it("NOT_FOUND lists the championship's classes, in the message and the extensions", async () => {
    const response = await app.query(ENTRY, { result: { championship: "Asian Le Mans Series", season: "2023-24", class: "LMP9", position: 1 } });
    const [error] = response.errors ?? [];
    expect(error.extensions?.code).toBe("NOT_FOUND");
    const listed = error.extensions?.championshipClasses.map((item: { id: string }) => item.id);
    expect(listed).toEqual(expect.arrayContaining(["class/alms-lmp2", "class/alms-lmp3", "class/alms-gt"]));
    expect(error.message).toContain("Asian Le Mans Series");
    expect(error.message).toContain("(class/alms-gt)");
  });
});

describe("an error stays at its field", () => {
  it("answers b when a fails: the AMBIGUOUS error carries the path [\"a\"], with HTTP 200", async () => {
    const response = await app.query(`{ a: entity(ref: "ALMS") { id } b: entity(ref: "org/aco") { id } }`);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ a: null, b: { id: "org/aco" } });
    expect(response.errors).toEqual([expect.objectContaining({ path: ["a"], extensions: expect.objectContaining({ code: "AMBIGUOUS" }) })]);
  });

  it("keeps the answers beside a NOT_FOUND in any root lookup", async () => {
    const response = await app.query(`{
      timeline(entity: "No Such Series") { totalCount }
      paths(from: "org/aco", to: "Nowhere At All") { truncated }
      eligibility: entryEligibility(event: "24 Hours of Le Mans", edition: 2024, result: { championship: "ELMS", season: "2023", class: "LMP2", position: 1 }) { verdict }
    }`);
    expect(response.data).toEqual({ timeline: null, paths: null, eligibility: { verdict: "ELIGIBLE" } });
    // Errors come in the order the fields finish, which GraphQL leaves open: compare them sorted.
    const errors = response.errors?.map((error) => [error.path, error.extensions?.code]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(errors).toEqual([
      [["paths"], "NOT_FOUND"],
      [["timeline"], "NOT_FOUND"],
    ]);
  });

  it.each([
    ["search with no letter or digit", `search(text: "") { totalCount }`],
    ["search with a page size out of range", `search(text: "aco", first: 0) { totalCount }`],
    ["mentions in an unknown language", `mentions(text: "l’ACO et le WEC", language: "klingon") { text }`],
    ["mentions of a text over the limit", `mentions(text: "${"ACO ".repeat(25_001)}") { text }`],
    ["entities with a page size out of range", `entities(first: 1000) { totalCount }`],
  ])("answers b when a is %s: the BAD_USER_INPUT carries the path [\"a\"]", async (_name, field) => {
    const response = await app.query(`{ a: ${field} b: entity(ref: "org/aco") { id } }`);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ a: null, b: { id: "org/aco" } });
    expect(response.errors).toEqual([expect.objectContaining({ path: ["a"], extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) })]);
  });

  it("keeps today's 200 for an answer whose only field failed", async () => {
    const response = await app.query(`{ entity(ref: "No Such Series") { id } }`);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ entity: null });
    expect(response.errors?.[0].path).toEqual(["entity"]);
  });
});
