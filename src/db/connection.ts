/**
 * Opening the database: a SQLite file through TypeORM's better-sqlite3 driver (or PostgreSQL, postgres/). TypeORM owns the schema
 * (schema.ts) and the connection; the reads run as plain SQL on the handle underneath, which this
 * file alone reaches for.
 */
import "reflect-metadata";
import { DataSource } from "typeorm";
import BetterSqlite3, { type Database } from "better-sqlite3";
import { ENTITIES } from "./schema";
import { isPostgresUrl, openPostgres } from "./postgres/connection";

export interface OpenOptions {
  readonly?: boolean;
  /** Create the tables (used only when building a new file). */
  synchronize?: boolean;
}

/** Open a SQLite file, or a PostgreSQL database when `location` is a postgres:// URL. */
export async function openDataSource(location: string, options: OpenOptions = {}): Promise<DataSource> {
  if (isPostgresUrl(location)) return openPostgres(location, options);
  const file = location;
  const dataSource = new DataSource({
    type: "better-sqlite3",
    database: file,
    entities: ENTITIES,
    synchronize: options.synchronize ?? false,
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    statementCacheSize: 500,
    logging: false,
  });
  await dataSource.initialize();
  return dataSource;
}

/**
 * The better-sqlite3 handle under TypeORM, for bulk writes, FTS5 and the prepared reads, which TypeORM
 * does not model. TypeORM does not expose it, hence the one cast of its private driver; undefined on
 * another driver.
 */
export function rawConnection(dataSource: DataSource): Database {
  return (dataSource.driver as unknown as { databaseConnection: Database }).databaseConnection;
}

/** A read-only connection of its own on a database file (an export's: it streams for as long as the client reads). */
export function openReadOnly(file: string): Database {
  return new BetterSqlite3(file, { readonly: true, fileMustExist: true });
}

/** The file the data source reads, or its postgres:// URL (exports open it again on a connection of their own). */
export function databaseFile(dataSource: DataSource): string {
  if (dataSource.options.type === "postgres") return dataSource.options.url!;
  return rawConnection(dataSource).name;
}
