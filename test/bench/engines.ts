/**
 * npm run bench:engines [-- --sizes 100000,1000000] [--duration 5] [--warmup 2] [--connections 8]
 *                          [--seed 1] [--no-peer] [--out test/bench/RESULTS-engines.md]
 *
 * The two engines side by side, on the same synthetic graphs (src/synth, as `npm run bench`):
 * - a PostgreSQL server of its own (initdb into a temporary folder, as the tests do), and the
 *   PostgreSQL build of each size, timed;
 * - Q1–Q5 on SQLite and on PostgreSQL (API, response cache off, pinned to CPU 0; load from CPU 1),
 *   every answer checked against Q0 first (byte for byte), and Q0 itself;
 * - Q1 throughput with WORKERS=1 and WORKERS=2 (`src/cli/start.ts`, node:cluster) on each engine,
 *   nothing pinned (two workers need both cores);
 * - the peer: PostGraphile 5 (test/bench/peer, Node 22) over the same PostgreSQL tables, answering
 *   an entity with its names and a two-hop nested query, against our API on PostgreSQL asked for the
 *   same rows and fields (checked: same ids in the same order), both warmed, both pinned to CPU 0;
 * - at the largest size, Q2's latency at 70 % of each engine's throughput.
 * Writes test/bench/RESULTS-engines.md with the load average before and after.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { startPostgres, freePort, type PostgresServer } from "../support/postgres";
import { QUERIES, requestBody, type BenchQuery } from "./queries";
import {
  buildDatabase, checkQuery, children, fmt, log, machineInfo, measure, nodeCommand, parseCount, post, serverEnv, sizeName, startServer,
  type BenchServer, type BuildResult, type Check, type Measurement, type Options,
} from "./run";

const ROOT = resolve(__dirname, "../..");
const PEER = join(ROOT, "test/bench/peer");

interface EngineOptions extends Options {
  peer: boolean;
}

function readOptions(): EngineOptions {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "10000" },
      duration: { type: "string", default: "5" },
      warmup: { type: "string", default: "2" },
      connections: { type: "string", default: "8" },
      seed: { type: "string", default: "1" },
      "no-peer": { type: "boolean", default: false },
      "no-pin": { type: "boolean", default: false },
      out: { type: "string", default: join(ROOT, "test/bench/RESULTS-engines.md") },
      "data-dir": { type: "string", default: join(ROOT, "data/bench") },
    },
  });
  return {
    sizes: values.sizes!.split(",").map(parseCount),
    duration: Number(values.duration),
    warmup: Number(values.warmup),
    connections: Number(values.connections),
    seed: Number(values.seed),
    reuse: false,
    profile: false,
    pin: !values["no-pin"],
    queries: null,
    servers: new Set(["q0", "api"]),
    out: resolve(values.out!),
    dataDir: resolve(values["data-dir"]!),
    argv: process.argv.slice(2),
    peer: !values["no-peer"],
  };
}

// ---------------------------------------------------------------- PostgreSQL

async function createDatabase(server: PostgresServer, name: string): Promise<string> {
  const client = new Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return server.urlOf(name);
}

/** The synthetic graph of `size` built into PostgreSQL through `npm run db:synth -- --out postgres://…` (timed there). */
function buildPostgresGraph(options: Options, size: number, url: string): BuildResult {
  log(`building ${size.toLocaleString("en")} statements into PostgreSQL`);
  const [command, args] = nodeCommand(options, ["--import", "tsx", "src/cli/synth.ts", "--statements", String(size), "--seed", String(options.seed), "--out", url, "--json"], 0);
  const output = execFileSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20 });
  const summary = JSON.parse(output.trim().split("\n").at(-1)!) as BuildResult;
  log(`  PostgreSQL: generate ${(summary.generateMs / 1000).toFixed(1)} s, build ${(summary.buildMs / 1000).toFixed(1)} s`);
  return { ...summary, reused: false };
}

// ---------------------------------------------------------------- servers without IPC

