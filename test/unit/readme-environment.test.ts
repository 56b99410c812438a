// An operator learns every setting from the README: each environment variable that src/ or scripts/
// reads has a row in the table of "Operating it".
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/app";

function sourceFiles(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === "generated" ? [] : sourceFiles(join(dir, entry.name))) : /\.(ts|js)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** `process.env.NAME`, `env.NAME` (an env passed in) and `process.env["NAME"]`. */
function variablesRead(): Set<string> {
  const names = new Set<string>();
  for (const file of [...sourceFiles("src"), ...sourceFiles("scripts")]) {
    const text = readFileSync(join(REPO_ROOT, file), "utf8");
    for (const match of text.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]*)|\[["']([A-Z][A-Z0-9_]*)["']\])/g)) names.add(match[1] ?? match[2]);
  }
  return names;
}

describe("README, Operating it", () => {
  it("has a row for every environment variable the code reads", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Operating it"), readme.indexOf("\n## ", readme.indexOf("## Operating it") + 3));
    const documented = new Set([...section.matchAll(/^\| `([A-Z][A-Z0-9_]*)`(?: \/ `([A-Z][A-Z0-9_]*)`)? \|/gm)].flatMap((row) => row.slice(1).filter(Boolean)));
    const read = variablesRead();
    expect(read.size).toBeGreaterThan(10);
    expect([...read].filter((name) => !documented.has(name)).sort()).toEqual([]);
  });
});
