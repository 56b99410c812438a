/** The vocabulary's enums and the API's own, each value described so GraphiQL documents them. */
import { ENTITY_KINDS, PREDICATES, STATUSES } from "../../domain/vocabulary";
import { describedEnum } from "./described-enum";

const descriptions = <Key extends string>(entries: Record<Key, { description: string }>) =>
  Object.fromEntries(Object.entries<{ description: string }>(entries).map(([key, value]) => [key, value.description])) as Record<Key, string>;

export const EntityKind = describedEnum(
  "EntityKind",
  "What an entity is. Its id starts with the kind's prefix (person/, org/, championship/ …).",
  descriptions(ENTITY_KINDS),
);

export const Predicate = describedEnum("Predicate", "The controlled vocabulary of statements: what a statement says about its subject.", descriptions(PREDICATES));

export const StatementStatus = describedEnum("StatementStatus", "How settled a statement is, as known at the query's `knownAt` date.", STATUSES);

export const Direction = describedEnum("Direction", "Which way a statement points from the entity asked about.", {
  OUTGOING: "The entity is the statement's subject.",
  INCOMING: "The entity is the statement's object.",
  BOTH: "Either.",
});
export type Direction = keyof typeof Direction;

export const DatePrecision = describedEnum("DatePrecision", "How precise a partial date is.", {
  YEAR: "A year, e.g. 2023.",
  MONTH: "A month, e.g. 2022-12.",
  DAY: "A day, e.g. 2021-11-05.",
});
export type DatePrecision = keyof typeof DatePrecision;

export const NameType = describedEnum("NameType", "How an entity is known by a name.", {
  NAME: "The canonical name.",
  LABEL: "The name in a given language.",
  ALIAS: "Another name: an acronym, a former or variant spelling.",
});
export type NameType = keyof typeof NameType;
