// Driving the search page in Chromium (launched by tests/support/chromium.ts): type a query like
// a reader, then read the results back as plain data.
import type { Browser, Page } from "playwright-core";
import { serveStatic, type StaticServer } from "../../support/static-server.ts";

/** The builds `npm test` makes: at the root, under a path prefix, and with the search index in shards. */
export const BUILDS = [
  { name: "plain build", folder: "_site", prefix: "/", sharded: false },
  { name: "build under /archive/", folder: ".cache/site-prefixed", prefix: "/archive/", sharded: false },
  // scripts/test.sh builds it with --search-shard-size=3KB: a few records per shard.
  { name: "build under /archive/ with the search index in shards", folder: ".cache/site-sharded", prefix: "/archive/", sharded: true },
];

/** The build with its search index in one piece, and the same build with it in shards. */
export const [WHOLE_INDEX_BUILD, SHARDED_BUILD] = [BUILDS[1]!, BUILDS[2]!];

export interface SearchPageSession {
  server: StaticServer;
  page: Page;
  /** Script errors seen on the page so far. */
  errors: string[];
}

/** Serves `site` under `prefix` and opens its search page in a new tab of `browser`. */
export async function openSearchPage(browser: Browser, site: string, prefix: string): Promise<SearchPageSession> {
  const server = await serveStatic(site, prefix);
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}search/`);
  return { server, page, errors };
}

export async function closeSearchPage(session: { server: StaticServer; page: Page }): Promise<void> {
  await session.page.close();
  await session.server.close();
}

export interface ShownResult {
  /** Path of the result link (`/archive/articles/x/`). */
  path: string;
  title: string;
  type: string;
  /** The `datetime` of the result's date, or null. */
  date: string | null;
  /** Words the page marked in the excerpt and title. */
  marked: string[];
  excerpt: string;
}

export interface SearchOutcome {
  status: string;
  results: ShownResult[];
}

/** Collects page errors, so a test can assert the script ran cleanly. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && !/favicon|Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  return errors;
}

/** Types `query` into the search page's field like a reader, submits, and reads every result. */
export async function searchFor(page: Page, query: string): Promise<SearchOutcome> {
  await page.fill("#search-q", query);
  await page.press("#search-q", "Enter");
  const quoted = `“${query}”`;
  await page.waitForFunction((text) => document.getElementById("search-status")?.textContent?.includes(text), quoted);
  return readResults(page);
}

/** Waits for the page's own search (from the address) to finish, then reads every result. */
export async function waitForResults(page: Page): Promise<SearchOutcome> {
  await page.waitForFunction(() => (document.getElementById("search-status")?.textContent ?? "") !== "");
  return readResults(page);
}

async function readResults(page: Page): Promise<SearchOutcome> {
  // Results come 20 at a time; open them all.
  for (;;) {
    const more = page.locator("#search-more");
    if (!(await more.isVisible())) break;
    const before = await page.locator(".search-result").count();
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll(".search-result").length > count, before);
  }
  const status = (await page.textContent("#search-status")) ?? "";
  const results = await page.$$eval(".search-result", (items) =>
    items.map((item) => ({
      path: new URL(item.querySelector("h2 a")!.getAttribute("href")!, location.href).pathname,
      title: item.querySelector("h2")!.textContent ?? "",
      type: item.querySelector(".search-result-type")?.textContent ?? "",
      date: item.querySelector(".search-result-meta time")?.getAttribute("datetime") ?? null,
      marked: [...item.querySelectorAll("mark")].map((mark) => mark.textContent ?? ""),
      excerpt: item.querySelector(".search-result-excerpt")?.textContent ?? "",
    })),
  );
  return { status, results };
}
