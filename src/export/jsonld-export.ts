/**
 * The whole graph as one JSON-LD document: a metadata node naming the build, then every entity,
 * source and statement. Statements are reified (each a node with subject, predicate, object or value,
 * qualifiers, valid and record time, status and citations), as in Wikidata, so that no date or
 * source is lost. Written node by node: memory stays flat whatever the size of the graph.
 */
import type { ExportSource } from "../db/export-source";
import { sources, statementCitations, type StatementCitationRow } from "../db/reads/exports";
import type { SourceRecord } from "../db/schema";
import { partialDate } from "../domain/partial-date";
import { ENTITY_ID } from "../domain/vocabulary";
import type { BuildStamp } from "../db/reads/build-info";
import { namedEntities, type NamedEntity } from "./entity-names";
import { groupConsecutive } from "./group-consecutive";
import { JSONLD_CONTEXT, kindClass, SCHEMA_TYPES } from "./jsonld-context";

type Node = { [key: string]: unknown };

/** The document in pieces, in order; concatenated, they are one JSON-LD document. */
export async function* graphJsonLd(db: ExportSource, stamp: BuildStamp): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(JSONLD_CONTEXT)},\n"@graph":[\n`;
  yield JSON.stringify(buildNode(stamp));
  for await (const entity of namedEntities(db)) yield `,\n${JSON.stringify(entityNode(entity))}`;
  for await (const source of sources(db)) yield `,\n${JSON.stringify(sourceNode(source))}`;
  for await (const rows of groupConsecutive(statementCitations(db), (row) => row.statementId)) {
    yield `,\n${JSON.stringify(statementNode(rows))}`;
  }
  yield "\n]}\n";
}

/** The metadata node: which build this is, when it was made, and what it holds. */
function buildNode(stamp: BuildStamp): Node {
  return {
    id: `build/${stamp.fingerprint}`,
    type: ["schema:Dataset", "eg:Build"],
    name: "Endurance Graph",
    description: "People, organisations, championships and Le Mans entry rules of endurance racing, every fact dated and sourced.",
    fingerprint: stamp.fingerprint,
    ...(stamp.builtAt ? { dateCreated: stamp.builtAt } : {}),
    entityCount: stamp.entities,
    statementCount: stamp.statements,
    citationCount: stamp.citations,
    sourceCount: stamp.sources,
  };
}

function entityNode(entity: NamedEntity): Node {
  const schemaType = SCHEMA_TYPES[entity.kind];
  return compact({
    id: entity.id,
    type: schemaType ? [schemaType, kindClass(entity.kind)] : kindClass(entity.kind),
    kind: entity.kind,
    name: entity.name,
    description: entity.description,
    label: Object.entries(entity.labels).map(([language, text]) => ({ "@value": text, "@language": language })),
    alternateName: entity.aliases,
    ambiguousAlias: entity.ambiguousAliases,
  });
}

function sourceNode(source: SourceRecord): Node {
  return compact({
    id: source.id,
    type: "schema:CreativeWork",
    name: source.title,
    publisher: source.outlet,
    author: source.author,
    inLanguage: source.language,
    datePublished: typedDate(source.published),
    url: source.url,
    note: source.note,
  });
}

/** A statement and its citations (rows of the same statement, in citation order). */
function statementNode(rows: StatementCitationRow[]): Node {
  const row = rows[0];
  return compact({
    id: row.statementId,
    type: "eg:Statement",
    subject: row.subjectId,
    predicate: row.predicate,
    object: row.objectId,
    value: row.value,
    ...qualifierProperties(row.qualifiers),
    validFrom: typedDate(row.validFrom),
    validUntil: typedDate(row.validUntil),
    statedOn: typedDate(row.statedOn),
    statementStatus: `status:${row.status}`,
    supersedes: row.supersedesId,
    supersededBy: row.supersededById,
    citation: rows.filter((cited) => cited.sourceId !== null).map(citationNode),
  });
}

function citationNode(row: StatementCitationRow): Node {
  const quote = row.sourceLanguage ? { "@value": row.quote, "@language": row.sourceLanguage } : row.quote;
  return { type: "eg:Citation", source: row.sourceId, quote };
}

/** Qualifiers as properties in the q: namespace (q:role, q:class …); a value naming an entity links to it. */
function qualifierProperties(json: string): Node {
  const qualifiers = JSON.parse(json) as Record<string, string>;
  return Object.fromEntries(
    Object.entries(qualifiers).map(([name, value]) => [`q:${encodeURIComponent(name)}`, ENTITY_ID.test(value) ? { "@id": value } : value]),
  );
}

/** A partial date as a typed literal: 2023 → xsd:gYear, 2022-12 → xsd:gYearMonth, 2021-11-05 → xsd:date. */
function typedDate(text: string | null): Node | null {
  if (!text) return null;
  const type = { YEAR: "xsd:gYear", MONTH: "xsd:gYearMonth", DAY: "xsd:date" }[partialDate(text).precision];
  return { "@value": text, "@type": type };
}

/** Drops empty fields (null, empty lists), so every node carries only what is known. */
function compact(node: Node): Node {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)));
}
