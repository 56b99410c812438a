// npm run build: compile src/ to dist/ (tsconfig.build.json) and copy beside the code the files
// the server reads at run time (the browser files of GraphiQL and the pages, and the operations behind the pages). Also used by scripts/start.js.
"use strict";
const { spawnSync } = require("node:child_process");
const { cpSync, readdirSync, statSync, writeFileSync, existsSync } = require("node:fs");
const { join, resolve } = require("node:path");

const ROOT = resolve(__dirname, "..");
const DIST = join(ROOT, "dist");
const STAMP = join(DIST, ".built");
/** Files that are not TypeScript but ship with the code. */
const ASSET_DIRS = ["server/graphiql/browser", "server/pages/browser", "server/pages/operations"];

function build() {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  const result = spawnSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`tsc failed (exit ${result.status})`);
  for (const dir of ASSET_DIRS) cpSync(join(ROOT, "src", dir), join(DIST, dir), { recursive: true });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

/** The newest modification time under a folder. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** True when dist/ is missing or older than anything under src/ (or the build configuration). */
function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return newest(join(ROOT, "src")) > built || statSync(join(ROOT, "tsconfig.build.json")).mtimeMs > built;
}

module.exports = { build, isStale, DIST };

if (require.main === module) {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log("Usage: npm run build\nCompiles src/ to dist/ (tsconfig.build.json) with the files the server reads at run time; npm start then serves dist/.");
    process.exit(0);
  }
  try {
    build();
    console.log(`Built ${DIST}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
