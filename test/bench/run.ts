/**
 * npm run bench [-- --large] [--sizes 10k,100k] [--duration 10] [--warmup 2] [--connections 8]
 *                  [--seed 1] [--reuse] [--profile] [--queries Q1-id,Q2] [--servers q0,api,cache]
 *                  [--no-pin] [--out test/bench/RESULTS.md]
 *
 * For each size: build a synthetic database through the real build path (timed), start the API
 * (response cache off, and on) and the hand-written baseline Q0 as child processes pinned to
 * CPU 0, check every query's answer against Q0 (same JSON), then drive load from this process
 * (pinned to CPU 1) with autocannon on 127.0.0.1, and read CPU, RSS and event-loop delay from
 * the servers. At the largest size, p99 is also measured at 70 % of each query's maximum.
 * Writes test/bench/RESULTS.md (and a JSON copy under data/bench/).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { PENDING_QUERIES, QUERIES, implausible, requestBody, type BenchQuery } from "./queries";
import type { ChildMessage, ParentMessage, ServerStats } from "./server";
import { profileMarkdown, readProfile, summariseProfile } from "./profile";

const ROOT = resolve(__dirname, "../..");

// ---------------------------------------------------------------- options

export interface Options {
  sizes: number[];
  duration: number;
  warmup: number;
  connections: number;
  seed: number;
  reuse: boolean;
  profile: boolean;
  pin: boolean;
  queries: string[] | null;
  /** Which servers to load (all are started: Q0 checks the answers). */
  servers: Set<string>;
  out: string;
  dataDir: string;
  argv: string[];
}

export function parseCount(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`not a size: "${text}" (write 10000, 100k or 1M)`);
  return Math.round(Number(match[1]) * ({ "": 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2]] ?? 1));
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      large: { type: "boolean", default: false },
      sizes: { type: "string" },
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "2" },
      connections: { type: "string", default: "8" },
      seed: { type: "string", default: "1" },
      reuse: { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      "no-pin": { type: "boolean", default: false },
      queries: { type: "string" },
      servers: { type: "string", default: "q0,api,cache" },
      out: { type: "string", default: join(ROOT, "test/bench/RESULTS.md") },
      "data-dir": { type: "string", default: join(ROOT, "data/bench") },
    },
  });
  const sizes = values.sizes ? values.sizes.split(",").map(parseCount) : [10_000, 100_000, ...(values.large ? [1_000_000] : [])];
  return {
    sizes,
    duration: Number(values.duration),
    warmup: Number(values.warmup),
    connections: Number(values.connections),
    seed: Number(values.seed),
    reuse: values.reuse!,
    profile: values.profile!,
    pin: !values["no-pin"] && cpus().length >= 2 && commandExists("taskset"),
    queries: values.queries ? values.queries.split(",") : null,
    servers: new Set(values.servers!.toLowerCase().split(",")),
    out: resolve(values.out!),
    dataDir: resolve(values["data-dir"]!),
    argv: process.argv.slice(2),
  };
}

// ---------------------------------------------------------------- machine

export function commandExists(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The checked-out commit, read from .git without running git. */
function currentCommit(): string {
  try {
    // In a worktree .git is a file naming its git folder; branches live in the common folder it names.
    const dotGit = join(ROOT, ".git");
    const worktree = statSync(dotGit).isFile() ? resolve(ROOT, readFileSync(dotGit, "utf8").replace(/^gitdir:\s*/, "").trim()) : null;
    const head = readFileSync(join(worktree ?? dotGit, "HEAD"), "utf8").trim();
    const gitDir = worktree ? resolve(worktree, readFileSync(join(worktree, "commondir"), "utf8").trim()) : dotGit;
    if (!head.startsWith("ref: ")) return head;
    const ref = head.slice(5);
    if (existsSync(join(gitDir, ref))) return readFileSync(join(gitDir, ref), "utf8").trim();
    const packed = readFileSync(join(gitDir, "packed-refs"), "utf8").split("\n").find((line) => line.endsWith(` ${ref}`));
    return packed?.split(" ")[0] ?? "unknown";
  } catch {
    return "unknown";
  }
}

export function machineInfo() {
  const Database = require("better-sqlite3") as typeof import("better-sqlite3");
  const memory = new Database(":memory:");
  const sqlite = (memory.prepare("SELECT sqlite_version() AS v").get() as { v: string }).v;
  memory.close();
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    sqlite,
    commit: currentCommit(),
    date: new Date().toISOString(),
  };
}

