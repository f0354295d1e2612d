// inferPublished: stated and front-matter dates, and inference from invented article text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { inferPublished, UndatableError, type PublishedInput } from "../../src/ingest/dates/index.ts";

function article(paragraphs: string[], captions: string[] = [], dates: Partial<PublishedInput> = {}): PublishedInput {
  return {
    file: "seeds/test.txt",
    statedDate: null,
    frontMatterDate: null,
    paragraphs,
    captions: captions.map((text) => ({ text })),
    ...dates,
  };
}

const UNDATED = ["Relations between Chile and Kenya keep growing."];

test("a front-matter date wins, then a stated date; neither carries a range; each is its own evidence", () => {
  assert.deepEqual(inferPublished(article(UNDATED, [], { frontMatterDate: "2031-04-02", statedDate: "2031-04-09" })), {
    published: "2031-04-02",
    basis: "front-matter",
    evidence: null,
    range: null,
    why: [{ rule: "front matter date", sentence: "2031-04-02", start: 0, end: 10, confidence: "high" }],
  });
  assert.equal(inferPublished(article(UNDATED, [], { frontMatterDate: "2031-04-02T08:30:00Z" })).published, "2031-04-02");
  assert.deepEqual(inferPublished(article(UNDATED, [], { statedDate: "2031-04-09" })), {
    published: "2031-04-09",
    basis: "stated",
    evidence: null,
    range: null,
    why: [{ rule: "stated date line", sentence: "2031-04-09", start: 0, end: 10, confidence: "high" }],
  });
});

test("a stated or front-matter date is used even when the text would say otherwise", () => {
  const text = ["The minister will visit Peru on March 10, 2031."];
  assert.equal(inferPublished(article(text, [], { statedDate: "2031-04-09" })).published, "2031-04-09");
});

test("an impossible stated or front-matter date throws a one-line error naming the file", () => {
  assert.throws(
    () => inferPublished(article(UNDATED, [], { statedDate: "2031-02-30" })),
    (error: unknown) => error instanceof UndatableError && error.file === "seeds/test.txt" && error.message === "seeds/test.txt: impossible date 2031-02-30",
  );
  assert.throws(() => inferPublished(article(UNDATED, [], { frontMatterDate: "2029-02-29" })), { message: "seeds/test.txt: impossible date 2029-02-29" });
  assert.throws(() => inferPublished(article(UNDATED, [], { frontMatterDate: "soon" })), {
    message: 'seeds/test.txt: unreadable date "soon" (expected YYYY-MM-DD)',
  });
});

test("an article nothing dates is undated, not an error", () => {
  assert.deepEqual(inferPublished(article(UNDATED)), { published: null, basis: "undated", evidence: null, range: null, why: [] });
  // Relative dates need a reference, and a yearless date needs a year from somewhere in the text.
  assert.equal(inferPublished(article(["The envoy on Thursday concluded talks.", "Talks will resume on May 3."])).basis, "undated");
});

test("future only: written before the day (upper bound), with a one-day window before it, dated to the eve", () => {
  const lead = "President Ana Lima will pay a state visit to Chile from March 10 to 11, 2031.";
  assert.deepEqual(inferPublished(article([lead, "Trade is growing."])), {
    published: "2031-03-09",
    basis: "inferred",
    evidence: lead,
    range: { earliest: "2031-03-08", latest: "2031-03-09" },
    why: [{ rule: "announced event: written before it", sentence: lead, start: lead.indexOf("from March"), end: lead.length - 1, confidence: "low" }],
    dropped: [],
  });
});

test("past only: written after the last day (lower bound), within a day", () => {
  const lead = "The forum took place in Accra on May 3–4, 2030.";
  const result = inferPublished(article([lead]));
  assert.deepEqual(result.range, { earliest: "2030-05-05", latest: "2030-05-06" });
  assert.equal(result.published, "2030-05-05");
  assert.equal(result.evidence, lead);
});

test("both: after the past event, before the future one (a preview, dated to the eve); evidence joins the two sentences", () => {
  const past = "King Olav greeted President Ruiz during the latter's visit to Norway on January 12, 2031.";
  const future = "Officials said King Olav will visit Peru on February 20.";
  const result = inferPublished(article([future, "Trade has grown.", past]));
  assert.deepEqual(result.range, { earliest: "2031-01-13", latest: "2031-02-19" });
  assert.equal(result.published, "2031-02-19");
  assert.equal(result.evidence, `${past} … ${future}`);
});

