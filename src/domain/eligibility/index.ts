/**
 * The eligibility engine: automatic-entry rules and class crew conditions as plain data,
 * three-valued answers that explain themselves. No GraphQL, no database.
 */
export * from "./types";
export { rulesKnownAt, isKnownAt, rulesFor } from "./rules";
export { checkEntryEligibility, evaluateRule } from "./entry-eligibility";
export { summariseEntryEligibility } from "./summary";
export { checkClassEligibility, evaluateClass, requirementText, seasonYear } from "./class-eligibility";
export { matchCrew, driverLimits, type CrewMatch } from "./crew";
