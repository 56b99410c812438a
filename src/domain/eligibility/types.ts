/**
 * The data the eligibility engine reads and the answers it gives. Plain objects only: the seed
 * sections `rules:`, `classes:` and `awards:` map onto these types key for key (camelCase), so a
 * loader can validate them with a schema and hand them over unchanged.
 */

/** FIA driver ratings, strongest first. */
export type Rating = "PLATINUM" | "GOLD" | "SILVER" | "BRONZE";
export const RATINGS: readonly Rating[] = ["PLATINUM", "GOLD", "SILVER", "BRONZE"];

/** Three-valued on purpose: UNDETERMINED is the honest answer while a rule is still open. */
export type Verdict = "ELIGIBLE" | "NOT_ELIGIBLE" | "UNDETERMINED";

/**
 * ANNOUNCED: stated ahead of the result it rewards. CONFIRMED: in the regulations, or reported
 * when the entry was awarded. CANCELLED: announced, then dropped. SUPERSEDED is normally derived
 * from a later rule's `supersedes`, not written in a seed.
 */
export type RuleStatus = "ANNOUNCED" | "CONFIRMED" | "SUPERSEDED" | "CANCELLED";

/** Who receives the entry: the team, the car's crew, or one driver (IMSA's Bronze-driver awards). */
export type Beneficiary = "TEAM" | "CREW" | "DRIVER";

/** Same shape as a statement's citation in the seeds: a source id and a verbatim quote. */
export interface Citation {
  source: string;
  quote: string;
}

/** A class not yet chosen: the organisers will pick one of `options` (class ids). */
export interface UndecidedClass {
  options: string[];
}

/** A decided class (its id) or the options still on the table. */
export type RuleClass = string | UndecidedClass;

/** A classification shared by several championships (ALMS + GTWC Asia from 2023). */
export interface JointClassification {
  championships: string[];
}

interface EntryRuleFields {
  /** "rule/gtwce-le-mans-2024". */
  id: string;
  /** Organisations that grant the entry (org ids). */
  grantors: string[];
  /** The event the entry is for ("event/24h-le-mans") and its edition (year). */
  event: string;
  edition: number;
  /** Season label of the qualifying result ("2023", "2023-24"); absent when the source does not say. */
  season?: string;
  /** The qualifying class; for a joint classification, the class of that classification. */
  class: RuleClass;
  /** Qualifying position, 1 = winner; with `lastPosition`, every position from `position` to it. */
  position: number;
  lastPosition?: number;
  beneficiary?: Beneficiary;
  /** The class the entry is for at the event ("class/lmgt3"), when the source says. */
  entryClass?: string;
  status: RuleStatus;
  /** Record time: when a source first reported the rule (YYYY, YYYY-MM or YYYY-MM-DD). */
  statedOn: string;
  /** When an open term was decided, if a source dates the decision. */
  decidedOn?: string;
  /** The id of the rule this one replaces once it is known. */
  supersedes?: string;
  note?: string;
  /**
   * What no source shows of the qualifying classification (that it was run, that it was won): an
   * open condition, so a result under the rule is at best UNDETERMINED.
   */
  unconfirmed?: string;
  citations: Citation[];
}

/**
 * An automatic-entry rule. The qualifying result comes from one championship (or an event, such
 * as last year's 24 Hours of Le Mans) or from a joint classification — exactly one of the two.
 */
export type EntryRule = EntryRuleFields &
  ({ championship: string; jointClassification?: undefined } | { championship?: undefined; jointClassification: JointClassification });

/** A rule as the graph holds it: an EntryRule, plus an optional link (seed id) to the statement that states it. */
export type RuleRecord = EntryRule & { statement?: string };

/**
 * Who may make up a crew. Each slot is one driver, who must hold one of the slot's ratings;
 * drivers beyond the slots must hold one of `others` (none allowed when `others` is absent).
 * "one Bronze, one Silver, one Gold or Platinum": slots [[BRONZE], [SILVER], [GOLD, PLATINUM]].
 * "at least one Bronze": slots [[BRONZE]], others: all four. "all Silver": others [SILVER].
 */
export interface CrewCondition {
  slots?: Rating[][];
  others?: Rating[];
  minDrivers?: number;
  maxDrivers?: number;
  /**
   * When the sources give the class only by one example crew: what they leave unstated. A crew
   * outside the example is then undetermined (held: null), not refused.
   */
  notStated?: string;
}

/** A class's crew conditions over a range of seasons. */
export interface ClassDefinition {
  /** This definition's own id ("classdef/gtwce-gold-cup-2022"): one class has one per rule change. */
  id: string;
  /** The class entity it defines ("class/gtwce-gold-cup"). */
  class: string;
  championship: string;
  /** Short display name ("Gold Cup"), used in explanations. */
  name: string;
  /** Seasons (years, inclusive) the definition holds for; open when absent. */
  validFrom?: number;
  validUntil?: number;
  crew: CrewCondition;
  note?: string;
  citations: Citation[];
}

/** Who received an entry under a rule. */
export interface Award {
  /** "award/pure-rxcing-le-mans-2024-gtwce". */
  id: string;
  rule: string;
  edition: number;
  /** The team (or driver) that received it. */
  recipient: string;
  note?: string;
  citations: Citation[];
}

/** One checked condition: what was asked, whether it held (null = cannot be known yet), and why. */
export interface Condition {
  description: string;
  held: boolean | null;
  ruleId?: string;
  classId?: string;
  citations: Citation[];
}

/** A result that might earn an entry. Give `championship` or `jointClassification` (championship ids). */
export interface QualifyingResult {
  championship?: string;
  jointClassification?: string[];
  season: string | number;
  class: string;
  position: number;
  entrant?: string;
}

export interface EntryQuestion {
  event: string;
  edition: number;
  result: QualifyingResult;
  /** Answer with what was known on this day (ISO date); latest knowledge when absent. */
  knownAt?: string;
}

export interface EligibilityData {
  rules: readonly EntryRule[];
  classes?: readonly ClassDefinition[];
  awards?: readonly Award[];
  /** Display names by id, for explanations; ids are shown where a name is missing. */
  names?: Readonly<Record<string, string>>;
}

export interface RuleEvaluation {
  ruleId: string;
  verdict: Verdict;
  conditions: Condition[];
  /** Recipients of awards made under this rule. */
  awardedTo: string[];
}

export interface EntryEligibility {
  verdict: Verdict;
  /** The conditions behind the verdict; NOT_ELIGIBLE always has one with held === false. */
  reasons: Condition[];
  rulesConsidered: RuleEvaluation[];
  knownAt?: string;
}

export interface CrewQuestion {
  championship: string;
  season: string | number;
  crew: Rating[];
}

export interface ClassVerdict {
  definitionId: string;
  classId: string;
  name: string;
  verdict: Verdict;
  conditions: Condition[];
}

export interface ClassEligibility {
  verdict: Verdict;
  eligibleClasses: string[];
  classes: ClassVerdict[];
  reasons: Condition[];
}
