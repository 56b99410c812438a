/**
 * GET /entity/<id> (/entity/org/aco): an entity's names, history and relationships, each with its
 * status, times and citations. HTML for browsers (JSON-LD embedded), JSON-LD itself for
 * `Accept: application/ld+json`. A name or alias in the address redirects to the id's page.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppServices } from "../services";
import { html, type Html } from "./html";
import { entityJsonLd } from "./json-ld";
import { graphiqlLink, runPageOperation } from "./run-operation";
import {
  claimCard,
  entityLink,
  entityPath,
  statementPath,
  statementRow,
  statementSentence,
  statusBadge,
  STATEMENT_COLUMNS,
  type EntityRef,
  type StatementRef,
  predicateWords,
  validTime,
} from "./present";
import { requestedUrl, sendErrorPage, sendJson, sendPage, timeForm, timeNote, timeParams } from "./respond";

export const ENTITY_PREFIX = "/entity/";

export interface EntityPageData {
  entity: EntityRef & {
    kind: string;
    description: string | null;
    aliases: string[];
    names: { text: string; language: string | null; type: string }[];
    statements: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: StatementRef[] };
  };
  timeline: {
    totalCount: number;
    nodes: { date: { text: string; firstDay: string; lastDay: string }; dateIsReportDate: boolean; status: string; statement: StatementRef }[];
  };
}

export function isEntityPath(pathname: string): boolean {
  return pathname.startsWith(ENTITY_PREFIX) && pathname.length > ENTITY_PREFIX.length;
}

export async function answerEntityPage(request: IncomingMessage, response: ServerResponse, url: URL, app: AppServices): Promise<void> {
  const id = decodeURIComponent(url.pathname.slice(ENTITY_PREFIX.length));
  const variables = { id, ...timeParams(url), after: url.searchParams.get("after") ?? undefined };
  const result = await runPageOperation<EntityPageData>(app, "EntityPage", variables);
  if (result.errors?.length || !result.data) return sendErrorPage(request, response, result.errors ?? [], id);
  const { entity } = result.data;
  if (entity.id !== id) {
    // Asked by name or alias (/entity/AsLMS): the permalink is the id's.
    response.writeHead(301, { location: entityPath(entity.id) + url.search }).end();
    return;
  }
  const jsonLd = entityJsonLd(entity, requestedUrl(request, url));
  if (wantsJsonLd(request)) return sendJson(response, "application/ld+json", jsonLd);
  await sendPage(request, response, 200, {
    title: entity.name,
    lead: html`<span class="kind">${entity.kind.toLowerCase()}</span> <code>${entity.id}</code>${entity.description ? html` — ${entity.description}` : ""}`,
    body: entityBody(result.data, variables, url),
    graphiql: graphiqlLink("EntityPage", variables),
    jsonLd,
    chartData: chartData(result.data),
  });
}

function wantsJsonLd(request: IncomingMessage): boolean {
  const accept = String(request.headers.accept ?? "");
  return /application\/ld\+json/.test(accept) && !/text\/html/.test(accept);
}

function entityBody(data: EntityPageData, variables: { asOf?: string; knownAt?: string }, url: URL): Html {
  const { entity } = data;
  const statements = entity.statements.nodes;
  return html`
    ${namesSection(entity)}
    ${timeForm(variables)}
    ${timeNote(variables)}
    ${historySection(data)}
    ${conflictsSection(statements)}
    ${relationshipSections(entity, statements)}
    ${entity.statements.pageInfo.hasNextPage ? nextPageLink(entity.statements, url) : ""}
    ${neighboursSection(entity, statements)}`;
}

function namesSection(entity: EntityPageData["entity"]): Html {
  const labels = entity.names.filter((name) => name.type === "LABEL" && name.text !== entity.name);
  return html`<section aria-labelledby="names"><h2 id="names">Names</h2><dl class="names">
    <dt>Name</dt><dd>${entity.name}</dd>
    ${labels.length > 0 ? html`<dt>Labels</dt><dd>${labels.map((label, index) => html`${index > 0 ? ", " : ""}${label.text} <span class="lang">(${label.language})</span>`)}</dd>` : ""}
    <dt>Aliases</dt><dd>${entity.aliases.length > 0 ? entity.aliases.join(", ") : "none"}</dd>
  </dl></section>`;
}

function historySection(data: EntityPageData): Html {
  const entries = data.timeline.nodes;
  return html`<section aria-labelledby="history"><h2 id="history">History</h2>
    <figure id="timeline-chart" class="chart" aria-label="Timeline of the dated statements"></figure>
    ${entries.length === 0 ? html`<p>No dated statement.</p>` : html`<ol class="timeline">${entries.map(
      (entry) => html`<li><span class="date">${entry.date.text}</span>${entry.dateIsReportDate ? html` <span class="reported">(reported)</span>` : ""} <a href="${statementPath(entry.statement.id)}">${statementSentence(entry.statement)}</a> ${statusBadge(entry.status)} <span class="valid">${validTime(entry.statement)}</span></li>`,
    )}</ol>`}
    ${data.timeline.totalCount > entries.length ? html`<p>The first ${entries.length} of ${data.timeline.totalCount} dated statements.</p>` : ""}
  </section>`;
}

/** Claims that replaced one another, and claims that contradict one another, side by side. */
function conflictsSection(statements: StatementRef[]): Html {
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const replaced = statements
    .filter((statement) => statement.supersededBy && byId.has(statement.supersededBy.id))
    .map((statement) => [statement, byId.get(statement.supersededBy!.id)!] as const);
  const disputes = disputedPairs(statements);
  return html`${replaced.length > 0 ? html`<section aria-labelledby="conflicts"><h2 id="conflicts">Claims that changed</h2>
    ${replaced.map(([before, after]) => html`<div class="side-by-side">${claimCard("Earlier claim", before)}${claimCard("Replaced by", after)}</div>`)}
  </section>` : ""}${disputes.length > 0 ? html`<section aria-labelledby="disputes"><h2 id="disputes">Claims that contradict each other</h2>
    <p>The sources disagree: both claims are kept, each with its own sources.</p>
    ${disputes.map(([claim, other]) => html`<div class="side-by-side disputed-pair">${claimCard("Claim", claim, { sources: true })}${claimCard("Disputed by", other, { sources: true, disputed: true })}</div>`)}
  </section>` : ""}`;
}

