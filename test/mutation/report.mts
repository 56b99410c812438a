/**
 * Writes test/mutation/RESULTS.md from Stryker's JSON report (reports/mutation/mutation.json):
 * the mutation score per folder and over src/domain, every surviving mutant, and the survivors
 * judged equivalent in test/mutation/equivalent.json (with the reason each one cannot be killed).
 *
 * Scores are computed by mutation-testing-metrics, the library Stryker's own reporters use; an
 * equivalent mutant is counted as Ignored (it changes no behaviour, so no test can catch it).
 *
 * Usage: node --import tsx test/mutation/report.mts [report.json] [RESULTS.md] [commit the run was made on, default HEAD]
 */
import { execFileSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, posix, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { calculateMetrics } from "mutation-testing-metrics";
import type { FileResult, MutantResult, MutationTestResult } from "mutation-testing-report-schema";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const EQUIVALENT_FILE = join(REPO_ROOT, "test/mutation/equivalent.json");
const SCOPE = "src/domain";

/** A survivor judged equivalent: found again by file, mutator, the code it mutates and its replacement. */
export interface EquivalentMutant {
  file: string;
  /** Where it was when judged; informative only (lines move). */
  line: number;
  mutator: string;
  /** The source text the mutant replaces. */
  original: string;
  replacement: string;
  reason: string;
}

interface Mutant {
  file: string;
  line: number;
  mutator: string;
  original: string;
  replacement: string;
  status: MutantResult["status"];
}

function main(): void {
  const reportPath = resolve(process.argv[2] ?? join(REPO_ROOT, "reports/mutation/mutation.json"));
  const resultsPath = resolve(process.argv[3] ?? join(REPO_ROOT, "test/mutation/RESULTS.md"));
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as MutationTestResult;
  const equivalents = JSON.parse(readFileSync(EQUIVALENT_FILE, "utf8")) as EquivalentMutant[];
  const markdown = renderResults(report, equivalents, { ...gitState(process.argv[4]), finishedAt: statSync(reportPath).mtime });
  writeFileSync(resultsPath, markdown);
  process.stdout.write(`${relative(process.cwd(), resultsPath)} written\n`);
}

/** Files keyed by their repository-relative path, with forward slashes. */
function filesByPath(report: MutationTestResult): Map<string, FileResult> {
  const root = report.projectRoot ?? REPO_ROOT;
  const files = new Map<string, FileResult>();
  for (const [name, file] of Object.entries(report.files)) {
    files.set(relative(root, resolve(root, name)).split("\\").join("/"), file);
  }
  return files;
}

/** The source text a mutant replaces (lines and columns in the report are 1-based). */
function originalText(source: string, mutant: MutantResult): string {
  const lines = source.split("\n");
  const { start, end } = mutant.location;
  const offset = (line: number, column: number) =>
    lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  return source.slice(offset(start.line, start.column), offset(end.line, end.column));
}

function mutantsOf(path: string, file: FileResult): Mutant[] {
  return file.mutants.map((mutant) => ({
    file: path,
    line: mutant.location.start.line,
    mutator: mutant.mutatorName,
    original: originalText(file.source, mutant),
    replacement: mutant.replacement ?? "",
    status: mutant.status,
  }));
}

function isEquivalent(mutant: Mutant, entry: EquivalentMutant): boolean {
  return (
    entry.file === mutant.file &&
    entry.mutator === mutant.mutator &&
    oneLine(entry.original) === oneLine(mutant.original) &&
    oneLine(entry.replacement) === oneLine(mutant.replacement)
  );
}

/** White space runs as one space, so a reformatted line still matches its entry. */
function oneLine(code: string): string {
  return code.replace(/\s+/g, " ").trim();
}

function isStaticNotRun(mutant: MutantResult): boolean {
  return mutant.status === "Ignored" && mutant.static === true;
}

const UNDETECTED = new Set<MutantResult["status"]>(["Survived", "NoCoverage"]);

export function renderResults(
  report: MutationTestResult,
  equivalents: readonly EquivalentMutant[],
  run: { commit: string; subject: string; dirty: boolean; finishedAt: Date },
): string {
  const files = [...filesByPath(report)].filter(([path]) => path === SCOPE || path.startsWith(`${SCOPE}/`));
  files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  // Survivors matched by an entry become Ignored for the score; entries matching nothing are stale.
  const used = new Set<EquivalentMutant>();
  const equivalentFound: Array<{ mutant: Mutant; entry: EquivalentMutant }> = [];
  const survivors: Mutant[] = [];
  const scored: Record<string, FileResult> = {};
  for (const [path, file] of files) {
    const mutants = mutantsOf(path, file);
    scored[path] = {
      ...file,
      mutants: file.mutants.map((result, index) => {
        const mutant = mutants[index];
        if (!UNDETECTED.has(mutant.status)) return result;
        const entry = equivalents.find((candidate) => isEquivalent(mutant, candidate));
        if (!entry) {
          survivors.push(mutant);
          return result;
        }
        used.add(entry);
        equivalentFound.push({ mutant, entry });
        return { ...result, status: "Ignored" as const, statusReason: `equivalent: ${entry.reason}` };
      }),
    };
  }
  const stale = equivalents.filter((entry) => !used.has(entry));

  const folders = [...new Set(files.map(([path]) => posix.dirname(path)))].sort();
  const inFolder = (folder: string) => Object.fromEntries(Object.entries(scored).filter(([path]) => posix.dirname(path) === folder));
  const total = calculateMetrics(scored).metrics;
  const raw = calculateMetrics(Object.fromEntries(files)).metrics;

  const out: string[] = [];
  out.push("# Mutation testing: src/domain", "");
  out.push(
    "Written by `npm run test:mutation` (StrykerJS with the vitest runner, `stryker.config.mjs`; this file by",
    "`test/mutation/report.mts` from Stryker's JSON report). Do not edit by hand: rerun it.",
    "",
    `- Run on commit \`${run.commit.slice(0, 7)}\` (${run.subject})${run.dirty ? ", with uncommitted changes in src/ or test/" : ""}; finished ${run.finishedAt.toISOString().slice(0, 16).replace("T", " ")} UTC.`,
    "- Tests run against each mutant: `test/unit/**` only (no server, no database).",
    "- Score = mutants detected (killed or timed out) ÷ valid mutants. Equivalent mutants",
    "  (`test/mutation/equivalent.json`, listed below with their reasons) are left out, as are the",
    "  sentences of `src/domain/vocabulary.ts` (documentation, checked by the SDL snapshot; see",
    "  `test/mutation/ignore-vocabulary-prose.mjs`).",
    "- Static mutants (module-level constants: regular expressions, tables) are not run (`ignoreStatic`):",
    "  each one needs every test file reloaded, most of the run time on two shared cores. They are",
    "  counted per folder below (\"static not run\").",
    "",
    "## Score per folder",
    "",
    "```",
  );
  const width = Math.max(...folders.map((folder) => folder.length)) + 2;
  const staticIn = (group: Record<string, FileResult>) => Object.values(group).flatMap((file) => file.mutants).filter(isStaticNotRun).length;
  for (const folder of folders) out.push(scoreLine(folder, calculateMetrics(inFolder(folder)).metrics, width, staticIn(inFolder(folder))));
  out.push(scoreLine("total", total, width, staticIn(scored)), "```", "");
  out.push(
    `Total over ${SCOPE}: **${percent(total.mutationScore)}** (${total.totalDetected} of ${total.totalValid} mutants detected; ` +
      `${percent(raw.mutationScore)} counting the equivalent ones as survivors).`,
    "",
  );

  out.push(`## Surviving mutants (${survivors.length})`, "");
  if (survivors.length === 0) out.push("None: every mutant is killed or listed as equivalent below.");
  for (const mutant of survivors) out.push(`- ${mutantLine(mutant)}${mutant.status === "NoCoverage" ? " (no test runs this code)" : ""}`);
  out.push("");

  out.push(`## Equivalent mutants (${equivalentFound.length})`, "");
  out.push("Survivors no test can kill, because the mutated code behaves the same; kept in `test/mutation/equivalent.json`.", "");
  for (const { mutant, entry } of equivalentFound) out.push(`- ${mutantLine(mutant)}: ${entry.reason}`);
  out.push("");

  if (stale.length > 0) {
    out.push(`## Stale entries in equivalent.json (${stale.length})`, "", "These match no surviving mutant any more (killed, or the code moved); remove them.", "");
    for (const entry of stale) out.push(`- ${entry.file}:${entry.line} ${entry.mutator} \`${oneLine(entry.original)}\` → \`${oneLine(entry.replacement)}\``);
    out.push("");
  }
  return out.join("\n");
}

function scoreLine(name: string, metrics: ReturnType<typeof calculateMetrics>["metrics"], width: number, staticCount: number): string {
  const counts = `${metrics.totalDetected}/${metrics.totalValid} detected, ${metrics.survived} survived, ${metrics.noCoverage} not covered, ${staticCount} static not run`;
  return `${`${name} `.padEnd(width, "…")} ${percent(metrics.mutationScore).padStart(5)}   (${counts})`;
}

function percent(score: number): string {
  return Number.isNaN(score) ? "n/a" : `${Math.floor(score)} %`;
}

function mutantLine(mutant: Mutant): string {
  const code = (text: string) => `\`${oneLine(text).replaceAll("`", "ˋ").slice(0, 100)}\``;
  return `${mutant.file}:${mutant.line} ${mutant.mutator}: ${code(mutant.original)} → ${code(mutant.replacement)}`;
}

function gitState(revision = "HEAD"): { commit: string; subject: string; dirty: boolean } {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  const changes = revision === "HEAD" ? git("status", "--porcelain", "--", "src", "test", ":!test/mutation/RESULTS.md") : "";
  return { commit: git("rev-parse", revision), subject: git("log", "-1", "--format=%s", revision).slice(0, 80), dirty: changes.length > 0 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
