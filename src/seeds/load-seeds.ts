/**
 * Read and validate every seed file into one SeedGraph. Nothing is written here:
 * either the whole graph is valid, or a SeedValidationError lists every problem.
 */
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, basename, dirname } from "node:path";
import type { ZodType } from "zod";
import { readYamlFile, type YamlFile } from "./yaml-file";
import { SeedValidationError, type SeedProblem } from "./problems";
import { entityShape, sourceShape, statementShape, type EntitySeed, type SourceSeed, type StatementShape } from "./shapes";
import { mergeEntities, mergeSources } from "./merge";
import { checkReferences, checkRuleReferences } from "./check-references";
import { awardShape, classDefinitionShape, ruleShape } from "./rule-shapes";
import type { RuleRecord } from "../domain/eligibility";
import { assignStatementIds, deriveRecordDates, deriveSuccessionEnds } from "./statements";
import { EXTRA_SECTIONS, type Located, type SeedGraph } from "./seed-graph";

export type { ExtraRecord, ExtraSection, ExtraSections, Located, Location, SeedGraph, StatementSeed } from "./seed-graph";
export { EXTRA_SECTIONS } from "./seed-graph";

const SECTIONS = ["sources", "entities", "statements", ...EXTRA_SECTIONS] as const;

/** A seed file: *.yaml or *.yml, in any case (a file named GRAPH.YAML is read, not skipped). */
const SEED_FILE = /\.ya?ml$/i;

/**
 * Every seed file under `seedsDir`, in path order. A symbolic link that points nowhere or into a
 * loop is not followed; it is reported in `problems` at its own path (when given).
 */
export function listSeedFiles(seedsDir: string, problems?: SeedProblem[], shownRoot = dirname(seedsDir), seen = new Set<string>()): string[] {
  const found: string[] = [];
  const real = safeRealpath(seedsDir);
  if (real) {
    if (seen.has(real)) {
      problems?.push({ file: relative(shownRoot, seedsDir), line: 1, message: "is a symbolic link into a folder already read (a loop); remove it" });
      return found;
    }
    seen.add(real);
  }
  for (const name of readdirSync(seedsDir).sort()) {
    const path = join(seedsDir, name);
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (SEED_FILE.test(name) || lstatSync(path).isSymbolicLink()) {
        const why = code === "ELOOP" ? "is a symbolic link in a loop" : code === "ENOENT" ? "is a symbolic link to nothing (dangling)" : `cannot be read (${code})`;
        problems?.push({ file: relative(shownRoot, path), line: 1, message: `${why}; remove it or point it at a seed file` });
      }
      continue;
    }
    if (stats.isDirectory()) found.push(...listSeedFiles(path, problems, shownRoot, seen));
    else if (SEED_FILE.test(name)) found.push(path);
  }
  return found;
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** Hears the seed files being read ("seed files", `done` of `total`): at the start, every 100 files, and at the end. */
export type SeedProgress = (event: { phase: string; done: number; total: number }) => void;

export function loadSeeds(seedsDir: string, progress?: SeedProgress): SeedGraph {
  const problems: SeedProblem[] = [];
  const files = listSeedFiles(seedsDir, problems);
  let read = 0;
  progress?.({ phase: "seed files", done: read, total: files.length });
  const shownRoot = dirname(seedsDir);
  const collected = { sources: [] as Located<SourceSeed>[], entities: [] as Located<EntitySeed>[], statements: [] as Located<StatementShape>[] };
  const extra: SeedGraph["extra"] = { rules: [], classes: [], awards: [] };
  /** Ids of rules whose shape was rejected: their problem is reported once, not again by every award that names them. */
  const rejectedRules = new Set<string>();

  for (const path of files) {
    const file = readYamlFile(path, relative(shownRoot, path) || basename(path));
    if (Array.isArray(file)) {
      problems.push(...file);
      continue;
    }
    readSections(file, problems, collected, extra, rejectedRules);
    read += 1;
    if (read % 100 === 0 || read === files.length) progress?.({ phase: "seed files", done: read, total: files.length });
  }
  if (files.length === 0) problems.push({ file: relative(shownRoot, seedsDir), line: 1, message: "no *.yaml seed files found" });

  const sources = mergeSources(collected.sources, problems);
  const entities = mergeEntities(collected.entities, problems);
  const statements = assignStatementIds(collected.statements, problems);
  checkReferences({ sources, entities, statements }, problems);
  checkRuleReferences({ sources, entities, statements, extra }, problems, rejectedRules);
  if (problems.length > 0) throw new SeedValidationError(problems);

  deriveRecordDates(statements, sources);
  deriveSuccessionEnds(statements);
  return { sources, entities, statements, extra, fingerprint: fingerprintOf(files), files };
}