/** Each disputed claim of the page with each claim that disputes it, once per pair (disputes go both ways). */
function disputedPairs(statements: StatementRef[]): (readonly [StatementRef, StatementRef])[] {
  const shown = new Set<string>();
  const pairs: (readonly [StatementRef, StatementRef])[] = [];
  for (const statement of statements) {
    for (const other of statement.disputedBy ?? []) {
      const key = [statement.id, other.id].sort().join(" ");
      if (shown.has(key)) continue;
      shown.add(key);
      pairs.push([statement, other] as const);
    }
  }
  return pairs;
}

/** Relationships and facts, one table per predicate and direction. */
function relationshipSections(entity: EntityPageData["entity"], statements: StatementRef[]): Html {
  const groups = new Map<string, StatementRef[]>();
  for (const statement of statements) {
    const key = `${statement.subject.id === entity.id ? "out" : "in"}:${statement.predicate}`;
    groups.set(key, [...(groups.get(key) ?? []), statement]);
  }
  return html`<section aria-labelledby="relationships"><h2 id="relationships">Statements by predicate (${entity.statements.totalCount})</h2>
    ${[...groups].map(([key, group]) => {
      const [direction, predicate] = key.split(":");
      const heading = direction === "out" ? `${entity.name} ${predicateWords(predicate)} …` : `… ${predicateWords(predicate)} ${entity.name}`;
      return html`<h3>${heading} <span class="count">(${group.length})</span></h3>
        <div class="table-scroll"><table class="statements">${STATEMENT_COLUMNS}<tbody>${group.map((statement) => statementRow(statement, entity.id))}</tbody></table></div>`;
    })}
  </section>`;
}

function nextPageLink(connection: EntityPageData["entity"]["statements"], url: URL): Html {
  const next = new URL(url);
  next.searchParams.set("after", connection.pageInfo.endCursor ?? "");
  return html`<p><a href="${next.pathname + next.search}">More statements</a></p>`;
}

function neighbours(entity: EntityRef, statements: StatementRef[]): EntityRef[] {
  const seen = new Map<string, EntityRef>();
  for (const statement of statements) {
    const other = statement.subject.id === entity.id ? statement.object : statement.subject;
    if (other && other.id !== entity.id) seen.set(other.id, other);
  }
  return [...seen.values()];
}

function neighboursSection(entity: EntityRef, statements: StatementRef[]): Html {
  const linked = neighbours(entity, statements);
  if (linked.length === 0) return html``;
  return html`<section aria-labelledby="neighbours"><h2 id="neighbours">Connected to</h2>
    <figure id="graph-chart" class="chart graph" aria-label="Graph of the entities it is connected to"></figure>
    <ul class="neighbours">${linked.map((other) => html`<li>${entityLink(other)}</li>`)}</ul></section>`;
}

/** What pages.js draws: the timeline bars and the neighbour graph. */
function chartData(data: EntityPageData): unknown {
  const { entity } = data;
  return {
    entity: { id: entity.id, name: entity.name },
    statements: entity.statements.nodes.map((statement) => ({
      id: statement.id,
      href: statementPath(statement.id),
      label: statementSentence(statement),
      predicate: statement.predicate,
      // The charts mark a disputed claim by this status (its bar "⚠ disputed", its edge dotted).
      status: statement.disputed ? "DISPUTED" : statement.status,
      start: statement.validFrom?.firstDay ?? null,
      end: statement.validUntil?.lastDay ?? null,
      reported: statement.statedOn?.text ?? null,
      subject: { id: statement.subject.id, name: statement.subject.name, href: entityPath(statement.subject.id) },
      object: statement.object ? { id: statement.object.id, name: statement.object.name, href: entityPath(statement.object.id) } : null,
    })),
  };
}

