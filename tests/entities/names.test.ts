// Names as agencies write them: honorific chains anywhere before the name (Khmer, Malay, H.E.,
// His Majesty), hyphenated and abbreviated given names, a demonym-like word ending a Vietnamese
// name, the last words of a long name standing for it, and people who share a word kept apart
// by their naming custom and their offices.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract, person } from "./support.ts";

test("Khmer honorific chains are stripped from the name and the role: `King Preah Bat Samdech Preah Boromneath Norodom Kanthar`", () => {
  const found = extract([
    "His Majesty King Preah Bat Samdech Preah Boromneath Norodom Kanthar, King of Cambodia, left Phnom Penh this morning.",
    "He was seen off by Samdech Moha Bavar Thipadei Ouk Sarin, Samdech Vibol Sena Pheakdei Heng Bora and Samdech Chaufea Veang Kong Vibol.",
  ]);
  const king = person(found, "norodom-kanthar");
  assert.equal(king.name, "Norodom Kanthar");
  assert.equal(king.role, "King");
  assert.equal(king.country, "cambodia");
  for (const id of ["ouk-sarin", "heng-bora", "kong-vibol"]) assert.ok(found.people.some((entry) => entry.id === id), id);
  assert.ok(found.people.every((entry) => !/Samdech|Preah|Moha|Pheakdei|Chaufea/.test(entry.name)));
});

test("Malay honorifics (`Tengku Datuk Seri`, `Dato' Seri`, `Tan Sri`, `Tun`, `Datin Seri Dr`) and `H.E. Mr.`, `Amb.` are stripped", () => {
  const found = extract([
    "Also present were Prime Minister Datuk Seri Azlan Mokhtar and his wife Datin Seri Dr Rohana Ismail, Foreign Minister Dato' Seri Hakim Yusri and Chief Secretary to the Government Tan Sri Razak Omar.",
    "Tun Jamal Bakri and H.E. Mr. Ibrahima Fall met Principal Secretary for Foreign Affairs Amb. Peter Otieno Kamau.",
  ]);
  const expected: [string, string][] = [
    ["azlan-mokhtar", "Azlan Mokhtar"],
    ["rohana-ismail", "Rohana Ismail"],
    ["hakim-yusri", "Hakim Yusri"],
    ["razak-omar", "Razak Omar"],
    ["jamal-bakri", "Jamal Bakri"],
    ["ibrahima-fall", "Ibrahima Fall"],
    ["peter-otieno-kamau", "Peter Otieno Kamau"],
  ];
  for (const [id, name] of expected) assert.equal(person(found, id).name, name);
  assert.equal(person(found, "razak-omar").role, "Chief Secretary to the Government");
  assert.equal(person(found, "peter-otieno-kamau").role, "Principal Secretary for Foreign Affairs");
});

test("hyphenated given names and abbreviated ones stay whole: `Kang Min-jae`, `first lady Yoon Ha-eun`, `Ma. Lourdes Gatchalian`", () => {
  const found = extract([
    "President Kang Min-jae will be accompanied by first lady Yoon Ha-eun on the trip.",
    "In a press briefing, DFA Undersecretary for Bilateral Relations and ASEAN Affairs Ma. Lourdes Gatchalian said the visit was on track.",
  ]);
  assert.equal(person(found, "kang-min-jae").name, "Kang Min-jae");
  assert.equal(person(found, "yoon-ha-eun").role, "first lady");
  assert.equal(person(found, "ma-lourdes-gatchalian").role, "DFA Undersecretary for Bilateral Relations and ASEAN Affairs");
});

test("`Trinh Quoc Thai` and `Trịnh Quốc Thái` are names, not Thailand: a demonym ending a longer name, a word with marks the demonym lacks", () => {
  const plain = extract(["Vietnamese President Trinh Quoc Thai, who is on a state visit to Malaysia, met Prime Minister Azlan Mokhtar."]);
  assert.equal(person(plain, "trinh-quoc-thai").name, "Trinh Quoc Thai");
  assert.ok(!plain.countries.some((country) => country.id === "thailand"));
  const marked = extract(["President Trịnh Quốc Thái chaired the ceremony.", "President Thái welcomed the guests."]);
  assert.deepEqual(person(marked, "trinh-quoc-thai").forms, ["Trịnh Quốc Thái", "President Thái"]);
  assert.ok(!marked.countries.some((country) => country.id === "thailand"));
});

