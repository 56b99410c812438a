/**
 * Debian's Chromium for the browser tests, each launch with a temporary profile of its own that the
 * launch owns: `close()` closes the browser and only then, once Chromium has stopped writing to it,
 * removes the profile. (Removing it on the browser's `close` event raced Chromium's last writes:
 * ENOTEMPTY.)
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** GraphiQL is ~9 MB of JavaScript and the machine may be busy: be patient. */
export const PAGE_TIMEOUT = 90_000;

export interface LaunchedChromium {
  context: BrowserContext;
  /** The temporary profile folder, gone once `close()` has resolved. */
  profile: string;
  /** Closes the browser, then removes its profile. */
  close(): Promise<void>;
}

export async function launchChromium(viewport = { width: 1400, height: 850 }): Promise<LaunchedChromium> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium`);
  const profile = mkdtempSync(join(tmpdir(), "chromium-profile-"));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      // Without the background-networking flags Chromium keeps trying to reach Google's hosts.
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport,
      acceptDownloads: true,
      timeout: PAGE_TIMEOUT,
    });
  } catch (error) {
    removeProfile();
    throw error;
  }
  return {
    context,
    profile,
    async close() {
      try {
        await context.close();
      } finally {
        removeProfile();
      }
    },
  };
}
