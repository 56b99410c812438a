/**
 * The one door to SQL for the API. Every statement goes through `all`, so a request can
 * count what it ran (the `sqlStatements` figure in a response's extensions).
 *
 * On SQLite the statements run straight on better-sqlite3, each prepared once per connection
 * and reused: TypeORM's `query()` builds a query runner, a broadcaster and a result object per
 * call, which cost more than most of our statements. The rows, the parameter handling (booleans
 * as 0/1) and the error type (QueryFailedError) are the same as through TypeORM. Other drivers
 * go through `dataSource.query`.
 */
import { createHash } from "node:crypto";
import type { Database, Statement } from "better-sqlite3";
import type { QueryConfig, QueryResult } from "pg";
import { QueryFailedError, type DataSource } from "typeorm";
import { rawConnection } from "./connection";
import { dialectOf, POSTGRES_DIALECT, SQLITE_DIALECT, type Dialect } from "./dialect";
import { postgresPool } from "./postgres/connection";

export interface Sql {
  /** The pieces of SQL that differ between the engines (dialect.ts). */
  readonly dialect: Dialect;
  all<Row>(text: string, parameters?: unknown[]): Promise<Row[]>;
  /** How many statements this runner has executed. */
  readonly count: number;
  /**
   * Whether the database has this table (read once per connection, not counted): lets a query
   * use a table that newer builds add (statement_tally) and still answer on an older file.
   */
  hasTable?(name: string): boolean;
}

type Run = (text: string, parameters: unknown[]) => unknown[] | Promise<unknown[]>;

/**
 * Memory-map the database file (read-only connections): reads become memory accesses instead of a
 * system call and a copy per page, which matters once the file outgrows SQLite's page cache (a
 * 1M-statement build is ~0.7 GB). Address space only; the OS shares the pages with its file cache.
 */
const MMAP_BYTES = 4 * 1024 ** 3;
/** Distinct SQL texts kept prepared per connection (our queries have a few dozen shapes). */
const MAX_PREPARED = 1000;

interface Runner {
  connection: Database | undefined;
  run: Run;
  tables: Set<string> | null;
}

const runners = new WeakMap<DataSource, Runner>();

function runnerFor(dataSource: DataSource): Runner {
  const connection: Database | undefined = dataSource.options.type === "better-sqlite3" ? rawConnection(dataSource) : undefined;
  const known = runners.get(dataSource);
  if (known && known.connection === connection) return known; // same open connection: its statements are still prepared
  let runner: Runner;
  if (connection) runner = preparedRunner(connection);
  // Built by our PostgreSQL build, which always makes every table (tables: null = every table).
  else if (dataSource.options.type === "postgres") runner = { connection, run: postgresRun(postgresPool(dataSource)), tables: null };
  else runner = { connection, run: (text, parameters) => dataSource.query(text, parameters) as Promise<unknown[]>, tables: new Set<string>() };
  runners.set(dataSource, runner);
  return runner;
}

function preparedRunner(connection: Database): Runner {
  if (connection.readonly) connection.pragma(`mmap_size = ${MMAP_BYTES}`);
  const prepared = new Map<string, Statement>();
  const run: Run = (text, parameters) => {
    // better-sqlite3 cannot bind booleans: 0/1, as TypeORM does.
    const values = parameters.map((value) => (typeof value === "boolean" ? (value ? 1 : 0) : value));
    try {
      let statement = prepared.get(text);
      if (!statement) {
        if (prepared.size >= MAX_PREPARED) prepared.clear();
        statement = connection.prepare(text);
        prepared.set(text, statement);
      }
      if (statement.reader) return statement.all(...values) as unknown[];
      statement.run(...values);
      return [];
    } catch (error) {
      throw new QueryFailedError(text, values, error as Error);
    }
  };
  const tables = new Set((connection.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((row) => row.name));
  return { connection, run, tables };
}

function counting({ run, tables }: Runner, dialect: Dialect): Sql {
  let count = 0;
  return {
    dialect,
    hasTable: (name: string) => tables?.has(name) ?? true,
    async all<Row>(text: string, parameters: unknown[] = []) {
      count += 1;
      return (await run(text, parameters)) as Row[];
    },
    get count() {
      return count;
    },
  };
}

/** A per-request runner over the data source's connection, counting the statements it runs. */
export function countingSql(dataSource: DataSource): Sql {
  return counting(runnerFor(dataSource), dialectOf(dataSource));
}

/** A pg pool or client: what the PostgreSQL runner sends its statements to. */
interface Queryable {
  query(config: QueryConfig): Promise<QueryResult>;
}

/** A runner over a PostgreSQL client of its own (an export's, inside its snapshot). */
export function clientSql(client: Queryable): Sql {
  return counting({ connection: undefined, run: postgresRun(client), tables: null }, POSTGRES_DIALECT);
}

/** A runner over a better-sqlite3 connection of its own (an export's). */
export function connectionSql(connection: Database): Sql {
  return counting(preparedRunner(connection), SQLITE_DIALECT);
}

/**
 * On PostgreSQL the same SQL texts run with `?` placeholders numbered ($1, $2, …), each as a named
 * statement: parsed and planned once per pooled connection, then reused, as on SQLite.
 */
function postgresRun(pool: Queryable): Run {
  const translated = new Map<string, { name: string; text: string }>();
  return async (text, parameters) => {
    let statement = translated.get(text);
    if (!statement) {
      let n = 0;
      const numbered = text.replace(/\?/g, () => `$${++n}`);
      statement = { name: `eg_${createHash("sha1").update(numbered).digest("hex").slice(0, 20)}`, text: numbered };
      if (translated.size >= MAX_PREPARED) translated.clear();
      translated.set(text, statement);
    }
    try {
      return (await pool.query({ ...statement, values: parameters })).rows;
    } catch (error) {
      throw new QueryFailedError(statement.text, parameters, error as Error);
    }
  };
}
