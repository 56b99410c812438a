/**
 * A real PostgreSQL server for tests and benchmarks: `initdb` into a temporary folder, started
 * with `pg_ctl` on a free port, stopped and removed at the end. No mocks, no shared server.
 *
 * initdb refuses to run as root, so as root the programs run as the `postgres` user (created by
 * Debian's `postgresql` package) through runuser, on a folder that user owns.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

export interface PostgresServer {
  /** postgres://… of the server's `postgres` database. */
  url: string;
  port: number;
  /** A URL of another database on the same server. */
  urlOf(database: string): string;
  stop(): void;
}

/** The folder of initdb/pg_ctl: `pg_config --bindir`, else Debian's /usr/lib/postgresql/<newest>/bin. */
export function postgresBinDir(): string {
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((name) => existsSync(join(debian, name, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return join(debian, versions[0], "bin");
  }
  try {
    return execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("PostgreSQL is not installed (no initdb): install Debian's `postgresql` package (.ci/run does).");
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  const asRoot = userInfo().uid === 0;
  const folder = mkdtempSync(join(tmpdir(), "endurance-graph-pg-"));
  if (asRoot) chownSync(folder, Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })), Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })));
  const run = (program: string, args: string[]) => {
    const command = asRoot ? "runuser" : join(bin, program);
    const commandArgs = asRoot ? ["-u", "postgres", "--", join(bin, program), ...args] : args;
    return execFileSync(command, commandArgs, { cwd: folder, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  };
  const data = join(folder, "data");
  // Locale C: text compares byte by byte, as SQLite's BINARY collation does, so both engines sort alike.
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]);
  const port = await freePort();
  const settings = [
    `-p ${port}`, `-k ${folder}`, "-c listen_addresses=127.0.0.1",
    // A throwaway server: durability is not needed, speed is.
    "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=200",
  ].join(" ");
  try {
    run("pg_ctl", ["-D", data, "-l", join(folder, "server.log"), "-o", settings, "-w", "-t", "60", "start"]);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url: urlOf("postgres"),
    port,
    urlOf,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
