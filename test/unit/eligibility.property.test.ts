import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  RATINGS,
  checkClassEligibility,
  checkEntryEligibility,
  matchCrew,
  type ClassDefinition,
  type CrewCondition,
  type EntryQuestion,
  type EntryRule,
  type Rating,
} from "../../src/domain/eligibility";

// Small pools, so that generated rules and questions often meet.
const EVENT = "event/race";
const EDITIONS = [2024, 2025];
const CHAMPIONSHIPS = ["championship/x", "championship/y"];
const CLASSES = ["class/p", "class/q", "class/r"];
const SEASONS = ["2023", "2024"];
const DATES = ["2021-11-05", "2022-06", "2023-04-21", "2024"];
const citation = { source: "source/s", quote: "a quote" };

const qualifying = fc.oneof(
  fc.constantFrom(...CHAMPIONSHIPS).map((championship) => ({ championship })),
  fc.constant({ jointClassification: { championships: [...CHAMPIONSHIPS] } }),
);
const ruleClass = fc.oneof(fc.constantFrom(...CLASSES), fc.subarray(CLASSES, { minLength: 2 }).map((options) => ({ options })));

/** A rule without id or `supersedes`; both are given once the rule's place in a list is known. */
const ruleBody = fc.record({
  qualifying,
  edition: fc.constantFrom(...EDITIONS),
  season: fc.option(fc.constantFrom(...SEASONS), { nil: undefined }),
  class: ruleClass,
  position: fc.integer({ min: 1, max: 3 }),
  extraPositions: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
  status: fc.constantFrom("ANNOUNCED" as const, "CONFIRMED" as const, "CANCELLED" as const),
  statedOn: fc.constantFrom(...DATES),
  supersedes: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
});

type RuleBody = typeof ruleBody extends fc.Arbitrary<infer T> ? T : never;

function toRule(body: RuleBody, id: string, supersedes?: string): EntryRule {
  const { qualifying: from, extraPositions, supersedes: _, ...rest } = body;
  const lastPosition = extraPositions === undefined ? undefined : body.position + extraPositions;
  return { ...rest, ...from, id, supersedes, lastPosition, event: EVENT, grantors: ["org/g"], citations: [citation] } as EntryRule;
}

/** Related rules: ids rule/r0…, each possibly superseding another in the same list. */
const relatedRules = fc.array(ruleBody, { maxLength: 6 }).map((bodies) =>
  bodies.map((body, index) => {
    const target = body.supersedes;
    const supersedes = target !== undefined && target < bodies.length && target !== index ? `rule/r${target}` : undefined;
    return toRule(body, `rule/r${index}`, supersedes);
  }),
);

/** Rules that cannot apply: another event, another edition, or another championship — and superseding nothing. */
const unrelatedRules = fc.array(
  fc.tuple(ruleBody, fc.constantFrom("event", "edition", "championship")).map(([body, how]) => ({ body, how })),
  { maxLength: 4 },
).map((items) =>
  items.map(({ body, how }, index) => {
    const rule = toRule(body, `rule/unrelated-${index}`);
    if (how === "event") return { ...rule, event: "event/other-race" };
    if (how === "edition") return { ...rule, edition: 1999 };
    return { ...rule, championship: "championship/unrelated", jointClassification: undefined } as EntryRule;
  }),
);

const question: fc.Arbitrary<EntryQuestion> = fc.record({
  event: fc.constant(EVENT),
  edition: fc.constantFrom(...EDITIONS),
  result: fc.record({
    from: fc.oneof(
      fc.constantFrom(...CHAMPIONSHIPS).map((championship) => ({ championship })),
      fc.shuffledSubarray(CHAMPIONSHIPS, { minLength: 2 }).map((jointClassification) => ({ jointClassification })),
    ),
    season: fc.constantFrom(...SEASONS),
    class: fc.constantFrom(...CLASSES),
    position: fc.integer({ min: 1, max: 4 }),
  }).map(({ from, ...result }) => ({ ...result, ...from })),
  knownAt: fc.option(fc.constantFrom("2021-11-05", "2022-12-31", "2023-06-01", "2025-01-01"), { nil: undefined }),
});

/** A question that, half of the time, echoes one of the rules — so every verdict comes up often. */
function questionFor(rules: readonly EntryRule[]): fc.Arbitrary<EntryQuestion> {
  if (rules.length === 0) return question;
  const echo = fc.tuple(fc.constantFrom(...rules), question).map(([rule, asked]): EntryQuestion => {
    const from = rule.jointClassification ? { jointClassification: [...rule.jointClassification.championships] } : { championship: rule.championship };
    const cls = typeof rule.class === "string" ? rule.class : rule.class.options[0];
    const result = { season: rule.season ?? asked.result.season, class: cls, position: rule.position, ...from };
    return { ...asked, edition: rule.edition, result };
  });
  return fc.oneof(question, echo);
}

const rulesAndQuestion = relatedRules.chain((rules) => fc.tuple(fc.constant(rules), questionFor(rules)));

