// The PostgreSQL build (DATABASE_URL): through the CLI, atomic (a reader never sees half a build,
// a failed build changes nothing), and one build at a time.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "../../src/seeds/load-seeds";
import { buildPostgres } from "../../src/db/postgres/build";
import { rebuildDatabase } from "../../src/db/rebuild";
import { REPO_ROOT, SEEDS_DIR, temporaryDatabase } from "../support/app";
import { writePeopleOrgsChampionships } from "../support/synthetic-seeds";

const run = promisify(execFile);

let url: string;
let client: Client;
beforeAll(async () => {
  url = await temporaryDatabase();
  client = new Client({ connectionString: url });
  await client.connect();
});
afterAll(() => client?.end());

const count = async (sql: string) => Number((await client.query(sql)).rows[0].n);

describe("npm run db:build with DATABASE_URL", () => {
  it("builds the seeds into the endurance_graph schema", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "src/cli/build-db.ts"], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: url },
    });
    const graph = loadSeeds(SEEDS_DIR);
    expect(stdout).toContain(`${graph.statements.length} statements`);
    expect(await count(`SELECT COUNT(*) AS n FROM endurance_graph.statement`)).toBe(graph.statements.length);
    expect(await count(`SELECT COUNT(*) AS n FROM endurance_graph.entity`)).toBe(graph.entities.size);
    // Only the live schema is left: the build's own schema was renamed, the old one dropped.
    const schemas = (await client.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'endurance_graph%'`)).rows.map((row) => row.nspname);
    expect(schemas).toEqual(["endurance_graph"]);
  }, 120_000);

  it("swaps a new build in at once: a reader polling all along sees one whole build or the other", async () => {
    const small = writePeopleOrgsChampionships(10);
    await rebuildDatabase(small, url);
    const sizes = new Set<string>();
    let reading = true;
    const reader = (async () => {
      const seen: string[] = [];
      while (reading) {
        // One statement: the statements present and the count the build recorded must agree.
        const { rows } = await client.query(
          `SELECT (SELECT COUNT(*) FROM endurance_graph.statement)::text AS present,
                  (SELECT value FROM endurance_graph.build_info WHERE key = 'statements') AS recorded`,
        );
        seen.push(`${rows[0].present}/${rows[0].recorded}`);
      }
      return seen;
    })();
    await rebuildDatabase(writePeopleOrgsChampionships(20), url);
    await new Promise((resolve) => setTimeout(resolve, 50));
    reading = false;
    for (const pair of await reader) sizes.add(pair);
    expect([...sizes].sort()).toEqual(["30/30", "60/60"]);
  }, 120_000);

  it("leaves the live build as it was when a build fails", async () => {
    const before = await count(`SELECT COUNT(*) AS n FROM endurance_graph.statement`);
    const broken = mkdtempSync(join(tmpdir(), "broken-seeds-"));
    cpSync(writePeopleOrgsChampionships(5), broken, { recursive: true });
    writeFileSync(join(broken, "bad.yaml"), "statements:\n  - subject: person/nobody\n    predicate: HOLDS_ROLE\n    object: org/o1\n");
    await expect(rebuildDatabase(broken, url)).rejects.toThrow();
    expect(await count(`SELECT COUNT(*) AS n FROM endurance_graph.statement`)).toBe(before);
  }, 120_000);

  it("runs one build at a time: a second one at the same moment fails clearly and the result is one whole build", async () => {
    const graph = loadSeeds(writePeopleOrgsChampionships(15));
    const results = await Promise.allSettled([buildPostgres(graph, url), buildPostgres(graph, url)]);
    const failures = results.filter((result) => result.status === "rejected").map((result) => String((result as PromiseRejectedResult).reason));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/Another build of this database is running/);
    expect(await count(`SELECT COUNT(*) AS n FROM endurance_graph.statement`)).toBe(graph.statements.length);
  }, 120_000);
});
