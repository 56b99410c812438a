/**
 * Caching around the GraphQL route. The data changes only when the database is rebuilt, so an
 * answer is named by the build (its fingerprint) and the request:
 * - GET queries get an ETag and Cache-Control that browsers and CDNs can use, and a request whose
 *   If-None-Match names the current answer gets 304 without running anything;
 * - successful answers, GET or POST, are kept in the server's response cache (response-cache.ts).
 */
import type { HTTPGraphQLRequest, HTTPGraphQLResponse } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { DataSource } from "typeorm";
import { readBuildStamp } from "../db/reads/build-info";
import { countingSql } from "../db/sql";
import { responseCacheFromEnv, responseKey, storableResponse, type CachedResponse, type ResponseCache } from "./response-cache";

/**
 * How long a browser or CDN may reuse an answer without asking again. A rebuild shows up within
 * five minutes; after that, asking again costs a 304 when nothing changed.
 */
export const MAX_AGE_SECONDS = 300;

export interface GraphQLCaching {
  /** The build the server answers from, or null when the database does not say (then nothing is cached). */
  fingerprint: string | null;
  /** Null when RESPONSE_CACHE=off. */
  responses: ResponseCache | null;
}

export type ExecuteGraphQL = (request: HTTPGraphQLRequest) => Promise<HTTPGraphQLResponse>;

/**
 * Reads the build once: the server keeps its database file open, and a rebuild replaces the file
 * rather than changing it, so a running server answers from the same build until it restarts.
 */
export async function graphqlCaching(dataSource: DataSource, env: NodeJS.ProcessEnv = process.env): Promise<GraphQLCaching> {
  const stamp = await readBuildStamp(countingSql(dataSource));
  return { fingerprint: stamp?.fingerprint ?? null, responses: responseCacheFromEnv(env) };
}

export async function executeWithCaching(request: HTTPGraphQLRequest, caching: GraphQLCaching, execute: ExecuteGraphQL): Promise<HTTPGraphQLResponse> {
  // With the response cache off, a POST has neither a stored answer nor an ETag: naming it (a hash) and
  // checking its answer (JSON.parse of the whole body, a second parse of the query) would buy nothing.
  if (!caching.responses && request.method !== "GET") return execute(request);
  const key = caching.fingerprint ? responseKey(request, caching.fingerprint) : null;
  if (!key) return execute(request);
  const etag = request.method === "GET" ? `"${key}"` : null;
  const ifNoneMatch = request.headers.get("if-none-match");
  if (etag && ifNoneMatchNames(ifNoneMatch, etag)) return notModified(etag);
  // `*` matches only when there is an answer to have (RFC 9110 13.1.2): an invalid query has none,
  // so it is answered (with its error), and only a good answer becomes a 304.
  const anyMatches = etag !== null && ifNoneMatchIsAny(ifNoneMatch);

  const cached = caching.responses?.get(key);
  if (cached) return anyMatches ? notModified(etag!) : answer(cached, etag, "hit");
  const response = await execute(request);
  const storable = storableResponse(request, response);
  if (!storable) return response;
  caching.responses?.set(key, storable);
  return anyMatches ? notModified(etag!) : answer(storable, etag, caching.responses ? "miss" : null);
}

function answer(cached: CachedResponse, etag: string | null, outcome: "hit" | "miss" | null): HTTPGraphQLResponse {
  const headers = new HeaderMap(cached.headers);
  if (etag) for (const [name, value] of cachingHeaders(etag)) headers.set(name, value);
  // Says whether the server's cache answered (for benchmarks and curious users); absent when it is off.
  if (outcome) headers.set("x-response-cache", outcome);
  return { status: 200, headers, body: { kind: "complete", string: cached.body } };
}

function notModified(etag: string): HTTPGraphQLResponse {
  return { status: 304, headers: new HeaderMap(cachingHeaders(etag)), body: { kind: "complete", string: "" } };
}

function cachingHeaders(etag: string): [string, string][] {
  return [
    ["etag", etag],
    ["cache-control", `public, max-age=${MAX_AGE_SECONDS}`],
    // The same address answers a browser with GraphiQL and a client with JSON.
    ["vary", "Accept"],
  ];
}

/** If-None-Match lists ETags (weak or strong); a weak comparison is the right one for GET. */
function ifNoneMatchNames(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

function ifNoneMatchIsAny(header: string | undefined): boolean {
  return header?.trim() === "*";
}
