// Invisible characters: removed from derived text, neutralised in body text, escaped in file names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { INVISIBLE, neutraliseInvisible, removeInvisible } from "../../src/text/invisible.ts";
import { quotePath } from "../../src/text/quote-path.ts";

const RLO = "\u202E";
const PDF = "\u202C";
const RLI = "\u2067";
const PDI = "\u2069";
const ZWSP = "\u200B";
const ZWJ = "\u200D";

test("derived text keeps no bidi control, mark or zero-width character", () => {
  assert.equal(removeInvisible(`${RLO}General Secretary To Lam arrives in Vientiane${PDF}`), "General Secretary To Lam arrives in Vientiane");
  assert.equal(removeInvisible(`Tô${ZWSP} Lâm and \u2066Hun Manet\u2069 \u200Emeet`), "Tô Lâm and Hun Manet meet");
  assert.equal(removeInvisible("Sonexay\u00ADSiphandone\uFEFF"), "SonexaySiphandone");
  assert.equal(removeInvisible("Thongloun\u2028Sisoulith"), "Thongloun Sisoulith");
  assert.equal(removeInvisible("a\u001B[31mred\u0007"), "a[31mred");
  assert.doesNotMatch(removeInvisible(`x${"\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF"}y`), INVISIBLE);
});

test("joiners stay where a script needs them and go where they only hide a break", () => {
  assert.equal(removeInvisible(`To${ZWJ}Lam`), "ToLam");
  assert.equal(removeInvisible(`Hà${ZWJ} Nội`), "Hà Nội");
  // Persian `می‌خواهم` and the family emoji are written with joiners.
  assert.equal(removeInvisible("می\u200Cخواهم"), "می\u200Cخواهم");
  assert.equal(removeInvisible(`👩${ZWJ}👧`), `👩${ZWJ}👧`);
});

test("body text: an override becomes an isolate and every isolate closes on its own line", () => {
  const body = neutraliseInvisible(`Trade rose ${RLO}%01 ot${PDF} in 2025.\nAn opener ${RLO}left open\nand a stray closer${PDF} here`);
  const [first, second, third] = body.split("\n");
  assert.equal(first, `Trade rose ${RLI}%01 ot${PDI} in 2025.`);
  assert.equal(second, `An opener ${RLI}left open${PDI}`);
  assert.equal(third, "and a stray closer here");
  assert.doesNotMatch(body, /[\u202A-\u202E]/);
});

test("body text: direction marks are kept, zero-width spaces and control codes removed", () => {
  assert.equal(neutraliseInvisible(`quoted \u200Fשלום\u200F here`), `quoted \u200Fשלום\u200F here`);
  assert.equal(neutraliseInvisible(`Tô${ZWSP} Lâm met\u0000 Hun\u00AD Manet`), "Tô Lâm met Hun Manet");
  assert.equal(neutraliseInvisible("one\u2029two\ttabs"), "one\ntwo\ttabs");
});

test("file names: plain ones as they are, others quoted with controls and invisibles escaped", () => {
  assert.equal(quotePath("seeds/042_visit.txt"), "seeds/042_visit.txt");
  assert.equal(quotePath("seeds/Bài-1.md"), "seeds/Bài-1.md");
  assert.equal(quotePath("seeds/Bài 1.md"), '"seeds/Bài 1.md"');
  assert.equal(quotePath("seeds/a\nerror: seeds/b.txt"), '"seeds/a\\nerror: seeds/b.txt"');
  assert.equal(quotePath("seeds/\u001B[31mred.txt"), '"seeds/\\u{1b}[31mred.txt"');
  assert.equal(quotePath(`seeds/${RLO}txt.md`), '"seeds/\\u{202e}txt.md"');
  assert.equal(quotePath('say "hi".txt'), '"say \\"hi\\".txt"');
  assert.doesNotMatch(quotePath("x\u0007\r\n\u2066"), /[\u0000-\u001F\u2066]/);
});
