/**
 * The one description of the database tables: TypeORM entities (TypeORM creates the tables from
 * them, and nothing more: reads are plain SQL in reads/), the row types the reads return, derived
 * from the entities, and the select lists, derived from their column metadata. A new column is one
 * edit here. The tables mirror the seeds, not the GraphQL schema: the API's types are designed from
 * users' questions in src/graphql/. Column types are explicit because tsx emits no decorator metadata.
 */
import { Column, Entity, getMetadataArgsStorage, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

@Entity("entity")
export class EntityRow {
  @PrimaryColumn("text") id: string;
  @Index() @Column("text") kind: string;
  @Column("text") name: string;
  @Column("text", { nullable: true }) description: string | null;
}

/** A name by which an entity is known: its canonical name, a label per language, an alias. */
@Entity("entity_name")
@Index(["folded"])
@Index(["entityId"])
export class EntityNameRow {
  @PrimaryGeneratedColumn({ type: "integer" }) rowid: number;
  @Column("text", { name: "entity_id" }) entityId: string;
  @Column("text") text: string;
  /** Lower case, accents removed: what lookups compare. */
  @Column("text") folded: string;
  /** NAME, LABEL or ALIAS. */
  @Column("text", { name: "name_type" }) nameType: string;
  @Column("text", { nullable: true }) language: string | null;
  @Column("integer") ambiguous: number;
}

@Entity("source")
export class SourceRow {
  @PrimaryColumn("text") id: string;
  @Column("text") title: string;
  @Column("text") outlet: string;
  @Column("text", { nullable: true }) author: string | null;
  @Column("text") language: string;
  @Column("text", { nullable: true }) published: string | null;
  @Column("text", { nullable: true }) url: string | null;
  @Column("text", { nullable: true }) note: string | null;
}

@Entity("statement")
@Index(["subjectId", "predicate"])
@Index(["objectId", "predicate"])
@Index(["predicate"])
export class StatementRow {
  @PrimaryColumn("text") id: string;
  @Column("text", { name: "subject_id" }) subjectId: string;
  @Column("text") predicate: string;
  @Column("text", { name: "object_id", nullable: true }) objectId: string | null;
  @Column("text", { nullable: true }) value: string | null;
  /** JSON object of qualifier name → value. */
  @Column("text") qualifiers: string;
  @Column("text", { name: "valid_from", nullable: true }) validFrom: string | null;
  @Column("text", { name: "valid_until", nullable: true }) validUntil: string | null;
  /** First day of validFrom and last day of validUntil, for date comparisons in SQL. */
  @Column("text", { name: "valid_from_day", nullable: true }) validFromDay: string | null;
  @Column("text", { name: "valid_until_day", nullable: true }) validUntilDay: string | null;
  @Column("text", { name: "stated_on", nullable: true }) statedOn: string | null;
  /** Last day of statedOn: by then the statement had surely been reported. */
  @Column("text", { name: "stated_on_day", nullable: true }) statedOnDay: string | null;
  /** Where the record date comes from (src/domain/time/record-date.ts): STATED, SOURCE_PUBLISHED, VALID_FROM or UNKNOWN. */
  @Column("text", { name: "stated_on_origin", default: "UNKNOWN" }) statedOnOrigin: string;
  /** With SOURCE_PUBLISHED: the source whose publication date it is. */
  @Column("text", { name: "stated_on_source_id", nullable: true }) statedOnSourceId: string | null;
  /** JSON array of the ids of the claims this one cannot be true together with (linked both ways). */
  @Column("text", { nullable: true }) disputes: string | null;
  @Column("text") status: string;
  /** JSON array of entity ids on the table while UNDECIDED. */
  @Column("text", { nullable: true }) options: string | null;
  @Column("text", { name: "options_for", nullable: true }) optionsFor: string | null;
  @Index() @Column("text", { name: "supersedes_id", nullable: true }) supersedesId: string | null;
  /** The earliest statement that supersedes this one, and the day it was stated (derived at build). */
  @Column("text", { name: "superseded_by_id", nullable: true }) supersededById: string | null;
  @Column("text", { name: "superseded_on_day", nullable: true }) supersededOnDay: string | null;
  @Column("text", { name: "seed_file" }) seedFile: string;
  @Column("integer", { name: "seed_line" }) seedLine: number;
}

@Entity("citation")
@Index(["statementId"])
@Index(["sourceId"])
export class CitationRow {
  @PrimaryGeneratedColumn({ type: "integer" }) id: number;
  @Column("text", { name: "statement_id" }) statementId: string;
  @Column("text", { name: "source_id" }) sourceId: string;
  @Column("text") quote: string;
  @Column("integer") position: number;
}

/** Key/value facts about the build: its fingerprint, when it was built, counts. */
@Entity("build_info")
export class BuildInfoRow {
  @PrimaryColumn("text") key: string;
  @Column("text") value: string;
}

/**
 * Records of the seed sections that the eligibility engine reads whole (rules, classes,
 * awards), kept as validated JSON: the engine works on plain data in memory.
 */
@Entity("seed_record")
@Index(["section"])
export class SeedRecordRow {
  @PrimaryColumn("text") section: string;
  @PrimaryColumn("text") id: string;
  @Column("text") json: string;
  @Column("text", { name: "seed_file" }) seedFile: string;
  @Column("integer", { name: "seed_line" }) seedLine: number;
  /** The order the seeds list the records in (as loaded), which the engine keeps: written by the build on every engine. */
  @Column("integer", { default: 0 }) position: number;
}
/**
 * Indexes TypeORM cannot declare (they index an expression), created by the build after the bulk
 * load. The page indexes list each entity's statements in the order pages show them (valid-from
 * text, predicate, id) and hold every column the statement filters read (status, supersession,
 * valid and record time) and the other end of the link: a page of a hub's statements reads its
 * first rows in order and counts the rest without touching the table; the timeline and the path
 * search read them too. A database built without them still answers, only slower.
 */
export const EXPRESSION_INDEXES: string[] = ["subject_id", "object_id"].map((column) => {
  const other = column === "subject_id" ? "object_id" : "subject_id";
  return `CREATE INDEX statement_${column.replace("_id", "")}_page ON statement (${column}, (COALESCE(valid_from, '')), predicate, id, ${other},
    status, superseded_by_id, superseded_on_day, valid_from_day, valid_until_day, stated_on_day)`;
});

/**
 * How many statements each entity has on each side, by predicate and by status as known today
 * (SUPERSEDED when a later statement replaces it): derived by the build, so that a page's total
 * without time filters is a sum over a few rows instead of a count over a hub's thousands.
 */
export const STATEMENT_TALLY: string[] = [
  `CREATE TABLE statement_tally (entity_id TEXT NOT NULL, side TEXT NOT NULL, predicate TEXT NOT NULL, status TEXT NOT NULL,
    n INTEGER NOT NULL, PRIMARY KEY (entity_id, side, predicate, status)) WITHOUT ROWID`,
  ...["subject", "object"].map(
    (side) => `INSERT INTO statement_tally (entity_id, side, predicate, status, n)
      SELECT ${side}_id, '${side}', predicate, CASE WHEN superseded_by_id IS NOT NULL THEN 'SUPERSEDED' ELSE status END, COUNT(*)
      FROM statement WHERE ${side}_id IS NOT NULL GROUP BY 1, 3, 4`,
  ),
];

export const ENTITIES = [EntityRow, EntityNameRow, SourceRow, StatementRow, CitationRow, BuildInfoRow, SeedRecordRow];

// ── Row types, as the reads return them ──────────────────────────────────────────────────

export type EntityRecord = Pick<EntityRow, "id" | "kind" | "name" | "description">;
export type NameType = "NAME" | "LABEL" | "ALIAS";
export type NameRecord = Omit<EntityNameRow, "rowid" | "nameType"> & { nameType: NameType };
export type SourceRecord = Pick<SourceRow, "id" | "title" | "outlet" | "author" | "language" | "published" | "url" | "note">;
/** The day columns are for comparisons in SQL; only superseded_on_day is read back. */
export type StatementRecord = Omit<StatementRow, "validFromDay" | "validUntilDay" | "statedOnDay">;
export type CitationRecord = Pick<CitationRow, "statementId" | "sourceId" | "quote">;

type Table = (typeof ENTITIES)[number];

/** The column of each property of `table`, from its decorators ("subjectId" → "subject_id"). */
function columnsOf(table: Table): Map<string, string> {
  const columns = getMetadataArgsStorage().columns.filter((column) => column.target === table);
  return new Map(columns.map((column) => [column.propertyName, column.options.name ?? column.propertyName]));
}

/**
 * "s.subject_id AS subjectId, …": the select list that reads `properties` of `table` as a row of
 * that shape. Listing the properties by their type makes a renamed or dropped one a type error.
 */
export function selectList<Row extends object>(table: new () => Row, alias: string, properties: readonly (keyof Row & string)[]): string {
  const columns = columnsOf(table as unknown as Table);
  return properties
    .map((property) => {
      const column = columns.get(property);
      if (!column) throw new Error(`${table.name} has no column for ${property}`);
      // Quoted: PostgreSQL would fold a bare camelCase alias to lower case.
      return column === property ? `${alias}.${column}` : `${alias}.${column} AS "${property}"`;
    })
    .join(", ");
}

/** Every property of StatementRecord, in table order: `satisfies` keeps the list complete. */
const STATEMENT_RECORD_KEYS = {
  id: 1, subjectId: 1, predicate: 1, objectId: 1, value: 1, qualifiers: 1, validFrom: 1, validUntil: 1, statedOn: 1, status: 1,
  options: 1, optionsFor: 1, supersedesId: 1, supersededById: 1, supersededOnDay: 1, seedFile: 1, seedLine: 1,
  statedOnOrigin: 1, statedOnSourceId: 1, disputes: 1,
} satisfies Record<keyof StatementRecord, 1>;

/** The select list of a StatementRecord from the statement table under `alias`. */
export const statementColumns = (alias: string): string =>
  selectList(StatementRow, alias, Object.keys(STATEMENT_RECORD_KEYS) as (keyof StatementRecord & string)[]);
