// The server-rendered pages, read over HTTP as a browser without JavaScript would, and checked
// against the API's own answers: the same statements, placements, rules and hits.
import escapeHtml from "escape-html";
import jsonld from "jsonld";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageOperation } from "../../src/server/pages/run-operation";
import { dataOf, startTestApp, type TestApp } from "../support/app";

let app: TestApp;
let origin: string;

beforeAll(async () => {
  app = await startTestApp();
  origin = new URL(app.url).origin;
});
afterAll(() => app?.stop());

async function get(path: string, accept = "text/html") {
  const response = await fetch(origin + path, { headers: { accept }, redirect: "manual" });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const statementPathOf = (id: string) => `/statement/${id.replace("statement/", "")}`;

/** The HTML of the page's <section aria-labelledby="<id>">. */
function sectionOf(page: string, id: string): string {
  const match = new RegExp(`<section aria-labelledby="${id}">[\\s\\S]*?</section>`).exec(page);
  expect(match, `the page has a section "${id}"`).not.toBeNull();
  return match![0];
}

/** The side-by-side pair of a section whose "Disputed by" card links to `otherId` (and, if given, whose first card links to `firstId`). */
function pairWith(section: string, otherId: string, firstId?: string): string | undefined {
  return section.split('<div class="side-by-side disputed-pair">').slice(1).find((pair) => {
    const [first, second] = pair.split("<h3>Disputed by</h3>");
    return second?.includes(`href="${statementPathOf(otherId)}"`) && (!firstId || first.includes(`href="${statementPathOf(firstId)}"`));
  });
}

function embeddedJsonLd(page: string): any {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page);
  expect(match, "the page embeds JSON-LD").not.toBeNull();
  return JSON.parse(match![1]);
}

