// findDateMentions on invented sentences: every written form, and how context resolves years.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDateMentions, dateLists, type DateContext, type DateMention } from "../../src/ingest/dates/index.ts";

/** `text start..end precision` for each mention, compact enough to compare at a glance. */
function spans(text: string, context: DateContext): string[] {
  return findDateMentions(text, context).map(
    (mention) => `${mention.text} ${mention.start}..${mention.end} ${mention.precision}`,
  );
}

const PAST_2030: DateContext = { reference: "2030-06-20", tense: "past" };

test("month-day and day-month forms, with and without the year", () => {
  assert.deepEqual(spans("Talks were held on February 5.", PAST_2030), ["February 5 2030-02-05..2030-02-05 day"]);
  assert.deepEqual(spans("Talks were held on 5 February.", PAST_2030), ["5 February 2030-02-05..2030-02-05 day"]);
  assert.deepEqual(spans("Talks were held on Feb. 5 in Santiago.", PAST_2030), ["Feb. 5 2030-02-05..2030-02-05 day"]);
  assert.deepEqual(spans("Talks were held on the 5th of February.", PAST_2030), ["the 5th of February 2030-02-05..2030-02-05 day"]);
  assert.deepEqual(spans("Talks were held on February 5, 2031.", PAST_2030), ["February 5, 2031 2031-02-05..2031-02-05 day"]);
  assert.deepEqual(spans("He arrived on January 26, 2029 and left.", PAST_2030), ["January 26, 2029 2029-01-26..2029-01-26 day"]);
  assert.deepEqual(spans("It opened on Sunday, March 3 2030.", PAST_2030), ["Sunday, March 3 2030 2030-03-03..2030-03-03 day"]);
});

test("ISO dates", () => {
  assert.deepEqual(spans("The report is dated 2031-07-04.", { reference: null }), ["2031-07-04 2031-07-04..2031-07-04 day"]);
});

test("a written year marks the mention as stated; a context year does not", () => {
  const [stated, inferred] = findDateMentions("Ana Lima met him on May 3, 2031 and again on June 9.", { reference: null });
  assert.equal(stated?.yearStated, true);
  assert.equal(inferred?.yearStated, false);
  assert.equal(inferred?.start, "2031-06-09");
});

test("spans of days within a month", () => {
  assert.deepEqual(spans("The forum ran December 1-2.", PAST_2030), ["December 1-2 2029-12-01..2029-12-02 day"]);
  assert.deepEqual(spans("The forum ran December 1–2, 2027.", PAST_2030), ["December 1–2, 2027 2027-12-01..2027-12-02 day"]);
  assert.deepEqual(spans("The forum ran 1–2 December 2027.", PAST_2030), ["1–2 December 2027 2027-12-01..2027-12-02 day"]);
  assert.deepEqual(spans("The forum was held between 3 and 5 May.", PAST_2030), ["between 3 and 5 May 2030-05-03..2030-05-05 day"]);
  assert.deepEqual(spans("The forum was held between May 3 and 5.", PAST_2030), ["between May 3 and 5 2030-05-03..2030-05-05 day"]);
});

test("President Ana Lima will pay a state visit to Chile from March 10 to 11", () => {
  const text = "President Ana Lima will pay a state visit to Chile from March 10 to 11.";
  assert.deepEqual(spans(text, { reference: "2030-02-25" }), ["from March 10 to 11 2030-03-10..2030-03-11 day"]);
  const [mention] = findDateMentions(text, { reference: "2030-02-25" });
  assert.equal(mention?.tense, "future");
  assert.equal(text.slice(mention!.index, mention!.index + mention!.text.length), mention?.text);
});

test("spans across months and across a new year", () => {
  assert.deepEqual(spans("The tour ran from March 30 to April 2.", PAST_2030), ["from March 30 to April 2 2030-03-30..2030-04-02 day"]);
  assert.deepEqual(spans("The tour ran 30 March – 2 April 2031.", PAST_2030), ["30 March – 2 April 2031 2031-03-30..2031-04-02 day"]);
  assert.deepEqual(spans("The congress sat December 30 – January 2.", { reference: "2030-01-10", tense: "past" }), [
    "December 30 – January 2 2029-12-30..2030-01-02 day",
  ]);
  assert.deepEqual(spans("The congress sat December 30 – January 2, 2030.", { reference: null }), [
    "December 30 – January 2, 2030 2029-12-30..2030-01-02 day",
  ]);
  assert.deepEqual(spans("The congress will sit December 30 – January 2.", { reference: "2030-03-01" }), [
    "December 30 – January 2 2030-12-30..2031-01-02 day",
  ]);
});

