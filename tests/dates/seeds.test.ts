// The real seeds through a tiny local reader into the dates API (this test may use seed facts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findDateMentions, inferPublished, type DateMention, type PublishedInput } from "../../src/ingest/dates/index.ts";

const SEEDS = fileURLToPath(new URL("../../seeds/", import.meta.url));
const PHOTO_CREDIT = /(?:\(?Photo:\s*[^)]*\)?\s*\|?\s*)$/;

/** Just enough reading for dates: stated date, captions (credited lines, the line after a marker), paragraphs. */
function readSeed(name: string): PublishedInput {
  let text = readFileSync(`${SEEDS}${name}.txt`, "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const stated = /^ date (\d{4}-\d{2}-\d{2}) /.exec(text);
  if (stated) text = text.slice(stated[0].length);
  const paragraphs: string[] = [];
  const captions: { text: string }[] = [];
  let afterMarker = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || /^\|+$/.test(line)) continue;
    if (line === "leftcenterrightdel") {
      afterMarker = true;
      continue;
    }
    if (afterMarker || PHOTO_CREDIT.test(line)) captions.push({ text: line.replace(PHOTO_CREDIT, "").trim() || line });
    else paragraphs.push(line);
    afterMarker = false;
  }
  return { file: `seeds/${name}.txt`, statedDate: stated?.[1] ?? null, frontMatterDate: null, paragraphs, captions };
}

/** Mentions of a seed, resolved against its stated date. */
function mentionsOf(seed: PublishedInput): DateMention[] {
  const text = [...seed.captions.map((caption) => caption.text), ...seed.paragraphs].join("\n\n");
  return findDateMentions(text, { reference: seed.statedDate });
}

function find(mentions: DateMention[], text: string): DateMention {
  const mention = mentions.find((candidate) => candidate.text === text);
  assert.ok(mention, `no mention "${text}" among ${mentions.map((m) => m.text).join(", ")}`);
  return mention;
}

const within = (day: string, from: string, to: string) => from <= day && day <= to;

test("seeds 000, 001 and 002 use their stated dates", () => {
  for (const [name, date] of [
    ["000_5d2e9324fcbb38fa", "2026-02-08"],
    ["001_f7d8b59937b47e68", "2026-02-06"],
    ["002_dc28ce060877cb66", "2025-12-03"],
  ] as const) {
    const result = inferPublished(readSeed(name));
    assert.equal(result.basis, "stated", name);
    assert.equal(result.published, date, name);
  }
});

test("seed 003 is inferred from its present-tense caption: within 2026-02-04..2026-02-06", () => {
  const result = inferPublished(readSeed("003_88ff0ff8ea9c7b88"));
  assert.equal(result.basis, "inferred");
  assert.ok(result.range);
  assert.ok(within(result.range.earliest, "2026-02-04", "2026-02-06"), JSON.stringify(result.range));
  assert.ok(within(result.range.latest, "2026-02-04", "2026-02-06"), JSON.stringify(result.range));
  assert.equal(result.published, result.range.earliest);
  assert.ok(result.evidence && result.evidence.includes("February 5, 2026"));
});

test("seed 004 is inferred after the 26 January visit it mentions and before the 5 February visit it announces", () => {
  const result = inferPublished(readSeed("004_8611959e7e6bd728"));
  assert.equal(result.basis, "inferred");
  assert.ok(result.range);
  assert.ok(within(result.range.earliest, "2026-01-27", "2026-02-04"), JSON.stringify(result.range));
  assert.ok(within(result.range.latest, "2026-01-27", "2026-02-04"), JSON.stringify(result.range));
  assert.ok(result.evidence?.includes("January 26, 2026"));
  assert.ok(result.evidence?.includes("will take place on February 5"));
  assert.deepEqual(result.dropped, []);
});

test("seed 001: `on Thursday` (reference 2026-02-06) is 2026-02-05", () => {
  const thursday = find(mentionsOf(readSeed("001_f7d8b59937b47e68")), "on Thursday");
  assert.deepEqual([thursday.start, thursday.end, thursday.tense], ["2026-02-05", "2026-02-05", "past"]);
});

test("seed 002: `December 1-2` is 2025-12-01..2025-12-02", () => {
  const visit = find(mentionsOf(readSeed("002_dc28ce060877cb66")), "December 1-2");
  assert.deepEqual([visit.start, visit.end, visit.precision], ["2025-12-01", "2025-12-02", "day"]);
});

test("seed 000: `last December` is December 2025; `February 5 and 6, respectively` the 5th and 6th", () => {
  const mentions = mentionsOf(readSeed("000_5d2e9324fcbb38fa"));
  const december = find(mentions, "last December");
  assert.deepEqual([december.start, december.end, december.precision], ["2025-12-01", "2025-12-31", "month"]);
  const fifth = find(mentions, "February 5");
  const sixth = find(mentions, "6");
  assert.deepEqual([fifth.start, sixth.start], ["2026-02-05", "2026-02-06"]);
  assert.deepEqual(fifth.list, { id: fifth.index, position: 0, size: 2, respectively: true });
  assert.deepEqual(sixth.list, { id: fifth.index, position: 1, size: 2, respectively: true });
});
