/**
 * Every SQL read the API makes, batched: each function takes many keys and returns rows
 * for all of them in one statement (DataLoaders call these; see src/graphql/loaders.ts).
 * Id lists travel as one JSON parameter, so each query has one SQL text to prepare.
 */
import type { Sql } from "./sql";
import { filterSql, type StatementFilter } from "./statement-filter";

export interface EntityRecord {
  id: string;
  kind: string;
  name: string;
  description: string | null;
}

export interface NameRecord {
  entityId: string;
  text: string;
  folded: string;
  nameType: "NAME" | "LABEL" | "ALIAS";
  language: string | null;
  ambiguous: number;
}

export interface StatementRecord {
  id: string;
  subjectId: string;
  predicate: string;
  objectId: string | null;
  value: string | null;
  qualifiers: string;
  validFrom: string | null;
  validUntil: string | null;
  statedOn: string | null;
  status: string;
  options: string | null;
  optionsFor: string | null;
  supersedesId: string | null;
  supersededById: string | null;
  supersededOnDay: string | null;
  seedFile: string;
  seedLine: number;
}

export interface CitationRecord {
  statementId: string;
  sourceId: string;
  quote: string;
}

export interface SourceRecord {
  id: string;
  title: string;
  outlet: string;
  author: string | null;
  language: string;
  published: string | null;
  url: string | null;
  note: string | null;
}

export type Direction = "OUTGOING" | "INCOMING" | "BOTH";

const ids = (keys: readonly string[]) => JSON.stringify(keys);

export const STATEMENT_COLUMNS = `s.id, s.subject_id AS subjectId, s.predicate, s.object_id AS objectId, s.value, s.qualifiers,
  s.valid_from AS validFrom, s.valid_until AS validUntil, s.stated_on AS statedOn, s.status, s.options, s.options_for AS optionsFor,
  s.supersedes_id AS supersedesId, s.superseded_by_id AS supersededById, s.superseded_on_day AS supersededOnDay,
  s.seed_file AS seedFile, s.seed_line AS seedLine`;

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

export function statementsByIds(sql: Sql, keys: readonly string[]): Promise<StatementRecord[]> {
  return sql.all(`SELECT ${STATEMENT_COLUMNS} FROM statement s WHERE s.id IN (SELECT value FROM json_each(?))`, [ids(keys)]);
}

