// sentenceTense and the clause-level readings, on invented sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { captionTenseAt, sentenceTense, tenseAt } from "../../src/ingest/dates/index.ts";

const cases: [string, "future" | "present" | "past"][] = [
  // future
  ["President Ana Lima will pay a state visit to Chile from March 10 to 11.", "future"],
  ["The prime minister is to visit Kenya next week.", "future"],
  ["The summit is expected to open on May 3.", "future"],
  ["Ahead of the upcoming visit, the envoy briefed reporters.", "future"],
  ["The king is scheduled to arrive in Oslo on Tuesday.", "future"],
  ["The chancellor is set to attend the forum.", "future"],
  ["The talks, scheduled for June 9, cover trade.", "future"],
  ["Officials said the accord will be signed on June 9.", "future"],
  ["The fair will be held in Lima on April 3.", "future"],
  ["The minister said she would visit Peru on June 9.", "future"],
  ["The three-day visit begins on Monday.", "future"],
  ["The prime minister arrived in Lima on Sunday for a three-day visit.", "past"],
  // past
  ["The minister on Thursday concluded an official visit to Kenya.", "past"],
  ["The forum took place in Accra on May 3.", "past"],
  ["President Ana Lima paid a state visit to Chile last year.", "past"],
  ["Both leaders held talks in Quito.", "past"],
  ["The visit was a success.", "past"],
  ["The two sides had agreed on a plan.", "past"],
  ["The envoy recently returned from Peru.", "past"],
  ["Earlier, the delegation toured a port.", "past"],
  ["The delegation visited a port in Mombasa.", "past"],
  ["The pact has been signed by both sides.", "past"],
  // present
  ["President Ana Lima is paying a state visit to Chile.", "present"],
  ["King Olav leads a delegation on a state visit to Ghana on May 3, 2031.", "present"],
  ["The premier hosts a banquet for the visiting guests.", "present"],
  ["The chancellor holds talks with her Peruvian counterpart.", "present"],
  ["Minister Ruiz is on an official visit to Fiji.", "present"],
  // neutral: no marker reads as present
  ["A new chapter in relations between Chile and Kenya.", "present"],
  // adjectives ending in -ed are not past verbs
  ["The detailed plan is of great significance for the expected outcome.", "present"],
];

for (const [sentence, expected] of cases) {
  test(`${expected}: ${sentence}`, () => assert.equal(sentenceTense(sentence), expected));
}

/** Tense of the clause around `words` in `sentence`. */
function at(sentence: string, words: string) {
  const index = sentence.indexOf(words);
  assert.ok(index >= 0, `"${words}" not in sentence`);
  return tenseAt(sentence, index, words.length);
}

test("each date in a sentence takes the tense of the verb nearest before it", () => {
  const sentence = "The leaders held talks on Monday and will sign the accord on Tuesday.";
  assert.equal(at(sentence, "on Monday"), "past");
  assert.equal(at(sentence, "on Tuesday"), "future");
});

test("a date before its verb takes the verb after it", () => {
  assert.equal(at("On May 3, the president will open the fair.", "May 3"), "future");
  assert.equal(at("The visits to Peru and Fiji on May 2 and 3, respectively, were a success.", "May 2"), "past");
});

test("a reduced relative clause with a past participle dates a past event inside a future sentence", () => {
  const sentence = "The focus will be the partnership, a concept agreed upon by both leaders in late 2029, to deepen trade.";
  assert.equal(sentenceTense(sentence), "future");
  assert.equal(at(sentence, "late 2029"), "past");
});

test("a relative clause after a comma keeps its own tense", () => {
  const sentence = "Both sides will build on the accord, which the ministers signed in March 2030.";
  assert.equal(at(sentence, "March 2030"), "past");
});

test("clauses split at semicolons", () => {
  const sentence = "The envoy arrived on Monday; talks will follow on Friday.";
  assert.equal(at(sentence, "on Friday"), "future");
  assert.equal(at(sentence, "on Monday"), "past");
});

test("a photo caption dated by an occasion (`during … on`) or marked as a file photo is past", () => {
  const fileStyle = "Chancellor Ruiz (left) meets King Olav during the latter's state visit to Peru on March 9, 2030.";
  assert.equal(captionTenseAt(fileStyle, fileStyle.indexOf("March 9, 2030"), 13), "past");
  const live = "King Olav leads a delegation on a state visit to Ghana on May 3, 2031.";
  assert.equal(captionTenseAt(live, live.indexOf("May 3, 2031"), 11), "present");
  const marked = "King Olav greets guests in Accra on May 3, 2031. File photo";
  assert.equal(captionTenseAt(marked, marked.indexOf("May 3, 2031"), 11), "past");
});
