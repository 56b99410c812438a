/**
 * Does a result earn an automatic entry? Each known rule for the event and edition that draws
 * from the result's championship is checked condition by condition; a condition that cannot be
 * known yet (an undecided class, an unstated season) holds `null`, never a guess.
 */
import { listOf, nameOf } from "./describe";
import { asKnownPhrase } from "../time/period";
import { byId, isUndecided, rulesFor, rulesKnownAt } from "./rules";
import type { Condition, EligibilityData, EntryEligibility, EntryQuestion, EntryRule, QualifyingResult, RuleEvaluation, Verdict } from "./types";

export function checkEntryEligibility(question: EntryQuestion, data: EligibilityData): EntryEligibility {
  const known = rulesKnownAt(data.rules, question.knownAt);
  const candidates = byId(rulesFor(known, question.event, question.edition, question.result));
  if (candidates.length === 0) return noRuleApplies(question, data);
  const evaluations = candidates.map((rule) => evaluateRule(rule, question.result, data));
  const verdict = combine(evaluations.map((evaluation) => evaluation.verdict));
  // The reasons are the rules that decided the verdict: the granting rule(s), the open one(s),
  // or — when none grants — every rule considered, each with the condition that failed.
  const reasons = evaluations.filter((evaluation) => evaluation.verdict === verdict).flatMap((evaluation) => evaluation.conditions);
  return { verdict, reasons, rulesConsidered: evaluations, knownAt: question.knownAt };
}

/** One rule against one result. */
export function evaluateRule(rule: EntryRule, result: QualifyingResult, data: EligibilityData): RuleEvaluation {
  const checks = [statusCondition(rule), seasonCondition(rule, result), classCondition(rule, result, data), positionCondition(rule, result)];
  if (rule.unconfirmed) checks.push({ description: rule.unconfirmed, held: null });
  const conditions = checks.map(
    (condition) => ({ ...condition, ruleId: rule.id, citations: rule.citations }),
  );
  const awardedTo = (data.awards ?? []).filter((award) => award.rule === rule.id).map((award) => award.recipient);
  return { ruleId: rule.id, verdict: verdictOf(conditions), conditions, awardedTo };
}

type Check = Pick<Condition, "description" | "held">;

function statusCondition(rule: EntryRule): Check {
  if (rule.status === "CANCELLED" || rule.status === "SUPERSEDED") {
    return { description: `the rule was ${rule.status.toLowerCase()}`, held: false };
  }
  return { description: `the rule is ${rule.status.toLowerCase()} (stated on ${rule.statedOn})`, held: true };
}

function seasonCondition(rule: EntryRule, result: QualifyingResult): Check {
  const season = String(result.season);
  if (rule.season === undefined) return { description: `the rule does not yet say which season's result counts`, held: null };
  const held = rule.season === season;
  return { description: `season ${season} ${held ? "is" : "is not"} the rule's season ${rule.season}`, held };
}

function classCondition(rule: EntryRule, result: QualifyingResult, data: EligibilityData): Check {
  const name = nameOf(result.class, data);
  if (isUndecided(rule.class)) {
    const options = listOf(rule.class.options.map((option) => nameOf(option, data)), "or");
    if (!rule.class.options.includes(result.class)) {
      return { description: `class ${name} is not among the classes the organisers may choose: ${options}`, held: false };
    }
    return { description: `class ${name} is one of the options: it depends on the class the organisers choose: ${options}`, held: null };
  }
  const held = rule.class === result.class;
  return { description: `class ${name} ${held ? "is" : "is not"} the rule's class ${nameOf(rule.class, data)}`, held };
}

function positionCondition(rule: EntryRule, result: QualifyingResult): Check {
  const last = rule.lastPosition ?? rule.position;
  const held = result.position >= rule.position && result.position <= last;
  const is = held ? "is" : "is not";
  if (last !== rule.position) {
    return { description: `position ${result.position} ${is} within the rule's positions ${rule.position} to ${last}`, held };
  }
  const wanted = rule.position === 1 ? "the winning position 1" : `the rule's position ${rule.position}`;
  return { description: `position ${result.position} ${is} ${wanted}`, held };
}

/** A false condition rules a rule out; an open one leaves it undetermined. */
function verdictOf(conditions: readonly Condition[]): Verdict {
  if (conditions.some((condition) => condition.held === false)) return "NOT_ELIGIBLE";
  if (conditions.some((condition) => condition.held === null)) return "UNDETERMINED";
  return "ELIGIBLE";
}

/** One granting rule is enough; otherwise one open rule keeps the answer open. */
function combine(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes("ELIGIBLE")) return "ELIGIBLE";
  if (verdicts.includes("UNDETERMINED")) return "UNDETERMINED";
  return "NOT_ELIGIBLE";
}

function noRuleApplies(question: EntryQuestion, data: EligibilityData): EntryEligibility {
  const { event, edition, result, knownAt } = question;
  const from = result.jointClassification
    ? `the joint classification of ${listOf(result.jointClassification.map((id) => nameOf(id, data)))}`
    : `the ${nameOf(result.championship ?? "(no championship given)", data)}`;
  const when = knownAt ? ` ${asKnownPhrase(knownAt)}` : "";
  const reason: Condition = { description: `no rule grants an entry to the ${nameOf(event, data)} ${edition} from ${from}${when}`, held: false, citations: [] };
  return { verdict: "NOT_ELIGIBLE", reasons: [reason], rulesConsidered: [], knownAt };
}
