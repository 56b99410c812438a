/**
 * Write a validated SeedGraph to a new SQLite file in one transaction, then move it over
 * the live database. Readers never see a half-built file, and a failed build leaves the
 * live database as it was.
 */
import { statementId } from "../domain/vocabulary";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Database } from "better-sqlite3";
import { partialDate } from "../domain/partial-date";
import { foldText, searchWords } from "../domain/text";
import { disputeLinks } from "../domain/time";
import type { SeedGraph } from "../seeds/seed-graph";
import { openDataSource, rawConnection } from "./connection";
import { EXPRESSION_INDEXES, STATEMENT_TALLY } from "./schema";

export interface BuildSummary {
  file: string;
  fingerprint: string;
  entities: number;
  statements: number;
  citations: number;
  sources: number;
}

/**
 * What a build reports as it goes, for a progress display: a phase starting (`done` 0), every
 * 100,000 statements or sources, 20,000 entities (each has several names) or single index
 * written, and the phase complete (`done === total`); the statistics report only their start.
 */
export interface BuildProgressEvent {
  phase: string;
  done?: number;
  total?: number;
}
export type BuildProgress = (event: BuildProgressEvent) => void;

const PROGRESS_EVERY = 100_000;

/** Counts the rows of one phase, reporting as BuildProgressEvent says. */
function rowCounter(progress: BuildProgress | undefined, phase: string, total: number, every = PROGRESS_EVERY): () => void {
  let done = 0;
  progress?.({ phase, done, total });
  return () => {
    done += 1;
    if (progress && (done % every === 0 || done === total)) progress({ phase, done, total });
  };
}

/** Page cache while building (KiB): big enough that index builds and FTS merges stay in memory. */
const BUILD_CACHE_KB = 512 * 1024;

export interface BuildOptions {
  /**
   * Rows only, for a build that copies them elsewhere (the PostgreSQL build, which indexes and
   * analyses there): no indexes and no planner statistics in the SQLite file.
   */
  rowsOnly?: boolean;
  /** Hears each phase and row counts (db:build and db:synth print them). */
  progress?: BuildProgress;
}

