/**
 * CORS for every route (API, exports, health): the data is public and there are no cookies or
 * logins, so any origin may read by default. CORS_ORIGINS="https://a.example,https://b.example"
 * limits it to those origins. Preflights (OPTIONS) are answered 204.
 */
import cors from "cors";
import type { IncomingMessage, ServerResponse } from "node:http";

type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/** Headers a browser app may read from an answer (caching and build provenance). */
const EXPOSED = ["ETag", "X-Build-Fingerprint", "X-Response-Cache", "Content-Disposition"];

export function corsFromEnv(env: NodeJS.ProcessEnv = process.env): Middleware {
  const list = (env.CORS_ORIGINS ?? "").split(",").map((origin) => origin.trim()).filter(Boolean);
  const origin = list.length === 0 || list.includes("*") ? "*" : list;
  return cors({
    origin,
    methods: ["GET", "HEAD", "POST", "OPTIONS"],
    exposedHeaders: EXPOSED,
    maxAge: 86_400,
    optionsSuccessStatus: 204,
  }) as Middleware;
}
