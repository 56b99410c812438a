// The pages in Debian's Chromium with no internet, at desktop and phone width: each shows what the
// API answers, draws its charts from the project's own files, passes axe-core with no serious or
// critical violation, and is screenshotted for the README.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { pageOperation } from "../../src/server/pages/run-operation";
import { dataOf, startTestApp, type TestApp } from "../support/app";
import { launchChromium, type LaunchedChromium } from "../support/chromium";
import { eventually, fitsTheWidth, offlinePage, saveScreenshot, seriousAccessibilityViolations, SKIP, warnIfSkipped } from "./browser";

warnIfSkipped("the pages' browser test");

let app: TestApp;
let origin: string;
let browser: LaunchedChromium;
let page: Page;
let phone: Page;
const foreignRequests: string[] = [];

/** A statement that a later one replaced (read from the API when the test starts). */
let replacedStatement: { id: string; supersededBy: { id: string }; citations: { quote: string }[] };

/** Every page, as the README lists them. */
const PAGES = [
  { name: "page-entity", path: () => "/entity/org/aco" },
  { name: "page-statement", path: () => `/statement/${replacedStatement.id.replace("statement/", "")}` },
  { name: "page-disputed", path: () => "/statement/hist-paul-jamin-aco-president-1947-1952" },
  { name: "page-pyramid", path: () => "/pyramid?asOf=2024-01-01" },
  { name: "page-le-mans", path: () => "/le-mans/2024?knownAt=2021-11-05" },
  { name: "page-search", path: () => "/search?q=stephane" },
  { name: "page-not-found", path: () => "/entity/org/acoo" },
  { name: "page-bad-date", path: () => "/pyramid?asOf=2024-13-40" },
];

