import { test } from "node:test";
import assert from "node:assert/strict";
import { archiveRecords } from "../../src/archive/index.ts";
import { z } from "zod";
import { ArchiveLinks, ArticleRecord, Country, Event, Person, describeIssues, type Archive } from "../../src/model/schema.ts";
import { checkArchive, danglingReferences } from "../../src/archive/check.ts";
import { publishArticle } from "../../src/site/publish.ts";
import { article, authority } from "./support.ts";

// One invented visit told four ways, plus a later visit elsewhere.
const preview = article("101_preview", "2031-03-01", [
  "Chilean President Ana Rojas will pay a state visit to Kenya from March 10 to 11, at the invitation of Kenyan President Joseph Mwangi.",
  "During the visit, President Rojas will sign trade deals worth US$2 billion.",
]);
const report = article("102_report", "2031-03-11", [
  "President Ana Rojas and a Chilean delegation on March 10 began a state visit to Kenya, holding talks with President Joseph Mwangi.",
  "The visit focused on ports.",
]);
const assessment = article("103_assessment", "2031-05-20", [
  "The state visit to Kenya by President Ana Rojas in March 2031 produced results, Foreign Minister Rosa Kim said.",
  "Kim said the visit opened markets.",
]);
const passing = article("104_passing", "2031-09-02", [
  "President Rojas flew to Peru on August 30 for a state visit.",
  "Her state visit to Kenya in March brought a trade deal.",
]);
const archive = archiveRecords([passing, assessment, report, preview], [], { authority });

test("every record the archive builds passes its schema", () => {
  for (const [schema, records] of [[ArticleRecord, archive.articles], [Event, archive.events], [Person, archive.people], [Country, archive.countries]] as const) {
    for (const record of records) {
      const checked = schema.safeParse(record);
      assert.ok(checked.success, checked.success ? "" : describeIssues(checked.error));
    }
  }
});

test("mentions of one visit across articles merge into one event, each article with its role", () => {
  const kenya = archive.events.find((event) => event.host === "kenya")!;
  assert.equal(kenya.id, "2031-03-10-ana-rojas-kenya");
  assert.equal(kenya.url, "/events/2031-03-10-ana-rojas-kenya/");
  assert.equal(kenya.title, "Ana Rojas's state visit to Kenya");
  assert.deepEqual([kenya.kind, kenya.start, kenya.end, kenya.precision, kenya.visitor, kenya.from], ["state visit", "2031-03-10", "2031-03-11", "day", "ana-rojas", "chile"]);
  assert.deepEqual(
    kenya.coverage.map((coverage) => [coverage.article, coverage.role]),
    [["101_preview", "preview"], ["102_report", "report"], ["103_assessment", "assessment"], ["104_passing", "mention"]],
  );
  assert.deepEqual(kenya.articles, ["101_preview", "102_report", "103_assessment", "104_passing"]);
  assert.ok(kenya.coverage.every((coverage) => coverage.evidence.length > 0));
  assert.ok(kenya.participants.includes("joseph-mwangi"));
  assert.ok(!kenya.participants.includes("rosa-kim"), "a minister only quoted did not take part");
});

test("a different visit by the same person is its own event, and articles list their events", () => {
  const peru = archive.events.find((event) => event.host === "peru")!;
  assert.deepEqual([peru.id, peru.coverage[0]!.role], ["2031-08-30-ana-rojas-peru", "report"]);
  assert.deepEqual(archive.links.articleEvents["104_passing"], ["2031-03-10-ana-rojas-kenya", "2031-08-30-ana-rojas-peru"]);
  assert.deepEqual(archive.links.articleEvents["101_preview"], ["2031-03-10-ana-rojas-kenya"]);
});

test("figures of articles about the visit are attached to it with their article", () => {
  const kenya = archive.events.find((event) => event.host === "kenya")!;
  assert.deepEqual(kenya.figures.map((figure) => [figure.text, figure.value, figure.article, figure.paragraph]), [["US$2 billion", 2e9, "101_preview", 1]]);
});

test("a person known in one article only by a partial name is merged into the full name", () => {
  const rojas = archive.people.filter((entry) => entry.name.includes("Rojas"));
  assert.deepEqual(rojas.map((entry) => entry.id), ["ana-rojas"]);
  assert.deepEqual(rojas[0]!.articles, ["101_preview", "102_report", "103_assessment", "104_passing"]);
  assert.deepEqual(rojas[0]!.events, ["2031-03-10-ana-rojas-kenya", "2031-08-30-ana-rojas-peru"]);
  assert.equal(rojas[0]!.country, "chile");
  assert.equal(rojas[0]!.url, "/people/ana-rojas/");
  // The article that said only `President Rojas` keeps its own id; the archive links it to the merged person.
  const passingRecord = archive.articles.find((entry) => entry.id === "104_passing")!;
  assert.deepEqual(passingRecord, passing, "the record is not rewritten");
  assert.deepEqual(passingRecord.people.map((entry) => entry.id), ["rojas"]);
  assert.equal(archive.links.personOf["rojas"], "ana-rojas");
  const published = publishArticle(passingRecord, archive.links);
  assert.deepEqual(published.people.map((entry) => entry.id), ["ana-rojas"]);
  assert.ok(published.visits.every((visit) => visit.visitor === "ana-rojas"));
});

