import { describe, expect, it } from "vitest";
import {
  checkClassEligibility,
  checkEntryEligibility,
  matchCrew,
  requirementText,
  rulesKnownAt,
  type ClassDefinition,
  type EligibilityData,
  type EntryQuestion,
  type EntryRule,
  type QualifyingResult,
} from "../../src/domain/eligibility";

// Small fixtures shaped like the 2021 agreement and its outcome — not the seeds, so the tests
// say exactly what they rely on.
const ALMS = "championship/asian-le-mans-series";
const GTWCA = "championship/gtwc-asia";
const GTWCE = "championship/gtwc-europe";
const LE_MANS = "event/24h-le-mans";

const announced = { source: "source/report-2021-11-05", quote: "It has yet to be decided from which class this will be" };
const decision = { source: "source/report-2023-04-21", quote: "L'équipe championne en Bronze Cup recevra une invitation aux 24H du Mans 2024" };
const joint = { source: "source/report-2021-11-05", quote: "The winning team of the joint classification will receive an automatic entry for Le Mans in 2024." };

const jointRule: EntryRule = {
  id: "rule/alms-gtwca-joint-le-mans-2024",
  grantors: ["org/aco"],
  event: LE_MANS,
  edition: 2024,
  jointClassification: { championships: [ALMS, GTWCA] },
  season: "2023",
  class: "class/alms-gt",
  position: 1,
  beneficiary: "TEAM",
  status: "ANNOUNCED",
  statedOn: "2021-11-05",
  citations: [joint],
};

const undecidedRule: EntryRule = {
  id: "rule/gtwce-le-mans-2024",
  grantors: ["org/aco", "org/lmem"],
  event: LE_MANS,
  edition: 2024,
  championship: GTWCE,
  season: "2023",
  class: { options: ["class/gtwce-pro-am", "class/gtwce-gold-cup"] },
  position: 1,
  status: "ANNOUNCED",
  statedOn: "2021-11-05",
  citations: [announced],
};

const decidedRule: EntryRule = {
  ...undecidedRule,
  id: "rule/gtwce-le-mans-2024-bronze-cup",
  class: "class/gtwce-bronze-cup",
  beneficiary: "TEAM",
  entryClass: "class/lmgt3",
  status: "CONFIRMED",
  statedOn: "2023-04-21",
  supersedes: undecidedRule.id,
  citations: [decision],
};

const names = {
  [LE_MANS]: "24 Hours of Le Mans",
  [GTWCE]: "GT World Challenge Europe",
  "championship/wec": "FIA WEC",
  "class/gtwce-pro-am": "Pro-Am",
  "class/gtwce-gold-cup": "Gold Cup",
  "class/gtwce-bronze-cup": "Bronze Cup",
};

const data: EligibilityData = {
  rules: [jointRule, undecidedRule, decidedRule],
  awards: [{ id: "award/pure-rxcing", rule: decidedRule.id, edition: 2024, recipient: "team/pure-rxcing", citations: [decision] }],
  names,
};

function gtwceWinner(cls: string, overrides: Partial<QualifyingResult> = {}): QualifyingResult {
  return { championship: GTWCE, season: "2023", class: cls, position: 1, ...overrides };
}

function ask(result: QualifyingResult, knownAt?: string, edition = 2024): EntryQuestion {
  return { event: LE_MANS, edition, result, knownAt };
}

describe("rulesKnownAt", () => {
  it("on 2021-11-05 knows only the announced rules, the GTWC Europe class still open", () => {
    expect(rulesKnownAt(data.rules, "2021-11-05").map((rule) => rule.id)).toEqual([jointRule.id, undecidedRule.id]);
  });

  it("after the decision replaces the open rule by the Bronze Cup rule", () => {
    expect(rulesKnownAt(data.rules, "2023-12-31").map((rule) => rule.id)).toEqual([jointRule.id, decidedRule.id]);
  });

  it("counts a rule dated only to a month as known once that month is over", () => {
    const monthly = { ...decidedRule, statedOn: "2023-04" };
    expect(rulesKnownAt([undecidedRule, monthly], "2023-04-15").map((rule) => rule.id)).toEqual([undecidedRule.id]);
    expect(rulesKnownAt([undecidedRule, monthly], "2023-04-30").map((rule) => rule.id)).toEqual([monthly.id]);
  });
});

