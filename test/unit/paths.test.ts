import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_VISITED, MAX_HOPS, findPaths, type Edge, type Hop, type PathQuery } from "../../src/domain/paths";

/** An in-memory graph behind `expand`, recording each call so tests can count levels. */
function graphOf(edges: readonly Edge[], options: { shuffle?: (edges: Edge[]) => Edge[] } = {}) {
  const calls: string[][] = [];
  const expand = async (ids: string[]): Promise<Edge[]> => {
    calls.push(ids);
    const wanted = new Set(ids);
    const touching = edges.filter((edge) => wanted.has(edge.subjectId) || wanted.has(edge.objectId));
    return options.shuffle ? options.shuffle(touching) : touching;
  };
  return { expand, calls };
}

/** "s1:a>b" → statement s1 with subject a and object b. */
function edges(...specs: string[]): Edge[] {
  return specs.map((spec) => {
    const [statementId, rest] = spec.split(":");
    const [subjectId, objectId] = rest.split(">");
    return { statementId, subjectId, objectId };
  });
}

const defaults = { maxHops: MAX_HOPS, maxVisited: DEFAULT_MAX_VISITED, first: 10 };

function query(from: string, to: string, overrides: Partial<PathQuery> = {}): PathQuery {
  return { from, to, ...defaults, ...overrides };
}

/** A path as its statement ids, the compact form most assertions need. */
function statementsOf(path: readonly Hop[]): string[] {
  return path.map((hop) => hop.statementId);
}

