// The open data in _site/api/ against the published zod schemas, and every record's `url`
// pointing at a page that was really built.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { Article, Country, describeIssues, Event, Person } from "../../src/model/schema.ts";
import { readJson, requireBuild, SITE_DIR } from "../support/site-files.ts";

const site = requireBuild(SITE_DIR);

const FILES = [
  { file: "api/articles.json", schema: Article },
  { file: "api/events.json", schema: Event },
  { file: "api/people.json", schema: Person },
  { file: "api/countries.json", schema: Country },
] as const;

for (const { file, schema } of FILES) {
  test(`${file} matches its schema, with unique ids and a page per record`, () => {
    const parsed = z.array(schema).safeParse(readJson(site, file));
    assert.ok(parsed.success, parsed.success ? "" : `${file}: ${describeIssues(parsed.error)}`);
    const records = parsed.data as { id: string; url: string }[];
    assert.equal(new Set(records.map((record) => record.id)).size, records.length, "ids are unique");
    for (const record of records) {
      assert.ok(existsSync(path.join(site, record.url, "index.html")), `${file}: ${record.id} has no page at ${record.url}`);
    }
  });
}

test("open data is stable JSON: two-space indent and a final newline", () => {
  for (const { file } of FILES) {
    const text = readFileSync(path.join(site, file), "utf8");
    assert.equal(text, JSON.stringify(JSON.parse(text), null, 2) + "\n", file);
  }
});

test("api/events.csv has a header and one row per event", () => {
  const csv = readFileSync(path.join(site, "api/events.csv"), "utf8");
  const events = readJson<unknown[]>(site, "api/events.json");
  const lines = csv.replace(/\r?\n$/, "").split(/\r?\n/);
  assert.match(lines[0]!, /\bid\b/);
  // Quoted fields may hold line breaks, so count records by the ids instead when they differ.
  const ids = (events as { id: string }[]).map((event) => event.id);
  for (const id of ids) assert.ok(csv.includes(id), `events.csv lacks ${id}`);
  assert.ok(lines.length >= ids.length + 1);
});
