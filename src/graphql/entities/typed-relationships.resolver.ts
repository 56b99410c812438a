/**
 * The relationship fields each kind of entity offers, named for the questions people ask
 * ("who leads the ACO?" → Organisation.leaders). Each is a view of `relationships` with fixed
 * predicates and direction: one row of RELATIONSHIP_FIELDS, from which the field resolvers are made.
 */
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityKind, Predicate } from "../../domain/vocabulary";
import { ENTITY_TYPE_OF_KIND, entityTypeName } from "./entity-types";
import { RelationshipConnection } from "./relationship.type";
import { StatementConnection } from "../statements/statement.type";
import { relationshipPage, statementViews } from "./relationships";
import { RelationshipArgs, EVERY_STATUS } from "../common/time-args";
import type { Direction } from "../common/enums";
import type { Context } from "../context";
import type { EntityRecord } from "../../db/schema";

/**
 * One relationship field. `links` answer Relationships (the entity at the other end of each
 * statement, that way round); `literals` answer the statements themselves (values such as names and
 * quotes), always OUTGOING.
 */
export interface RelationshipField {
  kind: EntityKind;
  field: string;
  answers: "links" | "literals";
  predicates: readonly Predicate[];
  direction: Direction;
  description: string;
}

type Row = [kind: EntityKind, field: string, answers: RelationshipField["answers"], direction: Direction, predicates: Predicate[], description: string];

// prettier-ignore
const ROWS: Row[] = [
  ["PERSON", "roles", "links", "OUTGOING", ["HOLDS_ROLE"], "Roles the person holds or held (president, CEO …), with the organisation or championship and the term."],
  ["PERSON", "ventures", "links", "OUTGOING", ["FOUNDED", "SHAREHOLDER_OF"], "What the person founded, created or was a partner or shareholder in."],
  ["PERSON", "competedIn", "links", "OUTGOING", ["COMPETED_IN"], "Races and championships the person competed in, and as what (driver, entrant)."],
  ["PERSON", "announced", "links", "OUTGOING", ["ANNOUNCED"], "Agreements and plans the person announced."],
  ["PERSON", "quotes", "literals", "OUTGOING", ["SAID"], "What the person said, quoted as the sources give it (SAID statements)."],

  ["ORGANISATION", "leaders", "links", "INCOMING", ["HOLDS_ROLE"], "People who hold or held a role in the organisation (president, CEO …), with their terms."],
  ["ORGANISATION", "championships", "links", "OUTGOING", ["ORGANISES", "SANCTIONS"], "Championships and events the organisation organises, runs, promotes or sanctions."],
  ["ORGANISATION", "parents", "links", "OUTGOING", ["SUBSIDIARY_OF"], "Organisations this one belongs to (its owners or parents)."],
  ["ORGANISATION", "subsidiaries", "links", "INCOMING", ["SUBSIDIARY_OF"], "Organisations owned by, or arms of, this one."],
  ["ORGANISATION", "foundersAndShareholders", "links", "INCOMING", ["FOUNDED", "SHAREHOLDER_OF"], "Founders, partners and shareholders of the organisation."],
  ["ORGANISATION", "agreements", "links", "OUTGOING", ["PARTY_TO"], "Agreements the organisation is a party to."],

  ["CHAMPIONSHIP", "organisers", "links", "INCOMING", ["ORGANISES", "SANCTIONS"], "Who organises, runs, promotes or sanctions the championship, and since when."],
  ["CHAMPIONSHIP", "officialNames", "literals", "OUTGOING", ["OFFICIAL_NAME"], "Its official names over time; with `asOf`, the name it bore that day. Earlier ones are its former names."],
  ["CHAMPIONSHIP", "people", "links", "INCOMING", ["FOUNDED", "HOLDS_ROLE", "SHAREHOLDER_OF"], "Founders and people who hold roles in the championship."],
  ["CHAMPIONSHIP", "seasons", "links", "INCOMING", ["SEASON_OF"], "The championship's seasons."],
  ["CHAMPIONSHIP", "classes", "links", "INCOMING", ["CLASS_OF"], "Its classes and cups (Pro-Am, Gold Cup …)."],
  ["CHAMPIONSHIP", "automaticEntries", "links", "OUTGOING", ["GRANTS_AUTOMATIC_ENTRY"], "Automatic entries a result in this championship earns (to the 24 Hours of Le Mans …), with their terms."],
  ["CHAMPIONSHIP", "partnerships", "links", "BOTH", ["COMBINED_WITH", "JOINT_CLASSIFICATION_WITH"], "Championships this one is combined with or shares a joint classification with."],
  ["CHAMPIONSHIP", "pyramid", "links", "OUTGOING", ["PART_OF_PYRAMID"], "Its place in the ACO's endurance pyramid (qualifier `tier`)."],

  ["EVENT", "organisers", "links", "INCOMING", ["ORGANISES", "SANCTIONS"], "Who organises the event."],
  ["EVENT", "automaticEntryRoutes", "links", "INCOMING", ["GRANTS_AUTOMATIC_ENTRY"], "Championships whose results earn an automatic entry to this event (qualifier `edition` gives the year)."],
  ["EVENT", "invitees", "links", "INCOMING", ["RECEIVED_AUTOMATIC_ENTRY"], "Teams and drivers that received an automatic entry (qualifiers `edition`, `via`)."],
  ["EVENT", "competitors", "links", "INCOMING", ["COMPETED_IN"], "People and teams that competed in the event, and as what."],

  ["SEASON", "championship", "links", "OUTGOING", ["SEASON_OF"], "The championship the season belongs to."],
  ["SEASON", "venues", "links", "OUTGOING", ["HELD_AT"], "Where the season was (or was planned to be) held."],
  ["SEASON", "champions", "links", "INCOMING", ["CHAMPION_OF"], "The season's champions, per class."],

  ["CLASS", "placement", "links", "BOTH", ["CLASS_OF", "REPLACES"], "Championships and events the class belongs to, and what it replaces or is replaced by."],
  ["CLASS", "regulations", "literals", "OUTGOING", ["REGULATION"], "Its regulations in the sources' words (crew composition by driver rating …)."],

  ["VENUE", "hosted", "links", "INCOMING", ["HELD_AT"], "Seasons and events held at the venue."],

  ["TEAM", "titles", "links", "OUTGOING", ["CHAMPION_OF"], "Titles the team won (qualifier `class`)."],
  ["TEAM", "invitations", "links", "OUTGOING", ["RECEIVED_AUTOMATIC_ENTRY"], "Automatic entries the team received (qualifiers `edition`, `via`)."],

  ["AGREEMENT", "parties", "links", "INCOMING", ["PARTY_TO"], "The organisations party to the agreement."],
  ["AGREEMENT", "announcedBy", "links", "INCOMING", ["ANNOUNCED"], "Who announced it."],
  ["AGREEMENT", "concerns", "links", "OUTGOING", ["CONCERNS"], "The championships, events and seasons it concerns."],
];