test("the last words of a long name stand for it (`Dela Rosa's official visit`, `Prime Minister Soares Pinto`)", () => {
  const found = extract([
    "Philippine Secretary of Foreign Affairs Maria Cristina Dela Rosa met Prime Minister Mateus Soares Pinto of Timor-Leste.",
    "The talks were held on the sidelines of Dela Rosa's official visit to Indonesia, and Prime Minister Soares Pinto joined later.",
  ]);
  assert.ok(person(found, "maria-cristina-dela-rosa").forms.includes("Dela Rosa"));
  assert.ok(person(found, "mateus-soares-pinto").forms.includes("Soares Pinto"));
  assert.equal(found.visits[0]!.visitor, "maria-cristina-dela-rosa");
});

test("`Sultan Ibrahim` is not `Anwar Ibrahim`: a Malaysian is called by the first word of his name, and a Sultan is no Prime Minister", () => {
  const found = extract([
    "Prime Minister Anwar Ibrahim welcomed the delegation.",
    "Later, Sultan Ibrahim received the guests at the palace, and Anwar hosted a dinner.",
  ]);
  const anwar = person(found, "anwar-ibrahim");
  assert.ok(!anwar.forms.some((form) => form.includes("Sultan")));
  assert.ok(anwar.forms.includes("Anwar"));
  assert.ok(found.people.some((entry) => entry.id === "ibrahim" && entry.forms.includes("Sultan Ibrahim")));
});

test("two people sharing a word stay two: `Sultan Hisham Iskandar` and `Prime Minister Azman Hisham`", () => {
  const found = extract([
    "His Majesty Sultan Hisham Iskandar, the Yang di-Pertuan Agong, hosted a state banquet, attended by Prime Minister Datuk Seri Azman Hisham.",
    "In his royal address, Sultan Hisham praised the partnership. Azman said trade would grow.",
  ]);
  const sultan = person(found, "hisham-iskandar");
  const premier = person(found, "azman-hisham");
  assert.ok(sultan.forms.includes("Sultan Hisham"));
  assert.ok(!premier.forms.includes("Sultan Hisham"));
  assert.ok(premier.forms.includes("Azman"));
  assert.ok(!sultan.forms.includes("Azman"));
});

test("a Vietnamese person is called by the last word of the name, a Korean by the first", () => {
  const found = extract([
    "Prime Minister Phan Văn Hùng met Deputy Minister of Foreign Affairs Phan Thị Mai and President Lee Jae-sung.",
    "Hùng said the talks were useful. President Lee agreed. Phan later left.",
  ]);
  assert.ok(found.people.some((entry) => entry.id === "phan-van-hung" && entry.forms.includes("Hùng")));
  assert.ok(!person(found, "phan-thi-mai").forms.includes("Hùng"));
  assert.ok(person(found, "lee-jae-sung").forms.includes("President Lee"));
});

test("a one-word reference is the word that stands alone in the person's naming custom (`Ibrahim` is not Anwar Ibrahim, `Phan` is not Phan Văn Hùng)", () => {
  const malaysian = extract(["Malaysian Prime Minister Anwar Ibrahim opened the forum.", "Ibrahim said the talks went well."]);
  assert.deepEqual(person(malaysian, "anwar-ibrahim").forms, ["Anwar Ibrahim"]);
  const vietnamese = extract(["Vietnamese Prime Minister Phan Văn Hùng opened the forum.", "Phan said the talks went well, and Hùng agreed."]);
  assert.deepEqual(person(vietnamese, "phan-van-hung").forms, ["Phan Văn Hùng", "Hùng"]);
  const unknown = extract(["Prime Minister Kofi Mensah opened the forum.", "Kofi said the talks went well, and Mensah agreed."]);
  assert.deepEqual(person(unknown, "kofi-mensah").forms, ["Kofi Mensah", "Kofi", "Mensah"]);
});

test("a titled one-word reference fits only someone holding that office (`Sultan Hisham` is not Prime Minister Azman Hisham)", () => {
  const found = extract(["Prime Minister Azman Hisham spoke first.", "Sultan Hisham attended the banquet, and Minister Hisham did not."]);
  const premier = person(found, "azman-hisham");
  assert.ok(!premier.forms.includes("Sultan Hisham"));
  assert.ok(found.people.some((entry) => entry.forms.includes("Sultan Hisham") && entry.id !== "azman-hisham"));
});
