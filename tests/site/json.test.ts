// Open data's JSON, streamed a value at a time (src/site/json.ts), is byte for byte what
// JSON.stringify(value, null, 2) writes, with a final newline.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { JsonArrayFile, toJson, writeJsonFile } from "../../src/site/json.ts";

const values: unknown[] = [
  [],
  {},
  [{ id: "a", title: "Tổng Bí thư Tô Lâm thăm Lào", tags: [], nested: { deep: [1, [2, { x: null }]], empty: {} } }, 3, "text\nwith \"quotes\" and \u2028", null, true],
  { type: "FeatureCollection", features: [{ type: "Feature", geometry: null, properties: { name: "Viêng Chăn" } }], empty: [], skipped: undefined },
  [undefined, () => 1, { a: undefined, b: 2 }],
  { date: new Date(Date.UTC(2026, 1, 5)), list: Array.from({ length: 3000 }, (_, i) => ({ i, text: "ສະບາຍດີ ".repeat(20) })) },
  "a lone string",
  42,
];

test("a streamed JSON file is byte for byte JSON.stringify's, for every shape open data has", () => {
  const work = mkdtempSync(path.join(tmpdir(), "json-"));
  try {
    values.forEach((value, index) => {
      const file = path.join(work, `${index}.json`);
      writeJsonFile(file, value);
      assert.equal(readFileSync(file, "utf8"), toJson(value), `value ${index}`);
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test("an array written an item at a time from each item's JSON is byte for byte the array's JSON", () => {
  const work = mkdtempSync(path.join(tmpdir(), "json-"));
  try {
    const arrays = values.filter(Array.isArray).map((list) => list.filter((item) => item !== undefined && typeof item !== "function"));
    arrays.push(Array.from({ length: 3000 }, (_, i) => ({ i, text: "ສະບາຍດີ\n".repeat(40) }))); // past one write's chunk
    arrays.forEach((list, index) => {
      const file = path.join(work, `array-${index}.json`);
      const writer = new JsonArrayFile(file);
      for (const item of list) writer.add(JSON.stringify(item, null, 2));
      writer.close();
      assert.equal(readFileSync(file, "utf8"), toJson(list), `array ${index}`);
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
