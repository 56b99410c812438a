/**
 * The graph's controlled vocabulary: entity kinds, statement predicates and statuses.
 * One list, used by the seed validator, the database and the GraphQL enums, so the
 * descriptions written here are the ones GraphiQL shows.
 */

export const ENTITY_KINDS = {
  PERSON: { prefix: "person", schemaOrg: "Person", description: "A person: a founder, an official, a driver." },
  ORGANISATION: { prefix: "org", schemaOrg: "SportsOrganization", description: "A club, company, federation or sanctioning body (ACO, LMEM, SRO Motorsports Group, FIA)." },
  CHAMPIONSHIP: { prefix: "championship", schemaOrg: "EventSeries", description: "A series run over a season (FIA WEC, Asian Le Mans Series, GT World Challenge Europe)." },
  EVENT: { prefix: "event", schemaOrg: "SportsEvent", description: "A race held as its own event, such as the 24 Hours of Le Mans; its editions are years." },
  SEASON: { prefix: "season", schemaOrg: "SportsEvent", description: "One championship's season (the 2021 Asian Le Mans Series)." },
  CLASS: { prefix: "class", schemaOrg: null, description: "A class or cup within a championship or event (Gold Cup, Pro-Am, LMGT3)." },
  VENUE: { prefix: "venue", schemaOrg: "Place", description: "A circuit or place where races are held (Dubai Autodrome, Yas Marina)." },
  TEAM: { prefix: "team", schemaOrg: "SportsTeam", description: "A racing team or entrant." },
  AGREEMENT: { prefix: "agreement", schemaOrg: null, description: "An agreement or announcement between organisations, with its parties and terms." },
} as const satisfies Record<string, { prefix: string; schemaOrg: string | null; description: string }>;

export type EntityKind = keyof typeof ENTITY_KINDS;
export const ENTITY_KIND_NAMES = Object.keys(ENTITY_KINDS) as EntityKind[];

/** A kind as one capitalised word (ORGANISATION → Organisation): its GraphQL type and its JSON-LD class. */
export function kindName(kind: EntityKind): string {
  return `${kind.charAt(0)}${kind.slice(1).toLowerCase()}`;
}

/** An entity id: a kind's prefix and a lower-case slug ("org/aco", "person/stephane-ratel"). */
export const ENTITY_ID = new RegExp(`^(${ENTITY_KIND_NAMES.map((kind) => ENTITY_KINDS[kind].prefix).join("|")})/[a-z0-9][a-z0-9-]*$`);

/** A statement's global id from its seed id or content hash ("statement/ratel-lmem-partner"). */
export const STATEMENT_PREFIX = "statement/";
export const statementId = (slug: string): string => `${STATEMENT_PREFIX}${slug}`;

