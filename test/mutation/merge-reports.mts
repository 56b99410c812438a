/**
 * Merges a full Stryker run with later partial runs (`stryker run --mutate <folder or lines>`) into
 * one JSON report, then writes RESULTS.md from it as report.mts does. A full run over src/domain
 * takes most of an hour on two shared cores; a partial run over one folder takes minutes.
 *
 * Per file of a partial report: when its source is the one the full run saw, the partial's mutants
 * replace the full run's mutants at the same place (same mutator, replacement and location); when
 * the source changed, the partial run's file replaces the full run's whole (the partial run must
 * then have mutated the whole file). Files whose source changed since the full run and that no
 * partial run covers are named in RESULTS.md as not re-run.
 *
 * Usage: node --import tsx test/mutation/merge-reports.mts full.json partial.json [partial.json …]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { FileResult, MutantResult, MutationTestResult } from "mutation-testing-report-schema";
import { renderResults, type EquivalentMutant } from "./report.mjs";

const REPO_ROOT = resolve(import.meta.dirname, "../..");

const placeOf = (mutant: MutantResult) =>
  `${mutant.mutatorName}|${mutant.replacement}|${mutant.location.start.line}:${mutant.location.start.column}-${mutant.location.end.line}:${mutant.location.end.column}`;

function pathsOf(report: MutationTestResult): Map<string, FileResult> {
  const root = report.projectRoot ?? REPO_ROOT;
  return new Map(Object.entries(report.files).map(([name, file]) => [relative(root, resolve(root, name)).split("\\").join("/"), file]));
}

function mergeFile(full: FileResult | undefined, partial: FileResult): FileResult {
  if (!full || full.source !== partial.source) return partial;
  const rerun = new Map(partial.mutants.map((mutant) => [placeOf(mutant), mutant]));
  return { ...full, mutants: full.mutants.map((mutant) => rerun.get(placeOf(mutant)) ?? mutant) };
}

export function mergeReports(full: MutationTestResult, partials: MutationTestResult[]): MutationTestResult {
  const files = pathsOf(full);
  for (const partial of partials) for (const [path, file] of pathsOf(partial)) files.set(path, mergeFile(files.get(path), file));
  // A file no longer in the tree (deleted, or a temporary copy a run mutated) has no score to give.
  const current = [...files].filter(([path]) => existsSync(join(REPO_ROOT, path)));
  return { ...full, projectRoot: REPO_ROOT, files: Object.fromEntries(current) };
}

/** Files whose source on disk is not the source their merged result was run on. */
function staleFiles(report: MutationTestResult): string[] {
  return Object.entries(report.files)
    .filter(([path, file]) => readFileSync(join(REPO_ROOT, path), "utf8") !== file.source)
    .map(([path]) => path);
}

function main(): void {
  const [fullPath, ...partialPaths] = process.argv.slice(2);
  if (!fullPath || partialPaths.length === 0 || fullPath === "--help") {
    process.stdout.write("Usage: node --import tsx test/mutation/merge-reports.mts full.json partial.json [partial.json …]\n");
    process.exit(fullPath === "--help" ? 0 : 2);
  }
  const read = (path: string) => JSON.parse(readFileSync(resolve(path), "utf8")) as MutationTestResult;
  const merged = mergeReports(read(fullPath), partialPaths.map(read));
  const equivalents = JSON.parse(readFileSync(join(REPO_ROOT, "test/mutation/equivalent.json"), "utf8")) as EquivalentMutant[];
  const stale = staleFiles(merged);
  const markdown = renderResults(merged, equivalents, {
    commit: process.env.MUTATION_FULL_COMMIT ?? "unknown",
    subject: `full run, merged with ${partialPaths.length} partial run(s) by test/mutation/merge-reports.mts`,
    dirty: false,
    finishedAt: new Date(),
  }).replace(
    "- Tests run against each mutant",
    [
      `- Partial runs merged in: ${partialPaths.map((path) => `\`${relative(process.cwd(), resolve(path))}\``).join(", ")}.`,
      stale.length > 0 ? `- Changed since their last run (results may be stale): ${stale.map((path) => `\`${path}\``).join(", ")}.` : "- Every file's result was run on its current source.",
      "- Tests run against each mutant",
    ].join("\n"),
  );
  writeFileSync(join(REPO_ROOT, "test/mutation/RESULTS.md"), markdown);
  process.stdout.write("test/mutation/RESULTS.md written\n");
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
