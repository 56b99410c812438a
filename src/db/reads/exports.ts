/**
 * Export reads stream from an export's own connection (export-source.ts), one row at a time: they
 * run for as long as the client reads, and must neither hold the API's connection busy nor load a
 * table into memory. One SQL text for both engines.
 */
import type { ExportSource } from "../export-source";
import type { SourceRecord } from "../schema";

/** One row of statements.csv: a statement with one of its citations. */
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
export function statementCitations(source: ExportSource): AsyncIterable<StatementCitationRow> {
  return source.rows(
    `SELECT s.id AS "statementId", s.subject_id AS "subjectId", se.name AS "subjectName", s.predicate,
       s.object_id AS "objectId", oe.name AS "objectName", s.value, s.qualifiers,
       s.valid_from AS "validFrom", s.valid_until AS "validUntil", s.stated_on AS "statedOn",
       CASE WHEN s.superseded_by_id IS NOT NULL THEN 'SUPERSEDED' ELSE s.status END AS status,
       s.supersedes_id AS "supersedesId", s.superseded_by_id AS "supersededById",
       c.position AS "citationPosition", c.source_id AS "sourceId", src.title AS "sourceTitle", src.outlet AS "sourceOutlet",
       src.url AS "sourceUrl", src.language AS "sourceLanguage", c.quote
     FROM statement s
     LEFT JOIN citation c ON c.statement_id = s.id
     LEFT JOIN source src ON src.id = c.source_id
     LEFT JOIN entity se ON se.id = s.subject_id
     LEFT JOIN entity oe ON oe.id = s.object_id
     ORDER BY s.id, c.position`,
  );
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
export function entityNames(source: ExportSource): AsyncIterable<EntityWithNameRow> {
  return source.rows(
    `SELECT e.id, e.kind, e.name, e.description, n.text AS "nameText", n.name_type AS "nameType", n.language, n.ambiguous
     FROM entity e LEFT JOIN entity_name n ON n.entity_id = e.id ORDER BY e.id, n.rowid`,
  );
}

/** Every source, by id. */
export function sources(source: ExportSource): AsyncIterable<SourceRecord> {
  return source.rows(`SELECT id, title, outlet, author, language, published, url, note FROM source ORDER BY id`);
}
