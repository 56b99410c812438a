import { defineConfig } from "vitest/config";

/**
 * Two projects, one per engine: "sqlite" runs every test on the embedded default; "postgres" runs
 * the API tests again against a real PostgreSQL server started for the run (test/support/postgres.ts).
 * TEST_ENGINES=sqlite (or postgres) runs one of them; `--project postgres` does too.
 */
const engines = (process.env.TEST_ENGINES ?? "sqlite,postgres").split(",").map((name) => name.trim());

/**
 * The tests that run on PostgreSQL too: every test that asks the API over HTTP (test/api, the pages,
 * the abuse cases, the Le Mans entries checked through the API), and the PostgreSQL-only ones.
 * The rest run on the sqlite project only, being about SQLite itself or about no database:
 * test/build and test/reliability/{kill-build,seed-files} (the SQLite build's temporary files,
 * kill -9 mid-build, seed file errors before any engine), the other test/data files and test/unit
 * (seeds and pure logic), test/browser (Chromium over the pages, which test/pages covers on both).
 */
const POSTGRES_TESTS = [
  "test/postgres/**/*.test.ts",
  "test/api/**/*.test.ts",
  "test/pages/**/*.test.ts",
  "test/reliability/http-abuse.test.ts",
  "test/data/le-mans-entries.test.ts",
];

export default defineConfig({
  // type-graphql and Apollo load graphql's CommonJS build; make tests use the same copy.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    setupFiles: ["reflect-metadata"],
    testTimeout: 30_000,
    // The servers tests start would print a JSON log line per request; tests that read the log set their own level.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: "sqlite", include: ["test/**/*.test.ts"], exclude: ["test/postgres/**", "**/node_modules/**"], env: { TEST_ENGINE: "sqlite" } },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: POSTGRES_TESTS,
          exclude: ["**/node_modules/**"],
          globalSetup: ["test/support/postgres-global-setup.ts"],
          env: { TEST_ENGINE: "postgres" },
        },
      },
    ].filter((project) => engines.includes(project.test.name)),
  },
});
