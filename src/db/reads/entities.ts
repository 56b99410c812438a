/**
 * Entity, name and source reads. The by-key reads take many keys and return rows for all of them in
 * one statement (the DataLoaders in src/graphql/store call them).
 */
import type { Sql } from "../sql";
import type { EntityRecord, NameRecord, SourceRecord } from "../schema";
import { ids, pageOf, type Page, type PageWindow } from "./page";

export function entitiesByIds(sql: Sql, keys: readonly string[]): Promise<EntityRecord[]> {
  return sql.all(`SELECT id, kind, name, description FROM entity WHERE id IN (${sql.dialect.listed})`, [ids(keys)]);
}

export function namesByEntityIds(sql: Sql, keys: readonly string[]): Promise<NameRecord[]> {
  return sql.all(
    `SELECT entity_id AS "entityId", text, folded, name_type AS "nameType", language, ambiguous
     FROM entity_name WHERE entity_id IN (${sql.dialect.listed}) ORDER BY rowid`,
    [ids(keys)],
  );
}

export function sourcesByIds(sql: Sql, keys: readonly string[]): Promise<SourceRecord[]> {
  return sql.all(`SELECT id, title, outlet, author, language, published, url, note FROM source WHERE id IN (${sql.dialect.listed})`, [ids(keys)]);
}

/** Entities whose name, label or alias folds to exactly `folded`. */
export function entitiesNamed(sql: Sql, folded: string): Promise<(NameRecord & { kind: string; name: string })[]> {
  return sql.all(
    `SELECT n.entity_id AS "entityId", n.text, n.folded, n.name_type AS "nameType", n.language, n.ambiguous, e.kind, e.name
     FROM entity_name n JOIN entity e ON e.id = n.entity_id WHERE n.folded = ? ORDER BY n.rowid`,
    [folded],
  );
}

/** All entity ids and names, for "did you mean" suggestions on a miss (small: one row per name). */
export function allNames(sql: Sql): Promise<{ entityId: string; text: string }[]> {
  return sql.all(`SELECT entity_id AS "entityId", text FROM entity_name ORDER BY rowid`);
}

/** Every name, label and alias, with its type and language: the dictionary of the mention index. */
export function mentionNames(sql: Sql): Promise<{ entityId: string; text: string; nameType: string; language: string | null }[]> {
  return sql.all(`SELECT entity_id AS "entityId", text, name_type AS "nameType", language FROM entity_name ORDER BY rowid`);
}

/** One page of entities of the given kinds, by name, with the number of such entities. */
export async function entityPage(sql: Sql, kinds: readonly string[] | null, window: PageWindow): Promise<Page<EntityRecord>> {
  const rows = await sql.all<EntityRecord & { pageTotal: number }>(
    `WITH matched AS (SELECT id, kind, name, description FROM entity WHERE (CAST(? AS text) IS NULL OR kind IN (${sql.dialect.listed})))
     SELECT c."pageTotal", p.* FROM (SELECT COUNT(*) AS "pageTotal" FROM matched) c
     LEFT JOIN (SELECT * FROM matched ORDER BY name, id LIMIT ? OFFSET ?) p ON 1 = 1
     ORDER BY p.name, p.id`,
    [kinds ? 1 : null, JSON.stringify(kinds ?? []), window.limit, window.offset],
  );
  return pageOf(rows);
}

/**
 * Prefix search over the words of names, labels and aliases (accents and case folded by the build),
 * with the number of entities matched. Best match first: the entity's name with the fewest words
 * (the searched words are then most of it), then by name. `words` are folded words, each matched
 * as a prefix of a word of the name.
 */
export async function searchEntities(
  sql: Sql,
  words: readonly string[],
  kinds: readonly string[] | null,
  window: PageWindow,
): Promise<Page<EntityRecord & { matched: string }>> {
  const { dialect } = sql;
  const rows = await sql.all<EntityRecord & { matched: string; pageTotal: number }>(
    `WITH hits AS (${dialect.searchHits}), best AS (
       SELECT entity_id, text, word_count, ROW_NUMBER() OVER (PARTITION BY entity_id ORDER BY word_count, text) AS n FROM hits
     ), matched AS (
       SELECT e.id, e.kind, e.name, e.description, b.text AS matched, b.word_count AS rank
       FROM best b CROSS JOIN entity e -- hits first: SQLite otherwise walks every entity to find them
       WHERE e.id = b.entity_id AND b.n = 1 AND (CAST(? AS text) IS NULL OR e.kind IN (${dialect.listed}))
     )
     SELECT c."pageTotal", p.id, p.kind, p.name, p.description, p.matched FROM (SELECT COUNT(*) AS "pageTotal" FROM matched) c
     LEFT JOIN (SELECT * FROM matched ORDER BY rank, name, id LIMIT ? OFFSET ?) p ON 1 = 1
     ORDER BY p.rank, p.name, p.id`,
    [dialect.searchTerms(words), kinds ? 1 : null, JSON.stringify(kinds ?? []), window.limit, window.offset],
  );
  return pageOf(rows);
}
