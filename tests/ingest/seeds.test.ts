// Seed-level checks: the real seed articles through readArticle + cleanText + extractFigures +
// deriveTitle/deriveSummary. (This file may name seed facts; src/ never does.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readArticle } from "../../src/ingest/read.ts";
import { cleanText } from "../../src/ingest/clean.ts";
import { extractFigures } from "../../src/ingest/figures.ts";
import { deriveSummary, deriveTitle } from "../../src/ingest/title.ts";

const SEEDS = fileURLToPath(new URL("../../seeds/", import.meta.url));
const files = readdirSync(SEEDS).filter((name) => /\.(txt|md)$/.test(name)).sort();

function seed(prefix: string) {
  const name = files.find((file) => file.startsWith(prefix));
  assert.ok(name, `seed ${prefix} present`);
  const raw = readArticle(readFileSync(join(SEEDS, name)), `seeds/${name}`);
  const text = cleanText(raw.body);
  return { raw, text, figures: extractFigures(text.paragraphs) };
}

const VNA = "Vietnam News Agency (VNA)";
const VNS = "Viet Nam News (VNS)";
const money = (figures: ReturnType<typeof extractFigures>) => figures.map((figure) => [figure.value, figure.currency]);

test("000: stated date, two VNA captions, a 20 billion USD figure", () => {
  const { raw, text, figures } = seed("000_");
  assert.equal(raw.id, "000_5d2e9324fcbb38fa");
  assert.equal(text.statedDate, "2026-02-08");
  assert.equal(text.captions.length, 2);
  assert.ok(text.captions.every((caption) => caption.credit === "VNA"));
  assert.ok(text.captions[0]!.text.startsWith("LPRP General Secretary"), "the first paragraph is a caption");
  assert.ok(text.captions.every((caption) => !/Photo/.test(caption.text)));
  assert.deepEqual(text.sources, [VNA]);
  assert.ok(text.paragraphs[0]!.startsWith("The state visits to Laos and Cambodia"));
  assert.ok(text.paragraphs.at(-1)!.endsWith("transnational crime."), "closing /. stripped");
  assert.ok(figures.some((figure) => figure.text === "20 billion USD" && figure.value === 2e10 && figure.currency === "USD"));
});

test("001: dateline HÀ NỘI, credits VNA and VNS, figure US$10 billion", () => {
  const { text, figures } = seed("001_");
  assert.equal(text.statedDate, "2026-02-06");
  assert.equal(text.dateline, "HÀ NỘI");
  assert.ok(text.paragraphs[0]!.startsWith("Party General Secretary Tô Lâm"));
  assert.deepEqual(text.sources, [VNA, VNS]);
  assert.ok(!text.paragraphs.some((paragraph) => paragraph.includes("VNA/VNS")));
  assert.ok(figures.some((figure) => figure.text === "US$10 billion" && figure.value === 1e10 && figure.currency === "USD"));
});

test("002: dateline, credits VNA and VNS", () => {
  const { text } = seed("002_");
  assert.equal(text.statedDate, "2025-12-03");
  assert.equal(text.dateline, "HÀ NỘI");
  assert.deepEqual(text.sources, [VNA, VNS]);
  assert.ok(text.paragraphs.at(-1)!.endsWith("in the coming years."));
});

test("003: byline, translator, nhandan.vn caption, no | paragraphs, no date", () => {
  const { text } = seed("003_");
  assert.equal(text.statedDate, null);
  assert.match(text.byline ?? "", /Editorial Board of the People’s Army Newspaper/);
  assert.equal(text.translator, "Tran Hoai");
  assert.equal(text.captions.length, 1);
  assert.equal(text.captions[0]!.credit, "nhandan.vn");
  assert.ok(text.captions[0]!.text.endsWith("February 5, 2026."));
  assert.deepEqual(text.sources, ["Nhân Dân (nhandan.vn)"]);
  assert.ok(!text.paragraphs.some((paragraph) => /^[|\s]*$/.test(paragraph)));
  assert.ok(!text.paragraphs.some((paragraph) => /^(By|Translated by) /.test(paragraph)));
  assert.equal(text.paragraphs.length, 6, "one paragraph per line");
});

test("004: no leftcenterrightdel anywhere, three USD figures, credit VNA", () => {
  const { text, figures } = seed("004_");
  assert.equal(text.statedDate, null);
  const everything = [...text.paragraphs, ...text.captions.map((caption) => caption.text)];
  assert.ok(!everything.some((line) => line.includes("leftcenterrightdel")));
  assert.equal(text.captions.length, 1);
  assert.equal(text.captions[0]!.credit, null);
  assert.ok(text.captions[0]!.text.includes("January 26, 2026"));
  assert.deepEqual(money(figures), [[3e9, "USD"], [5.6e9, "USD"], [6.2e9, "USD"]]);
  assert.deepEqual(text.sources, [VNA]);
  assert.ok(!text.paragraphs.some((paragraph) => paragraph.startsWith("Source:")));
  assert.ok(!text.paragraphs.some((paragraph) => /\s{2}|\u00A0/.test(paragraph)), "whitespace collapsed");
});

test("every seed gets a 15–110 character title and a summary of at most 300", () => {
  assert.equal(files.length, 5);
  for (const name of files) {
    const { text } = seed(name.slice(0, 4));
    const title = deriveTitle(text.paragraphs);
    const summary = deriveSummary(text.paragraphs);
    assert.ok(title.length >= 15 && title.length <= 110, `${name}: title "${title}" (${title.length})`);
    assert.ok(!title.endsWith("."), `${name}: title ends without a full stop`);
    assert.ok(summary.length >= 1 && summary.length <= 300, `${name}: summary ${summary.length}`);
  }
});
