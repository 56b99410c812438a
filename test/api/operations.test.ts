// Every example operation in schema/operations/ (the ones GraphiQL offers journalists) runs on the
// seeded database without errors and gives exactly its recorded answer, <Name>.expected.json.
// After a change to the seeds or an operation, re-record them all and review the diff:
//   UPDATE_EXPECTED=1 npx vitest run test/api/operations.test.ts
import { existsSync, readdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadExampleOperations, OPERATIONS_DIR } from "../../src/server/graphiql/examples";
import * as generated from "../../src/generated/graphql";
import { namesMatching } from "../../examples/typed-client";
import { startTestApp, type TestApp } from "../support/app";

const UPDATE = process.env.UPDATE_EXPECTED === "1";
const RERECORD = "re-record with UPDATE_EXPECTED=1 npx vitest run test/api/operations.test.ts";
const examples = loadExampleOperations();

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

/** What is recorded: the variables the operation ran with, and its data. */
interface Recorded {
  variables: Record<string, unknown>;
  data: unknown;
}

const expectedFile = (name: string) => join(OPERATIONS_DIR, `${name}.expected.json`);

describe("schema/operations", () => {
  it("has example operations, each with a line saying what it asks", () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(example.description, `${example.name}.graphql has no leading # comment`).not.toBe("");
  });

  it("has a typed document from codegen for every operation, named as its file", () => {
    // GraphiQL titles a tab by the operation's name and the example list finds it by the file's name.
    const documents = generated as unknown as Record<string, unknown>;
    const missing = examples.map((example) => `${example.name}Document`).filter((name) => !documents[name]);
    expect(missing, "run npm run codegen, and name each file after its operation").toEqual([]);
  });

  for (const example of examples) {
    it(`${example.name} runs without errors and gives its recorded answer`, async () => {
      const response = await app.query(example.document, example.variables);
      expect(response.errors, `${example.name} answered with errors`).toBeUndefined();
      const actual: Recorded = { variables: example.variables, data: response.data };
      const file = expectedFile(example.name);
      if (UPDATE) {
        writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
        return;
      }
      expect(existsSync(file), `${file} is missing: ${RERECORD}`).toBe(true);
      const recorded = JSON.parse(readFileSync(file, "utf8")) as Recorded;
      expect(actual, `${example.name} no longer gives its recorded answer; if the change is right, ${RERECORD}`).toStrictEqual(recorded);
    });
  }

  it("answers the typed client in examples/typed-client.ts", async () => {
    const names = await namesMatching(app.url, "frederic");
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^Frédéric /);
  });

  it("keeps no recorded answer or variables for an operation that is gone", () => {
    const names = new Set(examples.map((example) => example.name));
    const orphans = (suffix: string) =>
      readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith(suffix) && !names.has(file.slice(0, -suffix.length)));
    if (UPDATE) for (const orphan of orphans(".expected.json")) rmSync(join(OPERATIONS_DIR, orphan));
    expect(orphans(".expected.json"), RERECORD).toEqual([]);
    expect(orphans(".variables.json"), "variables for an operation that does not exist").toEqual([]);
  });
});
