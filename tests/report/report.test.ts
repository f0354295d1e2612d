// The build report on hand-made records: each line links its page; the correction it offers,
// once the editor gives a reason and a date, settles the line; pasted unchanged it is refused
// with a line naming the fields; and what needs the editor is counted for --strict.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Archive, InputWarning } from "../../src/model/schema.ts";
import { buildReport } from "../../src/report/build.ts";
import { correctionProblemLines, fullReport, reportSummary } from "../../src/report/format.ts";
import { needsEditor } from "../../src/report/sections.ts";
import { findNearDuplicates } from "../../src/duplicates/near.ts";
import { articleRecord } from "../support/article-record.ts";
import { authority, corpus, corrected } from "../corrections/support.ts";

const files = { corrections: "data/corrections.yaml", authority: "data/authority.json" };
const skipped: InputWarning = { file: "seeds/empty.txt", level: "error", message: "empty file (0 bytes)" };

function reportOf(yaml: string, records = corpus(), warnings: InputWarning[] = []) {
  const result = corrected(records, yaml);
  const archive: Archive = { ...result.archive, warnings };
  return buildReport({ archive, warnings, correctionProblems: result.problems, outcomes: result.outcomes, copies: [], nearDuplicates: findNearDuplicates(archive.articles), authority, files });
}

/** The snippet with the reason and date an editor would write in. */
const filledIn = (snippet: string) =>
  snippet.replace(/ {2}reason: .*\n/, "  reason: Confirmed with the Xinhua desk.\n").replace(/ {2}date: .*\n/, "  date: 2031-06-02\n");

test("an inferred date is listed with its evidence and page; its correction, filled in, settles it", () => {
  const report = reportOf("");
  const [line] = report.inferredDates;
  assert.equal(report.inferredDates.length, 1);
  assert.equal(line!.url, "/articles/303_xinhua/");
  assert.equal(line!.quote, "The two leaders on Sunday agreed to study a rail link.");
  assert.match(line!.message, /filed under 2031-05-12 \(it could be any day from 2031-05-11 to 2031-05-13\)/);
  assert.equal(line!.fix!.file, "data/corrections.yaml");
  assert.equal(reportOf(filledIn(line!.fix!.snippet)).inferredDates.length, 0);
  assert.equal(reportOf(filledIn(line!.fix!.snippet)).corrections.length, 1);
});

test("an undated article is listed among the dates, once, with the entry that would date it", () => {
  const undated = articleRecord("306_antara", {
    title: "Indonesia and Laos to study direct flights between Jakarta and Vientiane",
    published: null,
    publishedBasis: "undated",
    paragraphs: ["JAKARTA (ANTARA) - Indonesia and Laos will study direct flights between Jakarta and Vientiane, the transport ministry said."],
  });
  const warning: InputWarning = { file: undated.source, level: "warning", message: "no date stated and none can be inferred from the text; kept and shown as undated" };
  const report = reportOf("", [...corpus(), undated], [warning]);
  const line = report.inferredDates.find((entry) => entry.url === "/articles/306_antara/")!;
  assert.match(line.message, /shown as undated/);
  assert.match(line.fix!.snippet, /^- article: 306_antara\n {2}set:\n {4}published: YYYY-MM-DD\n/);
  assert.ok(!report.lowConfidence.some((entry) => entry.file === undated.source), "not listed twice");
  const dated = reportOf(filledIn(line.fix!.snippet).replace("YYYY-MM-DD", "2031-05-20"), [...corpus(), undated], [warning]);
  assert.ok(!dated.inferredDates.some((entry) => entry.url === "/articles/306_antara/"));
  assert.match(dated.corrections[0]!.message, /published none → 2031-05-20/);
});

test("a snippet pasted unchanged is refused, naming the reason and the date", () => {
  const snippet = reportOf("").inferredDates[0]!.fix!.snippet;
  const report = reportOf(snippet);
  assert.deepEqual(
    report.invalidCorrections.map((line) => line.message),
    ["line 1, entry 1 (article 303_xinhua): reason: say why, in a sentence readers will see; date: give the day of the correction, YYYY-MM-DD"],
  );
  assert.equal(report.inferredDates.length, 1, "the date stays as inferred");
});

