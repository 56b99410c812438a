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

/** Which way a hop crosses its statement (the values, described: the API documents them as they are). */
export const HOP_DIRECTIONS = {
  FORWARD: 'From the statement\'s subject to its object (Ratel → SRO for "Ratel founded SRO").',
  BACKWARD: 'From the statement\'s object to its subject (SRO → Ratel for "Ratel founded SRO").',
} as const;
export type HopDirection = keyof typeof HOP_DIRECTIONS;

/** One step of a path: the statement crossed, and which way. */
export interface Hop {
  readonly statementId: string;
  readonly fromId: string;
  readonly toId: string;
  readonly direction: HopDirection;
}

/**
 * Every limit that can stop a path search before it proves its answer complete: the search's own
 * (TruncatedBy) and the caller's cap on the statements one level may read (MAX_LEVEL_EDGES).
 */
export const PATH_SEARCH_CAPS = {
  MAX_HOPS: "Any path would be longer than `maxHops`.",
  MAX_VISITED: "The search reached as many entities as one request may visit (a hub such as the ACO links to very many).",
  MAX_LEVEL_EDGES: "One level of the search touched more statements than one request may read; paths found are real but may not be all the shortest.",
} as const;
export type PathSearchCap = keyof typeof PATH_SEARCH_CAPS;
/** Why the search itself stopped before it could prove its answer complete. */
export type TruncatedBy = Exclude<PathSearchCap, "MAX_LEVEL_EDGES">;

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
