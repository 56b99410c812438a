/**
 * One set of DataLoaders per request: every lookup a resolver makes is batched with the
 * other lookups of the same tick, so a nested list costs one SQL statement per level,
 * however many parents it has.
 */
import DataLoader from "dataloader";
import type { Sql } from "../db/sql";
import * as queries from "../db/queries";
import { filterKey, type StatementFilter } from "../db/statement-filter";

export interface AnchoredPageKey {
  anchor: string;
  direction: queries.Direction;
  filter: StatementFilter;
  offset: number;
  limit: number;
}

export type AnchoredPage = { rows: queries.StatementRecord[]; total: number };

export function createLoaders(sql: Sql) {
  return {
    entity: byId(sql, queries.entitiesByIds, (row) => row.id),
    statement: byId(sql, queries.statementsByIds, (row) => row.id),
    source: byId(sql, queries.sourcesByIds, (row) => row.id),
    names: groupedBy(sql, queries.namesByEntityIds, (row) => row.entityId),
    citations: groupedBy(sql, queries.citationsByStatementIds, (row) => row.statementId),
    statementPage: anchoredPages(sql),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

function byId<Row>(sql: Sql, fetch: (sql: Sql, keys: readonly string[]) => Promise<Row[]>, keyOf: (row: Row) => string) {
  return new DataLoader<string, Row | null>(async (keys) => {
    const rows = new Map((await fetch(sql, keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => rows.get(key) ?? null);
  });
}

function groupedBy<Row>(sql: Sql, fetch: (sql: Sql, keys: readonly string[]) => Promise<Row[]>, keyOf: (row: Row) => string) {
  return new DataLoader<string, Row[]>(async (keys) => {
    const groups = new Map<string, Row[]>();
    for (const row of await fetch(sql, keys)) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Pages of statements around anchor entities; keys with the same filter and window share one query. */
function anchoredPages(sql: Sql) {
  const groupKey = (key: AnchoredPageKey) => `${key.direction}|${filterKey(key.filter)}|${key.offset}|${key.limit}`;
  return new DataLoader<AnchoredPageKey, AnchoredPage, string>(
    async (keys) => {
      const groups = new Map<string, AnchoredPageKey[]>();
      for (const key of keys) {
        const group = groups.get(groupKey(key));
        if (group) group.push(key);
        else groups.set(groupKey(key), [key]);
      }
      const pages = new Map<string, AnchoredPage>();
      for (const [group, members] of groups) {
        const { direction, filter, offset, limit } = members[0];
        const anchors = [...new Set(members.map((member) => member.anchor))];
        const rows = await queries.statementPagesByAnchor(sql, anchors, direction, filter, { offset, limit });
        for (const anchor of anchors) pages.set(`${group}|${anchor}`, { rows: [], total: 0 });
        for (const row of rows) {
          const page = pages.get(`${group}|${row.anchor}`)!;
          page.rows.push(row);
          page.total = row.total;
        }
      }
      return keys.map((key) => pages.get(`${groupKey(key)}|${key.anchor}`)!);
    },
    { cacheKeyFn: (key) => `${groupKey(key)}|${key.anchor}` },
  );
}
