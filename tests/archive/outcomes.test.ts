// Key outcomes: sentences that say what a visit agreed, signed or decided, placed under the visit
// their paragraph is about, from reports and assessments only. Invented articles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { archiveRecords } from "../../src/archive/index.ts";
import { outcomeSentences } from "../../src/ingest/outcomes.ts";
import { article, authority } from "./support.ts";

test("outcome sentences: agreements, signings and decisions, not plans or descriptions", () => {
  assert.deepEqual(
    outcomeSentences(
      "The talks lasted two hours. Both sides agreed to open a consulate in Mombasa. They signed four memoranda on ports. The leaders will sign a trade pact next year. The upgraded airport impressed guests.",
    ),
    ["Both sides agreed to open a consulate in Mombasa.", "They signed four memoranda on ports."],
  );
  assert.deepEqual(outcomeSentences("The two countries elevated their ties to a strategic partnership."), [
    "The two countries elevated their ties to a strategic partnership.",
  ]);
  assert.deepEqual(outcomeSentences("Trade reached US$2 billion."), []);
});

test("a report's outcomes go to the visit it reports; a preview's plans and a passing recollection do not", () => {
  const preview = article("201_preview", "2031-03-01", [
    "Chilean President Ana Rojas will pay a state visit to Kenya from March 10 to 11.",
    "The two sides are expected to sign trade deals. Officials agreed on the programme.",
  ]);
  const report = article("202_report", "2031-03-12", [
    "Chilean President Ana Rojas on March 11 concluded a two-day state visit to Kenya.",
    "During the talks, the two sides agreed to build a fertiliser plant in Kisumu.",
    "Rojas recalled her state visit to Peru in May 2030, when both sides signed a fisheries pact.",
  ]);
  const archive = archiveRecords([preview, report], [], { authority });
  const kenya = archive.events.find((event) => event.host === "kenya");
  assert.ok(kenya, archive.events.map((event) => event.id).join(", "));
  assert.deepEqual(kenya.outcomes, [
    { sentence: "During the talks, the two sides agreed to build a fertiliser plant in Kisumu.", article: "202_report", paragraph: 1 },
  ]);
});
