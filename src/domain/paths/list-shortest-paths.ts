import type { Link, SearchSide } from "./search-side";
import type { Edge, Hop } from "./types";

/**
 * Lists the shortest paths from `source.rootId` to `target.rootId` once the two searches have met,
 * in lexicographic order of their statement ids, stopping after `limit` paths.
 *
 * Every shortest path crosses exactly one meeting entity: its first part is a chain of
 * `source` links, its second a chain of `target` links. Walking the source part needs the links the
 * other way round (away from the source), restricted to entities that lead to a meeting entity, so
 * that every step of the depth-first walk ends in a path: the cost is O(limit × length), however
 * many shortest paths there are.
 */
export function listShortestPaths(source: SearchSide, target: SearchSide, meetingIds: readonly string[], limit: number): Hop[][] {
  const awayFromSource = linksAwayFromSource(source, meetingIds);
  const sortedTowardTarget = new Map<string, Link[]>();
  const nextLinks = (id: string): Link[] => {
    const away = awayFromSource.get(id);
    if (away) return away;
    let toward = sortedTowardTarget.get(id);
    if (!toward) {
      toward = sortByStatement(target.linksTowardRoot.get(id) ?? []);
      sortedTowardTarget.set(id, toward);
    }
    return toward;
  };

  const paths: Hop[][] = [];
  const hops: Hop[] = [];
  /** Depth-first, in statement-id order; returns false once `limit` paths are found. */
  const walk = (id: string): boolean => {
    if (id === target.rootId) {
      paths.push([...hops]);
      return paths.length < limit;
    }
    for (const link of nextLinks(id)) {
      hops.push(hopAlong(link.edge, id, link.neighbourId));
      const goOn = walk(link.neighbourId);
      hops.pop();
      if (!goOn) return false;
    }
    return true;
  };
  if (limit > 0) walk(source.rootId);
  return paths;
}

/**
 * Reverses the source side's links, keeping only entities from which a meeting entity can be
 * reached: the part of the source's BFS tree that shortest paths actually use.
 */
function linksAwayFromSource(source: SearchSide, meetingIds: readonly string[]): Map<string, Link[]> {
  const away = new Map<string, Link[]>();
  const queued = new Set(meetingIds);
  const queue = [...meetingIds];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const link of source.linksTowardRoot.get(id) ?? []) {
      const links = away.get(link.neighbourId) ?? [];
      links.push({ edge: link.edge, neighbourId: id });
      away.set(link.neighbourId, links);
      if (!queued.has(link.neighbourId)) {
        queued.add(link.neighbourId);
        queue.push(link.neighbourId);
      }
    }
  }
  for (const [id, links] of away) away.set(id, sortByStatement(links));
  return away;
}

/** Orders links by statement id (code-unit order, not locale: the same everywhere), then by neighbour. */
function sortByStatement(links: readonly Link[]): Link[] {
  return [...links].sort(
    (a, b) => compareStrings(a.edge.statementId, b.edge.statementId) || compareStrings(a.neighbourId, b.neighbourId),
  );
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hopAlong(edge: Edge, fromId: string, toId: string): Hop {
  const direction = edge.subjectId === fromId && edge.objectId === toId ? "FORWARD" : "BACKWARD";
  return { statementId: edge.statementId, fromId, toId, direction };
}
