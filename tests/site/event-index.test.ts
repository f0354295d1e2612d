// /events/ lists every visit (the timeline's plain index), and the home page leads to it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Event } from "../../src/model/schema.ts";
import { readJson, requireBuild, SITE_DIR } from "../support/site-files.ts";

const site = requireBuild(SITE_DIR);

test("/events/ links every event page, and the home page links /events/", () => {
  const index = readFileSync(path.join(site, "events/index.html"), "utf8");
  for (const event of readJson<Event[]>(site, "api/events.json")) assert.ok(index.includes(`href="${event.url}"`), `${event.id} missing`);
  assert.match(readFileSync(path.join(site, "index.html"), "utf8"), /href="\/events\/"/);
  assert.match(readFileSync(path.join(site, "sitemap.xml"), "utf8"), /\/events\/<\/loc>/);
});
