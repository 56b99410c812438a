/**
 * Generate a synthetic graph and write it through the real build path (buildDatabase),
 * timing both halves: what `npm run db:synth` and the benchmarks call.
 */
import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { buildDatabase, type BuildProgress, type BuildSummary } from "../db/build-database";
import { buildPostgres } from "../db/postgres/build";
import { isPostgresUrl } from "../db/postgres/connection";
import { generateGraph, type SynthOptions } from "./generate";

export { generateGraph, type SynthOptions } from "./generate";

export interface SynthSummary extends BuildSummary {
  seed: number;
  generateMs: number;
  buildMs: number;
  bytes: number;
  /** Peak resident set size of this process so far (MB). */
  peakRssMb: number;
}

/**
 * Into a SQLite file, or into PostgreSQL when `file` is a postgres:// URL (then `bytes` is 0).
 * `progress` hears the generator's phases, then the SQLite build's.
 */
export async function synthesizeDatabase(options: SynthOptions, file: string, progress?: BuildProgress): Promise<SynthSummary> {
  const postgres = isPostgresUrl(file);
  if (!postgres) mkdirSync(dirname(file), { recursive: true });
  const started = performance.now();
  const graph = generateGraph(options, progress);
  const generated = performance.now();
  const summary = postgres ? await buildPostgres(graph, file) : await buildDatabase(graph, file, { progress });
  const built = performance.now();
  return {
    ...summary,
    seed: options.seed ?? 1,
    generateMs: Math.round(generated - started),
    buildMs: Math.round(built - generated),
    bytes: postgres ? 0 : statSync(file).size,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
