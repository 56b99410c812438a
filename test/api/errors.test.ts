// Bad or abusive queries get a clear error with a stable code; the server keeps serving.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApp, type TestApp } from "../support/app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe("errors", () => {
  it("answers a malformed query with GRAPHQL_PARSE_FAILED and where it broke", async () => {
    const response = await app.query(`{ entity(ref: "org/aco") { id `);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(response.errors?.[0].message).toMatch(/Syntax Error/);
  });

  it("answers an unknown field with GRAPHQL_VALIDATION_FAILED and a suggestion", async () => {
    const response = await app.query(`{ entity(ref: "org/aco") { nam } }`);
    expect(response.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.errors?.[0].message).toMatch(/Did you mean "name"/);
  });

  it("refuses a query nested too deep, before running it", async () => {
    let selection = "id";
    for (let level = 0; level < 10; level++) selection = `relationships(first: 1) { nodes { entity { ${selection} } } }`;
    const response = await app.query(`{ entity(ref: "org/aco") { ${selection} } }`);
    expect(response.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(response.errors?.[0].message).toMatch(/deep; the limit is/);
  });

  it("refuses a query whose lists multiply past the cost limit", async () => {
    const wide = `relationships(first: 100) { nodes { entity { relationships(first: 100) { nodes { entity { relationships(first: 100) { nodes { role } } } } } } } }`;
    const response = await app.query(`{ entity(ref: "org/aco") { ${wide} } }`);
    expect(response.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(response.errors?.[0].extensions?.cost).toBeGreaterThan(response.errors?.[0].extensions?.maxCost);
  });

  it("answers a non-JSON body with 400 and keeps serving", async () => {
    const response = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(response.status).toBe(400);
    expect(dataOf(await app.query(`{ entity(ref: "org/aco") { id } }`)).entity.id).toBe("org/aco");
  });

  it("answers a missing variable with BAD_USER_INPUT naming it", async () => {
    const response = await app.query(`query ($person: String!) { entity(ref: $person) { id } }`, {});
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toMatch(/\$person/);
  });

  it("gives errors with no stack traces", async () => {
    const response = await app.query(`{ entity(ref: "nobody at all") { id } }`);
    expect(response.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(response.errors?.[0].extensions).not.toHaveProperty("stacktrace");
  });
});
