// Answers of the eligibility engine that the first tests left unchecked (surviving mutants in test/mutation/RESULTS.md).
import { describe, expect, it } from "vitest";
import { checkClassEligibility, checkEntryEligibility, requirementText, type ClassDefinition, type EntryRule, type QualifyingResult, type Rating } from "../../src/domain/eligibility";

const GTWCE = "championship/gtwc-europe";
const LE_MANS = "event/24h-le-mans";
const cite = { source: "source/classes", quote: "crew rules" };
const ALL = ["PLATINUM", "GOLD", "SILVER", "BRONZE"] as const;

function cls(id: string, name: string, crew: ClassDefinition["crew"], extra: Partial<ClassDefinition> = {}): ClassDefinition {
  return { id: `classdef/${id}`, class: `class/${id}`, championship: GTWCE, name, crew, citations: [cite], ...extra };
}

describe("class eligibility explanations", () => {
  const am = cls("am", "Am Cup", { others: ["BRONZE"], minDrivers: 2 });
  const pro = cls("pro", "Pro Cup", { others: [...ALL], minDrivers: 2, maxDrivers: 3 });
  const solo = cls("solo", "Solo Cup", { slots: [[...ALL]] });

  it("refuses a crew too small or too large for the class, saying how many it takes", () => {
    const one = checkClassEligibility({ championship: GTWCE, season: 2022, crew: ["GOLD"] }, [pro]);
    expect(one.verdict).toBe("NOT_ELIGIBLE");
    expect(one.classes[0].conditions[0]).toMatchObject({ description: "the crew has 1 driver; the Pro Cup takes 2 to 3", held: false });
    const four = checkClassEligibility({ championship: GTWCE, season: 2022, crew: ["GOLD", "GOLD", "GOLD", "GOLD"] }, [pro]);
    expect(four.verdict).toBe("NOT_ELIGIBLE");
    expect(four.classes[0].conditions[0].held).toBe(false);
    const am1 = checkClassEligibility({ championship: GTWCE, season: 2022, crew: ["BRONZE"] }, [am]);
    expect(am1.classes[0].conditions[0]).toMatchObject({ description: "the crew has 1 driver; the Am Cup takes at least 2", held: false });
  });

  it("explains a crew that fits, and gives the reasons of the classes it may enter only", () => {
    const answer = checkClassEligibility({ championship: GTWCE, season: 2022, crew: ["BRONZE", "BRONZE"] }, [am, pro, solo]);
    expect(answer.verdict).toBe("ELIGIBLE");
    expect(answer.eligibleClasses).toEqual(["class/am", "class/pro"]);
    expect(answer.reasons.map((reason) => reason.description)).toEqual([
      "the crew has 2 drivers; the Am Cup takes at least 2",
      "the Am Cup needs every driver Bronze, and the crew Bronze, Bronze fits",
      "the crew has 2 drivers; the Pro Cup takes 2 to 3",
      "the Pro Cup needs drivers of any rating, and the crew Bronze, Bronze fits",
    ]);
  });

  it("when no class fits, gives every class's reasons and names an open place", () => {
    const answer = checkClassEligibility({ championship: GTWCE, season: 2022, crew: [] }, [solo]);
    expect(answer).toMatchObject({ verdict: "NOT_ELIGIBLE", eligibleClasses: [] });
    expect(answer.reasons.map((reason) => reason.description)).toEqual([
      "the crew has 0 drivers; the Solo Cup takes exactly 1",
      "the Solo Cup needs one driver of any rating, and no further drivers; the crew no drivers leaves a place open to any rating empty",
    ]);
  });

  it("names a driver with no place, without an empty place, when the class is full", () => {
    const answer = checkClassEligibility({ championship: GTWCE, season: 2022, crew: ["GOLD", "SILVER"] }, [solo]);
    expect(answer.reasons[1].description).toBe(
      "the Solo Cup needs one driver of any rating, and no further drivers; the crew Gold, Silver has a Silver with no place",
    );
  });

  it("words a class that takes no drivers", () => {
    expect(requirementText({})).toBe("no drivers at all");
  });

  it("places a season like 2023-24 in the year it starts, and a class by its valid years", () => {
    const until2022 = cls("old", "Old Cup", { others: [...ALL] }, { validUntil: 2022 });
    const from2024 = cls("new", "New Cup", { others: [...ALL] }, { validFrom: 2024 });
    const ask = (season: string | number) => checkClassEligibility({ championship: GTWCE, season, crew: ["GOLD"] }, [until2022, from2024]).eligibleClasses;
    expect(ask("2022-23")).toEqual(["class/old"]);
    expect(ask(2023)).toEqual([]);
    expect(ask("2024-25")).toEqual(["class/new"]);
    expect(ask(1990)).toEqual(["class/old"]);
  });
});

