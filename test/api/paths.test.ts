// How two entities connect: shortest chains of sourced statements, bounded so a hub cannot run away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApp, type TestApp } from "../support/app";
import { writePathGraph } from "../support/path-seeds";
import { HowAreTheyConnectedDocument } from "../../src/generated/graphql";
import { createContext } from "../../src/graphql/context";
import { searchPaths } from "../../src/graphql/paths/search-paths";
import { DEFAULT_MAX_VISITED, MAX_HOPS } from "../../src/domain/paths";

const HUB_MEMBERS = DEFAULT_MAX_VISITED; // one level of the hub alone crosses the visited cap

describe("paths over the real seeds", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.stop());

  it("links Stéphane Ratel to the 24 Hours of Le Mans in at most 3 hops, with citations on every hop", async () => {
    const data = dataOf(await app.query(HowAreTheyConnectedDocument, { from: "Stéphane Ratel", to: "24 Hours of Le Mans", maxHops: 3 }));
    const { paths } = data.paths!;
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.length).toBeLessThanOrEqual(3);
      expect(path.hops.length).toBe(path.length);
      expect(path.hops[0].from.id).toBe("person/stephane-ratel");
      expect(path.hops.at(-1)!.to.id).toBe("event/24h-le-mans");
      path.hops.forEach((hop, index) => {
        if (index > 0) expect(hop.from.id).toBe(path.hops[index - 1].to.id); // a chain, hop after hop
        expect(hop.statement.citations.length).toBeGreaterThan(0);
        for (const citation of hop.statement.citations) expect(citation.quote.length).toBeGreaterThan(0);
      });
    }
  });

  it("accepts names without accents and in other languages for both ends", async () => {
    const data = dataOf(await app.query(HowAreTheyConnectedDocument, { from: "stephane ratel", to: "24 Ore di Le Mans", maxHops: 3 }));
    expect(data.paths!.from.id).toBe("person/stephane-ratel");
    expect(data.paths!.to.id).toBe("event/24h-le-mans");
    expect(data.paths!.paths.length).toBeGreaterThan(0);
  });

  it(`rejects maxHops: 50 with a message naming the cap (${MAX_HOPS})`, async () => {
    const response = await app.query(HowAreTheyConnectedDocument, { from: "Stéphane Ratel", to: "ACO", maxHops: 50 });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].extensions?.argument).toBe("maxHops");
    expect(response.errors?.[0].message).toMatch(new RegExp(`between 1 and ${MAX_HOPS}.*got 50`));
  });

  it("answers an unknown end with NOT_FOUND and suggestions, an ambiguous one with AMBIGUOUS", async () => {
    const missing = await app.query(HowAreTheyConnectedDocument, { from: "Stefane Ratell", to: "ACO" });
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(missing.errors?.[0].message).toMatch(/`from` entity/);
    const ambiguous = await app.query(HowAreTheyConnectedDocument, { from: "Stéphane Ratel", to: "ALMS" });
    expect(ambiguous.errors?.[0].extensions?.code).toBe("AMBIGUOUS");
  });
});

describe("paths over a generated graph", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(writePathGraph(HUB_MEMBERS));
  });
  afterAll(() => app?.stop());

  const connect = async (variables: { from: string; to: string; maxHops?: number; first?: number; asOf?: string; knownAt?: string }) => {
    const response = await app.query(HowAreTheyConnectedDocument, variables);
    return { ...dataOf(response).paths!, sqlStatements: response.extensions!.cost!.sqlStatements };
  };
  const routes = (result: { paths: { hops: { statement: { id: string }; to: { id: string } }[] }[] }) =>
    result.paths.map((path) => path.hops.map((hop) => hop.to.id).join(" → "));

  it("finds every shortest path, in a stable order, each hop with its direction", async () => {
    const result = await connect({ from: "person/a", to: "event/d" });
    expect([...routes(result)].sort()).toEqual(["org/b → championship/c → event/d", "org/b → championship/c2 → event/d"]);
    expect(routes(await connect({ from: "person/a", to: "event/d" }))).toEqual(routes(result)); // the same order every time
    expect(result.paths[0].hops.map((hop) => hop.direction)).toEqual(["FORWARD", "FORWARD", "FORWARD"]);
    expect(result.truncated).toBe(false);
    expect(result.hasMore).toBe(false);
  });

  it("follows statements backwards too, and says so", async () => {
    const result = await connect({ from: "event/d", to: "person/a", first: 1 });
    expect(result.paths[0].hops.map((hop) => hop.direction)).toEqual(["BACKWARD", "BACKWARD", "BACKWARD"]);
    expect(result.hasMore).toBe(true); // a second shortest path exists
  });

  it("runs one SQL statement per search level, not one per entity", async () => {
    const result = await connect({ from: "person/a", to: "event/d" });
    // Lookups (2 names + 1 entity batch), 3 levels, then one batch each for statements, entities, citations, sources.
    expect(result.sqlStatements).toBeLessThanOrEqual(3 + 3 + 4);
  });

  it("answers an empty list, not an error, when no path exists", async () => {
    const result = await connect({ from: "person/a", to: "person/x", maxHops: 6 });
    expect(result.paths).toEqual([]);
    expect(result.truncated).toBe(false);
    expect(result.truncatedBy).toBeNull();
  });

  it("says when maxHops cut the search short", async () => {
    const result = await connect({ from: "person/a", to: "event/d", maxHops: 2 });
    expect(result.paths).toEqual([]);
    expect(result.truncated).toBe(true);
    expect(result.truncatedBy).toBe("MAX_HOPS");
  });

  it("follows only what held on asOf, and what was known at knownAt", async () => {
    // The c2 grant has no start and was first reported in 2021: in 2003 it is not known to hold.
    expect(routes(await connect({ from: "person/a", to: "event/d", asOf: "2003-06-01" }))).toEqual(["org/b → championship/c → event/d"]);
    expect((await connect({ from: "person/a", to: "event/d", asOf: "2010-06-01", maxHops: 6 })).paths).toEqual([]);
    expect(routes(await connect({ from: "person/a", to: "event/d", knownAt: "2021-01-01" }))).toEqual(["org/b → championship/c → event/d"]);
  });

  it("returns a path of no hops from an entity to itself", async () => {
    const result = await connect({ from: "org/b", to: "Bridge Organisation" });
    expect(result.paths.map((path) => path.length)).toEqual([0]);
  });

  it("stops at the hub: the visited cap cuts the search, and the answer says so", async () => {
    const started = Date.now();
    const result = await connect({ from: "person/m0", to: "person/t0", maxHops: 6 });
    expect(result.paths).toEqual([]);
    expect(result.truncated).toBe(true);
    expect(result.truncatedBy).toBe("MAX_VISITED");
    expect(result.visitedEntities).toBeGreaterThanOrEqual(DEFAULT_MAX_VISITED);
    expect(result.sqlStatements).toBeLessThanOrEqual(3 + MAX_HOPS);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("stops when one level reads more statements than a request may, and says so", async () => {
    const context = createContext(app.dataSource);
    const args = { from: "person/m0", to: "person/t0", maxHops: 6, first: 5 };
    const result = await searchPaths(args, context, { maxVisited: DEFAULT_MAX_VISITED, maxEdgesPerLevel: 100 });
    expect(result).toMatchObject({ paths: [], truncated: true, truncatedBy: "MAX_LEVEL_EDGES" });
  });
});
