/** The GraphQL shape of a path query's answer (paths made of hops, and whether a cap cut the search), and the plain objects `paths` makes for it. */
import { Field, Int, ObjectType } from "type-graphql";
import { describedEnum } from "../common/described-enum";
import { Entity } from "../entities/entity.interface";
import { Statement } from "../statements/statement.type";
import { Predicate } from "../common/enums";
import { HOP_DIRECTIONS, PATH_SEARCH_CAPS } from "../../domain/paths";

const HOP_DIRECTION_TEXT = "Which way a hop crosses its statement: statements point from subject to object, paths may follow them either way.";
export const HopDirection = describedEnum("HopDirection", HOP_DIRECTION_TEXT, HOP_DIRECTIONS);
export type HopDirection = keyof typeof HopDirection;
export const PathSearchCap = describedEnum("PathSearchCap", "A limit that stopped a path search before it could find a path or prove there is none.", PATH_SEARCH_CAPS);
export type PathSearchCap = keyof typeof PathSearchCap;

@ObjectType({ description: "One step of a path: the statement it crosses, between which entities, and which way." })
export class PathHop {
  @Field(() => Statement, { description: "The statement crossed, with its valid time, record time, status and citations." })
  statement: Statement;

  @Field(() => Predicate, { description: "The statement's predicate (a shortcut for `statement.predicate`)." })
  predicate: string;

  @Field(() => Entity, { description: "The entity this hop leaves." })
  from: Entity;

  @Field(() => Entity, { description: "The entity this hop reaches." })
  to: Entity;

  @Field(() => HopDirection, { description: "FORWARD when `from` is the statement's subject, BACKWARD when it is the object." })
  direction: HopDirection;
}

@ObjectType({ description: "A chain of statements linking two entities, hop by hop." })
export class Path {
  @Field(() => Int, { description: "Number of hops (statements)." })
  length: number;

  @Field(() => [PathHop], { description: "The hops, from the `from` entity to the `to` entity." })
  hops: PathHop[];

  @Field(() => [Entity], { description: "The entities along the path, both ends included: one more than the hops." })
  entities: Entity[];
}

@ObjectType({
  description:
    "The shortest paths between two entities. An empty `paths` is an answer, not an error: with `truncated` false the search proved " +
    "there is no path within `maxHops`; with `truncated` true a cap stopped it first (`truncatedBy` says which).",
})
export class PathResult {
  @Field(() => Entity, { description: "The entity the paths start from." })
  from: Entity;

  @Field(() => Entity, { description: "The entity the paths end at." })
  to: Entity;

  @Field(() => Int, { description: "The longest path looked for, in hops." })
  maxHops: number;

  @Field(() => [Path], { description: "The shortest paths (all of the same length), in a stable order; at most `first`." })
  paths: Path[];

  @Field(() => Boolean, { description: "True when more shortest paths exist than `first` allowed to return." })
  hasMore: boolean;

  @Field(() => Boolean, { description: "True when a cap stopped the search before it could find every shortest path or prove there is none." })
  truncated: boolean;

  @Field(() => PathSearchCap, { nullable: true, description: "Which cap stopped the search; null when it ran to its end." })
  truncatedBy: PathSearchCap | null;

  @Field(() => Int, { description: "How many distinct entities the search reached, both ends included: what it cost." })
  visitedEntities: number;
}

// ── The objects `paths` makes ───────────────────────────────────────────────────────────────
// Shaped like the types above, every field that needs no read filled; the statements and entities
// are read through the store on demand, from the ids beside the fields.

export interface PathHopObject extends Omit<PathHop, "statement" | "predicate" | "from" | "to"> {
  statementId: string;
  fromId: string;
  toId: string;
  /** The record-time day the statement is viewed at (its status depends on it). */
  knownAt: string | null;
}

export interface PathObject extends Omit<Path, "hops" | "entities"> {
  hops: PathHopObject[];
  /** The entities along the path, both ends included (a path of no hops has one). */
  entityIds: string[];
}

export interface PathResultObject extends Omit<PathResult, "from" | "to" | "paths"> {
  fromId: string;
  toId: string;
  paths: PathObject[];
}
