/** Shortest chains of statements between two entities. Pure logic: the caller supplies the edges. */
export { DEFAULT_MAX_VISITED, MAX_HOPS, findPaths } from "./find-paths";
export type { Edge, ExpandEdges, Hop, HopDirection, PathQuery, PathSearchCap, PathSearchResult, TruncatedBy } from "./types";
export { HOP_DIRECTIONS, PATH_SEARCH_CAPS } from "./types";