/** A server measured from outside only (throughput and latency; no CPU or RSS figures). */
function external(name: string, url: string, stop: () => Promise<void>): BenchServer {
  const none = { requests: 0, cpuUserMs: NaN, cpuSystemMs: NaN, peakRssMb: NaN, rssMb: NaN, eventLoopDelayP99Ms: NaN, eventLoopDelayMaxMs: NaN };
  return {
    name,
    url,
    child: undefined as never,
    request: async () => ({ type: "reset-done" }),
    stats: async () => none,
    reset: async () => undefined,
    stop,
  };
}

/** Spawns `command`, waits for a line matching `ready`, and stops it with SIGTERM. */
async function spawnUntil(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ match: RegExpMatchArray; stop: () => Promise<void> }> {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let output = "";
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const found = output.match(ready);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}):\n${output}`));
    });
  });
  child.stdout!.resume();
  child.stderr!.resume();
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    await exited;
    children.delete(child);
  };
  return { match, stop };
}

/** `npm start`'s server (src/cli/start.ts) with WORKERS=n on `database`, response cache off, on a free port. */
async function startWorkers(workers: number, database: string): Promise<BenchServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...serverEnv(false), WORKERS: String(workers), PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "silent" };
  if (database.startsWith("postgres")) env.DATABASE_URL = database;
  else env.DATABASE_FILE = database;
  const ready = workers === 1 ? /listening on/ : new RegExp(`${workers} workers are serving`);
  const { stop } = await spawnUntil(`WORKERS=${workers}`, process.execPath, ["--import", "tsx", "src/cli/start.ts"], ROOT, env, ready);
  return external(`WORKERS=${workers}`, `http://127.0.0.1:${port}/graphql`, stop);
}

/** PostGraphile 5 over `url`, pinned like our API. */
async function startPeer(options: Options, url: string): Promise<BenchServer> {
  const node = join(PEER, "node_modules/.bin/node");
  if (!existsSync(node)) throw new Error("The peer is not installed: run `npm ci` in test/bench/peer (it brings its own Node 22).");
  const [command, args] = options.pin ? ["taskset", ["-c", "0", node, "serve.mjs"]] : [node, ["serve.mjs"]];
  const { match, stop } = await spawnUntil("PostGraphile", command, args, PEER, { ...process.env, DATABASE_URL: url, PORT: "0", NODE_ENV: "production" }, /listening (\d+)/);
  return external("PostGraphile", `http://127.0.0.1:${match[1]}/graphql`, stop);
}

// ---------------------------------------------------------------- the peer's queries

// PostGraphile's Amber preset names a table's `id` column rowId (id is its global Node id), and orders and
// filters by indexed columns only: citations by row id (their order of insertion, which is their position),
// statements by the first day of valid-from, predicate and id (ours: valid-from text, predicate, id).
const PEER_CITED = `citationsByStatementId(orderBy: ROW_ID_ASC) { nodes { quote sourceBySourceId { title outlet } } }`;
/** The same rows for both: outgoing statements that nothing supersedes, in our page order. */
const PEER_PAGE = `first: 5, condition: { supersededById: null }, orderBy: [VALID_FROM_DAY_ASC, PREDICATE_ASC, ROW_ID_ASC]`;
const OUR_CITED = `citations { quote source { title outlet } }`;

interface PeerPair {
  id: string;
  title: string;
  ours: BenchQuery;
  peer: BenchQuery;
  /** The ids the answer lists, in order: both answers must list the same. */
  idsOf(data: any, side: "ours" | "peer"): string[];
}

const pair = (id: string, title: string, ours: Omit<BenchQuery, "id" | "title" | "requires" | "latencyRun" | "sqlBudget">, peer: typeof ours, idsOf: PeerPair["idsOf"]): PeerPair => ({
  id,
  title,
  ours: { ...ours, id: `${id} (ours)`, title, requires: ["entity"], latencyRun: false, sqlBudget: 100 },
  peer: { ...peer, id: `${id} (PostGraphile)`, title, requires: [], latencyRun: false, sqlBudget: 100 },
  idsOf,
});

