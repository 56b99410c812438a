/**
 * Entity, name and source reads. The by-key reads take many keys and return rows for all of them in
 * one statement (the DataLoaders in src/graphql/store call them).
 */
import type { Sql } from "../sql";
import type { EntityRecord, NameRecord, SourceRecord } from "../schema";
import { ids, pageOf, type Page, type PageWindow } from "./page";

export function entitiesByIds(sql: Sql, keys: readonly string[]): Promise<EntityRecord[]> {
  return sql.all(`SELECT id, kind, name, description FROM entity WHERE id IN (SELECT value FROM json_each(?))`, [ids(keys)]);
}

export function namesByEntityIds(sql: Sql, keys: readonly string[]): Promise<NameRecord[]> {
  return sql.all(
    `SELECT entity_id AS entityId, text, folded, name_type AS nameType, language, ambiguous
     FROM entity_name WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`,
    [ids(keys)],
  );
}

export function sourcesByIds(sql: Sql, keys: readonly string[]): Promise<SourceRecord[]> {
  return sql.all(`SELECT id, title, outlet, author, language, published, url, note FROM source WHERE id IN (SELECT value FROM json_each(?))`, [ids(keys)]);
}

/** Entities whose name, label or alias folds to exactly `folded`. */
export function entitiesNamed(sql: Sql, folded: string): Promise<(NameRecord & { kind: string; name: string })[]> {
  return sql.all(
    `SELECT n.entity_id AS entityId, n.text, n.folded, n.name_type AS nameType, n.language, n.ambiguous, e.kind, e.name
     FROM entity_name n JOIN entity e ON e.id = n.entity_id WHERE n.folded = ?`,
    [folded],
  );
}

/** All entity ids and names, for "did you mean" suggestions on a miss (small: one row per name). */
export function allNames(sql: Sql): Promise<{ entityId: string; text: string }[]> {
  return sql.all(`SELECT entity_id AS entityId, text FROM entity_name`);
}

/** Every name, label and alias, with its type and language: the dictionary of the mention index. */
export function mentionNames(sql: Sql): Promise<{ entityId: string; text: string; nameType: string; language: string | null }[]> {
  return sql.all(`SELECT entity_id AS entityId, text, name_type AS nameType, language FROM entity_name ORDER BY rowid`);
}

/** One page of entities of the given kinds, by name, with the number of such entities. */
export async function entityPage(sql: Sql, kinds: readonly string[] | null, window: PageWindow): Promise<Page<EntityRecord>> {
  const rows = await sql.all<EntityRecord & { pageTotal: number }>(
    `WITH matched AS (SELECT id, kind, name, description FROM entity WHERE (? IS NULL OR kind IN (SELECT value FROM json_each(?))))
     SELECT c.pageTotal, p.* FROM (SELECT COUNT(*) AS pageTotal FROM matched) c
     LEFT JOIN (SELECT * FROM matched ORDER BY name, id LIMIT ? OFFSET ?) p ON 1 = 1
     ORDER BY p.name, p.id`,
    [kinds ? 1 : null, JSON.stringify(kinds ?? []), window.limit, window.offset],
  );
  return pageOf(rows);
}

/**
 * Full-text search over names, labels and aliases (FTS5, accents removed), best match per entity
 * first, with the number of entities matched. `words` are folded words: each is matched as a prefix.
 */
export async function searchEntities(
  sql: Sql,
  words: readonly string[],
  kinds: readonly string[] | null,
  window: PageWindow,
): Promise<Page<EntityRecord & { matched: string }>> {
  // Each word as a quoted prefix: "ratel"* matches Ratel and Ratel's; quoting keeps FTS5 operators out.
  const ftsQuery = words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(" ");
  const rows = await sql.all<EntityRecord & { matched: string; pageTotal: number }>(
    `WITH hits AS (
       SELECT entity_id, text, bm25(name_search) AS rank FROM name_search WHERE name_search MATCH ?
     ), best AS (
       SELECT entity_id, text, rank, ROW_NUMBER() OVER (PARTITION BY entity_id ORDER BY rank) AS n FROM hits
     ), matched AS (
       SELECT e.id, e.kind, e.name, e.description, b.text AS matched, b.rank
       FROM best b JOIN entity e ON e.id = b.entity_id
       WHERE b.n = 1 AND (? IS NULL OR e.kind IN (SELECT value FROM json_each(?)))
     )
     SELECT c.pageTotal, p.id, p.kind, p.name, p.description, p.matched FROM (SELECT COUNT(*) AS pageTotal FROM matched) c
     LEFT JOIN (SELECT * FROM matched ORDER BY rank, name LIMIT ? OFFSET ?) p ON 1 = 1
     ORDER BY p.rank, p.name`,
    [ftsQuery, kinds ? 1 : null, JSON.stringify(kinds ?? []), window.limit, window.offset],
  );
  return pageOf(rows);
}
