// GET queries can be cached by browsers and CDNs (ETag per database build, Cache-Control, 304),
// the server keeps recent answers in its own response cache, and share links work both ways:
// a browser gets GraphiQL, a JSON client gets the answer.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_AGE_SECONDS } from "../../src/server/http-cache";
import { ResponseCache, responseCacheFromEnv } from "../../src/server/response-cache";
import { REPO_ROOT, startTestApp, temporaryFile, type TestApp } from "../support/app";

const FIXTURE_SEEDS = join(REPO_ROOT, "test/fixtures/seeds-valid");
const ENTITY_NAME = `query EntityName($ref: String!) { entity(ref: $ref) { name } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(FIXTURE_SEEDS);
});
afterAll(() => app?.stop());

/** The address a share link uses: /graphql?query=…&variables=… */
function shareLink(base: string, query: string, variables?: Record<string, unknown>): string {
  const url = new URL(base);
  url.searchParams.set("query", query);
  if (variables) url.searchParams.set("variables", JSON.stringify(variables));
  return url.toString();
}

const getJson = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers: { accept: "application/json", ...headers } });

const postJson = (url: string, query: string, variables?: Record<string, unknown>) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });

describe("GET /graphql with a query", () => {
  it("runs as GraphQL-over-HTTP for a plain JSON request (no preflight header needed)", async () => {
    const response = await getJson(shareLink(app.url, ENTITY_NAME, { ref: "org/alpha" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await response.json()) as any).data.entity.name).toBe("Alpha Club");
  });

  it("carries an ETag and a Cache-Control that a CDN may use, varying on Accept", async () => {
    const response = await getJson(shareLink(app.url, ENTITY_NAME, { ref: "org/alpha" }));
    expect(response.headers.get("etag")).toMatch(/^"[^"]+"$/);
    expect(response.headers.get("cache-control")).toBe(`public, max-age=${MAX_AGE_SECONDS}`);
    // Accept picks JSON or GraphiQL; Accept-Encoding (added by compression) picks gzip, br or none.
    expect(response.headers.get("vary")?.split(/,\s*/)).toContain("Accept");
  });

  it("answers 304 with no body when If-None-Match names the current answer", async () => {
    const link = shareLink(app.url, ENTITY_NAME, { ref: "org/alpha" });
    const etag = (await getJson(link)).headers.get("etag")!;
    const revalidated = await getJson(link, { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(etag);
    expect(await revalidated.text()).toBe("");
    expect((await getJson(link, { "if-none-match": `"something-else"` })).status).toBe(200);
  });

  it("gives a different ETag to different variables or a different query", async () => {
    const alpha = (await getJson(shareLink(app.url, ENTITY_NAME, { ref: "org/alpha" }))).headers.get("etag");
    const beta = (await getJson(shareLink(app.url, ENTITY_NAME, { ref: "person/beta" }))).headers.get("etag");
    const other = (await getJson(shareLink(app.url, `{ entity(ref: "org/alpha") { id } }`))).headers.get("etag");
    expect(new Set([alpha, beta, other]).size).toBe(3);
  });

  it("gives a new ETag after the database is rebuilt from changed seeds", async () => {
    const link = (base: string) => shareLink(base, ENTITY_NAME, { ref: "org/alpha" });
    const before = (await getJson(link(app.url))).headers.get("etag");
    const rebuilt = await startTestApp(changedSeeds());
    try {
      const after = await getJson(link(rebuilt.url), { "if-none-match": before! });
      expect(after.status).toBe(200);
      expect(after.headers.get("etag")).not.toBe(before);
    } finally {
      await rebuilt.stop();
    }
  });

  it("is not cacheable when the answer has errors", async () => {
    const response = await getJson(shareLink(app.url, ENTITY_NAME, { ref: "nobody at all" }));
    expect(((await response.json()) as any).errors[0].extensions.code).toBe("NOT_FOUND");
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("cache-control")).toBeNull();
  });

  it("opens GraphiQL when a browser follows the link (Accept: text/html)", async () => {
    const response = await fetch(shareLink(app.url, ENTITY_NAME, { ref: "org/alpha" }), { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("etag")).toBeNull();
    expect(await response.text()).toContain("GraphiQL");
  });
});

describe("the server's response cache", () => {
  it("answers a repeated query from the cache with the same body, over GET and POST", async () => {
    const query = `{ entity(ref: "person/beta") { name } }`;
    const first = await postJson(app.url, query);
    const firstBody = await first.text();
    const again = await postJson(app.url, query);
    expect(first.headers.get("x-response-cache")).toBe("miss");
    expect(again.headers.get("x-response-cache")).toBe("hit");
    expect(await again.text()).toBe(firstBody);
    const overGet = await fetch(shareLink(app.url, query), { headers: { "content-type": "application/json" } });
    expect(overGet.headers.get("x-response-cache")).toBe("hit");
    expect(await overGet.text()).toBe(firstBody);
  });

  it("tells different variables apart", async () => {
    const alpha = (await (await postJson(app.url, ENTITY_NAME, { ref: "org/alpha" })).json()) as any;
    const beta = (await (await postJson(app.url, ENTITY_NAME, { ref: "person/beta" })).json()) as any;
    expect([alpha.data.entity.name, beta.data.entity.name]).toEqual(["Alpha Club", "Béta Person"]);
  });

  it("never keeps an answer with errors", async () => {
    const query = `{ entity(ref: "nobody at all") { name } }`;
    await postJson(app.url, query);
    const again = await postJson(app.url, query);
    expect(((await again.json()) as any).errors[0].extensions.code).toBe("NOT_FOUND");
    expect(again.headers.get("x-response-cache")).toBeNull();
  });

  it("does not let a cached answer bypass Apollo's CSRF check on POST", async () => {
    const query = `{ entity(ref: "org/alpha") { name } }`;
    await postJson(app.url, query);
    const formPost = await fetch(app.url, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query }) });
    expect(formPost.status).toBe(400);
    expect(await formPost.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it("is off with RESPONSE_CACHE=off, and ETags still work", async () => {
    const previous = process.env.RESPONSE_CACHE;
    process.env.RESPONSE_CACHE = "off";
    const uncached = await startTestApp(FIXTURE_SEEDS).finally(() => restoreEnv("RESPONSE_CACHE", previous));
    try {
      const link = shareLink(uncached.url, ENTITY_NAME, { ref: "org/alpha" });
      await getJson(link);
      const again = await getJson(link);
      expect(again.headers.get("x-response-cache")).toBeNull();
      expect(again.headers.get("etag")).toMatch(/^"/);
      expect(((await again.json()) as any).data.entity.name).toBe("Alpha Club");
    } finally {
      await uncached.stop();
    }
  });
});

describe("ResponseCache", () => {
  const answer = (body: string) => ({ headers: [["content-type", "application/json"]] as [string, string][], body });

  it("forgets the least recently used answer past its entry limit", () => {
    const cache = new ResponseCache({ maxEntries: 2, maxBytes: 1_000_000 });
    cache.set("a", answer("A"));
    cache.set("b", answer("B"));
    cache.get("a"); // a is now more recent than b
    cache.set("c", answer("C"));
    expect([cache.get("a")?.body, cache.get("b"), cache.get("c")?.body]).toEqual(["A", undefined, "C"]);
  });

  it("stays within its byte limit, and skips an answer bigger than the whole cache", () => {
    const cache = new ResponseCache({ maxEntries: 100, maxBytes: 1_000 });
    for (let index = 0; index < 10; index++) cache.set(`key${index}`, answer("x".repeat(200)));
    expect(cache.usage.bytes).toBeLessThanOrEqual(1_000);
    expect(cache.get("key9")).toBeDefined();
    cache.set("huge", answer("x".repeat(5_000)));
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("key9")).toBeDefined();
  });

  it("is turned off by RESPONSE_CACHE=off and sized by RESPONSE_CACHE_MAX_ENTRIES / _MAX_MB", () => {
    expect(responseCacheFromEnv({ RESPONSE_CACHE: "off" })).toBeNull();
    expect(responseCacheFromEnv({ RESPONSE_CACHE_MAX_ENTRIES: "10", RESPONSE_CACHE_MAX_MB: "2" })?.limits).toEqual({ maxEntries: 10, maxBytes: 2 * 1024 * 1024 });
  });
});

describe("GraphiQL's files", () => {
  it("come from the API itself, cached for good, gzipped when asked, and revalidate with 304", async () => {
    const page = await (await fetch(app.url, { headers: { accept: "text/html" } })).text();
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]).filter((path) => !path.startsWith("data:"));
    expect(assets.length).toBe(4); // graphiql.css, graphiql.js, results.js, start-graphiql.js
    for (const path of assets) expect(path).toMatch(/^\/graphiql\/[0-9a-f]{16}\//);
    const bundle = assets.find((path) => path.endsWith("/graphiql.js"))!;
    const response = await fetch(new URL(bundle, app.url), { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect((await response.text()).length).toBeGreaterThan(1_000_000); // fetch unzips it: the whole GraphiQL bundle
    const revalidated = await fetch(new URL(bundle, app.url), { headers: { "if-none-match": response.headers.get("etag")! } });
    expect(revalidated.status).toBe(304);
  });
});

/** A copy of the fixture seeds with one name changed: a new build with a new fingerprint. */
function changedSeeds(): string {
  const dir = temporaryFile("seeds");
  cpSync(FIXTURE_SEEDS, dir, { recursive: true });
  const file = join(dir, "graph.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace("name: Alpha Club", "name: Alpha Racing Club"));
  return dir;
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

describe("the answer's text", () => {
  it("is compact JSON ending in a newline, errors first, then data, then extensions", async () => {
    for (const ref of ["org/alpha", "org/no-such-entity"]) {
      const text = await (await postJson(app.url, ENTITY_NAME, { ref })).text();
      const answer = JSON.parse(text) as Record<string, unknown>;
      expect(text).toBe(`${JSON.stringify(answer)}\n`);
      expect(Object.keys(answer)).toEqual(ref === "org/alpha" ? ["data", "extensions"] : ["errors", "data", "extensions"]);
    }
  });
});
