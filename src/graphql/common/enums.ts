/** The vocabulary's enums, registered with their descriptions so GraphiQL documents them. */
import { registerEnumType } from "type-graphql";
import { ENTITY_KINDS, PREDICATES, STATUSES, type EntityKind as Kind, type Predicate as PredicateName, type Status } from "../../domain/vocabulary";

export const EntityKind = Object.fromEntries(Object.keys(ENTITY_KINDS).map((key) => [key, key])) as { [K in Kind]: K };
export const Predicate = Object.fromEntries(Object.keys(PREDICATES).map((key) => [key, key])) as { [K in PredicateName]: K };
export const StatementStatus = Object.fromEntries(Object.keys(STATUSES).map((key) => [key, key])) as { [K in Status]: K };

export enum Direction {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
  BOTH = "BOTH",
}

export enum DatePrecision {
  YEAR = "YEAR",
  MONTH = "MONTH",
  DAY = "DAY",
}

export enum NameType {
  NAME = "NAME",
  LABEL = "LABEL",
  ALIAS = "ALIAS",
}

registerEnumType(EntityKind, {
  name: "EntityKind",
  description: "What an entity is. Its id starts with the kind's prefix (person/, org/, championship/ …).",
  valuesConfig: Object.fromEntries(Object.entries(ENTITY_KINDS).map(([key, value]) => [key, { description: value.description }])),
});
registerEnumType(Predicate, {
  name: "Predicate",
  description: "The controlled vocabulary of statements: what a statement says about its subject.",
  valuesConfig: Object.fromEntries(Object.entries(PREDICATES).map(([key, value]) => [key, { description: value.description }])),
});
registerEnumType(StatementStatus, {
  name: "StatementStatus",
  description: "How settled a statement is, as known at the query's `knownAt` date.",
  valuesConfig: Object.fromEntries(Object.entries(STATUSES).map(([key, description]) => [key, { description }])),
});
registerEnumType(Direction, {
  name: "Direction",
  description: "Which way a statement points from the entity asked about.",
  valuesConfig: {
    OUTGOING: { description: "The entity is the statement's subject." },
    INCOMING: { description: "The entity is the statement's object." },
    BOTH: { description: "Either." },
  },
});
registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How precise a partial date is.",
  valuesConfig: { YEAR: { description: "A year, e.g. 2023." }, MONTH: { description: "A month, e.g. 2022-12." }, DAY: { description: "A day, e.g. 2021-11-05." } },
});
registerEnumType(NameType, {
  name: "NameType",
  description: "How an entity is known by a name.",
  valuesConfig: {
    NAME: { description: "The canonical name." },
    LABEL: { description: "The name in a given language." },
    ALIAS: { description: "Another name: an acronym, a former or variant spelling." },
  },
});
