/**
 * Build on PostgreSQL, atomically: the graph is first written by the one build path (a SQLite file
 * in a temporary folder, rows only: the same validation, rows and derived tables on both engines), then
 * copied with COPY into a new schema, indexed and analysed there, and swapped in as LIVE_SCHEMA in
 * one transaction. A reader sees the old build or the new one, never half of one; a failed build
 * drops its schema and leaves the live one as it was. Two builds at once: the second fails at
 * once on an advisory lock instead of interleaving.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import Database from "better-sqlite3";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { SeedGraph } from "../../seeds/load-seeds";
import { buildDatabase, type BuildSummary } from "../build-database";
import { EXPRESSION_INDEXES } from "../schema";
import { LIVE_SCHEMA, openPostgres, postgresPool } from "./connection";

/** Any number: the key of the advisory lock that serialises builds on one database. */
const BUILD_LOCK = 7_241_001;

export class BuildInProgressError extends Error {}

/** Tables PostgreSQL gets beyond the entities (their DDL there, text in collation "C"; rows copied from the SQLite build). */
const EXTRA_TABLES: Record<string, string> = {
  statement_tally: `CREATE TABLE statement_tally (entity_id text COLLATE "C" NOT NULL, side text COLLATE "C" NOT NULL,
    predicate text COLLATE "C" NOT NULL, status text COLLATE "C" NOT NULL,
    n integer NOT NULL, PRIMARY KEY (entity_id, side, predicate, status))`,
  // Accent- and case-free prefix search: the build's folded search words (the ones SQLite's FTS5 table holds) as
  // the lexemes of a tsvector, GIN-indexed, matched by a prefix tsquery. No parser or dictionary re-splits or
  // re-folds them, so both engines match the same names.
  name_search: `CREATE TABLE name_search (position integer PRIMARY KEY, words text COLLATE "C" NOT NULL, text text COLLATE "C" NOT NULL,
    entity_id text COLLATE "C" NOT NULL,
    word_count integer NOT NULL, document tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array(words, ' '))) STORED)`,
};

export async function buildPostgres(graph: SeedGraph, url: string): Promise<BuildSummary> {
  const folder = mkdtempSync(join(tmpdir(), "endurance-graph-build-"));
  const file = join(folder, "build.sqlite");
  const schema = `${LIVE_SCHEMA}_build_${process.pid}`;
  const admin = await openPostgres(url, { schema: "public", poolSize: 2 });
  const lock = await postgresPool(admin).connect();
  try {
    const [{ locked }] = (await lock.query(`SELECT pg_try_advisory_lock($1) AS locked`, [BUILD_LOCK])).rows as { locked: boolean }[];
    if (!locked) throw new BuildInProgressError("Another build of this database is running; try again when it has finished.");
    const summary = await buildDatabase(graph, file, { rowsOnly: true });
    await lock.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await lock.query(`CREATE SCHEMA ${schema}`);
    try {
      await loadSchema(url, schema, file);
      await swapIn(lock, schema);
    } catch (error) {
      await lock.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      throw error;
    }
    return { ...summary, file: `${redactPassword(url)} (schema ${LIVE_SCHEMA})` };
  } finally {
    await lock.query(`SELECT pg_advisory_unlock($1)`, [BUILD_LOCK]).catch(() => undefined);
    lock.release();
    await admin.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Create the tables (TypeORM, from the entities), copy every row, then index and analyse. */
async function loadSchema(url: string, schema: string, file: string): Promise<void> {
  const target = await openPostgres(url, { schema, synchronize: true, poolSize: 1 });
  const sqlite = new Database(file, { readonly: true });
  const client = await postgresPool(target).connect();
  try {
    // Text compares byte by byte (collation "C"), as in SQLite: both engines order names alike whatever the database's locale.
    const textColumns = (await client.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1 AND data_type = 'text'`, [schema],
    )).rows as { table_name: string; column_name: string }[];
    for (const { table_name, column_name } of textColumns) {
      await client.query(`ALTER TABLE "${table_name}" ALTER COLUMN "${column_name}" TYPE text COLLATE "C"`);
    }
    for (const ddl of Object.values(EXTRA_TABLES)) await client.query(ddl);
    // Bulk load first, index after (as the SQLite build does).
    const indexes = (await client.query(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
       WHERE i.schemaname = $1 AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`, [schema],
    )).rows as { indexname: string; indexdef: string }[];
    for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);
    const tables = [...target.entityMetadatas.map((metadata) => ({ name: metadata.tableName, columns: metadata.columns.map((c) => c.databaseName) })),
      { name: "statement_tally", columns: ["entity_id", "side", "predicate", "status", "n"] }];
    for (const table of tables) await copyTable(client, sqlite, table.name, table.columns, `SELECT ${table.columns.map((c) => `"${c}"`).join(", ")} FROM "${table.name}"`);
    await copyTable(client, sqlite, "name_search", ["position", "words", "text", "entity_id", "word_count"], `SELECT rowid, words, text, entity_id, word_count FROM name_search`);
    // Index builds sort in memory rather than in temporary files (the session's own setting; 1M statements' indexes fit).
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const index of indexes) await client.query(index.indexdef);
    for (const index of EXPRESSION_INDEXES) await client.query(index);
    await client.query(`CREATE INDEX name_search_document ON name_search USING gin (document)`);
    await client.query(`ANALYZE`);
  } finally {
    client.release();
    sqlite.close();
    await target.destroy();
  }
}

