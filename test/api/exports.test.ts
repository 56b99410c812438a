// Exports a researcher can load in a spreadsheet or a triple store, streamed, each naming its build.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import jsonld from "jsonld";
import { dataOf, REPO_ROOT, startTestApp, temporaryFile, type TestApp } from "../support/app";
import { databaseFile } from "../../src/db/connection";
import { countingSql } from "../../src/db/sql";
import { STATEMENT_COLUMNS } from "../../src/export/csv-exports";

let app: TestApp;
let build: { fingerprint: string; entities: number; statements: number; citations: number };
beforeAll(async () => {
  app = await startTestApp();
  build = dataOf(await app.query(`{ buildInfo { fingerprint entities statements citations } }`)).buildInfo;
});
afterAll(() => app?.stop());

const exportUrl = (name: string) => new URL(`/export/${name}`, app.url).toString();
/**
 * Downloads reuse fetch's kept-alive connections, as a real client's do. The JSON-LD checks below keep
 * this process busy for seconds between requests; that once outlived Node's default keep-alive of 5 s,
 * and the next request went out on a socket the server had just closed (ECONNRESET). The fix is the
 * server's (src/server/app.ts keeps idle connections 65 s, longer than clients and load balancers do),
 * because every client, not only this test, meets it: so no `connection: close` here, which would hide
 * a regression, and no test-only change to the server's timeout.
 */
const download = (name: string, headers: Record<string, string> = {}) => fetch(exportUrl(name), { headers });

/** Counted straight from the database: what the CSV must hold, one row per statement and citation. */
async function statementCitationRows(): Promise<number> {
  const sql = `SELECT COUNT(*) AS n FROM statement s LEFT JOIN citation c ON c.statement_id = s.id`;
  return (await countingSql(app.dataSource).all<{ n: number }>(sql))[0].n;
}

const parseCsv = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];

