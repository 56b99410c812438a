/**
 * npm run db:synth -- [--statements 1000000] [--seed 1] [--out FILE|postgres://…] [--json] [--progress|--quiet]
 * Builds a synthetic database (deterministic by seed) through the same build path as the
 * seeds, and reports how long generating and building took and how big the file is.
 */
import "reflect-metadata";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { config } from "../config";
import { isPostgresUrl } from "../db/postgres/connection";
import { synthesizeDatabase } from "../synth";
import { PROGRESS_OPTIONS, PROGRESS_USAGE, progressPrinter, progressWanted } from "./shared/progress";

function parseCount(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.replace(/_/g, ""));
  if (!match) throw new Error(`--statements takes a number such as 10000, 100k or 1M; got "${text}"`);
  const scale = { "": 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2]]!;
  return Math.round(Number(match[1]) * scale);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      statements: { type: "string", default: "10000" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
      ...PROGRESS_OPTIONS,
    },
  });
  if (values.help) {
    console.log(`Usage: npm run db:synth -- [--statements 10000|100k|1M] [--seed 1] [--out FILE] [--json]
Builds a deterministic synthetic database through the seed build path and reports its timings.
${PROGRESS_USAGE}`);
    return;
  }
  console.error(`Generating and building ${values.statements} synthetic statements (seed ${values.seed}) …`);
  const statements = parseCount(values.statements!);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed takes an integer; got "${values.seed}"`);
  const out = values.out && isPostgresUrl(values.out) ? values.out : resolve(values.out ?? `${config.root}/data/synth-${statements}.sqlite`);
  const summary = await synthesizeDatabase({ statements, seed }, out, progressPrinter("db:synth", progressWanted(values)));
  if (values.json) {
    console.log(JSON.stringify(summary));
    return;
  }
  console.log(
    `Built ${summary.file}: ${summary.statements} statements, ${summary.entities} entities, ${summary.citations} citations, ` +
      `${summary.sources} sources (seed ${seed}).\n` +
      `  generate ${(summary.generateMs / 1000).toFixed(1)} s, build ${(summary.buildMs / 1000).toFixed(1)} s, ` +
      `file ${(summary.bytes / 1024 / 1024).toFixed(1)} MB, peak RSS ${summary.peakRssMb} MB`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