// ---------------------------------------------------------------- children

export interface BenchServer {
  name: string;
  url: string;
  child: ChildProcess;
  request(message: ParentMessage, reply: ChildMessage["type"]): Promise<ChildMessage>;
  stats(): Promise<ServerStats>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export const children = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of children) child.kill();
});

export function nodeCommand(options: Options, args: string[], core: number): [string, string[]] {
  return options.pin ? ["taskset", ["-c", String(core), process.execPath, ...args]] : [process.execPath, args];
}

export async function startServer(options: Options, name: string, mode: "api" | "raw", db: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): Promise<BenchServer> {
  const [command, args] = nodeCommand(options, [...nodeArgs, "--import", "tsx", "test/bench/server.ts", "--mode", mode, "--db", db], 0);
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  children.add(child);
  child.on("exit", () => children.delete(child));
  const waiting = new Map<string, { resolve: (message: ChildMessage) => void; reject: (error: Error) => void }>();
  child.on("message", (message: ChildMessage) => {
    const waiter = waiting.get(message.type);
    waiting.delete(message.type);
    waiter?.resolve(message);
  });
  child.on("exit", (code) => {
    for (const [type, waiter] of waiting) waiter.reject(new Error(`${name} server exited (${code}) while we waited for "${type}"`));
    waiting.clear();
  });
  const next = (type: ChildMessage["type"]) => new Promise<ChildMessage>((resolve, reject) => void waiting.set(type, { resolve, reject }));
  const ready = (await next("ready")) as { port: number };
  const request = async (message: ParentMessage, reply: ChildMessage["type"]) => {
    const answer = next(reply);
    child.send(message);
    return answer;
  };
  return {
    name,
    url: `http://127.0.0.1:${ready.port}/graphql`,
    child,
    request,
    async stats() {
      const { type: _type, ...stats } = (await request({ type: "stats" }, "stats")) as ServerStats & { type: string };
      return stats;
    },
    async reset() {
      await request({ type: "reset" }, "reset-done");
    },
    async stop() {
      const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));
      child.send({ type: "stop" });
      await exited;
    },
  };
}

export function serverEnv(cache: boolean): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  if (cache) delete env.RESPONSE_CACHE;
  else env.RESPONSE_CACHE = "off";
  return env;
}

// ---------------------------------------------------------------- build

export interface BuildResult {
  statements: number;
  entities: number;
  citations: number;
  sources: number;
  generateMs: number;
  buildMs: number;
  bytes: number;
  peakRssMb: number;
  reused: boolean;
}

export function buildDatabase(options: Options, size: number): { file: string; build: BuildResult } {
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, `synth-${size}-seed${options.seed}.sqlite`);
  const summaryFile = `${file}.json`;
  if (options.reuse && existsSync(file) && existsSync(summaryFile)) {
    return { file, build: { ...(JSON.parse(readFileSync(summaryFile, "utf8")) as BuildResult), reused: true } };
  }
  log(`building ${size.toLocaleString("en")} statements → ${file}`);
  const [command, args] = nodeCommand(options, ["--import", "tsx", "src/cli/synth.ts", "--statements", String(size), "--seed", String(options.seed), "--out", file, "--json"], 0);
  const output = execFileSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20 });
  const summary = JSON.parse(output.trim().split("\n").at(-1)!) as BuildResult;
  writeFileSync(summaryFile, JSON.stringify(summary));
  log(`  generate ${(summary.generateMs / 1000).toFixed(1)} s, build ${(summary.buildMs / 1000).toFixed(1)} s, ${(summary.bytes / 1024 ** 2).toFixed(0)} MB`);
  return { file, build: { ...summary, reused: false } };
}

// ---------------------------------------------------------------- correctness

interface Answer {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

export async function post(url: string, body: string): Promise<Answer> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await response.text();
  let parsed: any = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* reported below */
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}