describe("/entity/<id>", () => {
  it("shows the entity's names and every statement the API has about it, each linking to its page", async () => {
    const page = await get("/entity/org/aco");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const { entity } = dataOf(await app.query(pageOperation("EntityPage"), { id: "org/aco" }));
    expect(page.text).toContain(`<h1>${escapeHtml(entity.name)}</h1>`);
    for (const alias of entity.aliases) expect(page.text).toContain(escapeHtml(alias));
    expect(entity.statements.nodes.length).toBeGreaterThan(20);
    for (const statement of entity.statements.nodes) {
      expect(page.text).toContain(`href="/statement/${statement.id.replace("statement/", "")}"`);
    }
    expect(page.text).toContain(escapeHtml(entity.statements.nodes[0].citations[0].quote));
  });

  it("embeds schema.org JSON-LD that a JSON-LD processor reads offline, and serves it for Accept: application/ld+json", async () => {
    const page = await get("/entity/org/aco");
    const embedded = embeddedJsonLd(page.text);
    const expanded = await jsonld.expand(embedded);
    expect(expanded[0]["@type"]).toEqual(["https://schema.org/Organization"]);
    expect(expanded[0]["https://schema.org/name"]).toEqual([{ "@value": "Automobile Club de l’Ouest" }]);
    expect(expanded[0]["@id"]).toBe(`${origin}/entity/org/aco`);
    const asJsonLd = await get("/entity/org/aco", "application/ld+json");
    expect(asJsonLd.status).toBe(200);
    expect(asJsonLd.headers.get("content-type")).toMatch(/application\/ld\+json/);
    expect(JSON.parse(asJsonLd.text)).toEqual(embedded);
  });

  it("narrows to what held on asOf and was known at knownAt, as the API does", async () => {
    const variables = { id: "championship/asian-le-mans-series", asOf: "2024-01-01", knownAt: "2022-01-01" };
    const page = await get(`/entity/championship/asian-le-mans-series?asOf=2024-01-01&knownAt=2022-01-01`);
    const { entity } = dataOf(await app.query(pageOperation("EntityPage"), variables));
    const all = dataOf(await app.query(pageOperation("EntityPage"), { id: variables.id })).entity;
    expect(entity.statements.totalCount).toBeLessThan(all.statements.totalCount);
    expect(page.text).toContain(`Statements by predicate (${entity.statements.totalCount})`);
    expect(page.text).toContain("what held on 2024-01-01, as the sources had it by 2022-01-01");
  });

  it("takes a year as people type it (?asOf=2022): what held at any time in 2022, as the API answers it", async () => {
    const variables = { id: "championship/asian-le-mans-series", asOf: "2022" };
    const page = await get(`/entity/championship/asian-le-mans-series?asOf=2022`);
    expect(page.status).toBe(200);
    const { entity } = dataOf(await app.query(pageOperation("EntityPage"), variables));
    const day = dataOf(await app.query(pageOperation("EntityPage"), { ...variables, asOf: "2022-06-01" })).entity;
    expect(entity.statements.totalCount).toBeGreaterThan(day.statements.totalCount);
    expect(page.text).toContain(`Statements by predicate (${entity.statements.totalCount})`);
  });

  it("takes a month for knownAt on the Le Mans page (?knownAt=2021-11): the rules known by 2021-11-30", async () => {
    const page = await get("/le-mans/2024?knownAt=2021-11");
    expect(page.status).toBe(200);
    const month = dataOf(await app.query(pageOperation("LeMansPage"), { edition: 2024, knownAt: "2021-11" })).automaticEntries;
    const lastDay = dataOf(await app.query(pageOperation("LeMansPage"), { edition: 2024, knownAt: "2021-11-30" })).automaticEntries;
    expect(month.map((rule: { id: string }) => rule.id)).toEqual(lastDay.map((rule: { id: string }) => rule.id));
    expect(month.length).toBeGreaterThan(0);
    expect(page.text).toContain(`${month.length} rules known on 2021-11`);
  });

  it("shows every disputed claim beside the claim that disputes it, both marked", async () => {
    const { entity } = dataOf(await app.query(pageOperation("EntityPage"), { id: "person/paul-jamin" }));
    const disputed = entity.statements.nodes.filter((statement: any) => statement.disputed);
    expect(disputed.length).toBeGreaterThan(0);
    const page = await get("/entity/person/paul-jamin");
    const disputes = sectionOf(page.text, "disputes");
    expect(disputes).toContain("Claims that contradict each other");
    for (const statement of disputed) {
      for (const other of statement.disputedBy) {
        const pair = [pairWith(disputes, other.id, statement.id), pairWith(disputes, statement.id, other.id)].find(Boolean);
        expect(pair, `${statement.id} beside ${other.id}`).toBeTruthy();
        expect(pair).toContain("status-disputed");
      }
      const row = new RegExp(`<tr id="${statement.id}"[\\s\\S]*?</tr>`).exec(page.text)![0];
      expect(row).toContain("status-disputed");
      for (const other of statement.disputedBy) expect(row).toContain(`href="${statementPathOf(other.id)}"`);
    }
  });

  it("redirects a name or an alias to the id's permalink", async () => {
    const page = await get("/entity/AsLMS?asOf=2024-01-01");
    expect(page.status).toBe(301);
    expect(page.headers.get("location")).toBe("/entity/championship/asian-le-mans-series?asOf=2024-01-01");
  });

  it("answers an unknown id with a 404 page suggesting what the API suggests", async () => {
    const page = await get("/entity/org/acoo");
    expect(page.status).toBe(404);
    const response = await app.query(`{ entity(ref: "org/acoo") { id } }`);
    const suggestions = response.errors![0].extensions!.suggestions as { id: string }[];
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) expect(page.text).toContain(`href="/entity/${suggestion.id}"`);
  });

  it("lists the candidates of an ambiguous name", async () => {
    const page = await get("/entity/ALMS");
    expect(page.status).toBe(300);
    expect(page.text).toContain('href="/entity/championship/asian-le-mans-series"');
    expect(page.text).toContain('href="/entity/championship/american-le-mans-series"');
  });

  it("answers a date that is no date with a 400 page saying what is wrong", async () => {
    const page = await get("/entity/org/aco?asOf=2024-13-45");
    expect(page.status).toBe(400);
    expect(page.text).toContain("2024-13-45");
    expect(page.text).toContain("<code>2022</code>, <code>2022-06</code> or <code>2021-11-05</code>");
  });

  it("links to the query behind it in GraphiQL", async () => {
    const page = await get("/entity/org/aco?knownAt=2020-01-01");
    const href = /href="(\/graphql\?[^"]+)" class="graphiql-link"/.exec(page.text)![1].replace(/&amp;/g, "&");
    const link = new URL(href, origin);
    expect(link.searchParams.get("query")).toBe(pageOperation("EntityPage"));
    expect(JSON.parse(link.searchParams.get("variables")!)).toEqual({ id: "org/aco", knownAt: "2020-01-01" });
  });
});

