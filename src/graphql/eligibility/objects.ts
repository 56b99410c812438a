/**
 * The plain objects the eligibility resolvers return, shaped like their GraphQL types
 * (eligibility.types.ts): every field that needs no read is filled here, from the engine's data.
 */
import { describeRule, requirementText, standingsAt, type Award, type ClassDefinition, type ClassVerdict, type Condition, type RuleEvaluation, type RuleStanding } from "../../domain/eligibility";
import { toPartialDate } from "../common/partial-date.type";
import type { EligibilityBook } from "./eligibility-data";
import type { AwardObject, ClassVerdictObject, ConditionObject, RuleEvaluationObject, RuleObject } from "./eligibility.types";

/** Every rule as seen at one time (`standings`), by id, each linked to the rules of that time it replaces and is replaced by. */
export function ruleObjects(standings: ReadonlyMap<string, RuleStanding>, book: EligibilityBook): Map<string, RuleObject> {
  const rules = new Map([...standings].map(([id, standing]) => [id, ruleObject(standing, book)]));
  for (const [id, rule] of rules) {
    rule.supersedes = ruleOf(rules, rule.record.supersedes);
    rule.supersededBy = ruleOf(rules, standings.get(id)!.supersededById);
  }
  return rules;
}

/** The rules as known today: how an award reached on its own sees its rule. */
export function rulesKnownToday(book: EligibilityBook): Map<string, RuleObject> {
  return ruleObjects(standingsAt(book.data.rules, {}), book);
}

export function ruleOf(rules: ReadonlyMap<string, RuleObject>, id: string | null | undefined): RuleObject | null {
  return (id && rules.get(id)) || null;
}

function ruleObject(standing: RuleStanding, book: EligibilityBook): RuleObject {
  const rule = standing.rule;
  return {
    id: rule.id,
    summary: describeRule(rule, book.data),
    edition: rule.edition,
    season: rule.season ?? null,
    classDecided: typeof rule.class === "string",
    position: rule.position,
    lastPosition: rule.lastPosition ?? null,
    beneficiary: (rule.beneficiary ?? null),
    status: standing.status,
    statedOn: toPartialDate(rule.statedOn)!,
    decidedOn: toPartialDate(rule.decidedOn ?? null),
    supersedes: null,
    supersededBy: null,
    note: rule.note ?? null,
    seedLocation: book.seedLocations.get(rule.id) ?? "",
    record: rule,
    knownAt: standing.time.knownAt ?? null,
  };
}

export function awardObject(award: Award, rule: RuleObject | null, book: EligibilityBook): AwardObject {
  return { id: award.id, rule, edition: award.edition, note: award.note ?? null, seedLocation: book.seedLocations.get(award.id) ?? "", record: award };
}

/** A condition of an entry question (with the rule it belongs to) or of a crew question (with none). */
export function conditionObject(condition: Condition, rule: RuleObject | null): ConditionObject {
  return { description: condition.description, held: condition.held, rule, classId: condition.classId ?? null, cited: condition.citations };
}

export function ruleEvaluationObject(evaluation: RuleEvaluation, rules: ReadonlyMap<string, RuleObject>): RuleEvaluationObject {
  return {
    rule: ruleOf(rules, evaluation.ruleId),
    verdict: evaluation.verdict,
    conditions: evaluation.conditions.map((condition) => conditionObject(condition, ruleOf(rules, condition.ruleId))),
    awardedToIds: evaluation.awardedTo,
  };
}

export function classVerdictObject(verdict: ClassVerdict, definition: ClassDefinition): ClassVerdictObject {
  return {
    definitionId: definition.id,
    classId: definition.class,
    championshipId: definition.championship,
    name: definition.name,
    requirement: requirementText(definition.crew),
    verdict: verdict.verdict,
    conditions: verdict.conditions.map((condition) => conditionObject(condition, null)),
    validFrom: definition.validFrom ?? null,
    validUntil: definition.validUntil ?? null,
    note: definition.note ?? null,
  };
}
