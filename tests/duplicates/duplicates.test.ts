// Duplicates through the real pipeline. A CRLF copy and a BOM copy of a seed are the same
// article: one record listing the copy in `alsoPublishedAs`, and events as if filed once. A VNS
// republication of a VNA story is linked to it both ways, not merged. No two distinct articles of
// the seeds or the wire set are linked; the similarity threshold sits between what they score and
// what the republication scores (measured here, printed as diagnostics).
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildArchive } from "../../src/pipeline.ts";
import { collapseExactDuplicates, contentKey } from "../../src/duplicates/exact.ts";
import { findNearDuplicates, jaccard, shinglesOf, SIMILARITY_THRESHOLD } from "../../src/duplicates/near.ts";
import { articleRecord } from "../support/article-record.ts";

const root = process.cwd();
const SEEDS = readdirSync("seeds").sort();
const WIRE = "tests/fixtures/wire";
const REPUBLICATION = "tests/fixtures/duplicates/vns-kang-state-visit.txt";

function folderWith(files: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "duplicates-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const seedFiles = Object.fromEntries(SEEDS.map((name) => [name, readFileSync(path.join("seeds", name))]));
const archiveOf = (input: string) => buildArchive({ input, dataDir: "data", cache: null, root });

test("a CRLF copy and a BOM copy of a seed give one record each, with alsoPublishedAs, and the same events", () => {
  const [first, second] = [SEEDS[1]!, SEEDS[2]!];
  const crlf = readFileSync(path.join("seeds", first), "utf8").replace(/\n/g, "\r\n");
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path.join("seeds", second))]);
  const stem = (name: string) => name.replace(/\.txt$/, "");
  const copies = archiveOf(folderWith({ ...seedFiles, [`${stem(first)}-crlf.txt`]: crlf, [`${stem(second)}-bom.txt`]: bom }));
  const seedsOnly = archiveOf(folderWith(seedFiles));

  assert.equal(copies.articles.length, SEEDS.length);
  const byId = new Map(copies.articles.map((article) => [article.id, article]));
  assert.deepEqual(byId.get(stem(first))!.alsoPublishedAs, [`${stem(first)}-crlf`]);
  assert.deepEqual(byId.get(stem(second))!.alsoPublishedAs, [`${stem(second)}-bom`]);
  assert.deepEqual(copies.events, seedsOnly.events, "each visit told as often as before");
  assert.equal(copies.report!.duplicates.length, 2);
  assert.match(copies.report!.duplicates[0]!.message, /-crlf\.txt holds the same article as .*\.txt: published once/);
  assert.deepEqual(copies.links.sameStory, {}, "no two distinct seeds are linked");
  assert.deepEqual(copies.report!.nearDuplicates, []);
});

test("the same text re-spaced or in another Unicode form is the same article; another date is not", () => {
  const paragraphs = ["HÀ NỘI — Deputy Prime Minister Lê Minh An received the Lao ambassador on Monday.", "The two sides discussed the Việt Nam–Laos railway."];
  const original = articleRecord("401_vna", { title: "Deputy Prime Minister receives Lao ambassador", published: "2031-04-07", paragraphs });
  const respaced = articleRecord("402_vna-copy", {
    title: "Deputy Prime Minister  receives Lao ambassador ",
    published: "2031-04-07",
    paragraphs: paragraphs.map((paragraph) => paragraph.normalize("NFD").replace(/ /g, "\u00a0 ")),
  });
  const later = articleRecord("403_vna-later", { title: "Deputy Prime Minister receives Lao ambassador", published: "2031-04-08", paragraphs });
  assert.equal(contentKey(original), contentKey(respaced));
  // Each difference alone, in the record's text: the encoding form, a space at either end, a
  // tab, two spaces, a zero-width space, a byte-order mark.
  const variants = [
    (text: string) => text.normalize("NFD"),
    (text: string) => ` ${text}`,
    (text: string) => `${text} `,
    (text: string) => text.replace(" ", "\t"),
    (text: string) => text.replace(" ", "  "),
    (text: string) => text.replace(" ", "\u200b"),
    (text: string) => text.replace(" ", "\ufeff"),
  ];
  for (const variant of variants) {
    const copy = { ...original, id: "404_copy", title: variant(original.title), paragraphs: original.paragraphs.map(variant) };
    assert.equal(contentKey(copy), contentKey(original), JSON.stringify(copy.title));
  }
  assert.notEqual(contentKey(original), contentKey(later));
  const collapsed = collapseExactDuplicates([original, respaced, later]);
  assert.deepEqual(collapsed.records.map((record) => [record.id, record.alsoPublishedAs ?? []]), [["401_vna", ["402_vna-copy"]], ["403_vna-later", []]]);
  assert.deepEqual([...collapsed.copies], [["402_vna-copy", "401_vna"]]);
});

