// Each relationship the two 5 November 2021 reports state, asked as a user would.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApp, type TestApp } from "../support/app";
import { TheNovember2021AgreementDocument, WhoRunsTheAsianLeMansSeriesDocument } from "../../src/generated/graphql";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const REPORTS = ["source/motorhours-2021-11-05-sro-alms", "source/autohebdo-it-2021-11-05-aco-almem-sro"];

type Link = {
  entity: { id: string };
  role: string | null;
  predicate: string;
  status: string;
  validFrom: { text: string } | null;
  validUntil: { text: string } | null;
  statement: { citations: { quote: string; source: { id: string } }[] };
};

/** The links of an entity through one typed field (e.g. Person.roles), as a client asks for them. */
async function links(ref: string, type: string, field: string): Promise<Link[]> {
  const query = `query ($ref: String!) { entity(ref: $ref) { ... on ${type} { links: ${field} {
    nodes { entity { id } role predicate status validFrom { text } validUntil { text } statement { citations { quote source { id } } } }
  } } } }`;
  const entity = dataOf(await app.query(query, { ref })).entity;
  if (!entity.links) throw new Error(`${ref} is not a ${type}`);
  return entity.links.nodes;
}

describe("the agreement of 5 November 2021", () => {
  it("has the ACO, ALMEM and SRO as parties, each cited", async () => {
    const data = dataOf(await app.query(TheNovember2021AgreementDocument));
    const agreement = data.entity;
    if (agreement?.__typename !== "Agreement") throw new Error("expected an Agreement");
    const parties = agreement.parties.nodes.map((node) => node.entity.name);
    expect(parties).toEqual(expect.arrayContaining(["Automobile Club de l’Ouest", "Asian Le Mans Endurance Management", "SRO Motorsports Group"]));
    for (const party of agreement.parties.nodes) expect(party.statement.citations.length).toBeGreaterThan(0);
  });

  it("was announced by Lequien, Fillon and Ratel", async () => {
    const data = dataOf(await app.query(TheNovember2021AgreementDocument));
    if (data.entity?.__typename !== "Agreement") throw new Error("expected an Agreement");
    const announcers = data.entity.announcedBy.nodes.map((node) => node.entity.name);
    expect(announcers).toEqual(expect.arrayContaining(["Frédéric Lequien", "Pierre Fillon", "Stéphane Ratel"]));
  });
});

describe("who runs what", () => {
  it("as announced on 2021-11-05, SRO would run the Asian Le Mans Series with ALMEM from the end of 2022, per both reports", async () => {
    const data = dataOf(await app.query(WhoRunsTheAsianLeMansSeriesDocument, { knownAt: "2021-11-05" }));
    if (data.entity?.__typename !== "Championship") throw new Error("expected a Championship");
    const sro = data.entity.organisers.nodes.find((node) => node.entity.id === "org/sro");
    expect(sro?.validFrom?.text).toBe("2022-12");
    expect(sro?.status).toBe("ANNOUNCED");
    expect(new Set(sro?.statement.citations.map((citation) => citation.source.title)).size).toBe(2);
    expect(data.entity.organisers.nodes.map((node) => node.entity.id)).toContain("org/almem");
  });

  it("SRO runs the Asian Le Mans Series today, and the 2021 announcement shows as superseded", async () => {
    const data = dataOf(await app.query(WhoRunsTheAsianLeMansSeriesDocument, { asOf: "2023-02-12" }));
    if (data.entity?.__typename !== "Championship") throw new Error("expected a Championship");
    const sro = data.entity.organisers.nodes.filter((node) => node.entity.id === "org/sro");
    expect(sro.length).toBeGreaterThan(0);
    for (const link of sro) expect(link.status).not.toBe("SUPERSEDED");
    const all = dataOf(await app.query(`{ entity(ref: "AsLMS") { ... on Championship { organisers(includeSuperseded: true) { nodes { status statement { id supersededBy { id } } } } } } }`));
    const announcement = all.entity.organisers.nodes.find((node: any) => node.statement.id === "statement/sro-organises-alms-from-2022-12");
    expect(announcement.status).toBe("SUPERSEDED");
    expect(announcement.statement.supersededBy.id).toBe("statement/sro-organises-alms-from-2023");
  });

  it("LMEM is owned by the ACO and ALMEM is its Asian arm", async () => {
    expect((await links("org/lmem", "Organisation", "parents")).map((link) => link.entity.id)).toContain("org/aco");
    expect((await links("org/almem", "Organisation", "parents")).map((link) => link.entity.id)).toContain("org/lmem");
  });

  it("SRO organises GT World Challenge Asia and Europe", async () => {
    const run = (await links("org/sro", "Organisation", "championships")).map((link) => link.entity.id);
    expect(run).toEqual(expect.arrayContaining(["championship/gtwc-asia", "championship/gtwc-europe"]));
  });
});

