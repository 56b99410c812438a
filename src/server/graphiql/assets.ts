/**
 * GraphiQL's static files, served by the API itself from @graphql-yoga/render-graphiql (GraphiQL 5,
 * React and Monaco in one package), so GraphiQL works with no internet: nothing is loaded from a CDN.
 *
 * The ~9 MB bundle is a separate file with a content hash in its address rather than inlined in
 * the page (as renderGraphiQL does), so a browser downloads it once and every share link after
 * that loads only the small page. It is built on first use: API-only servers and tests never pay
 * for reading it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { bundleBrowserScript } from "../pages/bundle";

export interface Asset {
  /** The address the page uses: /graphiql/<hash>/<name>. */
  path: string;
  contentType: string;
  body: Buffer;
  /** A hash of the body: the ETag, and the part of the path that changes with the content. */
  hash: string;
  gzipped?: Promise<Buffer>;
}

export const ASSET_PREFIX = "/graphiql/";

let built: Promise<Map<string, Asset>> | undefined;

/** Every asset by file name (graphiql.js, graphiql.css, start-graphiql.js, results.js), built once. */
export function graphiqlAssets(): Promise<Map<string, Asset>> {
  built ??= buildAssets();
  return built;
}

async function buildAssets(): Promise<Map<string, Asset>> {
  // Loaded here, not at the top: the module is a 9 MB string that only GraphiQL users need.
  const bundle = require("@graphql-yoga/render-graphiql/graphiql") as typeof import("@graphql-yoga/render-graphiql/graphiql");
  const browserDir = join(__dirname, "browser");
  const files: [string, string, string][] = [
    ["graphiql.js", "text/javascript; charset=utf-8", monacoWorkerSetup(bundle) + bundle.js],
    ["graphiql.css", "text/css; charset=utf-8", bundle.css + readFileSync(join(browserDir, "examples.css"), "utf8")],
    ["start-graphiql.js", "text/javascript; charset=utf-8", readFileSync(join(browserDir, "start-graphiql.js"), "utf8")],
    // The answer as a table, timeline or graph: bundled from node_modules (Plot, cytoscape) on first use.
    ["results.js", "text/javascript; charset=utf-8", await bundleBrowserScript(join(browserDir, "results.js"))],
  ];
  return new Map(files.map(([name, contentType, text]) => [name, asset(name, contentType, text)]));
}

export function asset(name: string, contentType: string, text: string, prefix = ASSET_PREFIX): Asset {
  const body = Buffer.from(text, "utf8");
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  return { path: `${prefix}${hash}/${name}`, contentType, body, hash };
}

/**
 * Monaco runs its language services in web workers. The package ships their code as strings;
 * turning them into blob: URLs (as renderGraphiQL does) keeps them same-origin and offline.
 */
function monacoWorkerSetup(bundle: { editorWorkerService: string; jsonWorker: string; graphqlWorker: string }): string {
  return `(function () {
  function workerUrl(source) {
    return URL.createObjectURL(new Blob([source], { type: "application/javascript" }));
  }
  var workers = {
    editorWorkerService: workerUrl(${JSON.stringify(bundle.editorWorkerService)}),
    json: workerUrl(${JSON.stringify(bundle.jsonWorker)}),
    graphql: workerUrl(${JSON.stringify(bundle.graphqlWorker)}),
  };
  self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: function (_moduleId, label) { return workers[label]; } };
})();
`;
}

const gzipAsync = promisify(gzip);

/** The gzipped body, compressed on first request (the bundle shrinks from ~9 MB to ~2.5 MB). */
export function gzippedBody(asset: Asset): Promise<Buffer> {
  asset.gzipped ??= gzipAsync(asset.body);
  return asset.gzipped;
}
