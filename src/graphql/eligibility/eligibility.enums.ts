/** The eligibility enums, registered with a description for every value (GraphiQL documents them). */
import { registerEnumType } from "type-graphql";

export enum Verdict {
  ELIGIBLE = "ELIGIBLE",
  NOT_ELIGIBLE = "NOT_ELIGIBLE",
  UNDETERMINED = "UNDETERMINED",
}

export enum RuleStatus {
  ANNOUNCED = "ANNOUNCED",
  CONFIRMED = "CONFIRMED",
  SUPERSEDED = "SUPERSEDED",
  CANCELLED = "CANCELLED",
}

export enum Beneficiary {
  TEAM = "TEAM",
  CREW = "CREW",
  DRIVER = "DRIVER",
}

export enum Rating {
  PLATINUM = "PLATINUM",
  GOLD = "GOLD",
  SILVER = "SILVER",
  BRONZE = "BRONZE",
}

export enum RouteKind {
  DIRECT = "DIRECT",
  JOINT_CLASSIFICATION = "JOINT_CLASSIFICATION",
  RELATED_CHAMPIONSHIP = "RELATED_CHAMPIONSHIP",
}

export enum ChampionshipRelation {
  PART_OF = "PART_OF",
  INCLUDES = "INCLUDES",
  COMBINED_WITH = "COMBINED_WITH",
}

registerEnumType(Verdict, {
  name: "Verdict",
  description: "A three-valued answer: UNDETERMINED is the honest answer while a rule is still open.",
  valuesConfig: {
    ELIGIBLE: { description: "Every condition of at least one rule (or class) holds." },
    NOT_ELIGIBLE: { description: "Every rule (or class) considered has a condition that does not hold, or none applies." },
    UNDETERMINED: { description: "No rule grants the entry yet, but one could: a condition cannot be known yet (an undecided class, an unstated season)." },
  },
});

registerEnumType(RuleStatus, {
  name: "RuleStatus",
  description: "How settled an automatic-entry rule is, as known at the query's `knownAt` (today when not given).",
  valuesConfig: {
    ANNOUNCED: { description: "Stated ahead of the result it rewards." },
    CONFIRMED: { description: "In the regulations, or reported when the entry was awarded." },
    SUPERSEDED: { description: "Replaced by a later rule that was known at `knownAt` (see `supersededBy`)." },
    CANCELLED: { description: "Announced, then dropped." },
  },
});

registerEnumType(Beneficiary, {
  name: "Beneficiary",
  description: "Who receives an automatic entry.",
  valuesConfig: {
    TEAM: { description: "The team (entrant) that earned the result." },
    CREW: { description: "The car's crew of drivers." },
    DRIVER: { description: "One driver (IMSA's Bronze-driver awards)." },
  },
});

registerEnumType(Rating, {
  name: "Rating",
  description: "An FIA driver rating, strongest first.",
  valuesConfig: {
    PLATINUM: { description: "Platinum: professional drivers of the highest level." },
    GOLD: { description: "Gold: professional drivers." },
    SILVER: { description: "Silver: young professionals and strong amateurs." },
    BRONZE: { description: "Bronze: amateur (gentleman) drivers." },
  },
});

registerEnumType(RouteKind, {
  name: "RouteKind",
  description: "How a championship leads to a rule's qualifying result.",
  valuesConfig: {
    DIRECT: { description: "The rule rewards a result in this championship itself." },
    JOINT_CLASSIFICATION: { description: "The rule rewards a joint classification this championship is one of." },
    RELATED_CHAMPIONSHIP: {
      description: "The rule rewards a result in a championship linked to this one (combined with it, part of it, or one of its parts); see `links`.",
    },
  },
});

registerEnumType(ChampionshipRelation, {
  name: "ChampionshipRelation",
  description: "How one championship relates to the next in a route's chain, read from a PART_OF or COMBINED_WITH statement.",
  valuesConfig: {
    PART_OF: { description: "`from` is part of `to` (a PART_OF statement, or a COMBINED_WITH statement whose `within` qualifier names `to`)." },
    INCLUDES: { description: "`to` is part of `from`: the same statements read the other way." },
    COMBINED_WITH: { description: "`from` and `to` are combined in a shared structure (a COMBINED_WITH statement, read either way)." },
  },
});