const PEER_QUERIES: PeerPair[] = [
  pair(
    "P1",
    "entity by id (org/aco) with its names (text, type, language)",
    { operationName: "P1", query: `query P1($ref: String!) { entity(ref: $ref) { id kind name description names { text type language } } }`, variables: { ref: "org/aco" } },
    {
      operationName: "P1",
      query: `query P1($id: String!) { entityByRowId(rowId: $id) { rowId kind name description entityNamesByEntityId(orderBy: ROWID_ASC) { nodes { text nameType language } } } }`,
      variables: { id: "org/aco" },
    },
    (data, side) => (side === "ours" ? data.entity.names.map((n: any) => n.text) : data.entityByRowId.entityNamesByEntityId.nodes.map((n: any) => n.text)),
  ),
  pair(
    "P2",
    "two hops of outgoing statements from org/aco, 5 per entity, each with status, citations and sources, and the entity it points at",
    {
      operationName: "P2",
      query: `query P2($ref: String!) { entity(ref: $ref) { id name statements(direction: OUTGOING, first: 5) { nodes {
  id predicate ${OUR_CITED} object { id name statements(direction: OUTGOING, first: 5) { nodes { id predicate ${OUR_CITED} object { id name } } } } } } } }`,
      variables: { ref: "org/aco" },
    },
    {
      operationName: "P2",
      query: `query P2($id: String!) { entityByRowId(rowId: $id) { rowId name statementsAsSubject(${PEER_PAGE}) { nodes {
  rowId predicate ${PEER_CITED} object { rowId name statementsAsSubject(${PEER_PAGE}) { nodes { rowId predicate ${PEER_CITED} object { rowId name } } } } } } } }`,
      variables: { id: "org/aco" },
    },
    (data, side) => {
      const [key, id] = side === "ours" ? ["statements", "id"] : ["statementsAsSubject", "rowId"];
      const root = side === "ours" ? data.entity : data.entityByRowId;
      return root[key].nodes.flatMap((node: any) => [node[id], ...(node.object?.[key]?.nodes ?? []).map((inner: any) => inner[id])]);
    },
  ),
];

// ---------------------------------------------------------------- the run

interface EngineQuery {
  query: BenchQuery;
  sqlite: Check;
  postgres: Check;
  q0?: Measurement;
  onSqlite?: Measurement;
  onPostgres?: Measurement;
}

interface PeerResult {
  pair: PeerPair;
  sameRows: string;
  ours?: Measurement;
  peer?: Measurement;
}

interface SizeRun {
  size: number;
  sqliteBuild: BuildResult;
  postgresBuild: BuildResult;
  queries: EngineQuery[];
  workers: { engine: string; workers: number; m: Measurement }[];
  peers: PeerResult[];
  peerProblem?: string;
  at70: { engine: string; rate: number; m: Measurement }[];
}

