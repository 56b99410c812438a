/** npm run schema:emit — write schema/schema.graphql from the code. A test fails when they differ. */
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { config } from "../config";
import { graphSchema, printSortedSchema } from "../graphql/schema";

export const SCHEMA_FILE = resolve(config.root, "schema/schema.graphql");

graphSchema().then((schema) => {
  writeFileSync(SCHEMA_FILE, printSortedSchema(schema));
  console.log(`Wrote ${SCHEMA_FILE}`);
});