export interface Check {
  ok: boolean;
  problem?: string;
  apiStatements: number;
  rawStatements: number;
  bytes: number;
  cachedHit: boolean | null;
}

export async function checkQuery(query: BenchQuery, api: BenchServer, raw: BenchServer, cached: BenchServer | null): Promise<Check> {
  const body = requestBody(query);
  const fromApi = await post(api.url, body);
  const fromRaw = await post(raw.url, body);
  const apiStatements = fromApi.body?.extensions?.cost?.sqlStatements ?? NaN;
  const rawStatements = Number(fromRaw.headers.get("x-sql-statements"));
  const base = { apiStatements, rawStatements, bytes: Buffer.byteLength(fromApi.text), cachedHit: null as boolean | null };
  if (fromApi.status !== 200 || !fromApi.body || fromApi.body.errors) return { ...base, ok: false, problem: `API answered ${fromApi.status}: ${fromApi.text.slice(0, 300)}` };
  if (fromRaw.status !== 200 || !fromRaw.body) return { ...base, ok: false, problem: `Q0 answered ${fromRaw.status}: ${fromRaw.text.slice(0, 300)}` };
  const apiData = JSON.stringify(fromApi.body.data);
  const rawData = JSON.stringify(fromRaw.body.data);
  if (apiData !== rawData) {
    let at = 0;
    while (at < apiData.length && apiData[at] === rawData[at]) at++;
    return { ...base, ok: false, problem: `API and Q0 differ at character ${at}: API …${apiData.slice(Math.max(0, at - 80), at + 120)}… Q0 …${rawData.slice(Math.max(0, at - 80), at + 120)}…` };
  }
  const problem = implausible(query, fromApi.body.data);
  if (problem) return { ...base, ok: false, problem };
  if (cached) {
    await post(cached.url, body);
    const again = await post(cached.url, body);
    if (JSON.stringify(again.body?.data) !== apiData) return { ...base, ok: false, problem: "the cached API's answer differs from the uncached one" };
    base.cachedHit = again.headers.get("x-response-cache") === "hit";
  }
  return { ...base, ok: true };
}

// ---------------------------------------------------------------- load

export interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  cpuMsPerRequest: number;
  peakRssMb: number;
  eventLoopDelayP99Ms: number;
}

export async function drive(options: Options, url: string, body: string, duration: number, overallRate?: number) {
  return autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections: options.connections,
    pipelining: 1,
    duration,
    timeout: 30,
    ...(overallRate ? { overallRate } : {}),
  });
}

/** Load one server with one query; `warm` = false when the server has just run this query (the 70 % runs). */
export async function measure(options: Options, server: BenchServer, query: BenchQuery, overallRate?: number, warm = true): Promise<Measurement> {
  const body = requestBody(query);
  if (warm && options.warmup > 0) await drive(options, server.url, body, options.warmup, overallRate);
  await server.reset();
  const result = await drive(options, server.url, body, options.duration, overallRate);
  const stats = await server.stats();
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuMsPerRequest: stats.requests > 0 ? (stats.cpuUserMs + stats.cpuSystemMs) / stats.requests : NaN,
    peakRssMb: stats.peakRssMb,
    eventLoopDelayP99Ms: stats.eventLoopDelayP99Ms,
  };
}

// ---------------------------------------------------------------- the run

interface QueryResult {
  query: BenchQuery;
  check: Check;
  raw?: Measurement;
  api?: Measurement;
  cached?: Measurement;
  at70?: Measurement & { rate: number };
  cachedAt70?: Measurement & { rate: number };
}

interface SizeResult {
  size: number;
  build: BuildResult;
  queries: QueryResult[];
  skipped: { id: string; title: string; why: string }[];
  profiles: string[];
}

export function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function queryFields(url: string): Promise<Set<string>> {
  const answer = await post(url, JSON.stringify({ query: "{ __schema { queryType { fields { name } } } }" }));
  return new Set((answer.body?.data?.__schema?.queryType?.fields ?? []).map((field: { name: string }) => field.name));
}

