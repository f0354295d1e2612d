// Money amounts in article text (`US$10 billion`, `15 billion USD`, `over 4.8 billion USD`), each
// tied to its sentence and paragraph. Plain counts (700 officials) are left out on purpose: they
// would flood the list and say little on an event page.
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readDataFile } from "../model/data-file.ts";
import type { Figure } from "../model/schema.ts";
import { splitSentences } from "../text/sentences.ts";

const CURRENCY_FILE = fileURLToPath(new URL("../../data/currencies.json", import.meta.url));
const CurrencyTable = z.object({
  /** Written before the number: `US$`, `€`, `RMB`. */
  prefix: z.record(z.string().min(1), z.string().regex(/^[A-Z]{3}$/)),
  /** Written after the number (and its scale word): `dollars`, `dong`. */
  suffix: z.record(z.string().min(1), z.string().regex(/^[A-Z]{3}$/)),
  /** ISO 4217 codes, accepted on either side of the number. */
  codes: z.array(z.string().regex(/^[A-Z]{3}$/)),
});
const CURRENCIES = readDataFile(CURRENCY_FILE, CurrencyTable);

const SCALES: Record<string, number> = {
  trillion: 12, tn: 12, billion: 9, bn: 9, million: 6, mn: 6, m: 6, thousand: 3, k: 3,
};

/** `over`, `more than` … are kept in `text` so the figure reads as the article meant it. */
const QUALIFIER = String.raw`(?:(?:more|less|fewer)\s+than|over|under|nearly|almost|about|around|approximately|roughly|some|up\s+to|at\s+least|at\s+most)`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`trillion|billion|million|thousand|tn|bn|mn|m|k`;
const SPACE = String.raw`[\s\u00A0]`;
/** The upper end of a range (`US$3-5 billion`); the value is the lower end, the text keeps both. */
const RANGE_END = String.raw`(?:${SPACE}*(?:-|–|to)${SPACE}*(?:${NUMBER}))?`;

function alternation(words: Iterable<string>): string {
  // Longest first, so `US$` wins over `$` and `US dollars` over `dollars`.
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}

const PREFIXES = alternation([...Object.keys(CURRENCIES.prefix), ...CURRENCIES.codes]);
const SUFFIXES = alternation([...Object.keys(CURRENCIES.suffix), ...CURRENCIES.codes]);

// Either `CUR 1.2 billion` or `1.2 billion CUR`; a letter or digit may not touch either end.
const MONEY = new RegExp(
  String.raw`(?<![\p{L}\d.,$])(?:${QUALIFIER}${SPACE}+)?` +
    String.raw`(?:(?<pre>${PREFIXES})${SPACE}?(?<preNumber>${NUMBER})${RANGE_END}(?:${SPACE}*(?<preScale>${SCALE})(?![\p{L}\d]))?` +
    String.raw`|(?<number>${NUMBER})${RANGE_END}(?:${SPACE}*(?<scale>${SCALE}))?${SPACE}*(?<suf>${SUFFIXES}))(?![\p{L}\d])`,
  "gu",
);

export function extractFigures(paragraphs: string[]): Figure[] {
  const figures: Figure[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const sentence of splitSentences(paragraph)) {
      for (const match of sentence.matchAll(MONEY)) {
        const figure = toFigure(match, sentence, index);
        if (figure) figures.push(figure);
      }
    }
  });
  return figures;
}

function toFigure(match: RegExpExecArray | RegExpMatchArray, sentence: string, paragraph: number): Figure | null {
  const groups = match.groups ?? {};
  const symbol = groups.pre ?? groups.suf;
  const number = groups.preNumber ?? groups.number;
  if (!symbol || !number) return null;
  const currency = currencyCode(symbol, groups.pre !== undefined);
  if (!currency) return null;
  const scale = (groups.preScale ?? groups.scale)?.toLowerCase();
  const start = match.index ?? sentence.indexOf(match[0]);
  return {
    text: match[0],
    value: scaledValue(number, scale ? (SCALES[scale] ?? 0) : 0),
    currency,
    sentence,
    paragraph,
    evidence: {
      rule: groups.pre !== undefined ? "currency before the amount" : "currency after the amount",
      sentence,
      start,
      end: start + match[0].length,
      confidence: "high",
    },
  };
}

function currencyCode(symbol: string, before: boolean): string | null {
  const table = before ? CURRENCIES.prefix : CURRENCIES.suffix;
  return table[symbol] ?? (CURRENCIES.codes.includes(symbol) ? symbol : null);
}

/** `7.3` with exponent 9 → 7300000000, computed on digits so no float error creeps in. */
export function scaledValue(number: string, exponent: number): number {
  const [whole = "0", fraction = ""] = number.replace(/,/g, "").split(".");
  if (fraction.length <= exponent) {
    return Number(whole + fraction.padEnd(exponent, "0"));
  }
  return Number(`${whole}.${fraction}`) * 10 ** exponent;
}