export async function buildDatabase(graph: SeedGraph, target: string, options: BuildOptions = {}): Promise<BuildSummary> {
  const { progress } = options;
  const temporary = `${target}.building-${process.pid}`;
  removeStaleBuilds(target);
  removeWithJournal(temporary);
  const dataSource = await openDataSource(temporary, { synchronize: true });
  try {
    const db = rawConnection(dataSource);
    db.pragma("journal_mode = OFF");
    db.pragma("synchronous = OFF");
    db.pragma(`cache_size = -${BUILD_CACHE_KB}`);
    db.pragma("threads = 2"); // CREATE INDEX sorts with a helper thread
    // Names are indexed by their search words (searchWords: folded, letters and digits), so SQLite's FTS5 and
    // PostgreSQL's tsvector hold the same words; word_count ranks shorter names first.
    db.exec(`CREATE VIRTUAL TABLE name_search USING fts5(words, text UNINDEXED, entity_id UNINDEXED, word_count UNINDEXED, tokenize = "unicode61 remove_diacritics 0")`);
    // Bulk load first, index after: building an index from sorted data is far cheaper than
    // keeping it up to date row by row (a 1M-statement build took 64 s with indexes kept up to date, 38 s without).
    const indexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`).all() as { name: string; sql: string }[];
    const summary = db.transaction(() => {
      for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
      const written = writeGraph(db, graph, progress);
      if (!options.rowsOnly) {
        const indexed = rowCounter(progress, "indexes", indexes.length + EXPRESSION_INDEXES.length, 1);
        for (const sql of [...indexes.map((index) => index.sql), ...EXPRESSION_INDEXES]) {
          db.exec(sql);
          indexed();
        }
      }
      for (const step of STATEMENT_TALLY) db.exec(step);
      return written;
    })();
    if (!options.rowsOnly) {
      db.pragma("analysis_limit = 2000"); // planner statistics from a sample of each index: seconds saved on large builds
      progress?.({ phase: "statistics" });
      db.exec("ANALYZE");
    }
    await dataSource.destroy();
    renameSync(temporary, target);
    return { file: target, ...summary };
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    removeWithJournal(temporary);
    throw error;
  }
}

/** SQLite's side files for a database file (a rollback journal while TypeORM creates the tables). */
function removeWithJournal(file: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * A build killed mid-way (kill -9, power loss) leaves its `<target>.building-<pid>` file behind.
 * The next build removes those of processes that no longer run (a live one may be building now).
 */
export function removeStaleBuilds(target: string): string[] {
  const prefix = `${basename(target)}.building-`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = name.startsWith(prefix) ? /^(\d+)(-journal|-wal|-shm)?$/.exec(name.slice(prefix.length)) : null;
    if (!match || isRunning(Number(match[1]))) continue;
    rmSync(join(dirname(target), name), { force: true });
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false; // our own leftovers from an earlier build in this process
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, someone else's
  }
}

function writeGraph(db: Database, graph: SeedGraph, progress?: BuildProgress): Omit<BuildSummary, "file"> {
  writeEntities(db, graph, progress);
  const citations = writeStatements(db, graph, progress);
  writeSources(db, graph, progress);
  writeExtraSections(db, graph);
  const info = db.prepare("INSERT INTO build_info (key, value) VALUES (?, ?)");
  info.run("fingerprint", graph.fingerprint);
  info.run("builtAt", new Date().toISOString());
  const counts = { entities: graph.entities.size, statements: graph.statements.length, citations, sources: graph.sources.size };
  for (const [key, value] of Object.entries(counts)) info.run(key, String(value));
  return { fingerprint: graph.fingerprint, ...counts };
}

function writeEntities(db: Database, graph: SeedGraph, progress?: BuildProgress): void {
  const entity = db.prepare("INSERT INTO entity (id, kind, name, description) VALUES (?, ?, ?, ?)");
  const name = db.prepare("INSERT INTO entity_name (entity_id, text, folded, name_type, language, ambiguous) VALUES (?, ?, ?, ?, ?, ?)");
  const search = db.prepare("INSERT INTO name_search (words, text, entity_id, word_count) VALUES (?, ?, ?, ?)");
  const written = rowCounter(progress, "entities", graph.entities.size, 20_000);
  for (const seed of graph.entities.values()) {
    entity.run(seed.id, seed.kind, seed.name, seed.description ?? null);
    const names: [string, string, string | null, boolean][] = [[seed.name, "NAME", null, false]];
    for (const [language, label] of Object.entries(seed.labels ?? {})) names.push([label, "LABEL", language, false]);
    for (const alias of seed.aliases) names.push([alias.text, "ALIAS", null, alias.ambiguous]);
    const searchable = new Set<string>();
    for (const [text, type, language, ambiguous] of names) {
      const folded = foldText(text);
      name.run(seed.id, text, folded, type, language, ambiguous ? 1 : 0);
      if (!searchable.has(folded)) {
        const words = searchWords(text);
        search.run(words.join(" "), text, seed.id, words.length);
      }
      searchable.add(folded);
    }
    written();
  }
}

function writeStatements(db: Database, graph: SeedGraph, progress?: BuildProgress): number {
  const statement = db.prepare(`INSERT INTO statement (id, subject_id, predicate, object_id, value, qualifiers, valid_from, valid_until,
    valid_from_day, valid_until_day, stated_on, stated_on_day, status, options, options_for, supersedes_id,
    superseded_by_id, superseded_on_day, seed_file, seed_line, stated_on_origin, stated_on_source_id, disputes)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const disputes = disputeLinks(graph.statements.map((seed) => ({ id: seed.id, disputes: (seed.disputes ?? []).map(statementId) })));
  const supersededBy = findSuperseders(graph);
  const citation = db.prepare("INSERT INTO citation (statement_id, source_id, quote, position) VALUES (?, ?, ?, ?)");
  let citations = 0;
  const written = rowCounter(progress, "statements", graph.statements.length);
  for (const seed of graph.statements) {
    statement.run(
      seed.id, seed.subject, seed.predicate, seed.object ?? null, seed.value ?? null, JSON.stringify(seed.qualifiers),
      seed.validFrom ?? null, seed.validUntil ?? null,
      seed.validFrom ? partialDate(seed.validFrom).firstDay : null, seed.validUntil ? partialDate(seed.validUntil).lastDay : seed.endedBy?.validUntilDay ?? null,
      seed.recordDate.date, seed.recordDate.day,
      seed.status, seed.options ? JSON.stringify(seed.options) : null, seed.optionsFor ?? null,
      seed.supersedes ? statementId(seed.supersedes) : null,
      supersededBy.get(seed.id)?.id ?? null, supersededBy.get(seed.id)?.day ?? null, seed.location.file, seed.location.line,
      seed.recordDate.origin, seed.recordDate.sourceId, disputes.has(seed.id) ? JSON.stringify(disputes.get(seed.id)) : null,
    );
    seed.citations.forEach((cited, position) => citation.run(seed.id, cited.source, cited.quote, position));
    citations += seed.citations.length;
    written();
  }
  return citations;
}

/** For each superseded statement, the earliest-stated statement that supersedes it. */
function findSuperseders(graph: SeedGraph): Map<string, { id: string; day: string | null }> {
  const superseders = new Map<string, { id: string; day: string | null }>();
  for (const seed of graph.statements) {
    if (!seed.supersedes) continue;
    const target = statementId(seed.supersedes);
    const day = seed.recordDate.day;
    const known = superseders.get(target);
    if (!known || (day !== null && (known.day === null || day < known.day))) superseders.set(target, { id: seed.id, day });
  }
  return superseders;
}

function writeSources(db: Database, graph: SeedGraph, progress?: BuildProgress): void {
  const source = db.prepare("INSERT INTO source (id, title, outlet, author, language, published, url, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  const written = rowCounter(progress, "sources", graph.sources.size);
  for (const seed of graph.sources.values()) {
    source.run(seed.id, seed.title, seed.outlet, seed.author ?? null, seed.language, seed.published ?? null, seed.url ?? null, seed.note ?? null);
    written();
  }
}

function writeExtraSections(db: Database, graph: SeedGraph): void {
  const record = db.prepare("INSERT INTO seed_record (section, id, json, seed_file, seed_line, position) VALUES (?, ?, ?, ?, ?, ?)");
  let position = 0;
  for (const [section, records] of Object.entries(graph.extra)) {
    records.forEach((item, index) => {
      const { location, ...data } = item;
      record.run(section, String(data.id ?? `${section}-${index}`), JSON.stringify(data), location.file, location.line, position++);
    });
  }
}

export function databaseExists(file: string): boolean {
  return existsSync(file);
}
