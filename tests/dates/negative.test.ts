// Negative cases, in the style of chrono-node's negative tests: words that look like dates to a
// careless reader but are not dates of anything in the news, found nowhere (or never as news).
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDateMentions } from "../../src/ingest/dates/index.ts";

const REFERENCE = "2026-03-12";

/** Every mention found, as `text` (none expected). */
function found(text: string): string[] {
  return findDateMentions(text, { reference: REFERENCE }).map((mention) => mention.text);
}

/** Mentions that would count as news (not history). */
function news(text: string): string[] {
  return findDateMentions(text, { reference: REFERENCE })
    .filter((mention) => !mention.historical)
    .map((mention) => mention.text);
}

test("bare years, counts and amounts are not dates", () => {
  for (const text of [
    "Two-way trade reached US$8.4 billion in 2025.",
    "The border runs 1,810 km.",
    "Both sides aim for US$2 billion by 2030.",
    "The New Industrial Master Plan 2030 guides investment.",
    "The 2026-2031 term begins.",
    "More than 4.6 million foreign arrivals are expected.",
    "Copyright © ANTARA 2026",
  ]) {
    assert.deepEqual(found(text), [], text);
  }
});

test("month names that are words, and numbers that are not days", () => {
  for (const text of [
    "The two sides may march on together.",
    "The ministers agreed that trade may grow.",
    "Tariffs were cut by 3.5 May-to-May on average.",
    "The law passed 12/4 in committee.",
    "The vote was 13/13/2026 in the draft.",
  ]) {
    assert.deepEqual(found(text), [], text);
  }
});

test("numeric dates whose order nothing decides are not read", () => {
  assert.deepEqual(found("The agreement was signed on 04/05/2026 in Budapest."), []);
  // One unambiguous numeric date decides the order of the others in the same text.
  assert.deepEqual(found("Signed on 04/05/2026 and ratified on 25/06/2026."), ["04/05/2026", "25/06/2026"]);
});

test("history and anniversaries are never news", () => {
  for (const text of [
    "Relations between Cuba and Vietnam, established on December 2, 1960, are an example of solidarity.",
    "The two countries established diplomatic relations on November 24, 1949.",
    "It marked the 50th anniversary of the Liberation of the South (April 30, 1975 – April 30, 2025).",
    "Since the railway opened in December 2021, it has carried 50 million passengers in 2026.",
    "Tanks broke through the gates on April 30, 1975, veterans recalled at the 2025 celebrations.",
    // A span longer than a year is a period, not an event (no history word, and recent).
    "The cooperation programme ran from March 1, 2024 to March 1, 2026.",
  ]) {
    assert.deepEqual(news(text), [], text);
  }
});

test("a time alone is not a day", () => {
  assert.deepEqual(found("The plane lands at 14:22 local time."), []);
  assert.deepEqual(found("The session runs 09:00-17:30 [GMT+7]."), []);
});