describe("people and their roles", () => {
  it("Fillon is president of the ACO, in both reports", async () => {
    const roles = await links("Pierre Fillon", "Person", "roles");
    // One claim, one statement: both reports are citations of the one "president of the ACO" statement.
    const presidents = roles.filter((role) => role.entity.id === "org/aco" && role.role === "president");
    expect(presidents).toHaveLength(1);
    expect(presidents[0].statement.citations.map((citation) => citation.source.id)).toEqual(expect.arrayContaining(REPORTS));
  });

  it("Lequien is CEO of LMEM and of the ALMS", async () => {
    const roles = (await links("Frederic Lequien", "Person", "roles")).map((role) => role.entity.id);
    expect(roles).toEqual(expect.arrayContaining(["org/lmem", "championship/asian-le-mans-series"]));
  });

  it("Ratel founded SRO and was an original partner in LMEM from 2004", async () => {
    const ventures = await links("Stéphane Ratel", "Person", "ventures");
    expect(ventures.some((link) => link.entity.id === "org/sro" && link.predicate === "FOUNDED")).toBe(true);
    const partner = ventures.find((link) => link.entity.id === "org/lmem" && link.predicate === "SHAREHOLDER_OF");
    expect(partner?.validFrom?.text).toBe("2004");
  });

  it("Ratel competed at Le Mans as a driver in 1993 and 1994, per the English report", async () => {
    const races = (await links("Ratel", "Person", "competedIn")).filter((link) => link.role === "driver");
    const years = races.filter((race) => race.statement.citations.some((citation) => citation.source.id === REPORTS[0])).map((race) => race.validFrom?.text);
    expect(years).toEqual(expect.arrayContaining(["1993", "1994"]));
  });
});

describe("championships", () => {
  it("GT World Challenge Asia was founded in 2017 as the Blancpain GT Series Asia, and paused for two years", async () => {
    const data = dataOf(
      await app.query(`{ entity(ref: "GTWCA") { id ... on Championship { officialNames { nodes { value validFrom { text } } } }
        statements(predicates: [INCEPTION, HIATUS], direction: OUTGOING) { nodes { predicate validFrom { text } validUntil { text } } } } }`),
    );
    expect(data.entity.id).toBe("championship/gtwc-asia");
    expect(data.entity.officialNames.nodes).toContainEqual({ value: "Blancpain GT Series Asia", validFrom: { text: "2017" } });
    const hiatus = data.entity.statements.nodes.find((node: any) => node.predicate === "HIATUS");
    expect([hiatus.validFrom.text, hiatus.validUntil.text]).toEqual(["2020", "2021"]);
  });

  it("the ALMS and GTWC Asia share a joint GT classification from 2023", async () => {
    const partners = await links("Asian Le Mans Series", "Championship", "partnerships");
    const joint = partners.find((link) => link.predicate === "JOINT_CLASSIFICATION_WITH");
    expect(joint?.entity.id).toBe("championship/gtwc-asia");
    expect(joint?.validFrom?.text).toBe("2023");
    expect(joint?.status).toBe("ANNOUNCED");
  });

  it("the Gold Cup's crew is one Bronze, one Silver and one Gold", async () => {
    const data = dataOf(await app.query(`{ entity(ref: "class/gtwce-gold-cup") { ... on Class { regulations { nodes { value validFrom { text } } } } } }`));
    const crew = data.entity.regulations.nodes.map((node: any) => node.value).join(" ");
    expect(crew).toMatch(/bronze/i);
    expect(crew).toMatch(/silver/i);
    expect(crew).toMatch(/gold/i);
  });

  it("the ALMS sits in the ACO's endurance pyramid, in both reports' words", async () => {
    const pyramid = await links("AsLMS", "Championship", "pyramid");
    const cited = new Set(pyramid.flatMap((link) => link.statement.citations.map((citation) => citation.source.id)));
    expect(pyramid.map((link) => link.entity.id)).toContain("org/aco");
    for (const report of REPORTS) expect(cited).toContain(report);
  });
});
