// Requests as an attacker or a careless client sends them: each gets a 4xx with a stable code that
// says what is wrong, quickly; a refused query runs no SQL; the server keeps serving after all of them.
import { Agent, request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApp, type TestApp } from "../support/app";
import { LIMITS } from "../../src/server/query-limits";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

/** Generous: the point is "not seconds of blocking", on a loaded two-core machine. */
const TIME_BOUND_MS = 4_000;

type Send = () => Promise<Response>;
const post = (body: unknown, headers: Record<string, string> = {}): Send => () =>
  fetch(app.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
const gql = (query: string, variables?: unknown) => post({ query, variables });
const get = (params: Record<string, string>, headers: Record<string, string> = {}): Send => () => fetch(`${app.url}?${new URLSearchParams(params)}`, { headers });
const method = (name: string, path = "/graphql"): Send => () => fetch(new URL(path, app.url), { method: name });

function fragmentBomb(levels: number, spreads: number): string {
  let text = `fragment F${levels} on Entity { id }\n`;
  for (let i = levels - 1; i >= 1; i--) text += `fragment F${i} on Entity { relationships(first: 1) { nodes { entity { ${`...F${i + 1} `.repeat(spreads)} } } } }\n`;
  return `{ entity(ref: "org/aco") { ...F1 } }\n${text}`;
}
function wideBomb(levels: number, spreads: number): string {
  let text = `fragment W${levels} on Entity { id name }\n`;
  for (let i = levels - 1; i >= 1; i--) text += `fragment W${i} on Entity { names { text } ${`...W${i + 1} `.repeat(spreads)} }\n`;
  return `{ entity(ref: "org/aco") { ...W1 } }\n${text}`;
}
const deep = (levels: number) => {
  let selection = "id";
  for (let level = 0; level < levels; level++) selection = `relationships(first: 1) { nodes { entity { ${selection} } } }`;
  return `{ entity(ref: "org/aco") { ${selection} } }`;
};
const heavyEntity = `relationships(first: 100) { nodes { entity { relationships(first: 100) { nodes { entity { relationships(first: 100) { nodes { role } } } } } } } }`;
const ENTRY = `query ($result: QualifyingResultInput!) { entryEligibility(edition: 2024, result: $result) { verdict } }`;

interface Case {
  name: string;
  send: Send;
  status: number;
  code?: string;
  /** The request must not reach execution: no SQL (extensions.cost.sqlStatements is 0 or absent). */
  refused?: boolean;
  /** What the message must say (the limit, and where in the query). */
  message?: RegExp;
}

const QUERIES: Case[] = [
  { name: "a fragment bomb (22 levels, each spreading the next twice)", send: gql(fragmentBomb(22, 2)), status: 400, code: "QUERY_TOO_COMPLEX", refused: true },
  { name: "a fragment bomb of 60 levels", send: gql(fragmentBomb(60, 3)), status: 400, code: "QUERY_TOO_COMPLEX", refused: true },
  { name: "a wide fragment bomb within the depth limit", send: gql(wideBomb(12, 8)), status: 400, code: "QUERY_TOO_COMPLEX", refused: true },
  { name: "fields nested 16 deep", send: gql(deep(6)), status: 400, code: "QUERY_TOO_COMPLEX", refused: true },
  { name: "too many aliases", send: gql(`{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: buildInfo { fingerprint }`).join(" ")} }`), status: 400, code: "QUERY_TOO_COMPLEX", refused: true },
  { name: "too many directives", send: gql(`{ buildInfo { ${Array.from({ length: LIMITS.maxDirectives + 1 }, () => "fingerprint @include(if: true)").join(" ")} } }`), status: 400, code: "QUERY_TOO_COMPLEX", refused: true },
  { name: "too many tokens", send: gql(`{ ${"buildInfo { fingerprint } ".repeat(LIMITS.maxTokens / 3)} }`), status: 400, code: "QUERY_TOO_COMPLEX", refused: true },
  { name: "lists multiplying past the cost limit", send: gql(`{ entity(ref: "org/aco") { ${heavyEntity} } }`), status: 400, code: "QUERY_TOO_COMPLEX", refused: true },
  { name: "nodes(ids:) priced at its ids", send: gql(`{ nodes(ids: [${Array.from({ length: 100 }, (_, i) => `"x${i}"`).join(",")}]) { ... on Entity { ${heavyEntity} } } }`), status: 400, code: "QUERY_TOO_COMPLEX", refused: true },
  { name: "nodes(ids:) over its limit of ids", send: post({ query: `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, variables: { ids: Array.from({ length: LIMITS.maxNodeIds + 1 }, (_, i) => `org/x${i}`) } }), status: 400, code: "QUERY_TOO_COMPLEX", refused: true, message: /`nodes\(ids:\)` \(line 1, column 24\) takes at most 100 ids; got 101/ },
  { name: "aliased mentions of a long text", send: post({ query: `query ($t: String!) { ${Array.from({ length: 20 }, (_, i) => `m${i}: mentions(text: $t) { entity { ${heavyEntity.replace(/100/g, "5")} } }`).join(" ")} }`, variables: { t: "ACO WEC SRO ".repeat(300) } }), status: 400, code: "QUERY_TOO_COMPLEX", refused: true },
  { name: "a mentions query on a text too long", send: post({ query: `query ($t: String!) { mentions(text: $t) { text } }`, variables: { t: "x ".repeat(60_000) } }), status: 200, code: "BAD_USER_INPUT" },
  { name: "a 50,000-character ref", send: post({ query: `query ($r: String!) { entity(ref: $r) { id } }`, variables: { r: "x".repeat(50_000) } }), status: 200, code: "BAD_USER_INPUT" },
  { name: "a 50,000-character path end", send: post({ query: `query ($r: String!) { paths(from: $r, to: "org/aco") { paths { hops { direction } } } }`, variables: { r: "y".repeat(50_000) } }), status: 200, code: "BAD_USER_INPUT" },
  { name: "a syntax error", send: gql(`{ entity(ref: "org/aco") { id `), status: 400, code: "GRAPHQL_PARSE_FAILED", refused: true },
  { name: "an unknown field", send: gql(`{ entity(ref: "org/aco") { nam } }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED", refused: true },
  { name: "an unknown argument", send: gql(`{ entity(ref: "org/aco", foo: 1) { id } }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED", refused: true },
  { name: "a missing required argument", send: gql(`{ entity { id } }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED", refused: true },
  { name: "a literal of the wrong type", send: gql(`{ entity(ref: 5) { id } }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED", refused: true },
  { name: "a literal Int over 2^31", send: gql(`{ entities(first: 2147483648) { nodes { id } } }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED", refused: true },
  { name: "a fragment cycle", send: gql(`{ entity(ref: "org/aco") { ...A } } fragment A on Entity { ...B } fragment B on Entity { ...A }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED", refused: true },
  { name: "an undefined fragment", send: gql(`{ entity(ref: "org/aco") { ...Nope } }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED", refused: true },
  { name: "an unknown directive", send: gql(`{ buildInfo @nope { fingerprint } }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED", refused: true },
  { name: "a mutation (there are none)", send: gql(`mutation { x }`), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "a subscription (there are none)", send: gql(`subscription { x }`), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "two anonymous operations", send: gql(`{ buildInfo { fingerprint } } { buildInfo { builtAt } }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED", refused: true },
  { name: "an operation name that is not in the document", send: post({ query: `query A { buildInfo { fingerprint } }`, operationName: "B" }), status: 400, code: "OPERATION_RESOLUTION_FAILURE", refused: true },
  { name: "an empty query", send: post({ query: "" }), status: 400, code: "BAD_REQUEST", refused: true },
  { name: "a query that is a number", send: post({ query: 5 }), status: 400, code: "BAD_REQUEST", refused: true },
  { name: "an unused variable", send: gql(`query ($x: Int) { buildInfo { fingerprint } }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED", refused: true },
  { name: "a variable of an unknown type", send: gql(`query ($x: Nope) { entity(ref: $x) { id } }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED", refused: true },
];

const stringRef = `query ($r: String!) { entity(ref: $r) { id } }`;
const first = `query ($n: Int!) { entities(first: $n) { nodes { id } } }`;
const kinds = `query ($k: [EntityKind!]) { entities(kinds: $k) { nodes { id } } }`;
const asOf = `query ($d: Date) { automaticEntries(edition: 2024, asOf: $d) { id } }`;
const VARIABLES: Case[] = [
  { name: "a number for String!", send: gql(stringRef, { r: 5 }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "an object for String!", send: gql(stringRef, { r: { a: 1 } }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "null for String!", send: gql(stringRef, { r: null }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "a missing String!", send: gql(stringRef, {}), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "2^31 for Int", send: gql(first, { n: 2 ** 31 }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "1.5 for Int", send: gql(first, { n: 1.5 }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "a string for Int", send: gql(first, { n: "10" }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "a boolean for Int", send: gql(first, { n: true }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "an unknown enum value", send: gql(kinds, { k: ["NOPE"] }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "a number for an enum", send: gql(kinds, { k: [1] }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "an object for a list", send: gql(kinds, { k: { a: 1 } }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "a nested list for a list", send: gql(kinds, { k: [["PERSON"]] }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "a malformed Date", send: gql(asOf, { d: "2021-13-45" }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "a number for a Date", send: gql(asOf, { d: 20210101 }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "an unknown input field", send: gql(ENTRY, { result: { championship: "x", season: "2023", position: 1, class: "y", nope: 1 } }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "a missing input field", send: gql(ENTRY, { result: {} }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "a string for an input object", send: gql(ENTRY, { result: "x" }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "variables that are a list", send: post({ query: stringRef, variables: [1] }), status: 400, code: "BAD_REQUEST", refused: true },
  { name: "variables that are a string", send: post({ query: stringRef, variables: "x" }), status: 400, code: "BAD_REQUEST", refused: true },
  { name: "a wrong type over GET", send: get({ query: stringRef, variables: JSON.stringify({ r: 5 }) }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "a bad enum over GET", send: get({ query: kinds, variables: JSON.stringify({ k: ["NOPE"] }) }), status: 400, code: "BAD_USER_INPUT", refused: true },
  { name: "variables that are not JSON over GET", send: get({ query: stringRef, variables: "{r:" }), status: 400, code: "BAD_REQUEST", refused: true },
  { name: "2^31 over GET", send: get({ query: first, variables: JSON.stringify({ n: 2 ** 31 }) }), status: 400, code: "BAD_USER_INPUT", refused: true },
];

const HTTP: Case[] = [
  { name: "HEAD /graphql", send: method("HEAD"), status: 405, refused: true },
  { name: "DELETE /graphql", send: method("DELETE"), status: 405, code: "METHOD_NOT_ALLOWED", refused: true },
  { name: "PUT /graphql", send: method("PUT"), status: 405, code: "METHOD_NOT_ALLOWED", refused: true },
  { name: "PATCH /graphql", send: method("PATCH"), status: 405, code: "METHOD_NOT_ALLOWED", refused: true },
  { name: "a body over 1 MB", send: post({ query: "{ buildInfo { fingerprint } }", pad: "x".repeat(1_100_000) }), status: 413, code: "PAYLOAD_TOO_LARGE", refused: true },
  {
    name: "a streamed body over 1 MB (no Content-Length)",
    send: () =>
      fetch(app.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: new ReadableStream({ start(controller) { for (let i = 0; i < 12; i++) controller.enqueue(new TextEncoder().encode(" ".repeat(100_000))); controller.close(); } }),
        duplex: "half",
      } as RequestInit),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    refused: true,
  },
  { name: "a body that is not JSON", send: post("{not json"), status: 400, code: "BAD_REQUEST", refused: true },
  { name: "a JSON string body", send: post('"{ buildInfo { fingerprint } }"'), status: 400, code: "BAD_REQUEST", refused: true },
  { name: "a batch (a JSON list)", send: post([{ query: "{ buildInfo { fingerprint } }" }]), status: 400, code: "BAD_REQUEST", refused: true },
  { name: "a POST a browser could send without a preflight (text/plain)", send: post({ query: "{ buildInfo { fingerprint } }" }, { "content-type": "text/plain" }), status: 400, code: "BAD_REQUEST", refused: true },
  { name: "a GET without a query", send: get({}), status: 400, refused: true },
  { name: "If-None-Match: * on an invalid query", send: get({ query: "{ nope }" }, { "if-none-match": "*" }), status: 400, code: "GRAPHQL_VALIDATION_FAILED", refused: true },
  { name: "If-None-Match: * on a good query", send: get({ query: "{ buildInfo { fingerprint } }" }, { "if-none-match": "*" }), status: 304 },
  { name: "an unknown path", send: method("GET", "/nothing-here"), status: 404, refused: true },
  { name: "an unknown export", send: method("GET", "/export/everything.xlsx"), status: 404, refused: true },
  { name: "DELETE on an export", send: method("DELETE", "/export/statements.csv"), status: 405, refused: true },
  { name: "POST /healthz", send: method("POST", "/healthz"), status: 405, refused: true },
  { name: "a URL of 20 kB", send: () => fetch(`${app.url}?query=${"x".repeat(20_000)}`), status: 431, refused: true },
];

describe.each([
  ["queries", QUERIES],
  ["variables", VARIABLES],
  ["HTTP", HTTP],
])("abusive %s", (_kind, cases) => {
  it.each(cases.map((testCase) => [testCase.name, testCase] as const))("%s", async (_name, testCase) => {
    const started = Date.now();
    const response = await testCase.send();
    const text = await response.text();
    expect(Date.now() - started).toBeLessThan(TIME_BOUND_MS);
    expect(response.status, text.slice(0, 300)).toBe(testCase.status);
    if (testCase.status === 405) expect(response.headers.get("allow")).toBeTruthy();
    const body = /json/.test(response.headers.get("content-type") ?? "") && text ? JSON.parse(text) : null;
    if (testCase.code) expect(body?.errors?.[0]?.extensions?.code, text.slice(0, 300)).toBe(testCase.code);
    if (body?.errors?.[0]) {
      expect(body.errors[0].message).not.toBe("Unexpected error.");
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|\n\s+at /);
    }
    if (testCase.message) expect(body?.errors?.[0]?.message).toMatch(testCase.message);
    if (testCase.refused) expect(body?.extensions?.cost?.sqlStatements ?? 0).toBe(0);
  });
});

describe("operations", () => {
  it("answers a preflight from any origin with 204 and the CORS headers", async () => {
    const response = await fetch(app.url, { method: "OPTIONS", headers: { origin: "https://app.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toMatch(/POST/);
    expect(response.headers.get("access-control-allow-headers")).toMatch(/content-type/i);
  });

  it("lets a browser on another origin read answers and exports", async () => {
    const api = await fetch(app.url, { method: "POST", headers: { origin: "https://app.example", "content-type": "application/json" }, body: JSON.stringify({ query: "{ buildInfo { fingerprint } }" }) });
    expect(api.headers.get("access-control-allow-origin")).toBe("*");
    const exported = await fetch(new URL("/export/entities.csv", app.url), { headers: { origin: "https://app.example" } });
    expect(exported.headers.get("access-control-allow-origin")).toBe("*");
    expect(exported.headers.get("access-control-expose-headers")).toMatch(/X-Build-Fingerprint/);
    await exported.arrayBuffer();
  });

  it.each(["gzip", "br"])("compresses JSON answers and exports with %s when accepted", async (encoding) => {
    const big = `{ entities(first: 100) { nodes { id name description } } }`;
    const api = await fetch(`${app.url}?${new URLSearchParams({ query: big })}`, { headers: { "accept-encoding": encoding } });
    expect(api.headers.get("content-encoding")).toBe(encoding);
    expect(((await api.json()) as any).data.entities.nodes.length).toBeGreaterThan(10);
    const exported = await fetch(new URL("/export/statements.csv", app.url), { headers: { "accept-encoding": encoding } });
    expect(exported.headers.get("content-encoding")).toBe(encoding);
    expect((await exported.text()).startsWith("statement_id,")).toBe(true); // text() drops the byte-order mark
  });

  it("answers /healthz and /readyz with the build and its counts", async () => {
    expect((await fetch(new URL("/healthz", app.url))).status).toBe(200);
    const ready = await fetch(new URL("/readyz", app.url));
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as any;
    const build = dataOf(await app.query(`{ buildInfo { fingerprint statements } }`)).buildInfo;
    expect(body.build.fingerprint).toBe(build.fingerprint);
    expect(body.counts.statements).toBe(build.statements);
  });

  it("keeps an idle connection open longer than a client pauses (no ECONNRESET on reuse after 6 s)", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const ask = () =>
      new Promise<{ status: number; reused: boolean; keepAlive: string }>((resolve, reject) => {
        const request = httpRequest(`${app.url.replace("/graphql", "")}/healthz`, { agent }, (response) => {
          response.resume().once("end", () => resolve({ status: response.statusCode ?? 0, reused: request.reusedSocket, keepAlive: String(response.headers["keep-alive"]) }));
        });
        request.once("error", reject).end();
      });
    try {
      const first = await ask();
      expect(first.keepAlive).toBe("timeout=65"); // so clients drop it before the server does
      await new Promise((resolve) => setTimeout(resolve, 6_000)); // longer than Node's default of 5 s
      expect(await ask()).toMatchObject({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  }, 20_000);

  it("keeps serving after every abusive request above", async () => {
    expect(dataOf(await app.query(`{ entity(ref: "org/aco") { id } }`)).entity.id).toBe("org/aco");
  });
});
