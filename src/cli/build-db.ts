/**
 * npm run db:build [-- --seeds DIR --out FILE --progress|--quiet]
 * Validates every seed file and rebuilds the database; on a problem, prints each one with
 * its file and line, changes nothing, and exits 1.
 */
import "reflect-metadata";
import { parseArgs } from "node:util";
import { config } from "../config";
import { rebuildDatabase } from "../db/rebuild";
import { SeedValidationError } from "../seeds/problems";
import { PROGRESS_OPTIONS, PROGRESS_USAGE, progressPrinter, progressWanted } from "./shared/progress";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seeds: { type: "string", default: config.seedsDir },
      out: { type: "string", default: config.database },
      help: { type: "boolean", short: "h" },
      ...PROGRESS_OPTIONS,
    },
  });
  if (values.help) {
    console.log(`Usage: npm run db:build [-- --seeds DIR] [--out FILE]
Validates every seed file (problems are printed as file:line:column) and rebuilds the database.
  --seeds DIR   the seed folder (default ${config.seedsDir}, or SEEDS_DIR)
  --out FILE    the database file (default ${config.database}, or DATABASE_URL / DATABASE_FILE)
${PROGRESS_USAGE}`);
    return;
  }
  const started = Date.now();
  console.error(`Reading and validating the seeds in ${values.seeds} …`);
  const summary = await rebuildDatabase(values.seeds!, values.out!, progressPrinter("db:build", progressWanted(values)));
  console.log(
    `Built ${summary.file} in ${Date.now() - started} ms: ${summary.entities} entities, ${summary.statements} statements, ` +
      `${summary.citations} citations, ${summary.sources} sources (build ${summary.fingerprint}).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
});
