/** Sending pages, and the error pages (404 with suggestions, 400 for a bad date or number). */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GraphQLFormattedError } from "graphql";
import { html, type Html } from "./html";
import { layout, type PageFrame } from "./layout";
import { pageAssets } from "./assets";
import { entityLink, type EntityRef } from "./present";

export async function sendPage(request: IncomingMessage, response: ServerResponse, status: number, frame: PageFrame): Promise<void> {
  const body = layout(frame, await pageAssets());
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "cache-control": status === 200 ? "public, max-age=300" : "no-cache",
    vary: "Accept",
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

export function sendJson(response: ServerResponse, contentType: string, value: unknown): void {
  const body = JSON.stringify(value, null, 2);
  response.writeHead(200, { "content-type": `${contentType}; charset=utf-8`, vary: "Accept", "cache-control": "public, max-age=300" });
  response.end(body);
}

/** The page for a GraphQL error: 404 with suggestions, 300 with candidates, 400 for bad input. */
export async function sendErrorPage(request: IncomingMessage, response: ServerResponse, errors: readonly GraphQLFormattedError[], asked: string): Promise<void> {
  const error = errors[0];
  const code = String(error.extensions?.code ?? "");
  if (code === "NOT_FOUND") {
    const suggestions = (error.extensions?.suggestions as EntityRef[] | undefined) ?? [];
    await sendNotFound(request, response, asked, suggestions);
  } else if (code === "AMBIGUOUS") {
    const candidates = (error.extensions?.candidates as EntityRef[] | undefined) ?? [];
    await sendPage(request, response, 300, {
      title: `“${asked}” names several entities`,
      body: html`<p>Which one?</p>${entityList(candidates)}`,
    });
  } else if (code === "BAD_USER_INPUT" || code === "GRAPHQL_VALIDATION_FAILED") {
    await sendBadRequest(request, response, error.message);
  } else {
    console.error(errors);
    await sendPage(request, response, 500, { title: "Something went wrong", body: html`<p>The page could not be made. Try again, or ask the API at <a href="/graphql">/graphql</a>.</p>` });
  }
}

export async function sendNotFound(request: IncomingMessage, response: ServerResponse, asked: string, suggestions: EntityRef[]): Promise<void> {
  await sendPage(request, response, 404, {
    title: "Not found",
    query: asked,
    body: html`<p>Nothing in the graph is called <q>${asked}</q>.</p>${
      suggestions.length > 0 ? html`<h2>Did you mean</h2>${entityList(suggestions)}` : html`<p>Try the search box above.</p>`
    }`,
  });
}

export async function sendBadRequest(request: IncomingMessage, response: ServerResponse, message: string): Promise<void> {
  await sendPage(request, response, 400, {
    title: "That address asks for something impossible",
    body: html`<p class="error">${message}</p><p>A date is a year, a month or a day: <code>2022</code>, <code>2022-06</code> or <code>2021-11-05</code>.</p>`,
  });
}

function entityList(entities: EntityRef[]): Html {
  return html`<ul class="entity-list">${entities.map((entity) => html`<li>${entityLink(entity)} <span class="kind">${entity.kind?.toLowerCase() ?? ""}</span> <code>${entity.id}</code></li>`)}</ul>`;
}

/**
 * The address as the browser asked for it (the server's own URL is always http://localhost):
 * permalinks in JSON-LD and "cite this" use its origin.
 */
export function requestedUrl(request: IncomingMessage, url: URL): URL {
  const host = request.headers.host ?? "localhost";
  const protocol = String(request.headers["x-forwarded-proto"] ?? "http").split(",")[0].trim();
  try {
    return new URL(url.pathname + url.search, `${protocol === "https" ? "https" : "http"}://${host}`);
  } catch {
    return url; // a Host header that is no host
  }
}

/** The time parameters a page passes to its operation, as given in the address. */
export function timeParams(url: URL): { asOf?: string; knownAt?: string } {
  return { asOf: url.searchParams.get("asOf") ?? undefined, knownAt: url.searchParams.get("knownAt") ?? undefined };
}

/** A form that sets ?asOf= and ?knownAt=, readable and usable without JavaScript. */
export function timeForm(params: { asOf?: string; knownAt?: string }, extra: Html = html``): Html {
  return html`<form class="time-form" method="get">
    ${extra}
    <label>Held on (asOf) <input name="asOf" value="${params.asOf ?? ""}" placeholder="2022, 2022-06 or 2022-06-01" inputmode="numeric" size="22"></label>
    <label>As known on (knownAt) <input name="knownAt" value="${params.knownAt ?? ""}" placeholder="2022, 2022-06 or 2022-06-01" inputmode="numeric" size="22"></label>
    <button type="submit">Show</button>
  </form>`;
}

/** What the time parameters mean, in a sentence. */
export function timeNote(params: { asOf?: string; knownAt?: string }): Html {
  const parts = [
    params.asOf ? `what held on ${params.asOf}` : "everything, whenever it held",
    params.knownAt ? `as the sources had it by ${params.knownAt}` : "as known today",
  ];
  return html`<p class="time-note">Showing ${parts.join(", ")}.</p>`;
}
