import { test } from "node:test";
import assert from "node:assert/strict";
import { extractFigures, scaledValue } from "../../src/ingest/figures.ts";

function amounts(paragraphs: string[]): Array<[string, number, string | null]> {
  return extractFigures(paragraphs).map((figure) => [figure.text, figure.value, figure.currency]);
}

test("reads money amounts written every common way", () => {
  assert.deepEqual(
    amounts([
      "Kenya pledged 15 billion USD, Ghana US$10 billion and Chile $3.5 million. Peru offered VND 1.2 trillion, over  4.8 billion USD, €4 million and USD 300 million.",
    ]),
    [
      ["15 billion USD", 15e9, "USD"],
      ["US$10 billion", 10e9, "USD"],
      ["$3.5 million", 3.5e6, "USD"],
      ["VND 1.2 trillion", 1.2e12, "VND"],
      ["over  4.8 billion USD", 4.8e9, "USD"],
      ["€4 million", 4e6, "EUR"],
      ["USD 300 million", 300e6, "USD"],
    ],
  );
});

test("reads glued codes, abbreviations, words and ranges", () => {
  assert.deepEqual(amounts(["Loans of VND2tn, $5m, 1,500 dollars, 7.3 billion US dollars and US$3-5 billion."]), [
    ["VND2tn", 2e12, "VND"],
    ["$5m", 5e6, "USD"],
    ["1,500 dollars", 1500, "USD"],
    ["7.3 billion US dollars", 7.3e9, "USD"],
    ["US$3-5 billion", 3e9, "USD"],
  ]);
});

test("keeps qualifiers such as more than in the text", () => {
  assert.deepEqual(amounts(["Investment rose to more than 7.3 billion USD."]), [["more than 7.3 billion USD", 7.3e9, "USD"]]);
});

test("plain counts, years and percentages are not figures", () => {
  assert.deepEqual(amounts(["Some 700 officials from 12 provinces met in 2031 and backed 276 projects, up 15%."]), []);
});

test("each figure keeps its sentence and paragraph index", () => {
  const figures = extractFigures(["Talks opened in Lima.", "Trade hit US$2 billion. Both sides aim for US$5 billion by 2035."]);
  assert.equal(figures.length, 2);
  assert.equal(figures[0]!.sentence, "Trade hit US$2 billion.");
  assert.equal(figures[0]!.paragraph, 1);
  assert.equal(figures[1]!.sentence, "Both sides aim for US$5 billion by 2035.");
  assert.equal(figures[1]!.paragraph, 1);
});

test("values are exact whole units", () => {
  assert.equal(scaledValue("5.6", 9), 5_600_000_000);
  assert.equal(scaledValue("0.07", 6), 70_000);
  assert.equal(scaledValue("1,234.5", 3), 1_234_500);
  assert.equal(scaledValue("12", 0), 12);
});
