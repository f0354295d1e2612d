// Dates an article writes as its own: date lines, timestamps, place-and-date lines and agency
// datelines, read by cleaning into `writtenDates` with the dateline's place alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "../../src/ingest/clean.ts";
import { readDateLine } from "../../src/ingest/dates/written.ts";

/** `rule: words → readings` for each written date of a cleaned text. */
function written(text: string): string[] {
  return cleanText(text).writtenDates.map((date) => {
    const readings = date.readings.map((reading) => `${reading.year ?? "????"}-${String(reading.month).padStart(2, "0")}-${String(reading.day).padStart(2, "0")}`);
    return `${date.rule}: ${date.text.slice(date.start, date.end)} → ${readings.join(" | ")}`;
  });
}

test("a date line in capitals with its weekday, above the headline", () => {
  const cleaned = cleanText("TUESDAY, MAY 5, 2026\nChilean President pays tribute in HCM City\n\nHCM CITY (VNA) – President Ana Lima laid flowers this morning.");
  assert.deepEqual(written("TUESDAY, MAY 5, 2026\n\nLead text follows here."), ["date line: MAY 5, 2026 → 2026-05-05"]);
  assert.equal(cleaned.writtenDates[0]?.weekday, 2);
  assert.equal(cleaned.dateline, "HCM CITY");
  assert.ok(cleaned.paragraphs.every((paragraph) => !/TUESDAY/.test(paragraph)), "the date line leaves the body");
});

test("timestamp lines in the shapes agencies and portals print", () => {
  assert.deepEqual(written("Headline of the day\nMarch 12, 2026, 14:05 [GMT+7]\nHanoi (VNA) – Talks opened."), ["timestamp line: March 12, 2026 → 2026-03-12"]);
  assert.deepEqual(written("December 31, 2025 - 19:45\n\nHÀ NỘI — The minister will travel."), ["timestamp line: December 31, 2025 → 2025-12-31"]);
  assert.deepEqual(written("Jan 9, 2026 | 12:43 JST\n\nTOKYO - The premier will fly."), ["timestamp line: Jan 9, 2026 → 2026-01-09"]);
  assert.deepEqual(written("September 22, 2026 18:40 WIB\n\nJakarta (ANTARA) - Talks ended."), ["timestamp line: September 22, 2026 → 2026-09-22"]);
  assert.deepEqual(written("15:02 April 10, 2026\n\nSEOUL, April 10 (Yonhap) -- The president will go."), [
    "dateline: April 10 → ????-04-10",
    "timestamp line: April 10, 2026 → 2026-04-10",
  ]);
  assert.deepEqual(written("14 MAY, 14:22\n\nMOSCOW, May 14. /TASS/. The leader will arrive."), ["dateline: May 14 → ????-05-14", "timestamp line: 14 MAY → ????-05-14"]);
});

test("numeric dates keep both readings unless a part is over 12 or both parts agree", () => {
  assert.deepEqual(written("31/03/2026 20:15\n\nVGP - The chairman will visit."), ["timestamp line: 31/03/2026 → 2026-03-31"]);
  assert.deepEqual(written("03/07/2026 09:45 PM\n\nText."), ["timestamp line: 03/07/2026 → 2026-07-03 | 2026-03-07"]);
  assert.deepEqual(written("09/09/2026 16:30\n\nText."), ["timestamp line: 09/09/2026 → 2026-09-09"]);
  assert.deepEqual(written("Posted on 04/05/2026 by admin\n\nBUDAPEST – The speaker received the guest."), ["posted line: 04/05/2026 → 2026-05-04 | 2026-04-05"]);
});

test("a place and a date on a line of their own name the place when no dateline does", () => {
  const release = cleanText("PRESS RELEASE\n\nThe minister paid an official visit from 4 to 5 June 2026.\n\nPhnom Penh, 05/06/2026");
  assert.equal(release.dateline, "Phnom Penh");
  assert.deepEqual(release.paragraphs, ["PRESS RELEASE", "The minister paid an official visit from 4 to 5 June 2026."]);
  const statehouse = cleanText("Nairobi, Friday 9th October 2026\n\nPresident Kariuki will on Sunday leave for China.");
  assert.equal(statehouse.dateline, "Nairobi");
  assert.equal(statehouse.writtenDates[0]?.weekday, 5);
});

test("agency datelines: the place alone, the date and agency lifted out of the lead", () => {
  const cases: [string, string | null, string, string][] = [
    ["Vientiane, March 06, 2026 (KPL) – Prime Minister X met Y.", "Vientiane", "March 06, 2026", "Lao News Agency (KPL)"],
    ["KPL Vientiane, May 8, 2026 - The President paid a working visit.", "Vientiane", "May 8, 2026", "Lao News Agency (KPL)"],
    ["LAOS, June 18 - The Thai minister concluded his visit today.", "LAOS", "June 18", ""],
    ["Phnom Penh, September 21, 2026 AKP -- His Majesty left for Jakarta.", "Phnom Penh", "September 21, 2026", "Agence Kampuchea Presse (AKP)"],
    ["BEIJING, Oct. 14 (Xinhua) -- The two presidents held talks.", "BEIJING", "Oct. 14", "Xinhua News Agency"],
    ["Tokyo, Nov. 26 (Jiji Press)--The Emperor hosted a banquet.", "Tokyo", "Nov. 26", "Jiji Press"],
    ["Havana, May 20 (Prensa Latina) The official visit opened new horizons.", "Havana", "May 20", "Prensa Latina"],
    ["MOSCOW, May 14. /TASS/. The leader will pay an official visit.", "MOSCOW", "May 14", "TASS"],
  ];
  for (const [lead, place, date, source] of cases) {
    const cleaned = cleanText(`A headline without a full stop\n\n${lead}`);
    assert.equal(cleaned.dateline, place, lead);
    assert.equal(cleaned.writtenDates[0]?.rule, "dateline", lead);
    const written = cleaned.writtenDates[0]!;
    assert.equal(written.text.slice(written.start, written.end), date, lead);
    assert.equal(cleaned.sources.join(""), source, lead);
    assert.ok(!cleaned.paragraphs[1]!.includes(date), `the dateline leaves the lead: ${cleaned.paragraphs[1]}`);
  }
});

test("an agency alone opening the lead credits it and names no place", () => {
  const cleaned = cleanText("Headline here\n\nVGP - According to the ministry, the speaker will visit.");
  assert.equal(cleaned.dateline, null);
  assert.deepEqual(cleaned.sources, ["Government News (baochinhphu.vn)"]);
  assert.equal(cleaned.paragraphs[1], "According to the ministry, the speaker will visit.");
});

test("only a whole line that is a date is a date line", () => {
  for (const line of [
    "The talks were held on March 12, 2026 in Hanoi.",
    "Copyright © ANTARA 2026",
    "March 2026",
    "15:02",
    "Minister Ana Lima, May 5",
    "13/13/2026 10:00",
    "Posted by admin",
  ]) {
    assert.equal(readDateLine(line), null, line);
  }
});
