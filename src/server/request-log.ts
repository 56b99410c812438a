/**
 * One structured log line per request: method, path, status, duration, and for GraphQL the
 * operation name, the SQL statements it ran and whether the response cache answered.
 * Handlers add what they know to the request's note; the line is written when the response ends.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { logger } from "./logger";

export interface RequestNote {
  operationName?: string | null;
  sqlStatements?: number;
  cache?: "hit" | "miss" | "not-modified" | null;
  /** Why the request was refused, when it was (a code such as QUERY_TOO_COMPLEX). */
  refused?: string;
}

const notes = new WeakMap<ServerResponse, RequestNote>();

/** Adds to what the request's log line will say. */
export function noteRequest(response: ServerResponse, note: RequestNote): void {
  notes.set(response, { ...notes.get(response), ...note });
}

/** Writes the request's line once the response is finished (or the client went away). */
export function logRequest(request: IncomingMessage, response: ServerResponse): void {
  const started = process.hrtime.bigint();
  const done = (aborted: boolean) => {
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    const path = (request.url ?? "/").split("?")[0];
    const line = { method: request.method, path, status: response.statusCode, durationMs: Math.round(durationMs * 10) / 10, ...notes.get(response), ...(aborted ? { aborted } : {}) };
    if (response.statusCode >= 500) logger.error(line, "request");
    else logger.info(line, "request");
  };
  response.once("finish", () => done(false));
  response.once("close", () => {
    if (!response.writableFinished) done(true);
  });
}
