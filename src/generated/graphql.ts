/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Who receives an automatic entry. */
export type Beneficiary =
  /** The car's crew of drivers. */
  | 'CREW'
  /** One driver (IMSA's Bronze-driver awards). */
  | 'DRIVER'
  /** The team (entrant) that earned the result. */
  | 'TEAM';

/** How one championship relates to the next in a route's chain, read from a PART_OF or COMBINED_WITH statement. */
export type ChampionshipRelation =
  /** `from` and `to` are combined in a shared structure (a COMBINED_WITH statement, read either way). */
  | 'COMBINED_WITH'
  /** `to` is part of `from`: the same statements read the other way. */
  | 'INCLUDES'
  /** `from` is part of `to` (a PART_OF statement, or a COMBINED_WITH statement whose `within` qualifier names `to`). */
  | 'PART_OF';

/** What an entity is. Its id starts with the kind's prefix (person/, org/, championship/ …). */
export type EntityKind =
  /** An agreement or announcement between organisations, with its parties and terms. */
  | 'AGREEMENT'
  /** A series run over a season (FIA WEC, Asian Le Mans Series, GT World Challenge Europe). */
  | 'CHAMPIONSHIP'
  /** A class or cup within a championship or event (Gold Cup, Pro-Am, LMGT3). */
  | 'CLASS'
  /** A race held as its own event, such as the 24 Hours of Le Mans; its editions are years. */
  | 'EVENT'
  /** A club, company, federation or sanctioning body (ACO, LMEM, SRO Motorsports Group, FIA). */
  | 'ORGANISATION'
  /** A person: a founder, an official, a driver. */
  | 'PERSON'
  /** One championship's season (the 2021 Asian Le Mans Series). */
  | 'SEASON'
  /** A racing team or entrant. */
  | 'TEAM'
  /** A circuit or place where races are held (Dubai Autodrome, Yas Marina). */
  | 'VENUE';

/** Whether a statement held on the `asOf` day (for a month or a year: on any day of it). */
export type HoldingState =
  /** It held: begun by then (its start, or with no start its record date) and not ended. */
  | 'HELD'
  /** It did not hold: it began later or had ended. */
  | 'NOT_HELD'
  /** Not known: it has no start date and was first reported later, or never dated. */
  | 'UNKNOWN';

/** Which way a hop crosses its statement: statements point from subject to object, paths may follow them either way. */
export type HopDirection =
  /** From the statement's object to its subject (SRO → Ratel for "Ratel founded SRO"). */
  | 'BACKWARD'
  /** From the statement's subject to its object (Ratel → SRO for "Ratel founded SRO"). */
  | 'FORWARD';

/** A limit that stopped a path search before it could find a path or prove there is none. */
export type PathSearchCap =
  /** Any path would be longer than `maxHops`. */
  | 'MAX_HOPS'
  /** One level of the search touched more statements than one request may read; paths found are real but may not be all the shortest. */
  | 'MAX_LEVEL_EDGES'
  /** The search reached as many entities as one request may visit (a hub such as the ACO links to very many). */
  | 'MAX_VISITED';

