/**
 * The GraphQL shape of automatic-entry rules, awards and eligibility answers, and the plain objects
 * the resolvers make for them (src/graphql/eligibility/objects.ts).
 */
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Entity } from "../entities/entity.interface";
import { Citation } from "../statements/statement.type";
import { Statement } from "../statements/statement.type";
import { PartialDate } from "../common/partial-date.type";
import { DateScalar } from "../common/scalars";
import { Beneficiary, ChampionshipRelation, Rating, RouteKind, RuleStatus, Verdict } from "./eligibility.enums";
import type { Award, Citation as CitedSource, RuleRecord } from "../../domain/eligibility";
import type { StatementView } from "../statements/statement-view";

// ── The objects the resolvers make ──────────────────────────────────────────────────────────
// Each is shaped like its GraphQL type below: whoever makes one fills every field that needs no
// read. A field that reads through the store (an entity, a citation's source, an award, a
// statement) is left to its field resolver, which finds what to read beside the fields.

/** An AutomaticEntryRule as seen at one time; `supersedes` and `supersededBy` are rules of that same time. */
export interface RuleObject extends Omit<AutomaticEntryRule, RuleReads | "supersedes" | "supersededBy"> {
  supersedes: RuleObject | null;
  supersededBy: RuleObject | null;
  /** The curated rule: its entities, citations and statement are read from it on demand. */
  record: RuleRecord;
  /** The record-time day the rule is seen at: its awards are those reported by then. */
  knownAt: string | null;
}
type RuleReads = "grantors" | "event" | "championship" | "jointClassification" | "class" | "classOptions" | "entryClass" | "citations" | "awards" | "statement";

/** An AwardedEntry with the rule as seen with it; null only when the rule is unknown (a broken seed). */
export interface AwardObject extends Omit<AwardedEntry, "recipient" | "citations" | "rule"> {
  rule: RuleObject | null;
  /** The curated award: its recipient and citations are read from it on demand. */
  record: Award;
}

export interface ConditionObject extends Omit<EligibilityCondition, "rule" | "class" | "citations"> {
  rule: RuleObject | null;
  classId: string | null;
  /** The sources as the rule or class definition cites them. */
  cited: readonly CitedSource[];
}

export interface RuleEvaluationObject extends Omit<RuleEvaluation, "rule" | "conditions" | "awardedTo"> {
  rule: RuleObject | null;
  conditions: ConditionObject[];
  awardedToIds: readonly string[];
}

export interface EntryEligibilityObject extends Omit<EntryEligibility, "event" | "resultClass" | "reasons" | "rulesConsidered" | "entrantAwards"> {
  eventId: string;
  resultClassId: string;
  reasons: ConditionObject[];
  rulesConsidered: RuleEvaluationObject[];
  entrantAwards: AwardObject[];
}

export interface ClassVerdictObject extends Omit<ClassVerdict, "class" | "championship" | "conditions"> {
  classId: string;
  championshipId: string;
  conditions: ConditionObject[];
}

export interface ClassEligibilityObject extends Omit<ClassEligibility, "championship" | "championshipsChecked" | "eligibleClasses" | "classes" | "reasons"> {
  championshipId: string;
  checkedIds: readonly string[];
  eligibleClassIds: readonly string[];
  classes: ClassVerdictObject[];
  reasons: ConditionObject[];
}

export interface RouteLinkObject extends Omit<RouteLink, "from" | "to" | "statement"> {
  fromId: string;
  toId: string;
  statement: StatementView;
}

export interface RouteObject extends Omit<RouteToLeMans, "qualifyingChampionship" | "links" | "rule"> {
  qualifyingChampionshipId: string;
  links: RouteLinkObject[];
  rule: RuleObject;
}

// ── Object types ────────────────────────────────────────────────────────────────────────────

@ObjectType({ description: "A classification shared by several championships (the ALMS and GT World Challenge Asia GT classification from 2023)." })
export class JointClassification {
  @Field(() => [Entity], { description: "The championships whose results make up the classification." })
  championships: Entity[];
}

@ObjectType({
  description:
    "An automatic-entry rule: a result (championship or joint classification, season, class, position) that earns an entry to an event edition, " +
    "with who grants it, its status as known at `knownAt`, what replaced it, its sources, and who received entries under it. " +
    "Rules are data (seeds/rules/), evaluated by the eligibility engine.",
})
export class AutomaticEntryRule {
  @Field(() => ID, { description: 'The rule\'s id, e.g. "rule/gtwce-bronze-cup-le-mans-2024"; stable across rebuilds.' })
  id: string;

