/**
 * A server-side cache of successful GraphQL responses. The database is read-only and changes only
 * when it is rebuilt, so the same operation with the same variables on the same build always
 * gives the same answer: keep recent answers (an LRU bounded in entries and bytes) and send them
 * again without running resolvers or SQL. RESPONSE_CACHE=off turns it off (for benchmarks).
 */
import { createHash } from "node:crypto";
import { getOperationAST, parse } from "graphql";
import type { HTTPGraphQLRequest, HTTPGraphQLResponse } from "@apollo/server";

export interface CachedResponse {
  headers: [string, string][];
  body: string;
}

export interface ResponseCacheLimits {
  maxEntries: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: ResponseCacheLimits = { maxEntries: 2_000, maxBytes: 64 * 1024 * 1024 };

export class ResponseCache {
  // A Map iterates in insertion order; re-inserting on every hit keeps the least recently used first.
  private readonly entries = new Map<string, { response: CachedResponse; bytes: number }>();
  private bytes = 0;

  constructor(readonly limits: ResponseCacheLimits = DEFAULT_LIMITS) {}

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.response;
  }

  set(key: string, response: CachedResponse): void {
    const bytes = sizeOf(key, response);
    if (bytes > this.limits.maxBytes) return; // one huge answer must not flush everything else
    this.delete(key);
    this.entries.set(key, { response, bytes });
    this.bytes += bytes;
    this.evict();
  }

  /** Entries and bytes held now. */
  get usage(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) return;
      this.delete(key);
    }
  }
}

/** Strings are UTF-16 in memory; two bytes a character is what the cache really holds. */
function sizeOf(key: string, response: CachedResponse): number {
  const headerChars = response.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0);
  return 2 * (key.length + response.body.length + headerChars);
}

/**
 * The cache the environment asks for: none with RESPONSE_CACHE=off (or 0/false/no), else one
 * bounded by RESPONSE_CACHE_MAX_ENTRIES and RESPONSE_CACHE_MAX_MB when set.
 */
export function responseCacheFromEnv(env: NodeJS.ProcessEnv = process.env): ResponseCache | null {
  if (/^(off|0|false|no)$/i.test(env.RESPONSE_CACHE ?? "")) return null;
  return new ResponseCache({
    maxEntries: positiveNumber(env.RESPONSE_CACHE_MAX_ENTRIES) ?? DEFAULT_LIMITS.maxEntries,
    maxBytes: (positiveNumber(env.RESPONSE_CACHE_MAX_MB) ?? DEFAULT_LIMITS.maxBytes / 1024 / 1024) * 1024 * 1024,
  });
}

function positiveNumber(text: string | undefined): number | undefined {
  const value = Number(text);
  return text && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** What makes two requests the same request: the build, the operation, its variables, and the media type asked for. */
interface OperationRequest {
  query: string;
  variables: string;
  operationName: string | null;
  extensions: string;
}

/**
 * A key naming this request's answer on this build, or null when the request is not one whose
 * answer may be reused: a browser asking for GraphiQL (HTML), a POST that is not JSON (Apollo's
 * CSRF prevention must see it), a persisted query without its text.
 */
export function responseKey(request: HTTPGraphQLRequest, fingerprint: string): string | null {
  const accept = request.headers.get("accept") ?? "";
  if (accept.includes("text/html")) return null;
  const operation = request.method === "GET" ? fromSearch(request.search) : request.method === "POST" ? fromJsonBody(request) : null;
  if (!operation) return null;
  // Accept is part of the key because it picks the content type (application/json or
  // application/graphql-response+json) of the answer.
  const parts = [fingerprint, accept, operation.operationName, operation.query, operation.variables, operation.extensions];
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}

function fromSearch(search: string): OperationRequest | null {
  const parameters = new URLSearchParams(search);
  const query = parameters.get("query");
  if (!query) return null;
  const variables = canonicalJson(parameters.get("variables"));
  const extensions = canonicalJson(parameters.get("extensions"));
  if (variables === undefined || extensions === undefined) return null;
  return { query, variables, extensions, operationName: parameters.get("operationName") };
}

function fromJsonBody(request: HTTPGraphQLRequest): OperationRequest | null {
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get("content-type") ?? "")) return null;
  const body = request.body as Record<string, unknown> | undefined;
  if (typeof body !== "object" || body === null || Array.isArray(body) || typeof body.query !== "string") return null;
  const operationName = typeof body.operationName === "string" ? body.operationName : null;
  return { query: body.query, variables: JSON.stringify(body.variables ?? null), extensions: JSON.stringify(body.extensions ?? null), operationName };
}

/** The same JSON however it was spaced in the address; undefined when it is not JSON (Apollo will say so). */
function canonicalJson(text: string | null): string | undefined {
  if (text === null || text === "") return "null";
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** The part of Apollo's answer worth keeping: a 200 with data and no errors, to a query (never a mutation). */
export function storableResponse(request: HTTPGraphQLRequest, response: HTTPGraphQLResponse): CachedResponse | null {
  if ((response.status ?? 200) !== 200 || response.body.kind !== "complete") return null;
  if (!(response.headers.get("content-type") ?? "").includes("json")) return null;
  const body = response.body.string;
  const parsed = JSON.parse(body) as { errors?: unknown; data?: unknown };
  if (parsed.errors !== undefined || parsed.data == null || !isQuery(request)) return null;
  return { headers: [...response.headers], body };
}

function isQuery(request: HTTPGraphQLRequest): boolean {
  const operation = request.method === "GET" ? fromSearch(request.search) : fromJsonBody(request);
  if (!operation) return false;
  return getOperationAST(parse(operation.query), operation.operationName)?.operation === "query";
}