const base: EntryRule = {
  id: "rule/b", grantors: ["org/aco"], event: LE_MANS, edition: 2024, championship: GTWCE, season: "2023",
  class: "class/bronze-cup", position: 1, status: "CONFIRMED", statedOn: "2023-04-21", citations: [cite],
};
const result = (overrides: Partial<QualifyingResult> = {}): QualifyingResult => ({ championship: GTWCE, season: "2023", class: "class/bronze-cup", position: 1, ...overrides });
const ask = (rules: EntryRule[], res: QualifyingResult, awards = [] as { id: string; rule: string; edition: number; recipient: string; citations: [] }[]) =>
  checkEntryEligibility({ event: LE_MANS, edition: 2024, result: res }, { rules, awards });

describe("entry eligibility explanations", () => {
  it("says when the season, class and position match", () => {
    expect(ask([base], result()).reasons.map((reason) => reason.description)).toEqual([
      "the rule is confirmed (stated on 2023-04-21)",
      "season 2023 is the rule's season 2023",
      "class class/bronze-cup is the rule's class class/bronze-cup",
      "position 1 is the winning position 1",
    ]);
  });

  it("a superseded rule grants nothing", () => {
    const answer = ask([{ ...base, status: "SUPERSEDED" }], result());
    expect(answer.verdict).toBe("NOT_ELIGIBLE");
    expect(answer.reasons[0].description).toBe("the rule was superseded");
  });

  it("a rule for second place names that position, and refuses the winner", () => {
    const second = { ...base, position: 2 };
    expect(ask([second], result({ position: 2 })).reasons[3].description).toBe("position 2 is the rule's position 2");
    const winner = ask([second], result({ position: 1 }));
    expect(winner.verdict).toBe("NOT_ELIGIBLE");
    expect(winner.reasons[3].description).toBe("position 1 is not the rule's position 2");
  });

  it("a rule for positions 2 to 3 refuses the winner and admits the third", () => {
    const range = { ...base, position: 2, lastPosition: 3 };
    expect(ask([range], result({ position: 1 })).verdict).toBe("NOT_ELIGIBLE");
    expect(ask([range], result({ position: 3 })).reasons[3].description).toBe("position 3 is within the rule's positions 2 to 3");
  });

  it("lists only the recipients of this rule's awards", () => {
    const other = { ...base, id: "rule/other", championship: "championship/elms" } as EntryRule;
    const awards = [
      { id: "award/1", rule: base.id, edition: 2024, recipient: "team/a", citations: [] as [] },
      { id: "award/2", rule: other.id, edition: 2024, recipient: "team/b", citations: [] as [] },
    ];
    expect(ask([base, other], result(), awards).rulesConsidered.map((evaluation) => evaluation.awardedTo)).toEqual([["team/a"]]);
    expect(ask([base], result()).rulesConsidered[0].awardedTo).toEqual([]);
  });

  it("orders the rules considered by id, whatever order they come in", () => {
    const a = { ...base, id: "rule/a" };
    const c = { ...base, id: "rule/c" };
    expect(ask([c, base, a], result()).rulesConsidered.map((evaluation) => evaluation.ruleId)).toEqual(["rule/a", "rule/b", "rule/c"]);
    expect(ask([a, c, base], result()).rulesConsidered.map((evaluation) => evaluation.ruleId)).toEqual(["rule/a", "rule/b", "rule/c"]);
  });

  it("a joint-classification rule needs exactly its championships, and says which when none applies", () => {
    const joint = { ...base, championship: undefined, jointClassification: { championships: ["championship/alms", "championship/gtwca"] } } as EntryRule;
    const from = (championships: string[]) => ask([joint], { season: "2023", class: "class/bronze-cup", position: 1, jointClassification: championships });
    expect(from(["championship/gtwca", "championship/alms"]).verdict).toBe("ELIGIBLE");
    expect(from(["championship/alms"]).rulesConsidered).toEqual([]);
    expect(from(["championship/alms", "championship/elms"]).rulesConsidered).toEqual([]);
    expect(from(["championship/alms", "championship/gtwca", "championship/elms"]).rulesConsidered).toEqual([]);
    expect(from(["championship/alms", "championship/elms"]).reasons[0].description).toBe(
      "no rule grants an entry to the event/24h-le-mans 2024 from the joint classification of championship/alms and championship/elms",
    );
  });

  it("a result without a championship matches no championship rule, and says none was given", () => {
    const answer = ask([base], { season: "2023", class: "class/bronze-cup", position: 1 });
    expect(answer.rulesConsidered).toEqual([]);
    expect(answer.reasons[0].description).toBe("no rule grants an entry to the event/24h-le-mans 2024 from the (no championship given)");
  });
});

