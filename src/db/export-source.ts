/**
 * The connection an export streams from: its own, read-only, for as long as the client reads, and
 * one snapshot: the build stamp and every row come from the same build, whatever a rebuild does
 * meanwhile. On SQLite a read-only handle on the file (better-sqlite3 iterates row by row); on
 * PostgreSQL a client in a REPEATABLE READ READ ONLY transaction reading through a cursor, a batch of
 * rows at a time. Either way memory stays flat whatever the size of the graph.
 */
import { Client } from "pg";
import { openReadOnly } from "./connection";
import { isPostgresUrl, postgresClientConfig } from "./postgres/connection";
import { clientSql, connectionSql, type Sql } from "./sql";

export interface ExportSource {
  /** Statements on the export's snapshot (the build stamp). */
  readonly sql: Sql;
  /** The rows of one query, read as the consumer takes them. */
  rows<Row>(text: string): AsyncIterable<Row>;
  /** Safe to call twice. */
  close(): Promise<void>;
}

/** Rows fetched per round trip from a PostgreSQL cursor. */
const CURSOR_BATCH = 2000;

export async function openExportSource(location: string): Promise<ExportSource> {
  return isPostgresUrl(location) ? openPostgresSource(location) : openSqliteSource(location);
}

function openSqliteSource(file: string): ExportSource {
  const db = openReadOnly(file);
  return {
    sql: connectionSql(db),
    async *rows<Row>(text: string) {
      yield* db.prepare(text).iterate() as IterableIterator<Row>;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

async function openPostgresSource(url: string): Promise<ExportSource> {
  const client = new Client(postgresClientConfig(url));
  await client.connect();
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  let cursors = 0;
  let closed = false;
  return {
    sql: clientSql(client),
    async *rows<Row>(text: string) {
      const cursor = `export_rows_${++cursors}`;
      await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${text}`);
      try {
        for (;;) {
          const { rows } = await client.query(`FETCH ${CURSOR_BATCH} FROM ${cursor}`);
          if (rows.length === 0) return;
          yield* rows as Row[];
        }
      } finally {
        // Left early (the client went away): free the cursor, unless the connection is closing anyway.
        if (!closed) await client.query(`CLOSE ${cursor}`).catch(() => undefined);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.end().catch(() => undefined);
    },
  };
}