async function runSize(options: EngineOptions, server: PostgresServer, size: number, largest: boolean): Promise<SizeRun> {
  const { file, build: sqliteBuild } = buildDatabase(options, size);
  const url = await createDatabase(server, `bench_${size}`);
  const postgresBuild = buildPostgresGraph(options, size, url);
  const run: SizeRun = { size, sqliteBuild, postgresBuild, queries: [], workers: [], peers: [], at70: [] };

  const q0 = await startServer(options, "Q0", "raw", file, serverEnv(false));
  const onSqlite = await startServer(options, "API on SQLite", "api", file, serverEnv(false));
  const onPostgres = await startServer(options, "API on PostgreSQL", "api", url, serverEnv(false));
  try {
    for (const query of QUERIES) {
      const entry: EngineQuery = { query, sqlite: await checkQuery(query, onSqlite, q0, null), postgres: await checkQuery(query, onPostgres, q0, null) };
      run.queries.push(entry);
      const agree = (check: Check) => (check.ok ? `agrees with Q0 (${check.apiStatements} SQL)` : `WRONG: ${check.problem}`);
      log(`${sizeName(size)} ${query.id}: SQLite ${agree(entry.sqlite)}; PostgreSQL ${agree(entry.postgres)}`);
      entry.q0 = await measure(options, q0, query);
      if (entry.sqlite.ok) entry.onSqlite = await measure(options, onSqlite, query);
      if (entry.postgres.ok) entry.onPostgres = await measure(options, onPostgres, query);
      log(`${sizeName(size)} ${query.id}: Q0 ${fmt(entry.q0.rps)} req/s, SQLite ${fmt(entry.onSqlite?.rps)}, PostgreSQL ${fmt(entry.onPostgres?.rps)}`);
    }
    if (largest) {
      const q2 = run.queries.find((entry) => entry.query.id === "Q2")!;
      for (const [engine, api, m] of [["SQLite", onSqlite, q2.onSqlite], ["PostgreSQL", onPostgres, q2.onPostgres]] as const) {
        if (!m) continue;
        const rate = Math.max(1, Math.round(m.rps * 0.7));
        run.at70.push({ engine, rate, m: await measure(options, api, q2.query, rate, false) });
        log(`${sizeName(size)} Q2 on ${engine} at ${rate} req/s (70 %): p99 ${fmt(run.at70.at(-1)!.m.p99, 1)} ms`);
      }
    }
    if (options.peer) await runPeer(options, url, onPostgres, run);
  } finally {
    await Promise.all([q0.stop(), onSqlite.stop(), onPostgres.stop()]);
  }
  await runWorkers(options, file, url, run);
  return run;
}

async function runPeer(options: EngineOptions, url: string, ours: BenchServer, run: SizeRun): Promise<void> {
  let peer: BenchServer;
  try {
    peer = await startPeer(options, url);
  } catch (error) {
    run.peerProblem = (error as Error).message.split("\n")[0];
    log(`peer not run: ${run.peerProblem}`);
    return;
  }
  try {
    for (const item of PEER_QUERIES) {
      const fromOurs = await post(ours.url, requestBody(item.ours));
      const fromPeer = await post(peer.url, requestBody(item.peer));
      const result: PeerResult = { pair: item, sameRows: "" };
      run.peers.push(result);
      if (fromOurs.body?.errors || fromPeer.body?.errors || !fromOurs.body?.data || !fromPeer.body?.data) {
        result.sameRows = `error: ${JSON.stringify(fromOurs.body?.errors ?? fromPeer.body?.errors ?? fromPeer.text).slice(0, 300)}`;
        log(`${sizeName(run.size)} ${item.id}: ${result.sameRows}`);
        continue;
      }
      const ourIds = item.idsOf(fromOurs.body.data, "ours");
      const peerIds = item.idsOf(fromPeer.body.data, "peer");
      result.sameRows = JSON.stringify(ourIds) === JSON.stringify(peerIds) ? `yes (${ourIds.length})` : `**no** (ours ${ourIds.length}, peer ${peerIds.length})`;
      result.ours = await measure(options, ours, item.ours);
      result.peer = await measure(options, peer, item.peer);
      log(`${sizeName(run.size)} ${item.id}: same rows ${result.sameRows}; ours ${fmt(result.ours.rps)} req/s, PostGraphile ${fmt(result.peer.rps)} req/s`);
    }
  } finally {
    await peer.stop();
  }
}