test("countries carry their names, aliases, articles and relations from the events", () => {
  const kenya = archive.countries.find((country) => country.id === "kenya")!;
  assert.equal(kenya.url, "/countries/kenya/");
  assert.ok(kenya.aliases.includes("Kenyan"));
  assert.deepEqual(kenya.relations, [{ country: "chile", events: ["2031-03-10-ana-rojas-kenya"] }]);
  const chile = archive.countries.find((country) => country.id === "chile")!;
  assert.deepEqual(chile.relations.map((relation) => relation.country), ["kenya", "peru"]);
});

test("display names keep diacritics from whichever article has them; other spellings become aliases", () => {
  const plain = article("201_plain", "2032-01-05", ["Party General Secretary Nguyen Van Binh will pay a state visit to Cuba on January 20."]);
  const accented = article("202_accented", "2032-01-21", ["Party General Secretary Nguyễn Văn Bình and a Vietnamese delegation on January 20 began a state visit to Cuba."]);
  const built = archiveRecords([plain, accented], []);
  const binh = built.people.find((entry) => entry.id === "nguyen-van-binh")!;
  assert.equal(binh.name, "Nguyễn Văn Bình");
  assert.ok(binh.aliases.includes("Nguyen Van Binh"));
  assert.equal(built.events.length, 1);
  assert.equal(built.events[0]!.title, "Nguyễn Văn Bình's state visit to Cuba");
  assert.deepEqual(built.events[0]!.coverage.map((coverage) => coverage.role), ["preview", "report"]);
});

test("a month-only mention joins a day-dated visit in that month; one in another month does not", () => {
  const day = article("301_day", "2032-12-03", ["Prime Minister Lars Moe and a Norwegian delegation on December 1 concluded an official visit to Peru."]);
  const month = article("302_month", "2033-02-01", ["Prime Minister Lars Moe’s official visit to Peru in December 2032 helped trade."]);
  const other = article("303_other", "2033-02-01", ["Prime Minister Lars Moe’s official visit to Peru in October 2032 helped trade."]);
  const built = archiveRecords([day, month, other], []);
  assert.deepEqual(built.events.map((event) => [event.id, event.precision, event.articles]), [
    ["2032-10-lars-moe-peru", "month", ["303_other"]],
    ["2032-12-01-lars-moe-peru", "day", ["301_day", "302_month"]],
  ]);
});

test("the archive is pure: the same input gives the same output, whatever the input order", () => {
  const again = archiveRecords([preview, report, assessment, passing], [], { authority });
  assert.deepEqual(JSON.parse(JSON.stringify(again.events)), JSON.parse(JSON.stringify(archive.events)));
  assert.deepEqual(again.people, archive.people);
});

test("every reference between records holds, and a corrupted one fails naming the record and the id", () => {
  assert.deepEqual(danglingReferences(archive), []);
  const kenya = archive.events.find((event) => event.host === "kenya")!;
  const corrupted = { ...archive, events: archive.events.map((event) => (event === kenya ? { ...event, participants: [...event.participants, "nobody-at-all"] } : event)) };
  assert.throws(() => checkArchive(corrupted), /event 2031-03-10-ana-rojas-kenya: participants: no person "nobody-at-all"/);
  const unlinked = { ...archive, links: { ...archive.links, personOf: { ...archive.links.personOf, rojas: "rosa-rojas" } } };
  assert.throws(() => checkArchive(unlinked), /article 104_passing: people: no person "rosa-rojas"/);
  const noCountry = { ...archive, people: archive.people.map((person) => ({ ...person, country: person.id === "ana-rojas" ? "atlantis" : person.country })) };
  assert.throws(() => checkArchive(noCountry), /person ana-rojas: country: no country "atlantis"/);
  const badEvent = { ...archive, events: archive.events.map((event) => (event === kenya ? { ...event, start: "2031-02-30" } : event)) };
  assert.throws(() => checkArchive(badEvent), /archive: invalid record: events\.\d+\.start: not a real calendar day/);
});

test("records already checked are not parsed again, and the message is the whole archive's schema's, in its order", () => {
  // Every record of `archive` has passed once; these copies are new objects, each with a fault.
  const whole = z.object({ events: z.array(Event), people: z.array(Person), countries: z.array(Country), links: ArchiveLinks });
  const faulty = {
    ...archive,
    events: archive.events.map((event, index) => (index === 1 ? { ...event, start: "2031-02-30", title: 7 } : event)),
    people: archive.people.map((person, index) => (index === 0 ? { ...person, name: null } : person)),
    links: { ...archive.links, sameStory: "none" },
  } as unknown as Archive;
  const expected = whole.safeParse(faulty);
  assert.equal(expected.success, false);
  assert.throws(() => checkArchive(faulty), (error: Error) => {
    assert.equal(error.message, `archive: invalid record: ${describeIssues(expected.error!)}`);
    return true;
  });
  assert.throws(() => checkArchive({ ...archive, countries: "none" } as unknown as Archive), /archive: invalid record: countries: /);
});
