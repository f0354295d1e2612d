// The article renderer and its mention-linking rehype plugin, on small invented paragraphs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderArticleBody } from "../../src/render/article-body.ts";
import { mentionTargets } from "../../src/render/mention-targets.ts";
import rehypeLinkMentions, { type MentionTarget } from "../../src/render/link-mentions.ts";
import { rehype } from "rehype";
import { evidence } from "../support/evidence.ts";

const person = (text: string, id = "marta-kovacs"): MentionTarget => ({ text, href: `/people/${id}/`, id: `person:${id}`, kind: "person" });
const country = (text: string, id = "chile"): MentionTarget => ({ text, href: `/countries/${id}/`, id: `country:${id}`, kind: "country" });

test("each paragraph keeps its #p<index> anchor", () => {
  const html = renderArticleBody({ paragraphs: ["One.", "Two."], targets: [] });
  assert.equal(html, '<p id="p0">One.</p>\n<p id="p1">Two.</p>');
});

test("plain text is escaped, never parsed as HTML or Markdown", () => {
  const html = renderArticleBody({
    paragraphs: ["<script>alert(1)</script> Tom & Jerry", "1. Not a list", "**not bold**"],
    targets: [],
  });
  assert.doesNotMatch(html, /<script/);
  assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script> Tom &#x26; Jerry/);
  assert.match(html, /<p id="p1">1\. Not a list<\/p>/);
  assert.match(html, /<p id="p2">\*\*not bold\*\*<\/p>/);
});

test("links the first mention of each entity, preferring the longest form", () => {
  const html = renderArticleBody({
    paragraphs: ["Marta Kovacs met Kovacs again in Chile.", "Later Kovacs left Chile."],
    targets: [person("Kovacs"), person("Marta"), person("Marta Kovacs"), country("Chile")],
  });
  assert.equal(
    html,
    '<p id="p0"><a href="/people/marta-kovacs/" class="mention mention-person">Marta Kovacs</a> met Kovacs again in ' +
      '<a href="/countries/chile/" class="mention mention-country">Chile</a>.</p>\n<p id="p1">Later Kovacs left Chile.</p>',
  );
});

test("matches whole words only, with diacritics as written", () => {
  const html = renderArticleBody({
    paragraphs: ["The Perus delegation, then Perú itself."],
    targets: [country("Peru", "peru"), country("Perú", "peru")],
  });
  assert.match(html, /The Perus delegation, then <a href="\/countries\/peru\/"[^>]*>Perú<\/a> itself\./);
});

test("a name inside a longer word is skipped, and the same name further on is linked", () => {
  const html = renderArticleBody({
    paragraphs: ["Talks (ÁPerú, 𝐀Perú, 2Perú) named Perú and Tanaka-Chile."],
    targets: [country("Perú", "peru"), country("Chile")],
  });
  assert.equal(
    html,
    '<p id="p0">Talks (ÁPerú, 𝐀Perú, 2Perú) named <a href="/countries/peru/" class="mention mention-country">Perú</a> and Tanaka-' +
      '<a href="/countries/chile/" class="mention mention-country">Chile</a>.</p>',
  );
});

test("a shorter form is linked where the longer one runs on into a word", () => {
  const html = renderArticleBody({ paragraphs: ["Marta Kovacsné spoke."], targets: [person("Marta Kovacs"), person("Marta")] });
  assert.equal(html, '<p id="p0"><a href="/people/marta-kovacs/" class="mention mention-person">Marta</a> Kovacsné spoke.</p>');
});

test("never links inside an existing link", () => {
  const html = String(
    rehype()
      .data("settings", { fragment: true })
      .use(rehypeLinkMentions, { targets: [country("Chile")] })
      .processSync('<p>See <a href="https://example.org/chile">Chile</a> and Chile.</p>'),
  );
  assert.match(html, /<a href="https:\/\/example.org\/chile">Chile<\/a> and <a href="\/countries\/chile\/"/);
});

test("mention targets come from the article's people and countries, skipping entities without a page", () => {
  const targets = mentionTargets(
    {
      people: [
        { id: "ana-ruiz", name: "Ana Ruiz", forms: ["Ana Ruiz", "Ruiz"], role: null, country: null, evidence: evidence("Ana Ruiz spoke.", "Ana Ruiz", "known name") },
        { id: "ghost", name: "Nobody Known", forms: ["Nobody"], role: null, country: null, evidence: evidence("Nobody Known spoke.", "Nobody Known", "known name") },
      ],
      countries: [{ id: "peru", forms: ["Peru", "Peruvian"] }],
    },
    {
      person: (id) => (id === "ana-ruiz" ? "/people/ana-ruiz/" : null),
      country: (id) => `/countries/${id}/`,
    },
  );
  assert.deepEqual(
    targets.map((target) => `${target.kind}:${target.text}→${target.href}`),
    ["person:Ana Ruiz→/people/ana-ruiz/", "person:Ruiz→/people/ana-ruiz/", "country:Peru→/countries/peru/", "country:Peruvian→/countries/peru/"],
  );
});
