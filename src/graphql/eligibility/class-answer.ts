/**
 * `classEligibility`: which classes a crew may enter. Class definitions hang on the championship
 * their source describes — the GT World Challenge Europe cups are defined for its Endurance Cup,
 * where crews of three race — so a question about a championship also checks the definitions of
 * its parts (PART_OF, or COMBINED_WITH … within it), and the answer names every championship checked.
 */
import { checkClassEligibility, seasonYear, type ClassDefinition } from "../../domain/eligibility";
import type { EntityRecord } from "../../db/schema";
import { badInput } from "../common/errors";
import type { Context } from "../context";
import { heldInYear, partsOf } from "../../domain/eligibility";
import { championshipLinks } from "./championship-links";
import { eligibilityBook } from "./eligibility-data";
import type { ClassEligibilityObject } from "./eligibility.types";
import { Verdict, type Rating } from "./eligibility.enums";
import { checkSeason, lookupOfKind } from "./lookup-kind";
import { classVerdictObject, conditionObject } from "./objects";

const MAX_CREW = 8;

export async function answerCrewQuestion(args: { championship: string; season: string; crew: Rating[] }, context: Context): Promise<ClassEligibilityObject> {
  checkSeason(args.season);
  if (args.crew.length > MAX_CREW) throw badInput(`A crew has at most ${MAX_CREW} drivers; got ${args.crew.length}.`, "crew");
  const championship = await lookupOfKind(args.championship, ["CHAMPIONSHIP"], "championship", context);
  const year = seasonYear(args.season);
  const [book, links] = await Promise.all([eligibilityBook(context), championshipLinks(context, {})]);
  const checkedIds = [championship.id, ...partsOf(championship.id, links.filter((link) => heldInYear(link, year)))];
  const definitions = book.data.classes.filter((definition) => checkedIds.includes(definition.championship));
  // The engine checks the classes of one championship: hand it every checked definition under the asked id.
  const answer = checkClassEligibility(
    { championship: championship.id, season: args.season, crew: args.crew },
    definitions.map((definition) => ({ ...definition, championship: championship.id })),
  );
  const byId = new Map(definitions.map((definition) => [definition.id, definition]));
  const checked = await context.store.entities(checkedIds);
  const noClass = answer.classes.length === 0;
  return {
    championshipId: championship.id,
    season: args.season,
    crew: args.crew,
    verdict: answer.verdict as Verdict,
    eligibleClassIds: answer.eligibleClasses,
    classes: answer.classes.map((verdict) => classVerdictObject(verdict, byId.get(verdict.definitionId)!)),
    reasons: (noClass ? [noClassReason(checked, args.season)] : answer.reasons).map((condition) => conditionObject(condition, null)),
    checkedIds,
    scope: scopeText(championship, checked, usedChampionships(answer.classes.map((verdict) => byId.get(verdict.definitionId)!), checked), args.season),
  };
}

function usedChampionships(definitions: readonly ClassDefinition[], checked: readonly EntityRecord[]): EntityRecord[] {
  return checked.filter((entity) => definitions.some((definition) => definition.championship === entity.id));
}

/** "Class definitions of X and of its parts (Y) for the 2022 season; definitions found for Y." */
function scopeText(asked: EntityRecord, checked: readonly EntityRecord[], used: readonly EntityRecord[], season: string): string {
  const parts = checked.filter((entity) => entity.id !== asked.id).map((entity) => entity.name);
  const where = parts.length > 0 ? `${asked.name} and of its parts (${parts.join(", ")})` : asked.name;
  const found = used.length > 0 ? `definitions found for ${used.map((entity) => entity.name).join(" and ")}` : "none found";
  return `Class definitions of ${where} for the ${season} season; ${found}.`;
}

function noClassReason(checked: readonly EntityRecord[], season: string) {
  const names = checked.map((entity) => entity.name).join(" or ");
  return { description: `no class of ${names} is defined for the ${season} season`, held: false, citations: [] };
}
