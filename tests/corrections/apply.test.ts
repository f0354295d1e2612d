// Each kind of correction on hand-made agency records: the corrected fact reaches the archive
// (and its events and people), carries `corrected: {reason, date}`, and the archive still passes
// its checks; a correction that matches nothing, or changes nothing, is reported as stale.
import { test } from "node:test";
import assert from "node:assert/strict";
import { publishArticle } from "../../src/site/publish.ts";
import { corpus, corrected, WHY } from "./support.ts";

const before = corrected(corpus(), "").archive;

test("without corrections the invented corpus reads as written, errors included", () => {
  assert.deepEqual(
    before.events.map((event) => event.id),
    ["2031-05-10-sok-vanna-laos", "2031-05-14-sok-vanna-laos", "undated-khamla-vongsa-cambodia"],
  );
  assert.ok(before.people.some((person) => person.id === "phnom-penh"));
  assert.ok(before.people.some((person) => person.id === "bounmy-keolla"));
});

test("an article's date, title and summary are set, each with its note", () => {
  const { archive, outcomes } = corrected(
    corpus(),
    `- article: 301_kpl\n  set:\n    published: 2031-05-11\n    title: Sok Vanna arrives in Vientiane for two-day official visit\n${WHY}`,
  );
  const kpl = archive.articles.find((article) => article.id === "301_kpl")!;
  assert.equal(kpl.published, "2031-05-11");
  assert.equal(kpl.title, "Sok Vanna arrives in Vientiane for two-day official visit");
  assert.deepEqual(kpl.corrected, [
    { field: "published", was: "2031-05-10", reason: "Checked against the agency's own corrected copy.", date: "2031-06-01" },
    { field: "title", was: "Cambodian PM Sok Vanna begins official visit to Laos", reason: "Checked against the agency's own corrected copy.", date: "2031-06-01" },
  ]);
  assert.deepEqual(outcomes.map((outcome) => outcome.status), ["applied"]);
  assert.match(outcomes[0]!.message, /published 2031-05-10 → 2031-05-11/);
});

test("a visit's dates move it into the event it belongs to; the event carries the note", () => {
  const { archive } = corrected(corpus(), `- article: 302_akp\n  visit: will pay an official visit to Laos\n  set:\n    start: 2031-05-10\n    end: 2031-05-11\n${WHY}`);
  assert.deepEqual(
    archive.events.map((event) => event.id),
    ["2031-05-10-sok-vanna-laos", "undated-khamla-vongsa-cambodia"],
  );
  const laos = archive.events[0]!;
  assert.deepEqual(laos.articles, ["302_akp", "301_kpl"]);
  assert.deepEqual(laos.corrected?.map((note) => [note.field, note.was]), [["start", "2031-05-14"], ["end", "2031-05-14"]]);
  const akp = archive.articles.find((article) => article.id === "302_akp")!;
  assert.deepEqual([akp.visits[0]!.start, akp.visits[0]!.end, akp.visits[0]!.precision], ["2031-05-10", "2031-05-11", "day"]);
});

test("a visit's visitor and host are set by the archive's ids; an unknown person or country is refused", () => {
  const { archive, outcomes } = corrected(
    corpus(),
    `- article: 303_xinhua\n  visit: 0\n  set:\n    visitor: sok-vanna\n    host: laos\n    start: 2031-05-10\n${WHY}` +
      `- article: 303_xinhua\n  visit: rail link\n  set:\n    visitor: no-such-person\n${WHY}` +
      `- article: 303_xinhua\n  visit: rail link\n  set:\n    host: atlantis\n${WHY}`,
  );
  assert.deepEqual(outcomes.map((outcome) => outcome.status), ["applied", "invalid", "invalid"]);
  assert.match(outcomes[1]!.message, /set\.visitor: no person "no-such-person"/);
  assert.match(outcomes[2]!.message, /set\.host: no country "atlantis"/);
  assert.ok(!archive.events.some((event) => event.id.startsWith("undated-")));
  const laos = archive.events.find((event) => event.id === "2031-05-10-sok-vanna-laos")!;
  assert.deepEqual(laos.articles, ["301_kpl", "303_xinhua"]);
  assert.equal(laos.visitor, "sok-vanna");
});

test("a visitor named only in the authority file joins the article's people", () => {
  const { archive } = corrected(corpus(), `- article: 303_xinhua\n  visit: rail link\n  set:\n    visitor: hun-manet\n${WHY}`);
  const xinhua = publishArticle(archive.articles.find((article) => article.id === "303_xinhua")!, archive.links);
  assert.equal(xinhua.visits[0]!.visitor, "hun-manet");
  assert.ok(xinhua.people.some((person) => person.id === "hun-manet" && person.name === "Hun Manet"));
  assert.equal(archive.people.find((person) => person.id === "hun-manet")?.name, "Hun Manet");
});