/** The controlled vocabulary of statements: what a statement says about its subject. */
export type Predicate =
  /** The subject (a person or organisation) announced the object (an agreement or plan). */
  | 'ANNOUNCED'
  /** The subject person was born; the value gives the place, the valid-from date the day. */
  | 'BORN'
  /** A calendar fact about the subject season or championship, in the value's words (e.g. 'four races over two weekends'). */
  | 'CALENDAR'
  /** The subject team or driver won the object season's title; qualifier `class` names the class. */
  | 'CHAMPION_OF'
  /** The subject class or cup is a class of the object championship or event. */
  | 'CLASS_OF'
  /** The subject championship is combined with the object championship in a shared structure (as the Sprint and Endurance Cups are). */
  | 'COMBINED_WITH'
  /** The subject competed in the object event or championship; qualifier `role` says as what (e.g. 'driver', 'entrant'); valid time gives the year. */
  | 'COMPETED_IN'
  /** The subject agreement concerns, or sets terms for, the object championship, event or season. */
  | 'CONCERNS'
  /** The subject founded, created or set up the object; qualifier `role` can say how (e.g. 'original partner'). */
  | 'FOUNDED'
  /** A result in the subject championship (or classification) earns an automatic entry to the object event; qualifiers give `edition`, `class`, `position`, `beneficiary`. Undecided terms carry their options. */
  | 'GRANTS_AUTOMATIC_ENTRY'
  /** The subject season, event or race was (or is planned to be) held at the object venue; qualifier `date` or `races` may add detail. */
  | 'HELD_AT'
  /** The subject was not held during the statement's valid time; the value gives the reason. */
  | 'HIATUS'
  /** The subject (a person) holds a role in the object (an organisation or championship); qualifier `role` names it, e.g. 'president', 'CEO'. */
  | 'HOLDS_ROLE'
  /** The subject was founded, established or first held; the value and the valid-from date give when. */
  | 'INCEPTION'
  /** The subject championship shares a joint classification with the object championship; qualifier `class` says for which class. */
  | 'JOINT_CLASSIFICATION_WITH'
  /** The subject venue or organisation is located in the place the value names ('Abu Dhabi, United Arab Emirates'). */
  | 'LOCATED_IN'
  /** The subject was officially named the value during the statement's valid time (former names are the earlier ones). */
  | 'OFFICIAL_NAME'
  /** The subject organisation organises, runs or promotes the object championship or event; qualifier `role` can say 'promoter', 'co-organiser'. */
  | 'ORGANISES'
  /** The subject organisation is a party to the object agreement. */
  | 'PARTY_TO'
  /** The subject championship or cup is part of the object championship (the Endurance Cup within GT World Challenge Europe). */
  | 'PART_OF'
  /** The subject championship or event is part of the object's endurance pyramid; qualifier `tier` (1 = top) places it. */
  | 'PART_OF_PYRAMID'
  /** A stated plan or vision for the subject, in the value's words (e.g. 'two races in the Middle East and two in the Far East'). */
  | 'PLAN'
  /** The subject team or driver received an automatic entry (an invitation) to the object event; qualifiers give `edition`, `class` and `via` (the qualifying championship). */
  | 'RECEIVED_AUTOMATIC_ENTRY'
  /** A rule or regulatory fact about the subject, in the value's words (e.g. 'no professional GT category'). */
  | 'REGULATION'
  /** The subject replaces the object (a class, championship or rule set) from the subject's valid-from date; qualifier `in` names where. */
  | 'REPLACES'
  /** The subject (a person) said the value; qualifier `about` names what it is about. The value is the quotation as the source gives it. */
  | 'SAID'
  /** The subject body sanctions (grants the official status of) the object championship. */
  | 'SANCTIONS'
  /** The subject season is a season of the object championship. */
  | 'SEASON_OF'
  /** The subject held shares in, or was a partner in, the object organisation or championship. */
  | 'SHAREHOLDER_OF'
  /** The subject organisation is owned by, or is an arm of, the object organisation. */
  | 'SUBSIDIARY_OF'
  /** The subject person succeeded the object person in a role; qualifier `role` names it. */
  | 'SUCCEEDED';

/** A result that might earn an automatic entry. Give `championship` or `jointClassification`, not both. */
export type QualifyingResultInput = {
  /** The championship (or event) of the result: id, name or alias ("GT World Challenge Europe", "ELMS"). */
  championship?: string | null | undefined;
  /** The class of the result: id, name or alias ("Pro-Am", "Gold Cup", "class/alms-gt"), looked up among the championship's own classes first ("LMP2" in an ELMS result is the ELMS LMP2 class). NOT_FOUND lists the championship's classes. */
  class: string;
  /** The team or driver who earned it (id, name or alias), to see whether it was awarded an entry. */
  entrant?: string | null | undefined;
  /** For a joint classification: its championships (ids, names or aliases), in any order. */
  jointClassification?: Array<string> | null | undefined;
  /** The position in the class, 1 = winner. */
  position: number;
  /** The season of the result ("2023", or "2023-24" for a winter series). */
  season: string;
};

