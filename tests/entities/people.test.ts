import { test } from "node:test";
import assert from "node:assert/strict";
import { authority, extract, person } from "./support.ts";
import { extractEntities } from "../../src/ingest/entities/index.ts";

test("a leader nobody listed is found from the title before the name, with role and country", () => {
  const found = extract(["Kenyan President Joseph Mwangi welcomed the delegation."]);
  assert.deepEqual(person(found, "joseph-mwangi"), {
    id: "joseph-mwangi",
    name: "Joseph Mwangi",
    forms: ["Joseph Mwangi"],
    role: "President",
    country: "kenya",
    evidence: { rule: "title before name", sentence: "Kenyan President Joseph Mwangi welcomed the delegation.", start: 0, end: 30, confidence: "high" },
  });
});

test("title chains joined by `and`, `of` phrases and organisation names end where the name starts", () => {
  const found = extract([
    "Talks were held with General Secretary of the Central Committee of the Patria Socialist Party and President Ruben Castillo.",
    "He met President of the Front for National Unity Ines Duarte and Minister of Foreign Affairs Tomas Vidal.",
  ]);
  assert.equal(person(found, "ruben-castillo").role, "General Secretary of the Central Committee of the Patria Socialist Party and President");
  assert.equal(person(found, "ines-duarte").role, "President of the Front for National Unity");
  assert.equal(person(found, "tomas-vidal").role, "Minister of Foreign Affairs");
});

test("a name followed by its title (`X, President of Chile`) is an introduction too", () => {
  const found = extract(["The talks took place at the invitation of Ana Lima, President of Chile."]);
  assert.equal(person(found, "ana-lima").role, "President of Chile");
  assert.equal(person(found, "ana-lima").country, "chile");
});

test("`The President of Ghana, Kwame Asante,` and `U.S. Secretary of State X` introduce people too", () => {
  const found = extract(["The President of Ghana, Kwame Asante, met U.S. Secretary of State John Miller."]);
  assert.deepEqual(
    found.people.map((entry) => [entry.id, entry.role, entry.country]),
    [["kwame-asante", "President of Ghana", "ghana"], ["john-miller", "Secretary of State", "united-states"]],
  );
});

test("honorifics are stripped from names and roles", () => {
  const found = extract([
    "President of the Cambodian People’s Party Samdech Akka Moha Sena Padei Techo Sok Vanna welcomed the guests.",
    "H.E. Dr. Maria Santos attended, as did Samdech Chea Rith.",
  ]);
  assert.equal(person(found, "sok-vanna").name, "Sok Vanna");
  assert.equal(person(found, "sok-vanna").role, "President of the Cambodian People’s Party");
  assert.equal(person(found, "sok-vanna").country, "cambodia");
  assert.equal(person(found, "maria-santos").name, "Maria Santos");
  assert.equal(person(found, "chea-rith").name, "Chea Rith");
});

test("ids fold diacritics, so both spellings of a name are one id", () => {
  assert.equal(extract(["Party General Secretary Nguyễn Văn Bình arrived."]).people[0]!.id, "nguyen-van-binh");
  assert.equal(extract(["Party General Secretary Nguyen Van Binh arrived."]).people[0]!.id, "nguyen-van-binh");
});

test("short references resolve to the person named earlier in the article", () => {
  const found = extract([
    "Party General Secretary Nguyễn Văn Bình held talks with Foreign Minister Paulo Reis.",
    "General Secretary Bình praised the results, Reis told reporters.",
    "Bình later visited a school.",
  ]);
  assert.deepEqual(found.people.map((entry) => entry.id), ["nguyen-van-binh", "paulo-reis"]);
  assert.deepEqual(person(found, "nguyen-van-binh").forms, ["Nguyễn Văn Bình", "General Secretary Bình", "Bình"]);
  assert.deepEqual(person(found, "paulo-reis").forms, ["Paulo Reis", "Reis"]);
});

