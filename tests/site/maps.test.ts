// Maps and charts (issue 13): data/places.json checked and its errors named on one line; maps
// that fit the countries involved, stay small, carry a <title>, a <desc> and a table saying the
// same; trips drawn stop by stop; charts whose numbers are also text. Seed facts only in tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { geoContains, geoDistance } from "d3-geo";
import type { Event } from "../../src/model/schema.ts";
import { loadArchiveFile } from "../../src/site/archive-file.ts";
import { drawChart } from "../../src/site/charts/bars.ts";
import { countryShapes } from "../../src/site/maps/atlas.ts";
import { drawMap } from "../../src/site/maps/draw.ts";
import { frameFor } from "../../src/site/maps/frame.ts";
import { loadPlaces, parsePlaces } from "../../src/site/places.ts";
import { minifyCss, siteStylesheet, STYLESHEET_SOURCE } from "../../src/site/stylesheet.ts";
import { visitsChart } from "../../src/site/views/charts.ts";
import { buildSiteViews } from "../../src/site/views/index.ts";
import { groupTrips } from "../../src/site/views/trips.ts";
import { projectRoot } from "../support/build-site.ts";
import { listFiles, readJson, requireBuild, SITE_DIR } from "../support/site-files.ts";

const site = requireBuild(SITE_DIR);
const places = loadPlaces(projectRoot);
const fixture = loadArchiveFile(path.join(projectRoot, "tests/fixtures/archive.json"));
const html = (url: string) => readFileSync(path.join(site, url, "index.html"), "utf8");
const MAP_BUDGET = 8 * 1024;

// ── data/places.json ────────────────────────────────────────────────────────

test("data/places.json names only countries of authority.json, each capital on its country's shape", () => {
  const authority = readJson<{ countries: { id: string }[] }>(projectRoot, "data/authority.json");
  const ids = new Set(authority.countries.map((country) => country.id));
  const shapes = countryShapes(2 ** -12);
  const far: string[] = [];
  for (const [id, place] of places) {
    assert.ok(ids.has(id), `${id} is not a country id of authority.json`);
    const own = shapes.filter((shape) => shape.key === (place.isoNumeric ?? place.shapeName));
    if (own.length === 0) continue; // too small for Natural Earth's 1:50m shapes (Tuvalu)
    const point: [number, number] = [place.lon, place.lat];
    if (own.some((shape) => geoContains(shape.feature, point))) continue;
    // Coastal capitals may sit just off a simplified coast: within 25 km of it is fine.
    let nearest = Infinity;
    const walk = (coordinates: unknown): void => {
      if (typeof (coordinates as number[])[0] === "number") nearest = Math.min(nearest, geoDistance(coordinates as [number, number], point) * 6371);
      else (coordinates as unknown[]).forEach(walk);
    };
    for (const shape of own) walk(shape.feature.geometry.coordinates);
    if (nearest > 25) far.push(`${id}: ${place.capital} is ${Math.round(nearest)} km from its shape`);
  }
  assert.deepEqual(far, []);
  assert.ok(places.size >= ids.size - 5, "nearly every country can be drawn");
});

test("a malformed entry of data/places.json is named on one line, with the file and the field", () => {
  const bad = { countries: { laos: { capital: "Vientiane", lat: "17.97", lon: 102.6, iso3: "LAO", isoNumeric: "418" } } };
  assert.throws(() => parsePlaces(bad), (error: Error) => {
    assert.equal(error.message.split("\n").length, 1);
    assert.match(error.message, /^data\/places\.json: countries\.laos\.lat: /);
    return true;
  });
  assert.throws(() => parsePlaces({ countries: { Laos: { capital: "Vientiane", lat: 17.97, lon: 102.6, iso3: "LAO", isoNumeric: "418" } } }), /data\/places\.json: countries\.Laos/);
  assert.throws(() => parsePlaces({ countries: { laos: { capital: "Vientiane", lat: 17.97, lon: 202.6, iso3: "Lao", isoNumeric: "418" } } }), /countries\.laos\.lon: .*countries\.laos\.iso3: /);
});

