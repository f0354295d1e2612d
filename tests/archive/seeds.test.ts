// Seed-level archive checks (may use seed facts) through the real pipeline, cold: what the site's
// open data cannot show (the archive without the authority's known people), the countries'
// relations, and that no seed fact is written into the extraction code. The per-visit facts are
// read from the built site in tests/pipeline/seed-records.test.ts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildArchive } from "../../src/pipeline.ts";
import { loadAuthority } from "../../src/model/authority.ts";
import type { Archive } from "../../src/model/schema.ts";
import { matchKey } from "../../src/text/fold.ts";

const root = process.cwd();
const authority = loadAuthority("data/authority.json");
const archiveWith = (dataDir: string): Archive => buildArchive({ input: "seeds", dataDir, cache: null, root });
const archive = archiveWith("data");

const PEOPLE = [
  "Tô Lâm",
  "Thongloun Sisoulith",
  "Lê Hoài Trung",
  "Phạm Minh Chính",
  "Trần Thanh Mẫn",
  "Sonexay Siphandone",
  "Saysomphone Phomvihane",
  "Kaysone Phomvihane",
  "Hun Sen",
  "Kikeo Khaykhamphithoune",
];

test("the same people and visits come out without the authority's list of known people", () => {
  const data = mkdtempSync(path.join(tmpdir(), "bare-authority-"));
  try {
    cpSync("data", data, { recursive: true });
    writeFileSync(path.join(data, "authority.json"), JSON.stringify({ ...authority, people: [] }));
    const built = archiveWith(data);
    const ids = (records: { id: string }[]) => records.map((record) => record.id).sort();
    assert.deepEqual(ids(built.events), ids(archive.events));
    for (const name of PEOPLE) assert.equal(built.people.filter((person) => matchKey(person.name) === matchKey(name)).length, 1, name);
    // Without the editor's spelling, the name keeps every diacritic a seed writes: `Le Hoài Trung`.
    assert.equal(built.people.find((person) => person.id === "le-hoai-trung")!.name, "Le Hoài Trung");
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});

test("countries: Việt Nam, Laos and Cambodia with the relations the visits give them", () => {
  const vietnam = archive.countries.find((country) => country.id === "vietnam")!;
  assert.equal(vietnam.name, "Việt Nam");
  assert.ok(vietnam.aliases.includes("Vietnam") && vietnam.aliases.includes("Vietnamese"));
  assert.deepEqual(vietnam.relations.map((relation) => relation.country), ["cambodia", "laos"]);
  assert.equal(vietnam.relations.find((relation) => relation.country === "laos")!.events.length, 3);
});

test("no fact about a seed is written in the extractor or archive code, nor in the authority's non-people data", () => {
  const forbidden = ["thongloun", "to lam", "tô lâm", "hun sen", "sonexay", "saysomphone", "kaysone", "kikeo", "nhandan", "2026-02", "2025-12", "le hoai trung"];
  const files = ["src/ingest", "src/ingest/entities", "src/ingest/dates", "src/archive", "src/corrections", "src/duplicates", "src/report", "src/text", "src/util"].flatMap((dir) =>
    readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith(".ts")).map((entry) => `${dir}/${entry.name}`),
  );
  for (const file of files) {
    const text = matchKey(readFileSync(file, "utf8"));
    for (const word of forbidden) assert.ok(!text.includes(matchKey(word)), `${file} mentions ${word}`);
  }
  const { people: _known, ...rest } = authority;
  const data = matchKey(JSON.stringify(rest));
  for (const word of forbidden) assert.ok(!data.includes(matchKey(word)), `authority mentions ${word}`);
});
