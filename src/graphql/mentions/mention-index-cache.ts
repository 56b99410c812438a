/**
 * The mention index, built once per database build (lazily, at the first `mentions` query) and then
 * shared by every request: building it reads every name, searching with it is linear in the text.
 *
 * Keyed by the build fingerprint, which names the database's content: the context gives resolvers a
 * SQL runner, not the DataSource, and two databases built from the same seeds rightly share one index.
 * One cheap `build_info` read per request tells which build answers.
 */
import { buildInfo, mentionNames } from "../../db/queries";
import type { Sql } from "../../db/sql";
import { buildMentionIndex, type MentionEntry, type MentionIndex } from "../../domain/mentions";

/** Indexes kept (per build and language): a rebuilt database makes the old ones garbage. */
const MAX_CACHED = 16;
const cache = new Map<string, Promise<MentionIndex>>();

/**
 * The index for a build, with every name, alias and label — or, given a language, with the labels of
 * that language only (names and aliases are kept: sources in any language use them).
 */
export async function mentionIndexFor(sql: Sql, language: string | null): Promise<MentionIndex> {
  const key = `${await buildFingerprint(sql)}|${language ?? "*"}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const building = readEntries(sql, language).then(buildMentionIndex);
  remember(key, building);
  building.catch(() => cache.delete(key)); // a failed read is not cached: the next request tries again
  return building;
}

async function buildFingerprint(sql: Sql): Promise<string> {
  const rows = await buildInfo(sql);
  return rows.find((row) => row.key === "fingerprint")?.value ?? "unknown";
}

async function readEntries(sql: Sql, language: string | null): Promise<MentionEntry[]> {
  const names = await mentionNames(sql);
  return names
    .filter((name) => language === null || name.nameType !== "LABEL" || name.language === language)
    .map((name) => ({ text: name.text, entityId: name.entityId }));
}

function remember(key: string, index: Promise<MentionIndex>): void {
  cache.set(key, index);
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
}