async function runSize(options: Options, size: number, largest: boolean, cacheExists: boolean): Promise<SizeResult> {
  const { file, build } = buildDatabase(options, size);
  const raw = await startServer(options, "Q0", "raw", file, serverEnv(false));
  const api = await startServer(options, "API", "api", file, serverEnv(false));
  const cached = cacheExists ? await startServer(options, "API+cache", "api", file, serverEnv(true)) : null;
  const result: SizeResult = { size, build, queries: [], skipped: [], profiles: [] };
  try {
    const fields = await queryFields(api.url);
    for (const pending of PENDING_QUERIES) {
      if (!fields.has(pending.requires)) result.skipped.push({ id: pending.id, title: pending.title, why: `no \`${pending.requires}\` field in the schema yet` });
      else result.skipped.push({ id: pending.id, title: pending.title, why: `\`${pending.requires}\` exists now, but the benchmark has no query and Q0 for it yet` });
    }
    const selected = QUERIES.filter((query) => !options.queries || options.queries.includes(query.id));
    for (const query of selected) {
      const missing = query.requires.filter((field) => !fields.has(field));
      if (missing.length > 0) {
        result.skipped.push({ id: query.id, title: query.title, why: `no \`${missing.join("`, `")}\` field in the schema yet` });
        continue;
      }
      const check = await checkQuery(query, api, raw, cached);
      log(`${size} ${query.id}: ${check.ok ? "answers agree" : `WRONG: ${check.problem}`} (API ${check.apiStatements} SQL, Q0 ${check.rawStatements} SQL, ${check.bytes} bytes)`);
      const entry: QueryResult = { query, check };
      result.queries.push(entry);
      if (!check.ok) continue;
      if (options.servers.has("q0")) entry.raw = await measure(options, raw, query);
      if (options.servers.has("api")) entry.api = await measure(options, api, query);
      if (cached && options.servers.has("cache")) entry.cached = await measure(options, cached, query);
      const ratio = (m?: Measurement) => (m && entry.raw ? ` (${(m.rps / entry.raw.rps).toFixed(2)}×)` : "");
      const show = (name: string, m?: Measurement) => (m ? `${name} ${m.rps.toFixed(0)} req/s${name === "Q0" ? "" : ratio(m)} ${m.cpuMsPerRequest.toFixed(2)} ms CPU/req` : null);
      log(`${size} ${query.id}: ${[show("Q0", entry.raw), show("API", entry.api), show("API+cache", entry.cached)].filter(Boolean).join(", ")}`);
    }
    if (largest) {
      for (const entry of result.queries.filter((item) => item.query.latencyRun && item.api)) {
        const rate = Math.max(1, Math.round(entry.api!.rps * 0.7));
        entry.at70 = { ...(await measure(options, api, entry.query, rate, false)), rate };
        log(`${size} ${entry.query.id} at ${rate} req/s (70 %): p50 ${entry.at70.p50} ms, p99 ${entry.at70.p99} ms`);
        if (cached && entry.cached) {
          const cachedRate = Math.max(1, Math.round(entry.cached.rps * 0.7));
          entry.cachedAt70 = { ...(await measure(options, cached, entry.query, cachedRate, false)), rate: cachedRate };
          log(`${size} ${entry.query.id} with the response cache at ${cachedRate} req/s (70 %): p50 ${entry.cachedAt70.p50} ms, p99 ${entry.cachedAt70.p99} ms`);
        }
      }
    }
  } finally {
    await Promise.all([raw.stop(), api.stop(), cached?.stop()]);
  }
  if (options.profile && largest) result.profiles = await profileQueries(options, file, result.queries.filter((entry) => entry.check.ok).map((entry) => entry.query));
  return result;
}

