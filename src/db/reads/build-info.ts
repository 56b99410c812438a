/**
 * The one reader of build_info: which database build answers. The server names its answers by it
 * (ETags), Query.buildInfo shows it, and every export is stamped with it.
 */
import type { Sql } from "../sql";

export interface BuildStamp {
  /** Hash of the seed files the database was built from ("unknown" when the file does not say). */
  fingerprint: string;
  /** When the database was built (ISO 8601). */
  builtAt: string;
  entities: number;
  statements: number;
  citations: number;
  sources: number;
}

/** What an export is stamped with when the database does not name its build. */
export const UNKNOWN_BUILD: BuildStamp = { fingerprint: "unknown", builtAt: "", entities: 0, statements: 0, citations: 0, sources: 0 };

/** The stamp, or null when the database has no fingerprint (then nothing may be cached by it). */
export async function readBuildStamp(sql: Sql): Promise<BuildStamp | null> {
  const rows = await sql.all<{ key: string; value: string }>(`SELECT key, value FROM build_info`);
  const info = new Map(rows.map((row) => [row.key, row.value]));
  const fingerprint = info.get("fingerprint");
  if (fingerprint === undefined) return null;
  const count = (key: string) => Number(info.get(key) ?? 0);
  return {
    fingerprint,
    builtAt: info.get("builtAt") ?? "",
    entities: count("entities"),
    statements: count("statements"),
    citations: count("citations"),
    sources: count("sources"),
  };
}
