/** GET /statement/<id>: one claim, its citations and times, what it replaced or what replaced it, the claims that dispute it, and how to cite it. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppServices } from "../services";
import { html, type Html } from "./html";
import { statementJsonLd } from "./json-ld";
import { graphiqlLink, runPageOperation } from "./run-operation";
import { citationList, claimCard, disputedBadge, disputedByLinks, entityLink, joinLinks, statementPath, statementSentence, statusBadge, validTime, type StatementRef } from "./present";
import { requestedUrl, sendErrorPage, sendJson, sendNotFound, sendPage } from "./respond";

export const STATEMENT_PREFIX = "/statement/";

type FullStatement = StatementRef & { seedLocation: string; optionsFor: string | null; supersedes: StatementRef | null; supersededBy: StatementRef | null };

interface StatementPageData {
  node: FullStatement | Record<string, never> | null;
  buildInfo: { fingerprint: string; builtAt: string };
}

export function isStatementPath(pathname: string): boolean {
  return pathname.startsWith(STATEMENT_PREFIX) && pathname.length > STATEMENT_PREFIX.length;
}

export async function answerStatementPage(request: IncomingMessage, response: ServerResponse, url: URL, app: AppServices): Promise<void> {
  const slug = decodeURIComponent(url.pathname.slice(STATEMENT_PREFIX.length));
  const variables = { id: `statement/${slug}` };
  const result = await runPageOperation<StatementPageData>(app, "StatementPage", variables);
  if (result.errors?.length || !result.data) return sendErrorPage(request, response, result.errors ?? [], slug);
  const found = result.data.node;
  if (!found || !("predicate" in found)) return sendNotFound(request, response, variables.id, await suggestionsFor(app, slug));
  const statement = found as FullStatement;
  const jsonLd = statementJsonLd(statement, requestedUrl(request, url));
  if (/application\/ld\+json/.test(String(request.headers.accept ?? "")) && !/text\/html/.test(String(request.headers.accept))) {
    return sendJson(response, "application/ld+json", jsonLd);
  }
  await sendPage(request, response, 200, {
    title: statementSentence(statement),
    lead: html`A statement of the graph, <code>${statement.id}</code>.`,
    body: statementBody(statement, result.data.buildInfo, requestedUrl(request, url)),
    graphiql: graphiqlLink("StatementPage", variables),
    jsonLd,
  });
}

/** Entities named like the words of the missing id, as suggestions on the 404 page. */
async function suggestionsFor(app: AppServices, slug: string) {
  const words = slug.replace(/[-_/]+/g, " ").trim();
  if (!words) return [];
  const result = await runPageOperation<{ search: { nodes: { entity: { id: string; name: string; kind: string } }[] } }>(app, "SearchPage", { q: words.split(" ")[0] });
  return (result.data?.search.nodes ?? []).slice(0, 5).map((hit) => hit.entity);
}

function statementBody(statement: FullStatement, build: StatementPageData["buildInfo"], url: URL): Html {
  return html`<dl class="facts">
      <dt>Subject</dt><dd>${entityLink(statement.subject)}</dd>
      <dt>Predicate</dt><dd><code>${statement.predicate}</code></dd>
      <dt>${statement.object ? "Object" : "Value"}</dt><dd>${statement.object ? entityLink(statement.object) : html`<q>${statement.value ?? ""}</q>`}</dd>
      ${(statement.qualifiers ?? []).map((qualifier) => html`<dt>${qualifier.name}</dt><dd>${qualifier.value}</dd>`)}
      ${statement.options && statement.options.length > 0 ? html`<dt>Options${statement.optionsFor ? ` for ${statement.optionsFor}` : ""}</dt><dd>${joinLinks(statement.options)}</dd>` : ""}
      <dt>Status</dt><dd>${statusBadge(statement.status)}${statement.disputed ? html` ${disputedBadge()} ${disputedByLinks(statement)}` : ""}</dd>
      <dt>When it held</dt><dd>${validTime(statement)}</dd>
      <dt>First reported</dt><dd>${statement.statedOn?.text ?? "not recorded"}</dd>
      <dt>Seed</dt><dd><code>${statement.seedLocation}</code></dd>
    </dl>
    <section aria-labelledby="sources"><h2 id="sources">Sources</h2>${citationList(statement.citations)}</section>
    ${statement.supersedes || statement.supersededBy ? changesSection(statement) : ""}
    ${statement.disputed ? disputesSection(statement) : ""}
    <section aria-labelledby="cite"><h2 id="cite">Cite this</h2>
      <p class="cite-this">Endurance Graph, “${statementSentence(statement)}”, statement <code>${statement.id}</code>, ${new URL(statementPath(statement.id), url.origin).toString()} (data build ${build.fingerprint.slice(0, 12)}, ${build.builtAt.slice(0, 10)}).</p>
    </section>`;
}

function changesSection(statement: FullStatement): Html {
  return html`<section aria-labelledby="changes"><h2 id="changes">What changed</h2><div class="side-by-side">
    ${statement.supersedes ? claimCard("It replaces", statement.supersedes, { sources: true }) : ""}
    ${claimCard("This statement", statement, { sources: true })}
    ${statement.supersededBy ? claimCard("Replaced by", statement.supersededBy, { sources: true }) : ""}
  </div></section>`;
}

/** The claim beside each claim that contradicts it, both with their sources. */
function disputesSection(statement: FullStatement): Html {
  return html`<section aria-labelledby="disputes"><h2 id="disputes">Disputed by</h2>
    <p>Another claim in the graph cannot be true together with this one; both are kept, each with its own sources.</p>
    ${(statement.disputedBy ?? []).map((other) => html`<div class="side-by-side disputed-pair">${claimCard("This statement", statement, { sources: true })}${claimCard("Disputed by", other, { sources: true, disputed: true })}</div>`)}
  </section>`;
}