describe("GET /export/statements.csv", () => {
  it("parses back to one row per statement and citation, every row with its source and quote", async () => {
    const response = await download("statements.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = parseCsv(await response.text());
    expect(rows.length).toBe(await statementCitationRows());
    expect(rows.length).toBe(build.citations); // every statement has at least one citation
    expect(new Set(rows.map((row) => row.statement_id)).size).toBe(build.statements);
    expect(Object.keys(rows[0])).toEqual([...STATEMENT_COLUMNS]);
    for (const row of rows) {
      expect(row.source_id).toMatch(/^source\//);
      expect(row.quote.length).toBeGreaterThan(0);
    }
  });

  it("names its build in a header and in the file name, not in a line that would break a spreadsheet", async () => {
    const response = await download("statements.csv");
    expect(response.headers.get("x-build-fingerprint")).toBe(build.fingerprint);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="endurance-graph-statements-${build.fingerprint}.csv"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    // A UTF-8 byte-order mark, so that Excel reads the accents right, then the header line.
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(bytes.subarray(3).toString("utf8").startsWith("statement_id,")).toBe(true);
  });

  it("keeps accents, quotes and commas intact", async () => {
    const rows = parseCsv(await (await download("statements.csv")).text());
    const ratel = rows.filter((row) => row.subject_id === "person/stephane-ratel");
    expect(ratel.length).toBeGreaterThan(0);
    expect(ratel[0].subject_name).toBe("Stéphane Ratel");
    const qualified = rows.find((row) => row.qualifiers !== "");
    expect(JSON.parse(qualified!.qualifiers)).toBeTypeOf("object");
  });

  it("answers 304 to a client that already has this build's file", async () => {
    const first = await download("statements.csv");
    await first.arrayBuffer();
    const again = await download("statements.csv", { "if-none-match": first.headers.get("etag")! });
    expect(again.status).toBe(304);
  });
});

describe("GET /export/entities.csv", () => {
  it("has one row per entity with its kind, labels and aliases", async () => {
    const response = await download("entities.csv");
    expect(response.headers.get("x-build-fingerprint")).toBe(build.fingerprint);
    const rows = parseCsv(await response.text());
    expect(rows.length).toBe(build.entities);
    const aco = rows.find((row) => row.id === "org/aco")!;
    expect(aco).toMatchObject({ kind: "ORGANISATION", name: "Automobile Club de l’Ouest" });
    expect(JSON.parse(aco.aliases)).toContain("ACO");
    expect(JSON.parse(rows.find((row) => row.id === "event/24h-le-mans")!.labels)).toMatchObject({ fr: "24 Heures du Mans", it: "24 Ore di Le Mans" });
    expect(JSON.parse(rows.find((row) => row.id === "championship/asian-le-mans-series")!.ambiguous_aliases)).toContain("ALMS");
  });
});

describe("GET /export/graph.jsonld", () => {
  const refuseNetwork = async (url: string): Promise<never> => {
    throw new Error(`the export must not need the network, but asked for ${url}`);
  };
  let document: any;
  beforeAll(async () => {
    const response = await download("graph.jsonld");
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(response.headers.get("x-build-fingerprint")).toBe(build.fingerprint);
    document = await response.json();
  });

  it("expands as JSON-LD with its inline context, fetching nothing", async () => {
    const expanded = await jsonld.expand(document, { documentLoader: refuseNetwork as any });
    expect(expanded.length).toBe(1 + build.entities + (await sourceCount()) + build.statements);
  });

  it("starts with a metadata node naming the build", () => {
    expect(document["@graph"][0]).toMatchObject({ id: `build/${build.fingerprint}`, fingerprint: build.fingerprint, statementCount: build.statements });
  });

  it("types entities with schema.org and reifies statements with their citations", async () => {
    const expanded = await jsonld.expand(document, { documentLoader: refuseNetwork as any });
    const byId = new Map(expanded.map((node: any) => [node["@id"], node]));
    const ratel: any = byId.get("https://endurance-graph.example/id/person/stephane-ratel");
    expect(ratel["@type"]).toContain("https://schema.org/Person");
    expect(byId.get("https://endurance-graph.example/id/org/aco")!["@type"]).toContain("https://schema.org/SportsOrganization");
    const statements = expanded.filter((node: any) => node["@type"]?.includes("https://endurance-graph.example/vocab#Statement"));
    expect(statements.length).toBe(build.statements);
    for (const statement of statements as any[]) {
      expect(statement["https://endurance-graph.example/vocab#subject"][0]["@id"]).toMatch(/^https:\/\/endurance-graph\.example\/id\//);
      expect(statement["https://endurance-graph.example/vocab#predicate"][0]["@id"]).toMatch(/^https:\/\/endurance-graph\.example\/vocab#[A-Z_]+$/);
      const citations = statement["https://endurance-graph.example/vocab#citation"];
      expect(citations.length).toBeGreaterThan(0);
      expect(citations[0]["https://endurance-graph.example/vocab#source"][0]["@id"]).toMatch(/\/id\/source\//);
    }
  });

  it("converts to RDF triples a triple store can load", async () => {
    const nquads = (await jsonld.toRDF(document, { format: "application/n-quads", documentLoader: refuseNetwork as any })) as unknown as string;
    expect(nquads).toContain("<https://endurance-graph.example/id/person/stephane-ratel> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person>");
  });

  async function sourceCount(): Promise<number> {
    return (await countingSql(app.dataSource).all<{ n: number }>("SELECT COUNT(*) AS n FROM source"))[0].n;
  }
});

describe("GET /export", () => {
  it("lists the exports, and answers an unknown name with 404 and the list", async () => {
    const index = (await (await fetch(new URL("/export", app.url))).json()) as { exports: { name: string }[] };
    expect(index.exports.map((item: { name: string }) => item.name)).toEqual(["statements.csv", "entities.csv", "graph.jsonld"]);
    const missing = await download("everything.xlsx");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/statements\.csv, entities\.csv, graph\.jsonld/);
  });

  it("keeps serving after a client walks away mid-download", async () => {
    const controller = new AbortController();
    const response = await fetch(exportUrl("graph.jsonld"), { signal: controller.signal });
    await response.body!.getReader().read();
    controller.abort();
    const again = await download("statements.csv");
    expect(parseCsv(await again.text()).length).toBe(await statementCitationRows());
    expect(dataOf(await app.query(`{ buildInfo { fingerprint } }`)).buildInfo.fingerprint).toBe(build.fingerprint);
  });
});

describe("npm run export", () => {
  const run = promisify(execFile);

  it("writes the same file as the HTTP export and prints the build it came from", async () => {
    const out = temporaryFile("statements.csv");
    const database = databaseFile(app.dataSource); // a file, or a postgres:// URL on that engine
    const { stderr } = await run(process.execPath, ["--import", "tsx", "src/cli/export.ts", "statements.csv", "--db", database, "--out", out], { cwd: REPO_ROOT });
    expect(stderr).toContain(`build ${build.fingerprint}`);
    const overHttp = Buffer.from(await (await download("statements.csv")).arrayBuffer());
    expect(readFileSync(out).equals(overHttp)).toBe(true);
  });

  it("refuses an unknown export with the usage", async () => {
    const failure = await run(process.execPath, ["--import", "tsx", "src/cli/export.ts", "everything.xlsx"], { cwd: REPO_ROOT }).catch((error) => error);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/Usage: npm run export/);
  });
});
