import { defineConfig } from "vitest/config";

export default defineConfig({
  // type-graphql and Apollo load graphql's CommonJS build; make tests use the same copy.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["reflect-metadata"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
