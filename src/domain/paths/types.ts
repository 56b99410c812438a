/**
 * The shapes the path search works with. A statement is directed (subject → object), but a chain
 * of statements may follow it either way: "Ratel founded SRO" links SRO back to Ratel as well.
 */

/** A statement seen as an edge between two entities, whatever its predicate. */
export interface Edge {
  readonly statementId: string;
  readonly subjectId: string;
  readonly objectId: string;
}

/** FORWARD when a hop goes from the statement's subject to its object, BACKWARD when against it. */
export type HopDirection = "FORWARD" | "BACKWARD";

/** One step of a path: the statement crossed, and which way. */
export interface Hop {
  readonly statementId: string;
  readonly fromId: string;
  readonly toId: string;
  readonly direction: HopDirection;
}

/** Why a search stopped before it could prove its answer complete. */
export type TruncatedBy = "MAX_VISITED" | "MAX_HOPS";

export interface PathQuery {
  readonly from: string;
  readonly to: string;
  /** Longest path worth looking for, in hops (statements). */
  readonly maxHops: number;
  /** Stop once this many distinct entities have been reached (checked between levels). */
  readonly maxVisited: number;
  /** How many paths to return at most. */
  readonly first: number;
}

/**
 * Every edge touching any of the given entities, as subject or as object. Called once per BFS level
 * with the whole frontier, so one call can be one batched database query. The caller filters the
 * statements (asOf, knownAt, status) before returning them; edges that touch none of the ids, repeated
 * edges and self-loops are tolerated and ignored.
 */
export type ExpandEdges = (entityIds: string[]) => Promise<readonly Edge[]>;

export interface PathSearchResult {
  /** The shortest paths, in order of their statement ids; at most `first`. */
  paths: Hop[][];
  /** True when more shortest paths exist than `first` allowed to return. */
  hasMore: boolean;
  /** True when a cap stopped the search before it could find a path or prove there is none. */
  truncated: boolean;
  truncatedBy: TruncatedBy | null;
  /** Distinct entities reached, both ends included. */
  visited: number;
  /** Calls made to `expand`: one per BFS level. */
  expansions: number;
}
