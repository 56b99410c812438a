/**
 * GET /export/<name>: the exports of src/export, streamed. Every response names the database build
 * it came from (X-Build-Fingerprint, and the file name in Content-Disposition); the fingerprint is
 * also the ETag, so a client that has this build's file gets 304 Not Modified.
 * GET /export lists what there is.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { databaseFile } from "../db/connection";
import { EXPORT_FORMATS, EXPORT_NAMES, isExportName, openExport } from "../export/exports";
import type { AppServices } from "./services";

export const EXPORT_PREFIX = "/export";

export function isExportPath(pathname: string): boolean {
  return pathname === EXPORT_PREFIX || pathname === `${EXPORT_PREFIX}/` || pathname.startsWith(`${EXPORT_PREFIX}/`);
}

export async function answerExport(request: IncomingMessage, response: ServerResponse, url: URL, app: AppServices): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Exports are read with GET.\n");
    return;
  }
  const name = url.pathname.slice(EXPORT_PREFIX.length).replace(/^\//, "");
  if (name === "") return listExports(response);
  if (!isExportName(name)) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`No export named "${name}". There are: ${EXPORT_NAMES.join(", ")}.\n`);
    return;
  }
  const file = await openExport(name, databaseFileOf(app));
  const etag = `"${file.stamp.fingerprint}-${name}"`;
  response.setHeader("x-build-fingerprint", file.stamp.fingerprint);
  response.setHeader("etag", etag);
  response.setHeader("cache-control", "no-cache"); // revalidate: the ETag changes with every build
  if (request.headers["if-none-match"] === etag || request.method === "HEAD") {
    file.close();
    response.writeHead(request.method === "HEAD" ? 200 : 304, request.method === "HEAD" ? { "content-type": file.contentType } : {}).end();
    return;
  }
  response.writeHead(200, { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.fileName}"` });
  await file.writeTo(response).catch((error: unknown) => {
    // The client went away mid-download: nothing to answer, and nothing to log as a server error.
    if ((error as NodeJS.ErrnoException).code !== "ERR_STREAM_PREMATURE_CLOSE") throw error;
  });
}

function listExports(response: ServerResponse): void {
  const exports = EXPORT_NAMES.map((name) => ({ name, url: `${EXPORT_PREFIX}/${name}`, contentType: EXPORT_FORMATS[name].contentType, description: EXPORT_FORMATS[name].description }));
  response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(`${JSON.stringify({ exports }, null, 2)}\n`);
}

/** The file the API serves: exports open it again, read-only, on a connection of their own. */
function databaseFileOf(app: AppServices): string {
  return databaseFile(app.dataSource);
}
