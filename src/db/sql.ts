/**
 * The one door to SQL for the API. Every statement goes through `all`, so a request can
 * count what it ran (the `sqlStatements` figure in a response's extensions).
 */
import type { DataSource } from "typeorm";

export interface Sql {
  all<Row>(text: string, parameters?: unknown[]): Promise<Row[]>;
  /** How many statements this runner has executed. */
  readonly count: number;
}

/** A per-request runner over TypeORM's connection (which caches prepared statements). */
export function countingSql(dataSource: DataSource): Sql {
  let count = 0;
  return {
    async all<Row>(text: string, parameters: unknown[] = []) {
      count += 1;
      return (await dataSource.query(text, parameters)) as Row[];
    },
    get count() {
      return count;
    },
  };
}
