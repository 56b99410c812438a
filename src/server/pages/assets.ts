/** The pages' stylesheet and script, served at /assets/<hash>/<name> like GraphiQL's files. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { asset, type Asset } from "../graphiql/assets";
import { bundleBrowserScript } from "./bundle";

export const PAGE_ASSET_PREFIX = "/assets/";

export interface PageAssets {
  files: Map<string, Asset>;
  /** The address of a file, with its content hash. */
  path(name: string): string;
}

let built: Promise<PageAssets> | undefined;

export function pageAssets(): Promise<PageAssets> {
  built ??= buildPageAssets();
  return built;
}

async function buildPageAssets(): Promise<PageAssets> {
  const browserDir = join(__dirname, "browser");
  const files = new Map<string, Asset>(
    [
      asset("pages.css", "text/css; charset=utf-8", readFileSync(join(browserDir, "pages.css"), "utf8"), PAGE_ASSET_PREFIX),
      asset("pages.js", "text/javascript; charset=utf-8", await bundleBrowserScript(join(browserDir, "pages.js")), PAGE_ASSET_PREFIX),
    ].map((file) => [file.path.split("/").pop()!, file]),
  );
  return { files, path: (name) => files.get(name)!.path };
}

/** A chequered flag, inline: any other favicon would be one more request. */
export const FAVICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4" fill="#fff"/>` +
      `<path d="M0 0h1v1H0zM2 0h1v1H2zM1 1h1v1H1zM3 1h1v1H3zM0 2h1v1H0zM2 2h1v1H2zM1 3h1v1H1zM3 3h1v1H3z"/></svg>`,
  );
