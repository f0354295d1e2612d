import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "./support.ts";

test("countries are found by name, alias and demonym, folded, with each form as written", () => {
  const found = extract(["Việt Nam and Viet Nam are one country; Vietnamese and Lao officials met in Laos and the Kingdom of Cambodia."]);
  assert.deepEqual(found.countries, [
    { id: "vietnam", forms: ["Việt Nam", "Viet Nam", "Vietnamese"] },
    { id: "laos", forms: ["Lao", "Laos"] },
    { id: "cambodia", forms: ["Kingdom of Cambodia"] },
  ]);
});

test("a dash joins two countries, a currency prefix is not a country, possessives still count", () => {
  const found = extract(["Chile–Kenya trade reached US$3 billion, Kenya’s highest."]);
  assert.deepEqual(found.countries.map((country) => country.id), ["chile", "kenya"]);
});

test("organisations with their abbreviations, from `Name (ABBR)` or a known abbreviation", () => {
  const found = extract([
    "Leaders of the Patria Socialist Party (PSP) and the Front for National Unity met at the National Academy of Public Administration.",
    "The CPV sent greetings, the Kenya News Agency reported.",
  ]);
  assert.deepEqual(found.organisations, [
    { name: "Patria Socialist Party", abbreviation: "PSP" },
    { name: "Front for National Unity", abbreviation: null },
    { name: "National Academy of Public Administration", abbreviation: null },
    { name: "Kenya News Agency", abbreviation: null },
    { name: "Communist Party of Việt Nam", abbreviation: "CPV" },
  ]);
});

test("an expansion keeps only the words the abbreviation spells", () => {
  const found = extract(["He is General Secretary of the Central Committee of the Andean Workers Party (AWP) and a senator."]);
  assert.ok(found.organisations.some((organisation) => organisation.name === "Andean Workers Party" && organisation.abbreviation === "AWP"));
});

test("a country name written with `’s` inside is read whole (`the People's Republic of China`)", () => {
  const found = extract(["The President will leave for the People's Republic of China on Sunday."]);
  assert.deepEqual(found.countries, [{ id: "china", forms: ["People's Republic of China"] }]);
});
