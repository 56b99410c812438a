/** Which database build an export comes from: every export names it, so a file can be traced to its data. */
import type { Database } from "better-sqlite3";
import { readBuildInfo } from "../db/queries";

export interface BuildStamp {
  /** Hash of the seed files the database was built from. */
  fingerprint: string;
  /** When the database was built (ISO 8601). */
  builtAt: string;
  entities: number;
  statements: number;
  citations: number;
  sources: number;
}

export function readBuildStamp(db: Database): BuildStamp {
  const info = readBuildInfo(db);
  const count = (key: string) => Number(info[key] ?? 0);
  return {
    fingerprint: info.fingerprint ?? "unknown",
    builtAt: info.builtAt ?? "",
    entities: count("entities"),
    statements: count("statements"),
    citations: count("citations"),
    sources: count("sources"),
  };
}
