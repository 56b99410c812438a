// What the browser tests share: Debian's Chromium with no internet (any request to another origin
// is blocked and recorded), axe-core's accessibility check, and screenshots.
//
// Needs Chromium (apt-get install chromium; launched by test/support/chromium.ts). Under CI it always runs; elsewhere, without Chromium,
// the tests are skipped with a message. Screenshots land in test/artifacts/; with
// UPDATE_SCREENSHOT=1 the README's copies in examples/ are refreshed too.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { REPO_ROOT } from "../support/app";
import { CHROMIUM, PAGE_TIMEOUT } from "../support/chromium";

const IN_CI = process.env.CI === "true";
export const SKIP = !existsSync(CHROMIUM) && !IN_CI;

const ARTIFACTS = join(REPO_ROOT, "test/artifacts");
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function warnIfSkipped(what: string): void {
  if (SKIP) console.warn(`Skipping ${what}: no Chromium at ${CHROMIUM}. Install it with: apt-get install chromium`);
}

/** A page whose requests to any other origin are blocked and collected in `foreign`. */
export async function offlinePage(browser: BrowserContext, foreign: string[]): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT);
  await page.route("**", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "blob:" || url.protocol === "data:" || LOCAL_HOSTS.has(url.hostname)) return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  return page;
}

/** Polls until the page shows what is expected: generous, since the machine may be busy with other tests. */
export function eventually<T>(read: () => Promise<T> | T, message?: string) {
  return expect.poll(read, { timeout: PAGE_TIMEOUT, interval: 100, message });
}

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** axe-core's serious and critical violations on what the page shows now (WCAG 2 A and AA rules). */
export async function seriousAccessibilityViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  // The test code has no DOM types: what runs in the page is written as text.
  if (!(await page.evaluate(`"axe" in window`))) await page.addScriptTag({ content: AXE_SOURCE });
  const context = JSON.stringify({ exclude: exclude.map((selector) => [selector]) });
  const options = JSON.stringify({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
  const violations = (await page.evaluate(`axe.run(Object.assign({ include: [document] }, ${context}), ${options}).then((results) => results.violations)`)) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ")}`);
}

/** Saves test/artifacts/<name>.png, and examples/<name>.png with UPDATE_SCREENSHOT=1. */
export async function saveScreenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  if (process.env.UPDATE_SCREENSHOT === "1") copyFileSync(file, join(REPO_ROOT, `examples/${name}.png`));
}

/** True when nothing sticks out sideways: the page reads at this width without scrolling across. */
export function fitsTheWidth(page: Page): Promise<boolean> {
  return page.evaluate(`document.documentElement.scrollWidth <= window.innerWidth + 1`) as Promise<boolean>;
}
