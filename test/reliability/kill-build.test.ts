// kill -9 at random moments of a database build: the live database is always the old build or the
// new one, never a broken file, and the next build leaves no temporary file behind.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { rebuildDatabase } from "../../src/db/rebuild";
import { REPO_ROOT, SEEDS_DIR } from "../support/app";

const KILLS = 10;
const OLD_SEEDS = join(REPO_ROOT, "test/fixtures/seeds-valid");
let oldFile: string;
let oldFingerprint: string;
let newFingerprint: string;

function fingerprintOf(file: string): { fingerprint: string; integrity: string } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const fingerprint = (db.prepare(`SELECT value FROM build_info WHERE key = 'fingerprint'`).get() as { value: string }).value;
    return { fingerprint, integrity: db.pragma("integrity_check", { simple: true }) as string };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "kill-build-"));
  oldFile = join(dir, "old.sqlite");
  oldFingerprint = (await rebuildDatabase(OLD_SEEDS, oldFile)).fingerprint;
  newFingerprint = (await rebuildDatabase(SEEDS_DIR, join(dir, "new.sqlite"))).fingerprint;
});

/** Starts a build of the real seeds over a copy of the old database and kills it `delayMs` after it starts writing. */
function killedBuild(delayMs: number): Promise<{ target: string; finished: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), "kill-build-"));
  const target = join(dir, "graph.sqlite");
  copyFileSync(oldFile, target);
  const child = spawn(process.execPath, ["--import", "tsx", join(__dirname, "support/build-child.ts"), SEEDS_DIR, target], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  return new Promise((resolve) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.startsWith("building") && !child.killed) setTimeout(() => child.kill("SIGKILL"), delayMs);
    });
    child.on("exit", () => resolve({ target, finished: output.includes("built") }));
  });
}

describe("kill -9 during a build", () => {
  it(`leaves the old or the new database, intact, at ${KILLS} random moments; the next build cleans up`, async () => {
    // Random moments from just after the start to past the end of a build (~1–3 s here); two at a time.
    const delays = Array.from({ length: KILLS }, () => Math.floor(Math.random() * 2_500));
    const outcomes: { target: string; finished: boolean }[] = [];
    for (let i = 0; i < delays.length; i += 2) outcomes.push(...(await Promise.all(delays.slice(i, i + 2).map(killedBuild))));
    for (const { target } of outcomes) {
      const { fingerprint, integrity } = fingerprintOf(target);
      expect([oldFingerprint, newFingerprint]).toContain(fingerprint);
      expect(integrity).toBe("ok");
    }
    // A build killed mid-way left its temporary file; the next build in the same folder removes it.
    for (const { target } of outcomes) {
      await rebuildDatabase(OLD_SEEDS, target);
      expect(readdirSync(join(target, "..")).sort()).toEqual(["graph.sqlite"]);
      expect(fingerprintOf(target).fingerprint).toBe(oldFingerprint);
    }
    expect(outcomes.some((outcome) => !outcome.finished)).toBe(true); // at least one kill landed mid-build
    expect(existsSync(oldFile)).toBe(true);
  }, 120_000);
});
