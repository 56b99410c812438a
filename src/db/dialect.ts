/**
 * Where the SQL of the two engines must differ, and nothing else: each read keeps one text, and
 * takes these pieces from the dialect of the connection it runs on (`sql.dialect`). Everything
 * else is written once in SQL both engines read alike: camelCase aliases are double-quoted
 * (PostgreSQL folds bare names to lower case), a parameter tested for NULL is CAST (PostgreSQL must
 * know its type), and text compares byte by byte on both (SQLite's BINARY, collation "C" on PostgreSQL).
 */
import type { DataSource } from "typeorm";
import { statementColumns } from "./schema";

export interface Dialect {
  /** A subquery of the strings of a JSON array parameter (`… IN (${listed})`): id lists travel as one parameter. */
  readonly listed: string;
  /** `ORDER BY x${nullsFirst}`: NULLs sort first on both engines, as SQLite sorts them ascending. */
  readonly nullsFirst: string;
  /**
   * The column that names a statement row for a self-join (a page of ids first, the rows after):
   * SQLite's rowid (one B-tree step), the primary key on PostgreSQL.
   */
  readonly statementRow: string;
  /**
   * For each row `a` of `anchors` (a FROM item), its first statements `s` passing `match`, by
   * `order`, at most a LIMIT parameter's worth (after match's parameters): the statement columns as
   * `p`, and a.value as anchor. SQLite reads the page's rowids from the index, then the rows;
   * PostgreSQL does the same with a LATERAL subquery (a correlated IN … LIMIT would be run per row).
   */
  firstRowsPerAnchor(anchors: string, match: string, order: string): string;
  /**
   * The rows of name_search whose words hold every searched word as a prefix: entity_id, text and
   * word_count, from a parameter made by `searchTerms`.
   */
  readonly searchHits: string;
  /** The searched words as the parameter of `searchHits`. */
  searchTerms(words: readonly string[]): string;
  /** The distinct text values anywhere in seed_record's JSON (as `value`). */
  readonly seedRecordStrings: string;
}

const SQLITE: Dialect = {
  listed: `SELECT value FROM json_each(?)`,
  nullsFirst: "",
  statementRow: "rowid",
  firstRowsPerAnchor: (anchors, match, order) =>
    `SELECT ${statementColumns("p")}, a.value AS anchor FROM ${anchors} JOIN statement p ON p.rowid IN (
       SELECT s.rowid FROM statement s WHERE ${match} ORDER BY ${order} LIMIT ?)`,
  searchHits: `SELECT entity_id, text, word_count FROM name_search WHERE name_search MATCH ?`,
  // Each word as a quoted prefix: "ratel"* matches ratel and ratelli; quoting keeps FTS5 operators out.
  searchTerms: (words) => words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(" "),
  seedRecordStrings: `SELECT DISTINCT t.value AS value FROM seed_record r, json_tree(r.json) t WHERE t.type = 'text'`,
};

const POSTGRES: Dialect = {
  // Through an array, not straight from the JSON: PostgreSQL guesses 100 rows for a function scan and
  // then hash-joins a whole table (a seq scan of entity_name for one id: 16 ms at 100k statements);
  // it guesses 10 for an array's unnest and walks the index (0.4 ms).
  listed: `SELECT unnest(ARRAY(SELECT jsonb_array_elements_text(CAST(? AS jsonb)))) AS value`,
  nullsFirst: " NULLS FIRST",
  statementRow: "id",
  firstRowsPerAnchor: (anchors, match, order) =>
    `SELECT ${statementColumns("p")}, a.value AS anchor FROM ${anchors} CROSS JOIN LATERAL (
       SELECT s.* FROM statement s WHERE ${match} ORDER BY ${order} LIMIT ?) p`,
  // The build's tsvector holds the same folded words as SQLite's FTS5 table, as lexemes (GIN-indexed).
  searchHits: `SELECT entity_id, text, word_count FROM name_search WHERE document @@ CAST(? AS tsquery)`,
  // A tsquery written as its text form: each word a quoted lexeme with the prefix mark, all of them required.
  searchTerms: (words) => words.map((word) => `'${word.replace(/['\\]/g, (c) => `\\${c}`)}':*`).join(" & "),
  seedRecordStrings: `SELECT DISTINCT v #>> '{}' AS value FROM seed_record r, jsonb_path_query(CAST(r.json AS jsonb), 'strict $.**') v
    WHERE jsonb_typeof(v) = 'string'`,
};

export function dialectOf(dataSource: DataSource): Dialect {
  return dataSource.options.type === "postgres" ? POSTGRES : SQLITE;
}

export const SQLITE_DIALECT = SQLITE;
export const POSTGRES_DIALECT = POSTGRES;
