/** Opening the SQLite database through TypeORM's better-sqlite3 driver. */
import "reflect-metadata";
import { DataSource } from "typeorm";
import type { Database } from "better-sqlite3";
import { ENTITIES } from "./entities";
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

/** The better-sqlite3 handle under TypeORM, for bulk writes and FTS5, which TypeORM does not model. */
export function rawConnection(dataSource: DataSource): Database {
  return (dataSource.driver as unknown as { databaseConnection: Database }).databaseConnection;
}