describe("findPaths", () => {
  it("exports the caps the GraphQL layer validates against", () => {
    expect(MAX_HOPS).toBe(6);
    expect(DEFAULT_MAX_VISITED).toBe(5000);
  });

  describe("on a chain", () => {
    // a → b ← c → d : the middle statement points against the walk.
    const chain = edges("s1:a>b", "s2:c>b", "s3:c>d");

    it("finds the one path, with each hop's direction", async () => {
      const { expand } = graphOf(chain);
      const result = await findPaths(query("a", "d"), expand);
      expect(result.paths).toEqual([
        [
          { statementId: "s1", fromId: "a", toId: "b", direction: "FORWARD" },
          { statementId: "s2", fromId: "b", toId: "c", direction: "BACKWARD" },
          { statementId: "s3", fromId: "c", toId: "d", direction: "FORWARD" },
        ],
      ]);
      expect(result).toMatchObject({ truncated: false, truncatedBy: null, hasMore: false, visited: 4 });
    });

    it("walks it the other way with the directions flipped", async () => {
      const { expand } = graphOf(chain);
      const result = await findPaths(query("d", "a"), expand);
      expect(result.paths).toEqual([
        [
          { statementId: "s3", fromId: "d", toId: "c", direction: "BACKWARD" },
          { statementId: "s2", fromId: "c", toId: "b", direction: "FORWARD" },
          { statementId: "s1", fromId: "b", toId: "a", direction: "BACKWARD" },
        ],
      ]);
    });

    it("calls expand once per level, with the whole frontier", async () => {
      const { expand, calls } = graphOf(chain);
      const result = await findPaths(query("a", "d"), expand);
      expect(result.expansions).toBe(3);
      expect(calls).toHaveLength(3);
      // Frontiers alternate: a, then d (fewer reached), then b or c, meeting in the middle.
      expect(calls[0]).toEqual(["a"]);
      expect(calls[1]).toEqual(["d"]);
    });

    it("finds a one-hop path in one call", async () => {
      const { expand, calls } = graphOf(edges("s1:a>b"));
      const result = await findPaths(query("b", "a"), expand);
      expect(result.paths).toEqual([[{ statementId: "s1", fromId: "b", toId: "a", direction: "BACKWARD" }]]);
      expect(calls).toEqual([["b"]]);
    });
  });

  describe("with several shortest paths", () => {
    // a diamond: a–b–d and a–c–d, plus a longer way round through e and f.
    const diamond = edges("s4:a>c", "s3:c>d", "s1:a>b", "s2:b>d", "s5:a>e", "s6:e>f", "s7:f>d");

    it("returns all of them, ordered by statement ids, and no longer ones", async () => {
      const { expand } = graphOf(diamond);
      const result = await findPaths(query("a", "d"), expand);
      expect(result.paths.map(statementsOf)).toEqual([
        ["s1", "s2"],
        ["s4", "s3"],
      ]);
      expect(result.hasMore).toBe(false);
    });

    it("stops at `first` and says there are more", async () => {
      const { expand } = graphOf(diamond);
      const result = await findPaths(query("a", "d", { first: 1 }), expand);
      expect(result.paths.map(statementsOf)).toEqual([["s1", "s2"]]);
      expect(result).toMatchObject({ hasMore: true, truncated: false });
    });

    it("with first = 0 returns no path but still says whether one exists", async () => {
      const { expand } = graphOf(diamond);
      const result = await findPaths(query("a", "d", { first: 0 }), expand);
      expect(result.paths).toEqual([]);
      expect(result.hasMore).toBe(true);
    });

    it("counts two statements between the same entities as two paths", async () => {
      const { expand } = graphOf(edges("s2:a>b", "s1:b>a"));
      const result = await findPaths(query("a", "b"), expand);
      expect(result.paths).toEqual([
        [{ statementId: "s1", fromId: "a", toId: "b", direction: "BACKWARD" }],
        [{ statementId: "s2", fromId: "a", toId: "b", direction: "FORWARD" }],
      ]);
    });

    it("orders lexicographically by statement ids, position by position", async () => {
      // a–x–z costs (s1, s9); a–y–z costs (s2, s0): s1 < s2 decides, not the second hop.
      const { expand } = graphOf(edges("s1:a>x", "s9:x>z", "s2:a>y", "s0:y>z"));
      const result = await findPaths(query("a", "z"), expand);
      expect(result.paths.map(statementsOf)).toEqual([
        ["s1", "s9"],
        ["s2", "s0"],
      ]);
    });

    it("multiplies the ways on each side of the meeting point", async () => {
      // a to m two ways, m to z three ways: six shortest paths of four hops.
      const graph = edges("p1:a>b1", "p2:a>b2", "q1:b1>m", "q2:b2>m", "r1:m>c1", "r2:m>c2", "r3:m>c3", "t1:c1>z", "t2:c2>z", "t3:c3>z");
      const { expand } = graphOf(graph);
      const result = await findPaths(query("a", "z"), expand);
      expect(result.paths.map((path) => statementsOf(path).join(" "))).toEqual([
        "p1 q1 r1 t1",
        "p1 q1 r2 t2",
        "p1 q1 r3 t3",
        "p2 q2 r1 t1",
        "p2 q2 r2 t2",
        "p2 q2 r3 t3",
      ]);
      expect(result.expansions).toBe(4);
    });
  });

  it("batches a wide level into one call", async () => {
    // a has five neighbours, each linked to z: two levels, two calls, however wide.
    const graph = [1, 2, 3, 4, 5].flatMap((i) => edges(`a${i}:a>n${i}`, `z${i}:n${i}>z`));
    const { expand, calls } = graphOf(graph);
    const result = await findPaths(query("a", "z"), expand);
    expect(result.paths).toHaveLength(5);
    expect(calls).toEqual([["a"], ["z"]]);
  });

  it("expands the smaller frontier", async () => {
    // a fans out to four entities; z is a long chain away. After a's level, z's side keeps being picked.
    const graph = [
      ...[1, 2, 3, 4].map((i) => edges(`f${i}:a>n${i}`)[0]),
      ...edges("c1:n1>m", "c2:m>y", "c3:y>z"),
    ];
    const { expand, calls } = graphOf(graph);
    const result = await findPaths(query("a", "z"), expand);
    expect(result.paths.map(statementsOf)).toEqual([["f1", "c1", "c2", "c3"]]);
    expect(calls).toEqual([["a"], ["z"], ["y"], ["m"]]);
  });

  it("returns an empty list, not truncated, when the entities are not connected", async () => {
    const { expand } = graphOf(edges("s1:a>b", "s2:b>c", "s3:x>y"));
    const result = await findPaths(query("a", "y"), expand);
    // a reaches b then c; y reaches x; x has nowhere new to go, which proves there is no path.
    expect(result).toEqual({ paths: [], hasMore: false, truncated: false, truncatedBy: null, visited: 5, expansions: 4 });
  });

  it("returns an empty list for an entity with no statements at all", async () => {
    const { expand } = graphOf(edges("s1:a>b"));
    const result = await findPaths(query("a", "lonely"), expand);
    expect(result).toMatchObject({ paths: [], truncated: false, truncatedBy: null });
  });

  describe("on a cycle", () => {
    const ring = (size: number) => Array.from({ length: size }, (_, i) => edges(`s${i}:v${i}>v${(i + 1) % size}`)[0]);

    it("takes the short way round", async () => {
      const { expand } = graphOf(ring(5));
      const result = await findPaths(query("v0", "v2"), expand);
      expect(result.paths.map(statementsOf)).toEqual([["s0", "s1"]]);
    });

    it("returns both ways when they are equally long, each a simple path", async () => {
      const { expand } = graphOf(ring(6));
      const result = await findPaths(query("v0", "v3"), expand);
      expect(result.paths.map(statementsOf)).toEqual([
        ["s0", "s1", "s2"],
        ["s5", "s4", "s3"],
      ]);
      for (const path of result.paths) expect(new Set([path[0].fromId, ...path.map((hop) => hop.toId)]).size).toBe(path.length + 1);
    });
  });

  it("answers one empty path from an entity to itself, without expanding", async () => {
    const { expand, calls } = graphOf(edges("s1:a>b"));
    const result = await findPaths(query("a", "a"), expand);
    expect(result).toEqual({ paths: [[]], hasMore: false, truncated: false, truncatedBy: null, visited: 1, expansions: 0 });
    expect(calls).toEqual([]);
  });

  it("ignores self-loops, repeated edges and edges that touch none of the frontier", async () => {
    const graph = edges("s1:a>b", "s2:b>c", "loop:b>b");
    const expand = async (ids: string[]): Promise<Edge[]> => [
      ...graph.filter((edge) => ids.includes(edge.subjectId) || ids.includes(edge.objectId)),
      ...graph,
      { statementId: "stray", subjectId: "p", objectId: "q" },
    ];
    const result = await findPaths(query("a", "c"), expand);
    expect(result.paths.map(statementsOf)).toEqual([["s1", "s2"]]);
    expect(result.visited).toBe(3);
  });

  it("gives the same answer whatever order expand returns edges in", async () => {
    const graph = edges("s4:a>c", "s3:c>d", "s1:a>b", "s2:b>d", "s8:b>c", "s9:d>e", "s10:c>e", "s11:b>e");
    const expected = await findPaths(query("a", "e"), graphOf(graph).expand);
    const reversed = await findPaths(query("a", "e"), graphOf(graph, { shuffle: (list) => [...list].reverse() }).expand);
    const rotated = await findPaths(query("a", "e"), graphOf(graph, { shuffle: (list) => [...list.slice(3), ...list.slice(0, 3)] }).expand);
    expect(reversed).toEqual(expected);
    expect(rotated).toEqual(expected);
    expect(expected.paths.map(statementsOf)).toEqual([
      ["s1", "s11"],
      ["s4", "s10"],
    ]);
  });

  describe("caps", () => {
    const chain = edges("s1:a>b", "s2:b>c", "s3:c>d", "s4:d>e");

    it("finds a path of exactly maxHops", async () => {
      const { expand } = graphOf(chain);
      const result = await findPaths(query("a", "e", { maxHops: 4 }), expand);
      expect(result.paths.map(statementsOf)).toEqual([["s1", "s2", "s3", "s4"]]);
      expect(result.truncated).toBe(false);
    });

    it("says MAX_HOPS when the path would be longer", async () => {
      const { expand, calls } = graphOf(chain);
      const result = await findPaths(query("a", "e", { maxHops: 3 }), expand);
      expect(result).toMatchObject({ paths: [], truncated: true, truncatedBy: "MAX_HOPS", expansions: 3 });
      expect(calls).toHaveLength(3);
    });

    it("with maxHops = 0 expands nothing", async () => {
      const { expand, calls } = graphOf(chain);
      const result = await findPaths(query("a", "b", { maxHops: 0 }), expand);
      expect(result).toMatchObject({ paths: [], truncated: true, truncatedBy: "MAX_HOPS" });
      expect(calls).toEqual([]);
    });

    it("is not truncated when one side runs out of entities before the caps", async () => {
      const { expand } = graphOf(edges("s1:a>b", "s2:x>y"));
      const result = await findPaths(query("a", "y", { maxHops: 4 }), expand);
      expect(result).toMatchObject({ paths: [], truncated: false, truncatedBy: null, expansions: 3 });
    });

    it("is truncated when the hop cap comes before that proof", async () => {
      // Same graph: after a→b and y→x the two levels add up to 2, and b and x are not expanded.
      const { expand } = graphOf(edges("s1:a>b", "s2:x>y"));
      const result = await findPaths(query("a", "y", { maxHops: 2 }), expand);
      expect(result).toMatchObject({ paths: [], truncated: true, truncatedBy: "MAX_HOPS", expansions: 2 });
    });

    describe("around a hub with 10 000 spokes", () => {
      const spokes = Array.from({ length: 10_000 }, (_, i) => edges(`h${String(i).padStart(5, "0")}:hub>spoke${i}`)[0]);
      // z hangs off a chain that never reaches the hub.
      const graph = [...spokes, ...edges("z1:z>y", "z2:y>x", "z3:x>w", "z4:w>v")];

      it("stops with MAX_VISITED instead of running away", async () => {
        const { expand, calls } = graphOf(graph);
        const result = await findPaths(query("spoke0", "z"), expand);
        expect(result).toMatchObject({ paths: [], truncated: true, truncatedBy: "MAX_VISITED" });
        expect(result.visited).toBeGreaterThanOrEqual(DEFAULT_MAX_VISITED);
        // spoke0, then z, then the hub (which crosses the cap), then nothing more.
        expect(calls).toEqual([["spoke0"], ["z"], ["hub"]]);
      });

      it("goes around the hub when the other side is as small and has reached less", async () => {
        // spoke0 reaches the hub; then spoke9999 is expanded rather than the hub, and meets it.
        const { expand, calls } = graphOf(graph);
        const result = await findPaths(query("spoke0", "spoke9999"), expand);
        expect(result.paths.map(statementsOf)).toEqual([["h00000", "h09999"]]);
        expect(result).toMatchObject({ truncated: false, truncatedBy: null, visited: 3, expansions: 2 });
        expect(calls).toEqual([["spoke0"], ["spoke9999"]]);
      });

      it("still reports a meeting found on the level that crossed the cap", async () => {
        const { expand } = graphOf(graph);
        const result = await findPaths(query("hub", "spoke9999"), expand);
        expect(result.paths.map(statementsOf)).toEqual([["h09999"]]);
        expect(result).toMatchObject({ truncated: false, truncatedBy: null, visited: 10_001, expansions: 1 });
      });

      it("stops before expanding anything once the cap is reached", async () => {
        const { expand, calls } = graphOf(graph);
        const result = await findPaths(query("spoke0", "z", { maxVisited: 3 }), expand);
        expect(result).toMatchObject({ truncated: true, truncatedBy: "MAX_VISITED", visited: 3, expansions: 1 });
        expect(calls).toEqual([["spoke0"]]);
      });
    });
  });

  describe("properties, on random small graphs", () => {
    const graphArbitrary = fc
      .integer({ min: 2, max: 8 })
      .chain((size) =>
        fc.record({
          size: fc.constant(size),
          pairs: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 14 }),
          from: fc.nat(size - 1),
          to: fc.nat(size - 1),
          maxHops: fc.integer({ min: 0, max: MAX_HOPS }),
          first: fc.integer({ min: 0, max: 4 }),
          maxVisited: fc.integer({ min: 2, max: 12 }),
        }),
      )
      .map(({ pairs, from, to, ...rest }) => ({
        ...rest,
        from: `n${from}`,
        to: `n${to}`,
        // Zero-padded ids, so that string order is creation order and shrinking stays readable.
        edges: pairs.map(([s, o], i) => ({ statementId: `s${String(i).padStart(2, "0")}`, subjectId: `n${s}`, objectId: `n${o}` })),
      }));

    it("returns every shortest path, in order, when no cap interferes", async () => {
      await fc.assert(
        fc.asyncProperty(graphArbitrary, async (graph) => {
          const result = await findPaths(query(graph.from, graph.to, { first: 1000, maxVisited: 1000 }), graphOf(graph.edges).expand);
          const distance = naiveDistance(graph.edges, graph.from, graph.to);
          const expected = distance === undefined ? [] : naiveSimplePaths(graph.edges, graph.from, graph.to, distance);
          expect(result.paths.map(statementsOf)).toEqual(expected);
          for (const path of result.paths) expectValidChain(path, graph.edges, graph.from, graph.to);
          if (distance !== undefined) expect(result.truncated).toBe(distance > MAX_HOPS);
          if (distance === undefined) expect(result.truncatedBy).not.toBe("MAX_VISITED");
          // One call per hop: the search meets exactly when the two levels add up to the distance.
          if (distance !== undefined && distance <= MAX_HOPS) expect(result.expansions).toBe(distance);
        }),
        { numRuns: 500 },
      );
    });

    it("respects every cap, and never returns a path that is not a shortest one", async () => {
      await fc.assert(
        fc.asyncProperty(graphArbitrary, async (graph) => {
          const { expand, calls } = graphOf(graph.edges);
          const result = await findPaths(query(graph.from, graph.to, graph), expand);
          const distance = naiveDistance(graph.edges, graph.from, graph.to);
          const all = distance === undefined ? [] : naiveSimplePaths(graph.edges, graph.from, graph.to, distance);

          expect(calls).toHaveLength(result.expansions);
          expect(result.paths.length).toBeLessThanOrEqual(graph.first);
          if (result.paths.length > 0 || result.hasMore) {
            expect(result.truncated).toBe(false);
            expect(result.paths.map(statementsOf)).toEqual(all.slice(0, graph.first));
            expect(result.hasMore).toBe(all.length > graph.first);
          }
          // Not truncated and nothing found: the search proved there is no path.
          if (!result.truncated && result.paths.length === 0 && !result.hasMore) expect(distance).toBeUndefined();
          if (result.truncatedBy === "MAX_HOPS") expect(distance === undefined || distance > graph.maxHops).toBe(true);
          if (result.truncatedBy === "MAX_VISITED") expect(result.visited).toBeGreaterThanOrEqual(graph.maxVisited);
          if (distance !== undefined && distance > graph.maxHops) expect(result.paths).toEqual([]);
          if (!result.truncated && graph.first > 0 && distance !== undefined && distance <= graph.maxHops) {
            expect(result.paths.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 500 },
      );
    });
  });
});

/** Plain one-sided BFS over the undirected graph: the distance, or undefined when unreachable. */
function naiveDistance(graph: readonly Edge[], from: string, to: string): number | undefined {
  const distance = new Map([[from, 0]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const edge of graph) {
      const other = edge.subjectId === id ? edge.objectId : edge.objectId === id ? edge.subjectId : undefined;
      if (other !== undefined && !distance.has(other)) {
        distance.set(other, distance.get(id)! + 1);
        queue.push(other);
      }
    }
  }
  return distance.get(to);
}

/** Every simple path of exactly `length` hops, by brute force, sorted by statement ids. */
function naiveSimplePaths(graph: readonly Edge[], from: string, to: string, length: number): string[][] {
  const found: string[][] = [];
  const walk = (id: string, seen: Set<string>, statements: string[]) => {
    if (statements.length === length) {
      if (id === to) found.push([...statements]);
      return;
    }
    for (const edge of graph) {
      if (edge.subjectId === edge.objectId) continue;
      const other = edge.subjectId === id ? edge.objectId : edge.objectId === id ? edge.subjectId : undefined;
      if (other === undefined || seen.has(other)) continue;
      seen.add(other);
      walk(other, seen, [...statements, edge.statementId]);
      seen.delete(other);
    }
  };
  walk(from, new Set([from]), []);
  return found.sort((a, b) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  });
}

/** Each hop crosses a real statement the way it says, hops chain up from `from` to `to`, no entity twice. */
function expectValidChain(path: readonly Hop[], graph: readonly Edge[], from: string, to: string) {
  const byId = new Map(graph.map((edge) => [edge.statementId, edge]));
  let at = from;
  const seen = new Set([from]);
  for (const hop of path) {
    const edge = byId.get(hop.statementId)!;
    expect(hop.fromId).toBe(at);
    const expected = hop.direction === "FORWARD" ? [edge.subjectId, edge.objectId] : [edge.objectId, edge.subjectId];
    expect([hop.fromId, hop.toId]).toEqual(expected);
    expect(seen.has(hop.toId)).toBe(false);
    seen.add(hop.toId);
    at = hop.toId;
  }
  expect(at).toBe(to);
}
