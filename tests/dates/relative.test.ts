// Relative days read against the article's own date, as agencies write them; every case is run
// west and east of UTC and must give the same calendar days.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDateMentions } from "../../src/ingest/dates/index.ts";

/** `text start..end` of every mention, read against `reference`, under one time zone. */
function read(text: string, reference: string, zone: string): string[] {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return findDateMentions(text, { reference }).map((mention) => `${mention.text} ${mention.start}..${mention.end}`);
  } finally {
    process.env.TZ = before;
  }
}

/** Asserts the reading west (Los Angeles, UTC−7/−8) and east (Kiritimati, UTC+14) of UTC. */
function expectEverywhere(text: string, reference: string, expected: string[]): void {
  for (const zone of ["America/Los_Angeles", "Pacific/Kiritimati"]) assert.deepEqual(read(text, reference, zone), expected, `${zone}: ${text}`);
}

// 2026-04-16 is a Thursday.
const THURSDAY = "2026-04-16";

test("this morning, this afternoon, tonight and today are the article's day", () => {
  expectEverywhere("Hanoi (VNA) – The President chaired a welcome ceremony this morning.", THURSDAY, ["this morning 2026-04-16..2026-04-16"]);
  expectEverywhere("The minister left Vientiane this afternoon for Bangkok.", THURSDAY, ["this afternoon 2026-04-16..2026-04-16"]);
  expectEverywhere("The King tonight hosted a state banquet.", THURSDAY, ["tonight 2026-04-16..2026-04-16"]);
  expectEverywhere("The two-day visit concluded today.", THURSDAY, ["today 2026-04-16..2026-04-16"]);
});

test("yesterday and tomorrow, with or without a part of the day", () => {
  expectEverywhere("The Korean leader arrived in Hanoi yesterday afternoon.", THURSDAY, ["yesterday afternoon 2026-04-15..2026-04-15"]);
  expectEverywhere("Receiving the guest yesterday, the secretary recalled the war.", THURSDAY, ["yesterday 2026-04-15..2026-04-15"]);
  expectEverywhere("Tomorrow morning, the two Prime Ministers will hold talks.", THURSDAY, ["Tomorrow morning 2026-04-17..2026-04-17"]);
  expectEverywhere("He will meet business leaders tomorrow.", THURSDAY, ["tomorrow 2026-04-17..2026-04-17"]);
});

test("a weekday: the last one in a past clause, the next one in a future clause", () => {
  expectEverywhere("The ministry announced the visit on Sunday.", THURSDAY, ["on Sunday 2026-04-12..2026-04-12"]);
  expectEverywhere("The delegation will arrive in Moscow on Sunday.", THURSDAY, ["on Sunday 2026-04-19..2026-04-19"]);
});

test("next week and last week are Monday-to-Sunday weeks around the article's", () => {
  expectEverywhere("The Prime Minister will visit Manila next week.", THURSDAY, ["next week 2026-04-20..2026-04-26"]);
  expectEverywhere("The two sides met in Tokyo last week.", THURSDAY, ["last week 2026-04-06..2026-04-12"]);
  expectEverywhere("The envoy arrived earlier this week.", THURSDAY, ["earlier this week 2026-04-13..2026-04-19"]);
});

test("weekdays of a named week: `from Monday to Wednesday next week`, `from Wednesday next week`", () => {
  // Kyodo on Friday 9 January 2026; Yonhap on Friday 10 April 2026; Prensa Latina on Wednesday 20 May 2026.
  expectEverywhere("Morita will visit the Philippines from Monday to Wednesday next week.", "2026-01-09", ["from Monday to Wednesday next week 2026-01-12..2026-01-14"]);
  expectEverywhere("Kang will make a three-day state visit to Vietnam from Wednesday next week.", "2026-04-10", ["from Wednesday next week 2026-04-15..2026-04-15"]);
  expectEverywhere("The visit the Prime Minister paid from Monday to Wednesday last week opened new horizons.", "2026-05-20", ["from Monday to Wednesday last week 2026-05-11..2026-05-13"]);
});

test("earlier this month is the article's month", () => {
  expectEverywhere("The deputy prime minister led a delegation to Laos earlier this month.", "2026-05-20", ["earlier this month 2026-05-01..2026-05-31"]);
});

test("`from Sunday to April 30`: the Sunday before the written day", () => {
  // VNA on Tuesday 29 April 2025.
  expectEverywhere("The Vice President is on a working visit to Viet Nam from Sunday to April 30.", "2025-04-29", ["from Sunday to April 30 2025-04-27..2025-04-30"]);
});

test("a weekday range with no week named runs from the weekday the clause's tense points to", () => {
  // Xinhua on Friday 4 December 2026: an inspection tour done this week.
  expectEverywhere("Liu made the remarks during an inspection tour of the province from Tuesday to Thursday.", "2026-12-04", [
    "from Tuesday to Thursday 2026-12-01..2026-12-03",
  ]);
});

test("a 31 December preview of `January 2-4` is next year's", () => {
  expectEverywhere("The Lao Prime Minister will pay an official visit to Viet Nam in Ha Noi from January 2-4.", "2025-12-31", ["from January 2-4 2026-01-02..2026-01-04"]);
});
