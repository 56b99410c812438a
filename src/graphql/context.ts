/** What every resolver gets: per-request loaders over a counting SQL runner. */
import type { DataSource } from "typeorm";
import { countingSql, type Sql } from "../db/sql";
import { createLoaders, type Loaders } from "./loaders";

export interface Context {
  sql: Sql;
  loaders: Loaders;
  /** The database answering: per-database caches (mention index, eligibility data) key on it. */
  dataSource: DataSource;
}

export function createContext(dataSource: DataSource): Context {
  const sql = countingSql(dataSource);
  return { sql, loaders: createLoaders(sql), dataSource };
}
