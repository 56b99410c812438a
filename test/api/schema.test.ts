// The committed SDL is the schema the code serves, and GraphiQL's docs pane describes everything.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isEnumType, isInputObjectType, isInterfaceType, isNonNullType, isObjectType, type GraphQLSchema } from "graphql";
import { graphSchema, printSortedSchema } from "../../src/graphql/schema";
import { REPO_ROOT } from "../support/app";

describe("schema/schema.graphql", () => {
  it("matches the schema built from the code (run `npm run schema:emit` after changing a type)", async () => {
    const committed = readFileSync(join(REPO_ROOT, "schema/schema.graphql"), "utf8");
    expect(committed).toBe(printSortedSchema(await graphSchema()));
  });

  it("describes every type, field, argument and enum value", async () => {
    expect(undocumented(await graphSchema())).toEqual([]);
  });

  it("keeps an error at its field: only root fields no argument can fail at run time are non-null", async () => {
    // pyramid's only arguments are Dates, refused (400) before the query runs; buildInfo takes none.
    const fields = Object.values((await graphSchema()).getQueryType()!.getFields());
    expect(fields.filter((field) => isNonNullType(field.type)).map((field) => field.name).sort()).toEqual(["buildInfo", "pyramid"]);
  });
});

function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}
