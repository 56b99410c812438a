/**
 * Read and validate every seed file into one SeedGraph. Nothing is written here:
 * either the whole graph is valid, or a SeedValidationError lists every problem.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, basename, dirname } from "node:path";
import type { ZodType } from "zod";
import { readYamlFile, type YamlFile } from "./yaml-file";
import { SeedValidationError, type SeedProblem } from "./problems";
import { entityShape, sourceShape, statementShape, type EntitySeed, type SourceSeed, type StatementShape } from "./shapes";
import { mergeEntities, mergeSources } from "./merge";
import { checkReferences } from "./check-references";
import { assignStatementIds, deriveStatedOn } from "./statements";

export interface Location {
  file: string;
  line: number;
}
export type Located<T> = T & { location: Location };

export interface StatementSeed extends StatementShape {
  /** Global id, "statement/<seed id or content hash>". */
  id: string;
  statedOn?: string;
  location: Location;
}

/** Sections whose shapes belong to other modules (rules and classes, for eligibility). */
export type ExtraSection = "rules" | "classes" | "awards";
export const EXTRA_SECTIONS: ExtraSection[] = ["rules", "classes", "awards"];

export interface SeedGraph {
  sources: Map<string, Located<SourceSeed>>;
  entities: Map<string, Located<EntitySeed>>;
  statements: StatementSeed[];
  extra: Record<ExtraSection, Located<Record<string, unknown>>[]>;
  /** Hash of every seed file's path and content: names the database build. */
  fingerprint: string;
  files: string[];
}

const SECTIONS = ["sources", "entities", "statements", ...EXTRA_SECTIONS] as const;

/** Every *.yaml file under `seedsDir`, in path order. */
export function listSeedFiles(seedsDir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(seedsDir).sort()) {
    const path = join(seedsDir, name);
    if (statSync(path).isDirectory()) found.push(...listSeedFiles(path));
    else if (name.endsWith(".yaml") || name.endsWith(".yml")) found.push(path);
  }
  return found;
}

export function loadSeeds(seedsDir: string): SeedGraph {
  const problems: SeedProblem[] = [];
  const files = listSeedFiles(seedsDir);
  const shownRoot = dirname(seedsDir);
  const collected = { sources: [] as Located<SourceSeed>[], entities: [] as Located<EntitySeed>[], statements: [] as Located<StatementShape>[] };
  const extra: SeedGraph["extra"] = { rules: [], classes: [], awards: [] };

  for (const path of files) {
    const file = readYamlFile(path, relative(shownRoot, path) || basename(path));
    if (Array.isArray(file)) {
      problems.push(...file);
      continue;
    }
    readSections(file, problems, collected, extra);
  }
  if (files.length === 0) problems.push({ file: relative(shownRoot, seedsDir), line: 1, message: "no *.yaml seed files found" });

  const sources = mergeSources(collected.sources, problems);
  const entities = mergeEntities(collected.entities, problems);
  const statements = assignStatementIds(collected.statements, problems);
  checkReferences({ sources, entities, statements }, problems);
  if (problems.length > 0) throw new SeedValidationError(problems);

  for (const statement of statements) statement.statedOn ??= deriveStatedOn(statement, sources);
  return { sources, entities, statements, extra, fingerprint: fingerprintOf(files), files };
}

function readSections(
  file: YamlFile,
  problems: SeedProblem[],
  collected: { sources: Located<SourceSeed>[]; entities: Located<EntitySeed>[]; statements: Located<StatementShape>[] },
  extra: SeedGraph["extra"],
): void {
  const data = file.data;
  if (data === null || data === undefined) return;
  if (typeof data !== "object" || Array.isArray(data)) {
    problems.push({ file: file.file, line: 1, message: `a seed file is a map with keys ${SECTIONS.join(", ")}` });
    return;
  }
  for (const [section, items] of Object.entries(data)) {
    if (!(SECTIONS as readonly string[]).includes(section)) {
      problems.push({ file: file.file, line: file.lineOf([section]), message: `unknown section "${section}" (expected one of ${SECTIONS.join(", ")})` });
      continue;
    }
    if (!Array.isArray(items)) {
      problems.push({ file: file.file, line: file.lineOf([section]), message: `"${section}" must be a list` });
      continue;
    }
    items.forEach((item, index) => {
      const location = { file: file.file, line: file.lineOf([section, index]) };
      if (section === "sources") pushValid(sourceShape, item, [section, index], file, problems, collected.sources);
      else if (section === "entities") pushValid(entityShape, item, [section, index], file, problems, collected.entities);
      else if (section === "statements") pushValid(statementShape, item, [section, index], file, problems, collected.statements);
      else if (item && typeof item === "object" && !Array.isArray(item)) extra[section as ExtraSection].push({ ...(item as Record<string, unknown>), location });
      else problems.push({ ...location, message: `each item of "${section}" must be a map` });
    });
  }
}

function pushValid<T>(
  shape: ZodType<T>,
  item: unknown,
  path: (string | number)[],
  file: YamlFile,
  problems: SeedProblem[],
  into: Located<T>[],
): void {
  const result = shape.safeParse(item);
  if (result.success) {
    into.push({ ...result.data, location: { file: file.file, line: file.lineOf(path) } });
    return;
  }
  for (const issue of result.error.issues) {
    const issuePath = issue.path.map((part) => (typeof part === "symbol" ? String(part) : part));
    const where = [...path, ...issuePath];
    const field = issuePath.length > 0 ? `${issuePath.join(".")}: ` : "";
    problems.push({ file: file.file, line: file.lineOf(where), message: `${path[0]}[${path[1]}] ${field}${issue.message}` });
  }
}

function fingerprintOf(files: string[]): string {
  const hash = createHash("sha256");
  for (const path of files) hash.update(relative(dirname(files[0]), path)).update("\0").update(readFileSync(path)).update("\0");
  return hash.digest("hex").slice(0, 16);
}
