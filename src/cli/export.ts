/**
 * npm run export -- <statements.csv|entities.csv|graph.jsonld> [--out FILE] [--db FILE]
 *
 * Streams one export of the database to FILE (or to standard output), and prints on standard error
 * which database build it came from. Without --db, the database is (re)built first when it is missing
 * or older than the seeds, as `npm start` does.
 */
import "reflect-metadata";
import { createWriteStream, renameSync, rmSync } from "node:fs";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { config } from "../config";
import { isDatabaseStale, rebuildDatabase } from "../db/rebuild";
import { EXPORT_FORMATS, EXPORT_NAMES, isExportName, openExport } from "../export/exports";
import { SeedValidationError } from "../seeds/problems";

const USAGE = `Usage: npm run export -- <${EXPORT_NAMES.join("|")}> [--out FILE] [--db FILE]
${EXPORT_NAMES.map((name) => `  ${name.padEnd(16)}${EXPORT_FORMATS[name].description}`).join("\n")}`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string", short: "o" }, db: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const name = positionals[0];
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1 || !isExportName(name)) {
    console.error(name ? `Unknown export "${name}".\n${USAGE}` : USAGE);
    process.exit(2);
  }
  const databaseFile = values.db ?? (await freshDefaultDatabase());
  const file = await openExport(name, databaseFile);
  if (values.out) await writeFileWhole(values.out, (out) => file.writeTo(out));
  else await file.writeTo(process.stdout);
  const { fingerprint, statements, citations, entities } = file.stamp;
  console.error(
    `Wrote ${name} to ${values.out ?? "standard output"} from build ${fingerprint} ` +
      `(${entities} entities, ${statements} statements, ${citations} citations; database ${databaseFile}).`,
  );
}

/** Writes beside `target` and moves the file into place only when complete: a failed export leaves no half file. */
async function writeFileWhole(target: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const partial = `${target}.partial-${process.pid}`;
  try {
    await write(createWriteStream(partial));
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The default database, rebuilt first when the seeds are newer: an export should show the seeds as they are. */
async function freshDefaultDatabase(): Promise<string> {
  if (isDatabaseStale(config.seedsDir, config.databaseFile)) {
    const summary = await rebuildDatabase(config.seedsDir, config.databaseFile);
    console.error(`Built the database: ${summary.entities} entities, ${summary.statements} statements (build ${summary.fingerprint}).`);
  }
  return config.databaseFile;
}

main().catch((error: unknown) => {
  // A reader that stops early (`npm run export -- statements.csv | head`) is not a failure.
  if ((error as NodeJS.ErrnoException).code === "EPIPE") process.exit(0);
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
});
