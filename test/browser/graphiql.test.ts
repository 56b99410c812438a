// A data journalist's visit, in Debian's Chromium with no internet: /graphql opens GraphiQL from
// the API's own files, the commonest example queries are open as tabs and all are listed by the
// question they answer, they run, the explorer builds a query by ticking fields, every answer is
// shown as a table (with CSV), a timeline or a graph that agree with the API, the docs describe the
// schema, and a share link opens its query. Any request to another origin fails the test; every
// view passes axe-core with no serious or critical violation and is screenshotted for the README.
import { readFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadExampleOperations } from "../../src/server/graphiql/examples";
import { dataOf, startTestApp, type TestApp } from "../support/app";
import { launchChromium, type LaunchedChromium } from "../support/chromium";
import { eventually, offlinePage, saveScreenshot, seriousAccessibilityViolations, SKIP, warnIfSkipped } from "./browser";

warnIfSkipped("the GraphiQL browser test");

/** The example the test runs, and the README screenshot shows. */
const EXAMPLE = "SearchNames";

let app: TestApp;
let browser: LaunchedChromium;
let page: Page;
const foreignRequests: string[] = [];

describe.skipIf(SKIP)("GraphiQL in a browser with no internet", { timeout: 180_000 }, () => {
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    page = await offlinePage(browser.context, foreignRequests);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  afterEach(() => {
    expect(foreignRequests, "GraphiQL asked another origin for something").toEqual([]);
  });

  it("opens GraphiQL at /graphql with the commonest examples as tabs, and lists every example by the question it answers", async () => {
    await page.goto(app.url);
    await page.locator(".graphiql-container").first().waitFor();
    const examples = loadExampleOperations();
    expect(examples[0].name).toBe("SearchNames");
    // Tabs are titled by the question they answer, not by the operation's name.
    await eventually(() => tabTitles(page)).toEqual(examples.slice(0, 4).map((example) => example.question));
    await expect(page.locator(".graphiql-tab-button").evaluateAll((buttons) => buttons.map((button) => (button as any).dataset.operation))).resolves.toEqual(
      examples.slice(0, 4).map((example) => example.name),
    );
    expect(examples.slice(0, 2).map((example) => example.question)).toEqual(["Is it in the graph, under any spelling?", "Who runs the Asian Le Mans Series, and since when?"]);
    await expect(page.locator("#examples a.example-name").allTextContents()).resolves.toEqual(examples.map((example) => example.question));
    // The first tab is ready to run: its variables are filled in too.
    const [first] = examples;
    for (const name of Object.keys(first.variables)) {
      await eventually(() => editorText(page, ".graphiql-editor-tool")).toContain(`"${name}"`);
    }
    const list = page.locator("#examples");
    for (const example of examples) {
      await eventually(() => list.textContent()).toContain(example.description);
    }
    await expectAccessible(page);
  });

  it("runs an example query and shows its answer", async () => {
    const example = loadExampleOperations().find((candidate) => candidate.name === EXAMPLE)!;
    const firstName = dataOf(await app.query(example.document, example.variables)).search.nodes[0].entity.name as string;
    await page.locator(`#examples li[data-name="${EXAMPLE}"] a`).click();
    await eventually(() => activeTabTitle(page)).toBe(example.question);
    await eventually(() => editorText(page, ".graphiql-editor-tool")).toContain(JSON.stringify(example.variables.text));
    await page.locator(".graphiql-execute-button").click();
    await eventually(() => editorText(page, ".graphiql-response")).toContain(firstName);
    await saveScreenshot(page, "graphiql");
  });

  it("builds a query in the explorer by ticking fields", async () => {
    const { buildInfo } = dataOf(await app.query(`{ buildInfo { fingerprint } }`));
    await page.getByRole("button", { name: "New tab" }).click();
    await page.getByRole("button", { name: "Show GraphiQL Explorer" }).click();
    const explorer = page.locator(".graphiql-explorer-root");
    await explorer.getByText("buildInfo", { exact: true }).click();
    await explorer.getByText("fingerprint", { exact: true }).click();
    await eventually(() => editorText(page, ".graphiql-query-editor .view-lines")).toMatch(/buildInfo\s*\{\s*fingerprint\s*\}/);
    await page.locator(".graphiql-execute-button").click();
    await eventually(() => editorText(page, ".graphiql-response")).toContain(buildInfo.fingerprint);
    await expectAccessible(page);
    await saveScreenshot(page, "graphiql-explorer");
    await page.getByRole("button", { name: "Hide GraphiQL Explorer" }).click();
  });

  it("shows the answer as a table, and downloads the same rows as CSV", async () => {
    const organisers = await runExample(page, "WhoRunsTheAsianLeMansSeries");
    await page.locator("#results-tab-table").click();
    const rows = page.locator(".results-table tbody tr");
    await eventually(() => rows.count()).toBe(organisers.length);
    await expect(page.locator(".results-table tbody tr td:first-child").allTextContents()).resolves.toEqual(organisers.map((node: any) => node.entity.id));
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#results-csv").click()]);
    const csv = parseCsv(readFileSync((await download.path())!, "utf8"), { columns: true }) as Record<string, string>[];
    expect(csv.map((row) => row["entity.name"])).toEqual(organisers.map((node: any) => node.entity.name));
    expect(csv.map((row) => row["validFrom.text"])).toEqual(organisers.map((node: any) => node.validFrom?.text ?? ""));
    await expectAccessible(page);
    await saveScreenshot(page, "graphiql-table");
  });

  it("shows a list with valid times as a timeline, open ends marked", async () => {
    const organisers = await runExample(page, "WhoRunsTheAsianLeMansSeries");
    await page.locator("#results-tab-timeline").click();
    const dated = organisers.filter((node: any) => node.validFrom);
    await eventually(() => page.locator('.results-timeline g[aria-label="bar"] > *').count()).toBe(dated.length);
    const open = dated.filter((node: any) => !node.validUntil);
    await expect(page.locator(".results-timeline text", { hasText: "→ open" }).count()).resolves.toBe(open.length);
    await expectAccessible(page);
    await saveScreenshot(page, "graphiql-timeline");
  });

  it("shows paths as a node–link graph of the entities and statements they pass through", async () => {
    const example = loadExampleOperations().find((candidate) => candidate.name === "HowAreTheyConnected")!;
    const { paths } = dataOf(await app.query(example.document, example.variables));
    const hops = paths.paths.flatMap((path: any) => path.hops);
    const entities = new Set(hops.flatMap((hop: any) => [hop.from.id, hop.to.id]));
    const statements = new Set(hops.map((hop: any) => hop.statement.id));
    await runExample(page, "HowAreTheyConnected");
    await page.locator("#results-tab-graph").click();
    await eventually(() => page.locator(".results-note").textContent()).toContain(`${entities.size} entities, ${statements.size} links`);
    await eventually(() => page.locator(".results-graph canvas").count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await saveScreenshot(page, "graphiql-graph");
    await page.locator("#results-tab-table").click();
  });

  it("describes the schema in the docs pane", async () => {
    const markdown = dataOf(await app.query(`{ __type(name: "Query") { description } }`)).__type.description as string;
    const description = markdown.replace(/`/g, ""); // the pane renders the Markdown
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).first().click();
    await eventually(() => page.locator(".graphiql-doc-explorer").textContent()).toContain(description);
  });

  it("opens a share link with its query and variables, ready to run", async () => {
    const query = `query WhoIsCalled($text: String!) { search(text: $text) { totalCount nodes { entity { name } } } }`;
    const link = new URL(app.url);
    link.searchParams.set("query", query);
    link.searchParams.set("variables", JSON.stringify({ text: "stephane ratel" }));
    await page.goto(link.toString());
    await eventually(() => activeTabTitle(page)).toBe("WhoIsCalled");
    await eventually(() => editorText(page, ".graphiql-editor-tool")).toContain(`"stephane ratel"`);
    await page.locator(".graphiql-execute-button").click();
    await eventually(() => editorText(page, ".graphiql-response")).toContain("Stéphane Ratel");
  });
});

/** Opens an example from the list, runs it, and returns the API's own answer's longest list. */
async function runExample(page: Page, name: string): Promise<any[]> {
  const example = loadExampleOperations().find((candidate) => candidate.name === name)!;
  const answer = dataOf(await app.query(example.document, example.variables));
  await page.locator(`#examples li[data-name="${name}"] a`).click();
  await eventually(() => activeTabTitle(page)).toBe(example.question);
  await page.locator(".graphiql-execute-button").click();
  await eventually(() => page.locator("#results-list option").count()).toBeGreaterThan(0);
  await page.waitForTimeout(200);
  return name === "WhoRunsTheAsianLeMansSeries" ? answer.entity.organisers.nodes : answer;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

function tabTitles(page: Page): Promise<string[]> {
  return page.locator(".graphiql-tab-button").allTextContents();
}

async function activeTabTitle(page: Page): Promise<string | null> {
  const active = page.locator(".graphiql-tab-active .graphiql-tab-button");
  return (await active.count()) > 0 ? active.first().textContent() : null;
}

/** What a Monaco editor shows, with its no-break spaces and wrapped lines read as single spaces. */
async function editorText(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? "").replace(/[\s\u00a0]+/g, " ");
}

