/**
 * The JSON-LD vocabulary of the graph export. schema.org where it has the type or property;
 * our own vocabulary (VOCAB) for what it lacks: reified statements, citations, valid and record time.
 *
 * Entity kinds → schema.org types (each entity also gets its own eg: kind class, so nothing is lost):
 *   PERSON → Person; ORGANISATION → SportsOrganization (clubs, promoters, sanctioning bodies: all
 *   organisations of sport); TEAM → SportsTeam; CHAMPIONSHIP → EventSeries (a competition repeated
 *   season after season, as schema.org defines a series); SEASON → SportsEvent (one occurrence of a
 *   championship); EVENT → SportsEvent (a race such as the 24 Hours of Le Mans; its yearly editions are
 *   qualifiers, not entities); VENUE → Place; CLASS and AGREEMENT → no schema.org type fits, eg: only.
 *
 * The context is inline (never fetched), so the file is self-contained and loads offline.
 */
import { ENTITY_KIND_NAMES, ENTITY_KINDS, kindName, type EntityKind } from "../domain/vocabulary";

export const SITE = "https://endurance-graph.example/";
export const VOCAB = `${SITE}vocab#`;

/** The schema.org type of each kind, from the vocabulary (`schemaOrg`); undefined where none fits. */
export const SCHEMA_TYPES: Record<string, string | undefined> = Object.fromEntries(
  ENTITY_KIND_NAMES.flatMap((kind) => (ENTITY_KINDS[kind].schemaOrg ? [[kind, `schema:${ENTITY_KINDS[kind].schemaOrg}`]] : [])),
);

/** eg: class of each kind: ORGANISATION → eg:Organisation. */
export function kindClass(kind: string): string {
  return `eg:${kindName(kind as EntityKind)}`;
}

const iri = (id: string) => ({ "@id": id, "@type": "@id" });

export const JSONLD_CONTEXT = {
  "@version": 1.1,
  // Entity, statement and source ids ("org/aco", "statement/…", "source/…") are IRIs relative to this.
  "@base": `${SITE}id/`,
  "@vocab": VOCAB,
  eg: VOCAB,
  schema: "https://schema.org/",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  status: `${SITE}vocab/status#`,
  q: `${SITE}vocab/qualifier#`,
  id: "@id",
  type: "@type",
  // Entities and sources
  name: "schema:name",
  description: "schema:description",
  label: "rdfs:label",
  alternateName: "schema:alternateName",
  ambiguousAlias: "eg:ambiguousAlias",
  kind: "eg:kind",
  publisher: "schema:publisher",
  author: "schema:author",
  inLanguage: "schema:inLanguage",
  datePublished: "schema:datePublished",
  url: iri("schema:url"),
  note: "eg:note",
  // Reified statements
  subject: iri("eg:subject"),
  predicate: { "@id": "eg:predicate", "@type": "@vocab" },
  object: iri("eg:object"),
  value: "eg:value",
  validFrom: "eg:validFrom",
  validUntil: "eg:validUntil",
  statedOn: "eg:statedOn",
  statementStatus: { "@id": "eg:status", "@type": "@vocab" },
  supersedes: iri("eg:supersedes"),
  supersededBy: iri("eg:supersededBy"),
  citation: "eg:citation",
  source: iri("eg:source"),
  quote: "eg:quote",
  // The build
  fingerprint: "eg:buildFingerprint",
  dateCreated: { "@id": "schema:dateCreated", "@type": "xsd:dateTime" },
  entityCount: { "@id": "eg:entityCount", "@type": "xsd:integer" },
  statementCount: { "@id": "eg:statementCount", "@type": "xsd:integer" },
  citationCount: { "@id": "eg:citationCount", "@type": "xsd:integer" },
  sourceCount: { "@id": "eg:sourceCount", "@type": "xsd:integer" },
} as const;
