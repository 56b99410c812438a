/**
 * Every SQL read the API makes, batched: each function takes many keys and returns rows
 * for all of them in one statement (DataLoaders call these; see src/graphql/loaders.ts).
 * Id lists travel as one JSON parameter, so each query has one SQL text to prepare.
 */
import type { Sql } from "./sql";
import { DEFAULT_STATUSES, filterSql, type StatementFilter } from "./statement-filter";

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
  statedOnOrigin: string;
  statedOnSourceId: string | null;
  /** JSON array of the ids of contradicting claims, or null. */
  disputes: string | null;
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
  s.seed_file AS seedFile, s.seed_line AS seedLine,
  s.stated_on_origin AS statedOnOrigin, s.stated_on_source_id AS statedOnSourceId, s.disputes`;

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
 * The conditions of `filter` on statement_tally, when the tally can answer it: the database has
 * the table and the filter asks nothing of time (with no `knownAt`, a statement's status is
 * SUPERSEDED exactly when a later one replaces it, which is how the tally counts it). Mirrors
 * filterSql for predicates and statuses; any other filter field set means "count the rows".
 */
function tallyFilter(sql: Sql, filter: StatementFilter): { where: string; parameters: unknown[] } | null {
  if (!sql.hasTable?.("statement_tally")) return null;
  for (const [key, value] of Object.entries(filter)) if (value != null && key !== "predicates" && key !== "statuses") return null;
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  if (filter.predicates && filter.predicates.length > 0) {
    conditions.push(`t.predicate IN (SELECT value FROM json_each(?))`);
    parameters.push(JSON.stringify(filter.predicates));
  }
  conditions.push(`t.status IN (SELECT value FROM json_each(?))`);
  parameters.push(JSON.stringify(filter.statuses && filter.statuses.length > 0 ? filter.statuses : DEFAULT_STATUSES));
  return { where: conditions.join(" AND "), parameters };
}

/** The order of statements around an anchor (relationships, entity statements): by valid-from text, predicate, id. */
const PAGE_ORDER = `COALESCE(s.valid_from, ''), s.predicate, s.id`;

/**
 * One page of statements for each anchor entity, with each anchor's total, in one query.
 * OUTGOING: the anchor is the subject; INCOMING: the object; BOTH: either (a statement linking
 * the anchor to itself is then listed, and counted, twice).
 *
 * Each side of each anchor reads only its first offset + limit statements, in order, from the
 * page index (statement_subject_page / statement_object_page: see entities.ts), so a hub with
 * 10,000 statements costs a page, not a sort of 10,000 rows. The totals are sums over
 * statement_tally when the filter has no time in it, else counts on the page index (which holds
 * every filtered column, so the table is not read). The two sides are then merged and numbered
 * as one list. An anchor whose page is empty (offset past its end) returns no rows, and so a
 * total of 0, as before.
 */
export function statementPagesByAnchor(
  sql: Sql,
  anchors: readonly string[],
  direction: Direction,
  filter: StatementFilter,
  window: PageWindow,
): Promise<(StatementRecord & { anchor: string; total: number })[]> {
  const { where, parameters } = filterSql(filter);
  const sides = [...(direction !== "INCOMING" ? ["subject_id"] : []), ...(direction !== "OUTGOING" ? ["object_id"] : [])];
  const end = window.offset + window.limit;
  const pageColumns = STATEMENT_COLUMNS.replace(/\bs\./g, "p.");
  const head = (column: string) =>
    `SELECT ${pageColumns}, a.value AS anchor FROM (SELECT DISTINCT value FROM json_each(?)) a JOIN statement p ON p.rowid IN (
       SELECT s.rowid FROM statement s WHERE s.${column} = a.value AND ${where} ORDER BY ${PAGE_ORDER} LIMIT ?)`;
  const tally = tallyFilter(sql, filter);
  const count = (column: string) =>
    tally
      ? `(SELECT COALESCE(SUM(t.n), 0) FROM statement_tally t WHERE t.entity_id = a.value AND t.side = '${column === "subject_id" ? "subject" : "object"}' AND ${tally.where})`
      : `(SELECT COUNT(*) FROM statement s WHERE s.${column} = a.value AND ${where})`;
  const countParameters = tally ? tally.parameters : parameters;
  const text = `WITH head AS (${sides.map(head).join(" UNION ALL ")}),
    totals AS MATERIALIZED (SELECT a.value AS anchor, ${sides.map(count).join(" + ")} AS total FROM (SELECT DISTINCT value FROM json_each(?)) a)
    SELECT * FROM (
      SELECT head.*, totals.total,
             ROW_NUMBER() OVER (PARTITION BY head.anchor ORDER BY COALESCE(head.validFrom, ''), head.predicate, head.id) AS rowNumber
      FROM head JOIN totals ON totals.anchor = head.anchor
    ) WHERE rowNumber > ? AND rowNumber <= ? ORDER BY anchor, rowNumber`;
  return sql.all(text, [
    ...sides.flatMap(() => [ids(anchors), ...parameters, end]),
    ...sides.flatMap(() => countParameters),
    ids(anchors),
    window.offset,
    end,
  ]);
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
  words: readonly string[],
  kinds: string[] | null,
  window: PageWindow,
): Promise<(EntityRecord & { matched: string; total: number })[]> {
  // Each word as a quoted prefix: "ratel"* matches Ratel and Ratel's; quoting keeps FTS5 operators out.
  const ftsQuery = words.map((word) => `"${word}"*`).join(" ");
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
 *
 * Each side (entity as subject, as object) is read on its page index, which holds every column
 * the conditions and the order need: only the first offset + limit of each side are fetched
 * from the table, and the total is counted on the indexes (a statement about the entity on both
 * sides counts once). An empty page (offset past the end) returns no rows, as before.
 */
export function timelinePage(
  sql: Sql,
  entityId: string,
  span: { from?: string | null; to?: string | null },
  filter: StatementFilter,
  window: PageWindow,
): Promise<(StatementRecord & { total: number })[]> {
  const { where, parameters } = filterSql(filter);
  // Ordered by the day each entry is shown at: its start, else the first day of its record date
  // ("2021-11" shows as 2021-11-01), so the order is the one a reader sees.
  const order = `COALESCE(s.valid_from_day, substr(s.stated_on || '-01-01', 1, 10)), s.stated_on_day, s.id`;
  const conditions = `${where}
       AND COALESCE(s.valid_from_day, s.stated_on_day) IS NOT NULL
       AND (? IS NULL OR COALESCE(s.valid_until_day, s.valid_from_day, s.stated_on_day) >= ?)
       AND (? IS NULL OR COALESCE(s.valid_from_day, s.stated_on_day) <= ?)`;
  const conditionParameters = [...parameters, span.from ?? null, span.from ?? null, span.to ?? null, span.to ?? null];
  const side = (column: string, limited: boolean) =>
    `SELECT rid FROM (SELECT s.rowid AS rid FROM statement s WHERE s.${column} = ? AND ${conditions}${limited ? ` ORDER BY ${order} LIMIT ?` : ""})`;
  const end = window.offset + window.limit;
  return sql.all(
    `SELECT ${STATEMENT_COLUMNS}, t.total FROM statement s,
       (SELECT COUNT(*) AS total FROM (${side("subject_id", false)} UNION ${side("object_id", false)})) t
     WHERE s.rowid IN (${side("subject_id", true)} UNION ${side("object_id", true)})
     ORDER BY ${order} LIMIT ? OFFSET ?`,
    [
      entityId, ...conditionParameters, entityId, ...conditionParameters,
      entityId, ...conditionParameters, end, entityId, ...conditionParameters, end,
      window.limit, window.offset,
    ],
  );
}

// ── Issue 6: paths, mentions and exports ──────────────────────────────────────────────────

/** A statement between two entities, as the path search sees it (see src/domain/paths). */
export interface EdgeRecord {
  statementId: string;
  subjectId: string;
  objectId: string;
}

/**
 * Every entity-to-entity statement touching any of `entityIds` (as subject or as object) that
 * passes the filter: one breadth-first level of the path search in one statement. At most `limit`
 * rows, so one hub cannot make a level unbounded; UNION ALL (no sort, no dedup) lets SQLite stop at
 * the limit. A statement joining two frontier entities comes twice, which the search ignores.
 */
export function edgesTouching(sql: Sql, entityIds: readonly string[], filter: StatementFilter, limit: number): Promise<EdgeRecord[]> {
  const { where, parameters } = filterSql(filter);
  const side = (column: string) =>
    `SELECT s.id AS statementId, s.subject_id AS subjectId, s.object_id AS objectId FROM statement s
     WHERE s.${column} IN (SELECT value FROM json_each(?)) AND s.object_id IS NOT NULL AND ${where}`;
  return sql.all(`${side("subject_id")} UNION ALL ${side("object_id")} LIMIT ?`, [
    ids(entityIds), ...parameters, ids(entityIds), ...parameters, limit,
  ]);
}

/** Every name, label and alias, with its type and language: the dictionary of the mention index. */
export function mentionNames(sql: Sql): Promise<{ entityId: string; text: string; nameType: string; language: string | null }[]> {
  return sql.all(`SELECT entity_id AS entityId, text, name_type AS nameType, language FROM entity_name ORDER BY rowid`);
}

/**
 * Export reads stream straight from better-sqlite3 (`iterate`), one row at a time, on a connection of
 * their own: they run for as long as the client reads, and must neither hold the API's connection busy
 * nor load a table into memory.
 */
export interface StatementCitationRow {
  statementId: string;
  subjectId: string;
  subjectName: string | null;
  predicate: string;
  objectId: string | null;
  objectName: string | null;
  value: string | null;
  qualifiers: string;
  validFrom: string | null;
  validUntil: string | null;
  statedOn: string | null;
  /** As known today: SUPERSEDED when a later statement replaces it. */
  status: string;
  supersedesId: string | null;
  supersededById: string | null;
  citationPosition: number | null;
  sourceId: string | null;
  sourceTitle: string | null;
  sourceOutlet: string | null;
  sourceUrl: string | null;
  sourceLanguage: string | null;
  quote: string | null;
}

/** One row per statement and citation (a statement without a citation still gets one row), by statement id. */
export function iterateStatementCitations(db: RawDatabase): IterableIterator<StatementCitationRow> {
  return db
    .prepare(
      `SELECT s.id AS statementId, s.subject_id AS subjectId, se.name AS subjectName, s.predicate,
         s.object_id AS objectId, oe.name AS objectName, s.value, s.qualifiers,
         s.valid_from AS validFrom, s.valid_until AS validUntil, s.stated_on AS statedOn,
         CASE WHEN s.superseded_by_id IS NOT NULL THEN 'SUPERSEDED' ELSE s.status END AS status,
         s.supersedes_id AS supersedesId, s.superseded_by_id AS supersededById,
         c.position AS citationPosition, c.source_id AS sourceId, src.title AS sourceTitle, src.outlet AS sourceOutlet,
         src.url AS sourceUrl, src.language AS sourceLanguage, c.quote
       FROM statement s
       LEFT JOIN citation c ON c.statement_id = s.id
       LEFT JOIN source src ON src.id = c.source_id
       LEFT JOIN entity se ON se.id = s.subject_id
       LEFT JOIN entity oe ON oe.id = s.object_id
       ORDER BY s.id, c.position`,
    )
    .iterate() as IterableIterator<StatementCitationRow>;
}

export interface EntityWithNameRow {
  id: string;
  kind: string;
  name: string;
  description: string | null;
  nameText: string | null;
  nameType: "NAME" | "LABEL" | "ALIAS" | null;
  language: string | null;
  ambiguous: number | null;
}

/** Every entity with each of its names (one row per name), by entity id then name order. */
export function iterateEntityNames(db: RawDatabase): IterableIterator<EntityWithNameRow> {
  return db
    .prepare(
      `SELECT e.id, e.kind, e.name, e.description, n.text AS nameText, n.name_type AS nameType, n.language, n.ambiguous
       FROM entity e LEFT JOIN entity_name n ON n.entity_id = e.id ORDER BY e.id, n.rowid`,
    )
    .iterate() as IterableIterator<EntityWithNameRow>;
}

/** Every source, by id. */
export function iterateSources(db: RawDatabase): IterableIterator<SourceRecord> {
  return db
    .prepare(`SELECT id, title, outlet, author, language, published, url, note FROM source ORDER BY id`)
    .iterate() as IterableIterator<SourceRecord>;
}

/** The build_info table as key → value, read on an export's own connection. */
export function readBuildInfo(db: RawDatabase): Record<string, string> {
  const rows = db.prepare(`SELECT key, value FROM build_info`).all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

type RawDatabase = import("better-sqlite3").Database;

// ── Issue 3: eligibility and the endurance pyramid ───────────────────────────────────────

/** A row of seed_record (a rule, class definition or award as validated JSON), or an entity's name (section "name"). */
export interface EligibilityRow {
  section: "rules" | "classes" | "awards" | "name";
  id: string;
  json: string;
  seedFile: string | null;
  seedLine: number | null;
}

/**
 * Every rule, class definition and award, plus the canonical name of each entity they mention
 * (for the engine's explanations), in one statement: the eligibility engine works on all of it in memory.
 */
export function eligibilityRecords(sql: Sql): Promise<EligibilityRow[]> {
  return sql.all(
    `SELECT section, id, json, seed_file AS seedFile, seed_line AS seedLine FROM seed_record
     WHERE section IN ('rules', 'classes', 'awards')
     UNION ALL
     SELECT 'name', e.id, e.name, NULL, NULL FROM entity e
     WHERE e.id IN (SELECT DISTINCT t.value FROM seed_record r, json_tree(r.json) t WHERE t.type = 'text')`,
  );
}

/** Every statement with one of `predicates` that passes the filter, oldest report first (small sets: the pyramid, championship links). */
export function statementsWithPredicates(sql: Sql, predicates: readonly string[], filter: StatementFilter): Promise<StatementRecord[]> {
  const { where, parameters } = filterSql({ ...filter, predicates: [...predicates] });
  return sql.all(`SELECT ${STATEMENT_COLUMNS} FROM statement s WHERE ${where} ORDER BY s.stated_on_day, s.id`, parameters);
}
