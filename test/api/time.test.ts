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