test("the build stops with that one line (no stack trace) when data/places.json is malformed", () => {
  const root = mkdtempSync(path.join(tmpdir(), "places-"));
  mkdirSync(path.join(root, "data"));
  writeFileSync(path.join(root, "data/places.json"), JSON.stringify({ countries: { laos: { capital: "Vientiane", lat: 95, lon: 102.6, iso3: "LAO", isoNumeric: "418" } } }));
  const filters = pathToFileURL(path.join(projectRoot, "src/site/filters.ts")).href;
  const script = `const { registerFilters } = await import(${JSON.stringify(filters)});
    registerFilters({ addFilter() {} }, { site: { url: "https://x.example", pathPrefix: "/", title: "t", description: "d", language: "en", publisher: "p" }, views: () => ({}) });`;
  const result = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), "--input-type=module", "--eval", script], { cwd: root, encoding: "utf8" });
  assert.equal(result.status, 1);
  assert.equal(result.stderr.trim().split("\n").length, 1, result.stderr);
  assert.match(result.stderr, /^build: data\/places\.json: countries\.laos\.lat: /);
});

// ── maps ───────────────────────────────────────────────────────────────────

/** The map SVGs of a built page. */
function mapsOf(page: string): string[] {
  return [...html(page).matchAll(/<svg class="map-svg"[\s\S]*?<\/svg>/g)].map((match) => match[0]);
}

function mapPages(): string[] {
  return listFiles(site, ["index.html"])
    .map((file) => `/${file.replace(/index\.html$/, "")}`)
    .filter((page) => mapsOf(page).length > 0);
}

test("the home page, every event page and every country page with visits has a map", () => {
  const events = readJson<Event[]>(site, "api/events.json");
  assert.equal(mapsOf("/").length, 1);
  for (const event of events) assert.equal(mapsOf(event.url).length, 1, event.url);
  for (const country of ["vietnam", "laos", "cambodia"]) assert.equal(mapsOf(`/countries/${country}/`).length, 1, country);
});

test("every map has a <title> and <desc> that name it, and beside it a table of what it draws", () => {
  for (const page of mapPages()) {
    const source = html(page);
    for (const svg of mapsOf(page)) {
      assert.match(svg, /^<svg class="map-svg" viewBox="0 0 \d+ \d+" role="img" aria-labelledby="map-title map-desc">/, page);
      assert.match(svg, /<title id="map-title">Map of [^<]+<\/title><desc id="map-desc">[^<]+<\/desc>/, page);
      const figure = /<figure class="figure">([\s\S]*?)<\/figure>/.exec(source.slice(source.indexOf(svg) - 2000))?.[1] ?? "";
      assert.match(figure, /<table class="data-table">/, `${page}: a table beside the map`);
      // Every country the map labels is named beside it: in the table, or (the page's own country) in the caption.
      for (const label of svg.matchAll(/<text class="map-label"[^>]*>([^<]+)<\/text>/g)) {
        const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(figure)?.[1] ?? "";
        assert.ok(figure.includes(`>${label[1]}</a>`) || caption.includes(label[1]!), `${page}: ${label[1]} is not in the table`);
      }
    }
  }
});

