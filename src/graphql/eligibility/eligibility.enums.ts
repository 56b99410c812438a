/** The eligibility enums: every value described (GraphiQL documents them). */
import { describedEnum } from "../common/described-enum";

export const Verdict = describedEnum("Verdict", "A three-valued answer: UNDETERMINED is the honest answer while a rule is still open.", {
  ELIGIBLE: "Every condition of at least one rule (or class) holds.",
  NOT_ELIGIBLE: "Every rule (or class) considered has a condition that does not hold, or none applies.",
  UNDETERMINED: "No rule grants the entry yet, but one could: a condition cannot be known yet (an undecided class, an unstated season).",
});
export type Verdict = keyof typeof Verdict;

export const RuleStatus = describedEnum("RuleStatus", "How settled an automatic-entry rule is, as known at the query's `knownAt` (today when not given).", {
  ANNOUNCED: "Stated ahead of the result it rewards.",
  CONFIRMED: "In the regulations, or reported when the entry was awarded.",
  SUPERSEDED: "Replaced by a later rule that was known at `knownAt` (see `supersededBy`).",
  CANCELLED: "Announced, then dropped.",
});
export type RuleStatus = keyof typeof RuleStatus;

export const Beneficiary = describedEnum("Beneficiary", "Who receives an automatic entry.", {
  TEAM: "The team (entrant) that earned the result.",
  CREW: "The car's crew of drivers.",
  DRIVER: "One driver (IMSA's Bronze-driver awards).",
});
export type Beneficiary = keyof typeof Beneficiary;

export const Rating = describedEnum("Rating", "An FIA driver rating, strongest first.", {
  PLATINUM: "Platinum: professional drivers of the highest level.",
  GOLD: "Gold: professional drivers.",
  SILVER: "Silver: young professionals and strong amateurs.",
  BRONZE: "Bronze: amateur (gentleman) drivers.",
});
export type Rating = keyof typeof Rating;

export const RouteKind = describedEnum("RouteKind", "How a championship leads to a rule's qualifying result.", {
  DIRECT: "The rule rewards a result in this championship itself.",
  JOINT_CLASSIFICATION: "The rule rewards a joint classification this championship is one of.",
  RELATED_CHAMPIONSHIP: "The rule rewards a result in a championship linked to this one (combined with it, part of it, or one of its parts); see `links`.",
});
export type RouteKind = keyof typeof RouteKind;

export const ChampionshipRelation = describedEnum("ChampionshipRelation", "How one championship relates to the next in a route's chain, read from a PART_OF or COMBINED_WITH statement.", {
  PART_OF: "`from` is part of `to` (a PART_OF statement, or a COMBINED_WITH statement whose `within` qualifier names `to`).",
  INCLUDES: "`to` is part of `from`: the same statements read the other way.",
  COMBINED_WITH: "`from` and `to` are combined in a shared structure (a COMBINED_WITH statement, read either way).",
});
export type ChampionshipRelation = keyof typeof ChampionshipRelation;
