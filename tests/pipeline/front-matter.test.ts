import { test } from "node:test";
import assert from "node:assert/strict";
import { readFrontMatter } from "../../src/ingest/front-matter.ts";

test("front matter fields become overrides; unknown fields are kept in extra", () => {
  const overrides = readFrontMatter(
    { title: "Chile and Kenya sign a trade pact", date: new Date(Date.UTC(2024, 2, 11)), source: "Reuters", tags: ["trade"] },
    "seeds/x.md",
  );
  assert.equal(overrides.title, "Chile and Kenya sign a trade pact");
  assert.equal(overrides.date, "2024-03-11");
  assert.deepEqual(overrides.sources, ["Reuters"]);
  assert.deepEqual(overrides.extra, { tags: ["trade"] });
});

test("`published` wins over `date`, `author` stands in for `byline`", () => {
  const overrides = readFrontMatter({ date: "2024-01-01", published: "2024-01-02", author: "A. Writer" }, "seeds/x.md");
  assert.equal(overrides.date, "2024-01-02");
  assert.equal(overrides.byline, "A. Writer");
});

test("a wrongly typed field fails naming the file and the field", () => {
  assert.throws(() => readFrontMatter({ title: 42 }, "seeds/bad.md"), /^InputError: seeds\/bad\.md: front matter: title: .*expected string/);
});
