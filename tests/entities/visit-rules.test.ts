// Visits as agencies tell them, one test per rule of visit-phrases.ts, visitors.ts and
// visit-dates.ts: arrivals in cities, journeys, relative clauses after the visitor, a host who is
// no visitor, travel at home, leads that open with a source, dates far from the visit words,
// multi-stop trips, `through`, `which ended`, and history dated by a year only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "./support.ts";

type Visit = ReturnType<typeof extract>["visits"][number];
const brief = (visit: Visit) => [visit.visitor, visit.from, visit.host, visit.start, visit.end];
const distinct = (visits: Visit[]) => [...new Map(visits.map((visit) => [JSON.stringify(brief(visit)), brief(visit)])).values()];

test("an arrival in a city is an arrival in its country, and its day starts the visit (`arrived in Phnom Penh on March 12 afternoon, starting a two-day official visit`)", () => {
  const found = extract([
    "Phnom Penh, March 12 (AKP) – Thai Prime Minister H.E. Niran Chaiyasit arrived in Phnom Penh on March 12 afternoon, starting a two-day official visit at the invitation of his Cambodian counterpart Samdech Moha Bavar Thipadei Chea Sokha.",
  ], { published: "2031-03-12" });
  assert.deepEqual(distinct(found.visits), [["niran-chaiyasit", "thailand", "cambodia", "2031-03-12", "2031-03-13"]]);
  assert.equal(found.visits[0]!.why.host.rule, "arrival in a place");
  assert.equal(found.visits[0]!.why.host.sentence.slice(found.visits[0]!.why.host.start, found.visits[0]!.why.host.end), "Phnom Penh");
});

test("an arrival day and a length told in another sentence (`arrived here on Thursday … During his two-day stay in Kenya`)", () => {
  const found = extract([
    "NAIROBI, Jan. 8 (Xinhua) -- Chinese Foreign Minister Zhou Weiguo arrived here on Thursday afternoon for an official visit to Kenya.",
    "During his two-day stay in Kenya, Zhou will meet President Samuel Kiptoo.",
  ], { published: "2032-01-08" });
  assert.deepEqual(distinct(found.visits), [["zhou-weiguo", "china", "kenya", "2032-01-08", "2032-01-09"]]);
});

test("the visitor is the name right before `who` (`his counterpart Samdech … X, who is on an official visit to Laos, agreed …`)", () => {
  const found = extract([
    "Vientiane (KPL) – Prime Minister Bounmy Keomany and his counterpart Samdech Moha Bavar Thipadei Chea Sokha, who is on an official visit to Laos, agreed on March 5 to push two-way trade to US$2 billion.",
  ], { published: "2031-03-06" });
  const visit = found.visits[0]!;
  assert.deepEqual([visit.visitor, visit.host], ["chea-sokha", "laos"]);
  assert.equal(visit.why.visitor?.rule, "relative clause after the visitor (‘X, who is on a visit’)");
});

test("a host is not a visitor: `President X hosted separate meetings for King Y of Cambodia, who is on a state visit …, and Prime Minister Z of Timor-Leste, who is on a working visit to Jakarta …`", () => {
  const found = extract([
    "Jakarta (ANTARA) - President Budi Hartono hosted separate meetings on Tuesday for King Norodom Vireak of Cambodia, who is on a state visit to Indonesia from September 21-24, and Prime Minister Jose Ramos Belo of Timor-Leste, who is on a working visit to Jakarta from September 21 to 23.",
  ], { published: "2031-09-23" });
  assert.deepEqual(distinct(found.visits), [
    ["norodom-vireak", "cambodia", "indonesia", "2031-09-21", "2031-09-24"],
    ["jose-ramos-belo", "timor-leste", "indonesia", "2031-09-21", "2031-09-23"],
  ]);
});

test("the host's own guest: `President X (of the host country) welcomed the Korean leader on his first visit to Vietnam`", () => {
  const found = extract([
    "Vietnamese President Trần Văn Minh welcomed South Korean President Choi Ji-ho on his first visit to Vietnam.",
  ], { published: "2031-04-16" });
  assert.deepEqual(found.visits.map((visit) => [visit.visitor, visit.host]), [["choi-ji-ho", "vietnam"]]);
  assert.equal(found.visits[0]!.why.visitor?.rule, "guest of a host-country subject");
});

