// Seed-level test (may use seed facts): the five real seeds through the reader, cleaner, entity
// extractor and archive, checked against the table of issue 3.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { buildArchive } from "../../src/archive/index.ts";
import { cleanText } from "../../src/ingest/clean.ts";
import { extractFigures } from "../../src/ingest/figures.ts";
import { readArticle } from "../../src/ingest/read.ts";
import { extractEntities } from "../../src/ingest/entities/index.ts";
import { loadAuthority, type Authority } from "../../src/model/authority.ts";
import { Article, Country, Event, Person, describeIssues, type Archive } from "../../src/model/schema.ts";
import { matchKey } from "../../src/text/fold.ts";

/** 003 and 004 state no date; the dates engineer infers these two (see tests/dates/seeds.test.ts). */
const INFERRED: Record<string, string> = { "003": "2026-02-05", "004": "2026-01-27" };

function seedArticles(authority: Authority): Article[] {
  return readdirSync("seeds")
    .sort()
    .map((name) => {
      const raw = readArticle(readFileSync(`seeds/${name}`), `seeds/${name}`);
      const text = cleanText(raw.body);
      const published = text.statedDate ?? INFERRED[name.slice(0, 3)]!;
      return Article.parse({
        id: raw.id,
        source: raw.source,
        url: `/articles/${raw.id}/`,
        title: `Seed article ${raw.id}`,
        summary: text.paragraphs[0]!.slice(0, 300),
        published,
        publishedBasis: text.statedDate ? "stated" : "inferred",
        publishedEvidence: null,
        publishedRange: null,
        dateline: text.dateline,
        byline: text.byline,
        translator: text.translator,
        sources: text.sources,
        captions: text.captions,
        paragraphs: text.paragraphs,
        ...extractEntities({ paragraphs: text.paragraphs, captions: text.captions, published }, authority),
        figures: extractFigures(text.paragraphs),
        events: [],
        wordCount: 1,
        extra: {},
      });
    });
}

const authority = loadAuthority("data/authority.json");
const archive = buildArchive(seedArticles(authority), [], { authority });
const short = (id: string) => id.slice(0, 3);

function eventOf(built: Archive, visitor: string, host: string, start: string): Event {
  const found = built.events.filter((event) => event.visitor === visitor && event.host === host && event.start === start);
  assert.equal(found.length, 1, `one event ${visitor} → ${host} from ${start}; have ${built.events.map((event) => event.id).join(", ")}`);
  return found[0]!;
}

test("every seed record passes its schema", () => {
  for (const [schema, records] of [[Article, archive.articles], [Event, archive.events], [Person, archive.people], [Country, archive.countries]] as const) {
    for (const record of records) {
      const checked = schema.safeParse(record);
      assert.ok(checked.success, checked.success ? "" : describeIssues(checked.error));
    }
  }
});

test("Tô Lâm → Laos, 2025-12-01 – 2025-12-02, told by 002", () => {
  const event = eventOf(archive, "to-lam", "laos", "2025-12-01");
  assert.deepEqual([event.end, event.precision, event.from, event.kind], ["2025-12-02", "day", "vietnam", "state visit"]);
  assert.ok(event.articles.map(short).includes("002"));
  assert.equal(event.coverage.find((coverage) => short(coverage.article) === "002")!.role, "report");
  assert.equal(event.title, "Tô Lâm's state visit to Laos");
});

test("Thongloun Sisoulith → Việt Nam around 2026-01-26, told by 004", () => {
  const event = eventOf(archive, "thongloun-sisoulith", "vietnam", "2026-01-26");
  assert.equal(event.from, "laos");
  assert.ok(event.articles.map(short).includes("004"));
  assert.equal(event.title, "Thongloun Sisoulith's state visit to Việt Nam");
});

