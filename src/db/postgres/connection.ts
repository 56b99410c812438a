/**
 * PostgreSQL, the second engine: the same TypeORM entities over the `pg` driver. The API's tables
 * live in one schema (LIVE_SCHEMA); a build loads a new schema and swaps it in (see build.ts).
 */
import "reflect-metadata";
import { DataSource } from "typeorm";
import { types, type ClientConfig, type Pool } from "pg";
import { ENTITIES } from "../schema";

/** The schema the API reads. */
export const LIVE_SCHEMA = "endurance_graph";
/** Where extensions would live, outside the swapped schemas (on the search path after the live one). */
export const EXTENSION_SCHEMA = "public";

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/**
 * Counts (COUNT, SUM, ROW_NUMBER) come back as bigint/numeric, which pg returns as strings; as
 * numbers they match SQLite's rows. Our counts are far below 2^53.
 */
const NUMBER_TYPES = new Set([types.builtins.INT8, types.builtins.NUMERIC]);
const typeParsers = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (NUMBER_TYPES.has(oid)) return (value: string) => Number(value);
    return types.getTypeParser(oid, format);
  },
};

export interface PostgresOpenOptions {
  readonly?: boolean;
  synchronize?: boolean;
  /** The schema to read and write (LIVE_SCHEMA unless building). */
  schema?: string;
  /** Connections in the pool (per process). */
  poolSize?: number;
}

/** The server settings of a connection: the schema it reads first, and read-only at the server when asked. */
function connectionSettings(schema: string, readonly: boolean): string {
  const settings = [`-c search_path=${schema},${EXTENSION_SCHEMA}`];
  // Read-only at the server: an API process cannot write, whatever its code does.
  if (readonly) settings.push("-c default_transaction_read_only=on");
  return settings.join(" ");
}

/** A plain pg client's settings on the live schema, read-only, with the same number parsing as the pool's (an export's connection). */
export function postgresClientConfig(url: string): ClientConfig {
  return { connectionString: url, options: connectionSettings(LIVE_SCHEMA, true), types: typeParsers, application_name: `endurance-graph export ${process.pid}` };
}

export async function openPostgres(url: string, options: PostgresOpenOptions = {}): Promise<DataSource> {
  const schema = options.schema ?? LIVE_SCHEMA;
  const dataSource = new DataSource({
    type: "postgres",
    url,
    schema,
    entities: ENTITIES,
    synchronize: options.synchronize ?? false,
    poolSize: options.poolSize ?? Number(process.env.PG_POOL_SIZE ?? 4),
    // One name per process: pg_stat_activity shows which process holds which connection.
    applicationName: `endurance-graph ${process.pid}`,
    extra: { options: connectionSettings(schema, options.readonly ?? false), types: typeParsers },
    logging: false,
  });
  await dataSource.initialize();
  return dataSource;
}

/** The pg pool under TypeORM, for COPY and for the API's reads (TypeORM's query() costs more than our statements). */
export function postgresPool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}
