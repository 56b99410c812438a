/** How the pages say things: statements as sentences, dates as ranges, citations, links. */
import { html, type Html } from "./html";

export interface EntityRef {
  id: string;
  name: string;
  kind?: string;
}

export interface DateRef {
  text: string;
  firstDay?: string;
  lastDay?: string;
}

export interface CitationRef {
  quote: string;
  source: { id?: string; title?: string; outlet: string; author?: string | null; url?: string | null; published?: DateRef | null };
}

export interface StatementRef {
  id: string;
  predicate: string;
  status: string;
  value?: string | null;
  subject: EntityRef;
  object?: EntityRef | null;
  qualifiers?: { name: string; value: string }[];
  options?: EntityRef[];
  validFrom?: DateRef | null;
  validUntil?: DateRef | null;
  statedOn?: DateRef | null;
  supersedes?: { id: string } | null;
  supersededBy?: { id: string } | null;
  /** True when another claim cannot be true together with this one: those claims are `disputedBy`. */
  disputed?: boolean;
  disputedBy?: StatementRef[];
  citations?: CitationRef[];
}

/** /entity/org/aco: ids are paths already, so each part is encoded on its own. */
export function entityPath(id: string): string {
  return `/entity/${id.split("/").map(encodeURIComponent).join("/")}`;
}

/** statement/ratel-lmem-partner → /statement/ratel-lmem-partner */
export function statementPath(id: string): string {
  return `/statement/${id.replace(/^statement\//, "").split("/").map(encodeURIComponent).join("/")}`;
}

export function entityLink(entity: EntityRef): Html {
  return html`<a href="${entityPath(entity.id)}">${entity.name}</a>`;
}

/** ORGANISES → "organises", HOLDS_ROLE → "holds role" */
export function predicateWords(predicate: string): string {
  return predicate.toLowerCase().replace(/_/g, " ");
}

/** The statement as a plain sentence: "Automobile Club de l’Ouest organises 24 Hours of Le Mans (role: organiser)". */
export function statementSentence(statement: StatementRef): string {
  const object = statement.object ? statement.object.name : statement.value ? `“${statement.value}”` : "";
  const qualifiers = (statement.qualifiers ?? []).map((qualifier) => `${qualifier.name}: ${qualifier.value}`).join("; ");
  return [statement.subject.name, predicateWords(statement.predicate), object].filter(Boolean).join(" ") + (qualifiers ? ` (${qualifiers})` : "");
}

/** "2019 – 2022-05", "from 2023 (no end known)", "2021-02": the valid time in words. */
export function validTime(statement: Pick<StatementRef, "validFrom" | "validUntil">): string {
  const from = statement.validFrom?.text;
  const until = statement.validUntil?.text;
  if (!from && !until) return "no valid time given";
  if (from && until) return from === until ? from : `${from} – ${until}`;
  if (from) return `from ${from} (no end known)`;
  return `until ${until}`;
}

export function statusBadge(status: string): Html {
  return html`<span class="status status-${status.toLowerCase()}">${status.toLowerCase()}</span>`;
}

export function citationList(citations: CitationRef[] | undefined): Html {
  if (!citations || citations.length === 0) return html`<p class="no-citations">No citation.</p>`;
  const list = html`<ul class="citations">${citations.map(citation)}</ul>`;
  // One quote is shown; more fold away (a <details> opens without JavaScript).
  if (citations.length === 1) return list;
  return html`<details class="citations"><summary>${citations.length} sources</summary>${list}</details>`;
}

function citation(cited: CitationRef): Html {
  const { source } = cited;
  const outlet = source.url ? html`<a href="${source.url}" rel="noopener">${source.outlet}</a>` : html`${source.outlet}`;
  return html`<li><blockquote>${cited.quote}</blockquote> — ${outlet}${source.published ? html`, ${source.published.text}` : ""}${
    source.title ? html`: <cite>${source.title}</cite>` : ""
  }</li>`;
}

/** One statement as a table row: what, when, status, when reported, sources. */
export function statementRow(statement: StatementRef, about?: string): Html {
  const other = about && statement.subject.id === about ? statement.object : about ? statement.subject : statement.object;
  const what = other
    ? html`${statement.subject.id === about ? "" : "← "}${entityLink(other)}`
    : html`<q>${statement.value ?? ""}</q>`;
  const qualifiers = (statement.qualifiers ?? []).map((qualifier) => html`<span class="qualifier">${qualifier.name}: ${qualifier.value}</span> `);
  const options = statement.options && statement.options.length > 0 ? html`<span class="options">options: ${joinLinks(statement.options)}</span>` : "";
  return html`<tr id="${statement.id}" class="status-row-${statement.status.toLowerCase()}">
    <td>${what} ${qualifiers}${options}</td>
    <td>${validTime(statement)}</td>
    <td>${statusBadge(statement.status)}${relatedStatements(statement)}</td>
    <td>${statement.statedOn?.text ?? ""}</td>
    <td>${citationList(statement.citations)}<a class="permalink" href="${statementPath(statement.id)}">statement page</a></td>
  </tr>`;
}

function relatedStatements(statement: StatementRef): Html {
  return html`${statement.supersededBy ? html`<br><a href="${statementPath(statement.supersededBy.id)}">replaced by</a>` : ""}${
    statement.supersedes ? html`<br><a href="${statementPath(statement.supersedes.id)}">replaces</a>` : ""
  }${statement.disputed ? html`<br>${disputedBadge()} ${disputedByLinks(statement)}` : ""}`;
}

/** The mark of a claim another claim contradicts. */
export function disputedBadge(): Html {
  return html`<span class="status status-disputed">disputed</span>`;
}

/** "disputed by <claim> (1947 – 1951), …": each disputing claim as a link to its page, with its valid time (often all that differs). */
export function disputedByLinks(statement: StatementRef): Html {
  const claims = statement.disputedBy ?? [];
  return html`<span class="disputed-by">disputed by ${claims.map(
    (other, index) => html`${index > 0 ? ", " : ""}<a href="${statementPath(other.id)}">${statementSentence(other)}</a> (${validTime(other)})`,
  )}</span>`;
}

/**
 * A claim as a card for a side-by-side comparison: what it says (linked), status, times, with
 * `sources` its citations; marked disputed when it is, or with `disputed` (a claim that disputes another).
 */
export function claimCard(heading: string, statement: StatementRef, options: { sources?: boolean; disputed?: boolean } = {}): Html {
  const disputed = statement.disputed || options.disputed;
  return html`<article class="claim${disputed ? " claim-disputed" : ""}"><h3>${heading}</h3><p><a href="${statementPath(statement.id)}">${statementSentence(statement)}</a></p>
    <p>${statusBadge(statement.status)}${disputed ? html` ${disputedBadge()}` : ""} ${validTime(statement)}${statement.statedOn ? html`, reported ${statement.statedOn.text}` : ""}</p>${
      options.sources ? citationList(statement.citations) : ""
    }</article>`;
}

export function joinLinks(entities: EntityRef[]): Html {
  return html`${entities.map((entity, index) => html`${index > 0 ? ", " : ""}${entityLink(entity)}`)}`;
}

export const STATEMENT_COLUMNS = html`<thead><tr><th scope="col">What</th><th scope="col">When it held</th><th scope="col">Status</th><th scope="col">Reported</th><th scope="col">Sources</th></tr></thead>`;