/** Statement predicates. `object` says whether the object is an entity or a literal value. */
export const PREDICATES = {
  HOLDS_ROLE: { object: "entity", description: "The subject (a person) holds a role in the object (an organisation or championship); qualifier `role` names it, e.g. 'president', 'CEO'." },
  FOUNDED: { object: "entity", description: "The subject founded, created or set up the object; qualifier `role` can say how (e.g. 'original partner')." },
  SHAREHOLDER_OF: { object: "entity", description: "The subject held shares in, or was a partner in, the object organisation or championship." },
  SUBSIDIARY_OF: { object: "entity", description: "The subject organisation is owned by, or is an arm of, the object organisation." },
  ORGANISES: { object: "entity", description: "The subject organisation organises, runs or promotes the object championship or event; qualifier `role` can say 'promoter', 'co-organiser'." },
  SANCTIONS: { object: "entity", description: "The subject body sanctions (grants the official status of) the object championship." },
  PARTY_TO: { object: "entity", description: "The subject organisation is a party to the object agreement." },
  ANNOUNCED: { object: "entity", description: "The subject (a person or organisation) announced the object (an agreement or plan)." },
  CONCERNS: { object: "entity", description: "The subject agreement concerns, or sets terms for, the object championship, event or season." },
  COMPETED_IN: { object: "entity", description: "The subject competed in the object event or championship; qualifier `role` says as what (e.g. 'driver', 'entrant'); valid time gives the year." },
  JOINT_CLASSIFICATION_WITH: { object: "entity", description: "The subject championship shares a joint classification with the object championship; qualifier `class` says for which class." },
  COMBINED_WITH: { object: "entity", description: "The subject championship is combined with the object championship in a shared structure (as the Sprint and Endurance Cups are)." },
  GRANTS_AUTOMATIC_ENTRY: { object: "entity", description: "A result in the subject championship (or classification) earns an automatic entry to the object event; qualifiers give `edition`, `class`, `position`, `beneficiary`. Undecided terms carry their options." },
  RECEIVED_AUTOMATIC_ENTRY: { object: "entity", description: "The subject team or driver received an automatic entry (an invitation) to the object event; qualifiers give `edition`, `class` and `via` (the qualifying championship)." },
  SEASON_OF: { object: "entity", description: "The subject season is a season of the object championship." },
  HELD_AT: { object: "entity", description: "The subject season, event or race was (or is planned to be) held at the object venue; qualifier `date` or `races` may add detail." },
  LOCATED_IN: { object: "value", description: "The subject venue or organisation is located in the place the value names ('Abu Dhabi, United Arab Emirates')." },
  PART_OF: { object: "entity", description: "The subject championship or cup is part of the object championship (the Endurance Cup within GT World Challenge Europe)." },
  CLASS_OF: { object: "entity", description: "The subject class or cup is a class of the object championship or event." },
  REPLACES: { object: "entity", description: "The subject replaces the object (a class, championship or rule set) from the subject's valid-from date; qualifier `in` names where." },
  PART_OF_PYRAMID: { object: "entity", description: "The subject championship or event is part of the object's endurance pyramid; qualifier `tier` (1 = top) places it." },
  SUCCEEDED: { object: "entity", description: "The subject person succeeded the object person in a role; qualifier `role` names it." },
  CHAMPION_OF: { object: "entity", description: "The subject team or driver won the object season's title; qualifier `class` names the class." },
  OFFICIAL_NAME: { object: "value", description: "The subject was officially named the value during the statement's valid time (former names are the earlier ones)." },
  INCEPTION: { object: "value", description: "The subject was founded, established or first held; the value and the valid-from date give when." },
  PLAN: { object: "value", description: "A stated plan or vision for the subject, in the value's words (e.g. 'two races in the Middle East and two in the Far East')." },
  REGULATION: { object: "value", description: "A rule or regulatory fact about the subject, in the value's words (e.g. 'no professional GT category')." },
  CALENDAR: { object: "value", description: "A calendar fact about the subject season or championship, in the value's words (e.g. 'four races over two weekends')." },
  HIATUS: { object: "value", description: "The subject was not held during the statement's valid time; the value gives the reason." },
  SAID: { object: "value", description: "The subject (a person) said the value; qualifier `about` names what it is about. The value is the quotation as the source gives it." },
  BORN: { object: "value", description: "The subject person was born; the value gives the place, the valid-from date the day." },
} as const;

export type Predicate = keyof typeof PREDICATES;
export const PREDICATE_NAMES = Object.keys(PREDICATES) as Predicate[];

/** The status a seed gives a statement. SUPERSEDED is never seeded: it is derived from a later statement's `supersedes`. */
export const STATUSES = {
  FACT: "Reported as having happened or as holding.",
  ANNOUNCED: "Announced or planned: a statement about the future, made on its `statedOn` date.",
  UNDECIDED: "Announced with a term still open; `options` lists what was on the table.",
  CANCELLED: "Announced, then reported as cancelled or not carried out.",
  SUPERSEDED: "Replaced by a later statement (see `supersededBy`); shown only when the later one was known at `knownAt`.",
} as const;

export type Status = keyof typeof STATUSES;
export const STATUS_NAMES = Object.keys(STATUSES) as Status[];
export type SeededStatus = Exclude<Status, "SUPERSEDED">;
/** Every status a seed may give: all but SUPERSEDED. Also what a list shows unless it asks for replaced statements. */
export const SEEDED_STATUSES = STATUS_NAMES.filter((status): status is SeededStatus => status !== "SUPERSEDED");

/** How an entity is known by a name. */
export const NAME_TYPES = {
  NAME: "The canonical name.",
  LABEL: "The name in a given language.",
  ALIAS: "Another name: an acronym, a former or variant spelling.",
} as const;
export type NameType = keyof typeof NAME_TYPES;

/** Which way a statement points from the entity asked about. */
export const DIRECTIONS = {
  OUTGOING: "The entity is the statement's subject.",
  INCOMING: "The entity is the statement's object.",
  BOTH: "Either.",
} as const;
export type Direction = keyof typeof DIRECTIONS;

export const LANGUAGES = ["en", "fr", "it", "de", "es", "pt", "ja"] as const;
export type Language = (typeof LANGUAGES)[number];
