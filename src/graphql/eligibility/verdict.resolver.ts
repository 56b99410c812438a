/** Fields of the answer types: conditions, rule evaluations, entry and class answers, routes. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import {
  ClassEligibility,
  ClassVerdict,
  EligibilityCondition,
  EntryEligibility,
  RouteLink,
  RouteToLeMans,
  RuleEvaluation,
  type ClassEligibilityValue,
  type ClassVerdictValue,
  type ConditionValue,
  type EntryEligibilityValue,
  type RouteLinkValue,
  type RuleEvaluationValue,
  type RuleValue,
} from "./eligibility.types";
import { citationValues, type CitationValue } from "./citations";
import { entitiesOf, ruleValue } from "./values";
import { requirementText } from "../../domain/eligibility";
import type { StatementView } from "../statements/statement-view";
import type { Context } from "../context";

@Resolver(() => EligibilityCondition)
export class EligibilityConditionResolver {
  @FieldResolver()
  description(@Root() value: ConditionValue): string {
    return value.condition.description;
  }

  @FieldResolver()
  held(@Root() value: ConditionValue): boolean | null {
    return value.condition.held;
  }

  @FieldResolver()
  rule(@Root() value: ConditionValue): RuleValue | null {
    return ruleValue(value.condition.ruleId, value);
  }

  @FieldResolver()
  class(@Root() value: ConditionValue, @Ctx() context: Context) {
    return value.condition.classId ? context.store.entity(value.condition.classId) : null;
  }

  @FieldResolver()
  citations(@Root() value: ConditionValue, @Ctx() context: Context): Promise<CitationValue[]> {
    return citationValues(value.condition.citations, context);
  }
}

@Resolver(() => RuleEvaluation)
export class RuleEvaluationResolver {
  @FieldResolver()
  rule(@Root() value: RuleEvaluationValue): RuleValue | null {
    return ruleValue(value.evaluation.ruleId, value);
  }

  @FieldResolver()
  verdict(@Root() value: RuleEvaluationValue): string {
    return value.evaluation.verdict;
  }

  @FieldResolver()
  conditions(@Root() value: RuleEvaluationValue): ConditionValue[] {
    return value.evaluation.conditions.map((condition) => ({ condition, standings: value.standings, book: value.book }));
  }

  @FieldResolver()
  awardedTo(@Root() value: RuleEvaluationValue, @Ctx() context: Context) {
    return entitiesOf(value.evaluation.awardedTo, context);
  }
}

@Resolver(() => EntryEligibility)
export class EntryEligibilityResolver {
  @FieldResolver()
  event(@Root() value: EntryEligibilityValue, @Ctx() context: Context) {
    return context.store.entity(value.eventId);
  }

  @FieldResolver()
  resultClass(@Root() value: EntryEligibilityValue, @Ctx() context: Context) {
    return context.store.entity(value.resultClassId);
  }
}

@Resolver(() => ClassVerdict)
export class ClassVerdictResolver {
  @FieldResolver()
  definitionId(@Root() value: ClassVerdictValue): string {
    return value.definition.id;
  }

  @FieldResolver()
  class(@Root() value: ClassVerdictValue, @Ctx() context: Context) {
    return context.store.entity(value.definition.class);
  }

  @FieldResolver()
  championship(@Root() value: ClassVerdictValue, @Ctx() context: Context) {
    return context.store.entity(value.definition.championship);
  }

  @FieldResolver()
  name(@Root() value: ClassVerdictValue): string {
    return value.definition.name;
  }

  @FieldResolver()
  requirement(@Root() value: ClassVerdictValue): string {
    return requirementText(value.definition.crew);
  }

  @FieldResolver()
  verdict(@Root() value: ClassVerdictValue): string {
    return value.verdict.verdict;
  }

  @FieldResolver()
  conditions(@Root() value: ClassVerdictValue): ConditionValue[] {
    return value.verdict.conditions.map((condition) => ({ condition, standings: new Map(), book: value.book }));
  }

  @FieldResolver()
  validFrom(@Root() value: ClassVerdictValue): number | null {
    return value.definition.validFrom ?? null;
  }

  @FieldResolver()
  validUntil(@Root() value: ClassVerdictValue): number | null {
    return value.definition.validUntil ?? null;
  }

  @FieldResolver()
  note(@Root() value: ClassVerdictValue): string | null {
    return value.definition.note ?? null;
  }
}

@Resolver(() => ClassEligibility)
export class ClassEligibilityResolver {
  @FieldResolver()
  championship(@Root() value: ClassEligibilityValue, @Ctx() context: Context) {
    return context.store.entity(value.championshipId);
  }

  @FieldResolver()
  championshipsChecked(@Root() value: ClassEligibilityValue, @Ctx() context: Context) {
    return entitiesOf(value.checkedIds, context);
  }

  @FieldResolver()
  eligibleClasses(@Root() value: ClassEligibilityValue, @Ctx() context: Context) {
    return entitiesOf(value.eligibleClassIds, context);
  }
}

@Resolver(() => RouteLink)
export class RouteLinkResolver {
  @FieldResolver()
  from(@Root() value: RouteLinkValue, @Ctx() context: Context) {
    return context.store.entity(value.fromId);
  }

  @FieldResolver()
  to(@Root() value: RouteLinkValue, @Ctx() context: Context) {
    return context.store.entity(value.toId);
  }

  @FieldResolver()
  statement(@Root() value: RouteLinkValue): StatementView {
    return { row: value.statement, knownAt: value.knownAt };
  }
}

@Resolver(() => RouteToLeMans)
export class RouteToLeMansResolver {
  @FieldResolver()
  qualifyingChampionship(@Root() value: { qualifyingChampionshipId: string }, @Ctx() context: Context) {
    return context.store.entity(value.qualifyingChampionshipId);
  }
}
