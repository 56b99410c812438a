/**
 * Statement reads: by id, citations, pages around anchor entities, filtered pages, the timeline, one
 * level of the path search, and small sets by predicate. Time filters come from statement-filter.ts.
 */
import type { Sql } from "../sql";
import { statementColumns, type CitationRecord, type StatementRecord } from "../schema";
import { DEFAULT_STATUSES, filterSql, type StatementFilter } from "../statement-filter";
import { ids, pageOf, type Page, type PageWindow } from "./page";

export type Direction = "OUTGOING" | "INCOMING" | "BOTH";

const STATEMENT_COLUMNS = statementColumns("s");

export function statementsByIds(sql: Sql, keys: readonly string[]): Promise<StatementRecord[]> {
  return sql.all(`SELECT ${STATEMENT_COLUMNS} FROM statement s WHERE s.id IN (${sql.dialect.listed})`, [ids(keys)]);
}

export function citationsByStatementIds(sql: Sql, keys: readonly string[]): Promise<CitationRecord[]> {
  return sql.all(
    `SELECT statement_id AS "statementId", source_id AS "sourceId", quote FROM citation
     WHERE statement_id IN (${sql.dialect.listed}) ORDER BY statement_id, position`,
    [ids(keys)],
  );
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
    conditions.push(`t.predicate IN (${sql.dialect.listed})`);
    parameters.push(JSON.stringify(filter.predicates));
  }
  conditions.push(`t.status IN (${sql.dialect.listed})`);
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
 * page index (statement_subject_page / statement_object_page: see schema.ts), so a hub with
 * 10,000 statements costs a page, not a sort of 10,000 rows. The totals are sums over
 * statement_tally when the filter has no time in it, else counts on the page index (which holds
 * every filtered column, so the table is not read). The two sides are then merged and numbered
 * as one list. Every anchor gets its total, also when its page is empty (offset past its end).
 */
export async function statementPagesByAnchor(
  sql: Sql,
  anchors: readonly string[],
  direction: Direction,
  filter: StatementFilter,
  window: PageWindow,
): Promise<Map<string, Page<StatementRecord>>> {
  const { dialect } = sql;
  const { where, parameters } = filterSql(filter, dialect);
  const sides = [...(direction !== "INCOMING" ? ["subject_id"] : []), ...(direction !== "OUTGOING" ? ["object_id"] : [])];
  const end = window.offset + window.limit;
  const head = (column: string) =>
    dialect.firstRowsPerAnchor(`(SELECT DISTINCT value FROM (${dialect.listed}) listed) a`, `s.${column} = a.value AND ${where}`, PAGE_ORDER);
  const tally = tallyFilter(sql, filter);
  const count = (column: string) =>
    tally
      ? `(SELECT COALESCE(SUM(t.n), 0) FROM statement_tally t WHERE t.entity_id = a.value AND t.side = '${column === "subject_id" ? "subject" : "object"}' AND ${tally.where})`
      : `(SELECT COUNT(*) FROM statement s WHERE s.${column} = a.value AND ${where})`;
  const countParameters = tally ? tally.parameters : parameters;
  const text = `WITH head AS (${sides.map(head).join(" UNION ALL ")}),
    totals AS MATERIALIZED (
      SELECT a.value AS "pageAnchor", ${sides.map(count).join(" + ")} AS "pageTotal" FROM (SELECT DISTINCT value FROM (${dialect.listed}) listed) a
    ),
    numbered AS (
      SELECT head.*, ROW_NUMBER() OVER (PARTITION BY head.anchor ORDER BY COALESCE(head."validFrom", ''), head.predicate, head.id) AS "rowNumber"
      FROM head
    )
    SELECT totals."pageAnchor", totals."pageTotal", numbered.* FROM totals
    LEFT JOIN numbered ON numbered.anchor = totals."pageAnchor" AND numbered."rowNumber" > ? AND numbered."rowNumber" <= ?
    ORDER BY totals."pageAnchor", numbered."rowNumber"`;
  const rows = await sql.all<StatementRecord & { pageAnchor: string; pageTotal: number; anchor: string | null; rowNumber: number | null }>(text, [
    ...sides.flatMap(() => [ids(anchors), ...parameters, end]),
    ...sides.flatMap(() => countParameters),
    ids(anchors),
    window.offset,
    end,
  ]);
  const pages = new Map<string, Page<StatementRecord>>();
  for (const { pageAnchor, pageTotal, anchor: _anchor, rowNumber: _rowNumber, ...row } of rows) {
    let page = pages.get(pageAnchor);
    if (!page) pages.set(pageAnchor, (page = { rows: [], total: pageTotal }));
    if (row.id !== null) page.rows.push(row);
  }
  return pages;
}

