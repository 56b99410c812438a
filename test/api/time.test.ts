// Valid time (asOf) and record time (knownAt), and undecided statements, as a researcher asks them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApp, type TestApp } from "../support/app";
import { LeMansAutomaticEntriesKnownAtDocument, PersonRolesDocument } from "../../src/generated/graphql";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

async function isLmemPartnerOn(asOf: string): Promise<boolean> {
  const data = dataOf(await app.query(PersonRolesDocument, { person: "Stéphane Ratel", asOf }));
  if (data.entity?.__typename !== "Person") throw new Error("expected a Person");
  return data.entity.ventures.nodes.some((link) => link.entity.id === "org/lmem" && link.predicate === "SHAREHOLDER_OF");
}

async function leMans2024Routes(knownAt: string | null) {
  const data = dataOf(await app.query(LeMansAutomaticEntriesKnownAtDocument, { knownAt }));
  if (data.entity?.__typename !== "Event") throw new Error("expected an Event");
  return data.entity.automaticEntryRoutes.nodes.filter((node) =>
    node.statement.qualifiers.some((qualifier) => qualifier.name === "edition" && qualifier.value === "2024"),
  );
}

describe("asOf: what held on a day", () => {
  it("Ratel is an LMEM partner as of 2008", async () => {
    expect(await isLmemPartnerOn("2008-06-01")).toBe(true);
  });

  it("Ratel is not an LMEM partner as of 2013, after selling ahead of the 2012 WEC", async () => {
    expect(await isLmemPartnerOn("2013-06-01")).toBe(false);
  });

  it("a day in the last year of a term still counts (validUntil 2011 covers 2011-12-31)", async () => {
    expect(await isLmemPartnerOn("2011-12-31")).toBe(true);
    expect(await isLmemPartnerOn("2012-01-01")).toBe(false);
  });
});

