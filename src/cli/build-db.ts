/**
 * npm run db:build [-- --seeds DIR --out FILE]
 * Validates every seed file and rebuilds the database; on a problem, prints each one with
 * its file and line, changes nothing, and exits 1.
 */
import "reflect-metadata";
import { parseArgs } from "node:util";
import { config } from "../config";
import { rebuildDatabase } from "../db/rebuild";
import { SeedValidationError } from "../seeds/problems";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seeds: { type: "string", default: config.seedsDir }, out: { type: "string", default: config.database } },
  });
  const started = Date.now();
  const summary = await rebuildDatabase(values.seeds!, values.out!);
  console.log(
    `Built ${summary.file} in ${Date.now() - started} ms: ${summary.entities} entities, ${summary.statements} statements, ` +
      `${summary.citations} citations, ${summary.sources} sources (build ${summary.fingerprint}).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
});
