// Why an event says what it says: each covering article's evidence for its visitor, origin, host
// and dates, sure readings first; and the role of an article that names a visit under way in its lead.
import { test } from "node:test";
import assert from "node:assert/strict";
import { archiveRecords } from "../../src/archive/index.ts";
import { article, authority } from "./support.ts";

const preview = article("201_preview", "2031-03-01", [
  "Chilean President Ana Rojas will pay a state visit to Kenya from March 10 to 11, at the invitation of Kenyan President Joseph Mwangi.",
  "During the visit, President Rojas will sign trade deals.",
]);
const report = article("202_report", "2031-03-11", [
  "NAIROBI — President Joseph Mwangi welcomed Chilean President Ana Rojas, who arrived in Nairobi on March 10 for a two-day state visit.",
]);
const archive = archiveRecords([report, preview], [], { authority });
const kenya = archive.events.find((event) => event.host === "kenya")!;

test("an event keeps each article's evidence for each fact, the words of the sentence it rests on", () => {
  assert.deepEqual([...new Set(kenya.why.visitor.map((entry) => entry.article))], ["201_preview", "202_report"]);
  const relative = kenya.why.visitor.find((entry) => entry.article === "202_report")!;
  assert.equal(relative.rule, "relative clause after the visitor (‘X, who is on a visit’)");
  assert.equal(relative.sentence.slice(relative.start, relative.end), "Chilean President Ana Rojas");
  const arrival = kenya.why.host.find((entry) => entry.rule === "arrival in a place")!;
  assert.equal(arrival.sentence.slice(arrival.start, arrival.end), "Nairobi");
  const dated = kenya.why.dates.find((entry) => entry.article === "201_preview")!;
  assert.equal(dated.sentence.slice(dated.start, dated.end), "from March 10 to 11");
  assert.ok(kenya.why.from.every((entry) => entry.sentence.slice(entry.start, entry.end).includes("Chilean")));
});

test("sure readings come first in each list of evidence", () => {
  for (const list of Object.values(kenya.why)) {
    const firstLow = list.findIndex((entry) => entry.confidence === "low");
    assert.ok(firstLow === -1 || list.slice(firstLow).every((entry) => entry.confidence === "low"));
  }
});

test("a visit under way and named in the lead is reported, however briefly; a passing one further down is a mention", () => {
  const hosting = article("203_hosting", "2031-09-22", [
    "Jakarta (ANTARA) - President Budi Hartono hosted separate meetings on Tuesday for King Norodom Vireak of Cambodia, who is on a state visit to Indonesia from September 21-24, and Prime Minister Jose Ramos Belo of Timor-Leste, who is on a working visit to Jakarta from September 21 to 23.",
    "The President and King Norodom Vireak discussed rice and halal products.",
    "The King will visit Yogyakarta before returning home.",
    "Separately, Australian Prime Minister Liam Carter is on a visit to Jakarta from September 21 to 23.",
  ]);
  const events = archiveRecords([hosting], [], { authority }).events;
  const roleOf = (visitor: string) => events.find((event) => event.visitor === visitor)?.coverage[0]?.role;
  assert.equal(roleOf("norodom-vireak"), "report");
  assert.equal(roleOf("jose-ramos-belo"), "report");
  assert.equal(roleOf("liam-carter"), "mention");
});
