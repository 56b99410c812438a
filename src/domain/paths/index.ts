/** Shortest chains of statements between two entities. Pure logic: the caller supplies the edges. */
export { DEFAULT_MAX_VISITED, MAX_HOPS, findPaths } from "./find-paths";
export type { Edge, ExpandEdges, Hop, HopDirection, PathQuery, PathSearchResult, TruncatedBy } from "./types";
