// The tests Stryker runs against each mutant: only the fast unit tests, which import src/domain
// directly and start no server (the API tests would take minutes per mutant).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/unit/**/*.test.ts"],
    // The import rules are checked on the source tree, not on behaviour: no mutant can fail them.
    exclude: ["test/unit/structure.test.ts"],
    // Instrumented code runs slower; the cost tests walk long texts.
    testTimeout: 60_000,
  },
});
