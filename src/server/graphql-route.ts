/** POST or GET /graphql, answered by Apollo over our node:http request. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { createContext, type Context } from "../graphql/context";
import { executeWithCaching, type ExecuteGraphQL } from "./http-cache";
import { noteRequest } from "./request-log";
import type { AppServices } from "./services";
import { operationNameOf } from "./sql-count";

/** The largest POST body read; a larger one is refused with 413 before it is parsed. */
export const MAX_BODY_BYTES = 1_000_000;

const ALLOWED_METHODS = "GET, POST, OPTIONS";

class BodyTooLarge extends Error {}

/** POST or GET /graphql, answered by Apollo (or by the response cache, when it has the answer). */
export async function answerGraphQL(request: IncomingMessage, response: ServerResponse, url: URL, app: AppServices): Promise<void> {
  if (request.method !== "GET" && request.method !== "POST") {
    return refuse(response, 405, "METHOD_NOT_ALLOWED", `/graphql answers GET and POST, not ${request.method}.`, { allow: ALLOWED_METHODS });
  }
  let body: unknown;
  try {
    body = request.method === "POST" ? await readJsonBody(request) : undefined;
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    // The rest of the body is not read: close the connection rather than drain a megabyte of it.
    return refuse(response, 413, "PAYLOAD_TOO_LARGE", `The request body is over ${MAX_BODY_BYTES} bytes; send a smaller query or fewer variables.`, { connection: "close" });
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: request.method,
    headers: allowPlainGet(headerMap(request), request.method),
    search: url.search,
    body,
  };
  let context: Context | undefined;
  const execute: ExecuteGraphQL = (httpRequest) =>
    app.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: httpRequest, context: async () => (context = createContext(app.dataSource)) });
  const result = await executeWithCaching(httpGraphQLRequest, app.caching, execute);
  const cache = result.status === 304 ? "not-modified" : ((result.headers.get("x-response-cache") as "hit" | "miss" | undefined) ?? null);
  const operationName = (context ? operationNameOf(context) : undefined) ?? requestedOperationName(body, url);
  noteRequest(response, { operationName, sqlStatements: context?.store.sqlCount ?? 0, cache });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** The operation name the client gave, for the log of a request the cache answered (Apollo did not run). */
function requestedOperationName(body: unknown, url: URL): string | undefined {
  const name = typeof body === "object" && body !== null ? (body as { operationName?: unknown }).operationName : url.searchParams.get("operationName");
  return typeof name === "string" ? name : undefined;
}

function refuse(response: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  noteRequest(response, { refused: code });
  response
    .writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers })
    .end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
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

/**
 * Reads with events rather than `for await`: leaving an async iterator early destroys the
 * socket, and then the 413 could not be sent. Over the limit, reading stops where it is.
 */
async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  if (Number(request.headers["content-length"] ?? 0) > MAX_BODY_BYTES) throw new BodyTooLarge();
  const text = await new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.off("data", onData).off("end", onEnd).pause();
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString("utf8"));
    request.on("data", onData).once("end", onEnd).once("error", reject);
  });
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text; // Apollo answers a non-JSON body with a 400 that says so.
  }
}