test("a person mention's identity: the name in one article is someone else", () => {
  const { archive } = corrected(corpus(), `- article: 303_xinhua\n  person: Khamla\n  set:\n    id: khamla-sithong\n    name: Khamla Sithong\n${WHY}`);
  const person = archive.people.find((candidate) => candidate.id === "khamla-sithong")!;
  assert.equal(person.name, "Khamla Sithong");
  assert.deepEqual(person.articles, ["303_xinhua"]);
  assert.deepEqual(person.corrected?.map((note) => [note.field, note.was]), [["id", "khamla-vongsa"]]);
  assert.ok(!archive.people.find((candidate) => candidate.id === "khamla-vongsa")!.articles.includes("303_xinhua"));
  assert.equal(archive.events.find((event) => event.host === "cambodia")!.visitor, "khamla-sithong");
});

test("a person who is really two is split by article", () => {
  const { archive, outcomes } = corrected(
    corpus(),
    `- person: tran-van-hai\n  split:\n    articles: [305_vns]\n    id: tran-van-hai-hanoi\n${WHY}`,
  );
  assert.equal(outcomes[0]!.status, "applied");
  const [finance, hanoi] = ["tran-van-hai", "tran-van-hai-hanoi"].map((id) => archive.people.find((person) => person.id === id)!);
  assert.deepEqual(finance!.articles, ["304_vna"]);
  assert.deepEqual(hanoi!.articles, ["305_vns"]);
  assert.equal(hanoi!.name, "Trần Văn Hải", "the same name, another person");
  assert.deepEqual(hanoi!.roles, ["Vice Chairman of the Hà Nội People's Committee"]);
});

test("two people who are one are merged, and events they took part in follow", () => {
  const { archive } = corrected(corpus(), `- person: bounmy-keolla\n  mergeInto: bounmy-keola\n${WHY}`);
  assert.ok(!archive.people.some((person) => person.id === "bounmy-keolla"));
  const keola = archive.people.find((person) => person.id === "bounmy-keola")!;
  assert.deepEqual(keola.articles, ["302_akp", "301_kpl", "304_vna"]);
  assert.ok(keola.aliases.includes("Bounmy Keolla"));
  assert.deepEqual(keola.corrected?.map((note) => [note.field, note.was]), [["id", "bounmy-keolla"]]);
});

test("a name that is no person is rejected everywhere it is named, visits included", () => {
  const { archive } = corrected(corpus(), `- person: phnom-penh\n  reject: true\n${WHY}` + `- person: khamla-vongsa\n  reject: true\n${WHY}`);
  assert.ok(!archive.people.some((person) => ["phnom-penh", "khamla-vongsa"].includes(person.id)));
  const xinhua = archive.articles.find((article) => article.id === "303_xinhua")!;
  assert.deepEqual(xinhua.people, []);
  assert.equal(xinhua.visits[0]!.visitor, null);
  assert.deepEqual(xinhua.visits[0]!.corrected?.map((note) => [note.field, note.was]), [["visitor", "khamla"]]);
  assert.deepEqual(xinhua.corrected?.map((note) => [note.field, note.was]), [["people", ["Phnom Penh"]], ["people", ["Khamla"]]]);
  assert.ok(!archive.events.some((event) => event.participants.includes("khamla-vongsa")));
});

test("a false event is rejected: its articles stay, unlinked, each with a note", () => {
  const { archive } = corrected(corpus(), `- event: undated-khamla-vongsa-cambodia\n  reject: true\n${WHY}`);
  assert.ok(!archive.events.some((event) => event.host === "cambodia"));
  assert.deepEqual(archive.links.articleEvents["303_xinhua"], []);
  const relation = archive.countries.find((country) => country.id === "laos")!.relations.find((entry) => entry.country === "cambodia")!;
  assert.deepEqual(relation.events, ["2031-05-10-sok-vanna-laos", "2031-05-14-sok-vanna-laos"]);
  assert.ok(!archive.people.find((person) => person.id === "khamla-vongsa")!.events.includes("undated-khamla-vongsa-cambodia"));
  assert.deepEqual(archive.articles.find((article) => article.id === "303_xinhua")!.corrected?.map((note) => [note.field, note.was]), [
    ["events", ["undated-khamla-vongsa-cambodia"]],
  ]);
});

