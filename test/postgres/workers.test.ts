// WORKERS=2 on one PostgreSQL: two processes serve one port, each with its own read-only connection.
import { spawn, type ChildProcess } from "node:child_process";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDataSource } from "../../src/db/connection";
import { rebuildDatabase } from "../../src/db/rebuild";
import { freePort } from "../support/postgres";
import { REPO_ROOT, SEEDS_DIR, temporaryDatabase } from "../support/app";

let url: string;
let server: ChildProcess;
let port: number;
let output = "";

beforeAll(async () => {
  url = await temporaryDatabase();
  await rebuildDatabase(SEEDS_DIR, url);
  port = await freePort();
  server = spawn(process.execPath, ["--import", "tsx", "src/cli/start.ts"], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: url, WORKERS: "2", PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  while (!output.includes("2 workers are serving")) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
});

const ask = async (query: string) => {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data: { buildInfo: { statements: number } } } };
};

describe("WORKERS=2 with DATABASE_URL", () => {
  it("serves one port from two worker processes, each holding its own PostgreSQL connection", async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => ask(`{ buildInfo { fingerprint statements } }`)));
    const first = answers[0].body.data.buildInfo;
    expect(first.statements).toBeGreaterThan(0);
    for (const answer of answers) expect(answer).toEqual({ status: 200, body: expect.objectContaining({ data: { buildInfo: first } }) });
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT DISTINCT application_name FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'endurance-graph %'`);
      const workerPids = output.match(/\(worker (\d+)\)/g) ?? [];
      expect(workerPids).toHaveLength(2);
      expect(rows.map((row) => row.application_name).sort()).toEqual(workerPids.map((text) => `endurance-graph ${text.replace(/\D/g, "")}`).sort());
    } finally {
      await client.end();
    }
  });

  it("gives the API a connection that cannot write", async () => {
    const readOnly = await openDataSource(url, { readonly: true });
    try {
      await expect(readOnly.query(`DELETE FROM statement`)).rejects.toThrow(/read-only transaction/);
    } finally {
      await readOnly.destroy();
    }
  });
});
