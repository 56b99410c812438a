/**
 * GET /graphiql/<hash>/<name> and /assets/<hash>/<name>: GraphiQL's and the pages' files, cached by
 * browsers and CDNs for as long as they exist.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ASSET_PREFIX, graphiqlAssets, gzippedBody, type Asset } from "./assets";
import { PAGE_ASSET_PREFIX, pageAssets } from "../pages/assets";

const A_YEAR = 365 * 24 * 3600;

export function isGraphiQLAssetPath(pathname: string): boolean {
  return pathname.startsWith(ASSET_PREFIX);
}

export function isPageAssetPath(pathname: string): boolean {
  return pathname.startsWith(PAGE_ASSET_PREFIX);
}

export async function serveGraphiQLAsset(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  await serveAsset(request, response, url, ASSET_PREFIX, await graphiqlAssets());
}

export async function servePageAsset(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  await serveAsset(request, response, url, PAGE_ASSET_PREFIX, (await pageAssets()).files);
}

async function serveAsset(request: IncomingMessage, response: ServerResponse, url: URL, prefix: string, assets: Map<string, Asset>): Promise<void> {
  const [hash, name] = url.pathname.slice(prefix.length).split("/");
  const asset = name ? assets.get(name) : undefined;
  if (!asset || (request.method !== "GET" && request.method !== "HEAD")) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`Nothing at ${url.pathname}.\n`);
    return;
  }
  const etag = `"${asset.hash}"`;
  // The hash in the address names the content, so the current file never changes: cache it for good.
  // A page from before a restart may still ask for an older hash; it gets today's file, uncached.
  const cacheControl = hash === asset.hash ? `public, max-age=${A_YEAR}, immutable` : "no-cache";
  const headers = { etag, "cache-control": cacheControl, "content-type": asset.contentType, vary: "Accept-Encoding" };
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  const body = gzip ? await gzippedBody(asset) : asset.body;
  response.writeHead(200, { ...headers, "content-length": body.length, ...(gzip ? { "content-encoding": "gzip" } : {}) });
  response.end(request.method === "HEAD" ? undefined : body);
}
