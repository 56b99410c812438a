/**
 * The mention index, built once per database (lazily, at the first `mentions` query) and then
 * shared by every request: building it reads every name, searching with it is linear in the text.
 * Keyed by the DataSource, which is read-only while served; a rebuilt database is a new one.
 */
import type { DataSource } from "typeorm";
import { mentionNames } from "../../db/queries";
import type { Sql } from "../../db/sql";
import { buildMentionIndex, type MentionEntry, type MentionIndex } from "../../domain/mentions";
import type { Context } from "../context";

/** Per database, one index per language asked for ("*" = every label). */
const cache = new WeakMap<DataSource, Map<string, Promise<MentionIndex>>>();

/**
 * The index with every name, alias and label — or, given a language, with the labels of that
 * language only (names and aliases are kept: sources in any language use them).
 */
export function mentionIndexFor(context: Context, language: string | null): Promise<MentionIndex> {
  let indexes = cache.get(context.dataSource);
  if (!indexes) cache.set(context.dataSource, (indexes = new Map()));
  const key = language ?? "*";
  let index = indexes.get(key);
  if (!index) {
    index = readEntries(context.sql, language).then(buildMentionIndex);
    indexes.set(key, index);
    index.catch(() => indexes!.delete(key)); // a failed read is not cached: the next request tries again
  }
  return index;
}

async function readEntries(sql: Sql, language: string | null): Promise<MentionEntry[]> {
  const names = await mentionNames(sql);
  return names
    .filter((name) => language === null || name.nameType !== "LABEL" || name.language === language)
    .map((name) => ({ text: name.text, entityId: name.entityId }));
}
