/**
 * The eligibility engine: automatic-entry rules and class crew conditions as plain data,
 * three-valued answers that explain themselves. No GraphQL, no database.
 */
export * from "./types";
export { rulesKnownAt, rulesFor } from "./rules";
export { isKnownAt } from "./standing";
export { checkEntryEligibility, evaluateRule } from "./entry-eligibility";
export { summariseEntryEligibility } from "./summary";
export { checkClassEligibility, evaluateClass, requirementText, seasonYear } from "./class-eligibility";
export { matchCrew, driverLimits, type CrewMatch } from "./crew";
export { standingsAt, isActive, effectiveDay, type RuleStanding, type RuleTime } from "./standing";
export { linksOf, partsOf, heldInYear, LINK_PREDICATES, type ChampionshipLink, type ChampionshipRelation, type LinkStatement } from "./championships";
export { findRoutes, MAX_LINKS, type FoundRoute, type RouteKind } from "./routes";
export { reportedBy } from "./awards";
export { describeRule } from "./describe-rule";