  @Field(() => String, { description: "The rule in one plain-English sentence." })
  summary: string;

  @Field(() => [Entity], { description: "The organisations that grant the entry." })
  grantors: Entity[];

  @Field(() => Entity, { description: "The event the entry is for (the 24 Hours of Le Mans)." })
  event: Entity;

  @Field(() => Int, { description: "The edition (year) of the event the entry is for." })
  edition: number;

  @Field(() => Entity, { nullable: true, description: "Where the qualifying result comes from: a championship, or an event whose class winners are invited; null for a joint classification." })
  championship: Entity | null;

  @Field(() => JointClassification, { nullable: true, description: "The joint classification the qualifying result comes from; null when it comes from one championship." })
  jointClassification: JointClassification | null;

  @Field(() => String, { nullable: true, description: 'Season of the qualifying result ("2023", "2023-24"); null when the sources do not say which season counts.' })
  season: string | null;

  @Field(() => Boolean, { description: "True when the qualifying class is decided (`class`); false while the organisers may still choose among `classOptions`." })
  classDecided: boolean;

  @Field(() => Entity, { nullable: true, description: "The qualifying class, once decided; null while undecided." })
  class: Entity | null;

  @Field(() => [Entity], { description: "While the class is undecided: the classes the organisers may choose from. Empty once decided." })
  classOptions: Entity[];

  @Field(() => Int, { description: "The qualifying position, 1 = winner (with `lastPosition`, the first of a range)." })
  position: number;

  @Field(() => Int, { nullable: true, description: "The last qualifying position of a range (2 for \"the top two\"); null for a single position." })
  lastPosition: number | null;

  @Field(() => Beneficiary, { nullable: true, description: "Who receives the entry; null when the sources do not say." })
  beneficiary: Beneficiary | null;

  @Field(() => Entity, { nullable: true, description: "The class the entry is for at the event (LMGT3, LMP2 …), when the sources say." })
  entryClass: Entity | null;

  @Field(() => RuleStatus, { description: "Its status as known at `knownAt`: SUPERSEDED when a later rule known by then replaces it." })
  status: RuleStatus;

  @Field(() => PartialDate, { description: "Record time: when a source first reported the rule." })
  statedOn: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: "When an open term was decided, if a source dates the decision; null otherwise." })
  decidedOn: PartialDate | null;

  @Field(() => AutomaticEntryRule, { nullable: true, description: "The earlier rule this one replaces." })
  supersedes: AutomaticEntryRule | null;

  @Field(() => AutomaticEntryRule, { nullable: true, description: "The later rule that replaces this one, when it was known at `knownAt`." })
  supersededBy: AutomaticEntryRule | null;

  @Field(() => String, { nullable: true, description: "A curator's note for what the fields cannot say." })
  note: string | null;

  @Field(() => [Citation], { description: "The sources that state the rule, each with a verbatim quote. Never empty." })
  citations: Citation[];

  @Field(() => [AwardedEntry], { description: "Entries awarded under this rule, as reported by `knownAt` (an award counts as reported once one of its sources was published)." })
  awards: AwardedEntry[];

  @Field(() => Statement, { nullable: true, description: "The GRANTS_AUTOMATIC_ENTRY statement that states the same grant in the graph, when the curators linked one." })
  statement: Statement | null;

  @Field(() => String, { description: "Where the rule is curated: seed file and line, for corrections." })
  seedLocation: string;
}

@ObjectType({ description: "An entry awarded under an automatic-entry rule: who received it, and the sources that say so." })
export class AwardedEntry {
  @Field(() => ID, { description: 'The award\'s id, e.g. "award/pure-rxcing-le-mans-2024-gtwce-bronze-cup".' })
  id: string;

  @Field(() => Entity, { description: "The team that received the entry (a person for DRIVER rules)." })
  recipient: Entity;

  @Field(() => AutomaticEntryRule, { description: "The rule it was awarded under." })
  rule: AutomaticEntryRule;

  @Field(() => Int, { description: "The edition (year) of the event the entry is for." })
  edition: number;

  @Field(() => String, { nullable: true, description: "A curator's note (e.g. that the invitation was not used)." })
  note: string | null;

  @Field(() => [Citation], { description: "The sources that report the award, each with a verbatim quote." })
  citations: Citation[];

