// What must NOT be read: one table per rule family, each case a sentence as agencies write it and
// the wrong reading a careless rule would make. A rule change that brings one back fails here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "./support.ts";

interface NoPerson {
  rule: string;
  text: string[];
  /** Words no person's name may hold. */
  notName: string;
}

const NO_PERSON: NoPerson[] = [
  { rule: "headline", text: ["Thai Prime Minister Arrives in Phnom Penh for Official Visit"], notName: "Arrives" },
  { rule: "headline", text: ["His Majesty the King Leaves for State Visit to Indonesia"], notName: "Leaves" },
  { rule: "headline", text: ["AGONG HOSTS STATE BANQUET FOR VIETNAMESE PRESIDENT"], notName: "Hosts" },
  { rule: "city", text: ["During his stay in Hà Nội, the Lao Prime Minister is scheduled to meet the President."], notName: "Nội" },
  { rule: "city", text: ["While in Luang Prabang, the President also received the ambassador."], notName: "Prabang" },
  { rule: "honorific", text: ["Samdech Moha Bavar Thipadei Chea Sokha thanked the hosts."], notName: "Moha" },
  { rule: "honorific", text: ["Tengku Datuk Seri Hafiz Zainal said the pledges were firm."], notName: "Tengku" },
  { rule: "complement", text: ["General Secretary Lâm and his spouse at the National Day celebration were applauded."], notName: "Day" },
  { rule: "complement", text: ["Also present were Malaysian Ambassador to Japan Datuk Hana Rahim and Malaysian Investment Development Authority chief executive officer Datuk Farid Yunus."], notName: "Authority" },
  { rule: "place", text: ["He was welcomed at Merdeka Palace by the Foreign Minister."], notName: "Merdeka" },
  { rule: "source", text: ["According to the Ministry of Foreign Affairs, the visit will take place next week."], notName: "According" },
];

interface NoVisit {
  rule: string;
  text: string[];
  published: string;
  /** The wrong visit: every field given must match for it to count as read. */
  visit: { visitor?: string | null; host?: string };
}

const NO_VISIT: NoVisit[] = [
  { rule: "own country", text: ["Lao President Khamsing Vongsa paid a working visit to Luang Prabang province on May 6-7."], published: "2031-05-08", visit: { host: "laos" } },
  { rule: "own country", text: ["Thai Foreign Minister Anan Sukjai concluded his visit to Laos today.", "The minister left Vientiane this afternoon for Bangkok by car."], published: "2031-06-18", visit: { host: "thailand" } },
  { rule: "host", text: ["President Budi Hartono hosted a banquet for King Norodom Vireak of Cambodia, who is on a state visit to Indonesia."], published: "2031-09-22", visit: { visitor: "budi-hartono" } },
  { rule: "host", text: ["Prime Minister Lê Minh Quân welcomed South Korean President Choi Ji-ho on his first visit to Vietnam."], published: "2031-04-16", visit: { visitor: "le-minh-quan" } },
  { rule: "departure", text: ["President Paul Mwangi Njoroge will on Sunday leave the country for China, where he will make a state visit from Monday."], published: "2031-10-09", visit: { host: "kenya" } },
  { rule: "history", text: ["The Lao leader last visited Russia in 2024, the Kremlin said."], published: "2031-05-14", visit: { host: "russia" } },
  { rule: "ambassador at post", text: ["The President received Vietnamese Ambassador to Laos Nguyễn Văn Hải, who was on a working trip to the northern provinces."], published: "2031-05-08", visit: { visitor: "nguyen-van-hai" } },
];

for (const { rule, text, notName } of NO_PERSON) {
  test(`no person "${notName}" (${rule}): ${text.join(" ")}`, () => {
    const found = extract(text);
    const offending = found.people.find((person) => ` ${person.name} `.includes(` ${notName} `));
    assert.equal(offending, undefined, `read ${offending?.name}`);
  });
}

for (const { rule, text, published, visit } of NO_VISIT) {
  test(`no visit ${JSON.stringify(visit)} (${rule}): ${text.join(" ")}`, () => {
    const found = extract(text, { published });
    const offending = found.visits.find(
      (candidate) => (visit.visitor === undefined || candidate.visitor === visit.visitor) && (visit.host === undefined || candidate.host === visit.host),
    );
    assert.equal(offending, undefined, `read ${offending?.visitor} → ${offending?.host}`);
  });
}
