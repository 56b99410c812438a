// timeline(entity, from, to): an entity's history in order, with statuses and citations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AddressInfo } from "node:net";
import { rebuildDatabase } from "../../src/db/rebuild";
import { QUERIES, requestBody } from "../bench/queries";
import { createRawServer } from "../bench/raw-server";
import { dataOf, startTestApp, temporaryFile, type TestApp } from "../support/app";
import { writeTimelineGraph } from "../support/synthetic-seeds";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const TIMELINE = `query ($entity: String!, $from: Date, $to: Date, $knownAt: Date) {
  timeline(entity: $entity, from: $from, to: $to, knownAt: $knownAt, first: 100) {
    totalCount
    nodes { date { text firstDay lastDay } dateIsReportDate status statement { id predicate validUntil { lastDay } citations { quote } } }
  }
}`;

async function timeline(variables: Record<string, unknown>) {
  return dataOf(await app.query(TIMELINE, variables)).timeline as {
    totalCount: number;
    nodes: { date: { text: string; firstDay: string; lastDay: string }; dateIsReportDate: boolean; status: string; statement: { id: string; predicate: string; validUntil: { lastDay: string } | null; citations: { quote: string }[] } }[];
  };
}

describe("timeline", () => {
  it("reads Ratel's history oldest first, every entry cited", async () => {
    const { nodes } = await timeline({ entity: "Stéphane Ratel" });
    const days = nodes.map((node) => node.date.firstDay);
    expect(days).toEqual([...days].sort());
    expect(nodes.map((node) => node.statement.id)).toEqual(expect.arrayContaining(["statement/ratel-le-mans-driver-1993", "statement/ratel-lmem-partner"]));
    for (const node of nodes) expect(node.statement.citations.length).toBeGreaterThan(0);
  });

  it("keeps only what overlaps from–to", async () => {
    const { nodes } = await timeline({ entity: "Stéphane Ratel", from: "2004-01-01", to: "2005-12-31" });
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.date.firstDay <= "2005-12-31").toBe(true);
      expect((node.statement.validUntil?.lastDay ?? "9999") >= "2004-01-01").toBe(true);
    }
    expect(nodes.map((node) => node.statement.id)).toContain("statement/ratel-lmem-partner");
    expect(nodes.map((node) => node.statement.id)).not.toContain("statement/ratel-le-mans-driver-1993");
  });

  it("shows the story unfold: as known on 2021-11-04 the announcement is not there yet", async () => {
    const before = await timeline({ entity: "agreement/aco-almem-sro-2021", knownAt: "2021-11-04" });
    const after = await timeline({ entity: "agreement/aco-almem-sro-2021", knownAt: "2021-11-05" });
    expect(before.totalCount).toBe(0);
    expect(after.totalCount).toBeGreaterThan(0);
  });

  it("places a statement with no valid time at its report date, and says so", async () => {
    const { nodes } = await timeline({ entity: "Pierre Fillon" });
    const quoted = nodes.find((node) => node.statement.predicate === "SAID");
    expect(quoted?.dateIsReportDate).toBe(true);
    expect(quoted?.date.text).toBe("2021-11-05");
  });

  it("follows a series' names over time when asked for OFFICIAL_NAME only", async () => {
    const data = dataOf(await app.query(`{ timeline(entity: "GTWCA", predicates: [OFFICIAL_NAME]) { nodes { date { firstDay } statement { predicate value } } } }`));
    const nodes = data.timeline.nodes as { date: { firstDay: string }; statement: { predicate: string; value: string } }[];
    expect(new Set(nodes.map((node) => node.statement.predicate))).toEqual(new Set(["OFFICIAL_NAME"]));
    expect(nodes[0].statement.value).toBe("Blancpain GT Series Asia");
    expect(nodes.map((node) => node.date.firstDay)).toEqual(nodes.map((node) => node.date.firstDay).sort());
  });

  it("rejects from after to", async () => {
    const response = await app.query(TIMELINE, { entity: "org/aco", from: "2020-01-01", to: "2019-01-01" });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("timeline order", () => {
  const EXPECTED = ["z-reported-1990", "started-1990-04-24", "tie-1", "tie-2", "a-late-report"].map((id) => `statement/${id}`);
  let folder: string;
  let small: TestApp;
  beforeAll(async () => {
    folder = writeTimelineGraph();
    small = await startTestApp(folder);
  });
  afterAll(() => small?.stop());

  const page = async (first: number, after?: string) =>
    dataOf(await small.query(`query ($after: String) { timeline(entity: "person/p", first: ${first}, after: $after) {
      totalCount pageInfo { endCursor } nodes { date { text } statement { id } } } }`, { after })).timeline as {
      totalCount: number; pageInfo: { endCursor: string }; nodes: { date: { text: string }; statement: { id: string } }[];
    };

  it("is by the day an entry is shown at, then record date, then id: a report dated only by its year comes before that year's days", async () => {
    const { totalCount, nodes } = await page(10);
    expect(totalCount).toBe(5);
    expect(nodes.map((node) => node.statement.id)).toEqual(EXPECTED);
    expect(nodes.map((node) => node.date.text)).toEqual(["1990", "1990-04-24", "1995-06-01", "1995-06-01", "1995-06-01"]);
  });

  it("keeps that order across pages, a tie split between two pages", async () => {
    const first = await page(3);
    const rest = await page(10, first.pageInfo.endCursor);
    expect([...first.nodes, ...rest.nodes].map((node) => node.statement.id)).toEqual(EXPECTED);
  });

  it("is the benchmark baseline's order (Q0 answers the same, byte for byte)", async () => {
    const file = temporaryFile("timeline.sqlite");
    await rebuildDatabase(folder, file);
    const raw = createRawServer(file);
    await new Promise<void>((resolve) => raw.server.listen(0, "127.0.0.1", resolve));
    try {
      const query = { ...QUERIES.find((candidate) => candidate.id === "Q3-timeline")!, variables: { ref: "person/p" } };
      const post = async (url: string): Promise<any> => (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: requestBody(query) })).json();
      const [api, baseline] = [await post(small.url), await post(`http://127.0.0.1:${(raw.server.address() as AddressInfo).port}/`)];
      expect(api.data.timeline.nodes.map((node: { statement: { id: string } }) => node.statement.id)).toEqual(EXPECTED);
      expect(JSON.stringify(api.data)).toBe(JSON.stringify(baseline.data));
    } finally {
      raw.close();
    }
  });
});
