// The exports of issue 13 on the built site: events.ics read back by a calendar parser (ical.js)
// and held to RFC 5545's line rules, events.geojson through a GeoJSON validator, the CAMEO codes
// in events.json and events.csv (on the seeds' visits too), one JSON file per record, and the
// "Cite this page" block. Seed facts are allowed here (tests only).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { getIssues } from "@placemarkio/check-geojson";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Article, Event } from "../../src/model/schema.ts";
import { loadArchiveFile } from "../../src/site/archive-file.ts";
import { eventsGeoJson } from "../../src/site/exports/geojson.ts";
import { eventsCalendar, foldLine } from "../../src/site/exports/ics.ts";
import { loadPlaces, parsePlaces } from "../../src/site/places.ts";
import { loadSiteSettings } from "../../src/site/settings.ts";
import { absoluteUrl } from "../../src/site/urls.ts";
import { buildSiteViews } from "../../src/site/views/index.ts";
import { projectRoot } from "../support/build-site.ts";
import { readJson, requireBuild, SITE_DIR } from "../support/site-files.ts";

const site = requireBuild(SITE_DIR);
const settings = loadSiteSettings(projectRoot);
const places = loadPlaces(projectRoot);
type Published = Event & { cameo: { code: string; source: string | null; target: string | null }[] };
const events = readJson<Published[]>(site, "api/events.json");
const articles = readJson<Article[]>(site, "api/articles.json");
const dated = events.filter((event) => event.start && event.precision !== "unknown");

function seedEvent(visitor: string, host: string, start: string): Published {
  const found = events.find((event) => event.visitor === visitor && event.host === host && event.start === start);
  assert.ok(found, `no event ${visitor} → ${host} on ${start}`);
  return found;
}

