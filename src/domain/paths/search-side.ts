import type { Edge } from "./types";

/** An edge as seen from one entity: the statement, and the entity at its other end. */
export interface Link {
  readonly edge: Edge;
  readonly neighbourId: string;
}

/**
 * One end of the bidirectional search: a breadth-first search from `rootId` that remembers, for each
 * entity it reached, every link to an entity one level closer to the root. Keeping all of them (not
 * just the first, as a plain BFS would) is what lets every shortest path be listed afterwards.
 */
export class SearchSide {
  /** Level (distance from the root, in hops) of every entity reached. */
  readonly levelOf = new Map<string, number>();
  /** For every entity reached, its links to entities one level closer to the root. */
  readonly linksTowardRoot = new Map<string, Link[]>();
  /** The entities of the deepest level: the ones to expand next. */
  frontier: string[];
  level = 0;

  constructor(readonly rootId: string) {
    this.levelOf.set(rootId, 0);
    this.linksTowardRoot.set(rootId, []);
    this.frontier = [rootId];
  }

  get reachedCount(): number {
    return this.levelOf.size;
  }

  /** Takes in the edges of the whole frontier, moves one level out, and returns the entities newly reached. */
  advance(edges: readonly Edge[]): string[] {
    const nextLevel = this.level + 1;
    const reached: string[] = [];
    const seenStatements = new Set<string>();
    for (const edge of edges) {
      if (seenStatements.has(edge.statementId)) continue;
      seenStatements.add(edge.statementId);
      this.follow(edge, edge.subjectId, edge.objectId, nextLevel, reached);
      this.follow(edge, edge.objectId, edge.subjectId, nextLevel, reached);
    }
    this.frontier = reached;
    this.level = nextLevel;
    return reached;
  }

  /** Crosses `edge` from `nearId` to `farId` if that leads from the frontier one level further out. */
  private follow(edge: Edge, nearId: string, farId: string, nextLevel: number, reached: string[]): void {
    if (this.levelOf.get(nearId) !== this.level) return; // not on the frontier
    const farLevel = this.levelOf.get(farId);
    if (farLevel === undefined) {
      this.levelOf.set(farId, nextLevel);
      this.linksTowardRoot.set(farId, [{ edge, neighbourId: nearId }]);
      reached.push(farId);
    } else if (farLevel === nextLevel) {
      // Another shortest way to an entity already reached on this level.
      this.linksTowardRoot.get(farId)!.push({ edge, neighbourId: nearId });
    }
    // farLevel ≤ this.level: a way back or sideways, never part of a shortest path (self-loops land here).
  }
}
