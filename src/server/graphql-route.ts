/** POST or GET /graphql, answered by Apollo over our node:http request. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { createContext } from "../graphql/context";
import type { AppServices } from "./routes";

/** POST or GET /graphql, answered by Apollo. */
export async function answerGraphQL(request: IncomingMessage, response: ServerResponse, url: URL, app: AppServices): Promise<void> {
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: request.method ?? "GET",
    headers: headerMap(request),
    search: url.search,
    body: request.method === "POST" ? await readJsonBody(request) : undefined,
  };
  const result = await app.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => createContext(app.dataSource) });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
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