test("a leader travelling inside his own country is no visit (`Lao President X paid a working visit to Luang Prabang province`)", () => {
  const found = extract([
    "Lao President Khamsing Vongsa paid a working visit to Luang Prabang province on May 6-7, where he inspected the new airport terminal.",
  ], { published: "2031-05-08" });
  assert.deepEqual(found.visits, []);
});

test("a lead that opens with a source: `According to the Ministry of Foreign Affairs, National Assembly President X of Laos will pay an official visit to Viet Nam from April 2 to 4`", () => {
  const found = extract([
    "VGP - According to the Ministry of Foreign Affairs, National Assembly President Khamla Phommavong of the Lao People's Democratic Republic will pay an official visit to Viet Nam from April 2 to 4 at the invitation of National Assembly Chairman Vu Duc Tam.",
  ], { published: "2031-03-31" });
  assert.deepEqual(distinct(found.visits), [["khamla-phommavong", "laos", "vietnam", "2031-04-02", "2031-04-04"]]);
  assert.equal(found.visits[0]!.tense, "future");
});

test("a date far from the visit words, in the same clause, is the visit's, as a guess (`will pay an official visit to Việt Nam and co-chair … in Hà Nội from January 2-4`)", () => {
  const found = extract([
    "HÀ NỘI — At the invitation of Prime Minister Lê Minh Quân, Lao Prime Minister Sithong Keola will pay an official visit to Việt Nam and co-chair the annual meeting of the Việt Nam–Laos Inter-Governmental Committee together with a conference on promoting Vietnamese investment in Laos in Hà Nội from January 2-4, the Ministry of Foreign Affairs announced on Wednesday.",
  ], { published: "2031-12-31" });
  const visit = found.visits[0]!;
  assert.deepEqual(brief(visit), ["sithong-keola", "laos", "vietnam", "2032-01-02", "2032-01-04"]);
  assert.equal(visit.why.dates?.confidence, "low");
});

test("a date after `announced` dates the announcement, not the visit (`set to arrive in Manila tomorrow for a three-day official visit, the DFA announced on Sunday`)", () => {
  const found = extract([
    "MANILA – Japanese Prime Minister Haruto Sakai is set to arrive in Manila tomorrow for a three-day official visit, the Department of Foreign Affairs announced on Sunday.",
  ], { published: "2032-01-11" });
  assert.deepEqual(distinct(found.visits), [["haruto-sakai", "japan", "philippines", "2032-01-12", "2032-01-14"]]);
});

test("multi-stop trips: one visit per stop with its own dates; a headline's overall range is not copied onto each stop", () => {
  const found = extract([
    "PM to visit Indonesia, Vietnam and Thailand from April 27 to May 2",
    "PUTRAJAYA, April 24 (Bernama) -- Prime Minister Datuk Seri Azlan Mokhtar will visit Indonesia, Vietnam and Thailand, namely Indonesia (April 27-28), Vietnam (April 29-30) and Thailand (May 1-2).",
  ], { published: "2031-04-24" });
  assert.deepEqual(distinct(found.visits).map((visit) => visit.slice(2)), [
    ["indonesia", "2031-04-27", "2031-04-28"],
    ["vietnam", "2031-04-29", "2031-04-30"],
    ["thailand", "2031-05-01", "2031-05-02"],
  ]);
  const headline = extract(["PM to visit Indonesia, Vietnam and Thailand from April 27 to May 2"], { published: "2031-04-24" });
  assert.ok(headline.visits.every((visit) => visit.start === null));
});

