// Automatic entries and crew eligibility, asked through the API as a client would: each answer's verdict and the reasons behind it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApp, type TestApp } from "../support/app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const ANNOUNCEMENT = "2021-11-05";
/** The first stored report of the decision that replaced the open GTWC Europe ticket (2023-04-21). */
const DECISION_SOURCE = "source/endurance-info-2023-04-21-fonctionnement-gtwce-2023";

interface Condition {
  description: string;
  held: boolean | null;
  rule: { id: string; status: string } | null;
  citations: { quote: string; source: { id: string } }[];
}

interface Answer {
  verdict: string;
  summary: string;
  reasons: Condition[];
  rulesConsidered: { rule: { id: string; status: string }; verdict: string; conditions: Condition[] }[];
  entrantAwards: { id: string }[];
}

const CONDITION = "description held rule { id status } citations { quote source { id } }";
const ENTRY_QUESTION = `query ($result: QualifyingResultInput!, $knownAt: Date) {
  entryEligibility(event: "24 Hours of Le Mans", edition: 2024, result: $result, knownAt: $knownAt) {
    verdict summary reasons { ${CONDITION} }
    rulesConsidered { rule { id status } verdict conditions { ${CONDITION} } }
    entrantAwards { id }
  }
}`;

async function entryEligibility(result: Record<string, unknown>, knownAt?: string): Promise<Answer> {
  return dataOf(await app.query(ENTRY_QUESTION, { result, knownAt })).entryEligibility;
}

const gtwce = (cls: string) => ({ championship: "GT World Challenge Europe", season: "2023", class: cls, position: 1 });
const sourcesOf = (condition: Condition) => condition.citations.map((citation) => citation.source.id);

