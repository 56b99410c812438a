// Every benchmark query runs the same number of SQL statements on a graph the size of the seeds
// and on one 17× larger (10k statements, with hubs of hundreds of links): no N+1, no per-row SQL.
// Each answer also equals the hand-written baseline's (test/bench/raw-server.ts), byte for byte.
// On the postgres project the API reads the same graph from PostgreSQL, and runs as many SQL
// statements per request as it does on SQLite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AddressInfo } from "node:net";
import { startApp, type RunningApp } from "../../src/server/app";
import { synthesizeDatabase } from "../../src/synth";
import { QUERIES, implausible, requestBody } from "../bench/queries";
import { createRawServer, type RawServer } from "../bench/raw-server";
import { TEST_ENGINE, temporaryDatabase, temporaryFile } from "../support/app";

/** The seeds hold about 600 statements today. */
const SIZES = { seed: 600, large: 10_000 };

interface Served {
  app: RunningApp;
  /** On the postgres project: the API on the SQLite file too, to compare SQL statements per request. */
  sqliteApp?: RunningApp;
  raw: RawServer;
  rawUrl: string;
  fields: Set<string>;
}

async function post(url: string, body: string): Promise<any> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  return response.json();
}

async function serve(statements: number): Promise<Served> {
  const file = temporaryFile(`synth-${statements}.sqlite`);
  await synthesizeDatabase({ statements, seed: 1 }, file);
  const sqliteApp = await startApp({ databaseFile: file, port: 0, host: "127.0.0.1" });
  let app = sqliteApp;
  if (TEST_ENGINE === "postgres") {
    const url = await temporaryDatabase();
    await synthesizeDatabase({ statements, seed: 1 }, url);
    app = await startApp({ databaseFile: url, port: 0, host: "127.0.0.1" });
  }
  const raw = createRawServer(file);
  await new Promise<void>((resolve) => raw.server.listen(0, "127.0.0.1", resolve));
  const schema = await post(app.url, JSON.stringify({ query: "{ __schema { queryType { fields { name } } } }" }));
  const fields = new Set<string>(schema.data.__schema.queryType.fields.map((field: { name: string }) => field.name));
  return { app, ...(app !== sqliteApp ? { sqliteApp } : {}), raw, rawUrl: `http://127.0.0.1:${(raw.server.address() as AddressInfo).port}/`, fields };
}

const served: Partial<Record<keyof typeof SIZES, Served>> = {};

beforeAll(async () => {
  process.env.RESPONSE_CACHE = "off"; // every request must run its SQL
  served.seed = await serve(SIZES.seed);
  served.large = await serve(SIZES.large);
}, 120_000);

afterAll(async () => {
  for (const entry of Object.values(served)) {
    entry.raw.close();
    await entry.app.stop();
    await entry.sqliteApp?.stop();
  }
  delete process.env.RESPONSE_CACHE;
});

describe("SQL statements per request do not grow with the graph", () => {
  for (const query of QUERIES) {
    it(`${query.id}: ${query.title}`, async (context) => {
      if (query.requires.some((field) => !served.seed!.fields.has(field))) context.skip();
      const counts: number[] = [];
      for (const size of ["seed", "large"] as const) {
        const { app, sqliteApp, rawUrl } = served[size]!;
        const answer = await post(app.url, requestBody(query));
        if (sqliteApp) {
          const onSqlite = await post(sqliteApp.url, requestBody(query));
          expect(answer.extensions.cost.sqlStatements, `${query.id} at ${SIZES[size]}: SQL statements on PostgreSQL and on SQLite`).toBe(onSqlite.extensions.cost.sqlStatements);
        }
        expect(answer.errors, `${query.id} at ${SIZES[size]} statements`).toBeUndefined();
        expect(implausible(query, answer.data), `${query.id} at ${SIZES[size]} statements`).toBeNull();
        const baseline = await post(rawUrl, requestBody(query));
        expect(JSON.stringify(answer.data), `${query.id} at ${SIZES[size]}: API and hand-written baseline agree`).toBe(JSON.stringify(baseline.data));
        counts.push(answer.extensions.cost.sqlStatements);
      }
      expect(counts[1], `${query.id}: ${counts[0]} SQL statements at ${SIZES.seed} statements, ${counts[1]} at ${SIZES.large}`).toBe(counts[0]);
      expect(counts[0], `${query.id}: SQL statements per request`).toBeLessThanOrEqual(query.sqlBudget);
    });
  }
});
