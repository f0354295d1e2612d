// The published date of articles that write their own date (date lines, timestamps, datelines),
// imply their year, or cannot be dated at all; each with its evidence and confidence.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "../../src/ingest/clean.ts";
import { inferPublished, type PublishedDate } from "../../src/ingest/dates/index.ts";

function publishedOf(body: string): PublishedDate {
  const cleaned = cleanText(body);
  return inferPublished({
    file: "wire/test.txt",
    statedDate: cleaned.statedDate,
    frontMatterDate: null,
    paragraphs: cleaned.paragraphs,
    captions: cleaned.captions,
    writtenDates: cleaned.writtenDates,
  });
}

/** The words the first piece of evidence points at. */
function marked(result: PublishedDate, at = 0): string {
  const why = result.why[at]!;
  return why.sentence.slice(why.start, why.end);
}

test("a timestamp line dates the article, whatever the text tells", () => {
  const result = publishedOf(
    "Vietnam, RoK agree to lift trade\nApril 16, 2026, 11:20 [GMT+7]\nHanoi (VNA) – President Thai chaired a welcome ceremony this morning for President Kang, who arrived yesterday afternoon, starting a three-day state visit.",
  );
  assert.equal(result.published, "2026-04-16");
  assert.equal(result.basis, "dateline");
  assert.equal(result.range, null);
  assert.equal(result.why[0]?.rule, "timestamp line");
  assert.equal(result.why[0]?.confidence, "high");
  assert.equal(marked(result), "April 16, 2026");
  assert.equal(result.evidence, "April 16, 2026, 11:20 [GMT+7]");
});

test("anniversary and historical dates are never the article's date", () => {
  const result = publishedOf(
    "Cuban guest honours Uncle Ho\n\nHCM CITY (VNA) – Cuban Vice President Ruiz, who is in Viet Nam for the 50th anniversary of the Liberation of the South (April 30, 1975 – April 30, 2025), laid flowers at the statue of President Ho Chi Minh. Tanks broke through the palace gates on April 30, 1975.",
  );
  assert.equal(result.basis, "undated", JSON.stringify(result));
  assert.equal(result.published, null);
});

test("a numeric date read by the dateline: `03/07/2026` under `KUALA LUMPUR, July 3` is 3 July", () => {
  const result = publishedOf(
    "AGONG HOSTS STATE BANQUET\n\n03/07/2026 09:45 PM\n\nKUALA LUMPUR, July 3 (Bernama) -- His Majesty tonight hosted a state banquet for the Vietnamese President.",
  );
  assert.equal(result.published, "2026-07-03");
  assert.ok(result.why.every((why) => why.confidence === "high"));
  assert.ok(result.why.some((why) => why.rule === "numeric date read by the dateline"));
});

test("a numeric date read by the days the text tells of: `05/06/2026` after a visit on 4–5 June 2026", () => {
  const result = publishedOf(
    "PRESS RELEASE\n\nH.E. Ousmane Diagne Ndiaye paid an official visit to the Kingdom of Cambodia from 4 to 5 June 2026. On 4 June 2026, the two Foreign Ministers held talks.\n\nPhnom Penh, 05/06/2026",
  );
  assert.equal(result.published, "2026-06-05");
  assert.equal(result.range, null);
  assert.equal(result.why.at(-1)?.rule, "numeric date read the way that falls among the days the text tells of");
});

test("a numeric date nothing decides is a range of both readings, low confidence", () => {
  const result = publishedOf(
    "Hungarian Speaker receives Vietnamese guest\n\nPosted on 04/05/2026 by admin\n\nBUDAPEST – Speaker Kertesz received Vice Chairman Hieu, who is in Budapest on an official visit this week. Hungary and Vietnam established diplomatic relations in 1950.",
  );
  assert.deepEqual(result.range, { earliest: "2026-04-05", latest: "2026-05-04" });
  assert.equal(result.published, "2026-04-05");
  assert.ok(result.why.every((why) => why.confidence === "low"));
  assert.match(result.why[0]!.rule, /order unknown/);
});

test("a yearless dateline takes the year a weekday agrees with (`said on Thursday` under `May 14`)", () => {
  const result = publishedOf(
    "Lao President to visit Russia\n\nMOSCOW, May 14. /TASS/. The Lao President will pay an official visit to Russia on May 17-20, the Kremlin press service said on Thursday.\n\nIn 2025, the two countries marked the 65th anniversary of diplomatic relations, which were established on October 7, 1960.",
  );
  assert.equal(result.published, "2026-05-14");
  assert.equal(result.why[1]?.rule, "year implied by a weekday");
  assert.equal(marked(result, 1), "Thursday");
});

test("a yearless dateline takes the year an anniversary counts to", () => {
  const result = publishedOf(
    "Emperor hosts banquet\n\nTokyo, Nov. 26 (Jiji Press)--The Emperor hosted a state banquet for the Malaysian King.\n\nThe Emperor hoped ties, established in 1957, would deepen further ahead of the 70th anniversary of the ties next year.",
  );
  assert.equal(result.published, "2026-11-26");
  assert.equal(result.why[1]?.rule, "year implied by an anniversary");
});

test("with no other clue, the newest year the text names, marked as a guess", () => {
  const result = publishedOf(
    "Thai minister visits Laos\n\nLAOS, June 18 - The Thai Foreign Minister concluded his two-day official visit to Laos today. The ministers reviewed the 2025 cooperation plan and agreed on the action plan for 2026, and a target of US$10 billion by 2030.",
  );
  assert.equal(result.published, "2026-06-18");
  assert.equal(result.why[0]?.confidence, "low");
  assert.equal(marked(result, 1), "2026");
});

test("a yearless dateline in a text that names no year leaves the article undated, saying why", () => {
  const result = publishedOf("Talks in Vientiane\n\nVIENTIANE, June 18 (KPL) – The two ministers held talks today.");
  assert.equal(result.published, null);
  assert.equal(result.basis, "undated");
  assert.match(result.why[0]!.rule, /without a year/);
});

test("no date written: a past weekday naming a visit's last day gives that day or the week after", () => {
  const result = publishedOf(
    "President concludes state visit\n\nHÀ NỘI — President Thai on Saturday wrapped up his three-day state visit to Malaysia (July 2-4), which opens a new chapter. Trade reached $18.6 billion in 2025 and should reach US$25 billion by 2030.",
  );
  assert.deepEqual(result.range, { earliest: "2026-07-04", latest: "2026-07-10" });
  assert.equal(result.published, "2026-07-04");
  assert.equal(result.basis, "inferred");
  assert.ok(result.why.some((why) => why.rule === "year implied by a weekday"));
});

test("a feature that nothing dates is undated: `Since 1962` and a general `Today` are no dates", () => {
  const result = publishedOf(
    "A friendship tended by every generation\n\nSince 1962, when the two countries established diplomatic relations, their friendship has grown.\n\nToday, thousands of Lao students are studying in Viet Nam each year.",
  );
  assert.deepEqual(result, { published: null, basis: "undated", evidence: null, range: null, why: [] });
});

test("evidence spans lie within their sentences", () => {
  const result = publishedOf("Headline\n\nNAIROBI, Jan. 8 (Xinhua) -- The Chinese Foreign Minister arrived here on Thursday afternoon, his first trip this year. Both sides will review the results of 2025 and the plans for 2026.");
  assert.equal(result.published, "2026-01-08");
  for (const why of result.why) assert.ok(why.start <= why.end && why.end <= why.sentence.length, JSON.stringify(why));
  assert.equal(marked(result), "Jan. 8");
});