  @Field(() => String, { description: "Where the award is curated: seed file and line." })
  seedLocation: string;
}

@ObjectType({ description: "One condition checked for an answer: what was asked, whether it held, and the rule or class and sources behind it." })
export class EligibilityCondition {
  @Field(() => String, { description: 'The condition in plain English ("class GT World Challenge Europe Pro-Am is one of the options …").' })
  description: string;

  @Field(() => Boolean, { nullable: true, description: "Whether it held: true, false, or null when it cannot be known yet (an undecided class, an unstated season)." })
  held: boolean | null;

  @Field(() => AutomaticEntryRule, { nullable: true, description: "The rule the condition belongs to (entry questions)." })
  rule: AutomaticEntryRule | null;

  @Field(() => Entity, { nullable: true, description: "The class whose crew condition it is (crew questions)." })
  class: Entity | null;

  @Field(() => [Citation], { description: "The sources of the rule or class definition, each with a verbatim quote. Empty when no rule applies." })
  citations: Citation[];
}

@ObjectType({ description: "One rule checked against a result, condition by condition." })
export class RuleEvaluation {
  @Field(() => AutomaticEntryRule, { description: "The rule." })
  rule: AutomaticEntryRule;

  @Field(() => Verdict, { description: "ELIGIBLE when every condition holds, NOT_ELIGIBLE when one does not, UNDETERMINED when one cannot be known yet." })
  verdict: Verdict;

  @Field(() => [EligibilityCondition], { description: "Status, season, class and position, each checked." })
  conditions: EligibilityCondition[];

  @Field(() => [Entity], { description: "Who received entries under this rule (any knowledge date)." })
  awardedTo: Entity[];
}

@ObjectType({ description: "Whether a result earns an automatic entry to an event edition, as known on a day, and why." })
export class EntryEligibility {
  @Field(() => Verdict, { description: "ELIGIBLE, NOT_ELIGIBLE or UNDETERMINED (a rule could grant it, but a term is still open)." })
  verdict: Verdict;

  @Field(() => String, { description: "The answer in one sentence." })
  summary: string;

  @Field(() => Entity, { description: "The event asked about." })
  event: Entity;

  @Field(() => Int, { description: "The edition asked about." })
  edition: number;

  @Field(() => Entity, {
    description: "The class the result's `class` was read as: a name or alias is looked up among the result championship's own classes first (\"LMP2\" in an ELMS result is the ELMS LMP2 class).",
  })
  resultClass: Entity;

  @Field(() => DateScalar, { nullable: true, description: "The record-time day the answer is given for; null for everything known today." })
  knownAt: string | null;

  @Field(() => [EligibilityCondition], {
    description: "The conditions behind the verdict: those of the granting rule(s), of the open rule(s), or — when none grants — of every rule considered. NOT_ELIGIBLE always has one that did not hold.",
  })
  reasons: EligibilityCondition[];

  @Field(() => [RuleEvaluation], { description: "Every rule for the event edition that draws on the result's championship or joint classification, as known at `knownAt`." })
  rulesConsidered: RuleEvaluation[];

  @Field(() => [AwardedEntry], { description: "When `entrant` was given: entries awarded to it under the rules that grant (or may grant) this result, as reported by `knownAt`." })
  entrantAwards: AwardedEntry[];
}

@ObjectType({ description: "One class definition checked against a crew." })
export class ClassVerdict {
  @Field(() => ID, { description: 'The class definition checked, e.g. "classdef/gtwce-gold-cup-2022" (one class has one definition per rule change).' })
  definitionId: string;

  @Field(() => Entity, { description: "The class." })
  class: Entity;

  @Field(() => Entity, { description: "The championship whose definition this is." })
  championship: Entity;

  @Field(() => String, { description: 'The class\'s short name ("Gold Cup").' })
  name: string;

  @Field(() => String, { description: 'Who may make up a crew, in words ("one Bronze, one Silver and one Gold or Platinum, and no further drivers").' })
  requirement: string;

  @Field(() => Verdict, { description: "ELIGIBLE or NOT_ELIGIBLE; UNDETERMINED when the sources give the class only by an example crew and this crew is not it." })
  verdict: Verdict;

  @Field(() => [EligibilityCondition], { description: "Crew size and composition, each checked." })
  conditions: EligibilityCondition[];

  @Field(() => Int, { nullable: true, description: "First season the definition holds for; null when open." })
  validFrom: number | null;

