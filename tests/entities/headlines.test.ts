// Title-Case and ALL-CAPS lines capitalise verbs too: they introduce nobody, and the people they
// name are found from the body.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "./support.ts";
import { toUnits, isHeadline } from "../../src/ingest/entities/units.ts";

const headline = (text: string) => isHeadline(toUnits({ paragraphs: [text], captions: [] })[0]!);

test("Title-Case and ALL-CAPS lines are headlines; sentences and captions ending in a full stop are not", () => {
  assert.equal(headline("Prime Minister Meets Lao President"), true);
  assert.equal(headline("AGONG HOSTS STATE BANQUET FOR VIETNAMESE PRESIDENT"), true);
  assert.equal(headline("His Majesty the King Leaves for State Visit to Indonesia"), true);
  assert.equal(headline("Lao Prime Minister Sonesavanh Phommachanh."), false);
  assert.equal(headline("President visits Luang Prabang, urges faster progress of tourism projects"), false);
});

test("`Prime Minister Meets Lao President` has no person `Meets`; the body's people are still named in it", () => {
  const found = extract([
    "Prime Minister Meets Lao President",
    "VGP - Prime Minister Lê Minh Quân on September 9 afternoon met with Lao President Khamsing Vongsa, who is paying a state visit to Viet Nam.",
  ], { published: "2031-09-09" });
  assert.deepEqual(found.people.map((person) => person.id), ["le-minh-quan", "khamsing-vongsa"]);
  const caps = extract(["THAI PRIME MINISTER ARRIVES IN PHNOM PENH", "Thai Prime Minister Niran Chaiyasit arrived in Phnom Penh on Monday."], { published: "2031-03-10" });
  assert.deepEqual(caps.people.map((person) => person.id), ["niran-chaiyasit"]);
});