test("two events that are one visit are merged into the second, which keeps its id and gains both articles", () => {
  const { archive } = corrected(corpus(), `- event: 2031-05-14-sok-vanna-laos\n  mergeInto: 2031-05-10-sok-vanna-laos\n${WHY}`);
  const laos = archive.events.filter((event) => event.host === "laos");
  assert.equal(laos.length, 1);
  assert.equal(laos[0]!.id, "2031-05-10-sok-vanna-laos");
  assert.deepEqual([laos[0]!.start, laos[0]!.end], ["2031-05-10", "2031-05-11"], "the days of the event merged into stand");
  assert.deepEqual(laos[0]!.articles, ["301_kpl", "302_akp"]);
  assert.deepEqual(laos[0]!.corrected?.map((note) => [note.field, note.was]), [["merged", ["2031-05-14-sok-vanna-laos"]]]);
  assert.deepEqual(archive.links.articleEvents["302_akp"], ["2031-05-10-sok-vanna-laos"]);
  assert.deepEqual(archive.people.find((person) => person.id === "sok-vanna")!.events, ["2031-05-10-sok-vanna-laos"]);
  const relation = archive.countries.find((country) => country.id === "cambodia")!.relations.find((entry) => entry.country === "laos")!;
  assert.deepEqual(relation.events, ["2031-05-10-sok-vanna-laos", "undated-khamla-vongsa-cambodia"]);
});

test("one article marked a duplicate of another is published once, listing the other", () => {
  const { archive, outcomes } = corrected(corpus(), `- article: 305_vns\n  duplicateOf: 304_vna\n${WHY}` + `- article: 305_vns\n  set:\n    title: A later title for the copy of the VNA story\n${WHY}`);
  assert.ok(!archive.articles.some((article) => article.id === "305_vns"));
  const vna = archive.articles.find((article) => article.id === "304_vna")!;
  assert.deepEqual(vna.alsoPublishedAs, ["305_vns"]);
  assert.deepEqual(vna.corrected?.map((note) => [note.field, note.was]), [["alsoPublishedAs", []]]);
  assert.equal(outcomes[1]!.status, "stale");
  assert.match(outcomes[1]!.message, /article 305_vns is published as 304_vna \(marked a duplicate at line 1\)/);
});

test("corrections that match nothing, or change nothing, are stale; self-references are refused", () => {
  const { archive, outcomes } = corrected(
    corpus(),
    [
      `- article: 399_removed\n  set:\n    title: A title for an article that was removed\n${WHY}`,
      `- article: 301_kpl\n  set:\n    published: 2031-05-10\n${WHY}`,
      `- article: 301_kpl\n  visit: a sentence nobody wrote\n  set:\n    host: laos\n${WHY}`,
      `- person: nobody-at-all\n  reject: true\n${WHY}`,
      `- event: 2031-05-12-sok-vanna-laos\n  reject: true\n${WHY}`,
      `- event: 2031-05-10-sok-vanna-laos\n  mergeInto: 2031-05-10-sok-vanna-laos\n${WHY}`,
      `- person: bounmy-keola\n  mergeInto: someone-else\n${WHY}`,
    ].join(""),
  );
  assert.deepEqual(outcomes.map((outcome) => [outcome.correction.entry, outcome.status]), [
    [1, "stale"],
    [2, "stale"],
    [3, "stale"],
    [4, "stale"],
    [7, "stale"],
    [5, "stale"],
    [6, "invalid"],
  ]);
  assert.match(outcomes[0]!.message, /no article "399_removed"/);
  assert.match(outcomes[1]!.message, /changes nothing/);
  assert.match(outcomes[2]!.message, /no visit sentence holding "a sentence nobody wrote"/);
  assert.match(outcomes[5]!.message, /no event "2031-05-12-sok-vanna-laos"; the same visitor and host now have 2031-05-10-sok-vanna-laos, 2031-05-14-sok-vanna-laos/);
  assert.deepEqual(archive, before, "nothing was changed");
});

test("confirming an inferred date is applied, not stale", () => {
  const { archive, outcomes } = corrected(corpus(), `- article: 303_xinhua\n  set:\n    published: 2031-05-12\n${WHY}`);
  assert.equal(outcomes[0]!.status, "applied");
  assert.match(outcomes[0]!.message, /published 2031-05-12 confirmed/);
  assert.deepEqual(archive.articles.find((article) => article.id === "303_xinhua")!.corrected?.map((note) => note.field), ["published"]);
});

test("corrections apply in file order: a later entry sees what an earlier one did", () => {
  const { archive, outcomes } = corrected(
    corpus(),
    `- person: bounmy-keolla\n  mergeInto: bounmy-keola\n${WHY}` + `- person: bounmy-keolla\n  reject: true\n${WHY}`,
  );
  assert.deepEqual(outcomes.map((outcome) => outcome.status), ["applied", "stale"]);
  assert.match(outcomes[1]!.message, /person bounmy-keolla was merged into bounmy-keola at line 1/);
  assert.ok(archive.people.some((person) => person.id === "bounmy-keola"));
});
