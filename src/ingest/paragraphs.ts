// Lines → paragraphs. Scraped articles come in two shapes: one paragraph per line (with or
// without blank lines between), or hard-wrapped text where a paragraph spans several short lines.
// The rule that serves both: if the lines that run on into another line are mostly short
// (≤ WRAP_WIDTH) and mostly stop mid-sentence, the text is hard-wrapped and lines are joined until
// a blank line or a short line that ends a sentence; otherwise every line is a paragraph, unless
// it stops mid-sentence and the next line starts in lower case (a stray wrap).

export type LineUnit =
  /** A blank line or dropped debris: it separates blocks. */
  | { kind: "gap" }
  /** A line lifted out (caption, credit): the paragraph before it ends there. */
  | { kind: "break" }
  /** Article text; `at` is its line number in the body, for ordering credits. */
  | { kind: "text"; text: string; at: number };

export interface AssembledParagraph {
  text: string;
  /** Line numbers of the paragraph's first and last lines. */
  first: number;
  last: number;
}

const WRAP_WIDTH = 100;
const ENDS_SENTENCE = /[.!?…:;"”’)\]]$/u;
const STARTS_CONTINUATION = /^[\p{Ll}\d,;)(–-]/u;

export function assembleParagraphs(units: LineUnit[]): AssembledParagraph[] {
  const width = hardWrapWidth(units);
  const paragraphs: AssembledParagraph[] = [];
  let current: AssembledParagraph | null = null;
  let previous: LineUnit | undefined;
  for (const unit of units) {
    if (unit.kind !== "text") {
      current = null;
    } else if (current && previous?.kind === "text" && continues(previous.text, unit.text, width)) {
      current.text += ` ${unit.text}`;
      current.last = unit.at;
    } else {
      current = { text: unit.text, first: unit.at, last: unit.at };
      paragraphs.push(current);
    }
    previous = unit;
  }
  return paragraphs;
}

/** The wrap width when the text is hard-wrapped, or null when each line is its own paragraph. */
function hardWrapWidth(units: LineUnit[]): number | null {
  const runOn: string[] = [];
  units.forEach((unit, index) => {
    const next = units[index + 1];
    if (unit.kind === "text" && next?.kind === "text") runOn.push(unit.text);
  });
  if (runOn.length < 2) return null;
  const short = runOn.filter((line) => line.length <= WRAP_WIDTH).length;
  // Wrapped lines mostly stop mid-sentence; short one-sentence paragraphs, one per line, do not.
  const midSentence = runOn.filter((line) => !ENDS_SENTENCE.test(line)).length;
  if (short / runOn.length < 0.8 || midSentence / runOn.length < 0.5) return null;
  return Math.max(...runOn.map((line) => line.length));
}

function continues(line: string, next: string, width: number | null): boolean {
  if (width !== null) {
    // In wrapped text, a line well short of the width that ends a sentence closes its paragraph.
    return !(ENDS_SENTENCE.test(line) && line.length < width * 0.75);
  }
  return !ENDS_SENTENCE.test(line) && STARTS_CONTINUATION.test(next);
}
