/**
 * The shape of src/, checked in `npm test` (test/unit/structure.test.ts runs
 * `depcruise src`). Type-only imports count: a cycle through types is still a cycle.
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "A cycle makes 'what may this file touch?' unanswerable from the file alone.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "domain-is-pure",
      comment: "src/domain is plain logic over plain data: no database, GraphQL, HTTP, seed-file format or exports.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { path: "^src/(db|graphql|server|seeds|export|cli|synth)/" },
    },
    {
      name: "domain-has-no-packages",
      comment: "src/domain needs no library: it must stay testable and portable as it is.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { dependencyTypes: ["npm", "npm-dev", "npm-optional", "npm-peer", "npm-no-pkg", "npm-unknown"] },
    },
    {
      name: "api-and-exports-not-on-seed-format",
      comment: "The API and the exports depend on domain types, not on the YAML seed format (src/seeds).",
      severity: "error",
      from: { path: "^src/(graphql|export)/" },
      to: { path: "^src/seeds/" },
    },
    {
      name: "no-upward-imports",
      comment: "Layers: domain → seeds → db → graphql/export → server → cli. Nothing imports a layer above it.",
      severity: "error",
      from: { path: "^src/(domain|seeds|db|graphql|export)/" },
      to: { path: "^src/(server|cli)/" },
    },
    {
      name: "db-below-graphql",
      severity: "error",
      from: { path: "^src/(db|seeds)/" },
      to: { path: "^src/(graphql|export)/" },
    },
    {
      name: "database-driver-only-in-db",
      comment: "Only src/db opens or queries the database; elsewhere a connection is at most a type.",
      severity: "error",
      from: { pathNot: "^src/db/" },
      to: { path: "node_modules/better-sqlite3/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
