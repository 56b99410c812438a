// The shared launch helper cleans up after itself: once close() resolves, the browser's temporary
// profile is gone, with no ENOTEMPTY from Chromium still writing into it.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { SKIP, warnIfSkipped } from "./browser";

warnIfSkipped("the Chromium profile test");

describe.skipIf(SKIP)("launchChromium", () => {
  it("removes its temporary profile after the browser has closed", async () => {
    const browser = await launchChromium();
    expect(existsSync(browser.profile)).toBe(true);
    const page = await browser.context.newPage();
    await page.setContent("<title>profile</title><p>written to the profile: cache, cookies, local storage</p><script>localStorage.setItem('k', 'v')</script>");
    await browser.close();
    expect(existsSync(browser.profile)).toBe(false);
  }, 120_000);
});