describe("knownAt: what the sources had said by a day", () => {
  it("the Le Mans 2024 entries are unknown as of 2021-11-04", async () => {
    expect(await leMans2024Routes("2021-11-04")).toEqual([]);
  });

  it("the Le Mans 2024 entries are announced as of 2021-11-05, from the ALMS and from GTWC Europe", async () => {
    const routes = await leMans2024Routes("2021-11-05");
    const from = routes.map((route) => route.entity.id);
    expect(from).toEqual(expect.arrayContaining(["championship/asian-le-mans-series", "championship/gtwc-europe"]));
    for (const route of routes) expect(route.statement.statedOn?.text).toBe("2021-11-05");
  });

  it("as known on 2021-11-05, the GTWC Europe entry's class is undecided between Pro-Am and Gold Cup", async () => {
    const routes = await leMans2024Routes("2021-11-05");
    const europe = routes.find((route) => route.entity.id === "championship/gtwc-europe");
    expect(europe?.status).toBe("UNDECIDED");
    expect(europe?.statement.optionsFor).toBe("class");
    expect(europe?.statement.options.map((option) => option.id).sort()).toEqual(["class/gtwce-gold-cup", "class/gtwce-pro-am"]);
  });

  it("rejects a knownAt that is not a calendar day, saying what a Date looks like", async () => {
    const response = await app.query(LeMansAutomaticEntriesKnownAtDocument, { knownAt: "2021-02-30" });
    expect(response.errors?.[0].message).toMatch(/YYYY-MM-DD/);
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

// Dates as people type them: a year or a month wherever a date is asked.
const ORGANISERS = `query Organisers($asOf: Date, $knownAt: Date, $includeUnknown: Boolean = false) {
  entity(ref: "AsLMS") { ... on Championship {
    organisers(asOf: $asOf, knownAt: $knownAt, includeUnknown: $includeUnknown) {
      totalCount
      nodes { entity { id } validFrom { text } status statement { holding { state reason asOf { text precision firstDay lastDay } } } }
    } } } }`;

async function organisers(variables: Record<string, unknown>) {
  const data = dataOf(await app.query<any>(ORGANISERS, variables));
  return data.entity.organisers as { totalCount: number; nodes: { entity: { id: string }; validFrom: { text: string } | null; status: string; statement: { holding: any } }[] };
}
const starts = (page: Awaited<ReturnType<typeof organisers>>) => page.nodes.map((node) => `${node.entity.id} ${node.validFrom?.text ?? "-"}`);

describe("asOf a year or a month: what held at any time in it", () => {
  it("asOf 2022 includes the ACO's co-organiser role from 2022-12, which a day in June 2022 does not", async () => {
    const june = await organisers({ asOf: "2022-06-01" });
    const year = await organisers({ asOf: "2022" });
    expect(starts(june)).not.toContain("org/aco 2022-12");
    expect(starts(year)).toContain("org/aco 2022-12");
    expect(starts(year)).toEqual(expect.arrayContaining(starts(june)));
    expect(year.totalCount).toBe(year.nodes.length);
  });

  it("asOf a month keeps what held on any of its days: 2022-12 has the role, 2022-11 does not", async () => {
    expect(starts(await organisers({ asOf: "2022-12" }))).toContain("org/aco 2022-12");
    expect(starts(await organisers({ asOf: "2022-11" }))).not.toContain("org/aco 2022-12");
  });

  it("says so: each holding names the period and the days it covers", async () => {
    const year = await organisers({ asOf: "2022" });
    for (const node of year.nodes) {
      expect(node.statement.holding.state).toBe("HELD");
      expect(node.statement.holding.asOf).toEqual({ text: "2022", precision: "YEAR", firstDay: "2022-01-01", lastDay: "2022-12-31" });
      expect(node.statement.holding.reason).toContain("includes what held at any time in 2022 (2022-01-01 to 2022-12-31)");
    }
    const month = await organisers({ asOf: "2022-06" });
    expect(month.nodes[0].statement.holding.asOf).toEqual({ text: "2022-06", precision: "MONTH", firstDay: "2022-06-01", lastDay: "2022-06-30" });
    const day = await organisers({ asOf: "2022-06-01" });
    expect(day.nodes[0].statement.holding.reason).not.toContain("includes");
    expect(day.nodes[0].statement.holding.asOf.precision).toBe("DAY");
  });

  it("a term that ended in 2011 holds in 2011 and in its last month, not in 2012", async () => {
    expect(await isLmemPartnerOn("2011")).toBe(true);
    expect(await isLmemPartnerOn("2011-12")).toBe(true);
    expect(await isLmemPartnerOn("2012")).toBe(false);
    expect(await isLmemPartnerOn("2012-01")).toBe(false);
  });

  it("paths and the pyramid take a year too: every hop and placement held at some time in it", async () => {
    const paths = dataOf(await app.query<any>(`{ paths(from: "Stéphane Ratel", to: "24 Hours of Le Mans", asOf: "2022") {
      paths { hops { statement { validFrom { firstDay } validUntil { lastDay } } } } } }`)).paths.paths;
    expect(paths.length).toBeGreaterThan(0);
    for (const hop of paths.flatMap((path: any) => path.hops)) {
      expect(hop.statement.validFrom?.firstDay ?? "0000").not.toSatisfy((day: string) => day > "2022-12-31");
      expect(hop.statement.validUntil?.lastDay ?? "9999").not.toSatisfy((day: string) => day < "2022-01-01");
    }
    const pyramid = dataOf(await app.query<any>(`{ pyramid(asOf: "2022") { tiers { placements { statement { validFrom { firstDay } validUntil { lastDay } } } } } }`)).pyramid;
    const placements = pyramid.tiers.flatMap((tier: any) => tier.placements);
    expect(placements.length).toBeGreaterThan(0);
    for (const placement of placements) expect(placement.statement.validUntil?.lastDay ?? "9999").not.toSatisfy((day: string) => day < "2022-01-01");
  });

  it("counts what a year leaves out because its holding is unknown, and returns it with includeUnknown", async () => {
    const query = `query($asOf: Date, $includeUnknown: Boolean) { statements(asOf: $asOf, includeUnknown: $includeUnknown, first: 100) {
      totalCount leftOut { holdingUnknown } nodes { holding { state } } } }`;
    const known = dataOf(await app.query<any>(query, { asOf: "2022" })).statements;
    const all = dataOf(await app.query<any>(query, { asOf: "2022", includeUnknown: true })).statements;
    expect(known.leftOut.holdingUnknown).toBeGreaterThan(0);
    expect(all.totalCount).toBe(known.totalCount + known.leftOut.holdingUnknown);
    expect(known.nodes.every((node: any) => node.holding.state === "HELD")).toBe(true);
    expect(all.nodes.some((node: any) => node.holding.state === "UNKNOWN")).toBe(true);
  });

  it("a year holds at least what any of its days holds, and pages through it in order", async () => {
    const query = `query($asOf: Date, $first: Int, $after: String) { statements(asOf: $asOf, first: $first, after: $after) {
      totalCount pageInfo { endCursor } nodes { id } } }`;
    const year = dataOf(await app.query<any>(query, { asOf: "2022", first: 100 })).statements;
    const day = dataOf(await app.query<any>(query, { asOf: "2022-06-15", first: 1 })).statements;
    expect(year.totalCount).toBeGreaterThan(day.totalCount);
    const second = dataOf(await app.query<any>(query, { asOf: "2022", first: 50, after: dataOf(await app.query<any>(query, { asOf: "2022", first: 50 })).statements.pageInfo.endCursor })).statements;
    expect(second.nodes.map((node: any) => node.id)).toEqual(year.nodes.slice(50, 100).map((node: any) => node.id));
  });
});

describe("knownAt a year or a month: what was known by its last day", () => {
  it("knownAt 2021 is what was known on 2021-12-31; 2021-11 what was known on 2021-11-30", async () => {
    expect(await leMans2024Routes("2021")).toEqual(await leMans2024Routes("2021-12-31"));
    expect(await leMans2024Routes("2021-11")).toEqual(await leMans2024Routes("2021-11-30"));
    expect((await leMans2024Routes("2021-11")).length).toBeGreaterThan(0);
    expect(await leMans2024Routes("2021-10")).toEqual([]);
  });

  it("organisers known by the end of 2021 include the co-organisers announced in November 2021, those known by October do not", async () => {
    expect(starts(await organisers({ knownAt: "2021" }))).toContain("org/sro 2022-12");
    expect(starts(await organisers({ knownAt: "2021-10" }))).not.toContain("org/sro 2022-12");
  });

  it("an eligibility answer for a year is the answer of its last day, and its summary says so", async () => {
    const query = `query($knownAt: Date) { entryEligibility(edition: 2024, knownAt: $knownAt,
      result: { championship: "GT World Challenge Europe", season: "2023", class: "Pro-Am", position: 1 }) { verdict summary knownAt } }`;
    const year = dataOf(await app.query<any>(query, { knownAt: "2021" })).entryEligibility;
    const lastDay = dataOf(await app.query<any>(query, { knownAt: "2021-12-31" })).entryEligibility;
    expect(year.verdict).toBe(lastDay.verdict);
    expect(year.knownAt).toBe("2021");
    expect(year.summary).toContain("as known by the end of 2021 (2021-12-31)");
  });

  it("a timeline from and to a year covers the whole of it", async () => {
    const query = `query($from: Date, $to: Date) { timeline(entity: "GTWCA", from: $from, to: $to, first: 100) { nodes { date { text } } } }`;
    const years = dataOf(await app.query<any>(query, { from: "2019", to: "2020" })).timeline.nodes.map((node: any) => node.date.text);
    const days = dataOf(await app.query<any>(query, { from: "2019-01-01", to: "2020-12-31" })).timeline.nodes.map((node: any) => node.date.text);
    expect(years).toEqual(days);
    expect(years.length).toBeGreaterThan(0);
    expect(dataOf(await app.query<any>(query, { from: "2020-06", to: "2020" })).timeline.nodes.length).toBeGreaterThan(0);
  });

  it("a year may be typed without quotes", async () => {
    const literal = dataOf(await app.query<any>(`{ statements(knownAt: 2021, first: 1) { totalCount } }`)).statements;
    const quoted = dataOf(await app.query<any>(`{ statements(knownAt: "2021-12-31", first: 1) { totalCount } }`)).statements;
    expect(literal.totalCount).toBe(quoted.totalCount);
  });
});

describe("a date that is no date: 400 saying what and where", () => {
  it.each([
    ["2022-13", /"2022-13" has no month 13/],
    ["20222", /"20222" is not a date/],
    ["2022-02-30", /"2022-02-30" is not a day of 2022-02/],
    ["2022 ", /"2022 " is not a date/],
  ])("the variable %j", async (knownAt, what) => {
    const response = await app.query(LeMansAutomaticEntriesKnownAtDocument, { knownAt });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toMatch(what);
    expect(response.errors?.[0].message).toMatch(/Variable "\$knownAt"/);
    expect(response.errors?.[0].message).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it("an argument written in the query (a validation error, as every mistyped literal is), at its line and column", async () => {
    const response = await app.query(`{ statements(asOf: "2022-13") { totalCount } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.errors?.[0].message).toMatch(/^Expected value of type "Date", found "2022-13"; "2022-13" has no month 13/);
    expect((response.errors?.[0] as { locations?: unknown } | undefined)?.locations).toEqual([{ line: 1, column: 20 }]);
  });
});
