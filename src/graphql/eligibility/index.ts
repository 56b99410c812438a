/** Automatic entries and eligibility: resolvers registered in src/graphql/schema.ts. */
import { EligibilityResolver } from "./eligibility.resolver";
import { AutomaticEntryRuleResolver, AwardedEntryResolver } from "./rule.resolver";
import {
  ClassEligibilityResolver,
  ClassVerdictResolver,
  EligibilityConditionResolver,
  EntryEligibilityResolver,
  RouteLinkResolver,
  RouteToLeMansResolver,
  RuleEvaluationResolver,
} from "./verdict.resolver";
import { ChampionshipRoutesResolver } from "./routes.resolver";

export const ELIGIBILITY_RESOLVERS = [
  EligibilityResolver,
  AutomaticEntryRuleResolver,
  AwardedEntryResolver,
  EligibilityConditionResolver,
  RuleEvaluationResolver,
  EntryEligibilityResolver,
  ClassVerdictResolver,
  ClassEligibilityResolver,
  RouteLinkResolver,
  RouteToLeMansResolver,
  ChampionshipRoutesResolver,
] as const;