  @Field(() => Int, { nullable: true, description: "Last season the definition holds for; null when open." })
  validUntil: number | null;

  @Field(() => String, { nullable: true, description: "A curator's note (variants such as a fourth driver at Spa, which are not modelled)." })
  note: string | null;
}

@ObjectType({ description: "Which classes of a championship a crew may enter in a season, by FIA driver rating, and why." })
export class ClassEligibility {
  @Field(() => Entity, { description: "The championship asked about." })
  championship: Entity;

  @Field(() => [Entity], {
    description: "The championships whose class definitions were checked: the one asked about and its parts (the Endurance Cup within GT World Challenge Europe).",
  })
  championshipsChecked: Entity[];

  @Field(() => String, { description: "Which definitions were checked, and why, in one sentence." })
  scope: string;

  @Field(() => String, { description: "The season asked about." })
  season: string;

  @Field(() => [Rating], { description: "The crew asked about, one rating per driver." })
  crew: Rating[];

  @Field(() => Verdict, { description: "ELIGIBLE when the crew fits at least one class, else NOT_ELIGIBLE (never UNDETERMINED)." })
  verdict: Verdict;

  @Field(() => [Entity], { description: "The classes the crew may enter." })
  eligibleClasses: Entity[];

  @Field(() => [ClassVerdict], { description: "Every class definition that holds in the season, with its verdict." })
  classes: ClassVerdict[];

  @Field(() => [EligibilityCondition], { description: "The conditions behind the verdict: those of the classes the crew fits, or of every class when it fits none." })
  reasons: EligibilityCondition[];
}

@InputType({ description: "A result that might earn an automatic entry. Give `championship` or `jointClassification`, not both." })
export class QualifyingResultInput {
  @Field(() => String, { nullable: true, description: 'The championship (or event) of the result: id, name or alias ("GT World Challenge Europe", "ELMS").' })
  championship?: string | null;

  @Field(() => [String], { nullable: true, description: "For a joint classification: its championships (ids, names or aliases), in any order." })
  jointClassification?: string[] | null;

  @Field(() => String, { description: 'The season of the result ("2023", or "2023-24" for a winter series).' })
  season: string;

  @Field(() => String, { description: 'The class of the result: id, name or alias ("Pro-Am", "Gold Cup", "class/alms-gt"), looked up among the championship\'s own classes first ("LMP2" in an ELMS result is the ELMS LMP2 class). NOT_FOUND lists the championship\'s classes.' })
  class: string;

  @Field(() => Int, { description: "The position in the class, 1 = winner." })
  position: number;

  @Field(() => String, { nullable: true, description: "The team or driver who earned it (id, name or alias), to see whether it was awarded an entry." })
  entrant?: string | null;
}

@ObjectType({ description: "One link in a route's chain: how one championship relates to the next, and the statement that says so." })
export class RouteLink {
  @Field(() => Entity, { description: "The championship the link leaves." })
  from: Entity;

  @Field(() => Entity, { description: "The championship the link reaches." })
  to: Entity;

  @Field(() => ChampionshipRelation, { description: "How `from` relates to `to`." })
  relation: ChampionshipRelation;

  @Field(() => Statement, { description: "The statement that links them, with its time and citations." })
  statement: Statement;
}

@ObjectType({
  description:
    "A chain from a championship to an automatic entry to the 24 Hours of Le Mans: zero or more links between championships (PART_OF / COMBINED_WITH statements), " +
    "then the rule whose qualifying result is earned in the last championship of the chain (or in a joint classification it is one of). " +
    "A link says the championships share a structure, not that results count in both: the result must still be earned where the rule says.",
})
export class RouteToLeMans {
  @Field(() => RouteKind, { description: "DIRECT, JOINT_CLASSIFICATION, or RELATED_CHAMPIONSHIP when the chain has links." })
  kind: RouteKind;

  @Field(() => [RouteLink], { description: "The links from the championship asked about to `qualifyingChampionship`, in order; empty for DIRECT and JOINT_CLASSIFICATION routes." })
  links: RouteLink[];

  @Field(() => Entity, { description: "Where the qualifying result is earned: the rule's championship, or the member of its joint classification the chain reaches." })
  qualifyingChampionship: Entity;

  @Field(() => AutomaticEntryRule, { description: "The rule at the end of the chain, with its terms, status and sources." })
  rule: AutomaticEntryRule;

  @Field(() => String, { description: "The route in one sentence." })
  description: string;
}
