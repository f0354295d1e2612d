// Sentence splitting for press English: stops at . ! ? followed by a capital or a quote,
// but not after common abbreviations or initials.

const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sen", "rep", "st", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "e.g", "i.e", "h.e", "amb", "ma", "pres", "prof", "hon", "assoc", "mohd", "md"]);

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /([.!?]["'”’)]?)(\s+)(?=["'“‘(]?[\p{Lu}\d])/gu;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[1]!.length;
    const before = text.slice(start, match.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    // An initial (`H.`) or a known abbreviation does not end a sentence.
    if (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord)) continue;
    sentences.push(text.slice(start, end).trim());
    start = end + match[2]!.length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((sentence) => sentence.length > 0);
}
