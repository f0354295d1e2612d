import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText, liftStatedDate } from "../../src/ingest/clean.ts";

test("lifts a leading ' date YYYY-MM-DD' glued to the first paragraph", () => {
  const cleaned = cleanText(" date 2031-04-09 President Ana Lima arrived in Nairobi.\n\nTalks began.");
  assert.equal(cleaned.statedDate, "2031-04-09");
  assert.deepEqual(cleaned.paragraphs, ["President Ana Lima arrived in Nairobi.", "Talks began."]);
});

test("an impossible stated date is lifted as written, for the caller to reject", () => {
  assert.equal(cleanText(" date 2031-02-30 Talks began in Quito.").statedDate, "2031-02-30");
  assert.deepEqual(liftStatedDate(" date 2031-4-9 Text"), { statedDate: "2031-04-09", rest: "Text" });
});

test("no date: statedDate is null and the text is untouched", () => {
  const cleaned = cleanText("Dates of the summit in Quito are still open.");
  assert.equal(cleaned.statedDate, null);
  assert.deepEqual(cleaned.paragraphs, ["Dates of the summit in Quito are still open."]);
});

test("drops lines that are only | and blank lines", () => {
  const cleaned = cleanText("Kenya and Ghana met.\n    |\n |\n|\n\n\nThey agreed on trade.");
  assert.deepEqual(cleaned.paragraphs, ["Kenya and Ghana met.", "They agreed on trade."]);
  assert.deepEqual(cleaned.captions, []);
});

test("the line after leftcenterrightdel is a caption, credit null when none", () => {
  const cleaned = cleanText(
    "The minister spoke in Lima.\n\nleftcenterrightdel\nPresident Ana Lima (left) greets Chilean guests in 2030.\n\nTrade grew.",
  );
  assert.deepEqual(cleaned.captions, [{ text: "President Ana Lima (left) greets Chilean guests in 2030.", credit: null }]);
  assert.deepEqual(cleaned.paragraphs, ["The minister spoke in Lima.", "Trade grew."]);
  assert.ok(!JSON.stringify(cleaned).includes("leftcenterrightdel"));
});

test("a marker caption may carry its own credit", () => {
  const cleaned = cleanText("Lead text here.\nleftcenterrightdel\nLeaders pose in Quito. Photo: Reuters\nMore text.");
  assert.deepEqual(cleaned.captions, [{ text: "Leaders pose in Quito.", credit: "Reuters" }]);
  assert.deepEqual(cleaned.sources, ["Reuters"]);
});

test("captions with each credit shape", () => {
  const cases: Array<[string, string, string]> = [
    ["Ministers meet in Accra. Photo: VNA", "Ministers meet in Accra.", "VNA"],
    ["Ministers meet in Accra. VNA Photo. Photo: VNA", "Ministers meet in Accra.", "VNA"],
    ["Ministers meet in Accra. (Photo: tuoitre.vn) |", "Ministers meet in Accra.", "tuoitre.vn"],
    ["Ministers meet in Accra. Photo: Reuters", "Ministers meet in Accra.", "Reuters"],
    ["Bộ trưởng gặp nhau tại Accra. (Ảnh: TTXVN)", "Bộ trưởng gặp nhau tại Accra.", "TTXVN"],
    ["Ministers meet in Accra (AFP Photo)", "Ministers meet in Accra", "AFP"],
    ["Ministers meet in Accra. Photo: Minh Đức/VNA", "Ministers meet in Accra.", "Minh Đức/VNA"],
  ];
  for (const [line, text, credit] of cases) {
    const cleaned = cleanText(`Opening paragraph of the story.\n\n${line}\n\nClosing paragraph of the story.`);
    assert.deepEqual(cleaned.captions, [{ text, credit }], line);
    assert.deepEqual(cleaned.paragraphs, ["Opening paragraph of the story.", "Closing paragraph of the story."], line);
  }
});

test("a caption can be the first paragraph after the stated date", () => {
  const cleaned = cleanText(" date 2031-04-09 The president greets guests in Lima. Photo: VNA\n\nThe visit ended.");
  assert.equal(cleaned.statedDate, "2031-04-09");
  assert.deepEqual(cleaned.captions, [{ text: "The president greets guests in Lima.", credit: "VNA" }]);
  assert.deepEqual(cleaned.paragraphs, ["The visit ended."]);
});

test("a credit alone on its line credits the caption line above it", () => {
  const cleaned = cleanText("Lead paragraph.\n\nLeaders at the summit in Quito.\nPhoto: Xinhua\n\nNext paragraph.");
  assert.deepEqual(cleaned.captions, [{ text: "Leaders at the summit in Quito.", credit: "Xinhua" }]);
  assert.deepEqual(cleaned.paragraphs, ["Lead paragraph.", "Next paragraph."]);
  assert.deepEqual(cleaned.sources, ["Xinhua News Agency"]);
});

test("a photo credit inside a sentence does not make a caption", () => {
  const cleaned = cleanText("She showed the photo: it moved the room.");
  assert.deepEqual(cleaned.captions, []);
  assert.deepEqual(cleaned.paragraphs, ["She showed the photo: it moved the room."]);
});

test("strips a closing /.", () => {
  assert.deepEqual(cleanText("Trade grew.\n\nBoth sides agreed to meet again./.").paragraphs, ["Trade grew.", "Both sides agreed to meet again."]);
  assert.deepEqual(cleanText("Both sides agreed.\n/.").paragraphs, ["Both sides agreed."]);
});

