import { defineConfig } from "vitest/config";

/**
 * Two projects, one per engine: "sqlite" runs every test on the embedded default; "postgres" runs
 * the API tests again against a real PostgreSQL server started for the run (test/support/postgres.ts).
 * TEST_ENGINES=sqlite (or postgres) runs one of them; `--project postgres` does too.
 */
const engines = (process.env.TEST_ENGINES ?? "sqlite,postgres").split(",").map((name) => name.trim());

/** The tests that run on PostgreSQL too: every API test, and the PostgreSQL-only ones. */
const POSTGRES_TESTS = ["test/postgres/**/*.test.ts"];

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
