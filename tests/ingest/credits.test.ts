import { test } from "node:test";
import assert from "node:assert/strict";
import { agencyName, creditedAgencies, sourceNames } from "../../src/ingest/agencies.ts";
import { splitPhotoCredit } from "../../src/ingest/captions.ts";
import { parseCreditLine, splitDateline, stripSignOffs } from "../../src/ingest/credits.ts";

test("agency names expand through data/agencies.json, case and www. aside", () => {
  assert.equal(agencyName("VNA"), "Vietnam News Agency (VNA)");
  assert.equal(agencyName("REUTERS"), "Reuters");
  assert.equal(agencyName("www.vietnamplus.vn"), "Vietnam News Agency (VNA)");
  assert.equal(agencyName("Andes Press"), "Andes Press");
  assert.deepEqual(sourceNames(["VNA", "TTXVN", "KPL", "VNA"]), ["Vietnam News Agency (VNA)", "Lao News Agency (KPL)"]);
});

test("a photo credit with a photographer credits only the agency", () => {
  assert.deepEqual(creditedAgencies("Minh Đức/VNA"), ["VNA"]);
  assert.deepEqual(creditedAgencies("VNA/VNS"), ["VNA", "VNS"]);
  assert.deepEqual(creditedAgencies("Ana Ruiz"), ["Ana Ruiz"]);
});

test("photo credits at the end of a line", () => {
  assert.deepEqual(splitPhotoCredit("Leaders in Quito. Photo: VNA"), { text: "Leaders in Quito.", credit: "VNA" });
  assert.deepEqual(splitPhotoCredit("Leaders in Quito. (Photo: tuoitre.vn) |"), { text: "Leaders in Quito.", credit: "tuoitre.vn" });
  assert.deepEqual(splitPhotoCredit("Leaders in Quito. Photo by Reuters"), { text: "Leaders in Quito.", credit: "Reuters" });
  assert.deepEqual(splitPhotoCredit("Photo: Xinhua"), { text: "", credit: "Xinhua" });
  assert.equal(splitPhotoCredit("She showed the photo: it moved the room."), null);
  assert.equal(splitPhotoCredit("A prize for the World Press Photo."), null);
});

test("credit lines", () => {
  assert.deepEqual(parseCreditLine("Source: VNA"), { kind: "source", agencies: ["VNA"] });
  assert.deepEqual(parseCreditLine("Sources: Xinhua, KPL"), { kind: "source", agencies: ["Xinhua", "KPL"] });
  assert.deepEqual(parseCreditLine("— VNA/VNS"), { kind: "source", agencies: ["VNA", "VNS"] });
  assert.deepEqual(parseCreditLine("By Ana Ruiz and Tomás Peña"), { kind: "byline", byline: "Ana Ruiz and Tomás Peña" });
  assert.deepEqual(parseCreditLine("Translated by Maria Soto"), { kind: "translator", translator: "Maria Soto" });
  assert.equal(parseCreditLine("Chile"), null);
  assert.equal(parseCreditLine("By 2035, trade will double."), null);
});

test("sign-offs at the end of a paragraph", () => {
  assert.deepEqual(stripSignOffs("Both sides agreed. — VNA/VNS"), { text: "Both sides agreed.", agencies: ["VNA", "VNS"] });
  assert.deepEqual(stripSignOffs("Both sides agreed./."), { text: "Both sides agreed.", agencies: [] });
  assert.deepEqual(stripSignOffs("Both sides agreed. (Xinhua)"), { text: "Both sides agreed.", agencies: ["Xinhua"] });
  assert.deepEqual(stripSignOffs("Both sides agreed. Source: KPL"), { text: "Both sides agreed.", agencies: ["KPL"] });
  assert.deepEqual(stripSignOffs("Ties with Chile – ASEAN."), { text: "Ties with Chile – ASEAN.", agencies: [] });
});

test("datelines: the place alone, with the date and agency it carries", () => {
  const opening = (text: string) => {
    const found = splitDateline(text);
    return found && { place: found.place, date: found.date, agencies: found.agencies, text: found.text };
  };
  assert.deepEqual(opening("HUẾ — The festival opened."), { place: "HUẾ", date: null, agencies: [], text: "The festival opened." });
  assert.deepEqual(opening("PHNOM PENH (AKP) — Talks ended."), { place: "PHNOM PENH", date: null, agencies: ["AKP"], text: "Talks ended." });
  assert.equal(splitDateline("Lima — the capital — hosted talks."), null);
  assert.equal(splitDateline("Quito — The city hosted talks."), null);
  assert.deepEqual(opening("Santiago, March 6 (AFP) – Talks ended."), { place: "Santiago", date: "March 6", agencies: ["AFP"], text: "Talks ended." });
  assert.deepEqual(opening("Nairobi (Xinhua) -- Talks ended."), { place: "Nairobi", date: null, agencies: ["Xinhua"], text: "Talks ended." });
});
