/** npm run schema:emit — write schema/schema.graphql from the code. A test fails when they differ. */
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { config } from "../config";
import { graphSchema, printSortedSchema } from "../graphql/schema";

export const SCHEMA_FILE = resolve(config.root, "schema/schema.graphql");

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log("Usage: npm run schema:emit\nWrites schema/schema.graphql from the code (a test fails when they differ).");
  process.exit(0);
}

graphSchema().then((schema) => {
  writeFileSync(SCHEMA_FILE, printSortedSchema(schema));
  console.log(`Wrote ${SCHEMA_FILE}`);
});