/** An FIA driver rating, strongest first. */
export type Rating =
  /** Bronze: amateur (gentleman) drivers. */
  | 'BRONZE'
  /** Gold: professional drivers. */
  | 'GOLD'
  /** Platinum: professional drivers of the highest level. */
  | 'PLATINUM'
  /** Silver: young professionals and strong amateurs. */
  | 'SILVER';

/** Where a statement's record date (`statedOn`) comes from. */
export type RecordDateOrigin =
  /** The earliest publication date among the statement's sources (`statedOnSource`). */
  | 'SOURCE_PUBLISHED'
  /** The statement's own date of first report, given by its source. */
  | 'STATED'
  /** Neither the statement nor any of its sources is dated: record date unknown, so no `knownAt` answer includes it. */
  | 'UNKNOWN'
  /** The day the reported result began: something that happened cannot have been reported before it happened. */
  | 'VALID_FROM';

/** How a championship leads to a rule's qualifying result. */
export type RouteKind =
  /** The rule rewards a result in this championship itself. */
  | 'DIRECT'
  /** The rule rewards a joint classification this championship is one of. */
  | 'JOINT_CLASSIFICATION'
  /** The rule rewards a result in a championship linked to this one (combined with it, part of it, or one of its parts); see `links`. */
  | 'RELATED_CHAMPIONSHIP';

/** How settled an automatic-entry rule is, as known at the query's `knownAt` (today when not given). */
export type RuleStatus =
  /** Stated ahead of the result it rewards. */
  | 'ANNOUNCED'
  /** Announced, then dropped. */
  | 'CANCELLED'
  /** In the regulations, or reported when the entry was awarded. */
  | 'CONFIRMED'
  /** Replaced by a later rule that was known at `knownAt` (see `supersededBy`). */
  | 'SUPERSEDED';

/** How settled a statement is, as known at the query's `knownAt` date. */
export type StatementStatus =
  /** Announced or planned: a statement about the future, made on its `statedOn` date. */
  | 'ANNOUNCED'
  /** Announced, then reported as cancelled or not carried out. */
  | 'CANCELLED'
  /** Reported as having happened or as holding. */
  | 'FACT'
  /** Replaced by a later statement (see `supersededBy`); shown only when the later one was known at `knownAt`. */
  | 'SUPERSEDED'
  /** Announced with a term still open; `options` lists what was on the table. */
  | 'UNDECIDED';

/** A three-valued answer: UNDETERMINED is the honest answer while a rule is still open. */
export type Verdict =
  /** Every condition of at least one rule (or class) holds. */
  | 'ELIGIBLE'
  /** Every rule (or class) considered has a condition that does not hold, or none applies. */
  | 'NOT_ELIGIBLE'
  /** No rule grants the entry yet, but one could: a condition cannot be known yet (an undecided class, an unstated season). */
  | 'UNDETERMINED';

export type AsianLeMansSeriesRoutesToLeMansQueryVariables = Exact<{
  knownAt?: string | null | undefined;
}>;


export type AsianLeMansSeriesRoutesToLeMansQuery = { entity:
    | { name: string }
    | { name: string, pyramidTier: { level: number } | null, routesToLeMans: Array<{ kind: RouteKind, description: string, qualifyingChampionship:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        , links: Array<{ relation: ChampionshipRelation, from:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , to:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , statement: { id: string } }>, rule: { id: string, status: RuleStatus, citations: Array<{ quote: string, source: { title: string } }> } }> }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
   | null };

