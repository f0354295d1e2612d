import { test } from "node:test";
import assert from "node:assert/strict";
import { foldDiacritics, matchKey, slugify } from "../../src/text/fold.ts";
import { splitSentences } from "../../src/text/sentences.ts";

test("folds Vietnamese diacritics including đ", () => {
  assert.equal(foldDiacritics("Tô Lâm"), "To Lam");
  assert.equal(foldDiacritics("Đà Nẵng"), "Da Nang");
  assert.equal(foldDiacritics("Việt Nam"), "Viet Nam");
});

test("match keys ignore case, accents and punctuation", () => {
  assert.equal(matchKey("Lê Hoài Trung"), matchKey("le hoai trung"));
  assert.equal(matchKey("People’s Army"), "peoples army");
});

test("slugs are folded ASCII with hyphens", () => {
  assert.equal(slugify("Phạm Minh Chính"), "pham-minh-chinh");
  assert.equal(slugify("Đồng Tháp  River"), "dong-thap-river");
});

test("splits sentences but not after initials or abbreviations", () => {
  assert.deepEqual(splitSentences("Mr. Nam arrived. He met J. Smith on Feb. 3. Talks went well!"), [
    "Mr. Nam arrived.",
    "He met J. Smith on Feb. 3.",
    "Talks went well!",
  ]);
  assert.deepEqual(splitSentences("Trade reached US$3.5 billion. Both sides agreed."), [
    "Trade reached US$3.5 billion.",
    "Both sides agreed.",
  ]);
});