test("maps are simplified and quantised: each under 8 KB, whole-unit coordinates", () => {
  for (const page of mapPages()) {
    for (const svg of mapsOf(page)) {
      assert.ok(Buffer.byteLength(svg) < MAP_BUDGET, `${page}: a map of ${Buffer.byteLength(svg)} bytes`);
      for (const shape of svg.matchAll(/<path class="map-land[^"]*" d="([^"]+)"/g)) assert.doesNotMatch(shape[1]!, /\d\.\d/, `${page}: fractional outline coordinates`);
    }
  }
});

test("a map fits the countries involved, not the world: the seeds' map spans a few degrees", () => {
  const seeds = ["vietnam", "laos", "cambodia"].map((id) => places.get(id)!);
  const frame = frameFor(seeds.map((place) => [place.lon, place.lat]));
  assert.ok(frame.view, "a regional projection");
  assert.ok(frame.view.east - frame.view.west < 30, `spans ${frame.view.east - frame.view.west}° of longitude`);
  for (const place of seeds) {
    const [x, y] = frame.projection([place.lon, place.lat])!;
    assert.ok(x > 20 && x < frame.width - 20 && y > 20 && y < frame.height - 20, `${place.capital} is inside the frame`);
  }
  const paris = places.get("france")!;
  const [x, y] = frame.projection([paris.lon, paris.lat]) ?? [Infinity, Infinity];
  assert.ok(!(x >= 0 && x <= frame.width && y >= 0 && y <= frame.height), "Paris is not on the seeds' map");
  // Far-apart countries get a world projection, still with every capital in the frame.
  const world = ["chile", "japan", "norway"].map((id) => places.get(id)!);
  const wide = frameFor(world.map((place) => [place.lon, place.lat]));
  for (const place of world) {
    const [px, py] = wide.projection([place.lon, place.lat])!;
    assert.ok(px >= 0 && px <= wide.width && py >= 0 && py <= wide.height, `${place.capital} in the world frame`);
  }
});

test("a country with no entry in data/places.json is left off the map and named", () => {
  const spec = {
    title: "Map of a visit",
    description: "From Laos to Arcadia.",
    countries: [
      { id: "laos", name: "Laos", role: "involved" as const },
      { id: "arcadia", name: "Arcadia", role: "focus" as const },
    ],
    arrows: [{ from: "laos", to: "arcadia", visits: 1, current: true }],
  };
  const drawn = drawMap(spec, places);
  assert.deepEqual(drawn.missing, ["Arcadia"]);
  assert.ok(drawn.svg?.includes(">Laos</text>"));
  assert.equal(drawMap({ ...spec, countries: [spec.countries[1]!] }, places).svg, null);
});

test("the event page of a multi-stop trip draws every stop in order, this visit's leg solid", () => {
  const laos = readJson<Event[]>(site, "api/events.json").find((event) => event.visitor === "to-lam" && event.start === "2026-02-05")!;
  const page = html(laos.url);
  const rows = [...page.matchAll(/<tr( class="is-current")?>\s*<td>([^<]+)<\/td><td><a href="[^"]+">([^<]+)<\/a><\/td>/g)].map((row) => `${row[2]} ${row[3]}${row[1] ? " *" : ""}`);
  assert.deepEqual(rows, ["From Việt Nam", "1 Laos *", "2 Cambodia"]);
  const svg = mapsOf(laos.url)[0]!;
  assert.equal([...svg.matchAll(/class="map-route map-route-current"/g)].length, 1);
  assert.equal([...svg.matchAll(/class="map-route map-route-other"/g)].length, 1);
});

test("visits one person makes back to back form a trip; a gap of days ends it", () => {
  const base = fixture.events.find((event) => event.precision === "day" && event.visitor)!;
  const visit = (id: string, host: string, start: string, end = start): Event => ({ ...base, id, host, start, end, from: "origin" });
  const trips = groupTrips([visit("a", "x", "2031-03-01", "2031-03-02"), visit("b", "y", "2031-03-03"), visit("c", "z", "2031-03-09"), { ...visit("d", "w", "2031-03-04"), visitor: "someone-else" }]);
  assert.deepEqual(trips.get("a")!.map((event) => event.id), ["a", "b"]);
  assert.deepEqual(trips.get("b")!.map((event) => event.id), ["a", "b"]);
  assert.deepEqual(trips.get("c")!.map((event) => event.id), ["c"]);
  assert.deepEqual(trips.get("d")!.map((event) => event.id), ["d"]);
});

// ── charts ─────────────────────────────────────────────────────────────────

test("visits are counted per month over short spans, per quarter over years, per year over decades", () => {
  const base = fixture.events[0]!;
  const at = (start: string, precision: Event["precision"] = "day"): Event => ({ ...base, start, end: start, precision });
  const short = visitsChart([{ name: "Visits", events: [at("2031-01-05"), at("2031-03-20"), at("2031-03-21"), at("2031-03-01", "month"), { ...at("2031-01-01"), start: null, precision: "unknown" }] }], "Visits")!;
  assert.equal(short.unit, "month");
  assert.deepEqual(short.periods.map((period) => [period.key, period.total]), [["2031-01", 1], ["2031-02", 0], ["2031-03", 3]]);
  assert.equal(short.undated, 1);
  assert.equal(short.periods[2]!.url, "/2031/03/");
  const years = visitsChart([{ name: "Visits", events: [at("2031-01-05"), at("2033-11-20")] }], "Visits")!;
  assert.equal(years.unit, "quarter");
  assert.equal(years.periods.length, 12);
  assert.deepEqual([years.periods[0]!.label, years.periods.at(-1)!.label], ["Q1 2031", "Q4 2033"]);
  assert.equal(visitsChart([{ name: "Visits", events: [at("2001-01-05"), at("2031-11-20")] }], "Visits")!.unit, "year");
  assert.equal(visitsChart([{ name: "Visits", events: [] }], "Visits"), null);
});

test("a chart is accessible SVG: title, description, and its numbers as text", () => {
  const base = fixture.events[0]!;
  const at = (start: string): Event => ({ ...base, start, end: start, precision: "day" });
  const chart = visitsChart(
    [
      { name: "Received", events: [at("2031-01-05"), at("2031-03-20")] },
      { name: "Made", events: [at("2031-03-21")] },
    ],
    "Visits to and from Arcadia",
  )!;
  const svg = drawChart(chart);
  assert.match(svg, /role="img" aria-labelledby="chart-title chart-desc"><title id="chart-title">Visits to and from Arcadia per month, January 2031 to March 2031<\/title><desc id="chart-desc">3 visits in all; the most in March 2031: 2 \(1 received, 1 made\)\.<\/desc>/);
  const values = /<g class="chart-value"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? "";
  assert.deepEqual([...values.matchAll(/<text [^>]*>(\d+)<\/text>/g)].map((match) => match[1]), ["1", "2"]);
  assert.equal([...svg.matchAll(/class="chart-bar chart-bar-1"/g)].length, 1);
  // On the built home page, the numbers are also in a table.
  const home = html("/");
  assert.match(home, /<svg class="chart-svg"/);
  assert.match(home, /<details class="figure-numbers">\s*<summary>The numbers<\/summary>\s*<table class="data-table">/);
});

test("the country page charts visits both ways; the seeds' Laos received two and made one", () => {
  const views = buildSiteViews(fixture);
  const thailand = views.countryPages.find((page) => page.country.id === "thailand")!;
  assert.deepEqual(thailand.chart?.series, ["Received", "Made"]);
  const page = html("/countries/laos/");
  const rows = [...page.matchAll(/<tr><th scope="row">(?:<a href="[^"]+">)?([^<]+)(?:<\/a>)?<\/th><td(?: class="num")?>(\d+)<\/td><td(?: class="num")?>(\d+)<\/td><\/tr>/g)];
  const totals = rows.filter((row) => /\d{4}$/.test(row[1]!)).reduce((sum, row) => [sum[0]! + Number(row[2]), sum[1]! + Number(row[3])], [0, 0]);
  assert.deepEqual(totals, [2, 1]);
});

// ── one stylesheet, two palettes ───────────────────────────────────────────

test("maps and charts are styled by the one stylesheet, in the light and the dark palette", () => {
  const source = readFileSync(STYLESHEET_SOURCE, "utf8");
  const dark = source.slice(source.indexOf("prefers-color-scheme: dark"));
  for (const name of ["--map-sea", "--map-land", "--map-border", "--map-involved", "--map-focus", "--chart-2"]) {
    assert.ok(source.indexOf(`${name}:`) < source.indexOf("prefers-color-scheme: dark"), `${name} in the light palette`);
    assert.ok(dark.slice(0, dark.indexOf("}\n}")).includes(`${name}:`), `${name} in the dark palette`);
  }
  for (const svg of [...mapsOf("/"), html("/").match(/<svg class="chart-svg"[\s\S]*?<\/svg>/)![0]]) assert.doesNotMatch(svg, /style=|fill="#|stroke="#/, "no colours inside the SVG");
  assert.equal(readFileSync(path.join(site, "assets/site.css"), "utf8"), siteStylesheet());
});

test("the stylesheet is written without comments and spare spaces, strings and calc() untouched", () => {
  assert.equal(minifyCss('/* it\'s a note */\na , b > c {\n  content: ", ";\n  width: calc(1px + 2px);\n}\n'), 'a,b>c{content:", ";width:calc(1px + 2px)}\n');
});
