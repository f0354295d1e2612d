// Date labels and the page views built from an Archive, on the invented fixture archive.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { dateRangeLabel, machineDate, shortRangeLabel } from "../../src/site/dates.ts";
import { buildSiteViews, DEFAULT_PAGE_SIZES, paginate } from "../../src/site/views/index.ts";
import { loadArchiveFile } from "../../src/site/archive-file.ts";
import { absoluteUrl } from "../../src/site/urls.ts";
import { projectRoot } from "../support/build-site.ts";

const archive = loadArchiveFile(path.join(projectRoot, "tests/fixtures/archive.json"));

test("date ranges read as short as possible without losing anything", () => {
  assert.equal(dateRangeLabel("2031-03-04", "2031-03-04"), "4 March 2031");
  assert.equal(dateRangeLabel("2031-03-04", "2031-03-06"), "4–6 March 2031");
  assert.equal(dateRangeLabel("2031-03-30", "2031-04-02"), "30 March – 2 April 2031");
  assert.equal(dateRangeLabel("2031-12-30", "2032-01-02"), "30 December 2031 – 2 January 2032");
  assert.equal(dateRangeLabel("2031-03-01", "2031-03-31", "month"), "March 2031");
  assert.equal(dateRangeLabel(null, null, "unknown"), "Date not known");
  assert.equal(shortRangeLabel("2031-03-30", "2031-04-02"), "30 Mar – 2 Apr");
  assert.equal(shortRangeLabel("2031-03-01", "2031-03-31", "month"), "All March");
  assert.equal(machineDate("2031-03-01", "month"), "2031-03");
});

/** The date labels as a process running in time zone `tz` computes them. */
function labelsIn(tz: string): Record<string, string> {
  const script = `
    const dates = await import(${JSON.stringify(pathToFileURL(path.join(projectRoot, "src/site/dates.ts")).href)});
    const days = ["2031-01-01", "2031-12-31", "2031-03-01", "2032-02-29"];
    const labels = {};
    for (const day of days) {
      labels["readable " + day] = dates.readableDate(day);
      labels["month " + day] = dates.monthLabel(day);
      labels["range " + day] = dates.dateRangeLabel(day, "2032-03-01");
      labels["short " + day] = dates.shortRangeLabel(day, day);
    }
    process.stdout.write(JSON.stringify(labels));`;
  const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], {
    cwd: projectRoot,
    env: { ...process.env, TZ: tz },
    encoding: "utf8",
  });
  return JSON.parse(output) as Record<string, string>;
}

test("labels do not depend on the machine's time zone, west or east of UTC", () => {
  // Midnight UTC on 1 January is still 31 December in Los Angeles and already the evening of
  // 1 January in Kiritimati (UTC+14): a label computed in local time moves in one of them.
  const west = labelsIn("America/Los_Angeles");
  const east = labelsIn("Pacific/Kiritimati");
  assert.deepEqual(west, east);
  assert.equal(west["readable 2031-01-01"], "1 January 2031");
  assert.equal(west["month 2031-03-01"], "March 2031");
  assert.equal(west["short 2031-12-31"], "31 Dec");
  assert.equal(east["range 2032-02-29"], "29 February – 1 March 2032");
});

test("the timeline is newest first, grouped by year and month, undated events last", () => {
  const views = buildSiteViews(archive);
  assert.equal(views.timelinePages.length, 1);
  const [page] = views.timelinePages;
  assert.deepEqual(
    page!.years.map((year) => `${year.year}: ${year.months.map((month) => `${month.label} (${month.items.map((item) => item.event.id).join(", ")})`).join("; ")}`),
    [
      "2026: January 2026 (anan-chaiyaporn-indonesia-2026-01-30, siti-rahmawati-thailand-2026-01-20, jose-araujo-indonesia-2026-01)",
      "2025: November 2025 (anan-chaiyaporn-malaysia-2025-11-12)",
    ],
  );
  assert.deepEqual(page!.undated.map((item) => item.event.id), ["anan-chaiyaporn-brunei"]);
  const malaysia = page!.years[1]!.months[0]!.items[0]!;
  assert.deepEqual(malaysia.articles.map((item) => `${item.role}:${item.article.id}`), ["preview:101_preview", "report:102_report", "assessment:104_assessment"]);
  assert.equal(malaysia.event.visitor?.name, "Anan Chaiyaporn");
  assert.equal(malaysia.event.from?.name, "Thailand");
});

test("long lists are cut into pages with stable URLs", () => {
  const items = ["2031-05-02", "2031-05-01", "2031-04-09", "2030-12-31", "2030-12-01"];
  const pages = paginate(items, (date) => date, 2, "/list/");
  assert.deepEqual(pages.map((page) => [page.url, page.previous, page.next]), [
    ["/list/", null, "/list/page/2/"],
    ["/list/page/2/", "/list/", "/list/page/3/"],
    ["/list/page/3/", "/list/page/2/", null],
  ]);
  assert.deepEqual(pages[1]!.years.map((year) => [year.year, year.months.map((month) => month.key)]), [["2031", ["2031-04"]], ["2030", ["2030-12"]]]);
});

test("country pages list visits received and made; person pages their visits", () => {
  const views = buildSiteViews(archive);
  const thailand = views.countryPages.find((page) => page.country.id === "thailand")!;
  assert.deepEqual(thailand.visitsIn.map((event) => event.id), ["siti-rahmawati-thailand-2026-01-20"]);
  assert.deepEqual(thailand.visitsOut.map((event) => event.id), [
    "anan-chaiyaporn-indonesia-2026-01-30",
    "anan-chaiyaporn-malaysia-2025-11-12",
    "anan-chaiyaporn-brunei",
  ]);
  const anan = views.personPages.find((page) => page.person.id === "anan-chaiyaporn")!;
  assert.equal(anan.events.length, 4);
  assert.equal(anan.articles[0]!.id, "105_mixed");
});

test("event pages link each figure and outcome to its paragraph, in article order, and know their neighbours", () => {
  const views = buildSiteViews(archive);
  assert.equal(views.eventPages.length, archive.events.length);
  const malaysia = views.eventPages.find((page) => page.event.id === "anan-chaiyaporn-malaysia-2025-11-12")!;
  assert.deepEqual(malaysia.figures.map((figure) => [figure.values, figure.href]), [
    [["US$25 billion"], "/articles/101_preview/#p2"],
    [[], "/articles/102_report/#p1"],
    [["1.2 million tonnes"], "/articles/104_assessment/#p2"],
  ]);
  assert.equal(malaysia.earlier, null);
  assert.equal(malaysia.later?.id, "jose-araujo-indonesia-2026-01");
});

test("person and country pages paginate their articles", () => {
  const views = buildSiteViews(archive, { ...DEFAULT_PAGE_SIZES, entityArticles: 4 });
  const anan = views.personPages.filter((page) => page.person.id === "anan-chaiyaporn");
  assert.deepEqual(anan.map((page) => [page.url, page.articles.length, page.events.length]), [
    ["/people/anan-chaiyaporn/", 4, 4],
    ["/people/anan-chaiyaporn/page/2/", 2, 0],
  ]);
});

test("absolute URLs join the site URL and the path prefix", () => {
  assert.equal(absoluteUrl({ url: "https://news.example", pathPrefix: "/" }, "/events/x/"), "https://news.example/events/x/");
  assert.equal(absoluteUrl({ url: "https://news.example", pathPrefix: "/archive/" }, "/events/x/"), "https://news.example/archive/events/x/");
  assert.equal(absoluteUrl({ url: "https://news.example", pathPrefix: "/archive/" }, "https://other.example/"), "https://other.example/");
});
