/** Build the database from the seeds when it is missing or out of date. */
import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { listSeedFiles, loadSeeds } from "../seeds/load-seeds";
import { buildDatabase, type BuildProgress, type BuildSummary } from "./build-database";
import { isPostgresUrl } from "./postgres/connection";
import { buildPostgres, postgresBuiltAt } from "./postgres/build";

/** Build into a SQLite file, or into PostgreSQL when `databaseFile` is a postgres:// URL. `progress` hears the SQLite build's phases. */
export async function rebuildDatabase(seedsDir: string, databaseFile: string, progress?: BuildProgress): Promise<BuildSummary> {
  const graph = loadSeeds(seedsDir, progress);
  if (isPostgresUrl(databaseFile)) return buildPostgres(graph, databaseFile);
  mkdirSync(dirname(databaseFile), { recursive: true });
  return buildDatabase(graph, databaseFile, { progress });
}

/** True when the database file is missing or older than any seed file. */
export function isDatabaseStale(seedsDir: string, databaseFile: string): boolean {
  let built: number;
  try {
    built = statSync(databaseFile).mtimeMs;
  } catch {
    return true;
  }
  return listSeedFiles(seedsDir).some((file) => statSync(file).mtimeMs > built);
}

/** isDatabaseStale for either engine: on PostgreSQL, the live schema is missing or built before a seed file changed. */
export async function needsRebuild(seedsDir: string, location: string): Promise<boolean> {
  if (!isPostgresUrl(location)) return isDatabaseStale(seedsDir, location);
  const builtAt = await postgresBuiltAt(location);
  return builtAt === null || listSeedFiles(seedsDir).some((file) => statSync(file).mtimeMs > builtAt.getTime());
}