test("role references (`the Chilean leader`, `the FM`, `the minister`) resolve to the person with that country or role", () => {
  const found = extract([
    "Chilean President Ana Lima met Kenyan Prime Minister Joseph Mwangi, according to Minister of Foreign Affairs Rosa Kim.",
    "The Chilean leader spoke first.",
    "According to the FM, the minister will travel again.",
  ]);
  assert.ok(person(found, "ana-lima").forms.includes("The Chilean leader"));
  assert.ok(person(found, "rosa-kim").forms.includes("the FM"));
  assert.ok(person(found, "rosa-kim").forms.includes("the minister"));
});

test("`his Lao counterpart X`, `his spouse X`, `Party leader X` introduce people; a counterpart holds the same office", () => {
  const found = extract([
    "Speaker Rafael Cruz met his Lao counterpart Bounmy Vongsa, while Vietnamese Party leader Hoàng Minh Tâm and his spouse Lê Thu Hà toured the city.",
  ]);
  assert.equal(person(found, "bounmy-vongsa").country, "laos");
  assert.equal(person(found, "bounmy-vongsa").role, "Speaker");
  assert.equal(person(found, "le-thu-ha").role, null);
  assert.equal(person(found, "hoang-minh-tam").country, "vietnam");
  assert.equal(person(found, "hoang-minh-tam").role, "Party leader");
  assert.equal(person(found, "le-thu-ha").name, "Lê Thu Hà");
});

test("two people sharing a family name stay two people", () => {
  const found = extract([
    "President Arun Phomma recalled the legacy of former President Boun Phomma.",
    "Prime Minister Sisavath Phomma attended, and President Phomma spoke.",
  ]);
  const ids = found.people.map((entry) => entry.id).sort();
  assert.deepEqual(ids, ["arun-phomma", "boun-phomma", "sisavath-phomma"]);
  // `President Phomma` goes to the nearest President, not to the Prime Minister.
  assert.ok(!person(found, "sisavath-phomma").forms.includes("President Phomma"));
});

test("a country that says where someone is from: title, `of` phrase, party acronym or delegation", () => {
  const found = extract([
    "LPRP General Secretary Somchai Keo received Prime Minister Lina Berg and a high-level Norwegian delegation.",
  ]);
  assert.equal(person(found, "somchai-keo").country, "laos");
  assert.equal(person(found, "lina-berg").country, "norway");
});

test("plural titles, places and organisations are not people", () => {
  const found = extract([
    "Former General Secretaries and Presidents of Laos attended the 48th Meeting of the Intergovernmental Committee in Ho Chi Minh City.",
  ]);
  assert.deepEqual(found.people.map((entry) => entry.id), []);
});

test("a name ending in a known person's full name is that person, whatever unlisted honorific comes before", () => {
  const withKnown = { ...authority, people: [...authority.people, { name: "Kofi Mensah", aliases: [], country: "ghana" }] };
  const found = extractEntities(
    {
      paragraphs: ["President Nana Abena Oduro Kofi Mensah met Prime Minister Sara Nilsson in Accra.", "Mensah said ties were strong."],
      captions: [],
      published: "2031-06-15",
    },
    withKnown,
  );
  const ids = found.people.map((candidate) => candidate.id);
  assert.ok(ids.includes("kofi-mensah"), ids.join(", "));
  assert.ok(!ids.some((id) => id.includes("oduro")), ids.join(", "));
});

test("`President Ana Lima of Chile`: a country after the name is the person's, and the visit's origin", () => {
  const found = extract(["President Ana Lima of Chile will pay a state visit to Kenya on March 10."], { published: "2031-03-01" });
  assert.equal(person(found, "ana-lima").country, "chile");
  assert.deepEqual(found.visits.map((visit) => [visit.visitor, visit.from, visit.host]), [["ana-lima", "chile", "kenya"]]);
});
