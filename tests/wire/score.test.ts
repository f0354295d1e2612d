// The wire-copy scorer on a tiny hand-made build: it counts right and wrong facts as a reader would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatScore, fold, scoreWire, type Built, type ExpectedSet } from "./score.ts";

const expected: ExpectedSet = {
  $comment: "ignored",
  "a1.txt": {
    published: { date: "2031-03-06" },
    dateline: "HÀ NỘI",
    role: "report",
    visits: [{ visitor: "Ana Lima", from: "chile", host: "peru", start: "2031-03-05", end: "2031-03-06" }],
    notVisits: [{ visitor: "Jorge Ruiz" }],
    people: [
      { name: "Ana Lima", role: "President" },
      { name: "Jorge Ruiz", role: ["President of Peru", "President"] },
    ],
    notPeople: ["Meets", { name: "Jorge Ruiz", form: "Sultan Ruiz" }],
    figures: [{ value: 2e9, currency: "USD" }],
  },
  "a2.md": {
    published: { earliest: "2031-07-04", latest: "2031-07-10" },
    dateline: null,
    visits: [],
    people: [],
  },
  "gone.txt": {
    published: null,
    dateline: null,
    visits: [],
    notVisits: [{ host: "peru" }],
    people: [{ name: "Kofi Mensah", role: null }],
  },
};

const built: Built = {
  articles: [
    {
      id: "a1",
      published: "2031-03-06",
      dateline: "Ha Noi",
      people: [
        { name: "Ana Lima", forms: ["Ana Lima", "Lima"], role: "President" },
        // Wrong: the role is cut to nothing, and the Sultan was merged into him.
        { name: "Jorge Ruiz", forms: ["Jorge Ruiz", "Sultan Ruiz"], role: null },
      ],
      figures: [{ value: 2e9, currency: "USD" }],
    },
    { id: "a2", published: "2031-07-04", publishedRange: { earliest: "2031-07-04", latest: "2031-07-11" } },
  ],
  events: [
    {
      id: "2031-03-05-ana-lima-peru",
      visitor: "ana-lima",
      from: "chile",
      host: "peru",
      start: "2031-03-05",
      end: "2031-03-07", // wrong: the article says March 6
      precision: "day",
      articles: ["a1"],
      coverage: [{ article: "a1", role: "report" }],
    },
  ],
  people: [
    { id: "ana-lima", name: "Ana Lima", aliases: [] },
    { id: "jorge-ruiz", name: "Jorge Ruiz", aliases: [] },
  ],
};

test("folds diacritics, case and dots", () => {
  assert.equal(fold("Trịnh Quốc Thái"), fold("TRINH QUOC THAI"));
  assert.equal(fold("Miguel Santos Jr."), fold("Miguel Santos Jr"));
  assert.equal(fold("Đặng Minh Hà"), "dang minh ha");
});

test("counts each fact right or wrong, and every fact of a dropped article wrong", () => {
  const score = scoreWire(expected, built);
  const wrong = score.results.filter((result) => !result.right).map((result) => `${result.file}: ${result.fact}`);
  assert.deepEqual(wrong, [
    "a1.txt: visit Ana Lima chile→peru end",
    "a1.txt: role of Jorge Ruiz",
    'a1.txt: "Sultan Ruiz" is not Jorge Ruiz',
    "gone.txt: published",
    "gone.txt: dateline",
    "gone.txt: no visit by anyone *→peru",
    "gone.txt: person Kofi Mensah",
  ]);
  // a1: published, dateline, role, visit ×3, not-visit, person ×2 + role ×2, not-person ×2, figure = 14;
  // a2: published (a range a day wider than the honest one) and dateline = 2; gone: 4.
  assert.equal(score.total, 20);
  assert.equal(score.right, 13);
  assert.deepEqual(score.dropped, ["gone.txt"]);
});

test("prints one line per wrong fact and the share right", () => {
  const lines = formatScore(scoreWire(expected, built));
  assert.equal(lines.at(-1), "wire facts: 13 right of 20 (65.0%)");
  assert.ok(lines.includes("a1.txt: visit Ana Lima chile→peru end: expected 2031-03-06, got 2031-03-07"), lines.join("\n"));
  assert.ok(lines.includes("gone.txt: published: expected undated, got article missing from articles.json"));
});

test("an exact date where only a range is honest is wrong; an undated record is right for an undatable text", () => {
  const set: ExpectedSet = {
    "r.txt": { published: { earliest: "2031-07-04", latest: "2031-07-10" }, dateline: null, visits: [], people: [] },
    "u.txt": { published: null, dateline: null, visits: [], people: [] },
  };
  const score = scoreWire(set, {
    articles: [
      { id: "r", published: "2031-07-04", publishedRange: null },
      { id: "u", published: null, publishedBasis: "undated" },
    ],
    events: [],
    people: [],
  });
  assert.deepEqual(
    score.results.filter((result) => result.fact === "published").map((result) => result.right),
    [false, true],
  );
});
