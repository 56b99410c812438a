// Every list is a connection with a capped `first`, cursors and a total that counts the whole list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingSql } from "../../src/db/sql";
import { dataOf, startTestApp, type TestApp } from "../support/app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const cursorAt = (offset: number) => Buffer.from(`offset:${offset}`).toString("base64url");

/** Read straight from the database, independently of the API: the current statements, oldest report first. */
async function currentStatementIds(): Promise<string[]> {
  const sql = countingSql(app.dataSource);
  const rows = await sql.all<{ id: string }>(`SELECT id FROM statement WHERE superseded_by_id IS NULL ORDER BY stated_on_day${sql.dialect.nullsFirst}, id`);
  return rows.map((row) => row.id);
}

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

  it("pages through every current statement in order, with the same total and the right page flags on every page", async () => {
    const expected = await currentStatementIds();
    expect(expected.length).toBeGreaterThan(100);
    const seen: string[] = [];
    let after: string | null = null;
    // Guard: room for 7,000 statements (the seeds keep growing).
    for (let page = 0; page < 1000; page++) {
      const data: any = dataOf(
        await app.query(`query ($after: String) { statements(first: 7, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } }`, { after }),
      );
      const { totalCount, pageInfo, nodes } = data.statements;
      expect(totalCount).toBe(expected.length);
      expect(pageInfo.hasPreviousPage).toBe(page > 0);
      expect(nodes.map((node: { id: string }) => node.id)).toEqual(expected.slice(page * 7, page * 7 + 7));
      expect(pageInfo.startCursor).toBe(cursorAt(page * 7 + 1));
      seen.push(...nodes.map((node: { id: string }) => node.id));
      expect(pageInfo.hasNextPage).toBe(seen.length < expected.length);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it("keeps totalCount past the end of every kind of list, with an empty page", async () => {
    const past = cursorAt(100_000);
    const data: any = dataOf(
      await app.query(
        `query ($past: String) {
          statements(first: 5, after: $past) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
          all: statements(first: 5) { totalCount }
          entities(first: 5, after: $past) { totalCount nodes { id } }
          allEntities: entities(first: 5) { totalCount }
          search(text: "le mans", first: 5, after: $past) { totalCount nodes { entity { id } } }
          allHits: search(text: "le mans", first: 5) { totalCount }
          timeline(entity: "org/aco", first: 5, after: $past) { totalCount nodes { statement { id } } }
          wholeTimeline: timeline(entity: "org/aco", first: 5) { totalCount }
          entity(ref: "org/aco") {
            statements(first: 5, after: $past) { totalCount nodes { id } }
            allStatements: statements(first: 5) { totalCount }
          }
        }`,
        { past },
      ),
    );
    expect(data.all.totalCount).toBe((await currentStatementIds()).length);
    expect(data.statements).toEqual({ totalCount: data.all.totalCount, nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null } });
    expect(data.allEntities.totalCount).toBeGreaterThan(0);
    expect(data.entities).toEqual({ totalCount: data.allEntities.totalCount, nodes: [] });
    expect(data.allHits.totalCount).toBeGreaterThan(0);
    expect(data.search).toEqual({ totalCount: data.allHits.totalCount, nodes: [] });
    expect(data.wholeTimeline.totalCount).toBeGreaterThan(0);
    expect(data.timeline).toEqual({ totalCount: data.wholeTimeline.totalCount, nodes: [] });
    expect(data.entity.allStatements.totalCount).toBeGreaterThan(0);
    expect(data.entity.statements).toEqual({ totalCount: data.entity.allStatements.totalCount, nodes: [] });
  });

  it("rejects a cursor it did not give out", async () => {
    const response = await app.query(`{ statements(first: 5, after: "bogus") { totalCount } }`);
    expect(response.errors?.[0].message).toMatch(/not a cursor/);
  });

  it("rejects a forged cursor with an offset no list reaches as BAD_USER_INPUT, not a server error", async () => {
    for (const forged of ["offset:99999999999999999999", "offset:-1", "offset:1e9"]) {
      const response = await app.query(`query ($after: String) { statements(first: 5, after: $after) { totalCount } }`, { after: Buffer.from(forged).toString("base64url") });
      expect(response.errors?.[0].extensions?.code, forged).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0].message).toMatch(/`after` on Query\.statements is not a cursor this API gave out/);
    }
  });
});
