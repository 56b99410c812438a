// `npm run db:build` as a curator uses it: a broken seed is rejected at its file and line, and the live database is untouched.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/app";

const run = promisify(execFile);
const VALID = join(REPO_ROOT, "test/fixtures/seeds-valid");

async function buildDb(seeds: string, out: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/cli/build-db.ts", "--seeds", seeds, "--out", out], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const hashOf = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** A copy of the valid fixture with `graph.yaml` edited, and a live database built from the valid one. */
async function brokenCopy(edit: (yaml: string) => string) {
  const folder = mkdtempSync(join(tmpdir(), "seeds-"));
  cpSync(VALID, folder, { recursive: true });
  const file = join(folder, "graph.yaml");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  const live = join(mkdtempSync(join(tmpdir(), "live-")), "graph.sqlite");
  expect((await buildDb(VALID, live)).code).toBe(0);
  return { folder, live, before: hashOf(live) };
}

describe("npm run db:build", () => {
  it("builds a valid folder and reports what it wrote", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "out-")), "graph.sqlite");
    const result = await buildDb(VALID, out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/2 entities, 1 statements, 1 citations, 1 sources/);
  });

  it("rejects a dangling reference at its file and line, naming the id, and leaves the live database unchanged", async () => {
    const { folder, live, before } = await brokenCopy((yaml) => yaml.replace("object: org/alpha", "object: org/alpah"));
    const result = await buildDb(folder, live);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/seeds-[^/]+\/graph\.yaml:\d+(?::\d+)?: object "org\/alpah" is not a known entity \(did you mean "org\/alpha"\?\)/);
    expect(result.stderr).toMatch(/the database was not changed/);
    expect(hashOf(live)).toBe(before);
    // The line points at the statement that holds the bad reference.
    const line = Number(/graph\.yaml:(\d+)/.exec(result.stderr)![1]);
    expect(readFileSync(join(folder, "graph.yaml"), "utf8").split("\n")[line - 1]).toMatch(/subject: person\/beta/);
  });

  it("rejects a statement without a citation", async () => {
    const { folder, live, before } = await brokenCopy((yaml) => yaml.replace(/    citations:\n.*\n.*\n/, ""));
    const result = await buildDb(folder, live);
    expect(result.stderr).toMatch(/citations: .*(at least one citation|expected array)/);
    expect(hashOf(live)).toBe(before);
  });

  it("rejects an impossible date and a quote over 25 words", async () => {
    const long = Array.from({ length: 30 }, (_, index) => `word${index}`).join(" ");
    const { folder, live } = await brokenCopy((yaml) => yaml.replace("validFrom: 2012", "validFrom: 2012-02-30").replace('"Béta is president of Alpha"', `"${long}"`));
    const result = await buildDb(folder, live);
    expect(result.stderr).toMatch(/validFrom: "2012-02-30" is not a day of 2012-02/);
    expect(result.stderr).toMatch(/at most 25 words/);
  });

  it("rejects broken YAML at its line", async () => {
    const { folder, live, before } = await brokenCopy((yaml) => yaml.replace("    kind: PERSON", "    kind: [PERSON"));
    const result = await buildDb(folder, live);
    expect(result.stderr).toMatch(/graph\.yaml:\d+(?::\d+)?: YAML syntax/);
    expect(hashOf(live)).toBe(before);
  });

  it("rejects an unknown predicate, naming the allowed ones", async () => {
    const { folder, live } = await brokenCopy((yaml) => yaml.replace("predicate: HOLDS_ROLE", "predicate: RUNS"));
    const result = await buildDb(folder, live);
    expect(result.stderr).toMatch(/predicate: .*HOLDS_ROLE/);
  });

  it("rejects a broken entry rule at the line of each bad field", async () => {
    const rule = [
      "rules:",
      "  - id: rule/alpha-cup",
      "    grantors: [org/alpah]",
      "    event: event/24h-le-mans",
      "    edition: 2024",
      "    championship: org/alpha",
      "    class: org/alpha",
      "    position: 1",
      "    status: ANNOUNCED",
      "    statedOn: 2021-11-05",
      "    citations:",
      "      - source: source/fixture-report",
      '        quote: "Béta is president of Alpha"',
      "",
    ].join("\n");
    const { folder, live, before } = await brokenCopy((yaml) => yaml);
    writeFileSync(join(folder, "rules.yaml"), rule);
    const result = await buildDb(folder, live);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/rules\.yaml:6:\d+: rules\[0\] championship: must be a championship or event id/);
    expect(result.stderr).toMatch(/rules\.yaml:7:\d+: rules\[0\] class: must be an id such as class\//);
    expect(hashOf(live)).toBe(before);
  });

  it("rejects an entry rule whose grantor is not a known entity, naming the closest id", async () => {
    const file = [
      "entities:",
      "  - { id: event/race, kind: EVENT, name: The Race }",
      "  - { id: championship/cup, kind: CHAMPIONSHIP, name: The Cup }",
      "  - { id: class/open, kind: CLASS, name: Open }",
      "rules:",
      "  - id: rule/cup-race-2024",
      "    grantors: [org/alpah]",
      "    event: event/race",
      "    edition: 2024",
      "    championship: championship/cup",
      "    class: class/open",
      "    position: 1",
      "    status: ANNOUNCED",
      "    statedOn: 2021-11-05",
      "    citations:",
      "      - source: source/fixture-report",
      '        quote: "Béta is president of Alpha"',
      "",
    ].join("\n");
    const { folder, live, before } = await brokenCopy((yaml) => yaml);
    writeFileSync(join(folder, "rules.yaml"), file);
    const result = await buildDb(folder, live);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/rules\.yaml:\d+(?::\d+)?: .*"org\/alpah" is not a known entity \(did you mean "org\/alpha"\?\)/);
    expect(hashOf(live)).toBe(before);
  });
});
