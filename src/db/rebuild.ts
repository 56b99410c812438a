/** Build the database from the seeds when it is missing or out of date. */
import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { listSeedFiles, loadSeeds } from "../seeds/load-seeds";
import { buildDatabase, type BuildSummary } from "./build-database";

export async function rebuildDatabase(seedsDir: string, databaseFile: string): Promise<BuildSummary> {
  const graph = loadSeeds(seedsDir);
  mkdirSync(dirname(databaseFile), { recursive: true });
  return buildDatabase(graph, databaseFile);
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