function readSections(
  file: YamlFile,
  problems: SeedProblem[],
  collected: { sources: Located<SourceSeed>[]; entities: Located<EntitySeed>[]; statements: Located<StatementShape>[] },
  extra: SeedGraph["extra"],
  rejectedRules: Set<string>,
): void {
  const data = file.data;
  if (data === null || data === undefined) return;
  if (typeof data !== "object" || Array.isArray(data)) {
    problems.push({ file: file.file, line: 1, message: `a seed file is a map with keys ${SECTIONS.join(", ")}` });
    return;
  }
  for (const [section, items] of Object.entries(data)) {
    if (!(SECTIONS as readonly string[]).includes(section)) {
      problems.push({ file: file.file, ...file.positionOf([section]), message: `unknown section "${section}" (expected one of ${SECTIONS.join(", ")})` });
      continue;
    }
    if (!Array.isArray(items)) {
      problems.push({ file: file.file, ...file.positionOf([section]), message: `"${section}" must be a list` });
      continue;
    }
    items.forEach((item, index) => {
      const path = [section, index];
      if (section === "sources") pushValid(sourceShape, item, path, file, problems, collected.sources);
      else if (section === "entities") pushValid(entityShape, item, path, file, problems, collected.entities);
      else if (section === "statements") pushValid(statementShape, item, path, file, problems, collected.statements);
      else if (section === "rules") pushRule(item, path, file, problems, extra.rules, rejectedRules);
      else if (section === "classes") pushValid(classDefinitionShape, item, path, file, problems, extra.classes);
      else pushValid(awardShape, item, path, file, problems, extra.awards);
    });
  }
}

/** A rule whose shape is rejected is remembered by id, so the awards and rules naming it are not reported again. */
function pushRule(item: unknown, path: (string | number)[], file: YamlFile, problems: SeedProblem[], into: Located<RuleRecord>[], rejected: Set<string>): void {
  if (!pushValid(ruleShape, item, path, file, problems, into)) rejected.add(String((item as { id?: unknown } | null)?.id));
}

function pushValid<T>(
  shape: ZodType<T>,
  item: unknown,
  path: (string | number)[],
  file: YamlFile,
  problems: SeedProblem[],
  into: Located<T>[],
): boolean {
  const result = shape.safeParse(item);
  if (result.success) {
    into.push({ ...result.data, location: { file: file.file, line: file.lineOf(path) } });
    return true;
  }
  for (const issue of result.error.issues) {
    const issuePath = issue.path.map((part) => (typeof part === "symbol" ? String(part) : part));
    // An unknown key is reported at its own line, not at the record's.
    const key = issue.code === "unrecognized_keys" ? issue.keys.slice(0, 1) : [];
    const where = [...path, ...issuePath, ...key];
    const field = issuePath.length > 0 ? `${issuePath.join(".")}: ` : "";
    problems.push({ file: file.file, ...file.positionOf(where), message: `${path[0]}[${path[1]}] ${field}${issue.message}` });
  }
  return false;
}

function fingerprintOf(files: string[]): string {
  const hash = createHash("sha256");
  for (const path of files) hash.update(relative(dirname(files[0]), path)).update("\0").update(readFileSync(path)).update("\0");
  return hash.digest("hex").slice(0, 16);
}
