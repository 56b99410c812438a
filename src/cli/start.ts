/**
 * npm start — build the database if it is missing or older than the seeds, then serve
 * the API on PORT (default 4000) with WORKERS processes (default one per core).
 * DATABASE_URL=postgres://… serves (and builds into) PostgreSQL instead of the SQLite file.
 */
import "reflect-metadata";
import cluster from "node:cluster";
import { config } from "../config";
import { needsRebuild, rebuildDatabase } from "../db/rebuild";
import { SeedValidationError } from "../seeds/problems";
import { startApp } from "../server/app";
import { runCluster, workerCount } from "../server/cluster";

async function main(): Promise<void> {
  if (cluster.isPrimary && (await needsRebuild(config.seedsDir, config.database))) {
    const summary = await rebuildDatabase(config.seedsDir, config.database);
    console.log(`Built the database: ${summary.entities} entities, ${summary.statements} statements, ${summary.sources} sources.`);
  }
  await runCluster({
    workers: workerCount(),
    async serve() {
      const app = await startApp({ databaseFile: config.database, port: config.port, host: config.host });
      console.log(`Endurance Graph is serving ${app.url}${cluster.isWorker ? ` (worker ${process.pid})` : ""}`);
      return () => app.stop();
    },
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
});
