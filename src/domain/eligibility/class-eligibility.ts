/**
 * Which classes of a championship a crew may enter in a season, by driver rating. Where the
 * sources give a class only by one example crew, a crew outside it is UNDETERMINED, not refused.
 */
import { crewText, listOf, ratingsText } from "./describe";
import { acceptsEveryRating, driverLimits, matchCrew } from "./crew";
import { byId } from "./rules";
import type { ClassDefinition, ClassEligibility, ClassVerdict, Condition, CrewCondition, CrewQuestion, Rating } from "./types";

export function checkClassEligibility(question: CrewQuestion, classes: readonly ClassDefinition[]): ClassEligibility {
  const year = seasonYear(question.season);
  const definitions = byId(classes.filter((definition) => definition.championship === question.championship && holdsIn(definition, year)));
  if (definitions.length === 0) return noClassDefined(question);
  const verdicts = definitions.map((definition) => evaluateClass(definition, question.crew));
  const eligible = verdicts.filter((verdict) => verdict.verdict === "ELIGIBLE");
  const open = verdicts.filter((verdict) => verdict.verdict === "UNDETERMINED");
  const deciding = eligible.length > 0 ? eligible : open.length > 0 ? open : verdicts;
  return {
    verdict: eligible.length > 0 ? "ELIGIBLE" : open.length > 0 ? "UNDETERMINED" : "NOT_ELIGIBLE",
    eligibleClasses: eligible.map((verdict) => verdict.classId),
    classes: verdicts,
    reasons: deciding.flatMap((verdict) => verdict.conditions),
  };
}

export function evaluateClass(definition: ClassDefinition, crew: readonly Rating[]): ClassVerdict {
  const conditions = [sizeCondition(definition, crew), compositionCondition(definition, crew)].map((condition) => ({
    ...condition,
    classId: definition.class,
    citations: definition.citations,
  }));
  const verdict = conditions.some((condition) => condition.held === false) ? "NOT_ELIGIBLE" : conditions.every((condition) => condition.held === true) ? "ELIGIBLE" : "UNDETERMINED";
  return { definitionId: definition.id, classId: definition.class, name: definition.name, verdict, conditions };
}

type Check = Pick<Condition, "description" | "held">;

function sizeCondition(definition: ClassDefinition, crew: readonly Rating[]): Check {
  const { min, max } = driverLimits(definition.crew);
  const held = crew.length >= min && crew.length <= max;
  if (!held && definition.crew.notStated) {
    return { description: `the crew has ${crew.length} driver${crew.length === 1 ? "" : "s"}; the sources show the ${definition.name} only with ${sizeText(min, max)}: ${definition.crew.notStated}`, held: null };
  }
  return { description: `the crew has ${crew.length} driver${crew.length === 1 ? "" : "s"}; the ${definition.name} takes ${sizeText(min, max)}`, held };
}

function sizeText(min: number, max: number): string {
  if (min === max) return `exactly ${min}`;
  return max === Number.POSITIVE_INFINITY ? `at least ${min}` : `${min} to ${max}`;
}

function compositionCondition(definition: ClassDefinition, crew: readonly Rating[]): Check {
  const match = matchCrew(crew, definition.crew);
  const wanted = `the ${definition.name} needs ${requirementText(definition.crew)}`;
  if (match.fits) return { description: `${wanted}, and the crew ${crewText(crew)} fits`, held: true };
  const problems = [
    ...(match.unfilledSlots.length ? [`leaves ${listOf(match.unfilledSlots.map(placeText))} empty`] : []),
    ...(match.unplacedDrivers.length ? [`has ${listOf(match.unplacedDrivers.map((rating) => `a ${ratingsText([rating])}`))} with no place`] : []),
  ];
  const outside = `${wanted}; the crew ${crewText(crew)} ${problems.join(", and ")}`;
  // Only an example crew is stated: another crew is not refused, it is not stated either way.
  if (definition.crew.notStated) return { description: `${outside}; but the sources give only that crew: ${definition.crew.notStated}`, held: null };
  return { description: outside, held: false };
}

function placeText(slot: readonly Rating[]): string {
  return acceptsEveryRating(slot) ? "a place open to any rating" : `a ${ratingsText(slot)} place`;
}

/** "one Bronze, one Silver and one Gold or Platinum, and no further drivers". */
export function requirementText(condition: CrewCondition): string {
  const slots = (condition.slots ?? []).map((slot) => (acceptsEveryRating(slot) ? "one driver of any rating" : `one ${ratingsText(slot)}`));
  const others = condition.others ?? [];
  if (slots.length === 0 && others.length === 0) return "no drivers at all";
  if (slots.length === 0) return acceptsEveryRating(others) ? "drivers of any rating" : `every driver ${ratingsText(others)}`;
  if (others.length === 0) return `${listOf(slots)}, and no further drivers`;
  return `${listOf(slots)}; further drivers ${acceptsEveryRating(others) ? "of any rating" : ratingsText(others)}`;
}

/** "2023-24" → 2023: a season is placed by the year it starts in. */
export function seasonYear(season: string | number): number {
  return Number.parseInt(String(season).slice(0, 4), 10);
}

function holdsIn(definition: ClassDefinition, year: number): boolean {
  return (definition.validFrom ?? -Infinity) <= year && year <= (definition.validUntil ?? Infinity);
}

function noClassDefined(question: CrewQuestion): ClassEligibility {
  const reason: Condition = { description: `no class of ${question.championship} is defined for the ${question.season} season`, held: false, citations: [] };
  return { verdict: "NOT_ELIGIBLE", eligibleClasses: [], classes: [], reasons: [reason] };
}
