import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "./support.ts";

const pick = (visit: { visitor: string | null; from: string | null; host: string; kind: string; start: string | null; end: string | null; precision: string; tense: string; paragraph: number }) => ({
  visitor: visit.visitor,
  from: visit.from,
  host: visit.host,
  kind: visit.kind,
  start: visit.start,
  end: visit.end,
  precision: visit.precision,
  tense: visit.tense,
  paragraph: visit.paragraph,
});

test("`state visit to X … from March 10 to 11`: Chile → Kenya, a leader the authority does not list", () => {
  const found = extract(["Chilean President Ana Lima will pay a state visit to Kenya from March 10 to 11, at the invitation of Kenyan President Joseph Mwangi."], {
    published: "2031-03-01",
  });
  assert.deepEqual(found.visits.map(pick), [
    { visitor: "ana-lima", from: "chile", host: "kenya", kind: "state visit", start: "2031-03-10", end: "2031-03-11", precision: "day", tense: "future", paragraph: 0 },
  ]);
  assert.equal(found.visits[0]!.sentence, "Chilean President Ana Lima will pay a state visit to Kenya from March 10 to 11, at the invitation of Kenyan President Joseph Mwangi.");
});

test("`visits to X and Y by Z … on May 5 and 6, respectively`: one visit per host, dates paired in order; the quoted minister is not the visitor", () => {
  const found = extract([
    "The official visits to Peru and Uruguay by Prime Minister Sara Nilsson and a high-level Norwegian delegation on May 5 and 6, respectively, deepened ties, according to Foreign Minister Erik Dahl.",
  ], { published: "2030-05-09" });
  assert.deepEqual(found.visits.map((visit) => [visit.visitor, visit.from, visit.host, visit.kind, visit.start, visit.end]), [
    ["sara-nilsson", "norway", "peru", "official visit", "2030-05-05", "2030-05-05"],
    ["sara-nilsson", "norway", "uruguay", "official visit", "2030-05-06", "2030-05-06"],
  ]);
});

test("`during the latter’s state visit to X on <date>` in a caption: the second of the two people named before", () => {
  const found = extract(["Trade grew."], {
    published: "2029-10-15",
    captions: ["Prime Minister Kofi Mensah (left) holds talks with Senegalese President Awa Diop during the latter’s state visit to Ghana on October 14, 2029."],
  });
  assert.deepEqual(found.visits.map(pick), [
    { visitor: "awa-diop", from: "senegal", host: "ghana", kind: "state visit", start: "2029-10-14", end: "2029-10-14", precision: "day", tense: "past", paragraph: -1 },
  ]);
});

test("`the visit, spanning November 3-4` dates the visit named just before (`X’s recently concluded state visit to Y`)", () => {
  const found = extract([
    "Chancellor Mia Berg’s recently concluded state visit to Finland opened a new chapter, according to Foreign Minister Olli Rantanen.",
    "During the visit, spanning November 3-4, Chancellor Berg met President Juha Niemi.",
    "Rantanen said the visit built trust.",
  ], { published: "2029-11-06" });
  assert.equal(found.visits.length, 3);
  for (const visit of found.visits) {
    assert.deepEqual([visit.visitor, visit.host, visit.start, visit.end, visit.tense], ["mia-berg", "finland", "2029-11-03", "2029-11-04", "past"]);
  }
});

test("`the visit will take place on June 2`: host from the invitation, visitor named only elsewhere in the article", () => {
  const found = extract([
    "According to the Deputy Foreign Minister, the visit will take place on June 2 at the invitation of Hassan Omar, President of Jordan.",
    "During the visit, Prime Minister Lena Holm will hold talks with senior Jordanian leaders.",
    "Prime Minister Lena Holm and the high-level delegation of Sweden chose Jordan as the first country to visit this year.",
  ], { published: "2032-05-20" });
  assert.deepEqual(pick(found.visits[0]!), {
    visitor: "lena-holm", from: "sweden", host: "jordan", kind: "visit", start: "2032-06-02", end: "2032-06-02", precision: "day", tense: "future", paragraph: 0,
  });
  assert.ok(found.visits.every((visit) => visit.visitor === "lena-holm" && visit.host === "jordan"));
});

test("`on Thursday concluded`: the Thursday before a Monday reference", () => {
  const found = extract(["President Ana Lima and a Chilean delegation on Thursday concluded an official visit to Kenya."], { published: "2031-03-17" });
  assert.deepEqual([found.visits[0]!.start, found.visits[0]!.kind, found.visits[0]!.tense], ["2031-03-13", "official visit", "past"]);
});

