// A data journalist's visit, in Debian's Chromium with no internet: /graphql opens GraphiQL from
// the API's own files, the example queries are there and run, the docs describe the schema, and
// a share link opens its query. Any request to another origin is blocked and fails the test.
//
// Needs Chromium (apt-get install chromium). Under CI it always runs; elsewhere, without
// Chromium, it is skipped with a message. Screenshots land in test/artifacts/; with
// UPDATE_SCREENSHOT=1 the README's examples/graphiql.png is refreshed too.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadExampleOperations } from "../../src/server/graphiql/examples";
import { dataOf, REPO_ROOT, startTestApp, type TestApp } from "../support/app";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const IN_CI = process.env.CI === "true";
const SKIP = !existsSync(CHROMIUM) && !IN_CI;
if (SKIP) console.warn(`Skipping the GraphiQL browser test: no Chromium at ${CHROMIUM}. Install it with: apt-get install chromium`);

// The page is ~9 MB of JavaScript and the machine has 2 cores: be patient.
const PAGE_TIMEOUT = 90_000;
const ARTIFACTS = join(REPO_ROOT, "test/artifacts");
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** The example the test runs, and the README screenshot shows. */
const EXAMPLE = "SearchNames";

let app: TestApp;
let browser: BrowserContext;
let page: Page;
let profileDir: string;
const foreignRequests: string[] = [];

describe.skipIf(SKIP)("GraphiQL in a browser with no internet", { timeout: 180_000 }, () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium`);
    app = await startTestApp();
    profileDir = mkdtempSync(join(tmpdir(), "graphiql-chromium-"));
    browser = await launchChromium(profileDir);
    page = await browser.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    await page.route("**", (route) => {
      const url = new URL(route.request().url());
      if (LOCAL_HOSTS.has(url.hostname)) return route.continue();
      foreignRequests.push(url.href);
      return route.abort();
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  afterEach(() => {
    expect(foreignRequests, "GraphiQL asked another origin for something").toEqual([]);
  });

  it("opens GraphiQL at /graphql with every example query in its own tab and listed with what it asks", async () => {
    await page.goto(app.url);
    await page.locator(".graphiql-container").first().waitFor();
    const examples = loadExampleOperations();
    await eventually(() => tabTitles(page)).toEqual(examples.map((example) => example.name));
    // The first tab is ready to run: its variables are filled in too.
    const [first] = examples;
    for (const name of Object.keys(first.variables)) {
      await eventually(() => editorText(page, ".graphiql-editor-tool")).toContain(`"${name}"`);
    }
    const list = page.locator("#examples");
    for (const example of examples) {
      await eventually(() => list.textContent()).toContain(example.description);
    }
  });

  it("runs an example query and shows its answer", async () => {
    const example = loadExampleOperations().find((candidate) => candidate.name === EXAMPLE)!;
    const firstName = dataOf(await app.query(example.document, example.variables)).search.nodes[0].entity.name as string;
    await page.locator("#examples a", { hasText: EXAMPLE }).click();
    await eventually(() => activeTabTitle(page)).toBe(EXAMPLE);
    await eventually(() => editorText(page, ".graphiql-editor-tool")).toContain(JSON.stringify(example.variables.text));
    await page.locator(".graphiql-execute-button").click();
    await eventually(() => editorText(page, ".graphiql-response")).toContain(firstName);
    await saveScreenshot(page);
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

/** Polls until the page shows what is expected: generous, since the machine may be busy with other tests. */
function eventually<T>(read: () => Promise<T> | T, message?: string) {
  return expect.poll(read, { timeout: PAGE_TIMEOUT, interval: 100, message });
}

function launchChromium(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    // Without the background-networking flags Chromium keeps trying to reach Google's hosts.
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1400, height: 850 },
    timeout: PAGE_TIMEOUT,
  });
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

async function saveScreenshot(page: Page): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, "graphiql.png");
  await page.screenshot({ path: file });
  if (process.env.UPDATE_SCREENSHOT === "1") copyFileSync(file, join(REPO_ROOT, "examples/graphiql.png"));
}
