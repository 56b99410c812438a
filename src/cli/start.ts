/**
 * npm start — build the database if it is missing or older than the seeds, then serve
 * the API on HOST:PORT (default 0.0.0.0:4000) with WORKERS processes (default one per core).
 * DATABASE_URL=postgres://… serves (and builds into) PostgreSQL instead of the SQLite file.
 * SIGTERM or SIGINT stops it gracefully: no new connections, requests in flight finish (at most
 * SHUTDOWN_GRACE_MS), the database is closed.
 */
import "reflect-metadata";
import cluster from "node:cluster";
import { parseArgs } from "node:util";
import { config } from "../config";
import { needsRebuild, rebuildDatabase } from "../db/rebuild";
import { SeedValidationError } from "../seeds/problems";
import { DEFAULT_SHUTDOWN_GRACE_MS, startApp } from "../server/app";
import { reportStartFailure, runCluster, workerCount } from "../server/cluster";
import { logger } from "../server/logger";

const USAGE = `Usage: npm start
Builds the database when it is missing or older than the seeds, then serves the GraphQL API.
Environment: PORT (4000), HOST (0.0.0.0), WORKERS (one per core), DATABASE_FILE, DATABASE_URL, SEEDS_DIR,
LOG_LEVEL (info), CORS_ORIGINS (any), RESPONSE_CACHE (on), RESPONSE_CACHE_MAX_ENTRIES, RESPONSE_CACHE_MAX_MB,
SHUTDOWN_GRACE_MS (${DEFAULT_SHUTDOWN_GRACE_MS}). See README.md, "Operating it".`;

function shutdownGrace(): number {
  const grace = Number(process.env.SHUTDOWN_GRACE_MS ?? DEFAULT_SHUTDOWN_GRACE_MS);
  return Number.isFinite(grace) && grace >= 0 ? grace : DEFAULT_SHUTDOWN_GRACE_MS;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (cluster.isPrimary && (await needsRebuild(config.seedsDir, config.database))) {
    const summary = await rebuildDatabase(config.seedsDir, config.database);
    console.log(`Built the database: ${summary.entities} entities, ${summary.statements} statements, ${summary.sources} sources.`);
  }
  await runCluster({
    workers: workerCount(),
    async serve() {
      const app = await startApp({ databaseFile: config.database, port: config.port, host: config.host });
      console.log(`Endurance Graph is listening on ${app.listening}; the API is at ${app.url}${cluster.isWorker ? ` (worker ${process.pid})` : ""}`);
      return async () => {
        logger.info("stopping: finishing requests in flight");
        await app.stop(shutdownGrace());
        logger.info("stopped");
        await new Promise<void>((resolve) => logger.flush(() => resolve()));
      };
    },
  });
}

function listenAdvice(code: string): string {
  if (code === "EADDRINUSE") return "the port is in use by another program; stop it or set PORT to another port.";
  if (code === "EACCES") return "this user may not use that port; set PORT to one above 1023.";
  return "this machine has no such address; set HOST to one of its addresses (0.0.0.0 for every interface).";
}

/** Why the server cannot start: one line for a listen error; a seed problem as file:line:column; else the error. */
function startFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") return `Cannot listen on ${config.host}:${config.port} (${code}): ${listenAdvice(code)}`;
  if (error instanceof SeedValidationError) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

main().catch((error: unknown) => reportStartFailure(startFailure(error)));
