/** The vocabulary's enums and the API's own, each value described so GraphiQL documents them. */
import { DIRECTIONS, ENTITY_KINDS, NAME_TYPES, PREDICATES, STATUSES } from "../../domain/vocabulary";
import { HOLDINGS, RECORD_DATE_ORIGINS } from "../../domain/time";
import { DATE_PRECISIONS } from "../../domain/partial-date";
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

export const Direction = describedEnum("Direction", "Which way a statement points from the entity asked about.", DIRECTIONS);
export type Direction = keyof typeof Direction;

export const RecordDateOrigin = describedEnum("RecordDateOrigin", "Where a statement's record date (`statedOn`) comes from.", RECORD_DATE_ORIGINS);
export type RecordDateOrigin = keyof typeof RecordDateOrigin;

export const HoldingState = describedEnum("HoldingState", "Whether a statement held on the `asOf` day (for a month or a year: on any day of it).", HOLDINGS);
export type HoldingState = keyof typeof HoldingState;

export const DatePrecision = describedEnum("DatePrecision", "How precise a partial date is.", DATE_PRECISIONS);
export type DatePrecision = keyof typeof DatePrecision;

export const NameType = describedEnum("NameType", "How an entity is known by a name.", NAME_TYPES);
export type NameType = keyof typeof NameType;