export const RELATIONSHIP_FIELDS: readonly RelationshipField[] = ROWS.map(([kind, field, answers, direction, predicates, description]) => ({
  kind,
  field,
  answers,
  direction,
  predicates,
  description,
}));

/** What a relationship field answers for one entity (its GraphQL name, "Organisation.leaders", goes into paging errors). */
function resolve(spec: RelationshipField, entity: EntityRecord, args: RelationshipArgs, context: Context) {
  const field = `${entityTypeName(spec.kind)}.${spec.field}`;
  if (spec.answers === "links") return relationshipPage(entity.id, { predicates: [...spec.predicates], direction: spec.direction }, args, context, field);
  const statuses = args.includeSuperseded ? [...EVERY_STATUS] : null;
  return statementViews(entity.id, spec.direction, { ...args, predicates: [...spec.predicates], statuses }, context, field);
}

/** One type-graphql resolver class for a kind: a field resolver per row, decorated as if written by hand. */
function relationshipResolver(kind: EntityKind, fields: readonly RelationshipField[]): Function {
  class KindRelationships {}
  for (const spec of fields) {
    const method = function (entity: EntityRecord, args: RelationshipArgs, context: Context) {
      return resolve(spec, entity, args, context);
    };
    Object.defineProperty(KindRelationships.prototype, spec.field, { value: method, writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(KindRelationships.prototype, spec.field)!;
    const returns = spec.answers === "links" ? RelationshipConnection : StatementConnection;
    FieldResolver(() => returns, { description: spec.description })(KindRelationships.prototype, spec.field, descriptor);
    Root()(KindRelationships.prototype, spec.field, 0);
    Args(() => RelationshipArgs)(KindRelationships.prototype, spec.field, 1);
    Ctx()(KindRelationships.prototype, spec.field, 2);
  }
  Object.defineProperty(KindRelationships, "name", { value: `${entityTypeName(kind)}RelationshipsResolver` });
  Resolver(() => ENTITY_TYPE_OF_KIND[kind])(KindRelationships);
  return KindRelationships;
}

const kindsWithFields = [...new Set(RELATIONSHIP_FIELDS.map((spec) => spec.kind))];

export const TYPED_RELATIONSHIP_RESOLVERS = kindsWithFields.map((kind) =>
  relationshipResolver(
    kind,
    RELATIONSHIP_FIELDS.filter((spec) => spec.kind === kind),
  ),
);
