/** `entryEligibility`: resolve what was asked to ids, run the engine, and shape its answer for GraphQL. */
import { checkEntryEligibility, summariseEntryEligibility, type EntryEligibility as EngineAnswer, type QualifyingResult } from "../../domain/eligibility";
import { badInput } from "../common/errors";
import type { Context } from "../context";
import { eligibilityBook, type EligibilityBook } from "./eligibility-data";
import type { AwardObject, EntryEligibilityObject, QualifyingResultInput, RuleObject } from "./eligibility.types";
import { Verdict } from "./eligibility.enums";
import { checkEdition, checkSeason, lookupOfKind } from "./lookup-kind";
import { reportedAwards } from "./citations";
import { lookupResultClass } from "./class-lookup";
import { standingsAt } from "../../domain/eligibility";
import { awardObject, conditionObject, ruleEvaluationObject, ruleObjects, ruleOf, rulesKnownToday } from "./objects";

export interface EntryQuestionArgs {
  event: string;
  edition: number;
  result: QualifyingResultInput;
  knownAt?: string | null;
}

export async function answerEntryQuestion(args: EntryQuestionArgs, context: Context): Promise<EntryEligibilityObject> {
  checkEdition(args.edition);
  const event = await lookupOfKind(args.event, ["EVENT"], "event", context);
  const result = await resolveResult(args.result, context);
  const book = await eligibilityBook(context);
  const knownAt = args.knownAt ?? undefined;
  const answer = checkEntryEligibility({ event: event.id, edition: args.edition, result, knownAt }, book.data);
  const rules = ruleObjects(standingsAt(book.data.rules, { knownAt }), book);
  return {
    verdict: answer.verdict as Verdict,
    summary: summariseEntryEligibility(answer, args.knownAt ?? null),
    eventId: event.id,
    resultClassId: result.class,
    edition: args.edition,
    knownAt: args.knownAt ?? null,
    reasons: answer.reasons.map((condition) => conditionObject(condition, ruleOf(rules, condition.ruleId))),
    rulesConsidered: answer.rulesConsidered.map((evaluation) => ruleEvaluationObject(evaluation, rules)),
    entrantAwards: result.entrant ? await entrantAwards(result.entrant, answer, book, rules, args.knownAt, context) : [],
  };
}

async function resolveResult(input: QualifyingResultInput, context: Context): Promise<QualifyingResult> {
  const joint = input.jointClassification ?? null;
  if (Boolean(input.championship) === Boolean(joint)) {
    throw badInput("Give the result's `championship` or its `jointClassification` (two or more championships), not both.", "result");
  }
  if (joint && joint.length < 2) throw badInput("A `jointClassification` joins at least two championships.", "result.jointClassification");
  if (!Number.isInteger(input.position) || input.position < 1) throw badInput(`\`position\` starts at 1 (the winner); got ${input.position}.`, "result.position");
  checkSeason(input.season);
  const championship = input.championship ? (await lookupOfKind(input.championship, ["CHAMPIONSHIP", "EVENT"], "result.championship", context)).id : undefined;
  const members = joint ? await Promise.all(joint.map(async (ref) => (await lookupOfKind(ref, ["CHAMPIONSHIP"], "result.jointClassification", context)).id)) : undefined;
  const resultClass = await lookupResultClass(input.class, championship ? [championship] : members!, context);
  const entrant = input.entrant ? (await lookupOfKind(input.entrant, ["TEAM", "PERSON"], "result.entrant", context)).id : undefined;
  return { championship, jointClassification: members, season: input.season, class: resultClass, position: input.position, entrant };
}

async function entrantAwards(
  entrant: string,
  answer: EngineAnswer,
  book: EligibilityBook,
  rules: ReadonlyMap<string, RuleObject>,
  knownAt: string | null | undefined,
  context: Context,
): Promise<AwardObject[]> {
  // Only rules that grant (or may grant) this result: an award under a rule the result fails says nothing about it.
  const considered = new Set(answer.rulesConsidered.filter((evaluation) => evaluation.verdict !== "NOT_ELIGIBLE").map((evaluation) => evaluation.ruleId));
  const awards = (book.data.awards ?? []).filter((award) => award.recipient === entrant && considered.has(award.rule));
  // The rule as seen with the answer; a rule not known then is seen as known today.
  const ruleOfAward = (id: string) => ruleOf(rules, id) ?? ruleOf(rulesKnownToday(book), id);
  return (await reportedAwards(awards, knownAt, context)).map((award) => awardObject(award, ruleOfAward(award.rule), book));
}
