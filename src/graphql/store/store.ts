/**
 * The one door from a resolver to the data: a per-request store over the DataLoaders (batched,
 * cached for the request) and the per-build cache. Resolvers see neither SQL nor the DataSource;
 * every read the store offers is a function in src/db/reads. Time filters arrive as typed (a day, a
 * month or a year) and reach the database as days (time-filter.ts).
 */
import type { DataSource } from "typeorm";
import { countingSql } from "../../db/sql";
import { allNames, entitiesNamed, entityPage, mentionNames, searchEntities } from "../../db/reads/entities";
import { edgesTouching, statementPage, timelinePage } from "../../db/reads/statements";
import { eligibilityRecords } from "../../db/reads/eligibility";
import { classesOfChampionships } from "../../db/reads/classes";
import { readBuildStamp } from "../../db/reads/build-info";
import { countLeftOut, type LeftOutMatch } from "../../db/left-out";
import type { PageWindow } from "../../db/reads/page";
import type { EntityRecord, SourceRecord } from "../../db/schema";
import type { StatementFilter } from "../../db/statement-filter";
import { createLoaders, type AnchoredPageKey } from "./loaders";
import { buildCacheOf } from "./build-cache";
import { inDays, spanInDays } from "./time-filter";

export function createStore(dataSource: DataSource) {
  const sql = countingSql(dataSource);
  const loaders = createLoaders(sql);
  const cache = buildCacheOf(dataSource);
  return {
    entity: (id: string) => loaders.entity.load(id),
    /** The entities with these ids, in order; unknown ids are dropped. */
    entities: async (ids: readonly string[]): Promise<EntityRecord[]> => known(await loaders.entity.loadMany(ids)),
    statement: (id: string) => loaders.statement.load(id),
    source: (id: string) => loaders.source.load(id),
    /** The sources with these ids, in order; unknown ids are dropped. */
    sources: async (ids: readonly string[]): Promise<SourceRecord[]> => known(await loaders.source.loadMany(ids)),
    names: (entityId: string) => loaders.names.load(entityId),
    citations: (statementId: string) => loaders.citations.load(statementId),
    statementPage: (key: AnchoredPageKey) => loaders.statementPage.load({ ...key, filter: inDays(key.filter) }),
    statementsWithPredicates: (predicates: readonly string[], filter: StatementFilter) =>
      loaders.statementsWithPredicates.load({ predicates, filter: inDays(filter) }),
    statementsMatching: (match: { subjectId?: string | null; objectId?: string | null }, filter: StatementFilter, window: PageWindow) =>
      statementPage(sql, match, inDays(filter), window),
    timeline: (entityId: string, span: { from?: string | null; to?: string | null }, filter: StatementFilter, window: PageWindow) =>
      timelinePage(sql, entityId, spanInDays(span), inDays(filter), window),
    entityPage: (kinds: readonly string[] | null, window: PageWindow) => entityPage(sql, kinds, window),
    search: (words: readonly string[], kinds: readonly string[] | null, window: PageWindow) => searchEntities(sql, words, kinds, window),
    entitiesNamed: (folded: string) => entitiesNamed(sql, folded),
    allNames: () => allNames(sql),
    /** The names of these championships (or events), and their classes with every name of each. */
    classesOf: (championshipIds: readonly string[]) => classesOfChampionships(sql, championshipIds),
    edgesTouching: (entityIds: readonly string[], filter: StatementFilter, limit: number) => edgesTouching(sql, entityIds, inDays(filter), limit),
    /** How many statements the time filter left out only because a time is unknown. */
    countLeftOut: (match: LeftOutMatch, filter: StatementFilter) => countLeftOut(sql, match, inDays(filter)),
    buildStamp: () => readBuildStamp(sql),
    /** Read once per build and kept: `make` gets the build's raw records and returns what to keep. */
    perBuild: <T>(key: string, make: (reads: BuildReads) => Promise<T>): Promise<T> =>
      cache.get(key, () => make({ eligibilityRecords: () => eligibilityRecords(sql), mentionNames: () => mentionNames(sql) })),
    /** SQL statements this request has run (extensions.cost.sqlStatements). */
    get sqlCount() {
      return sql.count;
    },
  };
}

/** The whole-table reads a per-build entry may make. */
export interface BuildReads {
  eligibilityRecords: () => ReturnType<typeof eligibilityRecords>;
  mentionNames: () => ReturnType<typeof mentionNames>;
}

export type Store = ReturnType<typeof createStore>;

function known<Row>(found: readonly (Row | null | Error)[]): Row[] {
  return found.filter((row): row is Row => row !== null && !(row instanceof Error));
}
