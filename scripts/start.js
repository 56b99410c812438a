// npm start: serve the compiled server (dist/), compiling it first when it is missing or older
// than src/. The server runs in this very process (no child), so SIGTERM and SIGINT reach it and
// nothing is left behind when npm start stops.
"use strict";
const { build, isStale } = require("./build");

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  // The server's own usage, without compiling first (src/cli/start.ts holds the text).
  console.log("Usage: npm start\nCompiles the server to dist/ when it is missing or older than src/, builds the database when it is\nmissing or older than the seeds, then serves the GraphQL API. Environment: see README.md, \"Operating it\".");
  process.exit(0);
}

if (isStale()) {
  const hasTypeScript = (() => {
    try {
      require.resolve("typescript/bin/tsc");
      return true;
    } catch {
      return false;
    }
  })();
  if (!hasTypeScript) {
    console.error("dist/ is missing or older than src/, and TypeScript is not installed to build it: run `npm ci && npm run build`.");
    process.exit(1);
  }
  console.log("Compiling the server to dist/ …");
  build();
}
require("../dist/cli/start.js");