describe("a class the sources give only by an example crew", () => {
  const silver = cls("silver", "Silver Cup", { slots: [["SILVER"], ["SILVER"]], notStated: "whether any other crew may enter" });
  const bronze = cls("bronze", "Bronze Cup", { others: ["BRONZE"], minDrivers: 2 });
  const answer = (crew: Rating[]) => checkClassEligibility({ championship: GTWCE, season: 2022, crew }, [silver, bronze]);
  const said = (conditions: readonly { description: string; held: boolean | null }[]) => conditions.map(({ description, held }) => ({ description, held }));

  it("leaves a crew of the right size but another make-up undetermined, not refused, and gives only that class's reasons", () => {
    const mixed = answer(["SILVER", "GOLD"]);
    expect(mixed.verdict).toBe("UNDETERMINED");
    expect(mixed.eligibleClasses).toEqual([]);
    expect(mixed.classes.map((verdict) => [verdict.classId, verdict.verdict])).toEqual([
      ["class/bronze", "NOT_ELIGIBLE"],
      ["class/silver", "UNDETERMINED"],
    ]);
    expect(said(mixed.reasons)).toEqual([
      { description: "the crew has 2 drivers; the Silver Cup takes exactly 2", held: true },
      {
        description:
          "the Silver Cup needs one Silver and one Silver, and no further drivers; the crew Silver, Gold leaves a Silver place empty, and has a Gold with no place; but the sources give only that crew: whether any other crew may enter",
        held: null,
      },
    ]);
  });

  it("leaves a crew of another size undetermined too, saying the sources show the class only with the example's size", () => {
    const one = answer(["SILVER"]);
    expect(one.verdict).toBe("UNDETERMINED");
    expect(said(one.reasons)[0]).toEqual({ description: "the crew has 1 driver; the sources show the Silver Cup only with exactly 2: whether any other crew may enter", held: null });
    const three = answer(["SILVER", "SILVER", "SILVER"]);
    expect(three.verdict).toBe("UNDETERMINED");
    expect(said(three.reasons)[0]).toEqual({ description: "the crew has 3 drivers; the sources show the Silver Cup only with exactly 2: whether any other crew may enter", held: null });
  });

  it("admits the example crew itself", () => {
    expect(answer(["SILVER", "SILVER"])).toMatchObject({ verdict: "ELIGIBLE", eligibleClasses: ["class/silver"] });
  });
});

describe("a rule whose qualifying classification no source confirms", () => {
  it("leaves a result under it undetermined, with what is unconfirmed as the open condition", () => {
    const unconfirmed = "no source shows that the 2023 Bronze Cup classification was run";
    const answer = ask([{ ...base, unconfirmed }], result());
    expect(answer.verdict).toBe("UNDETERMINED");
    expect(answer.reasons.filter((reason) => reason.held === null)).toMatchObject([{ description: unconfirmed, ruleId: "rule/b" }]);
  });
});