/** One API process per query under `node --cpu-prof`, loaded like the throughput run; the top frames summarised. */
async function profileQueries(options: Options, file: string, queries: BenchQuery[]): Promise<string[]> {
  const directory = join(options.dataDir, "profiles");
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const sections: string[] = [];
  for (const query of queries) {
    // One folder per query: tsx's loader thread writes a profile too; the busiest one is the server's main thread.
    const folder = join(directory, query.id);
    mkdirSync(folder, { recursive: true });
    const server = await startServer(options, `profile ${query.id}`, "api", file, serverEnv(false), ["--cpu-prof", `--cpu-prof-dir=${folder}`]);
    try {
      await drive(options, server.url, requestBody(query), options.warmup + options.duration);
    } finally {
      await server.stop();
    }
    const profiles = readdirSync(folder)
      .filter((name) => name.endsWith(".cpuprofile"))
      .map((name) => ({ name, summary: summariseProfile(readProfile(join(folder, name)), 15) }))
      .sort((a, b) => b.summary.busyMs - a.summary.busyMs);
    if (profiles.length === 0) continue;
    sections.push(profileMarkdown(`${query.id} — API, response cache off (data/bench/profiles/${query.id}/${profiles[0].name})`, profiles[0].summary));
    log(`profiled ${query.id}`);
  }
  return sections;
}

// ---------------------------------------------------------------- report

export const fmt = (value: number | undefined, digits = 0) => (value === undefined || Number.isNaN(value) ? "–" : value.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits }));
export const sizeName = (size: number) => (size >= 1e6 ? `${size / 1e6}M` : size >= 1e3 ? `${size / 1e3}k` : String(size));