test("a present-tense photo caption: written on or after its day, within a day", () => {
  const caption = "King Olav leads a delegation on a state visit to Ghana on May 3, 2031.";
  const result = inferPublished(article(["Ghana and Norway look to a new era.", "Ties were upgraded in December 2030."], [caption]));
  assert.deepEqual(result.range, { earliest: "2031-05-03", latest: "2031-05-04" });
  assert.equal(result.evidence, caption);
});

test("a present caption's one-day window gives way when another bound is tighter", () => {
  const caption = "King Olav leads a delegation on a state visit to Ghana on May 3, 2031.";
  const result = inferPublished(article(["The king will fly on to Togo on May 4."], [caption]));
  assert.deepEqual(result.range, { earliest: "2031-05-03", latest: "2031-05-03" });
});

test("a caption dating a file photo by an occasion is past evidence", () => {
  const caption = "Chancellor Ruiz (left) meets King Olav during the latter's state visit to Peru on March 9, 2030.";
  const result = inferPublished(article(["The chancellor will visit Norway on April 2."], [caption]));
  assert.deepEqual(result.range, { earliest: "2030-03-10", latest: "2030-04-01" });
});

test("contradicting bounds drop the weaker evidence (a month before a day) and record it", () => {
  const future = "The fair will open in Lima on May 10, 2031.";
  const month = "Its plan was approved in June 2031.";
  const result = inferPublished(article([future, month]));
  assert.deepEqual(result.range, { earliest: "2031-05-08", latest: "2031-05-09" });
  assert.equal(result.evidence, future);
  assert.equal(result.dropped?.length, 1);
  assert.match(result.dropped![0]!, /"June 2031" \(month precision, past\)/);
});

test("contradicting bounds of equal weight drop the one later in the article", () => {
  const lead = "The summit will open in Quito on June 20, 2031.";
  const later = "The summit closed on June 22, 2031.";
  const result = inferPublished(article([lead, later]));
  assert.deepEqual(result.range, { earliest: "2031-06-18", latest: "2031-06-19" });
  assert.match(result.dropped![0]!, /^"June 22, 2031"/);
});

test("a report written on the day of what it tells as done, the day before what it announces", () => {
  const done = "President Ana Lima arrived in Quito on Monday, June 16, 2031.";
  const next = "She will address parliament on June 17, 2031.";
  const result = inferPublished(article([done, next]));
  assert.deepEqual(result.range, { earliest: "2031-06-16", latest: "2031-06-16" });
  assert.equal(result.dropped?.length ?? 0, 0, "nothing is dropped for a same-day report");
});

test("a leap day and a year boundary in inferred ranges", () => {
  assert.deepEqual(inferPublished(article(["The session ended on February 28, 2032."])).range, { earliest: "2032-02-29", latest: "2032-03-01" });
  assert.deepEqual(inferPublished(article(["The congress sat December 30 – January 2, 2031."])).range, { earliest: "2031-01-03", latest: "2031-01-04" });
});

test("a dated photo caption is no window: a file photo beside an announced visit leaves the eve", () => {
  const caption = "President Ruiz and King Olav at a meeting in Lima on March 3, 2030.";
  const future = "King Olav will pay an official visit to Peru from May 8 to 9.";
  const result = inferPublished(article([future], [caption]));
  assert.deepEqual(result.range, { earliest: "2030-03-03", latest: "2030-05-07" });
  assert.equal(result.published, "2030-05-07");
});

test("a report that also announces a later event keeps its own day", () => {
  const now = "President Ruiz is visiting Norway on June 3, 2031, where she is holding talks.";
  const later = "She will travel on to Finland on June 9.";
  const result = inferPublished(article([now, later]));
  assert.deepEqual(result.range, { earliest: "2031-06-03", latest: "2031-06-04" });
  assert.equal(result.published, "2031-06-03");
});

test("weekdays count once the text has a date: read again against the first estimate", () => {
  const arrived = "President Ana Lima arrived in Lima on Sunday for a state visit to Peru.";
  const hosted = "President Luis Soto hosted a banquet for her on Monday, June 16, 2031.";
  const next = "The two leaders are scheduled to sign a trade pact on Tuesday.";
  const result = inferPublished(article([arrived, hosted, next]));
  assert.deepEqual(result.range, { earliest: "2031-06-16", latest: "2031-06-16" });
  assert.match(result.evidence ?? "", /on Tuesday/);
});