export function citationsByStatementIds(sql: Sql, keys: readonly string[]): Promise<CitationRecord[]> {
  return sql.all(
    `SELECT statement_id AS statementId, source_id AS sourceId, quote FROM citation
     WHERE statement_id IN (SELECT value FROM json_each(?)) ORDER BY statement_id, position`,
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

export interface PageWindow {
  offset: number;
  limit: number;
}

/**
 * One page of statements for each anchor entity, with each anchor's total, in one query.
 * OUTGOING: the anchor is the subject; INCOMING: the object; BOTH: either.
 */
export function statementPagesByAnchor(
  sql: Sql,
  anchors: readonly string[],
  direction: Direction,
  filter: StatementFilter,
  window: PageWindow,
): Promise<(StatementRecord & { anchor: string; total: number })[]> {
  const { where, parameters } = filterSql(filter);
  const side = (column: string) =>
    `SELECT ${STATEMENT_COLUMNS}, s.${column} AS anchor FROM statement s
     WHERE s.${column} IN (SELECT value FROM json_each(?)) AND ${where}`;
  const parts: string[] = [];
  const partParameters: unknown[] = [];
  if (direction !== "INCOMING") parts.push(side("subject_id")), partParameters.push(ids(anchors), ...parameters);
  if (direction !== "OUTGOING") parts.push(side("object_id")), partParameters.push(ids(anchors), ...parameters);
  return sql.all(
    `SELECT * FROM (
       SELECT u.*, ROW_NUMBER() OVER (PARTITION BY anchor ORDER BY COALESCE(u.validFrom, ''), u.predicate, u.id) AS rowNumber,
              COUNT(*) OVER (PARTITION BY anchor) AS total
       FROM (${parts.join(" UNION ALL ")}) u
     ) WHERE rowNumber > ? AND rowNumber <= ?`,
    [...partParameters, window.offset, window.offset + window.limit],
  );
}

/** One page of statements matching optional subject/object and the filter, with the total. */
export function statementPage(
  sql: Sql,
  match: { subjectId?: string | null; objectId?: string | null },
  filter: StatementFilter,
  window: PageWindow,
): Promise<(StatementRecord & { total: number })[]> {
  const { where, parameters } = filterSql(filter);
  const conditions = [where];
  const matchParameters: unknown[] = [];
  if (match.subjectId) conditions.push("s.subject_id = ?"), matchParameters.push(match.subjectId);
  if (match.objectId) conditions.push("s.object_id = ?"), matchParameters.push(match.objectId);
  return sql.all(
    `SELECT ${STATEMENT_COLUMNS}, COUNT(*) OVER () AS total FROM statement s
     WHERE ${conditions.join(" AND ")} ORDER BY s.stated_on_day, s.id LIMIT ? OFFSET ?`,
    [...parameters, ...matchParameters, window.limit, window.offset],
  );
}

/** One page of entities of the given kinds, by name, with the total. */
export function entityPage(sql: Sql, kinds: string[] | null, window: PageWindow): Promise<(EntityRecord & { total: number })[]> {
  return sql.all(
    `SELECT id, kind, name, description, COUNT(*) OVER () AS total FROM entity
     WHERE (? IS NULL OR kind IN (SELECT value FROM json_each(?))) ORDER BY name, id LIMIT ? OFFSET ?`,
    [kinds ? 1 : null, JSON.stringify(kinds ?? []), window.limit, window.offset],
  );
}

/**
 * Full-text search over names, labels and aliases (FTS5, accents removed), best match
 * per entity first, with the total number of entities matched.
 */
export function searchEntities(
  sql: Sql,
  ftsQuery: string,
  kinds: string[] | null,
  window: PageWindow,
): Promise<(EntityRecord & { matched: string; total: number })[]> {
  return sql.all(
    `WITH hits AS (
       SELECT entity_id, text, bm25(name_search) AS rank FROM name_search WHERE name_search MATCH ?
     ), best AS (
       SELECT entity_id, text, rank, ROW_NUMBER() OVER (PARTITION BY entity_id ORDER BY rank) AS n FROM hits
     )
     SELECT e.id, e.kind, e.name, e.description, b.text AS matched, COUNT(*) OVER () AS total
     FROM best b JOIN entity e ON e.id = b.entity_id
     WHERE b.n = 1 AND (? IS NULL OR e.kind IN (SELECT value FROM json_each(?)))
     ORDER BY b.rank, e.name LIMIT ? OFFSET ?`,
    [ftsQuery, kinds ? 1 : null, JSON.stringify(kinds ?? []), window.limit, window.offset],
  );
}

export function buildInfo(sql: Sql): Promise<{ key: string; value: string }[]> {
  return sql.all(`SELECT key, value FROM build_info`);
}

/**
 * Every dated statement about an entity (as subject or object), in date order: the date is
 * when it began to hold, or else when it was first reported. `from`/`to` keep statements
 * whose time overlaps that span.
 */
export function timelinePage(
  sql: Sql,
  entityId: string,
  span: { from?: string | null; to?: string | null },
  filter: StatementFilter,
  window: PageWindow,
): Promise<(StatementRecord & { total: number })[]> {
  const { where, parameters } = filterSql(filter);
  return sql.all(
    `SELECT ${STATEMENT_COLUMNS}, COUNT(*) OVER () AS total FROM statement s
     WHERE (s.subject_id = ? OR s.object_id = ?) AND ${where}
       AND COALESCE(s.valid_from_day, s.stated_on_day) IS NOT NULL
       AND (? IS NULL OR COALESCE(s.valid_until_day, s.valid_from_day, s.stated_on_day) >= ?)
       AND (? IS NULL OR COALESCE(s.valid_from_day, s.stated_on_day) <= ?)
     ORDER BY COALESCE(s.valid_from_day, s.stated_on_day), s.stated_on_day, s.id LIMIT ? OFFSET ?`,
    [entityId, entityId, ...parameters, span.from ?? null, span.from ?? null, span.to ?? null, span.to ?? null, window.limit, window.offset],
  );
}