function report(options: Options, machine: ReturnType<typeof machineInfo>, results: SizeResult[], load: { before: number[]; after: number[] }, cacheExists: boolean, elapsedS: number): string {
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  const largest = results.at(-1);
  push(
    "# Benchmark results",
    "",
    `Written by \`npm run bench${options.argv.length ? ` -- ${options.argv.join(" ")}` : ""}\` on ${machine.date.slice(0, 16).replace("T", " ")} UTC, in ${Math.round(elapsedS / 60)} min. ` +
      "Do not edit by hand: run the benchmark again.",
    "",
    `- Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB; Node ${machine.node}; SQLite ${machine.sqlite}; commit \`${machine.commit}\`.`,
    `- Load average (1/5/15 min) before: ${load.before.map((value) => value.toFixed(2)).join(" / ")}; after: ${load.after.map((value) => value.toFixed(2)).join(" / ")} ` +
      "(other work on the machine shows up here; req/s moves with it, CPU per request much less).",
    `- Method: synthetic graphs (\`npm run db:synth\`, seed ${options.seed}); servers in child processes with \`NODE_ENV=production\`${options.pin ? ", pinned to CPU 0; autocannon pinned to CPU 1" : ""}; ` +
      `closed loop, ${options.connections} connections, no pipelining, ${options.warmup} s warm-up then ${options.duration} s measured, on 127.0.0.1. ` +
      "Every query's answer is checked against Q0 (same `data` JSON) before it is measured.",
    "- Servers: **Q0** = node:http + hand-written SQL (better-sqlite3 prepared statements) + JSON.stringify, the limit for this data on this machine; " +
      "**API** = the real server (`startApp`) with `RESPONSE_CACHE=off`; **API+cache** = the same with its response cache on (the default).",
    "- Columns: SQL = statements per request (API: `extensions.cost.sqlStatements`); CPU = server process CPU (user + system) per request; " +
      "RSS = peak resident memory of the server during the run; ELD = event-loop delay p99 in the server.",
    "",
    "## Build (same path as seeds/: SeedGraph → buildDatabase)",
    "",
    "| statements | entities | citations | sources | generate | build | file | peak RSS |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map(({ build, size }) =>
      `| ${sizeName(size)} | ${fmt(build.entities)} | ${fmt(build.citations)} | ${fmt(build.sources)} | ${fmt(build.generateMs / 1000, 1)} s | ` +
        `**${fmt(build.buildMs / 1000, 1)} s**${build.reused ? " (reused)" : ""} | ${fmt(build.bytes / 1024 ** 2)} MB | ${fmt(build.peakRssMb)} MB |`,
    ),
    "",
    "## Throughput",
    "",
    "| size | query | server | req/s | ×Q0 | p50 ms | p99 ms | SQL | CPU ms/req | RSS MB | ELD p99 ms | bytes |",
    "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const result of results) {
    for (const entry of result.queries) {
      if (!entry.check.ok) {
        push(`| ${sizeName(result.size)} | ${entry.query.id} | – | **wrong answer, not measured** | | | | | | | | |`);
        continue;
      }
      const rows: [string, Measurement | undefined, number][] = [
        ["Q0", entry.raw, entry.check.rawStatements],
        ["API", entry.api, entry.check.apiStatements],
        ["API+cache", entry.cached, entry.check.apiStatements],
      ];
      for (const [server, m, sql] of rows) {
        if (!m) continue;
        const ratio = server === "Q0" ? "1" : entry.raw ? fmt(m.rps / entry.raw.rps, 2) : "–";
        push(
          `| ${sizeName(result.size)} | ${entry.query.id} | ${server} | ${fmt(m.rps)} | ${ratio} | ${fmt(m.p50, 1)} | ${fmt(m.p99, 1)} | ${server === "API+cache" ? `(${sql})` : sql} | ` +
            `${fmt(m.cpuMsPerRequest, 2)} | ${fmt(m.peakRssMb)} | ${fmt(m.eventLoopDelayP99Ms, 1)} | ${fmt(entry.check.bytes)} |${m.errors ? ` ${m.errors} errors` : ""}`,
        );
      }
    }
  }
  if (!cacheExists) push("", "API+cache: not yet measurable (src/server/response-cache.ts does not exist).");
  push("", "Queries:", "", ...QUERIES.map((query) => `- **${query.id}**: ${query.title}.`));
  const skipped = largest?.skipped ?? [];
  if (skipped.length) push("", "Not measured:", "", ...skipped.map((item) => `- **${item.id}** (${item.title}): ${item.why}.`));

  if (largest) {
    const rows = largest.queries.flatMap((entry) => [
      ...(entry.at70 ? [["API", entry.query.id, entry.at70] as const] : []),
      ...(entry.cachedAt70 ? [["API+cache", entry.query.id, entry.cachedAt70] as const] : []),
    ]);
    push(
      "",
      `## Latency at 70 % of maximum load (${sizeName(largest.size)} statements)`,
      "",
      "autocannon `-R` at 0.7 × the server's own req/s above (rate-paced, corrected for coordinated omission).",
      "",
      "| query | server | rate req/s | achieved req/s | p50 ms | p99 ms | max ms | ELD p99 ms | p99 ≤ 50 ms |",
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
      ...rows.map(([server, id, m]) =>
        `| ${id} | ${server} | ${fmt(m.rate)} | ${fmt(m.rps)} | ${fmt(m.p50, 1)} | ${fmt(m.p99, 1)} | ${fmt(m.max, 1)} | ${fmt(m.eventLoopDelayP99Ms, 1)} | ${m.p99 <= 50 ? "yes" : "**no**"} |`,
      ),
    );
  }

  push("", "## SQL statements per request, by size", "", `| query | ${results.map((result) => sizeName(result.size)).join(" | ")} | same at every size |`, `| --- | ${results.map(() => "---:").join(" | ")} | :---: |`);
  for (const query of QUERIES) {
    const counts = results.map((result) => result.queries.find((entry) => entry.query.id === query.id)?.check.apiStatements);
    if (counts.every((count) => count === undefined)) continue;
    const same = counts.every((count) => count === counts[0]);
    push(`| ${query.id} | ${counts.map((count) => fmt(count)).join(" | ")} | ${same ? "yes" : "**no**"} |`);
  }

  push("", "## Targets", "");
  const measured = results.flatMap((result) => result.queries.filter((entry) => entry.api && entry.raw).map((entry) => ({ size: result.size, entry })));
  const worst = (pick: (entry: QueryResult) => number | undefined) =>
    measured.map(({ size, entry }) => ({ size, id: entry.query.id, value: pick(entry) })).filter((item) => item.value !== undefined).sort((a, b) => a.value! - b.value!)[0];
  const uncached = worst((entry) => entry.api!.rps / entry.raw!.rps);
  const cachedWorst = worst((entry) => (entry.cached ? entry.cached.rps / entry.raw!.rps : undefined));
  const builds = results.map((result) => `${sizeName(result.size)} ${fmt(result.build.buildMs / 1000, 1)} s / ${fmt(result.build.bytes / 1024 ** 2)} MB`);
  const slowest70 = largest?.queries.filter((entry) => entry.at70).sort((a, b) => b.at70!.p99 - a.at70!.p99)[0];
  const slowestCached70 = largest?.queries.filter((entry) => entry.cachedAt70).sort((a, b) => b.cachedAt70!.p99 - a.cachedAt70!.p99)[0];
  const sqlConstant = QUERIES.every((query) => {
    const counts = results.map((result) => result.queries.find((entry) => entry.query.id === query.id)?.check.apiStatements).filter((count) => count !== undefined);
    return counts.every((count) => count === counts[0]);
  });
  push(
    `- SQL statements per request identical at every size: ${sqlConstant ? "**met**" : "**missed**"}.`,
    `- API ≥ 0.2 × Q0 uncached: ${uncached ? `${uncached.value! >= 0.2 ? "**met**" : "**missed**"} (lowest ${fmt(uncached.value, 2)}× — ${uncached.id} at ${sizeName(uncached.size)})` : "not measured"}.`,
    `- API ≥ 0.5 × Q0 with the response cache: ${cachedWorst ? `${cachedWorst.value! >= 0.5 ? "**met**" : "**missed**"} (lowest ${fmt(cachedWorst.value, 2)}× — ${cachedWorst.id} at ${sizeName(cachedWorst.size)})` : "not yet measurable"}.`,
    `- p99 ≤ 50 ms at 70 % load for Q1, Q2, Q4, Q5 at ${largest ? sizeName(largest.size) : "–"}${results.some((result) => result.size >= 1e6) ? "" : " (1M needs `--large`)"}: ` +
      `uncached ${slowest70 ? `${slowest70.at70!.p99 <= 50 ? "**met**" : "**missed**"} (worst ${fmt(slowest70.at70!.p99, 1)} ms — ${slowest70.query.id})` : "not measured"}; ` +
      `with the response cache ${slowestCached70 ? `${slowestCached70.cachedAt70!.p99 <= 50 ? "**met**" : "**missed**"} (worst ${fmt(slowestCached70.cachedAt70!.p99, 1)} ms — ${slowestCached70.query.id})` : "not measured"}.`,
    `- Build ≤ 60 s at 1M statements: ${results.find((result) => result.size === 1e6) ? (results.find((result) => result.size === 1e6)!.build.buildMs <= 60_000 ? "**met**" : "**missed**") : "not run (needs `--large`)"} (${builds.join("; ")}).`,
  );
  const profiles = results.flatMap((result) => result.profiles);
  if (profiles.length) push("", "## CPU profile of the API (largest size)", "", ...profiles);
  return lines.join("\n") + "\n";
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const options = readOptions();
  const started = performance.now();
  if (options.pin) execFileSync("taskset", ["-pc", "1", String(process.pid)], { stdio: "ignore" });
  const machine = machineInfo();
  const cacheExists = existsSync(join(ROOT, "src/server/response-cache.ts"));
  const before = loadavg();
  log(`sizes ${options.sizes.map(sizeName).join(", ")}; ${machine.cpus} × ${machine.cpuModel}; Node ${machine.node}; load ${before.map((value) => value.toFixed(2)).join(" ")}`);
  const results: SizeResult[] = [];
  for (const [index, size] of options.sizes.entries()) results.push(await runSize(options, size, index === options.sizes.length - 1, cacheExists));
  const after = loadavg();
  const elapsed = (performance.now() - started) / 1000;
  const markdown = report(options, machine, results, { before, after }, cacheExists, elapsed);
  writeFileSync(options.out, markdown);
  mkdirSync(options.dataDir, { recursive: true });
  writeFileSync(join(options.dataDir, `results-${machine.date.replace(/[:.]/g, "-")}.json`), JSON.stringify({ machine, options, results }, null, 2));
  log(`wrote ${options.out} in ${Math.round(elapsed)} s`);
  const wrong = results.flatMap((result) => result.queries.filter((entry) => !entry.check.ok));
  if (wrong.length) {
    console.error(`${wrong.length} answer(s) disagreed with Q0; see ${options.out}`);
    process.exitCode = 1;
  }
}

// engines.ts reuses this file's pieces; only `npm run bench` runs the benchmark itself.
if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

