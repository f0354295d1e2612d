// Reading data/corrections.yaml: every kind of entry, and one clear line for each entry that
// cannot be read, naming its line, its place in the list, what it corrects and the field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadCorrections, parseCorrections } from "../../src/corrections/index.ts";

const WHY = "  reason: The agency corrected its copy.\n  date: 2031-06-01\n";

test("each kind of entry is read, with its line and place in the list", () => {
  const yaml = [
    "# Corrections of the archive, newest last.",
    `- article: 301_kpl\n  set:\n    published: 2031-05-11\n${WHY}`,
    `- article: 302_akp\n  visit: official visit to Laos\n  set: { start: 2031-05-10, end: 2031-05-11, visitor: sok-vanna }\n${WHY}`,
    `- article: 303_xinhua\n  person: Khamla\n  set:\n    id: khamla-sithong\n    name: Khamla Sithong\n${WHY}`,
    `- article: "305"\n  duplicateOf: 304_vna\n${WHY}`,
    `- event: undated-khamla-vongsa-cambodia\n  reject: true\n${WHY}`,
    `- event: 2031-05-14-sok-vanna-laos\n  mergeInto: 2031-05-10-sok-vanna-laos\n${WHY}`,
    `- person: phnom-penh\n  reject: true\n${WHY}`,
    `- person: bounmy-keolla\n  mergeInto: bounmy-keola\n${WHY}`,
    `- person: tran-van-hai\n  split:\n    articles: [305_vns]\n    id: tran-van-hai-hanoi\n${WHY}`,
  ].join("\n");
  const { corrections, problems } = parseCorrections(yaml);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    corrections.map((correction) => [correction.kind, correction.entry, correction.line]),
    [
      ["article", 1, 2],
      ["visit", 2, 8],
      ["mention", 3, 14],
      ["duplicate", 4, 22],
      ["rejectEvent", 5, 27],
      ["mergeEvents", 6, 32],
      ["rejectPerson", 7, 37],
      ["mergePeople", 8, 42],
      ["splitPerson", 9, 47],
    ],
  );
  assert.deepEqual(corrections[0], { entry: 1, line: 2, kind: "article", article: "301_kpl", set: { published: "2031-05-11" }, reason: "The agency corrected its copy.", date: "2031-06-01" });
});

test("a field that cannot be read gives one line naming the entry and the field; the other entries still apply", () => {
  const yaml = `- article: 301_kpl\n  set:\n    published: 2031-02-30\n${WHY}- article: 302_akp\n  set:\n    title: A title long enough to be a real headline\n${WHY}`;
  const { corrections, problems } = parseCorrections(yaml);
  assert.deepEqual(problems, ["line 1, entry 1 (article 301_kpl): set.published: not a real calendar day"]);
  assert.deepEqual(corrections.map((correction) => correction.entry), [2]);
});

test("typos, missing reasons, bare digits and entries naming nothing are each one line", () => {
  const yaml = [
    `- article: 301_kpl\n  set:\n    publised: 2031-05-11\n${WHY}`,
    "- article: 301_kpl\n  set:\n    title: A title long enough to be a real headline\n  date: 2031-06-01\n",
    `- article: 305\n  duplicateOf: 304_vna\n${WHY}`,
    `- reason: nothing named\n  date: 2031-06-01\n`,
    `- event: 2031-05-10-sok-vanna-laos\n  reject: yes\n${WHY}`,
    `- article: 303_xinhua\n  visit: rail link\n  set: {}\n${WHY}`,
    "- just a line of text\n",
  ].join("");
  const { corrections, problems } = parseCorrections(yaml);
  assert.equal(corrections.length, 0);
  assert.deepEqual(problems, [
    'line 1, entry 1 (article 301_kpl): set: Unrecognized key: "publised"',
    "line 6, entry 2 (article 301_kpl): reason: say why, in a sentence readers will see",
    "line 10, entry 3 (article 305): article: expected an id such as 003_vna-report (put an id of digits only in quotes: '000')",
    "line 14, entry 4: say what it corrects: an `article` with `set`, `visit` + `set`, `person` + `set` or `duplicateOf`; an `event` with `reject` or `mergeInto`; a `person` with `reject`, `mergeInto` or `split`",
    "line 16, entry 5 (event 2031-05-10-sok-vanna-laos): reject: write reject: true",
    "line 20, entry 6 (article 303_xinhua): set: set at least one field",
    "line 25, entry 7: expected `key: value` lines",
  ]);
});

test("a file that is not YAML gives one line with its line number and no correction", () => {
  const { corrections, problems } = parseCorrections(`- article: 301_kpl\n  set: [unclosed\n${WHY}`);
  assert.equal(corrections.length, 0);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^line \d+: not readable as YAML \(.+\); no correction applied$/);
  assert.deepEqual(parseCorrections("article: 301_kpl\n").problems, ["the file must be a list of entries, each starting with `- `; no correction applied"]);
});

test("an empty or missing file is an archive nobody has corrected yet", () => {
  assert.deepEqual(parseCorrections("# nothing corrected yet\n"), { corrections: [], problems: [] });
  const folder = mkdtempSync(path.join(tmpdir(), "corrections-"));
  assert.deepEqual(loadCorrections(path.join(folder, "corrections.yaml")), { corrections: [], problems: [] });
  writeFileSync(path.join(folder, "corrections.yaml"), `- person: phnom-penh\n  reject: true\n${WHY}`);
  assert.equal(loadCorrections(path.join(folder, "corrections.yaml")).corrections[0]?.kind, "rejectPerson");
});
