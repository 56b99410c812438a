// Finding entities the way people type them: ids, names, aliases, without accents; and clear misses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApp, type TestApp } from "../support/app";
import { SearchNamesDocument } from "../../src/generated/graphql";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

async function idOf(ref: string): Promise<string> {
  return dataOf(await app.query(`query ($ref: String!) { entity(ref: $ref) { id } }`, { ref })).entity.id;
}

describe("entity(ref)", () => {
  it.each([
    ["stephane ratel", "person/stephane-ratel"],
    ["STÉPHANE RATEL", "person/stephane-ratel"],
    ["Frederic Lequien", "person/frederic-lequien"],
    ["AsLMS", "championship/asian-le-mans-series"],
    ["24 Ore di Le Mans", "event/24h-le-mans"],
    ["24 heures du mans", "event/24h-le-mans"],
    ["GTWCA", "championship/gtwc-asia"],
    ["GTWCE Europe", "championship/gtwc-europe"],
    ["ALMEM", "org/almem"],
    ["org/aco", "org/aco"],
  ])("resolves %j to %s", async (ref, id) => {
    expect(await idOf(ref)).toBe(id);
  });

  it("answers a wrong id with NOT_FOUND and suggestions", async () => {
    const response = await app.query(`{ entity(ref: "org/acoo") { id } }`);
    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBe("NOT_FOUND");
    expect(error?.extensions?.suggestions.map((item: { id: string }) => item.id)).toContain("org/aco");
    expect(error?.message).toMatch(/Did you mean/);
  });

  it("says ALMS is ambiguous and lists both the Asian and the American Le Mans Series", async () => {
    const response = await app.query(`{ entity(ref: "ALMS") { id } }`);
    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBe("AMBIGUOUS");
    expect(error?.extensions?.candidates.map((item: { id: string }) => item.id).sort()).toEqual([
      "championship/american-le-mans-series",
      "championship/asian-le-mans-series",
    ]);
    expect(error?.message).toMatch(/ambiguous/);
  });

  it("marks the shared alias as ambiguous in the entity's names", async () => {
    const data = dataOf(await app.query(`{ entity(ref: "championship/american-le-mans-series") { names { text ambiguous } } }`));
    expect(data.entity.names).toContainEqual({ text: "ALMS", ambiguous: true });
  });

  it("answers a misspelt name with suggestions too", async () => {
    const response = await app.query(`{ entity(ref: "Stefane Ratel") { id } }`);
    expect(response.errors?.[0].extensions?.suggestions.map((item: { id: string }) => item.id)).toContain("person/stephane-ratel");
  });

  it("finds any object by global id with node(id)", async () => {
    const data = dataOf(await app.query(`{ a: node(id: "person/pierre-fillon") { __typename id } b: node(id: "statement/ratel-lmem-partner") { __typename id } c: node(id: "nope/x") { id } }`));
    expect(data.a).toEqual({ __typename: "Person", id: "person/pierre-fillon" });
    expect(data.b).toEqual({ __typename: "Statement", id: "statement/ratel-lmem-partner" });
    expect(data.c).toBeNull();
  });
});

describe("search", () => {
  it("forgives accents and case", async () => {
    const data = dataOf(await app.query(SearchNamesDocument, { text: "frederic" }));
    expect(data.search?.nodes.map((hit) => hit.entity.id)).toContain("person/frederic-lequien");
  });

  it("matches a prefix of the last word", async () => {
    const data = dataOf(await app.query(SearchNamesDocument, { text: "stephane rat" }));
    expect(data.search?.nodes[0]?.entity.id).toBe("person/stephane-ratel");
  });

  it("finds an acronym alias", async () => {
    const data = dataOf(await app.query(SearchNamesDocument, { text: "gtwca" }));
    expect(data.search?.nodes.map((hit) => hit.entity.id)).toContain("championship/gtwc-asia");
  });

  it("filters by kind", async () => {
    const data = dataOf(await app.query(`{ search(text: "le mans", kinds: [EVENT]) { nodes { entity { kind } } } }`));
    expect(data.search.nodes.length).toBeGreaterThan(0);
    expect(new Set(data.search.nodes.map((hit: any) => hit.entity.kind))).toEqual(new Set(["EVENT"]));
  });

  it("rejects text with no words", async () => {
    const response = await app.query(SearchNamesDocument, { text: " ?! " });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