describe("checkEntryEligibility", () => {
  it("a joint classification winner, as known on 2021-11-05, is eligible under the announced rule", () => {
    const answer = checkEntryEligibility(ask({ jointClassification: [GTWCA, ALMS], season: "2023", class: "class/alms-gt", position: 1 }, "2021-11-05"), data);
    expect(answer.verdict).toBe("ELIGIBLE");
    expect(answer.reasons.every((reason) => reason.held === true && reason.ruleId === jointRule.id)).toBe(true);
    expect(answer.reasons[0].description).toBe("the rule is announced (stated on 2021-11-05)");
    expect(answer.reasons[0].citations).toEqual([joint]);
  });

  it("a GTWC Europe Pro-Am winner, as known on 2021-11-05, is undetermined and the answer names both options", () => {
    const answer = checkEntryEligibility(ask(gtwceWinner("class/gtwce-pro-am"), "2021-11-05"), data);
    expect(answer.verdict).toBe("UNDETERMINED");
    const open = answer.reasons.filter((reason) => reason.held === null);
    expect(open).toHaveLength(1);
    expect(open[0].description).toContain("depends on the class the organisers choose: Pro-Am or Gold Cup");
    expect(open[0]).toMatchObject({ ruleId: undecidedRule.id, citations: [announced] });
  });

  it("a GTWC Europe Gold Cup winner, as known on 2021-11-05, is undetermined too", () => {
    const answer = checkEntryEligibility(ask(gtwceWinner("class/gtwce-gold-cup"), "2021-11-05"), data);
    expect(answer.verdict).toBe("UNDETERMINED");
    expect(answer.reasons.some((reason) => reason.held === null && reason.description.includes("Pro-Am or Gold Cup"))).toBe(true);
  });

  it("a class that was never an option is not eligible even while the rule is open", () => {
    const answer = checkEntryEligibility(ask(gtwceWinner("class/gtwce-bronze-cup"), "2021-11-05"), data);
    expect(answer.verdict).toBe("NOT_ELIGIBLE");
    expect(answer.reasons.find((reason) => reason.held === false)?.description).toBe(
      "class Bronze Cup is not among the classes the organisers may choose: Pro-Am or Gold Cup",
    );
  });

  it("after the decision a Pro-Am winner is not eligible, citing the decision's source", () => {
    const answer = checkEntryEligibility(ask(gtwceWinner("class/gtwce-pro-am"), "2024-01-01"), data);
    expect(answer.verdict).toBe("NOT_ELIGIBLE");
    const failed = answer.reasons.filter((reason) => reason.held === false);
    expect(failed).toEqual([
      { description: "class Pro-Am is not the rule's class Bronze Cup", held: false, ruleId: decidedRule.id, citations: [decision] },
    ]);
  });

  it("after the decision a Bronze Cup winner is eligible, citing the decision and naming who received it", () => {
    const answer = checkEntryEligibility(ask(gtwceWinner("class/gtwce-bronze-cup"), "2024-01-01"), data);
    expect(answer.verdict).toBe("ELIGIBLE");
    expect(answer.reasons.every((reason) => reason.ruleId === decidedRule.id && reason.citations[0] === decision)).toBe(true);
    expect(answer.rulesConsidered[0].awardedTo).toEqual(["team/pure-rxcing"]);
  });

  it("without a date, answers with the latest knowledge", () => {
    expect(checkEntryEligibility(ask(gtwceWinner("class/gtwce-bronze-cup")), data).verdict).toBe("ELIGIBLE");
  });

  it("third place is not eligible, and the answer names the position", () => {
    const answer = checkEntryEligibility(ask(gtwceWinner("class/gtwce-bronze-cup", { position: 3 })), data);
    expect(answer.verdict).toBe("NOT_ELIGIBLE");
    expect(answer.reasons.filter((reason) => reason.held === false).map((reason) => reason.description)).toEqual([
      "position 3 is not the winning position 1",
    ]);
  });

  it("a result from another season is not eligible, and the answer names the season", () => {
    const answer = checkEntryEligibility(ask(gtwceWinner("class/gtwce-bronze-cup", { season: 2022 })), data);
    expect(answer.reasons.find((reason) => reason.held === false)?.description).toBe("season 2022 is not the rule's season 2023");
  });

  it("a championship no rule draws from is not eligible, with a condition saying so", () => {
    const answer = checkEntryEligibility(ask({ championship: "championship/wec", season: "2023", class: "class/lmgt3", position: 1 }), data);
    expect(answer).toEqual({
      verdict: "NOT_ELIGIBLE",
      reasons: [{ description: "no rule grants an entry to the 24 Hours of Le Mans 2024 from the FIA WEC", held: false, citations: [] }],
      rulesConsidered: [],
      knownAt: undefined,
    });
  });

  it("an edition no rule covers is not eligible, naming the edition and the date asked about", () => {
    const answer = checkEntryEligibility(ask(gtwceWinner("class/gtwce-bronze-cup"), "2024-01-01", 2030), data);
    expect(answer.reasons[0].description).toBe(
      "no rule grants an entry to the 24 Hours of Le Mans 2030 from the GT World Challenge Europe as known on 2024-01-01",
    );
  });

  it("a cancelled rule grants nothing and says it was cancelled", () => {
    const cancelled: EntryRule = { ...jointRule, id: "rule/joint-cancelled", status: "CANCELLED", statedOn: "2023-01-01", supersedes: jointRule.id };
    const answer = checkEntryEligibility(
      ask({ jointClassification: [ALMS, GTWCA], season: "2023", class: "class/alms-gt", position: 1 }),
      { ...data, rules: [...data.rules, cancelled] },
    );
    expect(answer.verdict).toBe("NOT_ELIGIBLE");
    expect(answer.reasons.find((reason) => reason.held === false)?.description).toBe("the rule was cancelled");
  });

  it("a rule that does not say which season counts leaves the answer open", () => {
    const seasonless: EntryRule = { ...decidedRule, season: undefined, supersedes: undefined };
    const answer = checkEntryEligibility(ask(gtwceWinner("class/gtwce-bronze-cup")), { rules: [seasonless] });
    expect(answer.verdict).toBe("UNDETERMINED");
    expect(answer.reasons.find((reason) => reason.held === null)?.description).toBe("the rule does not yet say which season's result counts");
  });

  it("a rule for positions 1 to 3 admits the third and refuses the fourth", () => {
    const topThree: EntryRule = { ...decidedRule, supersedes: undefined, lastPosition: 3 };
    const third = checkEntryEligibility(ask(gtwceWinner("class/gtwce-bronze-cup", { position: 3 })), { rules: [topThree] });
    const fourth = checkEntryEligibility(ask(gtwceWinner("class/gtwce-bronze-cup", { position: 4 })), { rules: [topThree] });
    expect(third.verdict).toBe("ELIGIBLE");
    expect(fourth.reasons.find((reason) => reason.held === false)?.description).toBe("position 4 is not within the rule's positions 1 to 3");
  });
});

