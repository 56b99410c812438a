// Long builds say how far they are: `db:build` and `db:synth` print a line per phase, every 100,000
// statements and every index, with the time so far, on standard error; quiet when that is no terminal, unless asked.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, SEEDS_DIR, temporaryFile } from "../support/app";

const run = promisify(execFile);
const cli = (script: string, ...args: string[]) => run(process.execPath, ["--import", "tsx", script, ...args], { cwd: REPO_ROOT, timeout: 120_000 });

/** The progress lines of a command's standard error: phase and counts, without the elapsed time. */
function progressLines(command: string, stderr: string): string[] {
  const pattern = new RegExp(`^${command} +\\d+\\.\\d s  (.+)$`);
  return stderr.split("\n").flatMap((line) => pattern.exec(line)?.slice(1) ?? []);
}

describe("npm run db:build", () => {
  it("with --progress, prints every phase with its counts and the time so far", async () => {
    const { stdout, stderr } = await cli("src/cli/build-db.ts", "--seeds", SEEDS_DIR, "--out", temporaryFile("graph.sqlite"), "--progress");
    const [, entities, statements, , sources] = /(\d+) entities, (\d+) statements, (\d+) citations, (\d+) sources/.exec(stdout)!.map(Number);
    const n = (value: number) => value.toLocaleString("en-US");
    const indexes = Number(/indexes: 0 of (\d+)/.exec(stderr)?.[1]);
    expect(indexes).toBeGreaterThan(5);
    expect(progressLines("db:build", stderr)).toEqual([
      expect.stringMatching(/^seed files: 0 of \d+$/),
      expect.stringMatching(/^seed files: (\d+) of \1 \(done\)$/),
      `entities: 0 of ${n(entities)}`,
      `entities: ${n(entities)} of ${n(entities)} (done)`,
      `statements: 0 of ${n(statements)}`,
      `statements: ${n(statements)} of ${n(statements)} (done)`,
      `sources: 0 of ${n(sources)}`,
      `sources: ${n(sources)} of ${n(sources)} (done)`,
      ...Array.from({ length: indexes + 1 }, (_, done) => `indexes: ${done} of ${indexes}${done === indexes ? " (done)" : ""}`),
      "statistics …",
    ]);
  });

  it("prints no progress when standard error is not a terminal (a test, a pipe), nor with --quiet", async () => {
    for (const flags of [[], ["--quiet", "--progress"]]) {
      const { stderr } = await cli("src/cli/build-db.ts", "--seeds", SEEDS_DIR, "--out", temporaryFile("graph.sqlite"), ...flags);
      expect(progressLines("db:build", stderr)).toEqual([]);
    }
  });
});

describe("npm run db:synth", () => {
  it("with --progress, prints a line every 100,000 statements generated and written", async () => {
    const { stderr } = await cli("src/cli/synth.ts", "--statements", "100001", "--out", temporaryFile("synth.sqlite"), "--progress");
    const lines = progressLines("db:synth", stderr);
    for (const phase of ["generating statements", "statements"]) {
      expect(lines.filter((line) => line.startsWith(`${phase}:`))).toEqual([`${phase}: 0 of 100,001`, `${phase}: 100,000 of 100,001`, `${phase}: 100,001 of 100,001 (done)`]);
    }
    expect(lines.map((line) => line.split(":")[0])).toEqual(expect.arrayContaining(["generating entities", "generating sources", "entities", "sources", "indexes", "statistics …"]));
  }, 120_000);
});