test("journeys: `which will also take him to Tanzania and Ethiopia`, `led a delegation to Laos earlier this month`, `leave the country for China, where he will make a five-day State Visit from Monday, 12th October`", () => {
  const trip = extract(["Chinese Foreign Minister Zhou Weiguo arrived here on Thursday for an official visit to Kenya, the first leg of a trip which will also take him to Tanzania and Ethiopia."], { published: "2032-01-08" });
  assert.deepEqual(distinct(trip.visits).map((visit) => visit[2]), ["kenya", "tanzania", "ethiopia"]);
  const delegation = extract(["Cuban Deputy Prime Minister Ramón Vidal Soto led a Cuban delegation to Laos earlier this month."], { published: "2032-05-20" });
  assert.deepEqual(distinct(delegation.visits), [["ramon-vidal-soto", "cuba", "laos", "2032-05-01", "2032-05-31"]]);
  // Leaving on Sunday dates the journey, not the visit.
  const departure = extract(["President Paul Mwangi Njoroge will on Sunday leave the country for the People's Republic of China, where he will make a five-day State Visit from Monday, 12th October 2026."], { published: "2026-10-09" });
  assert.deepEqual(distinct(departure.visits), [["paul-mwangi-njoroge", null, "china", "2026-10-12", "2026-10-16"]]);
  assert.equal(departure.visits[0]!.kind, "state visit");
});

test("`the visit that X paid to Cuba`, `through Saturday` and `which ended today`", () => {
  const paid = extract(["The official visit that Vietnamese Prime Minister Lê Minh Quân paid to Cuba opened new horizons for Cuban exports to Mexico, the minister said."], { published: "2032-05-20" });
  assert.deepEqual(distinct(paid.visits), [["le-minh-quan", "vietnam", "cuba", null, null]]);
  const through = extract([
    "The Emperor hosted a banquet on Thursday for Malaysian King Sultan Idris Shah Aminuddin, who is on a state visit to Japan through Saturday.",
    "Sultan Idris, who arrived in Tokyo on Tuesday, thanked Japan.",
  ], { published: "2031-11-27" });
  assert.deepEqual(distinct(through.visits), [["idris-shah-aminuddin", "malaysia", "japan", "2031-11-25", "2031-11-29"]]);
  const ended = extract(["Malaysia secured investment pledges during Prime Minister Datuk Seri Azlan Mokhtar's three-day official visit to Japan which ended today."], { published: "2031-11-05" });
  assert.deepEqual(distinct(ended.visits).map((visit) => visit.slice(2)), [["japan", "2031-11-03", "2031-11-05"]]);
});

test("a visit dated by its year only is history, not a visit to file (`The Lao leader last visited Russia in 2024`)", () => {
  const found = extract([
    "Lao President Khamsing Vongsa will pay an official visit to Russia on May 17-20.",
    "The Lao leader last visited Russia in 2029.",
  ], { published: "2031-05-14" });
  assert.deepEqual(distinct(found.visits), [["khamsing-vongsa", "laos", "russia", "2031-05-17", "2031-05-20"]]);
  assert.ok(found.visits.every((visit) => visit.paragraph === 0));
});

test("the visitor's country from the news organisation's own copy, as a guess: Bernama names Malaysia's prime minister without a nationality", () => {
  const found = extract(["Prime Minister Datuk Seri Azlan Mokhtar will pay an official visit to Japan from November 3 to 5."], { published: "2031-11-01", sources: ["Bernama"] });
  const visit = found.visits[0]!;
  assert.equal(visit.from, "malaysia");
  assert.equal(visit.why.from?.confidence, "low");
  const unknown = extract(["Prime Minister Datuk Seri Azlan Mokhtar will pay an official visit to Japan from November 3 to 5."], { published: "2031-11-01" });
  assert.equal(unknown.visits[0]!.from, null);
});

test("`from Monday to Wednesday next week` is one span; a date in brackets is read in the tense of the visit's own clause", () => {
  const span = extract(["TOKYO - Prime Minister Haruto Sakai will visit the Philippines from Monday to Wednesday next week, the top government spokesman said Friday."], { published: "2026-01-09" });
  assert.deepEqual(distinct(span.visits), [["haruto-sakai", null, "philippines", "2026-01-12", "2026-01-14"]]);
  const wrapped = extract([
    "HÀ NỘI — President Trần Văn Minh on Saturday wrapped up his three-day state visit to Malaysia (July 2-4), which the two sides described as a milestone that opens a new chapter in their partnership.",
  ], { published: "2026-07-06" });
  assert.deepEqual(distinct(wrapped.visits).map((visit) => visit.slice(2)), [["malaysia", "2026-07-02", "2026-07-04"]]);
});