test("lifts a trailing — VNA/VNS sign-off into two credits", () => {
  const cleaned = cleanText("Talks were held in Quito.\n\nThe visit deepened ties. — VNA/VNS");
  assert.deepEqual(cleaned.paragraphs, ["Talks were held in Quito.", "The visit deepened ties."]);
  assert.deepEqual(cleaned.sources, ["Vietnam News Agency (VNA)", "Viet Nam News (VNS)"]);
});

test("a dash inside the text is not a sign-off", () => {
  const cleaned = cleanText("Relations between Chile – Peru");
  assert.deepEqual(cleaned.paragraphs, ["Relations between Chile – Peru"]);
  assert.deepEqual(cleaned.sources, []);
});

test("lifts Source: lines", () => {
  const cleaned = cleanText("Kenya and Ghana signed a deal.\n\nSource: VNA");
  assert.deepEqual(cleaned.paragraphs, ["Kenya and Ghana signed a deal."]);
  assert.deepEqual(cleaned.sources, ["Vietnam News Agency (VNA)"]);
});

test("lifts By … into the byline and Translated by … into the translator", () => {
  const cleaned = cleanText(
    "Quito welcomed the delegation.\nIt was a warm day.\nBy Editorial Board of the Andean Daily\nTranslated by Maria Soto",
  );
  assert.equal(cleaned.byline, "Editorial Board of the Andean Daily");
  assert.equal(cleaned.translator, "Maria Soto");
  assert.deepEqual(cleaned.paragraphs, ["Quito welcomed the delegation.", "It was a warm day."]);
});

test("two byline lines are both kept", () => {
  const cleaned = cleanText("Talks ended in Quito.\nBy Ana Ruiz\nBy Tomás Peña");
  assert.equal(cleaned.byline, "Ana Ruiz; Tomás Peña");
});

test("a sentence starting with By is not a byline", () => {
  const cleaned = cleanText("By 2035, trade between Chile and Peru will double.");
  assert.equal(cleaned.byline, null);
  assert.equal(cleaned.paragraphs.length, 1);
});

test("lifts a dateline at the start of the first paragraph", () => {
  const cleaned = cleanText(" date 2031-04-09 ĐÀ NẴNG — The mayor of Lima arrived on Monday.\n\nTalks followed.");
  assert.equal(cleaned.dateline, "ĐÀ NẴNG");
  assert.deepEqual(cleaned.paragraphs, ["The mayor of Lima arrived on Monday.", "Talks followed."]);
  const withAgency = cleanText("Nairobi (Xinhua) – Kenyan leaders met on Friday.");
  assert.equal(withAgency.dateline, "Nairobi");
  assert.deepEqual(withAgency.paragraphs, ["Kenyan leaders met on Friday."]);
  assert.deepEqual(withAgency.sources, ["Xinhua News Agency"]);
});

test("an acronym before a dash is not a dateline", () => {
  const cleaned = cleanText("ASEAN — the regional bloc — met in Jakarta.");
  assert.equal(cleaned.dateline, null);
  assert.equal(cleaned.paragraphs[0], "ASEAN — the regional bloc — met in Jakarta.");
});

test("sources: expanded, in order of first appearance, no duplicates, unknown kept as written", () => {
  const cleaned = cleanText(
    "Leaders meet. Photo: Andes Press\n\nLead paragraph.\n\nCrowds gather. Photo: VNA\n\nLast paragraph. — VNA/KPL",
  );
  assert.deepEqual(cleaned.sources, ["Andes Press", "Vietnam News Agency (VNA)", "Lao News Agency (KPL)"]);
});

test("short one-sentence paragraphs, one per line, stay apart", () => {
  assert.deepEqual(cleanText("Talks began.\nThey ended well.\nA deal is near.").paragraphs, ["Talks began.", "They ended well.", "A deal is near."]);
});

test("one paragraph per line when lines are not wrapped", () => {
  const long = (n: number) => `Sentence ${n} about the Chile and Peru partnership is long enough to be a paragraph of its own here.`;
  const cleaned = cleanText([long(1), long(2), long(3)].join("\n"));
  assert.deepEqual(cleaned.paragraphs, [long(1), long(2), long(3)]);
});

test("a line stopping mid-sentence before a lower-case line is a wrapped line", () => {
  const cleaned = cleanText("The ministers of Chile and Peru met in Lima and\nagreed to cut tariffs.\nThe next round is due in May.");
  assert.deepEqual(cleaned.paragraphs, ["The ministers of Chile and Peru met in Lima and agreed to cut tariffs.", "The next round is due in May."]);
});

test("hard-wrapped text: lines join until a blank line or a short closing line", () => {
  const text = [
    "The ministers of Chile and Peru met in Lima on Monday to",
    "review trade. They agreed to cut tariffs on copper and",
    "fish over the coming five years.",
    "",
    "Officials said the next round of talks would be held in",
    "Santiago in the spring.",
  ].join("\n");
  assert.deepEqual(cleanText(text).paragraphs, [
    "The ministers of Chile and Peru met in Lima on Monday to review trade. They agreed to cut tariffs on copper and fish over the coming five years.",
    "Officials said the next round of talks would be held in Santiago in the spring.",
  ]);
});

test("collapses inner whitespace (NBSP too) but keeps typographic characters", () => {
  const cleaned = cleanText("Trade  surpassed\u00A0 3 billion USD — a “record” for Chile’s exporters…");
  assert.deepEqual(cleaned.paragraphs, ["Trade surpassed 3 billion USD — a “record” for Chile’s exporters…"]);
});

test("CRLF bodies clean the same as LF bodies", () => {
  assert.deepEqual(cleanText("One.\r\n\r\nTwo."), cleanText("One.\n\nTwo."));
});