describe("/statement/<id>", () => {
  it("shows a claim with its citations, times, status, what replaced it, and a cite-this line", async () => {
    const { statements } = dataOf(await app.query(`{ statements(first: 100, statuses: [SUPERSEDED]) { nodes { id } } }`));
    const id: string = statements.nodes[0].id;
    const { node } = dataOf(await app.query(pageOperation("StatementPage"), { id }));
    const page = await get(`/statement/${id.replace("statement/", "")}`);
    expect(page.status).toBe(200);
    for (const citation of node.citations) expect(page.text).toContain(escapeHtml(citation.quote));
    expect(page.text).toContain(`href="/statement/${node.supersededBy.id.replace("statement/", "")}"`);
    expect(page.text).toMatch(new RegExp(`class="cite-this">Endurance Graph, .*${origin}/statement/`));
    const ld = embeddedJsonLd(page.text);
    expect(ld["@type"]).toBe("Claim");
    expect(ld.appearance.map((work: any) => work.text)).toEqual(node.citations.map((citation: any) => citation.quote));
  });

  it("shows a disputed claim beside each claim that disputes it, marked, with links both ways", async () => {
    // seeds/history/people.yaml: Paul Jamin presided the ACO 1947–1952 by one source, 1947–1951 by another.
    const id = "statement/hist-paul-jamin-aco-president-1947-1952";
    const { node } = dataOf(await app.query(pageOperation("StatementPage"), { id }));
    expect(node.disputed).toBe(true);
    expect(node.disputedBy.map((other: any) => other.id)).toContain("statement/hist-paul-jamin-aco-president-1947-1951");
    const page = await get(statementPathOf(id));
    const disputes = sectionOf(page.text, "disputes");
    expect(page.text).toMatch(/<dt>Status<\/dt><dd>.*status-disputed.*disputed by <a href="\/statement\/hist-paul-jamin-aco-president-1947-1951">/);
    for (const other of node.disputedBy) {
      const pair = pairWith(disputes, other.id);
      expect(pair).toContain(`<h3>This statement</h3><p><a href="${statementPathOf(id)}">`);
      for (const citation of [...node.citations, ...other.citations]) expect(pair).toContain(escapeHtml(citation.quote));
    }
    // The other side says the same of this one.
    const back = await get(statementPathOf("statement/hist-paul-jamin-aco-president-1947-1951"));
    expect(back.text).toContain(`disputed by <a href="${statementPathOf(id)}">`);
  });

  it("answers an unknown statement with a 404 page", async () => {
    const page = await get("/statement/no-such-claim-aco");
    expect(page.status).toBe(404);
    expect(page.text).toContain("statement/no-such-claim-aco");
  });
});

describe("/search", () => {
  it("forgives accents and acronyms, and links each hit to its page", async () => {
    for (const q of ["stephane ratel", "AsLMS", "aco"]) {
      const page = await get(`/search?q=${encodeURIComponent(q)}`);
      const { search } = dataOf(await app.query(pageOperation("SearchPage"), { q }));
      expect(search.totalCount).toBeGreaterThan(0);
      for (const hit of search.nodes) expect(page.text).toContain(`href="/entity/${hit.entity.id}"`);
    }
  });

  it("escapes what is searched for", async () => {
    const page = await get(`/search?q=${encodeURIComponent('<script>alert("x")</script>')}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('<script>alert("x")');
    expect(page.text).toContain("&lt;script&gt;alert(&quot;x&quot;)");
  });
});

describe("/pyramid and /le-mans/<edition>", () => {
  it("draws the pyramid's tiers, top first, with the API's entities in each", async () => {
    const page = await get("/pyramid?asOf=2024-01-01");
    const { pyramid } = dataOf(await app.query(pageOperation("PyramidPage"), { asOf: "2024-01-01" }));
    const tiers = page.text.split('<li class="tier"').slice(1);
    expect(tiers).toHaveLength(pyramid.tiers.length);
    pyramid.tiers.forEach((tier: any, index: number) => {
      expect(tiers[index]).toContain(`Tier ${tier.level}`);
      for (const entity of tier.entities) expect(tiers[index]).toContain(`href="/entity/${entity.id}"`);
    });
  });

  it("lists the automatic entries known on knownAt, and links every day the rules changed", async () => {
    const page = await get("/le-mans/2024?knownAt=2023-06-01");
    const { automaticEntries, history } = dataOf(await app.query(pageOperation("LeMansPage"), { edition: 2024, knownAt: "2023-06-01" }));
    const rows = page.text.match(/<tr id="rule\/[^"]+"/g) ?? [];
    expect(rows).toEqual(automaticEntries.map((rule: any) => `<tr id="${rule.id}"`));
    for (const rule of history) expect(page.text).toContain(`href="?knownAt=${rule.statedOn.firstDay}"`);
    const today = dataOf(await app.query(pageOperation("LeMansPage"), { edition: 2024 }));
    expect(today.automaticEntries.length).toBeGreaterThan(automaticEntries.length);
  });

  it("refuses an edition that is not a year", async () => {
    expect((await get("/le-mans/twenty")).status).toBe(400);
  });
});