test("a list of days: one mention each, marked so a caller can pair them with places", () => {
  const text = "The visits to Kenya and Ghana on March 7 and 8, respectively, were a success.";
  const mentions = findDateMentions(text, { reference: "2030-03-12" });
  assert.deepEqual(
    mentions.map((mention) => [mention.text, mention.start, mention.list]),
    [
      ["March 7", "2030-03-07", { id: 33, position: 0, size: 2, respectively: true }],
      ["8", "2030-03-08", { id: 33, position: 1, size: 2, respectively: true }],
    ],
  );
  assert.deepEqual(dateLists(mentions).map((list) => list.map((mention) => mention.start)), [["2030-03-07", "2030-03-08"]]);
});

test("lists without `respectively`, with a year, day-first, and of full dates", () => {
  const days = findDateMentions("Polls open on 4, 5 and 6 June 2031.", { reference: null });
  assert.deepEqual(days.map((mention) => [mention.text, mention.start]), [["4", "2031-06-04"], ["5", "2031-06-05"], ["6 June 2031", "2031-06-06"]]);
  assert.ok(days.every((mention) => mention.list?.size === 3 && !mention.list.respectively));
  const full = findDateMentions("They flew to Peru and Fiji on May 2 and on June 9, respectively.", { reference: "2030-07-01" });
  assert.deepEqual(full.map((mention) => [mention.start, mention.list?.position, mention.list?.respectively]), [
    ["2030-05-02", 0, true],
    ["2030-06-09", 1, true],
  ]);
  const single = findDateMentions("The fair opened on May 2.", { reference: "2030-07-01" });
  assert.equal(single[0]?.list, undefined);
});

test("months: with a year, relative, with a part, after a preposition", () => {
  assert.deepEqual(spans("The accord was reached in December 2027.", { reference: null }), ["December 2027 2027-12-01..2027-12-31 month"]);
  assert.deepEqual(spans("Trade fell in Sept. 2027 and Feb 2028.", { reference: null }), [
    "Sept. 2027 2027-09-01..2027-09-30 month",
    "Feb 2028 2028-02-01..2028-02-29 month",
  ]);
  assert.deepEqual(spans("The pact was signed last December.", { reference: "2031-02-10" }), ["last December 2030-12-01..2030-12-31 month"]);
  assert.deepEqual(spans("The pact was signed last December.", { reference: "2031-12-20" }), ["last December 2030-12-01..2030-12-31 month"]);
  assert.deepEqual(spans("The pact will be signed next March.", { reference: "2031-02-10" }), ["next March 2031-03-01..2031-03-31 month"]);
  assert.deepEqual(spans("The pact was signed in March.", { reference: "2031-02-10", tense: "past" }), ["March 2030-03-01..2030-03-31 month"]);
  assert.deepEqual(spans("The pact will be signed in March.", { reference: "2031-02-10" }), ["March 2031-03-01..2031-03-31 month"]);
  assert.deepEqual(spans("Work resumes in late March 2031.", { reference: null }), ["late March 2031 2031-03-21..2031-03-31 month"]);
});

test("parts of a year are year-precision spans: early = Jan–Apr, mid = May–Aug, late = Sep–Dec", () => {
  assert.deepEqual(spans("The idea was agreed in late 2027 and revised in early 2028.", { reference: null }), [
    "late 2027 2027-09-01..2027-12-31 year",
    "early 2028 2028-01-01..2028-04-30 year",
  ]);
  assert.deepEqual(spans("Work ends in mid-2029 or in the first half of 2030.", { reference: null }), [
    "mid-2029 2029-05-01..2029-08-31 year",
    "the first half of 2030 2030-01-01..2030-06-30 year",
  ]);
});

test("a bare month name is a month only after a preposition; the verb `may` never is", () => {
  assert.deepEqual(spans("Leaders may meet, and May Sun spoke.", { reference: "2030-06-01" }), []);
  assert.deepEqual(spans("Leaders met in May.", { reference: "2030-06-01", tense: "past" }), ["May 2030-05-01..2030-05-31 month"]);
});

test("weekdays resolve relative to the reference and the tense", () => {
  // 2030-03-18 is a Monday.
  const monday = "2030-03-18";
  assert.deepEqual(spans("The minister on Thursday concluded an official visit to Kenya.", { reference: monday }), [
    "on Thursday 2030-03-14..2030-03-14 day",
  ]);
  assert.deepEqual(spans("The minister will arrive in Kenya on Thursday.", { reference: monday }), ["on Thursday 2030-03-21..2030-03-21 day"]);
  assert.deepEqual(spans("She spoke last Thursday.", { reference: monday }), ["last Thursday 2030-03-14..2030-03-14 day"]);
  assert.deepEqual(spans("She speaks next Monday.", { reference: monday }), ["next Monday 2030-03-25..2030-03-25 day"]);
  assert.deepEqual(spans("She spoke last Monday.", { reference: monday }), ["last Monday 2030-03-11..2030-03-11 day"]);
  assert.deepEqual(spans("The talks concluded on Monday.", { reference: monday }), ["on Monday 2030-03-18..2030-03-18 day"]);
  // A Friday reference: the Thursday before.
  assert.deepEqual(spans("The envoy on Thursday concluded talks in Oslo.", { reference: "2030-03-22" }), [
    "on Thursday 2030-03-21..2030-03-21 day",
  ]);
});