describe("entryEligibility: Le Mans 2024", () => {
  it("the joint ALMS + GTWC Asia GT classification winner is UNDETERMINED: no source shows the classification was run", async () => {
    const answer = await entryEligibility(
      { jointClassification: ["Asian Le Mans Series", "GT World Challenge Asia"], season: "2023", class: "class/alms-gt", position: 1 },
      ANNOUNCEMENT,
    );
    expect(answer.verdict).toBe("UNDETERMINED");
    expect(answer.reasons.length).toBeGreaterThan(0);
    // Every stated term holds; the one open condition is that no source shows the classification run.
    expect(answer.reasons.filter((reason) => reason.held === null).map((reason) => reason.description)).toEqual([expect.stringMatching(/no source shows/)]);
    for (const reason of answer.reasons) {
      expect(reason.held).not.toBe(false);
      expect(reason.rule?.id).toBe("rule/alms-gtwca-joint-le-mans-2024");
      expect(sourcesOf(reason)).toContain("source/motorhours-2021-11-05-sro-alms");
    }
    expect(answer.rulesConsidered.map((evaluation) => evaluation.rule.status)).toEqual(["ANNOUNCED"]);
  });

  for (const cls of ["Pro-Am", "Gold Cup"]) {
    it(`the GTWC Europe ${cls} winner is UNDETERMINED as known on 2021-11-05, with both class options named`, async () => {
      const answer = await entryEligibility(gtwce(cls), ANNOUNCEMENT);
      expect(answer.verdict).toBe("UNDETERMINED");
      expect(answer.rulesConsidered.map((evaluation) => evaluation.rule.id)).toEqual(["rule/gtwce-le-mans-2024"]);
      const open = answer.reasons.filter((reason) => reason.held === null);
      const classCondition = open.find((reason) => reason.description.includes("options"));
      expect(classCondition?.description).toMatch(/Pro-Am or .*Gold Cup/);
      expect(sourcesOf(classCondition!)).toContain("source/motorhours-2021-11-05-sro-alms");
      expect(answer.reasons.some((reason) => reason.held === false)).toBe(false);
      expect(answer.summary).toMatch(/^Undetermined as known on 2021-11-05/);
    });

    it(`the GTWC Europe ${cls} winner is NOT_ELIGIBLE once the decision is known, citing the decision's source`, async () => {
      const answer = await entryEligibility(gtwce(cls), "2023-05-01");
      expect(answer.verdict).toBe("NOT_ELIGIBLE");
      expect(answer.rulesConsidered.map((evaluation) => evaluation.rule.id)).toEqual(["rule/gtwce-bronze-cup-le-mans-2024"]);
      const failed = answer.reasons.filter((reason) => reason.held === false);
      expect(failed).toHaveLength(1);
      expect(failed[0].description).toMatch(/is not the rule's class .*Bronze Cup/);
      expect(sourcesOf(failed[0])).toContain(DECISION_SOURCE);
      expect(answer.reasons.some((reason) => reason.held === null)).toBe(false);
    });
  }

  it("the GTWC Europe Bronze Cup champion is not among the options on 2021-11-05, and eligible after the decision", async () => {
    const before = await entryEligibility(gtwce("Bronze Cup"), ANNOUNCEMENT);
    expect(before.verdict).toBe("NOT_ELIGIBLE");
    expect(before.reasons.find((reason) => reason.held === false)?.description).toMatch(/not among the classes the organisers may choose/);
    const after = await entryEligibility({ ...gtwce("Bronze Cup"), entrant: "Pure Rxcing" });
    expect(after.verdict).toBe("ELIGIBLE");
    expect(after.reasons.every((reason) => reason.held === true && sourcesOf(reason).includes(DECISION_SOURCE))).toBe(true);
    expect(after.entrantAwards.map((award) => award.id)).toEqual(["award/pure-rxcing-le-mans-2024-gtwce-bronze-cup"]);
  });

  it("a third place in ELMS LMP2 earns nothing: the rule rewards the top two", async () => {
    const answer = await entryEligibility({ championship: "ELMS", season: "2023", class: "ELMS LMP2", position: 3, entrant: "United Autosports" });
    expect(answer.verdict).toBe("NOT_ELIGIBLE");
    const lmp2 = answer.rulesConsidered.find((evaluation) => evaluation.rule.id === "rule/elms-lmp2-le-mans-2024")!;
    expect(lmp2.verdict).toBe("NOT_ELIGIBLE");
    const failed = lmp2.conditions.filter((condition) => condition.held === false);
    expect(failed.map((condition) => condition.description)).toEqual(["position 3 is not within the rule's positions 1 to 2"]);
    for (const evaluation of answer.rulesConsidered) expect(evaluation.verdict).toBe("NOT_ELIGIBLE");
    // United Autosports was invited as runner-up, not for a third place.
    expect(answer.entrantAwards).toEqual([]);
  });

  it("an unknown championship is a NOT_FOUND error that suggests real ones", async () => {
    const response = await app.query(ENTRY_QUESTION, { result: { championship: "GT World Challenge Oceania", season: "2023", class: "Pro-Am", position: 1 } });
    expect(response.data).toEqual({ entryEligibility: null });
    const error = response.errors![0];
    expect(error.extensions?.code).toBe("NOT_FOUND");
    expect(error.message).toMatch(/No championship or event matches "GT World Challenge Oceania"/);
    expect(error.extensions?.suggestions.map((suggestion: { id: string }) => suggestion.id)).toContain("championship/gtwc-asia");
  });

  it("a result naming both a championship and a joint classification is a BAD_USER_INPUT error", async () => {
    const result = { championship: "ELMS", jointClassification: ["AsLMS", "GTWC Asia"], season: "2023", class: "ELMS LMP2", position: 1 };
    const response = await app.query(ENTRY_QUESTION, { result });
    expect(response.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("automaticEntries and awardedEntries: Le Mans 2024", () => {
  const RULES = `query ($knownAt: Date) { automaticEntries(edition: 2024, knownAt: $knownAt) {
    id status classDecided classOptions { id } supersedes { id } supersededBy { id } citations { source { id } } awards { recipient { id } }
  } }`;

  it("as known on 2021-11-05: the two announced rules, the GTWC Europe class still open", async () => {
    const rules = dataOf(await app.query(RULES, { knownAt: ANNOUNCEMENT })).automaticEntries;
    expect(rules.map((rule: any) => rule.id)).toEqual(["rule/alms-gtwca-joint-le-mans-2024", "rule/gtwce-le-mans-2024"]);
    const open = rules.find((rule: any) => rule.id === "rule/gtwce-le-mans-2024");
    expect(open.classDecided).toBe(false);
    expect(open.classOptions.map((option: any) => option.id)).toEqual(["class/gtwce-pro-am", "class/gtwce-gold-cup"]);
    expect(open.status).toBe("ANNOUNCED");
    for (const rule of rules) expect(rule.awards).toEqual([]);
  });

  it("today: the open rule is SUPERSEDED by the Bronze Cup rule, which Pure Rxcing was awarded", async () => {
    const rules = dataOf(await app.query(RULES, {})).automaticEntries;
    const open = rules.find((rule: any) => rule.id === "rule/gtwce-le-mans-2024");
    expect(open.status).toBe("SUPERSEDED");
    expect(open.supersededBy.id).toBe("rule/gtwce-bronze-cup-le-mans-2024");
    const decided = rules.find((rule: any) => rule.id === "rule/gtwce-bronze-cup-le-mans-2024");
    expect(decided.supersedes.id).toBe("rule/gtwce-le-mans-2024");
    expect(decided.awards.map((award: any) => award.recipient.id)).toEqual(["team/pure-rxcing"]);
    for (const rule of rules) expect(rule.citations.length).toBeGreaterThan(0);
  });

  it("in force on 2022-06-01 (asOf): the open GTWC Europe rule, not yet its replacement", async () => {
    const rules = dataOf(await app.query(`{ automaticEntries(edition: 2024, asOf: "2022-06-01") { id status } }`)).automaticEntries;
    expect(rules).toContainEqual({ id: "rule/gtwce-le-mans-2024", status: "ANNOUNCED" });
    expect(rules.map((rule: any) => rule.id)).not.toContain("rule/gtwce-bronze-cup-le-mans-2024");
  });

  it("links a rule to the GRANTS_AUTOMATIC_ENTRY statement that states the same grant", async () => {
    const rules = dataOf(await app.query(`{ automaticEntries(edition: 2024, knownAt: "2021-11-05") { id statement { id predicate status } } }`)).automaticEntries;
    const open = rules.find((rule: any) => rule.id === "rule/gtwce-le-mans-2024");
    expect(open.statement).toEqual({ id: "statement/gtwce-le-mans-2024-entry-class-undecided", predicate: "GRANTS_AUTOMATIC_ENTRY", status: "UNDECIDED" });
  });

  it("awardedEntries lists each entry with its team, rule and sources", async () => {
    const awards = dataOf(await app.query(`{ awardedEntries(event: "Le Mans 24 Hours", edition: 2024) { recipient { id } rule { id } citations { quote } } }`)).awardedEntries;
    expect(awards).toContainEqual(expect.objectContaining({ recipient: { id: "team/pure-rxcing" }, rule: { id: "rule/gtwce-bronze-cup-le-mans-2024" } }));
    for (const award of awards) expect(award.citations.length).toBeGreaterThan(0);
  });

  it("reads the rules once per request, however many fields ask", async () => {
    const one = await app.query(`{ automaticEntries(edition: 2024) { id } }`);
    const three = await app.query(`{ a: automaticEntries(edition: 2024) { id } b: automaticEntries(edition: 2023) { id } c: awardedEntries(edition: 2022) { id } }`);
    expect(three.extensions?.cost?.sqlStatements).toBe(one.extensions?.cost?.sqlStatements);
  });
});

describe("classEligibility: GT World Challenge Europe 2022", () => {
  const CREW_QUESTION = `query ($crew: [Rating!]!) {
    classEligibility(championship: "GT World Challenge Europe", season: "2022", crew: $crew) {
      verdict scope championshipsChecked { id } eligibleClasses { id }
      classes { definitionId verdict class { id } championship { id } conditions { description held } }
      reasons { description held class { id } citations { source { id } } }
    }
  }`;

  it("a Bronze, Silver and Gold crew may enter the Gold Cup (checked on the Endurance Cup's definitions)", async () => {
    const answer = dataOf(await app.query(CREW_QUESTION, { crew: ["BRONZE", "SILVER", "GOLD"] })).classEligibility;
    expect(answer.verdict).toBe("ELIGIBLE");
    expect(answer.eligibleClasses.map((entity: any) => entity.id)).toContain("class/gtwce-gold-cup");
    expect(answer.championshipsChecked.map((entity: any) => entity.id)).toEqual(expect.arrayContaining(["championship/gtwc-europe", "championship/gtwc-europe-endurance-cup"]));
    expect(answer.scope).toMatch(/definitions found for GT World Challenge Europe Endurance Cup/);
    const goldCup = answer.classes.find((verdict: any) => verdict.definitionId === "classdef/gtwce-gold-cup-2022");
    expect(goldCup.verdict).toBe("ELIGIBLE");
    expect(goldCup.championship.id).toBe("championship/gtwc-europe-endurance-cup");
    const goldReasons = answer.reasons.filter((reason: any) => reason.class?.id === "class/gtwce-gold-cup");
    expect(goldReasons.map((reason: any) => reason.held)).toEqual([true, true]);
    expect(goldReasons[1].description).toMatch(/one Bronze, one Silver and one Gold or Platinum/);
    expect(goldReasons[0].citations.map((citation: any) => citation.source.id)).toContain("source/livegp-2022-04-gold-cup-nuova-classe");
    expect(answer.eligibleClasses.map((entity: any) => entity.id)).not.toContain("class/gtwce-pro-am");
  });

  it("a crew of two Golds fits no fully stated class, and each class says why; Pro-Am, stated by one example crew, stays open", async () => {
    const answer = dataOf(await app.query(CREW_QUESTION, { crew: ["GOLD", "GOLD"] })).classEligibility;
    expect(answer.verdict).toBe("UNDETERMINED");
    expect(answer.eligibleClasses).toEqual([]);
    expect(answer.classes.length).toBeGreaterThan(0);
    for (const verdict of answer.classes) {
      if (verdict.class.id === "class/gtwce-pro-am") {
        expect(verdict.verdict).toBe("UNDETERMINED");
        expect(verdict.conditions.some((condition: any) => condition.held === null)).toBe(true);
        continue;
      }
      expect(verdict.verdict).toBe("NOT_ELIGIBLE");
      expect(verdict.conditions.some((condition: any) => condition.held === false)).toBe(true);
    }
    const goldCup = answer.classes.find((verdict: any) => verdict.class.id === "class/gtwce-gold-cup").conditions.filter((reason: any) => reason.held === false);
    expect(goldCup.map((reason: any) => reason.description)).toEqual([
      "the crew has 2 drivers; the Gold Cup takes exactly 3",
      expect.stringMatching(/leaves a Bronze place and a Silver place empty/),
    ]);
  });
});
