/** POST or GET /graphql, answered by Apollo over our node:http request. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { createContext } from "../graphql/context";
import { executeWithCaching, type ExecuteGraphQL } from "./http-cache";
import type { AppServices } from "./services";

/** POST or GET /graphql, answered by Apollo (or by the response cache, when it has the answer). */
export async function answerGraphQL(request: IncomingMessage, response: ServerResponse, url: URL, app: AppServices): Promise<void> {
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: request.method ?? "GET",
    headers: allowPlainGet(headerMap(request), request.method),
    search: url.search,
    body: request.method === "POST" ? await readJsonBody(request) : undefined,
  };
  const execute: ExecuteGraphQL = (httpRequest) =>
    app.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: httpRequest, context: async () => createContext(app.dataSource) });
  const result = await executeWithCaching(httpGraphQLRequest, app.caching, execute);
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/**
 * Apollo's CSRF prevention refuses a GET that a browser could send without a preflight (no
 * content-type, no apollo-require-preflight header). We let such GETs through on purpose, so that
 * `curl`, a spreadsheet or a plain fetch can read a query's JSON by its URL: Apollo never runs a
 * mutation over GET, the API has no cookies or logins, and all its data is public, so a forged GET
 * can neither change anything nor read anything private. POSTs keep Apollo's protection.
 * (Browsers navigating to a share link ask for HTML and get GraphiQL before this matters.)
 */
function allowPlainGet(headers: HeaderMap, method: string | undefined): HeaderMap {
  if (method === "GET" && !headers.has("apollo-require-preflight")) headers.set("apollo-require-preflight", "true");
  return headers;
}

function headerMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

const MAX_BODY_BYTES = 1_000_000;

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text; // Apollo answers a non-JSON body with a 400 that says so.
  }
}