/** One page of statements matching optional subject/object and the filter, oldest report first, with the total. */
export async function statementPage(
  sql: Sql,
  match: { subjectId?: string | null; objectId?: string | null },
  filter: StatementFilter,
  window: PageWindow,
): Promise<Page<StatementRecord>> {
  const { where, parameters } = filterSql(filter, sql.dialect);
  const conditions = [where];
  const matchParameters: unknown[] = [];
  if (match.subjectId) conditions.push("s.subject_id = ?"), matchParameters.push(match.subjectId);
  if (match.objectId) conditions.push("s.object_id = ?"), matchParameters.push(match.objectId);
  const rows = await sql.all<StatementRecord & { pageTotal: number; orderDay: string | null }>(
    `WITH matched AS (SELECT ${STATEMENT_COLUMNS}, s.stated_on_day AS "orderDay" FROM statement s WHERE ${conditions.join(" AND ")})
     SELECT c."pageTotal", p.* FROM (SELECT COUNT(*) AS "pageTotal" FROM matched) c
     LEFT JOIN (SELECT * FROM matched ORDER BY "orderDay"${sql.dialect.nullsFirst}, id LIMIT ? OFFSET ?) p ON 1 = 1
     ORDER BY p."orderDay"${sql.dialect.nullsFirst}, p.id`,
    [...parameters, ...matchParameters, window.limit, window.offset],
  );
  const page = pageOf(rows);
  return { rows: page.rows.map(({ orderDay: _day, ...row }) => row), total: page.total };
}

/**
 * Every dated statement about an entity (as subject or object), in date order: the date is
 * when it began to hold, or else when it was first reported. `from`/`to` keep statements
 * whose time overlaps that span.
 *
 * Each side (entity as subject, as object) is read on its page index, which holds every column
 * the conditions and the order need: only the first offset + limit of each side are fetched
 * from the table, and the total is counted on the indexes (a statement about the entity on both
 * sides counts once), also for a page past the end.
 */
export async function timelinePage(
  sql: Sql,
  entityId: string,
  span: { from?: string | null; to?: string | null },
  filter: StatementFilter,
  window: PageWindow,
): Promise<Page<StatementRecord>> {
  const { dialect } = sql;
  const { where, parameters } = filterSql(filter, dialect);
  // Ordered by the day each entry is shown at: its start, else the first day of its record date
  // ("2021-11" shows as 2021-11-01), so the order is the one a reader sees.
  const shownDay = `COALESCE(s.valid_from_day, substr(s.stated_on || '-01-01', 1, 10))`;
  const order = `${shownDay}, s.stated_on_day${dialect.nullsFirst}, s.id`;
  const conditions = `${where}
       AND COALESCE(s.valid_from_day, s.stated_on_day) IS NOT NULL
       AND (CAST(? AS text) IS NULL OR COALESCE(s.valid_until_day, s.valid_from_day, s.stated_on_day) >= ?)
       AND (CAST(? AS text) IS NULL OR COALESCE(s.valid_from_day, s.stated_on_day) <= ?)`;
  const conditionParameters = [...parameters, span.from ?? null, span.from ?? null, span.to ?? null, span.to ?? null];
  const side = (column: string, limited: boolean) =>
    `SELECT rid FROM (SELECT s.${dialect.statementRow} AS rid FROM statement s WHERE s.${column} = ? AND ${conditions}${limited ? ` ORDER BY ${order} LIMIT ?` : ""}) ${column}_side`;
  const end = window.offset + window.limit;
  const rows = await sql.all<StatementRecord & { pageTotal: number }>(
    `SELECT t."pageTotal", p.* FROM (SELECT COUNT(*) AS "pageTotal" FROM (${side("subject_id", false)} UNION ${side("object_id", false)}) sides) t
     LEFT JOIN (
       SELECT ${STATEMENT_COLUMNS}, ${shownDay} AS "orderShown", s.stated_on_day AS "orderStated" FROM statement s
       WHERE s.${dialect.statementRow} IN (${side("subject_id", true)} UNION ${side("object_id", true)})
       ORDER BY ${order} LIMIT ? OFFSET ?
     ) p ON 1 = 1
     ORDER BY p."orderShown", p."orderStated"${dialect.nullsFirst}, p.id`,
    [
      entityId, ...conditionParameters, entityId, ...conditionParameters,
      entityId, ...conditionParameters, end, entityId, ...conditionParameters, end,
      window.limit, window.offset,
    ],
  );
  const page = pageOf(rows as (StatementRecord & { pageTotal: number; orderShown?: unknown; orderStated?: unknown })[]);
  return { rows: page.rows.map(({ orderShown: _shown, orderStated: _stated, ...row }) => row), total: page.total };
}

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
  const { where, parameters } = filterSql(filter, sql.dialect);
  const side = (column: string) =>
    `SELECT s.id AS "statementId", s.subject_id AS "subjectId", s.object_id AS "objectId" FROM statement s
     WHERE s.${column} IN (${sql.dialect.listed}) AND s.object_id IS NOT NULL AND ${where}`;
  return sql.all(`${side("subject_id")} UNION ALL ${side("object_id")} LIMIT ?`, [
    ids(entityIds), ...parameters, ids(entityIds), ...parameters, limit,
  ]);
}

/** Every statement with one of `predicates` that passes the filter, oldest report first (small sets: the pyramid, championship links). */
export function statementsWithPredicates(sql: Sql, predicates: readonly string[], filter: StatementFilter): Promise<StatementRecord[]> {
  const { where, parameters } = filterSql({ ...filter, predicates: [...predicates] }, sql.dialect);
  return sql.all(`SELECT ${STATEMENT_COLUMNS} FROM statement s WHERE ${where} ORDER BY s.stated_on_day${sql.dialect.nullsFirst}, s.id`, parameters);
}