describe("checkEntryEligibility properties", () => {
  it("the generators reach all three verdicts, so the properties below are not vacuous", () => {
    const seen = new Set(fc.sample(rulesAndQuestion, { numRuns: 500, seed: 1 }).map(([rules, asked]) => checkEntryEligibility(asked, { rules }).verdict));
    expect([...seen].sort()).toEqual(["ELIGIBLE", "NOT_ELIGIBLE", "UNDETERMINED"]);
  });

  it("a verdict never changes when rules for another event, edition or championship are added", () => {
    fc.assert(
      fc.property(rulesAndQuestion, unrelatedRules, ([rules, asked], unrelated) => {
        const alone = checkEntryEligibility(asked, { rules });
        const crowded = checkEntryEligibility(asked, { rules: [...unrelated, ...rules] });
        expect(crowded.verdict).toBe(alone.verdict);
        expect(crowded.reasons).toEqual(alone.reasons);
      }),
    );
  });

  it("every NOT_ELIGIBLE names a condition that failed", () => {
    fc.assert(
      fc.property(rulesAndQuestion, ([rules, asked]) => {
        const answer = checkEntryEligibility(asked, { rules });
        if (answer.verdict === "NOT_ELIGIBLE") expect(answer.reasons.some((reason) => reason.held === false)).toBe(true);
      }),
    );
  });

  it("every UNDETERMINED has a condition that cannot be known yet, and none that failed", () => {
    fc.assert(
      fc.property(rulesAndQuestion, ([rules, asked]) => {
        const answer = checkEntryEligibility(asked, { rules });
        if (answer.verdict !== "UNDETERMINED") return;
        expect(answer.reasons.some((reason) => reason.held === null)).toBe(true);
        expect(answer.reasons.some((reason) => reason.held === false)).toBe(false);
      }),
    );
  });

  it("every ELIGIBLE rests on conditions that all held, each with its rule and citations", () => {
    fc.assert(
      fc.property(rulesAndQuestion, ([rules, asked]) => {
        const answer = checkEntryEligibility(asked, { rules });
        if (answer.verdict !== "ELIGIBLE") return;
        expect(answer.reasons.every((reason) => reason.held === true && reason.ruleId !== undefined && reason.citations.length > 0)).toBe(true);
      }),
    );
  });

  it("verdicts and reasons do not depend on the order of the rules", () => {
    const shuffledToo = rulesAndQuestion.chain(([rules, asked]) =>
      fc.tuple(fc.constant(rules), fc.shuffledSubarray(rules, { minLength: rules.length, maxLength: rules.length }), fc.constant(asked)),
    );
    fc.assert(
      fc.property(shuffledToo, ([rules, shuffled, asked]) => {
        const first = checkEntryEligibility(asked, { rules });
        const second = checkEntryEligibility(asked, { rules: shuffled });
        expect(second.verdict).toBe(first.verdict);
        expect(second.reasons).toEqual(first.reasons);
      }),
    );
  });
});

const rating = fc.constantFrom(...RATINGS);
const ratingSet = fc.subarray([...RATINGS], { minLength: 1 });
const crewCondition: fc.Arbitrary<CrewCondition> = fc.record({
  slots: fc.array(ratingSet, { maxLength: 3 }),
  others: fc.subarray([...RATINGS]),
});
const crew = fc.array(rating, { maxLength: 4 });

/** The definition of "fits", by brute force: some ordering puts a driver in every slot and only allowed ratings after. */
function fitsByBruteForce(drivers: readonly Rating[], condition: CrewCondition): boolean {
  const slots = condition.slots ?? [];
  const others = condition.others ?? [];
  return permutations(drivers).some(
    (order) => order.length >= slots.length && slots.every((slot, i) => slot.includes(order[i])) && order.slice(slots.length).every((r) => others.includes(r)),
  );
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe("crew matching properties", () => {
  it("matchCrew agrees with trying every ordering of the crew", () => {
    fc.assert(
      fc.property(crew, crewCondition, (drivers, condition) => {
        expect(matchCrew(drivers, condition).fits).toBe(fitsByBruteForce(drivers, condition));
      }),
    );
  });

  it("class verdicts do not depend on the order the crew is listed in", () => {
    const crewAndShuffle = crew.chain((drivers) => fc.tuple(fc.constant(drivers), fc.shuffledSubarray(drivers, { minLength: drivers.length, maxLength: drivers.length })));
    fc.assert(
      fc.property(crewAndShuffle, crewCondition, ([drivers, shuffled], condition) => {
        const classes: ClassDefinition[] = [{ id: "classdef/c", class: "class/c", championship: "championship/x", name: "C", crew: condition, citations: [citation] }];
        const ask = (listed: Rating[]) => checkClassEligibility({ championship: "championship/x", season: 2023, crew: listed }, classes).verdict;
        expect(ask(shuffled)).toBe(ask(drivers));
      }),
    );
  });

  it("every NOT_ELIGIBLE crew answer names a condition that failed", () => {
    fc.assert(
      fc.property(crew, crewCondition, (drivers, condition) => {
        const classes: ClassDefinition[] = [{ id: "classdef/c", class: "class/c", championship: "championship/x", name: "C", crew: condition, citations: [citation] }];
        const answer = checkClassEligibility({ championship: "championship/x", season: 2023, crew: drivers }, classes);
        if (answer.verdict === "NOT_ELIGIBLE") expect(answer.reasons.some((reason) => reason.held === false)).toBe(true);
      }),
    );
  });
});