/** The VEVENTs of an iCalendar text, as ical.js reads them. */
function parseCalendar(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  assert.equal(calendar.name, "vcalendar");
  assert.equal(calendar.getFirstPropertyValue("version"), "2.0");
  assert.ok(calendar.getFirstPropertyValue("prodid"), "PRODID is required");
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

test("api/events.ics parses with a calendar parser: one all-day VEVENT per dated visit, with its URL", () => {
  const vevents = parseCalendar(readFileSync(path.join(site, "api/events.ics"), "utf8"));
  assert.equal(vevents.length, dated.length);
  assert.equal(new Set(vevents.map((vevent) => vevent.uid)).size, vevents.length, "UIDs are unique");
  for (const vevent of vevents) {
    const event = dated.find((candidate) => vevent.uid.startsWith(`${candidate.id}@`));
    assert.ok(event, `a VEVENT for no visit: ${vevent.uid}`);
    assert.ok(vevent.component.getFirstPropertyValue("dtstamp"), `${event.id}: DTSTAMP is required`);
    assert.ok(vevent.startDate.isDate && vevent.endDate.isDate, `${event.id}: all-day dates`);
    assert.equal(vevent.component.getFirstPropertyValue("url"), absoluteUrl(settings, event.url));
    assert.equal(vevent.summary, event.title);
    if (event.precision === "day") {
      assert.equal(vevent.startDate.toString(), event.start);
      // DTEND of an all-day event is the day after the last one.
      const last = new Date(`${event.end ?? event.start}T00:00:00Z`);
      assert.equal(vevent.endDate.toString(), new Date(last.getTime() + 86_400_000).toISOString().slice(0, 10));
    }
    for (const id of event.articles) {
      const article = articles.find((candidate) => candidate.id === id)!;
      assert.ok(vevent.description.includes(absoluteUrl(settings, article.url)), `${event.id}: the description links ${id}`);
    }
  }
});

test("the seeds' visits are in the calendar on their days", () => {
  const vevents = parseCalendar(readFileSync(path.join(site, "api/events.ics"), "utf8"));
  const days = (event: Event) => {
    const vevent = vevents.find((candidate) => candidate.uid.startsWith(`${event.id}@`))!;
    return [vevent.startDate.toString(), vevent.endDate.toString()];
  };
  assert.deepEqual(days(seedEvent("to-lam", "laos", "2025-12-01")), ["2025-12-01", "2025-12-03"]);
  assert.deepEqual(days(seedEvent("to-lam", "laos", "2026-02-05")), ["2026-02-05", "2026-02-06"]);
  assert.deepEqual(days(seedEvent("to-lam", "cambodia", "2026-02-06")), ["2026-02-06", "2026-02-07"]);
});

test("api/events.ics keeps RFC 5545's line rules: CRLF after every line, at most 75 octets", () => {
  const bytes = readFileSync(path.join(site, "api/events.ics"));
  const text = bytes.toString("utf8");
  assert.ok(text.startsWith("BEGIN:VCALENDAR\r\n"));
  assert.ok(text.endsWith("END:VCALENDAR\r\n"));
  assert.equal(text.replace(/\r\n/g, "").includes("\n"), false, "no bare line feed");
  const long = text.split("\r\n").filter((line) => Buffer.byteLength(line) > 75);
  assert.deepEqual(long, []);
});

test("a long line folds before the octet that would pass 75, never inside a character", () => {
  assert.equal(foldLine("A".repeat(80)), `${"A".repeat(74)}\r\n ${"A".repeat(6)}`);
  assert.equal(foldLine("short"), "short");
  // Vietnamese letters are 2 or 3 octets, an emoji 4 (two UTF-16 units): each stays whole.
  const line = `SUMMARY:${"Tổng Bí thư Tô Lâm thăm Lào 🇻🇳🇱🇦 ".repeat(6)}`;
  const folded = foldLine(line).split("\r\n");
  assert.equal(folded.map((part, i) => (i ? part.slice(1) : part)).join(""), line);
  for (const part of folded) {
    assert.ok(Buffer.byteLength(part) <= 75, part);
    assert.ok(!part.includes("\ufffd") && Buffer.from(part).toString("utf8") === part, "no character cut");
  }
  assert.ok(folded.slice(1).every((part) => part.startsWith(" ")));
  assert.ok(folded.some((part) => Buffer.byteLength(part) >= 72), "lines are filled, not cut early");
});

test("a visit dated only to a month spans the month in the calendar; an undated one is left out", () => {
  const archive = loadArchiveFile(path.join(projectRoot, "tests/fixtures/archive.json"));
  const views = buildSiteViews(archive);
  const vevents = parseCalendar(eventsCalendar(archive.events, views.articleById, views.personById, views.countryById, settings));
  const month = archive.events.find((event) => event.precision === "month")!;
  const vevent = vevents.find((candidate) => candidate.uid.startsWith(`${month.id}@`))!;
  assert.equal(vevent.startDate.toString(), `${month.start!.slice(0, 7)}-01`);
  assert.equal(vevent.endDate.toString().slice(8), "01");
  assert.ok(vevent.description.includes("only the month"));
  const undated = archive.events.filter((event) => !event.start);
  assert.ok(undated.length > 0);
  for (const event of undated) assert.ok(!vevents.some((candidate) => candidate.uid.startsWith(`${event.id}@`)));
});

test("api/events.geojson is valid GeoJSON: a line per visit from the visitor's capital to the host's", () => {
  const text = readFileSync(path.join(site, "api/events.geojson"), "utf8");
  assert.deepEqual(getIssues(text), []);
  const collection = JSON.parse(text) as FeatureCollection<Geometry | null>;
  assert.equal(collection.features.length, events.length);
  for (const feature of collection.features) {
    const event = events.find((candidate) => candidate.id === feature.id)!;
    const [from, host] = [event.from ? places.get(event.from) : undefined, places.get(event.host)];
    if (from && host && event.from !== event.host) {
      assert.deepEqual(feature.geometry, { type: "LineString", coordinates: [[from.lon, from.lat], [host.lon, host.lat]] });
    }
    assert.equal(feature.properties?.url, absoluteUrl(settings, event.url));
    assert.deepEqual(feature.properties?.cameo, event.cameo);
  }
  const december = collection.features.find((feature) => feature.id === seedEvent("to-lam", "laos", "2025-12-01").id)!;
  assert.equal(december.geometry?.type, "LineString");
  assert.equal(december.properties?.fromCapital, places.get("vietnam")!.capital);
  assert.equal(december.properties?.hostCapital, places.get("laos")!.capital);
});

test("a line across 180° is cut in two there, and still valid", () => {
  const pacific = parsePlaces({
    countries: {
      fiji: { capital: "Suva", lat: -18.14, lon: 178.44, iso3: "FJI", isoNumeric: "242" },
      samoa: { capital: "Apia", lat: -13.83, lon: -171.77, iso3: "WSM", isoNumeric: "882" },
    },
  });
  const archive = loadArchiveFile(path.join(projectRoot, "tests/fixtures/archive.json"));
  const visit: Event = { ...archive.events[0]!, id: "x-samoa", from: "fiji", host: "samoa" };
  const collection = eventsGeoJson([visit], pacific, settings);
  assert.deepEqual(getIssues(JSON.stringify(collection)), []);
  const geometry = (collection.features[0] as Feature).geometry;
  assert.equal(geometry.type, "MultiLineString");
  const [first, second] = (geometry as { coordinates: number[][][] }).coordinates;
  assert.deepEqual([first![0], second!.at(-1)], [[178.44, -18.14], [-171.77, -13.83]]);
  assert.equal(first!.at(-1)![0], 180);
  assert.equal(second![0]![0], -180);
  assert.equal(first!.at(-1)![1], second![0]![1]);
});

test("events.json and events.csv carry CAMEO codes: 042 for the visitor's country, 043 for the host", () => {
  for (const event of events) {
    const visitor = event.from ? (places.get(event.from)?.iso3 ?? null) : null;
    const host = places.get(event.host)?.iso3 ?? null;
    assert.deepEqual(event.cameo, [
      { code: "042", source: visitor, target: host },
      { code: "043", source: host, target: visitor },
    ]);
  }
  const csv = readFileSync(path.join(site, "api/events.csv"), "utf8").split("\r\n");
  const header = csv[0]!.split(",");
  for (const column of ["cameo_visit", "cameo_host", "visitor_country_code", "host_country_code"]) assert.ok(header.includes(column), column);
  const row = (event: Event) => csv.find((line) => line.startsWith(`${event.id},`))!.split(",").slice(-4);
  // The seeds: Việt Nam and Laos visit each other, and Việt Nam visits Cambodia.
  assert.deepEqual(seedEvent("to-lam", "laos", "2025-12-01").cameo.map((one) => `${one.source} ${one.code} ${one.target}`), ["VNM 042 LAO", "LAO 043 VNM"]);
  assert.deepEqual(seedEvent("to-lam", "cambodia", "2026-02-06").cameo.map((one) => `${one.source} ${one.code} ${one.target}`), ["VNM 042 KHM", "KHM 043 VNM"]);
  const thongloun = events.find((event) => event.visitor === "thongloun-sisoulith" && event.host === "vietnam")!;
  assert.deepEqual(thongloun.cameo.map((one) => `${one.source} ${one.code} ${one.target}`), ["LAO 042 VNM", "VNM 043 LAO"]);
  assert.deepEqual(row(seedEvent("to-lam", "laos", "2026-02-05")), ["042", "043", "VNM", "LAO"]);
  assert.deepEqual(row(thongloun), ["042", "043", "LAO", "VNM"]);
});

test("each event and article has its own JSON file, the same record as in the full list", () => {
  for (const event of events) assert.deepEqual(readJson(site, `api/events/${event.id}.json`), event, event.id);
  for (const article of articles) assert.deepEqual(readJson(site, `api/articles/${article.id}.json`), article, article.id);
});

test("event and article pages have a Cite this page block with the stable URL and the record", () => {
  const checks = [
    ...events.map((event) => ({ page: event.url, record: `/api/events/${event.id}.json`, title: event.title })),
    ...articles.map((article) => ({ page: article.url, record: `/api/articles/${article.id}.json`, title: article.title })),
  ];
  for (const { page, record, title } of checks) {
    const html = readFileSync(path.join(site, page, "index.html"), "utf8");
    const block = /<section class="block cite"[\s\S]*?<\/section>/.exec(html)?.[0];
    assert.ok(block, `${page}: no citation`);
    assert.match(block, /Cite this page/);
    assert.ok(block.includes(absoluteUrl(settings, page)), `${page}: the stable URL`);
    assert.ok(block.includes(`href="${record}"`), `${page}: a link to ${record}`);
    assert.ok(block.includes(title.replace(/&/g, "&amp;").replace(/'/g, "&#39;")), `${page}: the title`);
    assert.match(block, /accessed/);
  }
});