test("`in November 2030`: a month-precision visit", () => {
  const found = extract(["President Ana Lima’s historic state visit to Kenya in November 2030 elevated ties."], { published: "2031-02-01" });
  assert.deepEqual(pick(found.visits[0]!), {
    visitor: "ana-lima", from: null, host: "kenya", kind: "state visit", start: "2030-11-01", end: "2030-11-30", precision: "month", tense: "past", paragraph: 0,
  });
});

test("other ways to name the host: `visited X`, `the X visit`, `the visit of the <demonym> leader`", () => {
  const found = extract([
    "Peruvian President Diego Soto visited Norway on August 12.",
    "Assessing the Norway visit, officials said the visit of the Peruvian leader was a success.",
  ], { published: "2033-08-14" });
  assert.ok(found.visits.length >= 2);
  for (const visit of found.visits) assert.deepEqual([visit.visitor, visit.from, visit.host, visit.start], ["diego-soto", "peru", "norway", "2033-08-12"]);
});

test("`visited X and Y`, and a date before the phrase across a short comma (`on Friday, during X’s state visit`)", () => {
  const visited = extract(["Secretary of State John Miller visited Togo and Benin on July 3 and 4, respectively."], { published: "2035-07-06" });
  assert.deepEqual(visited.visits.map((visit) => [visit.visitor, visit.host, visit.start]), [["john-miller", "togo", "2035-07-03"], ["john-miller", "benin", "2035-07-04"]]);
  const hosted = extract(["President Ruth Otieno hosted her Tanzanian counterpart Amina Juma in Nairobi on Friday, during Juma’s state visit to Kenya."], {
    published: "2035-03-19",
  });
  assert.deepEqual(hosted.visits.map((visit) => [visit.visitor, visit.from, visit.host, visit.start]), [["amina-juma", "tanzania", "kenya", "2035-03-16"]]);
});

test("a pointing phrase goes to the visit its sentence names, not merely the last one", () => {
  const found = extract([
    "The state visits to Nepal and Bhutan by President Lina Moreno and a Chilean delegation on April 2 and 4, respectively, were a success.",
    "Regarding Nepal, the state visit strengthened trust.",
    "Turning to Bhutan, officials said the state visit opened new trade routes.",
  ], { published: "2034-04-07" });
  const byParagraph = new Map(found.visits.filter((visit) => visit.paragraph > 0).map((visit) => [visit.paragraph, visit.host]));
  assert.deepEqual([...byParagraph], [[1, "nepal"], [2, "bhutan"]]);
});

test("a visit earlier in the article by someone else stays that person's (`X had paid a visit to Y`)", () => {
  const found = extract([
    "President Lina Moreno concluded a state visit to Peru on Friday.",
    "The visit came days after Peruvian President Diego Soto had paid a visit to Chile.",
  ], { published: "2034-06-10" });
  const soto = found.visits.find((visit) => visit.visitor === "diego-soto");
  assert.deepEqual(soto && [soto.from, soto.host, soto.start], ["peru", "chile", null]);
  assert.ok(found.visits.filter((visit) => visit.visitor === "lina-moreno").every((visit) => visit.host === "peru"));
});

test("a date further off in another clause is not the visit's date", () => {
  const found = extract([
    "President Ana Lima will pay a state visit to Kenya on March 10.",
    "A key focus of the visit, both sides will build on the plan, which they agreed in December 2029.",
  ], { published: "2031-03-01" });
  assert.ok(found.visits.every((visit) => visit.start === "2031-03-10"));
});

test("a visit told by one day and its length: `began a two-day visit on Monday` runs on, `concluded a three-day visit` runs up to it", () => {
  const began = extract(["Chilean President Ana Lima on Monday began a two-day state visit to Kenya."], { published: "2031-03-11" });
  assert.deepEqual(began.visits.map((visit) => [visit.host, visit.start, visit.end]), [["kenya", "2031-03-10", "2031-03-11"]]);
  const concluded = extract(["Peruvian Prime Minister Luis Soto on Friday concluded a three-day official visit to Norway."], { published: "2031-03-15" });
  assert.deepEqual(concluded.visits.map((visit) => [visit.host, visit.start, visit.end]), [["norway", "2031-03-12", "2031-03-14"]]);
});
