/** GET /search?q=: names, labels and aliases, accents and case ignored; each hit links to its page. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppServices } from "../services";
import { html } from "./html";
import { graphiqlLink, runPageOperation } from "./run-operation";
import { entityLink } from "./present";
import { sendErrorPage, sendPage } from "./respond";

interface SearchPageData {
  /** Null only with an error (a `q` with no letter or digit). */
  search: { totalCount: number; nodes: { matched: string; entity: { id: string; kind: string; name: string; description: string | null } }[] } | null;
}

export async function answerSearchPage(request: IncomingMessage, response: ServerResponse, url: URL, app: AppServices): Promise<void> {
  const q = (url.searchParams.get("q") ?? "").trim();
  if (!q) {
    await sendPage(request, response, 200, { title: "Search", body: html`<p>Type a name, an acronym or part of one in the box above: <a href="/search?q=aco">ACO</a>, <a href="/search?q=stephane ratel">Stephane Ratel</a>, <a href="/search?q=AsLMS">AsLMS</a>.</p>` });
    return;
  }
  const result = await runPageOperation<SearchPageData>(app, "SearchPage", { q });
  const search = result.data?.search;
  if (result.errors?.length || !search) return sendErrorPage(request, response, result.errors ?? [], q);
  await sendPage(request, response, 200, {
    title: `Search: ${q}`,
    query: q,
    lead: `${search.totalCount} ${search.totalCount === 1 ? "match" : "matches"}, accents and case ignored.`,
    graphiql: graphiqlLink("SearchPage", { q }),
    body: html`<ol class="hits">${search.nodes.map(
      (hit) => html`<li>${entityLink(hit.entity)} <span class="kind">${hit.entity.kind.toLowerCase()}</span>${
        hit.matched !== hit.entity.name ? html` <span class="matched">matched “${hit.matched}”</span>` : ""
      }${hit.entity.description ? html`<br><span class="description">${hit.entity.description}</span>` : ""}</li>`,
    )}</ol>`,
  });
}
