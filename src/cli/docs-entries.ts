/**
 * npm run docs:entries — rewrite the README table "edition → automatic entries by series" from the
 * API: build the seeds into a scratch database, serve it on a free local port, ask
 * `automaticEntries` for every edition from 2012, and replace the marked block in README.md.
 * `--check` only reports whether the block is current (exit 1 when it is not).
 */
import "reflect-metadata";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { config } from "../config";
import { rebuildDatabase } from "../db/rebuild";
import { collectEditions, currentBlock, entriesBlock, entriesTable, ENTRIES_QUERY, FIRST_EDITION, LAST_EDITION, withBlock, type TableRule } from "../docs/entries-table";
import { SeedValidationError } from "../seeds/problems";
import { startApp } from "../server/app";

const USAGE = `Usage: npm run docs:entries [-- --check]
Rewrites the README table "edition → automatic entries by series" from the API (the seeds, built into a scratch database).
  --check   only report whether the table is current (exit 1 when it is not); README.md is left as it is`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const check = values.check!;
  const scratch = mkdtempSync(join(tmpdir(), "docs-entries-"));
  try {
    const databaseFile = join(scratch, "graph.sqlite");
    await rebuildDatabase(config.seedsDir, databaseFile);
    const app = await startApp({ databaseFile, port: 0, host: "127.0.0.1" });
    try {
      const editions = await collectEditions((edition) => rulesOf(app.url, edition));
      const block = entriesBlock(entriesTable(editions));
      const readmeFile = join(config.root, "README.md");
      const readme = readFileSync(readmeFile, "utf8");
      if (check) {
        const current = currentBlock(readme) === block;
        console.log(current ? "README entries table is current." : "README entries table is stale: run npm run docs:entries");
        process.exitCode = current ? 0 : 1;
      } else {
        writeFileSync(readmeFile, withBlock(readme, block));
        console.log(`Wrote the entries table (${LAST_EDITION - FIRST_EDITION + 1} editions) to README.md.`);
      }
    } finally {
      await app.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function rulesOf(url: string, edition: number): Promise<TableRule[]> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: ENTRIES_QUERY, variables: { edition } }),
  });
  const body = (await response.json()) as { data?: { automaticEntries: TableRule[] }; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(`automaticEntries(edition: ${edition}) failed: ${JSON.stringify(body.errors)}`);
  return body.data.automaticEntries;
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
});
