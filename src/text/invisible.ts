// Invisible characters in article text: bidi controls, zero-width and other format characters,
// stray control codes. They can reverse how a title displays (U+202E), split one name into two
// (`Tô\u200B Lâm`), or forge a line in a log. Body text is neutralised (its direction hints stay,
// but can no longer reverse text or leak past their line); derived text — titles, summaries,
// names, datelines — keeps none of them.

/** Embeddings and overrides (U+202A–U+202E): an override displays the text after it reversed. */
const EMBEDDINGS = /[\u202A-\u202E]/g;
/** Isolates (U+2066–U+2069): the safe modern form of a direction change, closed within a line. */
const ISOLATES = /[\u2066-\u2069]/g;
/** Direction marks: LRM, RLM, ALM. Harmless in body text, meaningless in a title. */
const MARKS = /[\u200E\u200F\u061C]/g;
/**
 * Format characters with no visible effect outside special scripts: zero-width space, word joiner,
 * invisible operators, deprecated format controls, BOM, soft hyphen, Mongolian vowel separator,
 * interlinear annotation, language tags.
 */
const HIDDEN = /[\u00AD\u180E\u200B\u2060-\u2064\u206A-\u206F\uFEFF\uFFF9-\uFFFB]|\u{E0001}|[\u{E0020}-\u{E007F}]/gu;
/** C0 and C1 control codes other than tab and line feed, and Unicode non-characters. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
/** U+2028/U+2029 are line and paragraph breaks that most tools do not treat as such. */
const LINE_SEPARATORS = /\u2028|\u2029/g;

/**
 * Zero-width joiners shape Arabic and Indic letters and emoji sequences; beside Latin, Greek or
 * Cyrillic letters, spaces or punctuation they only hide a break inside a word or a name.
 */
const JOINER = /[\u200C\u200D]/g;
const JOINABLE = /[\p{L}\p{M}\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F]/u;
const UNJOINED_SCRIPTS = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/** Every character `neutraliseInvisible` or `removeInvisible` would change, for tests and quoting. */
export const INVISIBLE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFDD0-\uFDEF\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF]|\u{E0001}|[\u{E0020}-\u{E007F}]/u;

/** Each invisible character written as `\u{202e}`, so a message shows what a name really holds. */
export function showInvisible(text: string): string {
  let shown = "";
  for (const char of text) shown += INVISIBLE.test(char) ? `\\u{${char.codePointAt(0)!.toString(16)}}` : char;
  return shown;
}

/**
 * Body text, where text enters the pipeline: hidden characters and control codes removed,
 * embeddings and overrides turned into isolates (so a direction change can no longer reverse
 * Latin text), and every isolate closed on its own line.
 */
export function neutraliseInvisible(text: string): string {
  const lines = dropJoiners(text.replace(LINE_SEPARATORS, "\n").replace(CONTROLS, "").replace(HIDDEN, ""))
    .replace(EMBEDDINGS, (control) => ISOLATE_FOR[control]!)
    .split("\n");
  return lines.map(balanceIsolates).join("\n");
}

/** Derived text (titles, summaries, names, datelines): no invisible characters at all. */
export function removeInvisible(text: string): string {
  return dropJoiners(text.replace(LINE_SEPARATORS, " ").replace(CONTROLS, "").replace(HIDDEN, ""))
    .replace(EMBEDDINGS, "")
    .replace(ISOLATES, "")
    .replace(MARKS, "");
}

const ISOLATE_FOR: Record<string, string> = {
  "\u202A": "\u2066", // LRE → LRI
  "\u202D": "\u2066", // LRO → LRI
  "\u202B": "\u2067", // RLE → RLI
  "\u202E": "\u2067", // RLO → RLI
  "\u202C": "\u2069", // PDF → PDI
};

function dropJoiners(text: string): string {
  return text.replace(JOINER, (joiner, offset: number) => {
    const before = [...text.slice(Math.max(0, offset - 2), offset)].at(-1) ?? "";
    const after = [...text.slice(offset + 1, offset + 3)][0] ?? "";
    const joins = (char: string) => JOINABLE.test(char) && !UNJOINED_SCRIPTS.test(char);
    return joins(before) && joins(after) ? joiner : "";
  });
}

/** A closing PDI without an opener is dropped; openers still open at the end of the line are closed. */
function balanceIsolates(line: string): string {
  let open = 0;
  const balanced = line.replace(ISOLATES, (control) => {
    if (control !== "\u2069") {
      open++;
      return control;
    }
    if (open === 0) return "";
    open--;
    return control;
  });
  return balanced + "\u2069".repeat(open);
}
