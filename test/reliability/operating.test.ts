// The server as an operator runs it, as a real process: what it logs per request, what a client sees of
// a bug, how it stops on SIGTERM (requests in flight finish, the process exits 0, `npm start` leaves
// nothing behind), a busy port, and `--help` on every command.
import { execFile } from "node:child_process";
import { copyFileSync, openSync, readdirSync, writeSync, closeSync } from "node:fs";
import { request as httpRequest, type ClientRequest, type IncomingMessage } from "node:http";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rebuildDatabase } from "../../src/db/rebuild";
import { REPO_ROOT, SEEDS_DIR, temporaryFile } from "../support/app";
import { freePort } from "../support/postgres";
import { isAlive, startServerProcess, type ServerProcess } from "../support/server-process";

const run = promisify(execFile);
const GRACE_MS = 4_000;
/** Time for a loaded two-core machine to act on a signal, on top of what the server is allowed. */
const SLACK_MS = 4_000;

let databaseFile: string;
beforeAll(async () => {
  databaseFile = temporaryFile("graph.sqlite");
  await rebuildDatabase(SEEDS_DIR, databaseFile);
});

/** A copy of the built database, so that a test may break or lock its own. */
function databaseCopy(): string {
  const copy = temporaryFile("graph.sqlite");
  copyFileSync(databaseFile, copy);
  return copy;
}

async function startServer(env: Record<string, string> = {}): Promise<{ server: ServerProcess; port: number; url: string }> {
  const port = await freePort();
  const server = startServerProcess(["src/cli/start.ts"], {
    DATABASE_FILE: databaseCopy(), SEEDS_DIR, PORT: String(port), HOST: "127.0.0.1", WORKERS: "1", LOG_LEVEL: "info", SHUTDOWN_GRACE_MS: String(GRACE_MS), ...env,
  });
  await server.waitForLine(/is listening on 127\.0\.0\.1:/);
  return { server, port, url: `http://127.0.0.1:${port}/graphql` };
}

const postQuery = (url: string, body: object) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/** A POST whose body is sent in two halves: the request is in flight until `finish()`. */
function slowPost(port: number, body: string): { request: ClientRequest; response: Promise<{ status: number; text: string }>; finish(): void } {
  const request = httpRequest({ host: "127.0.0.1", port, path: "/graphql", method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } });
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    request.once("response", (incoming: IncomingMessage) => {
      let text = "";
      incoming.setEncoding("utf8").on("data", (chunk) => (text += chunk)).once("end", () => resolve({ status: incoming.statusCode ?? 0, text }));
    });
    request.once("error", reject);
  });
  const half = Math.floor(body.length / 2);
  request.write(body.slice(0, half));
  return { request, response, finish: () => request.end(body.slice(half)) };
}

const connected = (request: ClientRequest) => new Promise<void>((resolve) => request.once("socket", (socket) => (socket.connecting ? socket.once("connect", () => resolve()) : resolve())));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe: Server = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

describe("a server started with LOG_LEVEL=info", () => {
  let server: ServerProcess;
  let url: string;
  let port: number;
  beforeAll(async () => {
    ({ server, url, port } = await startServer());
  }, 120_000);
  afterAll(() => server?.stop());

  const requestLines = () => server.logLines().filter((line) => line.msg === "request");

  it("prints one JSON line per request: method, path, status, duration, operation, SQL statements, cache", async () => {
    const before = requestLines().length;
    const query = { query: `query OrganiserName { entity(ref: "org/aco") { name } }`, operationName: "OrganiserName" };
    expect((await postQuery(url, query)).status).toBe(200);
    expect((await postQuery(url, query)).status).toBe(200);
    expect((await fetch(`${url}?query=${encodeURIComponent("{ nope }")}`)).status).toBe(400);
    expect((await fetch(new URL("/healthz", url))).status).toBe(200);
    await expect.poll(() => requestLines().length - before).toBe(4);
    const [miss, hit, invalid, health] = requestLines().slice(before);
    expect(miss).toMatchObject({ level: 30, method: "POST", path: "/graphql", status: 200, operationName: "OrganiserName", cache: "miss" });
    expect(miss.sqlStatements).toBeGreaterThan(0);
    expect(miss.durationMs).toBeGreaterThanOrEqual(0);
    expect(hit).toMatchObject({ method: "POST", path: "/graphql", status: 200, operationName: "OrganiserName", cache: "hit", sqlStatements: 0 });
    expect(invalid).toMatchObject({ method: "GET", path: "/graphql", status: 400, sqlStatements: 0 }); // the path without the query string
    expect(health).toMatchObject({ method: "GET", path: "/healthz", status: 200 });
    for (const line of [miss, hit, invalid, health]) expect(typeof line.durationMs).toBe("number");
  });

  it("lets a request in flight at SIGTERM finish, refuses new connections, then exits 0 within SHUTDOWN_GRACE_MS", async () => {
    const inFlight = slowPost(port, JSON.stringify({ query: `{ entity(ref: "org/aco") { id name } }` }));
    await connected(inFlight.request);
    await sleep(200);
    const signalled = Date.now();
    server.child.kill("SIGTERM");
    await server.waitForLine(/stopping: finishing requests in flight/, 10_000);
    await expect(fetch(new URL("/healthz", url))).rejects.toThrow(); // no longer accepting
    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).data.entity).toEqual({ id: "org/aco", name: expect.any(String) });
    const { code, at } = await server.exited;
    expect(code).toBe(0);
    expect(at - signalled).toBeLessThan(GRACE_MS + SLACK_MS);
    expect(server.lines().some((line) => /"msg":"stopped"/.test(line))).toBe(true);
  });
});

