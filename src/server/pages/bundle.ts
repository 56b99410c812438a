/**
 * The browser scripts (pages' charts, GraphiQL's results view) are plain JavaScript modules that
 * import their libraries (Observable Plot, cytoscape) from node_modules; esbuild bundles each into
 * one file on first use, so nothing is fetched from a CDN and no build step has to run first.
 */
import { build } from "esbuild";

export async function bundleBrowserScript(entryFile: string): Promise<string> {
  const result = await build({
    entryPoints: [entryFile],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
