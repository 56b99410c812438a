/**
 * The path search's `expand` callback over the database: one SQL statement per breadth-first level,
 * bounded, so that a hub cannot make one level read the whole graph.
 */
import type { StatementFilter } from "../../db/statement-filter";
import type { Store } from "../store/store";
import type { Edge, ExpandEdges } from "../../domain/paths";

export interface LevelExpander {
  expand: ExpandEdges;
  /** True once a level had more statements than the cap: that level was read in part, and the search stopped after it. */
  readonly cutShort: boolean;
}

/**
 * Reads at most `maxEdgesPerLevel` statements per level. A level over the cap is cut at the cap and
 * is the last one read: the search still checks it for a meeting (any path found is real), then
 * every later call returns no edges, which ends the search; the caller reports the cut.
 */
export function levelExpander(store: Store, filter: StatementFilter, maxEdgesPerLevel: number): LevelExpander {
  let cutShort = false;
  return {
    async expand(entityIds: string[]): Promise<Edge[]> {
      if (cutShort) return [];
      const rows = await store.edgesTouching(entityIds, filter, maxEdgesPerLevel + 1);
      if (rows.length <= maxEdgesPerLevel) return rows;
      cutShort = true;
      return rows.slice(0, maxEdgesPerLevel);
    },
    get cutShort() {
      return cutShort;
    },
  };
}