describe("shutdown and bugs, on a server of its own", () => {
  it("exits 0 within SHUTDOWN_GRACE_MS even when a request never finishes", async () => {
    const grace = 1_500;
    const { server, port } = await startServer({ SHUTDOWN_GRACE_MS: String(grace) });
    const stuck = slowPost(port, JSON.stringify({ query: "{ buildInfo { fingerprint } }" }));
    stuck.response.catch(() => undefined); // the server closes it: that is the point
    await connected(stuck.request);
    await sleep(200);
    const signalled = Date.now();
    server.child.kill("SIGTERM");
    const { code, at } = await server.exited;
    expect(code).toBe(0);
    expect(at - signalled).toBeGreaterThanOrEqual(grace - 100);
    expect(at - signalled).toBeLessThan(grace + SLACK_MS);
    expect(server.lines().some((line) => /closing requests still in flight/.test(line))).toBe(true);
  }, 120_000);

  it("never sends a stack trace to a client: a broken database gives 'Unexpected error.', and the stack goes to the log", async () => {
    const file = databaseCopy();
    const { server, port, url } = await startServer({ DATABASE_FILE: file });
    try {
      // Overwrite the file's header while the server has it open: every later read fails inside SQLite.
      const handle = openSync(file, "r+");
      writeSync(handle, Buffer.alloc(100, 0x55), 0, 100, 0);
      closeSync(handle);
      const api = await postQuery(url, { query: `{ entity(ref: "person/stephane-ratel") { name statements(first: 3) { nodes { id } } } }` });
      const apiText = await api.text();
      expect(JSON.parse(apiText).errors[0]).toMatchObject({ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } });
      const page = await fetch(`http://127.0.0.1:${port}/entity/org/aco`);
      const pageText = await page.text();
      expect(page.status).toBe(500);
      for (const text of [apiText, pageText]) {
        expect(text).not.toMatch(/\n\s+at |\.ts:\d+|node_modules|SQLITE_|stacktrace/i);
      }
      await expect.poll(() => server.logLines().some((line) => line.level >= 50 && /\n\s+at /.test(line.err?.stack ?? ""))).toBe(true);
    } finally {
      await server.stop();
    }
  }, 120_000);
});

describe("npm start", () => {
  it("stops every process it started on SIGTERM and frees the port (no orphan server)", async () => {
    const port = await freePort();
    const server = startServerProcess(["start"], { DATABASE_FILE: databaseCopy(), SEEDS_DIR, PORT: String(port), HOST: "127.0.0.1", WORKERS: "2", LOG_LEVEL: "info" }, { viaNpm: true });
    try {
      const ready = await server.waitForLine(/2 workers are serving \(primary (\d+)\)/, 240_000); // compiles dist/ first when it is stale
      const pids = [Number(/primary (\d+)/.exec(ready)![1]), ...server.lines().flatMap((line) => [.../\(worker (\d+)\)/.exec(line)?.slice(1) ?? []]).map(Number)];
      expect(pids).toHaveLength(3);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      server.child.kill("SIGTERM"); // npm's own process, as a service manager or Ctrl-C would
      await server.exited;
      await expect.poll(() => pids.filter(isAlive), { timeout: 10_000 }).toEqual([]);
      expect(await portIsFree(port)).toBe(true);
    } finally {
      await server.stop();
    }
  }, 300_000);
});

describe("a busy port", () => {
  it.each([["one process", "1"], ["two workers", "2"]])("with %s: one line saying so, and exit 1", async (_name, workers) => {
    const port = await freePort();
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(port, "127.0.0.1", resolve));
    try {
      const server = startServerProcess(["src/cli/start.ts"], { DATABASE_FILE: databaseCopy(), SEEDS_DIR, PORT: String(port), HOST: "127.0.0.1", WORKERS: workers, LOG_LEVEL: "info" });
      const { code } = await server.exited;
      expect(code).toBe(1);
      expect(server.lines().filter((line) => line.trim() !== "")).toEqual([
        `Cannot listen on 127.0.0.1:${port} (EADDRINUSE): the port is in use by another program; stop it or set PORT to another port.`,
      ]);
    } finally {
      holder.close();
    }
  }, 120_000);
});

describe("--help", () => {
  // Every file directly in src/cli and scripts/ is a command (what they share lives in src/cli/shared/).
  const commands = [
    ...readdirSync(join(REPO_ROOT, "src/cli")).filter((name) => name.endsWith(".ts")).map((name) => `src/cli/${name}`),
    ...readdirSync(join(REPO_ROOT, "scripts")).filter((name) => name.endsWith(".js")).map((name) => `scripts/${name}`),
  ];

  it("covers every command", () => {
    expect(commands).toEqual(expect.arrayContaining(["src/cli/build-db.ts", "src/cli/synth.ts", "src/cli/start.ts", "scripts/start.js", "scripts/build.js"]));
  });

  it.each(commands)("%s --help prints its usage and exits 0, doing nothing else", async (command) => {
    const args = command.endsWith(".ts") ? ["--import", "tsx", command, "--help"] : [command, "--help"];
    const { stdout, stderr } = await run(process.execPath, args, { cwd: REPO_ROOT, timeout: 60_000 });
    expect(stdout).toMatch(/^Usage: npm (start|run [\w:]+)/);
    expect(stderr).toBe("");
  }, 90_000);
});