const ALL = ["PLATINUM", "GOLD", "SILVER", "BRONZE"] as const;
const source = { source: "source/classes", quote: "ogni equipaggio deve avere in scena un pilota di classe Bronze, uno Silver ed uno Gold/Platinum" };
const classes: ClassDefinition[] = [
  { id: "classdef/gold-cup-2022", class: "class/gtwce-gold-cup", championship: GTWCE, name: "Gold Cup", validFrom: 2022, validUntil: 2022, crew: { slots: [["BRONZE"], ["SILVER"], ["GOLD", "PLATINUM"]] }, citations: [source] },
  { id: "classdef/pro-am-2022", class: "class/gtwce-pro-am", championship: GTWCE, name: "Pro-Am", validFrom: 2022, validUntil: 2023, crew: { slots: [[...ALL], ["BRONZE"], ["BRONZE"]] }, citations: [source] },
  { id: "classdef/silver-cup-2022", class: "class/gtwce-silver-cup", championship: GTWCE, name: "Silver Cup", validFrom: 2022, crew: { others: ["SILVER"], minDrivers: 3, maxDrivers: 3 }, citations: [source] },
  { id: "classdef/pro-2022", class: "class/gtwce-pro", championship: GTWCE, name: "Pro", validFrom: 2022, crew: { others: [...ALL], minDrivers: 3, maxDrivers: 3 }, citations: [source] },
  { id: "classdef/gold-cup-2023", class: "class/gtwce-gold-cup", championship: GTWCE, name: "Gold Cup", validFrom: 2023, crew: { slots: [["GOLD"], ["GOLD"], ["SILVER"]] }, citations: [source] },
];

