/**
 * The shape of src/ that keeps a change in one place: no import cycles, a pure domain, an API that
 * does not depend on the seed-file format (rules in .dependency-cruiser.cjs), and SQL only in src/db.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** SQL text or a direct call on a database handle: what only src/db may hold. */
const SQL_SIGNS: [string, RegExp][] = [
  ["a SELECT … FROM", /\bSELECT\b[\s\S]{1,200}?\bFROM\b/],
  ["an INSERT INTO", /\bINSERT\s+(OR\s+\w+\s+)?INTO\b/],
  ["an UPDATE … SET", /\bUPDATE\s+\w+\s+SET\b/],
  ["a DELETE FROM", /\bDELETE\s+FROM\b/],
  ["a CREATE TABLE/INDEX", /\bCREATE\s+(VIRTUAL\s+|UNIQUE\s+)?(TABLE|INDEX)\b/],
  ["an FTS5 MATCH or prefix query", /\bMATCH\b|"\$\{[^}]+\}"\*/],
  ["a .query( call", /\.query\s*\(/],
  ["a .prepare( call", /\.prepare\s*\(/],
  ["a .pragma( call", /\.pragma\s*\(/],
];

function sqlIn(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return SQL_SIGNS.filter(([, pattern]) => pattern.test(text)).map(([sign]) => `${relative(ROOT, file)}: ${sign}`);
}

describe("the structure of src/", () => {
  it("has no import cycle and keeps its layers (dependency-cruiser)", () => {
    let output = "";
    let status = 0;
    try {
      output = execFileSync(join(ROOT, "node_modules", ".bin", "depcruise"), ["src", "--config", ".dependency-cruiser.cjs", "--output-type", "err"], {
        cwd: ROOT,
        encoding: "utf8",
      });
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      status = failed.status;
      output = `${failed.stdout}${failed.stderr}`;
    }
    expect(output).toMatch(/no dependency violations found/);
    expect(status).toBe(0);
  });

  it("writes SQL only under src/db", () => {
    const outside = sourceFiles(join(ROOT, "src")).filter((file) => !/^src\/(db|generated)\//.test(relative(ROOT, file)));
    expect(outside.flatMap(sqlIn)).toEqual([]);
  });

  it("recognises the SQL it forbids (the check above can fail)", () => {
    const inDb = sourceFiles(join(ROOT, "src", "db")).flatMap(sqlIn).join("\n");
    for (const sign of ["a SELECT … FROM", "an INSERT INTO", "a CREATE TABLE/INDEX", "an FTS5 MATCH or prefix query", "a .prepare( call"]) expect(inDb).toContain(sign);
  });
});
