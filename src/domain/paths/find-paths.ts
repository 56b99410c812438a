import { listShortestPaths } from "./list-shortest-paths";
import { SearchSide } from "./search-side";
import type { ExpandEdges, PathQuery, PathSearchResult, TruncatedBy } from "./types";

/** The most hops a path query may ask for: beyond six, everything in motor racing is linked to everything. */
export const MAX_HOPS = 6;

/** Entities a path query may reach before it gives up, so a hub like the ACO cannot make a request run away. */
export const DEFAULT_MAX_VISITED = 5000;

/**
 * Finds the shortest chains of statements linking two entities, by a bidirectional breadth-first
 * search that meets in the middle.
 *
 * Each step expands the smaller of the two frontiers by one whole level with a single `expand` call
 * (batched: one call per level, never one per entity), so a path of n hops costs exactly n calls.
 * When the searches meet, every shortest path is known; the first `first` of them are returned, in
 * lexicographic order of their statement ids. Only shortest paths are returned: when there are fewer
 * than `first`, longer paths are not looked for.
 *
 * Caps: the search stops, with `truncated` set, when the path would need more than `maxHops` hops, or
 * when `maxVisited` entities have been reached. The visited cap is checked between levels, so the
 * level that crosses it is still read whole (one `expand` call): `visited` can exceed `maxVisited` by
 * up to the size of that level, and a meeting found on it is still reported. No path is not an error:
 * the answer is an empty list, with `truncated` false when the search proved there is none.
 *
 * The caller validates the caps (maxHops ≤ MAX_HOPS and so on); this function trusts them.
 */
export async function findPaths(query: PathQuery, expand: ExpandEdges): Promise<PathSearchResult> {
  const first = Math.max(0, query.first);
  if (query.from === query.to) {
    return { paths: first > 0 ? [[]] : [], hasMore: first === 0, truncated: false, truncatedBy: null, visited: 1, expansions: 0 };
  }

  const source = new SearchSide(query.from);
  const target = new SearchSide(query.to);
  let expansions = 0;
  for (;;) {
    const visited = source.reachedCount + target.reachedCount;
    const stop = reasonToStop(source, target, visited, query);
    if (stop !== undefined) {
      return { paths: [], hasMore: false, truncated: stop !== null, truncatedBy: stop, visited, expansions };
    }

    const [near, far] = smallerFrontierFirst(source, target);
    const edges = await expand([...near.frontier].sort());
    expansions++;
    const reached = near.advance(edges);

    const meetingIds = reached.filter((id) => far.levelOf.has(id));
    if (meetingIds.length > 0) {
      const found = listShortestPaths(source, target, meetingIds, first + 1);
      return {
        paths: found.slice(0, first),
        hasMore: found.length > first,
        truncated: false,
        truncatedBy: null,
        visited: source.reachedCount + target.reachedCount - meetingIds.length,
        expansions,
      };
    }
  }
}

/**
 * Why the search must stop before the next level: null when it has proved there is no path (one
 * side has nothing left to expand), a cap when one cut it short, undefined to go on.
 */
function reasonToStop(source: SearchSide, target: SearchSide, visited: number, query: PathQuery): TruncatedBy | null | undefined {
  if (source.frontier.length === 0 || target.frontier.length === 0) return null;
  // Levels are explored alternately; together they bound the length of any path still to be found.
  if (source.level + target.level >= query.maxHops) return "MAX_HOPS";
  if (visited >= query.maxVisited) return "MAX_VISITED";
  return undefined;
}

/**
 * Orders the two sides so the cheaper one is expanded: the smaller frontier, then the side that has
 * reached fewer entities, then the source. Expanding the smaller side keeps hubs for last.
 */
function smallerFrontierFirst(source: SearchSide, target: SearchSide): [SearchSide, SearchSide] {
  const bySize = source.frontier.length - target.frontier.length;
  const byReach = source.reachedCount - target.reachedCount;
  return (bySize || byReach) > 0 ? [target, source] : [source, target];
}
