/**
 * The CSV exports, for spreadsheets: one header line, then one record per line. Structured cells
 * (qualifiers, labels, aliases) hold JSON, so they read back without guessing at separators.
 * No comment line names the build (a leading "# build …" breaks spreadsheets): the HTTP header
 * X-Build-Fingerprint and the file name carry it instead.
 */
import { stringify } from "csv-stringify/sync";
import type { ExportSource } from "../db/export-source";
import { statementCitations, type StatementCitationRow } from "../db/reads/exports";
import { namedEntities } from "./entity-names";

export const STATEMENT_COLUMNS = [
  "statement_id", "subject_id", "subject_name", "predicate", "object_id", "object_name", "value", "qualifiers",
  "valid_from", "valid_until", "stated_on", "status", "supersedes", "superseded_by",
  "citation", "source_id", "source_title", "source_outlet", "source_url", "source_language", "quote",
] as const;

export const ENTITY_COLUMNS = ["id", "kind", "name", "description", "labels", "aliases", "ambiguous_aliases"] as const;

/** Records per csv-stringify call: one chunk per record would cost one write (a syscall) per line. */
const RECORDS_PER_CHUNK = 500;

/**
 * A CSV file in chunks: a byte-order mark (so that Excel reads the accents as UTF-8) and the header,
 * then the records, a few hundred per chunk.
 */
export async function* csvChunks(columns: readonly string[], records: AsyncIterable<object>): AsyncGenerator<string> {
  const options = { columns: [...columns] };
  yield stringify([], { ...options, header: true, bom: true });
  let batch: object[] = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length < RECORDS_PER_CHUNK) continue;
    yield stringify(batch, options);
    batch = [];
  }
  if (batch.length > 0) yield stringify(batch, options);
}

type CsvRecord<Columns extends readonly string[]> = { [Column in Columns[number]]: string | number | null };

/** One record per statement and citation: a statement cited twice is two lines (citation 1 and 2). */
export async function* statementRecords(db: ExportSource): AsyncGenerator<CsvRecord<typeof STATEMENT_COLUMNS>> {
  for await (const row of statementCitations(db)) yield statementRecord(row);
}

function statementRecord(row: StatementCitationRow): CsvRecord<typeof STATEMENT_COLUMNS> {
  return {
    statement_id: row.statementId,
    subject_id: row.subjectId,
    subject_name: row.subjectName,
    predicate: row.predicate,
    object_id: row.objectId,
    object_name: row.objectName,
    value: row.value,
    qualifiers: row.qualifiers === "{}" ? null : row.qualifiers,
    valid_from: row.validFrom,
    valid_until: row.validUntil,
    stated_on: row.statedOn,
    status: row.status,
    supersedes: row.supersedesId,
    superseded_by: row.supersededById,
    citation: row.citationPosition === null ? null : row.citationPosition + 1,
    source_id: row.sourceId,
    source_title: row.sourceTitle,
    source_outlet: row.sourceOutlet,
    source_url: row.sourceUrl,
    source_language: row.sourceLanguage,
    quote: row.quote,
  };
}

export async function* entityRecords(db: ExportSource): AsyncGenerator<CsvRecord<typeof ENTITY_COLUMNS>> {
  for await (const entity of namedEntities(db)) {
    yield {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      description: entity.description,
      labels: JSON.stringify(entity.labels),
      aliases: JSON.stringify(entity.aliases),
      ambiguous_aliases: JSON.stringify(entity.ambiguousAliases),
    };
  }
}
