/**
 * The exports a researcher can download (GET /export/<name>) or write with `npm run export`.
 * Each one streams from its own read-only connection: rows are read as the consumer takes them
 * (backpressure through stream.pipeline), so memory stays flat whatever the size of the graph, and
 * the API's connection is never held busy for the length of a download.
 */
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { openExportSource, type ExportSource } from "../db/export-source";
import { readBuildStamp, UNKNOWN_BUILD, type BuildStamp } from "../db/reads/build-info";
import { csvChunks, ENTITY_COLUMNS, entityRecords, STATEMENT_COLUMNS, statementRecords } from "./csv-exports";
import { batched } from "./group-consecutive";
import { graphJsonLd } from "./jsonld-export";

interface ExportFormat {
  description: string;
  contentType: string;
  extension: string;
  /** The file in pieces, read from `db` as the consumer takes them. */
  chunks(db: ExportSource, stamp: BuildStamp): AsyncIterable<string>;
}

export const EXPORT_FORMATS = {
  "statements.csv": {
    description: "Every statement, one line per statement and citation, with its source and quote.",
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    chunks: (db) => csvChunks(STATEMENT_COLUMNS, statementRecords(db)),
  },
  "entities.csv": {
    description: "Every entity with its kind, name, description, labels and aliases.",
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    chunks: (db) => csvChunks(ENTITY_COLUMNS, entityRecords(db)),
  },
  "graph.jsonld": {
    description: "The whole graph as JSON-LD (schema.org types, reified statements with citations), with a metadata node naming the build.",
    contentType: "application/ld+json; charset=utf-8",
    extension: "jsonld",
    chunks: (db, stamp) => batched(graphJsonLd(db, stamp)),
  },
} satisfies Record<string, ExportFormat>;

export type ExportName = keyof typeof EXPORT_FORMATS;
export const EXPORT_NAMES = Object.keys(EXPORT_FORMATS) as ExportName[];

export function isExportName(name: string): name is ExportName {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

export interface OpenExport {
  readonly name: ExportName;
  readonly stamp: BuildStamp;
  readonly contentType: string;
  /** A file name that says what it is and which build: endurance-graph-statements-<fingerprint>.csv. */
  readonly fileName: string;
  /** Streams the export into `out` and ends it; then closes the connection. */
  writeTo(out: Writable): Promise<void>;
  /** Closes the connection without writing (for HEAD, 304 and errors). Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Opens the database (a SQLite file or a postgres:// URL) read-only and reads its build stamp. The
 * stamp and the rows come from the same connection and snapshot: a rebuild meanwhile cannot mix
 * two builds in one export.
 */
export async function openExport(name: ExportName, location: string): Promise<OpenExport> {
  const format: ExportFormat = EXPORT_FORMATS[name];
  const db = await openExportSource(location);
  const stamp = (await readBuildStamp(db.sql)) ?? UNKNOWN_BUILD;
  const [base] = name.split(".");
  const close = () => db.close();
  return {
    name,
    stamp,
    contentType: format.contentType,
    fileName: `endurance-graph-${base}-${stamp.fingerprint}.${format.extension}`,
    async writeTo(out) {
      try {
        await pipeline(Readable.from(format.chunks(db, stamp)), out);
      } finally {
        await close(); // the source's iterators are finished or returned by now: pipeline destroyed the stream
      }
    },
    close,
  };
}
