import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadAuthority, parseAuthority } from "../../src/model/authority.ts";
import { authority } from "./support.ts";

test("the shipped authority file loads and lists the countries the brief names", () => {
  const ids = new Set(authority.countries.map((country) => country.id));
  for (const id of ["vietnam", "laos", "cambodia", "thailand", "indonesia", "china", "united-states", "chile", "kenya"]) assert.ok(ids.has(id), id);
  const vietnam = authority.countries.find((country) => country.id === "vietnam")!;
  assert.equal(vietnam.name, "Việt Nam");
  assert.ok(vietnam.aliases.includes("Vietnam") && vietnam.aliases.includes("Viet Nam") && vietnam.demonyms.includes("Vietnamese"));
  assert.ok(authority.honorifics.includes("Akka Moha Sena Padei Techo"));
});

test("the authority holds no events (no dates anywhere)", () => {
  assert.doesNotMatch(JSON.stringify(authority), /\b(19|20)\d\d-\d\d-\d\d\b|\b(January|February|March|April|June|July|August|September|October|November|December) \d/);
});

function writeTemp(content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "authority-")), "authority.json");
  writeFileSync(file, content);
  return file;
}

test("a broken authority file fails with the file and the field in the message", () => {
  const broken = structuredClone(authority) as unknown as { countries: { id: string }[] };
  broken.countries[1]!.id = "Not A Slug";
  const file = writeTemp(JSON.stringify(broken));
  assert.throws(() => loadAuthority(file), (error: Error) => error.message.startsWith(`${file}: countries.1.id:`));
});

test("bad JSON, unknown fields and unknown country ids are reported with the file", () => {
  const bad = writeTemp("{ not json");
  assert.throws(() => loadAuthority(bad), (error: Error) => error.message.startsWith(`${bad}: not valid JSON`));
  const extra = { ...structuredClone(authority), events: [] };
  assert.throws(() => parseAuthority(extra, "data/authority.json"), /data\/authority\.json: .*events/);
  const orphan = structuredClone(authority);
  orphan.people.push({ name: "Ana Lima", aliases: [], country: "atlantis" });
  assert.throws(() => parseAuthority(orphan, "data/authority.json"), /people\.\d+\.country: unknown country id "atlantis"/);
  assert.throws(() => loadAuthority("/nonexistent/authority.json"), /\/nonexistent\/authority\.json: cannot be read/);
});

test("cities map to known countries, unaccented spellings included; a city written like a country, twice, or in an unknown country fails with the field", () => {
  const hanoi = authority.cities.find((city) => city.name === "Hà Nội")!;
  assert.equal(hanoi.country, "vietnam");
  assert.ok(hanoi.aliases.includes("Hanoi") && hanoi.aliases.includes("Ha Noi"));
  const ids = new Set(authority.countries.map((country) => country.id));
  assert.ok(authority.cities.every((city) => ids.has(city.country)));
  const orphan = structuredClone(authority);
  orphan.cities.push({ name: "Atlantis City", aliases: [], country: "atlantis" });
  assert.throws(() => parseAuthority(orphan, "data/authority.json"), /cities\.\d+\.country: unknown country id "atlantis"/);
  const countryLike = structuredClone(authority);
  countryLike.cities.push({ name: "Kenya", aliases: [], country: "kenya" });
  assert.throws(() => parseAuthority(countryLike, "data/authority.json"), /cities\.\d+: "Kenya" is written like a country/);
  const twice = structuredClone(authority);
  twice.cities.push({ name: "Hanoi", aliases: [], country: "vietnam" });
  assert.throws(() => parseAuthority(twice, "data/authority.json"), /cities\.\d+: "Hanoi" is also cities\.\d+/);
});

test("a country listed under both naming customs, or an unknown one, fails", () => {
  const both = structuredClone(authority);
  both.shortNames.last.push("malaysia");
  assert.throws(() => parseAuthority(both, "data/authority.json"), /shortNames: "malaysia" is listed under both first and last/);
  const unknown = structuredClone(authority);
  unknown.shortNames.first.push("atlantis");
  assert.throws(() => parseAuthority(unknown, "data/authority.json"), /shortNames\.first\.\d+: unknown country id "atlantis"/);
});