test("yesterday, today, this month, last year", () => {
  assert.deepEqual(spans("Yesterday the fair closed; today it reopens; sales rose this month and last year.", { reference: "2028-03-01" }), [
    "Yesterday 2028-02-29..2028-02-29 day",
    "today 2028-03-01..2028-03-01 day",
    "this month 2028-03-01..2028-03-31 month",
    "last year 2027-01-01..2027-12-31 year",
  ]);
});

test("relative dates without a reference are left out", () => {
  assert.deepEqual(spans("He left on Thursday, yesterday, last December and this month.", { reference: null }), []);
});

test("a yearless date: past = latest on or before the reference, future = next on or after, neutral = nearest", () => {
  const reference = "2030-02-10";
  assert.deepEqual(spans("Talks were held on March 3.", { reference }), ["March 3 2029-03-03..2029-03-03 day"]);
  assert.deepEqual(spans("Talks will be held on January 3.", { reference }), ["January 3 2031-01-03..2031-01-03 day"]);
  assert.deepEqual(spans("Talks on March 3.", { reference }), ["March 3 2030-03-03..2030-03-03 day"]);
  assert.deepEqual(spans("Talks on December 20.", { reference }), ["December 20 2029-12-20..2029-12-20 day"]);
  assert.deepEqual(spans("Talks were held on February 10.", { reference }), ["February 10 2030-02-10..2030-02-10 day"]);
});

test("without a reference a yearless date takes the year of the nearest full date", () => {
  const text = "The summit of May 4, 2029 agreed a follow-up on June 9. Years later, after much delay and many more talks, ministers met on July 1, 2031, and again on July 3.";
  assert.deepEqual(
    findDateMentions(text, { reference: null }).map((mention) => mention.start),
    ["2029-05-04", "2029-06-09", "2031-07-01", "2031-07-03"],
  );
  // Across a new year the nearest day wins over the bare year.
  assert.deepEqual(spans("Leaders met on December 30, 2029 and again on January 3.", { reference: null }).at(-1), "January 3 2030-01-03..2030-01-03 day");
  // A full day beats a nearer month as the anchor.
  assert.deepEqual(
    findDateMentions("It will open on February 5. Trade rose in late 2025. He came on January 26, 2031.", { reference: null })[0]?.start,
    "2031-02-05",
  );
});

test("without a reference or a full date, a yearless date is not returned", () => {
  assert.deepEqual(spans("The talks will take place on February 5.", { reference: null }), []);
});

test("leap years and impossible days", () => {
  assert.deepEqual(spans("It happened on February 29, 2028.", { reference: null }), ["February 29, 2028 2028-02-29..2028-02-29 day"]);
  assert.deepEqual(spans("It happened on February 29, 2029.", { reference: null }), []);
  assert.deepEqual(spans("It happened on February 29.", { reference: "2030-03-01", tense: "past" }), ["February 29 2028-02-29..2028-02-29 day"]);
  assert.deepEqual(spans("It will happen on February 29.", { reference: "2030-03-01" }), ["February 29 2032-02-29..2032-02-29 day"]);
  assert.deepEqual(spans("It happened on February 30 and April 31.", PAST_2030), []);
  assert.deepEqual(spans("The report is dated 2031-02-30.", { reference: null }), []);
});

test("numbers that are not days are not read as dates", () => {
  assert.deepEqual(spans("Trade reached US$3.5 billion across 276 projects in the 14th session.", PAST_2030), []);
});

test("an explicit tense in the context overrides the clause", () => {
  const [mention] = findDateMentions("Talks on March 3.", { reference: "2030-02-10", tense: "past" }) as DateMention[];
  assert.equal(mention?.start, "2029-03-03");
  assert.equal(mention?.tense, "past");
});

test("a reference that is not a real day is a programming error", () => {
  assert.throws(() => findDateMentions("on May 3", { reference: "2030-02-30" }), /reference must be a real/);
});

test("results do not depend on the process time zone", () => {
  // Date maths is done on UTC dates; this would shift a day under local-time parsing east or west of UTC.
  const before = process.env.TZ;
  const results: string[][] = [];
  for (const zone of ["Pacific/Kiritimati", "America/Los_Angeles", "UTC"]) {
    process.env.TZ = zone;
    results.push(spans("The envoy on Thursday concluded talks; the fair runs December 30 – January 2.", { reference: "2030-03-22" }));
  }
  process.env.TZ = before;
  assert.deepEqual(results[0], results[1]);
  assert.deepEqual(results[1], results[2]);
});
