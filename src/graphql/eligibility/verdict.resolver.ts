/** The fields of the answer types that read through the store: the entities and citations of conditions, evaluations, answers and routes. */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import {
  ClassEligibility,
  ClassVerdict,
  EligibilityCondition,
  EntryEligibility,
  RouteLink,
  RouteToLeMans,
  RuleEvaluation,
  type ClassEligibilityObject,
  type ClassVerdictObject,
  type ConditionObject,
  type EntryEligibilityObject,
  type RouteLinkObject,
  type RouteObject,
  type RuleEvaluationObject,
} from "./eligibility.types";
import { citationObjects } from "./citations";
import type { CitationObject } from "../statements/statement.type";
import type { Context } from "../context";

@Resolver(() => EligibilityCondition)
export class EligibilityConditionResolver {
  @FieldResolver()
  class(@Root() condition: ConditionObject, @Ctx() context: Context) {
    return condition.classId ? context.store.entity(condition.classId) : null;
  }

  @FieldResolver()
  citations(@Root() condition: ConditionObject, @Ctx() context: Context): Promise<CitationObject[]> {
    return citationObjects(condition.cited, context);
  }
}

@Resolver(() => RuleEvaluation)
export class RuleEvaluationResolver {
  @FieldResolver()
  awardedTo(@Root() evaluation: RuleEvaluationObject, @Ctx() context: Context) {
    return context.store.entities(evaluation.awardedToIds);
  }
}

@Resolver(() => EntryEligibility)
export class EntryEligibilityResolver {
  @FieldResolver()
  event(@Root() answer: EntryEligibilityObject, @Ctx() context: Context) {
    return context.store.entity(answer.eventId);
  }

  @FieldResolver()
  resultClass(@Root() answer: EntryEligibilityObject, @Ctx() context: Context) {
    return context.store.entity(answer.resultClassId);
  }
}

@Resolver(() => ClassVerdict)
export class ClassVerdictResolver {
  @FieldResolver()
  class(@Root() verdict: ClassVerdictObject, @Ctx() context: Context) {
    return context.store.entity(verdict.classId);
  }

  @FieldResolver()
  championship(@Root() verdict: ClassVerdictObject, @Ctx() context: Context) {
    return context.store.entity(verdict.championshipId);
  }
}

@Resolver(() => ClassEligibility)
export class ClassEligibilityResolver {
  @FieldResolver()
  championship(@Root() answer: ClassEligibilityObject, @Ctx() context: Context) {
    return context.store.entity(answer.championshipId);
  }

  @FieldResolver()
  championshipsChecked(@Root() answer: ClassEligibilityObject, @Ctx() context: Context) {
    return context.store.entities(answer.checkedIds);
  }

  @FieldResolver()
  eligibleClasses(@Root() answer: ClassEligibilityObject, @Ctx() context: Context) {
    return context.store.entities(answer.eligibleClassIds);
  }
}

@Resolver(() => RouteLink)
export class RouteLinkResolver {
  @FieldResolver()
  from(@Root() link: RouteLinkObject, @Ctx() context: Context) {
    return context.store.entity(link.fromId);
  }

  @FieldResolver()
  to(@Root() link: RouteLinkObject, @Ctx() context: Context) {
    return context.store.entity(link.toId);
  }
}

@Resolver(() => RouteToLeMans)
export class RouteToLeMansResolver {
  @FieldResolver()
  qualifyingChampionship(@Root() route: RouteObject, @Ctx() context: Context) {
    return context.store.entity(route.qualifyingChampionshipId);
  }
}