describe.skipIf(SKIP)("the pages in a browser with no internet", { timeout: 180_000 }, () => {
  beforeAll(async () => {
    app = await startTestApp();
    origin = new URL(app.url).origin;
    const { statements } = dataOf(await app.query(`{ statements(first: 1, statuses: [SUPERSEDED]) { nodes { id supersededBy { id } citations { quote } } } }`));
    replacedStatement = statements.nodes[0];
    browser = await launchChromium({ width: 1280, height: 900 });
    page = await offlinePage(browser.context, foreignRequests);
    phone = await offlinePage(browser.context, foreignRequests);
    await phone.setViewportSize({ width: 390, height: 844 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  afterEach(() => {
    expect(foreignRequests, "a page asked another origin for something").toEqual([]);
  });

  it("shows an entity with its timeline chart and neighbour graph drawn from the API's statements", async () => {
    const { entity } = dataOf(await app.query(pageOperation("EntityPage"), { id: "org/aco" }));
    await page.goto(`${origin}/entity/org/aco`);
    await expect(page.locator("h1").textContent()).resolves.toBe(entity.name);
    const dated = entity.statements.nodes.filter((statement: any) => statement.validFrom);
    const open = dated.filter((statement: any) => !statement.validUntil);
    await eventually(() => page.locator('#timeline-chart g[aria-label="bar"] > *').count()).toBe(dated.length);
    await expect(page.locator("#timeline-chart text", { hasText: "→ open" }).count()).resolves.toBe(open.length);
    const disputed = dated.filter((statement: any) => statement.disputed);
    expect(disputed.length).toBeGreaterThan(0); // Paul Jamin's presidency: to 1951 or to 1952
    await expect(page.locator("#timeline-chart text", { hasText: "⚠ disputed" }).count()).resolves.toBe(disputed.length);
    const neighbours = new Set(
      entity.statements.nodes.flatMap((statement: any) => [statement.subject, statement.object].filter((end: any) => end && end.id !== entity.id).map((end: any) => end.id)),
    );
    await expect(page.locator("ul.neighbours li").count()).resolves.toBe(neighbours.size);
    await eventually(() => page.locator("#graph-chart canvas").count()).toBeGreaterThan(0);
    await saveScreenshot(page, "page-entity");
    // A bar is a link to its statement's page.
    const firstBar = page.locator('#timeline-chart g[aria-label="bar"] a').first();
    await expect(firstBar.getAttribute("href")).resolves.toMatch(/^\/statement\//);
  });

  it("moves knownAt on the Le Mans page and shows the rules the API knew that day", async () => {
    const { history } = dataOf(await app.query(pageOperation("LeMansPage"), { edition: 2024 }));
    const days = [...new Set(history.flatMap((rule: any) => [rule.statedOn.firstDay, rule.decidedOn?.firstDay].filter(Boolean)))].sort() as string[];
    await page.goto(`${origin}/le-mans/2024?knownAt=${days[0]}`);
    const slider = page.locator("#known-at-range");
    await slider.waitFor();
    for (const index of [1, 0, days.length]) {
      const day = days[index];
      const expected = dataOf(await app.query(pageOperation("LeMansPage"), { edition: 2024, knownAt: day }));
      await slider.fill(String(index));
      await eventually(() => page.locator("#entries tbody tr").count(), `rules known on ${day ?? "today"}`).toBe(expected.automaticEntries.length);
      await eventually(() => new URL(page.url()).searchParams.get("knownAt")).toBe(day ?? null);
    }
  });

  it("finds an entity whatever the accents, and a hit opens its page", async () => {
    const { search } = dataOf(await app.query(pageOperation("SearchPage"), { q: "stephane ratel" }));
    await page.goto(`${origin}/pyramid`);
    await page.getByLabel("Search names").fill("stephane ratel");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\?q=stephane/);
    await page.locator("ol.hits a").first().click();
    await eventually(() => page.locator("h1").textContent()).toBe(search.nodes[0].entity.name);
  });

  it("draws the pyramid's tiers with the API's entities, top first", async () => {
    const { pyramid } = dataOf(await app.query(pageOperation("PyramidPage"), { asOf: "2024-01-01" }));
    await page.goto(`${origin}/pyramid?asOf=2024-01-01`);
    const tiers = page.locator("ol.pyramid > li");
    await expect(tiers.count()).resolves.toBe(pyramid.tiers.length);
    for (const [index, tier] of pyramid.tiers.entries()) {
      await expect(tiers.nth(index).locator("a").allTextContents()).resolves.toEqual(tier.entities.map((entity: any) => entity.name));
    }
  });

  it("shows a statement's sources and links to the statement that replaced it", async () => {
    await page.goto(origin + PAGES[1].path());
    for (const citation of replacedStatement.citations) await expect(page.locator('section[aria-labelledby="sources"] blockquote', { hasText: citation.quote }).count()).resolves.toBe(1);
    await page.locator("article.claim", { has: page.getByRole("heading", { name: "Replaced by" }) }).locator("p a").first().click();
    await page.waitForURL(new RegExp(`/statement/${replacedStatement.supersededBy.id.replace("statement/", "")}$`));
    await expect(page.locator(".cite-this").textContent()).resolves.toContain(replacedStatement.supersededBy.id);
  });

  it("shows a disputed claim beside the claim that disputes it, and each links to the other", async () => {
    const { node } = dataOf(await app.query(pageOperation("StatementPage"), { id: "statement/hist-paul-jamin-aco-president-1947-1952" }));
    await page.goto(origin + "/statement/hist-paul-jamin-aco-president-1947-1952");
    const pair = page.locator('section[aria-labelledby="disputes"] .disputed-pair').first();
    await expect(pair.locator("article.claim h3").allTextContents()).resolves.toEqual(["This statement", "Disputed by"]);
    await expect(page.locator(".status-disputed").count()).resolves.toBeGreaterThan(0);
    await page.locator(".disputed-by a").first().click();
    await page.waitForURL(new RegExp(`/statement/${node.disputedBy[0].id.replace("statement/", "")}$`));
    await expect(page.locator(".disputed-by a").first().getAttribute("href")).resolves.toBe("/statement/hist-paul-jamin-aco-president-1947-1952");
  });

  for (const { name, path: pathOf } of PAGES) {
    it(`${name}: no serious accessibility problem, and readable at phone width`, async () => {
      const path = pathOf();
      await page.goto(origin + path);
      await page.waitForLoadState("networkidle");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, name);
      await phone.goto(origin + path);
      await phone.waitForLoadState("networkidle");
      expect(await fitsTheWidth(phone), `${path} is wider than a phone`).toBe(true);
      expect(await seriousAccessibilityViolations(phone)).toEqual([]);
      if (name === "page-entity") await saveScreenshot(phone, "page-entity-phone");
    });
  }
});