describe("checkClassEligibility", () => {
  it("a Bronze, Silver and Gold crew in GTWC Europe 2022 may enter the Gold Cup (and the Pro class)", () => {
    const answer = checkClassEligibility({ championship: GTWCE, season: 2022, crew: ["BRONZE", "SILVER", "GOLD"] }, classes);
    expect(answer.verdict).toBe("ELIGIBLE");
    expect(answer.eligibleClasses).toEqual(["class/gtwce-gold-cup", "class/gtwce-pro"]);
    const goldCup = answer.classes.find((verdict) => verdict.classId === "class/gtwce-gold-cup");
    expect(goldCup?.conditions.map((condition) => condition.held)).toEqual([true, true]);
    expect(goldCup?.conditions[0].citations).toEqual([source]);
  });

  it("a crew of two Golds may not enter the Gold Cup, and the reason says what is missing", () => {
    const answer = checkClassEligibility({ championship: GTWCE, season: 2022, crew: ["GOLD", "GOLD"] }, classes);
    const goldCup = answer.classes.find((verdict) => verdict.classId === "class/gtwce-gold-cup");
    expect(goldCup?.verdict).toBe("NOT_ELIGIBLE");
    expect(goldCup?.conditions.map((condition) => condition.description)).toEqual([
      "the crew has 2 drivers; the Gold Cup takes exactly 3",
      "the Gold Cup needs one Bronze, one Silver and one Gold or Platinum, and no further drivers; the crew Gold, Gold leaves a Bronze place and a Silver place empty, and has a Gold with no place",
    ]);
  });

  it("a Platinum, Bronze, Bronze crew fits Pro-Am; a Silver in place of a Bronze does not", () => {
    const fits = checkClassEligibility({ championship: GTWCE, season: 2022, crew: ["PLATINUM", "BRONZE", "BRONZE"] }, classes);
    const misfit = checkClassEligibility({ championship: GTWCE, season: 2022, crew: ["PLATINUM", "SILVER", "BRONZE"] }, classes);
    expect(fits.eligibleClasses).toContain("class/gtwce-pro-am");
    expect(misfit.eligibleClasses).not.toContain("class/gtwce-pro-am");
  });

  it("picks the definition of the season asked about: the 2023 Gold Cup is Gold, Gold, Silver", () => {
    const answer = checkClassEligibility({ championship: GTWCE, season: "2023", crew: ["BRONZE", "SILVER", "GOLD"] }, classes);
    expect(answer.eligibleClasses).not.toContain("class/gtwce-gold-cup");
    expect(checkClassEligibility({ championship: GTWCE, season: "2023", crew: ["GOLD", "SILVER", "GOLD"] }, classes).eligibleClasses).toContain(
      "class/gtwce-gold-cup",
    );
  });

  it("an all-Silver crew fits the Silver Cup only with three Silvers", () => {
    expect(checkClassEligibility({ championship: GTWCE, season: 2022, crew: ["SILVER", "SILVER", "SILVER"] }, classes).eligibleClasses).toContain("class/gtwce-silver-cup");
    expect(checkClassEligibility({ championship: GTWCE, season: 2022, crew: ["SILVER", "SILVER", "GOLD"] }, classes).eligibleClasses).not.toContain("class/gtwce-silver-cup");
  });

  it("an unknown championship is not eligible, with a condition saying no class exists", () => {
    const answer = checkClassEligibility({ championship: "championship/nowhere", season: 2022, crew: ["GOLD"] }, classes);
    expect(answer).toEqual({
      verdict: "NOT_ELIGIBLE",
      eligibleClasses: [],
      classes: [],
      reasons: [{ description: "no class of championship/nowhere is defined for the 2022 season", held: false, citations: [] }],
    });
  });
});

describe("matchCrew", () => {
  it("places a Platinum where only it fits, rather than greedily in the first slot it could take", () => {
    // Slot 1 takes Gold or Platinum, slot 2 only Platinum: a greedy pass would put the
    // Platinum in slot 1 and leave slot 2 empty.
    expect(matchCrew(["PLATINUM", "GOLD"], { slots: [["GOLD", "PLATINUM"], ["PLATINUM"]] }).fits).toBe(true);
  });

  it("lets further drivers in only with an allowed rating: at least one Bronze, then anyone", () => {
    const atLeastOneBronze = { slots: [["BRONZE" as const]], others: [...ALL] };
    expect(matchCrew(["GOLD", "BRONZE", "PLATINUM"], atLeastOneBronze).fits).toBe(true);
    expect(matchCrew(["GOLD", "SILVER"], atLeastOneBronze)).toEqual({ fits: false, unfilledSlots: [["BRONZE"]], unplacedDrivers: [] });
  });
});

describe("requirementText", () => {
  it("words each kind of crew condition plainly", () => {
    expect(requirementText({ slots: [[...ALL], ["BRONZE"], ["BRONZE"]] })).toBe("one driver of any rating, one Bronze and one Bronze, and no further drivers");
    expect(requirementText({ others: ["SILVER"] })).toBe("every driver Silver");
    expect(requirementText({ slots: [["BRONZE"]], others: [...ALL] })).toBe("one Bronze; further drivers of any rating");
    expect(requirementText({ others: [...ALL] })).toBe("drivers of any rating");
  });
});
