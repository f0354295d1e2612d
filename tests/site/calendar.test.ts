// Calendar browse (issue 13): a page per year and per month with a visit or an article, the
// seeds' months with their visits on the right days, month-only dates on no day, and the
// timeline's headings linking to them. Seed facts are allowed here (tests only).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Article, Event } from "../../src/model/schema.ts";
import { loadArchiveFile } from "../../src/site/archive-file.ts";
import { buildSiteViews, DEFAULT_PAGE_SIZES } from "../../src/site/views/index.ts";
import { projectRoot } from "../support/build-site.ts";
import { listFiles, readJson, requireBuild, SITE_DIR } from "../support/site-files.ts";

const site = requireBuild(SITE_DIR);
const events = readJson<Event[]>(site, "api/events.json");
const articles = readJson<Article[]>(site, "api/articles.json");
const page = (url: string) => readFileSync(path.join(site, url, "index.html"), "utf8");

/** Every month a visit is under way in (day or month known), and every month an article appeared in. */
function expectedMonths(): Set<string> {
  const months = new Set(articles.flatMap((article) => (article.published ? [article.published.slice(0, 7)] : [])));
  for (const event of events) {
    if (!event.start || event.precision === "unknown") continue;
    const last = (event.end ?? event.start).slice(0, 7);
    for (let month = event.start.slice(0, 7); month <= last; ) {
      months.add(month);
      const [year, number] = month.split("-").map(Number) as [number, number];
      month = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, "0")}`;
    }
  }
  return months;
}

/** The days a month page marks as having visits, each with where it links. */
function markedDays(html: string): Record<string, string> {
  const marked: Record<string, string> = {};
  for (const cell of html.matchAll(/<td class="has-visit[^"]*"><a href="([^"]+)"><time datetime="([^"]+)">/g)) marked[cell[2]!] = cell[1]!;
  return marked;
}

test("a year page and a month page exist for every year and month with a visit or an article, and no others", () => {
  const months = [...expectedMonths()].sort();
  const built = listFiles(site, ["index.html"]).filter((file) => /^\d{4}\/\d{2}\/index\.html$/.test(file));
  assert.deepEqual(built, months.map((month) => `${month.replace("-", "/")}/index.html`));
  for (const year of new Set(months.map((month) => month.slice(0, 4)))) {
    assert.ok(existsSync(path.join(site, year, "index.html")), `no page for ${year}`);
    for (const month of months.filter((key) => key.startsWith(year))) assert.ok(page(`/${year}/`).includes(`href="/${month.replace("-", "/")}/"`), `${year} links ${month}`);
  }
  // The seeds' months.
  for (const month of ["2025-12", "2026-01", "2026-02"]) assert.ok(months.includes(month), month);
});

test("December 2025 shows the seeds' visit to Laos on 1 and 2 December", () => {
  const visit = events.find((event) => event.visitor === "to-lam" && event.host === "laos" && event.start === "2025-12-01")!;
  const html = page("/2025/12/");
  assert.deepEqual(markedDays(html), { "2025-12-01": visit.url, "2025-12-02": visit.url });
  assert.match(html, new RegExp(`<li><time datetime="2025-12-01">1–2 Dec</time> <a href="${visit.url}">`), "and the month's list has it");
});

test("February 2026 shows the visit to Laos on the 5th and the one to Cambodia on the 6th", () => {
  const laos = events.find((event) => event.visitor === "to-lam" && event.host === "laos" && event.start === "2026-02-05")!;
  const cambodia = events.find((event) => event.visitor === "to-lam" && event.host === "cambodia")!;
  const html = page("/2026/02/");
  assert.deepEqual(markedDays(html), { "2026-02-05": laos.url, "2026-02-06": cambodia.url });
  for (const visit of [laos, cambodia]) assert.match(html, new RegExp(`<li><time datetime="${visit.start}">[^<]+</time> <a href="${visit.url}">`));
  // 1 February 2026 is a Sunday: the grid's first row is six empty days, then the 1st.
  assert.match(html, /<tbody>\s*<tr>(<td><\/td>){6}<td><time datetime="2026-02-01">1<\/time>/);
  // The articles published that month are listed.
  for (const article of articles.filter((item) => item.published?.startsWith("2026-02"))) assert.ok(html.includes(`href="${article.url}"`), article.id);
});

test("a visit known only to the month sits in the month, on no day", () => {
  const archive = loadArchiveFile(path.join(projectRoot, "tests/fixtures/archive.json"));
  const monthOnly = archive.events.find((event) => event.precision === "month")!;
  const views = buildSiteViews(archive);
  const month = views.calendarMonths.find((candidate) => candidate.key === monthOnly.start!.slice(0, 7) && candidate.number === 1)!;
  assert.deepEqual(month.wholeMonth.map((event) => event.id), [monthOnly.id]);
  assert.ok(!month.visits.some((event) => event.id === monthOnly.id));
  assert.ok(month.weeks.flat().every((cell) => !cell || !cell.visits.some((event) => event.id === monthOnly.id)));
  const year = views.calendarYears.find((candidate) => candidate.year === monthOnly.start!.slice(0, 4))!;
  assert.ok(year.months.find((candidate) => candidate.key === month.key)!.visits.some((event) => event.id === monthOnly.id));
  // Undated visits are on no calendar page at all.
  const undated = archive.events.filter((event) => !event.start).map((event) => event.id);
  assert.ok(undated.length > 0);
  for (const page of views.calendarMonths) for (const event of [...page.visits, ...page.wholeMonth]) assert.ok(!undated.includes(event.id));
});

test("a visit across a month's end is on both months' pages, on its days", () => {
  const archive = loadArchiveFile(path.join(projectRoot, "tests/fixtures/archive.json"));
  const event = { ...archive.events.find((candidate) => candidate.precision === "day" && candidate.start)!, id: "across", start: "2031-01-30", end: "2031-02-02" };
  const views = buildSiteViews({ ...archive, events: [event] });
  const marked = (key: string) =>
    views.calendarMonths
      .find((month) => month.key === key && month.number === 1)!
      .weeks.flat()
      .filter((cell) => cell?.visits.length)
      .map((cell) => cell!.iso);
  assert.deepEqual(marked("2031-01"), ["2031-01-30", "2031-01-31"]);
  assert.deepEqual(marked("2031-02"), ["2031-02-01", "2031-02-02"]);
});

test("the timeline's year and month headings link to the year and month pages", () => {
  const html = page("/");
  const years = [...html.matchAll(/<h2 class="tl-year-label" id="y(\d{4})"><a href="([^"]+)">/g)];
  const months = [...html.matchAll(/<h3 class="tl-month-label" id="m(\d{4}-\d{2})"><a href="([^"]+)">/g)];
  assert.ok(years.length > 0 && months.length > 0);
  for (const [, year, href] of years) assert.equal(href, `/${year}/`);
  for (const [, month, href] of months) assert.equal(href, `/${month!.replace("-", "/")}/`);
});

test("a month with many articles is paged like a person's page; the grid stays on the first page", () => {
  const archive = loadArchiveFile(path.join(projectRoot, "tests/fixtures/archive.json"));
  const views = buildSiteViews(archive, { ...DEFAULT_PAGE_SIZES, entityArticles: 1 });
  const busiest = [...new Set(views.calendarMonths.map((month) => month.key))]
    .map((key) => views.calendarMonths.filter((month) => month.key === key))
    .sort((a, b) => b.length - a.length)[0]!;
  assert.ok(busiest.length > 1);
  const [first, second] = busiest;
  assert.equal(first!.url, `/${first!.key.replace("-", "/")}/`);
  assert.equal(second!.url, `${first!.url}page/2/`);
  assert.equal(first!.next, second!.url);
  assert.ok(first!.weeks.length >= 4);
  assert.deepEqual(second!.weeks, []);
  assert.equal(second!.articles.length, 1);
});
