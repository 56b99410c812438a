// Every list is a connection with a capped `first`, cursors and a total.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApp, type TestApp } from "../support/app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe("connections", () => {
  it("rejects first over 100 with a message naming the field", async () => {
    const response = await app.query(`{ statements(first: 101) { totalCount } }`);
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toMatch(/`first` on Query\.statements must be between 1 and 100; got 101/);
  });

  it("rejects first of 0 on a nested list too", async () => {
    const response = await app.query(`{ entity(ref: "org/aco") { statements(first: 0) { totalCount } } }`);
    expect(response.errors?.[0].message).toMatch(/between 1 and 100/);
  });

  it("pages through every statement with cursors, without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 1000; guard++) { // 7 per page: room for 7,000 statements
      const data: any = dataOf(await app.query(`query ($after: String) { statements(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`, { after }));
      total = data.statements.totalCount;
      seen.push(...data.statements.nodes.map((node: { id: string }) => node.id));
      if (!data.statements.pageInfo.hasNextPage) break;
      after = data.statements.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("rejects a cursor it did not give out", async () => {
    const response = await app.query(`{ statements(first: 5, after: "bogus") { totalCount } }`);
    expect(response.errors?.[0].message).toMatch(/not a cursor/);
  });
});
