/**
 * One set of DataLoaders per request (store.ts wraps them): lookups by key are batched with the
 * other lookups of the same tick, so a nested list costs one SQL statement per level, however many
 * parents it has; every loader also caches its answers for the rest of the request.
 */
import DataLoader from "dataloader";
import type { Sql } from "../../db/sql";
import { entitiesByIds, namesByEntityIds, sourcesByIds } from "../../db/reads/entities";
import { citationsByStatementIds, statementPagesByAnchor, statementsByIds, statementsWithPredicates, type Direction } from "../../db/reads/statements";
import type { Page } from "../../db/reads/page";
import type { StatementRecord } from "../../db/schema";
import { filterKey, type StatementFilter } from "../../db/statement-filter";

export interface AnchoredPageKey {
  anchor: string;
  direction: Direction;
  filter: StatementFilter;
  offset: number;
  limit: number;
}

export interface PredicatesKey {
  predicates: readonly string[];
  filter: StatementFilter;
}

export function createLoaders(sql: Sql) {
  return {
    entity: byId(sql, entitiesByIds, (row) => row.id),
    statement: byId(sql, statementsByIds, (row) => row.id),
    source: byId(sql, sourcesByIds, (row) => row.id),
    names: groupedBy(sql, namesByEntityIds, (row) => row.entityId),
    citations: groupedBy(sql, citationsByStatementIds, (row) => row.statementId),
    statementPage: anchoredPages(sql),
    /** Small whole sets (the pyramid, championship links), read once per request and filter. */
    statementsWithPredicates: new DataLoader<PredicatesKey, StatementRecord[], string>(
      (keys) => Promise.all(keys.map((key) => statementsWithPredicates(sql, key.predicates, key.filter))),
      { cacheKeyFn: (key) => `${key.predicates.join(",")}|${filterKey(key.filter)}`, batch: false },
    ),
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
  return new DataLoader<AnchoredPageKey, Page<StatementRecord>, string>(
    async (keys) => {
      const groups = new Map<string, AnchoredPageKey[]>();
      for (const key of keys) {
        const group = groups.get(groupKey(key));
        if (group) group.push(key);
        else groups.set(groupKey(key), [key]);
      }
      const pages = new Map<string, Page<StatementRecord>>();
      for (const [group, members] of groups) {
        const { direction, filter, offset, limit } = members[0];
        const anchors = [...new Set(members.map((member) => member.anchor))];
        const byAnchor = await statementPagesByAnchor(sql, anchors, direction, filter, { offset, limit });
        for (const anchor of anchors) pages.set(`${group}|${anchor}`, byAnchor.get(anchor) ?? { rows: [], total: 0 });
      }
      return keys.map((key) => pages.get(`${groupKey(key)}|${key.anchor}`)!);
    },
    { cacheKeyFn: (key) => `${groupKey(key)}|${key.anchor}` },
  );
}
