// The pages in a real browser without JavaScript: nothing overflows from 320 px to 1920 px, the
// stylesheet and both colour schemes apply, print hides the navigation, and the build made for
// a path prefix works when served under it (every request stays inside the prefix).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, BrowserContext } from "playwright-core";
import { PREFIXED_SITE_DIR, requireBuild, samplePages, SITE_DIR, TEST_PREFIX } from "../support/site-files.ts";
import { serveInBrowser } from "../support/served-site.ts";
import { serveStatic } from "../support/static-server.ts";

const site = requireBuild(SITE_DIR);
const pages = samplePages(site);
const session = serveInBrowser(site);

async function withContext<T>(options: Parameters<Browser["newContext"]>[0], use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await session.browser.newContext({ javaScriptEnabled: false, ...options });
  try {
    return await use(context);
  } finally {
    await context.close();
  }
}

for (const width of [320, 390, 1280, 1920]) {
  test(`no page scrolls sideways at ${width} px`, async () => {
    await withContext({ viewport: { width, height: 800 } }, async (context) => {
      const tab = await context.newPage();
      for (const page of pages) {
        await tab.goto(new URL(page.path.slice(1), session.server.url).href);
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${page.path} is ${overflow}px too wide at ${width}px`);
      }
    });
  });
}

test("the home page is a timeline drawn by CSS, readable without JavaScript", async () => {
  await withContext({ viewport: { width: 1280, height: 900 } }, async (context) => {
    const tab = await context.newPage();
    await tab.goto(session.server.url);
    const timeline = await tab.evaluate(() => {
      const rail = getComputedStyle(document.querySelector(".timeline")!, "::before");
      const items = [...document.querySelectorAll<HTMLElement>(".tl-item")];
      const dot = items[0] ? getComputedStyle(items[0], "::before") : null;
      return {
        font: getComputedStyle(document.body).fontFamily,
        railWidth: rail.width,
        railPosition: rail.position,
        items: items.filter((item) => item.offsetHeight > 0).length,
        dotRadius: dot?.borderRadius,
        years: document.querySelectorAll(".tl-year-label").length,
        months: document.querySelectorAll(".tl-month-label").length,
      };
    });
    assert.match(timeline.font, /system-ui/);
    assert.equal(timeline.railPosition, "absolute");
    assert.equal(timeline.railWidth, "3px");
    assert.ok(timeline.items > 0, "timeline entries are visible");
    assert.equal(timeline.dotRadius, "50%");
    assert.ok(timeline.years > 0 && timeline.months > 0, "grouped by year and month");
    // Following an event works without scripts.
    await tab.click(".tl-title a");
    assert.match(new URL(tab.url()).pathname, /^\/events\/[^/]+\/$/);
    assert.ok(await tab.locator("h1").textContent());
  });
});

test("light and dark schemes follow prefers-color-scheme", async () => {
  const background = (colorScheme: "light" | "dark") =>
    withContext({ colorScheme }, async (context) => {
      const tab = await context.newPage();
      await tab.goto(session.server.url);
      return tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
    });
  const [light, dark] = [await background("light"), await background("dark")];
  assert.notEqual(light, dark);
  const brightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((sum, value) => sum + value, 0);
  assert.ok(brightness(light) > brightness(dark));
});

test("print shows the text, not the navigation, in the light palette even for dark-scheme readers", async () => {
  await withContext({ colorScheme: "dark" }, async (context) => {
    const tab = await context.newPage();
    const article = pages.find((page) => page.name === "article")!;
    await tab.goto(new URL(article.path.slice(1), session.server.url).href);
    await tab.emulateMedia({ media: "print" });
    const shown = await tab.evaluate(() => ({
      header: getComputedStyle(document.querySelector(".site-header")!).display,
      footer: getComputedStyle(document.querySelector(".site-footer")!).display,
      text: getComputedStyle(document.querySelector(".prose")!).display,
      paper: getComputedStyle(document.body).backgroundColor,
      ink: getComputedStyle(document.body).color,
    }));
    assert.deepEqual(shown, { header: "none", footer: "none", text: "block", paper: "rgb(255, 255, 255)", ink: "rgb(0, 0, 0)" });
  });
});

test(`the prefixed build works served under ${TEST_PREFIX}`, async () => {
  const prefixed = await serveStatic(requireBuild(PREFIXED_SITE_DIR), TEST_PREFIX);
  try {
    await withContext({ viewport: { width: 390, height: 800 } }, async (context) => {
      const tab = await context.newPage();
      const failed: string[] = [];
      tab.on("response", (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      for (const page of pages) {
        await tab.goto(new URL(page.path.slice(1), prefixed.url).href);
        assert.match(await tab.evaluate(() => getComputedStyle(document.body).fontFamily), /system-ui/, `${page.path}: stylesheet loaded`);
      }
      await tab.goto(prefixed.url);
      await tab.click(".tl-title a");
      assert.ok(new URL(tab.url()).pathname.startsWith(`${TEST_PREFIX}events/`));
      await tab.click(".brand");
      assert.equal(new URL(tab.url()).pathname, TEST_PREFIX);
      assert.deepEqual(failed, []);
      assert.deepEqual(prefixed.requests.filter((request) => !request.startsWith(TEST_PREFIX)), [], "every request stays inside the prefix");
    });
  } finally {
    await prefixed.close();
  }
});
