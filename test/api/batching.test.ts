// A nested list costs the same number of SQL statements whether it has 2 parents or 20: no N+1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApp, type TestApp } from "../support/app";
import { writePeopleOrgsChampionships } from "../support/synthetic-seeds";

const NESTED = `query ($first: Int!) {
  entities(kinds: [PERSON], first: $first) {
    nodes { name ... on Person { roles { nodes { role entity { name ... on Organisation {
      championships { totalCount nodes { entity { name } statement { citations { quote source { title } } } } }
    } } } } } }
  }
}`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(writePeopleOrgsChampionships(25));
});
afterAll(() => app?.stop());

async function sqlStatementsFor(first: number): Promise<{ count: number; people: number; championships: number }> {
  const response = await app.query(NESTED, { first });
  const data = dataOf(response);
  const championships = data.entities.nodes.flatMap((person: any) => person.roles.nodes.flatMap((role: any) => role.entity.championships.nodes));
  return { count: response.extensions!.cost!.sqlStatements, people: data.entities.nodes.length, championships: championships.length };
}

describe("batched loading", () => {
  it("runs the same number of SQL statements for people → roles → organisation → championships with 2 or 20 people", async () => {
    const two = await sqlStatementsFor(2);
    const twenty = await sqlStatementsFor(20);
    expect([two.people, twenty.people]).toEqual([2, 20]);
    expect([two.championships, twenty.championships]).toEqual([4, 40]);
    expect(twenty.count).toBe(two.count);
    // One per level: people, roles, organisations, championship links, championships, citations, sources.
    expect(two.count).toBeLessThanOrEqual(7);
  });
});
