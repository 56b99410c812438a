// @ts-check
// `npm run test:mutation`: Stryker mutates the pure domain logic and runs the fast unit tests against
// each mutant; test/mutation/report.ts then writes test/mutation/RESULTS.md from the JSON report.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // Only test/unit: no server, no database, so one mutant costs seconds, not minutes.
  vitest: { configFile: "test/mutation/vitest.config.mts" },
  mutate: ["src/domain/**/*.ts"],
  plugins: ["@stryker-mutator/vitest-runner", "./test/mutation/ignore-vocabulary-prose.mjs"],
  ignorers: ["VocabularyProse"],
  // A static mutant (a module-level constant: a regular expression, a table) can only be tested by
  // reloading every test file; on two shared cores that is most of the run. They are left out, and
  // RESULTS.md counts them.
  ignoreStatic: true,
  // The machine is shared: two test processes at most.
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ["progress-append-only", "clear-text", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // Reruns test only mutants whose code or tests changed. The file is git-ignored (reports/): it
  // describes one checkout, and a fresh clone should run everything once.
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
