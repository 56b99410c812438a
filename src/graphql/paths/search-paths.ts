/** `paths`: resolve both ends, run the bidirectional search over the database, and shape the answer. */
import { DEFAULT_MAX_VISITED, findPaths, type Hop, type PathSearchResult } from "../../domain/paths";
import { lookupEntity } from "../entities/lookup";
import type { Context } from "../context";
import { checkPathArgs, type PathArgs } from "./path-args";
import { levelExpander } from "./level-expander";
import { HopDirection, PathSearchCap, type PathObject, type PathResultObject } from "./path.types";

export interface PathLimits {
  /** Entities one search may reach (checked between levels). */
  maxVisited: number;
  /** Statements one level may read. With maxVisited, this bounds a request's work whatever the graph. */
  maxEdgesPerLevel: number;
}

export const PATH_LIMITS: PathLimits = { maxVisited: DEFAULT_MAX_VISITED, maxEdgesPerLevel: 20_000 };

export async function searchPaths(args: PathArgs, context: Context, limits: PathLimits = PATH_LIMITS): Promise<PathResultObject> {
  checkPathArgs(args);
  const [from, to] = await Promise.all([lookupEntity(args.from, context, "`from` entity"), lookupEntity(args.to, context, "`to` entity")]);
  const filter = { predicates: args.predicates, asOf: args.asOf, knownAt: args.knownAt };
  const expander = levelExpander(context.store, filter, limits.maxEdgesPerLevel);
  const query = { from: from.id, to: to.id, maxHops: args.maxHops, maxVisited: limits.maxVisited, first: args.first };
  const found = await findPaths(query, expander.expand);
  return {
    fromId: from.id,
    toId: to.id,
    maxHops: args.maxHops,
    paths: found.paths.map((hops) => pathObject(hops, from.id, args.knownAt ?? null)),
    hasMore: found.hasMore,
    ...truncation(found, expander.cutShort),
    visitedEntities: found.visited,
  };
}

/** A cut level outranks the domain's own verdict: after it, "no path" is no longer a proof. */
function truncation(found: PathSearchResult, cutShort: boolean): { truncated: boolean; truncatedBy: PathSearchCap | null } {
  if (cutShort) return { truncated: true, truncatedBy: PathSearchCap.MAX_LEVEL_EDGES };
  return { truncated: found.truncated, truncatedBy: found.truncatedBy ? PathSearchCap[found.truncatedBy] : null };
}

function pathObject(hops: Hop[], startId: string, knownAt: string | null): PathObject {
  return {
    length: hops.length,
    hops: hops.map((hop) => ({ ...hop, direction: HopDirection[hop.direction], knownAt })),
    entityIds: [startId, ...hops.map((hop) => hop.toId)],
  };
}
