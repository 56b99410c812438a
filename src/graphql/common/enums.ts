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

export const RecordDateOrigin = describedEnum("RecordDateOrigin", "Where a statement's record date (`statedOn`) comes from.", {
  STATED: "The statement's own date of first report, given by its source.",
  SOURCE_PUBLISHED: "The earliest publication date among the statement's sources (`statedOnSource`).",
  VALID_FROM: "The day the reported result began: something that happened cannot have been reported before it happened.",
  UNKNOWN: "Neither the statement nor any of its sources is dated: record date unknown, so no `knownAt` answer includes it.",
});
export type RecordDateOrigin = keyof typeof RecordDateOrigin;

export const HoldingState = describedEnum("HoldingState", "Whether a statement held on the `asOf` day.", {
  HELD: "It held: begun by then (its start, or with no start its record date) and not ended.",
  UNKNOWN: "Not known: it has no start date and was first reported later, or never dated.",
  NOT_HELD: "It did not hold: it began later or had ended.",
});
export type HoldingState = keyof typeof HoldingState;

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