test("Tô Lâm → Laos on 2026-02-05, told by 000, 001, 003 and 004 (004 as preview)", () => {
  const event = eventOf(archive, "to-lam", "laos", "2026-02-05");
  assert.equal(event.end, "2026-02-05");
  for (const seed of ["000", "001", "003", "004"]) assert.ok(event.articles.map(short).includes(seed), seed);
  const roles = Object.fromEntries(event.coverage.map((coverage) => [short(coverage.article), coverage.role]));
  assert.equal(roles["004"], "preview");
  assert.equal(roles["001"], "report");
  assert.ok(event.participants.includes("thongloun-sisoulith") && event.participants.includes("sonexay-siphandone"));
  assert.ok(event.figures.some((figure) => figure.text === "US$10 billion" && short(figure.article) === "001"));
});

test("Tô Lâm → Cambodia on 2026-02-06, told by 000", () => {
  const event = eventOf(archive, "to-lam", "cambodia", "2026-02-06");
  assert.ok(event.articles.map(short).includes("000"));
  assert.ok(event.participants.includes("hun-sen"));
  assert.ok(event.figures.some((figure) => figure.value === 20e9));
});

const PEOPLE = [
  "Tô Lâm",
  "Thongloun Sisoulith",
  "Lê Hoài Trung",
  "Phạm Minh Chính",
  "Trần Thanh Mẫn",
  "Sonexay Siphandone",
  "Saysomphone Phomvihane",
  "Kaysone Phomvihane",
  "Hun Sen",
  "Kikeo Khaykhamphithoune",
];

test("exactly one person record each, display names with the seeds' diacritics", () => {
  for (const name of PEOPLE) {
    const records = archive.people.filter((person) => matchKey(person.name) === matchKey(name));
    assert.equal(records.length, 1, name);
    assert.equal(records[0]!.name, name);
    // No other record is a spelling or a part of the same name.
    const others = archive.people.filter((person) => person !== records[0] && person.aliases.concat(person.name).some((alias) => matchKey(alias) === matchKey(name)));
    assert.deepEqual(others, [], name);
  }
  const kaysone = archive.people.find((person) => person.id === "kaysone-phomvihane")!;
  const saysomphone = archive.people.find((person) => person.id === "saysomphone-phomvihane")!;
  assert.notEqual(kaysone, saysomphone);
  assert.ok(archive.people.find((person) => person.id === "to-lam")!.aliases.includes("To Lam"));
});

test("the same people and visits come out without the authority's list of known people", () => {
  const bare: Authority = { ...authority, people: [] };
  const built = buildArchive(seedArticles(bare), []);
  const ids = (records: { id: string }[]) => records.map((record) => record.id).sort();
  assert.deepEqual(ids(built.events), ids(archive.events));
  for (const name of PEOPLE) assert.equal(built.people.filter((person) => matchKey(person.name) === matchKey(name)).length, 1, name);
  // Without the editor's spelling, the name keeps every diacritic a seed writes: `Le Hoài Trung`.
  assert.equal(built.people.find((person) => person.id === "le-hoai-trung")!.name, "Le Hoài Trung");
});

test("countries: Việt Nam, Laos and Cambodia with the relations the visits give them", () => {
  const vietnam = archive.countries.find((country) => country.id === "vietnam")!;
  assert.equal(vietnam.name, "Việt Nam");
  assert.ok(vietnam.aliases.includes("Vietnam") && vietnam.aliases.includes("Vietnamese"));
  assert.deepEqual(vietnam.relations.map((relation) => relation.country), ["cambodia", "laos"]);
  assert.equal(vietnam.relations.find((relation) => relation.country === "laos")!.events.length, 3);
});

test("no fact about a seed is written in the extractor or archive code, nor in the authority's non-people data", () => {
  const forbidden = ["thongloun", "to lam", "tô lâm", "hun sen", "sonexay", "saysomphone", "kaysone", "kikeo", "nhandan", "2026-02", "2025-12", "le hoai trung"];
  const files = ["src/ingest/entities", "src/archive"].flatMap((dir) => readdirSync(dir).map((name) => `${dir}/${name}`));
  for (const file of files) {
    const text = matchKey(readFileSync(file, "utf8"));
    for (const word of forbidden) assert.ok(!text.includes(matchKey(word)), `${file} mentions ${word}`);
  }
  const { people: _known, ...rest } = authority;
  const data = matchKey(JSON.stringify(rest));
  for (const word of forbidden) assert.ok(!data.includes(matchKey(word)), `authority mentions ${word}`);
});
