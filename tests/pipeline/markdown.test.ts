import { test } from "node:test";
import assert from "node:assert/strict";
import { markdownToText } from "../../src/ingest/markdown.ts";

test("Markdown reads as plain paragraphs: marks dropped, links keep their address, lists and quotes split", () => {
  const { text, images, headline } = markdownToText(
    [
      "**LIMA** — President *Ana Rojas* met [the minister](https://example.org/m) today.",
      "",
      "## Trade",
      "",
      "- first point,",
      "- second point.",
      "",
      "> A quoted line.",
    ].join("\n"),
  );
  assert.equal(headline, null);
  assert.deepEqual(images, []);
  assert.deepEqual(text.split("\n\n"), [
    "LIMA — President Ana Rojas met the minister (https://example.org/m) today.",
    "Trade",
    "first point,",
    "second point.",
    "A quoted line.",
  ]);
});

test("an opening # heading is the headline; images become captions, credited from a Photo: title", () => {
  const result = markdownToText('# Chile and Kenya sign a trade pact\n\nText.\n\n![Leaders in Lima](a.jpg "Photo: AFP")\n\n![](b.jpg)\n');
  assert.equal(result.headline, "Chile and Kenya sign a trade pact");
  assert.equal(result.text, "Text.");
  assert.deepEqual(result.images, [
    { text: "Leaders in Lima", credit: "AFP" },
    { text: "b.jpg", credit: null },
  ]);
});

test("a heading too short or too long for a title stays in the body", () => {
  assert.equal(markdownToText("# Hi\n\nText.").headline, null);
  assert.equal(markdownToText("# Hi\n\nText.").text, "Hi\n\nText.");
});