/** Q1 throughput with 1 and 2 workers on each engine; nothing pinned (this process is let onto both cores too). */
async function runWorkers(options: EngineOptions, file: string, url: string, run: SizeRun): Promise<void> {
  const q1 = QUERIES.find((query) => query.id === "Q1-id")!;
  if (options.pin) execFileSync("taskset", ["-pc", "0,1", String(process.pid)], { stdio: "ignore" });
  try {
    for (const [engine, database] of [["SQLite", file], ["PostgreSQL", url]] as const) {
      for (const workers of [1, 2]) {
        const server = await startWorkers(workers, database);
        try {
          const m = await measure(options, server, q1);
          run.workers.push({ engine, workers, m });
          log(`${sizeName(run.size)} Q1-id on ${engine}, WORKERS=${workers}: ${fmt(m.rps)} req/s`);
        } finally {
          await server.stop();
        }
      }
    }
  } finally {
    if (options.pin) execFileSync("taskset", ["-pc", "1", String(process.pid)], { stdio: "ignore" });
  }
}

// ---------------------------------------------------------------- report

const met = (ok: boolean) => (ok ? "**met**" : "**missed**");

function report(options: EngineOptions, machine: ReturnType<typeof machineInfo>, postgresVersion: string, runs: SizeRun[], load: { before: number[]; after: number[] }, elapsedS: number): string {
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  push(
    "# Benchmark: SQLite and PostgreSQL, one worker and two, and a peer",
    "",
    `Written by \`npm run bench:engines${options.argv.length ? ` -- ${options.argv.join(" ")}` : ""}\` on ${machine.date.slice(0, 16).replace("T", " ")} UTC, in ${Math.round(elapsedS / 60)} min. Do not edit by hand: run it again.`,
    "",
    `- Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB; Node ${machine.node}; SQLite ${machine.sqlite}; ${postgresVersion}; commit \`${machine.commit}\`.`,
    `- Load average (1/5/15 min) before: ${load.before.map((value) => value.toFixed(2)).join(" / ")}; after: ${load.after.map((value) => value.toFixed(2)).join(" / ")}.`,
    `- Method: synthetic graphs (seed ${options.seed}); PostgreSQL started for the run (initdb into a temporary folder, fsync off); servers with \`NODE_ENV=production\` and ` +
      `\`RESPONSE_CACHE=off\`, \`LOG_LEVEL=silent\`${options.pin ? ", pinned to CPU 0 (the PostgreSQL server is not pinned), autocannon on CPU 1" : ""}; ${options.connections} connections, ` +
      `${options.warmup} s warm-up, ${options.duration} s measured. Every answer is checked against Q0 (the hand-written SQLite baseline) before it is measured. ` +
      "Workers: `src/cli/start.ts` with WORKERS=1 or 2, nothing pinned. Peer: PostGraphile 5 (Amber preset, test/bench/peer) over the same PostgreSQL tables, asked for the same rows and fields.",
    "",
    "## Builds",
    "",
    "| statements | SQLite build | SQLite file | PostgreSQL build (SQLite build + COPY + indexes + ANALYZE + swap) |",
    "| ---: | ---: | ---: | ---: |",
    ...runs.map((run) => `| ${sizeName(run.size)} | ${fmt(run.sqliteBuild.buildMs / 1000, 1)} s | ${fmt(run.sqliteBuild.bytes / 1024 ** 2)} MB | **${fmt(run.postgresBuild.buildMs / 1000, 1)} s** |`),
    "",
    "## Q1–Q5 on both engines (uncached)",
    "",
    "| size | query | Q0 req/s | SQLite req/s (× Q0) | PostgreSQL req/s (× Q0) | p99 ms SQLite / PostgreSQL | CPU ms/req SQLite / PostgreSQL | SQL SQLite / PostgreSQL |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const run of runs) {
    for (const entry of run.queries) {
      const ratio = (m?: Measurement) => (m && entry.q0 ? `${fmt(m.rps)} (${fmt(m.rps / entry.q0.rps, 2)}×)` : "wrong answer");
      push(
        `| ${sizeName(run.size)} | ${entry.query.id} | ${fmt(entry.q0?.rps)} | ${ratio(entry.onSqlite)} | ${ratio(entry.onPostgres)} | ` +
          `${fmt(entry.onSqlite?.p99, 1)} / ${fmt(entry.onPostgres?.p99, 1)} | ${fmt(entry.onSqlite?.cpuMsPerRequest, 2)} / ${fmt(entry.onPostgres?.cpuMsPerRequest, 2)} | ` +
          `${entry.sqlite.apiStatements} / ${entry.postgres.apiStatements} |`,
      );
    }
  }
  const wrong = runs.flatMap((run) => run.queries.flatMap((entry) => [entry.sqlite, entry.postgres].filter((check) => !check.ok).map((check) => `${sizeName(run.size)} ${entry.query.id}: ${check.problem}`)));
  if (wrong.length) push("", "Wrong answers (not measured):", "", ...wrong.map((line) => `- ${line}`));
  push("", "## One worker and two (Q1-id throughput)", "", "| size | engine | WORKERS=1 req/s | WORKERS=2 req/s | × |", "| ---: | --- | ---: | ---: | ---: |");
  for (const run of runs) {
    for (const engine of ["SQLite", "PostgreSQL"]) {
      const one = run.workers.find((item) => item.engine === engine && item.workers === 1)?.m;
      const two = run.workers.find((item) => item.engine === engine && item.workers === 2)?.m;
      push(`| ${sizeName(run.size)} | ${engine} | ${fmt(one?.rps)} | ${fmt(two?.rps)} | ${one && two ? fmt(two.rps / one.rps, 2) : "–"} |`);
    }
  }
  push(
    "",
    "## Ours and PostGraphile 5 over the same PostgreSQL tables",
    "",
    ...PEER_QUERIES.map((item) => `- **${item.id}**: ${item.title}.`),
    "",
    "| size | query | same rows | ours req/s | PostGraphile req/s | ours ÷ peer | p99 ms ours / peer |",
    "| ---: | --- | --- | ---: | ---: | ---: | ---: |",
  );
  for (const run of runs) {
    if (run.peerProblem) push(`| ${sizeName(run.size)} | – | not run: ${run.peerProblem} | | | | |`);
    for (const result of run.peers) {
      push(
        `| ${sizeName(run.size)} | ${result.pair.id} | ${result.sameRows} | ${fmt(result.ours?.rps)} | ${fmt(result.peer?.rps)} | ` +
          `${result.ours && result.peer ? fmt(result.ours.rps / result.peer.rps, 2) : "–"} | ${fmt(result.ours?.p99, 1)} / ${fmt(result.peer?.p99, 1)} |`,
      );
    }
  }
  const largest = runs.at(-1)!;
  if (largest.at70.length) {
    push("", `## Q2 at 70 % load (${sizeName(largest.size)})`, "", "| engine | rate req/s | p50 ms | p99 ms |", "| --- | ---: | ---: | ---: |");
    for (const item of largest.at70) push(`| ${item.engine} | ${fmt(item.rate)} | ${fmt(item.m.p50, 1)} | ${fmt(item.m.p99, 1)} |`);
  }

  push("", "## Targets", "");
  const at1M = runs.find((run) => run.size === 1e6);
  const sameSql = runs.every((run) => run.queries.every((entry) => entry.sqlite.apiStatements === entry.postgres.apiStatements)) &&
    QUERIES.every((query) => new Set(runs.map((run) => run.queries.find((entry) => entry.query.id === query.id)?.postgres.apiStatements)).size === 1);
  const workerRatios = runs.flatMap((run) => ["SQLite", "PostgreSQL"].map((engine) => {
    const one = run.workers.find((item) => item.engine === engine && item.workers === 1)?.m.rps;
    const two = run.workers.find((item) => item.engine === engine && item.workers === 2)?.m.rps;
    return { label: `${engine} ${sizeName(run.size)}`, value: one && two ? two / one : NaN };
  }));
  const q1 = runs.map((run) => {
    const entry = run.queries.find((item) => item.query.id === "Q1-id")!;
    return { size: run.size, sqlite: entry.onSqlite && entry.q0 ? entry.onSqlite.rps / entry.q0.rps : NaN, postgres: entry.onPostgres && entry.q0 ? entry.onPostgres.rps / entry.q0.rps : NaN };
  });
  const peerRatios = runs.flatMap((run) => run.peers.filter((result) => result.ours && result.peer).map((result) => ({ label: `${result.pair.id} ${sizeName(run.size)}`, value: result.ours!.rps / result.peer!.rps })));
  const q2at70 = largest.at70;
  push(
    `- Every answer identical to Q0 on both engines, SQL statements per request the same on both and at every size: ${met(wrong.length === 0 && sameSql)}.`,
    `- PostgreSQL build of 1M statements ≤ 120 s: ${at1M ? `${met(at1M.postgresBuild.buildMs <= 120_000)} (${fmt(at1M.postgresBuild.buildMs / 1000, 1)} s)` : `not run at 1M (${runs.map((run) => `${sizeName(run.size)} ${fmt(run.postgresBuild.buildMs / 1000, 1)} s`).join(", ")})`}.`,
    `- 2 workers ≥ 1.6 × one on Q1: ${met(workerRatios.every((item) => item.value >= 1.6))} (${workerRatios.map((item) => `${item.label} ${fmt(item.value, 2)}×`).join(", ")}).`,
    `- Uncached Q1 ≥ 0.35 × Q0: ${met(q1.every((item) => item.sqlite >= 0.35))} on SQLite (${q1.map((item) => `${sizeName(item.size)} ${fmt(item.sqlite, 2)}×`).join(", ")}); ` +
      `on PostgreSQL ${q1.map((item) => `${sizeName(item.size)} ${fmt(item.postgres, 2)}×`).join(", ")} (Q0 reads SQLite in process: no network round trip).`,
    `- Ours ≥ PostGraphile on P1 and P2: ${peerRatios.length ? `${met(peerRatios.every((item) => item.value >= 1))} (${peerRatios.map((item) => `${item.label} ${fmt(item.value, 2)}×`).join(", ")})` : "not run"}.`,
    `- Q2 uncached p99 at 70 % load ≤ 100 ms at 1M: ${at1M && q2at70.length ? `${met(q2at70.every((item) => item.m.p99 <= 100))} (${q2at70.map((item) => `${item.engine} ${fmt(item.m.p99, 1)} ms`).join(", ")})` : `not run at 1M (${sizeName(largest.size)}: ${q2at70.map((item) => `${item.engine} ${fmt(item.m.p99, 1)} ms`).join(", ")})`}.`,
  );
  return lines.join("\n") + "\n";
}