/** COPY … FROM STDIN in text format, rows streamed from the SQLite build. */
async function copyTable(client: PoolClient, sqlite: Database.Database, table: string, columns: string[], select: string): Promise<void> {
  const rows = sqlite.prepare(select).raw(true).iterate() as IterableIterator<unknown[]>;
  const lines = Readable.from(copyLines(rows), { objectMode: false });
  const stream = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  await pipeline(lines, stream);
}

function* copyLines(rows: IterableIterator<unknown[]>): Generator<string> {
  let chunk = "";
  for (const row of rows) {
    chunk += `${row.map(copyValue).join("\t")}\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/** A value in COPY's text format: \N is NULL; backslash, tab, newline and carriage return escaped. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  return String(value).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
}

/** One transaction: the live schema moves aside, the new one takes its name; then the old one is dropped. */
async function swapIn(client: PoolClient, schema: string): Promise<void> {
  const retired = `${LIVE_SCHEMA}_old_${process.pid}`;
  const live = (await client.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [LIVE_SCHEMA])).rowCount! > 0;
  await client.query("BEGIN");
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${retired} CASCADE`);
    if (live) {
      // Renaming a schema locks none of its tables, so a reader's one statement could open the old build's
      // first table and the new build's second. Holding every live table exclusively makes readers wait for
      // the commit, after which PostgreSQL looks their names up again and finds only the new build.
      const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = $1`, [LIVE_SCHEMA]);
      const tables = rows.map((row: { tablename: string }) => `${LIVE_SCHEMA}."${row.tablename}"`);
      if (tables.length) await client.query(`LOCK TABLE ${tables.join(", ")} IN ACCESS EXCLUSIVE MODE`);
      await client.query(`ALTER SCHEMA ${LIVE_SCHEMA} RENAME TO ${retired}`);
    }
    await client.query(`ALTER SCHEMA ${schema} RENAME TO ${LIVE_SCHEMA}`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  // Readers still in the old build finish first (DROP waits for their locks).
  await client.query(`DROP SCHEMA IF EXISTS ${retired} CASCADE`);
}

/** When the live schema was built (build_info.builtAt), or null when there is none. */
export async function postgresBuiltAt(url: string): Promise<Date | null> {
  const admin = await openPostgres(url, { schema: "public", poolSize: 1 });
  try {
    const rows = (await postgresPool(admin).query(
      `SELECT value FROM ${LIVE_SCHEMA}.build_info WHERE key = 'builtAt'`,
    ).catch(() => ({ rows: [] }))).rows as { value: string }[];
    return rows[0] ? new Date(rows[0].value) : null;
  } finally {
    await admin.destroy();
  }
}

function redactPassword(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
