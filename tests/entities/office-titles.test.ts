// Long office titles before (and after) a name, as agencies write them: complements with `of`,
// `for`, `to`, `at`, `in charge of`, comma lists, lower-case place words, titles joined by `and`
// or by commas, title modifiers, lower-case titles, stacked titles, a counterpart's office, and a
// sign-off line. Each test names the rule of introductions.ts it covers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract, person } from "./support.ts";

const roleOf = (paragraphs: string[], id: string) => person(extract(paragraphs), id).role;

test("`of` lists with commas and `and`: `Deputy Minister of Information, Culture and Tourism X` (KPL)", () => {
  assert.equal(
    roleOf(["The President was accompanied by Deputy Minister of Information, Culture and Tourism Somsak Phanthavong."], "somsak-phanthavong"),
    "Deputy Minister of Information, Culture and Tourism",
  );
  assert.equal(
    roleOf(["KUALA LUMPUR, May 2 (Bernama) -- Minister of Investment, Trade and Industry Tengku Datuk Seri Hafiz Zainal said the talks went well."], "hafiz-zainal"),
    "Minister of Investment, Trade and Industry",
  );
});

test("a title ending in an organisation word goes on with `and …` (`Minister of Foreign Affairs and International Cooperation X`)", () => {
  const found = extract([
    "The documents were signed by Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation Sok Vichea and Minister Thongsavanh Keola.",
  ]);
  assert.equal(person(found, "sok-vichea").role, "Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation");
  assert.equal(person(found, "thongsavanh-keola").role, "Minister");
});

test("`to`, `at`, `for` and `in charge of` complements: ambassadors, secretaries of state, portfolios", () => {
  const found = extract([
    "He was greeted by Cambodian Ambassador to Laos Hem Sophal and Secretary of State at the Ministry of Foreign Affairs and International Cooperation H.E. Ouk Vanna.",
    "Senior Minister in charge of Special Missions H.E. Nhem Dara and Coordinating Minister for Political and Security Affairs Budi Santoso Harahap also attended.",
  ]);
  assert.equal(person(found, "hem-sophal").role, "Ambassador to Laos");
  assert.equal(person(found, "hem-sophal").country, "cambodia");
  assert.equal(person(found, "ouk-vanna").role, "Secretary of State at the Ministry of Foreign Affairs and International Cooperation");
  assert.equal(person(found, "nhem-dara").role, "Senior Minister in charge of Special Missions");
  assert.equal(person(found, "budi-santoso-harahap").role, "Coordinating Minister for Political and Security Affairs");
});

test("lower-case place words inside an office (`Secretary of the municipal Party Committee`, `Governor of Luang Prabang province`)", () => {
  const found = extract([
    "Receiving the guests, Secretary of the municipal Party Committee Lê Văn Thành recalled the city's history.",
    "Governor of Luang Prabang province Khamla Sisavath reported strong tourism growth.",
  ]);
  assert.equal(person(found, "le-van-thanh").role, "Secretary of the municipal Party Committee");
  assert.equal(person(found, "khamla-sisavath").role, "Governor of Luang Prabang province");
  assert.ok(!found.people.some((entry) => entry.id === "luang-prabang"));
});

test("titles joined by commas after a name: `H.E. X, Deputy Prime Minister, Minister of … of the Kingdom of Cambodia,` (MFAIC)", () => {
  const found = extract([
    "At the invitation of H.E. Chan Sereivuth, Deputy Prime Minister, Minister of Foreign Affairs and International Cooperation of the Kingdom of Cambodia, H.E. Mr. Amadou Ba Sarr, Minister of Foreign Affairs of the Republic of Senegal, paid an official visit to the Kingdom of Cambodia from 4 to 5 June 2031.",
  ]);
  assert.equal(person(found, "chan-sereivuth").role, "Deputy Prime Minister, Minister of Foreign Affairs and International Cooperation of the Kingdom of Cambodia");
  assert.equal(person(found, "amadou-ba-sarr").role, "Minister of Foreign Affairs of the Republic of Senegal");
  assert.equal(person(found, "amadou-ba-sarr").country, "senegal");
});

test("title modifiers (`Chief Cabinet Secretary`, `Senior Presidential Secretary for Economic Affairs`) belong to the office", () => {
  const found = extract([
    "Chief Cabinet Secretary Kenta Ishida told a press conference the talks would go ahead.",
    "Senior Presidential Secretary for Economic Affairs Choi Min-ho briefed reporters.",
  ]);
  assert.equal(person(found, "kenta-ishida").role, "Chief Cabinet Secretary");
  assert.equal(person(found, "choi-min-ho").role, "Senior Presidential Secretary for Economic Affairs");
});

test("lower-case titles before a name or in an appositive (`Council chairman Tun X`, `X, chairman of …`, `X, a member of …`)", () => {
  const found = extract([
    "Azlan also received a courtesy call from Look East Policy Council chairman Tun Rashid Osman.",
    "Also present was Malaysian Investment Development Authority chief executive officer Datuk Nor Aini Yusof.",
    "Premier Gao Lin and Zhang Qiming, chairman of the Standing Committee of the National People's Congress, met the guest.",
    "Wen Haoran, a member of the Standing Committee of the Political Bureau of the CPC Central Committee, accompanied him.",
  ]);
  assert.equal(person(found, "rashid-osman").role, "chairman");
  assert.equal(person(found, "nor-aini-yusof").role, "chief executive officer");
  assert.equal(person(found, "zhang-qiming").role, "chairman of the Standing Committee of the National People's Congress");
  assert.equal(person(found, "wen-haoran").role, "member of the Standing Committee of the Political Bureau of the CPC Central Committee");
});

test("stacked titles: `Malaysian King Sultan X`, `the Yang di-Pertuan Agong Sultan X`", () => {
  const found = extract([
    "The Emperor hosted a banquet for Malaysian King Sultan Idris Shah Aminuddin.",
    "Later, the President was received by the Yang di-Pertuan Agong Sultan Idris Shah Aminuddin.",
  ]);
  const king = person(found, "idris-shah-aminuddin");
  assert.equal(king.role, "King");
  assert.ok(king.forms.includes("Idris Shah Aminuddin"));
});

test("a counterpart holds the same office as the person named before it", () => {
  const found = extract([
    "Thai Prime Minister H.E. Somchai Rattanakul arrived on Monday at the invitation of his Cambodian counterpart Samdech Moha Bavar Thipadei Chea Sokha.",
    "President Park Ji-hoon will hold talks with his Vietnamese counterpart, Trinh Van Son, the presidential office said.",
  ]);
  assert.equal(person(found, "chea-sokha").role, "Prime Minister");
  assert.equal(person(found, "trinh-van-son").role, "President");
});

test("a sign-off line: a name, then the office, alone (`Caroline Wambui State House Spokesperson`)", () => {
  const found = extract(["The President will return on Friday.", "Grace Wambui Mutua State House Spokesperson"]);
  assert.equal(person(found, "grace-wambui-mutua").role, "State House Spokesperson");
  assert.equal(person(found, "grace-wambui-mutua").evidence.rule, "name above title (sign-off)");
});
