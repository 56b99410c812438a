/**
 * npm start — build the database if it is missing or older than the seeds, then serve
 * the API on PORT (default 4000).
 */
import "reflect-metadata";
import { config } from "../config";
import { isDatabaseStale, rebuildDatabase } from "../db/rebuild";
import { SeedValidationError } from "../seeds/problems";
import { startApp } from "../server/app";

async function main(): Promise<void> {
  if (isDatabaseStale(config.seedsDir, config.databaseFile)) {
    const summary = await rebuildDatabase(config.seedsDir, config.databaseFile);
    console.log(`Built the database: ${summary.entities} entities, ${summary.statements} statements, ${summary.sources} sources.`);
  }
  const app = await startApp({ databaseFile: config.databaseFile, port: config.port, host: config.host });
  console.log(`Endurance Graph is serving ${app.url}`);
  const stop = () => app.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
});
