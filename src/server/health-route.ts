/**
 * GET /healthz: the process answers (for a liveness probe; it touches nothing else).
 * GET /readyz: the database answers a query; says which build it serves and how much it holds
 * (for a readiness probe or a load balancer). 503 while shutting down or when the database fails.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBuildStamp } from "../db/reads/build-info";
import { countingSql } from "../db/sql";
import { logger } from "./logger";
import type { AppServices } from "./services";

export const HEALTH_PATH = "/healthz";
export const READY_PATH = "/readyz";

const COUNTS = ["entities", "statements", "citations", "sources"] as const;

const stopping = new WeakSet<AppServices>();

/** From now on this app's /readyz answers 503, so a load balancer stops sending requests here. */
export function markStopping(app: AppServices): void {
  stopping.add(app);
}

export async function answerHealth(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!onlyGet(request, response)) return;
  json(response, 200, { status: "ok", uptimeSeconds: Math.round(process.uptime()) });
}

export async function answerReady(request: IncomingMessage, response: ServerResponse, _url: URL, app: AppServices): Promise<void> {
  if (!onlyGet(request, response)) return;
  if (stopping.has(app) || !app.dataSource.isInitialized) return json(response, 503, { status: "stopping" });
  try {
    const stamp = await readBuildStamp(countingSql(app.dataSource));
    const counts = Object.fromEntries(COUNTS.map((key) => [key, stamp ? stamp[key] : Number.NaN]));
    json(response, 200, { status: "ready", build: { fingerprint: stamp?.fingerprint ?? null, builtAt: stamp?.builtAt || null }, counts });
  } catch (error) {
    logger.error({ err: error }, "readiness check failed");
    json(response, 503, { status: "unavailable", message: "The database did not answer." });
  }
}

function onlyGet(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method === "GET" || request.method === "HEAD") return true;
  response.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Read this with GET.\n");
  return false;
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }).end(`${JSON.stringify(body)}\n`);
}
