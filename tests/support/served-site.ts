// One Chromium and one static server of a built site for a whole test file: started before its
// tests, closed after them. `session.browser` / `session.server` are ready inside the tests.
import { after, before } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

export interface BrowserSession {
  browser: Browser;
  server: StaticServer;
}

export function serveInBrowser(site: string, prefix = "/"): BrowserSession {
  const session = {} as BrowserSession;
  before(async () => {
    session.server = await serveStatic(site, prefix);
    session.browser = await launchChromium();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
