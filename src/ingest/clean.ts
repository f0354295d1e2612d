// Scraped article body → CleanedText: the stated date lifted, captions and credits taken out
// into fields, debris dropped, paragraphs assembled. Only debris (blank lines, lines of `|`,
// `leftcenterrightdel` markers, a closing `/.`) is dropped; every other line ends up in a field.
import type { Caption } from "../model/schema.ts";
import { splitSentences } from "../text/sentences.ts";
import { creditedAgencies, sourceNames } from "./agencies.ts";
import { splitPhotoCredit } from "./captions.ts";
import { parseCreditLine, splitDateline, stripSignOffs, type Dateline } from "./credits.ts";
import { assembleParagraphs, type AssembledParagraph, type LineUnit } from "./paragraphs.ts";
import { readDateLine, readDatelineDate, type WrittenDate } from "./dates/written.ts";
import type { CleanedText } from "./types.ts";

/** ` date 2031-04-09 ` glued to the start of the first paragraph. */
const STATED_DATE = /^\s*date\s*:?[ \t]+(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])[ \t]*/iu;
/** Table-cell debris from scraped image captions: `leftcenterrightdel`, sometimes glued to the caption. */
const CAPTION_MARKER = /^left\s*center\s*right\s*del\b\s*/iu;
const DEBRIS_LINE = /^[|\s]*$|^\.?\/\.$/u;
/** Longer than this, a line is not a caption but a paragraph (or a paragraph with a caption glued on). */
const MAX_CAPTION_LENGTH = 350;
/** A headline above the lead: short, one line, no closing punctuation. The dateline is looked for below it. */
const MAX_HEADING_LENGTH = 200;
const CLOSES_SENTENCE = /[.!?…:;"”’)\]]$/u;
/** How many paragraphs from the top may hold the dateline (a headline, a standfirst, the lead). */
const DATELINE_REACH = 3;

interface Credit {
  /** Line where the credit stands, to list sources in order of first appearance. */
  at: number;
  agencies: string[];
}

export function cleanText(body: string): CleanedText {
  const { statedDate, rest } = liftStatedDate(body.replace(/\r\n?/g, "\n").normalize("NFC"));
  const units: LineUnit[] = [];
  const captions: Caption[] = [];
  const credits: Credit[] = [];
  let byline: string | null = null;
  let translator: string | null = null;
  let markerCaptionNext = false;
  const writtenDates: WrittenDate[] = [];
  const datePlaces: string[] = [];

  rest.split("\n").forEach((rawLine, at) => {
    let line = tidyLine(rawLine);
    const marker = CAPTION_MARKER.exec(line);
    if (marker) {
      markerCaptionNext = true;
      line = line.slice(marker[0].length);
    }
    if (DEBRIS_LINE.test(line)) {
      units.push({ kind: "gap" });
      return;
    }
    // A line that is only a date (`THURSDAY, MARCH 12, 2026`, `31/03/2026 20:15`) dates the article.
    const dateLine = readDateLine(line);
    if (dateLine) {
      writtenDates.push(dateLine.date);
      if (dateLine.place) datePlaces.push(dateLine.place);
      units.push({ kind: "break" });
      return;
    }
    const photo = splitPhotoCredit(line);
    if (markerCaptionNext) {
      markerCaptionNext = false;
      if (line.length <= MAX_CAPTION_LENGTH) {
        addCaption(photo?.text || line, photo?.credit ?? null, at);
        return;
      }
    }
    if (photo) {
      if (photo.text) addCaptionSplittingLead(photo.text, photo.credit, at);
      else creditPreviousLine(photo.credit, at);
      return;
    }
    const credit = parseCreditLine(line);
    if (credit) {
      if (credit.kind === "source") credits.push({ at, agencies: credit.agencies });
      // A second byline or translator line adds to the first rather than replacing it.
      else if (credit.kind === "byline") byline = byline ? `${byline}; ${credit.byline}` : credit.byline;
      else translator = translator ? `${translator}; ${credit.translator}` : credit.translator;
      units.push({ kind: "break" });
      return;
    }
    units.push({ kind: "text", text: line, at });
  });

  function addCaption(text: string, credit: string | null, at: number): void {
    captions.push({ text, credit });
    if (credit) credits.push({ at, agencies: creditedAgencies(credit) });
    units.push({ kind: "break" });
  }

  /** A long line ending in a photo credit is a paragraph with the caption glued on: its last sentence. */
  function addCaptionSplittingLead(text: string, credit: string, at: number): void {
    if (text.length > MAX_CAPTION_LENGTH) {
      const sentences = splitSentences(text);
      if (sentences.length > 1) {
        units.push({ kind: "text", text: sentences.slice(0, -1).join(" "), at });
        text = sentences[sentences.length - 1]!;
      }
    }
    addCaption(text, credit, at);
  }

  /** A credit alone on its line (`Photo: VNA`) belongs to the caption line just above it. */
  function creditPreviousLine(credit: string, at: number): void {
    const previous = units[units.length - 1];
    const lastCaption = captions[captions.length - 1];
    if (previous?.kind === "text" && previous.text.length <= MAX_CAPTION_LENGTH) {
      units.pop();
      addCaption(previous.text, credit, previous.at);
      return;
    }
    if (previous?.kind === "break" && lastCaption && lastCaption.credit === null) lastCaption.credit = credit;
    credits.push({ at, agencies: creditedAgencies(credit) });
    units.push({ kind: "break" });
  }

  const assembled = assembleParagraphs(units);
  const last = assembled[assembled.length - 1];
  if (last) {
    const signOff = stripSignOffs(last.text);
    last.text = signOff.text;
    if (signOff.agencies.length) credits.push({ at: last.last, agencies: signOff.agencies });
  }
  let dateline: string | null = null;
  const lead = findDateline(assembled);
  if (lead) {
    dateline = lead.opening.place;
    lead.paragraph.text = lead.opening.text;
    if (lead.opening.agencies.length) credits.push({ at: lead.paragraph.first, agencies: lead.opening.agencies });
    const date = lead.opening.date ? readDatelineDate(lead.opening.written, lead.opening.date) : null;
    if (date) writtenDates.unshift({ ...date, sentence: splitSentences(lead.opening.text)[0] ?? lead.opening.text });
  }
  // `Phnom Penh, 05/06/2026` under a press release names the place when no dateline does.
  dateline ??= datePlaces[0] ?? null;

  const ordered = [...credits].sort((a, b) => a.at - b.at);
  return {
    statedDate,
    paragraphs: assembled.map((paragraph) => paragraph.text).filter((text) => text.length > 0),
    captions,
    dateline,
    writtenDates,
    byline,
    translator,
    sources: sourceNames(ordered.flatMap((credit) => credit.agencies)),
  };
}

/** The dateline opening the lead, looked for below any headline lines at the top. */
function findDateline(paragraphs: AssembledParagraph[]): { paragraph: AssembledParagraph; opening: Dateline } | null {
  for (const paragraph of paragraphs.slice(0, DATELINE_REACH)) {
    const opening = splitDateline(paragraph.text);
    if (opening) return { paragraph, opening };
    if (!looksLikeHeading(paragraph.text)) return null;
  }
  return null;
}

function looksLikeHeading(text: string): boolean {
  return text.length <= MAX_HEADING_LENGTH && !CLOSES_SENTENCE.test(text);
}

/** Lifts ` date 2031-4-9` from the first line; the date comes back zero-padded but otherwise as written (validity is checked later). */
export function liftStatedDate(body: string): { statedDate: string | null; rest: string } {
  const match = STATED_DATE.exec(body);
  if (!match) return { statedDate: null, rest: body };
  const [, year, month, day] = match;
  return { statedDate: `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`, rest: body.slice(match[0].length) };
}

/** One line with invisible characters removed and every run of whitespace (NBSP too) made one space. */
function tidyLine(line: string): string {
  return line
    .replace(/[\u200B\u2060\uFEFF]/g, "")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, " ")
    .replace(/\s+/gu, " ")
    .trim();
}
