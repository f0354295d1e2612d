// Event pages show why each fact is so, on demand: a <details> per fact with the rule, the
// covering article and the sentence, the words the rule rests on marked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Event } from "../../src/model/schema.ts";
import { readJson, requireBuild, SITE_DIR } from "../support/site-files.ts";

const site = requireBuild(SITE_DIR);
const events = readJson<Event[]>(site, "api/events.json");

function page(event: Event): string {
  return readFileSync(path.join(site, event.url, "index.html"), "utf8");
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

test("every event in the open data says why, and its page has a <details> per fact it can explain", () => {
  assert.ok(events.length > 0);
  for (const event of events) {
    assert.ok(event.why.host.length > 0, `${event.id}: no evidence for the host`);
    const html = page(event);
    for (const [label, list] of [["When", event.why.dates], ["Visitor", event.why.visitor], ["From", event.why.from], ["Host", event.why.host]] as const) {
      assert.equal(html.includes(`<summary>${label} `), list.length > 0, `${event.id}: ${label}`);
    }
  }
});

test("the words each reading rests on are marked in its sentence, and the rule is named", () => {
  const event = events.find((candidate) => candidate.why.visitor.length > 0)!;
  const html = page(event);
  const first = event.why.visitor[0]!;
  const marked = `${escape(first.sentence.slice(0, first.start))}<mark>${escape(first.sentence.slice(first.start, first.end))}</mark>${escape(first.sentence.slice(first.end))}`;
  assert.ok(html.includes(marked), "the sentence with its words marked");
  assert.ok(html.includes(escape(first.rule)), "the rule");
});
