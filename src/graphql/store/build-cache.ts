/**
 * What is read once per database build and shared by every request (the eligibility records, the
 * mention index). The database is read-only while served and a rebuild is a new DataSource, so an
 * entry never goes stale; a failed read is not kept, and the next request tries again.
 */
import type { DataSource } from "typeorm";

export interface BuildCache {
  /** The value under `key`, made by `make` the first time it is asked for on this build. */
  get<T>(key: string, make: () => Promise<T>): Promise<T>;
}

const perBuild = new WeakMap<DataSource, BuildCache>();

export function buildCacheOf(dataSource: DataSource): BuildCache {
  let cache = perBuild.get(dataSource);
  if (!cache) perBuild.set(dataSource, (cache = createBuildCache()));
  return cache;
}

function createBuildCache(): BuildCache {
  const entries = new Map<string, Promise<unknown>>();
  return {
    get<T>(key: string, make: () => Promise<T>): Promise<T> {
      let entry = entries.get(key) as Promise<T> | undefined;
      if (!entry) {
        entry = make();
        entries.set(key, entry);
        entry.catch(() => entries.delete(key));
      }
      return entry;
    },
  };
}