test("visits without a day, a visitor or more than a passing mention are facts to check, each with its correction", () => {
  const report = reportOf("");
  assert.deepEqual(
    report.lowConfidence.map((line) => [line.url, line.message]),
    [
      ["/events/undated-khamla-vongsa-cambodia/", "Khamla Vongsa's official visit to Cambodia: no date is known"],
    ],
  );
  const fix = report.lowConfidence[0]!.fix!.snippet;
  assert.match(fix, /- article: 303_xinhua\n {2}visit: The two leaders on Sunday agreed to study a rail link, officials\n {2}set:\n {4}start: YYYY-MM-DD\n/);
  const dated = filledIn(fix).replace(/YYYY-MM-DD/g, "2031-04-20");
  assert.equal(reportOf(dated).lowConfidence.length, 0);
});

test("people the authority file does not list are its to-do list, with the entry to add", () => {
  const report = reportOf("");
  const names = report.unknownPeople.map((line) => line.url);
  assert.ok(names.includes("/people/bounmy-keolla/"));
  assert.ok(!names.includes("/people/sok-vanna/") || !authority.people.some((person) => person.name === "Sok Vanna"));
  const line = report.unknownPeople.find((entry) => entry.url === "/people/khamla-vongsa/")!;
  assert.equal(line.fix!.file, "data/authority.json");
  assert.deepEqual(JSON.parse(line.fix!.snippet.trim().replace(/,$/, "")), { name: "Khamla Vongsa", aliases: ["Prime Minister Khamla", "Khamla"], country: "laos" });
});

test("near-duplicates are listed with the duplicateOf entry that would publish them once", () => {
  const paragraphs = [
    "VIENTIANE, May 10 (KPL) – Cambodian Prime Minister Samdech Sok Vanna arrived in Vientiane today for a two-day official visit to Laos at the invitation of Lao Prime Minister Khamla Vongsa, the Lao Foreign Ministry said.",
    "The two prime ministers held talks on border trade, hydropower and the railway linking the two capitals, and witnessed the signing of six agreements.",
  ];
  const kpl = articleRecord("601_kpl", { title: "Cambodian PM arrives in Vientiane for official visit", published: "2031-05-10", paragraphs });
  const copy = articleRecord("602_vientiane-times", {
    title: "Cambodian PM arrives in Vientiane",
    published: "2031-05-11",
    paragraphs: [paragraphs[0]!.replace("VIENTIANE, May 10 (KPL) – ", ""), paragraphs[1]!.replace("six agreements", "six cooperation agreements")],
  });
  const report = reportOf("", [kpl, copy]);
  assert.equal(report.nearDuplicates.length, 1);
  assert.match(report.nearDuplicates[0]!.fix!.snippet, /^- article: 602_vientiane-times\n {2}duplicateOf: 601_kpl\n/);
  const merged = reportOf(filledIn(report.nearDuplicates[0]!.fix!.snippet), [kpl, copy]);
  assert.deepEqual([merged.nearDuplicates.length, merged.corrections.length], [0, 1]);
});

test("skipped files and corrections not applied need the editor; the summary counts every section", () => {
  const report = reportOf(`- article: 399_gone\n  set:\n    title: A title for an article that is gone\n  reason: x\n  date: 2031-06-01\n- event: 42\n`, corpus(), [skipped]);
  assert.equal(needsEditor(report), 3);
  assert.equal(needsEditor(reportOf("")), 0);
  assert.deepEqual(correctionProblemLines(report), [
    "error: data/corrections.yaml: line 6, entry 2 (event 42): event: expected an id such as 003_vna-report (put an id of digits only in quotes: '000'); reject: write reject: true; reason: say why, in a sentence readers will see; date: give the day of the correction, YYYY-MM-DD",
    'warning: data/corrections.yaml: line 1, entry 1 (article 399_gone): no article "399_gone" (was its file removed or renamed?)',
  ]);
  assert.match(reportSummary(report)!, /^report: 1 file skipped, 1 correction not applied, 1 stale correction, 1 date inferred or missing, 1 fact to check, \d+ people not in the authority file$/);
  const text = fullReport(report);
  assert.match(text, /^Files skipped \(1\) — needs the editor\n {2}- empty file \(0 bytes\)\n {4}seeds\/empty\.txt\n/);
  assert.match(text, /fix, in data\/corrections\.yaml:\n {6}- article: 303_xinhua\n/);
});
