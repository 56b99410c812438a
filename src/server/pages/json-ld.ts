/**
 * schema.org JSON-LD for the pages. The context is inline ({"@vocab": "https://schema.org/"}), so
 * a JSON-LD processor reads it without fetching schema.org's context from the internet.
 */
import { entityPath, statementPath, statementSentence, type EntityRef, type StatementRef } from "./present";

const CONTEXT = { "@vocab": "https://schema.org/" };

const TYPES: Record<string, string> = {
  ORGANISATION: "Organization",
  PERSON: "Person",
  TEAM: "SportsTeam",
  EVENT: "SportsEvent",
  SEASON: "EventSeries",
  CHAMPIONSHIP: "EventSeries",
  VENUE: "Place",
};

/** Predicates with a schema.org property, by direction: subject → object, and object → subject. */
const OUTGOING: Record<string, string> = { SUBSIDIARY_OF: "parentOrganization", HOLDS_ROLE: "affiliation", HELD_AT: "location" };
const INCOMING: Record<string, string> = { ORGANISES: "organizer", SUBSIDIARY_OF: "subOrganization", FOUNDED: "founder", SANCTIONS: "funder" };

function absolute(url: URL, path: string): string {
  return new URL(path, url.origin).toString();
}

export function entityJsonLd(
  entity: EntityRef & { kind: string; description: string | null; aliases: string[]; names: { text: string }[]; statements: { nodes: StatementRef[] } },
  url: URL,
): Record<string, unknown> {
  const node: Record<string, unknown> = {
    "@context": CONTEXT,
    "@id": absolute(url, entityPath(entity.id)),
    "@type": TYPES[entity.kind] ?? "Thing",
    identifier: entity.id,
    name: entity.name,
    url: absolute(url, entityPath(entity.id)),
  };
  const alternateNames = [...new Set([...entity.names.map((name) => name.text), ...entity.aliases])].filter((name) => name !== entity.name);
  if (alternateNames.length > 0) node.alternateName = alternateNames;
  if (entity.description) node.description = entity.description;
  for (const statement of entity.statements.nodes) {
    if (statement.status === "SUPERSEDED" || statement.status === "CANCELLED") continue;
    const outgoing = statement.subject.id === entity.id;
    const other = outgoing ? statement.object : statement.subject;
    const property = outgoing ? OUTGOING[statement.predicate] : INCOMING[statement.predicate];
    if (!other || !property) continue;
    const values = (node[property] as unknown[] | undefined) ?? [];
    values.push({ "@id": absolute(url, entityPath(other.id)), name: other.name });
    node[property] = values;
  }
  node.subjectOf = entity.statements.nodes.map((statement) => ({ "@id": absolute(url, statementPath(statement.id)), "@type": "Claim", text: statementSentence(statement) }));
  return node;
}

export function statementJsonLd(statement: StatementRef, url: URL): Record<string, unknown> {
  return {
    "@context": CONTEXT,
    "@id": absolute(url, statementPath(statement.id)),
    "@type": "Claim",
    identifier: statement.id,
    text: statementSentence(statement),
    about: [statement.subject, statement.object].filter((entity): entity is EntityRef => Boolean(entity)).map((entity) => ({ "@id": absolute(url, entityPath(entity.id)), name: entity.name })),
    ...(statement.validFrom ? { temporalCoverage: statement.validUntil ? `${statement.validFrom.text}/${statement.validUntil.text}` : `${statement.validFrom.text}/..` } : {}),
    ...(statement.statedOn ? { datePublished: statement.statedOn.text } : {}),
    appearance: (statement.citations ?? []).map((citation) => ({
      "@type": "CreativeWork",
      ...(citation.source.url ? { url: citation.source.url } : {}),
      ...(citation.source.title ? { name: citation.source.title } : {}),
      publisher: { "@type": "Organization", name: citation.source.outlet },
      ...(citation.source.published ? { datePublished: citation.source.published.text } : {}),
      text: citation.quote,
    })),
  };
}
