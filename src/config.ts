/** Where things are, with environment overrides. */
import { resolve } from "node:path";

const root = resolve(__dirname, "..");

export const config = {
  root,
  seedsDir: resolve(process.env.SEEDS_DIR ?? resolve(root, "seeds")),
  databaseFile: resolve(process.env.DATABASE_FILE ?? resolve(root, "data/endurance-graph.sqlite")),
  /** What the API reads: DATABASE_URL (postgres://…) when set, else the SQLite file. */
  database: process.env.DATABASE_URL || resolve(process.env.DATABASE_FILE ?? resolve(root, "data/endurance-graph.sqlite")),
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? "0.0.0.0",
};