test("a lightly edited republication is linked as the same story, both ways; nothing else in the seeds and wire set is", (t) => {
  const wire = Object.fromEntries(readdirSync(WIRE).map((name) => [name, readFileSync(path.join(WIRE, name))]));
  const archive = archiveOf(folderWith({ ...seedFiles, ...wire, [path.basename(REPUBLICATION)]: readFileSync(REPUBLICATION) }));
  const republished = path.basename(REPUBLICATION, ".txt");
  assert.deepEqual(archive.links.sameStory, { [republished]: ["w05-vna"], "w05-vna": [republished] });
  assert.equal(archive.report!.nearDuplicates.length, 1);
  const { snippet } = archive.report!.nearDuplicates[0]!.fix!;
  assert.ok(snippet.includes(`- article: ${republished}\n  duplicateOf: w05-vna\n`) || snippet.includes(`- article: w05-vna\n  duplicateOf: ${republished}\n`), snippet);
  assert.ok(archive.articles.some((article) => article.id === republished), "linked, not merged");

  // The measurement behind the threshold, on every pair of what the build read.
  const shingles = archive.articles.map((article) => ({ id: article.id, set: shinglesOf(article) }));
  let distinct = { similarity: 0, pair: "" };
  let republication = 0;
  for (let i = 0; i < shingles.length; i++) {
    for (let j = i + 1; j < shingles.length; j++) {
      const [a, b] = [shingles[i]!, shingles[j]!];
      const similarity = jaccard(a.set, b.set);
      if ([a.id, b.id].includes(republished) && [a.id, b.id].includes("w05-vna")) republication = similarity;
      else if (similarity > distinct.similarity) distinct = { similarity, pair: `${a.id} ~ ${b.id}` };
    }
  }
  t.diagnostic(`${archive.articles.length} articles: republication ${republication.toFixed(3)}, most similar distinct pair ${distinct.similarity.toFixed(3)} (${distinct.pair}), threshold ${SIMILARITY_THRESHOLD}`);
  assert.ok(republication >= SIMILARITY_THRESHOLD * 1.25, `republication ${republication}`);
  assert.ok(distinct.similarity <= SIMILARITY_THRESHOLD / 4, `distinct ${distinct.pair} ${distinct.similarity}`);
});

test("the buckets find every pair all-pairs comparison finds above the threshold", () => {
  // A story and five republications, each cutting a different share of its wording.
  const words = Array.from({ length: 400 }, (_, index) => `word${(index * 7919) % 1009}`);
  const story = (id: string, keep: (index: number) => boolean) =>
    articleRecord(id, { title: `Republished wire story number ${id}`, published: "2031-04-07", paragraphs: [words.filter((_, index) => keep(index)).join(" ")] });
  const records = [story("500_original", () => true), ...[3, 4, 5, 6, 8].map((cut) => story(`50${cut}_cut-${cut}`, (index) => index % 40 >= cut * 2))];
  const expected: string[] = [];
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      if (jaccard(shinglesOf(records[i]!), shinglesOf(records[j]!)) >= SIMILARITY_THRESHOLD) expected.push(`${records[i]!.id} ${records[j]!.id}`);
    }
  }
  assert.ok(expected.length >= 5, `a test needs pairs on both sides of the threshold: ${expected.length}`);
  assert.deepEqual(findNearDuplicates(records).map((pair) => pair.articles.join(" ")), expected.sort());
});