async function main(): Promise<void> {
  const options = readOptions();
  // No request log lines from our servers (the peer writes none either): the servers inherit this.
  process.env.LOG_LEVEL = "silent";
  const started = performance.now();
  if (options.pin) execFileSync("taskset", ["-pc", "1", String(process.pid)], { stdio: "ignore" });
  const machine = machineInfo();
  const before = loadavg();
  log(`sizes ${options.sizes.map(sizeName).join(", ")}; load ${before.map((value) => value.toFixed(2)).join(" ")}; starting PostgreSQL`);
  const server = await startPostgres();
  const runs: SizeRun[] = [];
  let postgresVersion = "PostgreSQL";
  try {
    const client = new Client({ connectionString: server.url });
    await client.connect();
    postgresVersion = ((await client.query("SHOW server_version")).rows[0].server_version as string).replace(/^/, "PostgreSQL ").split(" (")[0];
    await client.end();
    for (const [index, size] of options.sizes.entries()) {
      runs.push(await runSize(options, server, size, index === options.sizes.length - 1));
      log(`${sizeName(size)} done after ${Math.round((performance.now() - started) / 1000)} s`);
    }
  } finally {
    server.stop();
  }
  const after = loadavg();
  const elapsed = (performance.now() - started) / 1000;
  writeFileSync(options.out, report(options, machine, postgresVersion, runs, { before, after }, elapsed));
  log(`wrote ${options.out} in ${Math.round(elapsed)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