export type EndurancePyramidQueryVariables = Exact<{
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type EndurancePyramidQuery = { pyramid: { tiers: Array<{ level: number, entities: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, placements: Array<{ tier: string | null, entity:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        , statement: { id: string, validFrom: { text: string } | null, statedOn: { text: string } | null }, citations: Array<{ quote: string, source: { title: string, outlet: string } }> }> }>, unranked: Array<{ tier: string | null, entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , citations: Array<{ quote: string, source: { title: string } }> }> } };

export type FindMentionsQueryVariables = Exact<{
  text: string;
  language?: string | null | undefined;
}>;


export type FindMentionsQuery = { mentions: Array<{ start: number, end: number, text: string, ambiguous: boolean, entity:
      | { __typename: 'Agreement', id: string, name: string }
      | { __typename: 'Championship', id: string, name: string }
      | { __typename: 'Class', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Season', id: string, name: string }
      | { __typename: 'Team', id: string, name: string }
      | { __typename: 'Venue', id: string, name: string }
     | null, candidates: Array<
      | { __typename: 'Agreement', id: string, name: string }
      | { __typename: 'Championship', id: string, name: string }
      | { __typename: 'Class', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Season', id: string, name: string }
      | { __typename: 'Team', id: string, name: string }
      | { __typename: 'Venue', id: string, name: string }
    > }> | null };

export type GtwcEuropeCrewClassesQueryVariables = Exact<{
  crew: Array<Rating> | Rating;
}>;


export type GtwcEuropeCrewClassesQuery = { classEligibility: { verdict: Verdict, scope: string, eligibleClasses: Array<
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
    >, classes: Array<{ name: string, verdict: Verdict, requirement: string, championship:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , conditions: Array<{ description: string, held: boolean | null }> }>, reasons: Array<{ description: string, citations: Array<{ quote: string, source: { title: string } }> }> } | null };

export type GtwcEuropeProAmEligibilityQueryVariables = Exact<{
  result: QualifyingResultInput;
}>;


export type GtwcEuropeProAmEligibilityQuery = { announced: { verdict: Verdict, summary: string, reasons: Array<{ description: string, held: boolean | null, rule: { id: string, status: RuleStatus, statedOn: { text: string } } | null, citations: Array<{ quote: string, source: { title: string, outlet: string, published: { text: string } | null } }> }> } | null, today: { verdict: Verdict, summary: string, reasons: Array<{ description: string, held: boolean | null, rule: { id: string, status: RuleStatus, statedOn: { text: string } } | null, citations: Array<{ quote: string, source: { title: string, outlet: string, published: { text: string } | null } }> }> } | null };

export type AnswerFragment = { verdict: Verdict, summary: string, reasons: Array<{ description: string, held: boolean | null, rule: { id: string, status: RuleStatus, statedOn: { text: string } } | null, citations: Array<{ quote: string, source: { title: string, outlet: string, published: { text: string } | null } }> }> };

export type HowAreTheyConnectedQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type HowAreTheyConnectedQuery = { paths: { truncated: boolean, truncatedBy: PathSearchCap | null, visitedEntities: number, hasMore: boolean, from:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , to:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , paths: Array<{ length: number, hops: Array<{ direction: HopDirection, predicate: Predicate, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , statement: { id: string, status: StatementStatus, qualifiers: Array<{ name: string, value: string }>, validFrom: { text: string } | null, validUntil: { text: string } | null, statedOn: { text: string } | null, citations: Array<{ quote: string, source: { id: string, title: string, url: string | null } }> } }> }> } | null };

export type LeMans2024AutomaticEntriesQueryVariables = Exact<{
  knownAt?: string | null | undefined;
}>;


export type LeMans2024AutomaticEntriesQuery = { automaticEntries: Array<{ id: string, summary: string, status: RuleStatus, season: string | null, classDecided: boolean, position: number, lastPosition: number | null, beneficiary: Beneficiary | null, grantors: Array<
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
    >, championship:
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
     | null, jointClassification: { championships: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > } | null, class:
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
     | null, classOptions: Array<
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
    >, entryClass:
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
     | null, statedOn: { text: string }, supersedes: { id: string } | null, supersededBy: { id: string } | null, citations: Array<{ quote: string, source: { title: string, outlet: string } }>, awards: Array<{ note: string | null, recipient:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       }> }> | null };

export type LeMansAutomaticEntriesKnownAtQueryVariables = Exact<{
  knownAt?: string | null | undefined;
}>;


export type LeMansAutomaticEntriesKnownAtQuery = { entity:
    | { __typename: 'Agreement', name: string }
    | { __typename: 'Championship', name: string }
    | { __typename: 'Class', name: string }
    | { __typename: 'Event', name: string, automaticEntryRoutes: { totalCount: number, nodes: Array<{ status: StatementStatus, entity:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , statement: { id: string, optionsFor: string | null, qualifiers: Array<{ name: string, value: string, entity:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
               | null }>, options: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            >, statedOn: { text: string } | null, citations: Array<{ quote: string, source: { title: string } }> } }> } }
    | { __typename: 'Organisation', name: string }
    | { __typename: 'Person', name: string }
    | { __typename: 'Season', name: string }
    | { __typename: 'Team', name: string }
    | { __typename: 'Venue', name: string }
   | null };

export type PersonRolesQueryVariables = Exact<{
  person: string;
  asOf?: string | null | undefined;
}>;


export type PersonRolesQuery = { entity:
    | { __typename: 'Agreement', id: string, name: string }
    | { __typename: 'Championship', id: string, name: string }
    | { __typename: 'Class', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Person', id: string, name: string, roles: { nodes: Array<{ role: string | null, entity:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , validFrom: { text: string } | null, validUntil: { text: string } | null, statement: { citations: Array<{ quote: string, source: { title: string } }> } }> }, ventures: { nodes: Array<{ predicate: Predicate, role: string | null, entity:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , validFrom: { text: string } | null, validUntil: { text: string } | null }> } }
    | { __typename: 'Season', id: string, name: string }
    | { __typename: 'Team', id: string, name: string }
    | { __typename: 'Venue', id: string, name: string }
   | null };

export type SearchNamesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchNamesQuery = { search: { totalCount: number, nodes: Array<{ matched: string, entity:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
       }> } | null };

export type StatementsAsOfQueryVariables = Exact<{
  subject: string | number;
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type StatementsAsOfQuery = { statements: { totalCount: number, leftOut: { recordDateUnknown: number | null, holdingUnknown: number | null } | null, nodes: Array<{ predicate: Predicate, value: string | null, statedOnFrom: RecordDateOrigin, disputed: boolean, status: StatementStatus, object:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, validFrom: { text: string } | null, validUntil: { text: string } | null, statedOn: { text: string } | null, holding: { state: HoldingState, reason: string } | null, citations: Array<{ quote: string, source: { title: string } }> }> } | null };

export type TheNovember2021AgreementQueryVariables = Exact<{ [key: string]: never; }>;


export type TheNovember2021AgreementQuery = { entity:
    | { __typename: 'Agreement', id: string, name: string, description: string | null, parties: { nodes: Array<{ role: string | null, entity:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , statement: { citations: Array<{ quote: string, source: { title: string, language: string } }> } }> }, announcedBy: { nodes: Array<{ entity:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           }> }, concerns: { nodes: Array<{ status: StatementStatus, entity:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , validFrom: { text: string } | null }> } }
    | { __typename: 'Championship', id: string, name: string, description: string | null }
    | { __typename: 'Class', id: string, name: string, description: string | null }
    | { __typename: 'Event', id: string, name: string, description: string | null }
    | { __typename: 'Organisation', id: string, name: string, description: string | null }
    | { __typename: 'Person', id: string, name: string, description: string | null }
    | { __typename: 'Season', id: string, name: string, description: string | null }
    | { __typename: 'Team', id: string, name: string, description: string | null }
    | { __typename: 'Venue', id: string, name: string, description: string | null }
   | null };

export type WhoRunsTheAsianLeMansSeriesQueryVariables = Exact<{
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type WhoRunsTheAsianLeMansSeriesQuery = { entity:
    | { __typename: 'Agreement', id: string, name: string }
    | { __typename: 'Championship', id: string, name: string, organisers: { totalCount: number, nodes: Array<{ role: string | null, status: StatementStatus, entity:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , validFrom: { text: string } | null, validUntil: { text: string } | null, statement: { citations: Array<{ quote: string, source: { title: string, outlet: string, published: { text: string } | null } }> } }> } }
    | { __typename: 'Class', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Season', id: string, name: string }
    | { __typename: 'Team', id: string, name: string }
    | { __typename: 'Venue', id: string, name: string }
   | null };

export const AnswerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Answer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntryEligibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnswerFragment, unknown>;
export const AsianLeMansSeriesRoutesToLeMansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AsianLeMansSeriesRoutesToLeMans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"StringValue","value":"Asian Le Mans Series","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Championship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pyramidTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-06-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routesToLeMans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingChampionship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AsianLeMansSeriesRoutesToLeMansQuery, AsianLeMansSeriesRoutesToLeMansQueryVariables>;
export const EndurancePyramidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EndurancePyramid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pyramid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unranked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EndurancePyramidQuery, EndurancePyramidQueryVariables>;
export const FindMentionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindMentions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"ambiguous"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FindMentionsQuery, FindMentionsQueryVariables>;
export const GtwcEuropeCrewClassesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GtwcEuropeCrewClasses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crew"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"championship"},"value":{"kind":"StringValue","value":"GT World Challenge Europe","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"season"},"value":{"kind":"StringValue","value":"2022","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"crew"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crew"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"championship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GtwcEuropeCrewClassesQuery, GtwcEuropeCrewClassesQueryVariables>;
export const GtwcEuropeProAmEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GtwcEuropeProAmEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"result"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualifyingResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"announced"},"name":{"kind":"Name","value":"entryEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"result"},"value":{"kind":"Variable","name":{"kind":"Name","value":"result"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"StringValue","value":"2021-11-05","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Answer"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"today"},"name":{"kind":"Name","value":"entryEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"result"},"value":{"kind":"Variable","name":{"kind":"Name","value":"result"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Answer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Answer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntryEligibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GtwcEuropeProAmEligibilityQuery, GtwcEuropeProAmEligibilityQueryVariables>;
export const HowAreTheyConnectedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HowAreTheyConnected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"truncatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"visitedEntities"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HowAreTheyConnectedQuery, HowAreTheyConnectedQueryVariables>;
export const LeMans2024AutomaticEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeMans2024AutomaticEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaticEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"event"},"value":{"kind":"StringValue","value":"24 Hours of Le Mans","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"IntValue","value":"2024"}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"championship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointClassification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"championships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"classDecided"}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"lastPosition"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"entryClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supersedes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<LeMans2024AutomaticEntriesQuery, LeMans2024AutomaticEntriesQueryVariables>;
export const LeMansAutomaticEntriesKnownAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeMansAutomaticEntriesKnownAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"StringValue","value":"24 Hours of Le Mans","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaticEntryRoutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"optionsFor"}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeMansAutomaticEntriesKnownAtQuery, LeMansAutomaticEntriesKnownAtQueryVariables>;
export const PersonRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"person"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"person"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ventures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonRolesQuery, PersonRolesQueryVariables>;
export const SearchNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchNamesQuery, SearchNamesQueryVariables>;
export const StatementsAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"leftOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDateUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"holdingUnknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOnFrom"}},{"kind":"Field","name":{"kind":"Name","value":"holding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsAsOfQuery, StatementsAsOfQueryVariables>;
export const TheNovember2021AgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TheNovember2021Agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"StringValue","value":"agreement/aco-almem-sro-2021","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"announcedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"concerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TheNovember2021AgreementQuery, TheNovember2021AgreementQueryVariables>;
export const WhoRunsTheAsianLeMansSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoRunsTheAsianLeMansSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"StringValue","value":"Asian Le Mans Series","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Championship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoRunsTheAsianLeMansSeriesQuery, WhoRunsTheAsianLeMansSeriesQueryVariables>;