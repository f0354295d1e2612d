// Sign-offs and credit lines of press articles, lifted out of the text into fields:
// `— VNA/VNS`, a closing `/.`, `Source: VNA`, `By …`, `Translated by …` and a dateline `ĐÀ NẴNG —`.
import { isKnownAgency, looksLikeAgencyCode } from "./agencies.ts";

/** A text ends a sentence here (a sign-off only ever follows a finished sentence). */
const SENTENCE_END = String.raw`[.!?…”"’')]`;
const AGENCY_TOKEN = String.raw`[\p{L}][\p{L}\d.&-]{0,24}`;
const AGENCY_LIST = String.raw`${AGENCY_TOKEN}(?:\s*\/\s*${AGENCY_TOKEN}){0,3}`;

const CLOSING_MARK = /\s*\.?\/\.\s*$/u;
const TRAILING_SIGN_OFF = new RegExp(String.raw`(?<=${SENTENCE_END})\s*[—–-]{1,2}\s*(${AGENCY_LIST})\s*$`, "u");
const TRAILING_AGENCY_PARENS = new RegExp(String.raw`(?<=${SENTENCE_END})\s*\(\s*(${AGENCY_LIST})\s*\)\s*$`, "u");
const TRAILING_SOURCE = new RegExp(String.raw`(?<=${SENTENCE_END})\s+\(?\s*(?:Sources?|Nguồn)\s*[:：]\s*([^():]{1,60}?)\s*\)?\s*\.?\s*$`, "u");
const SIGN_OFF_LINE = new RegExp(String.raw`^(?:[—–-]{1,2}\s*)?\(?\s*(${AGENCY_LIST})\s*\)?\s*(?:\.?\/\.)?$`, "u");
const SOURCE_LINE = /^\(?\s*(?:Sources?|Nguồn)\s*[:：]\s*(.{1,100}?)\s*\)?\s*\.?$/u;
const BYLINE = /^(?:By|BY|Written by|Reported by|Story by)\s+(\p{Lu}[^\d]{1,100})$/u;
const TRANSLATOR_LINE = /^(?:Translated(?:\s+and\s+edited)?\s+by|Translation\s*(?:by|:)|Translator\s*:)\s*(\p{Lu}.{0,80}?)\s*\.?$/u;

/** A capitalised place then an em/en dash opening the lead: `ĐÀ NẴNG —`, `Hanoi (VNA) –`. */
const PLACE_CAPS = String.raw`\p{Lu}[\p{Lu}\p{M}'’.-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,4}`;
const PLACE_TITLE = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4}`;
const DATELINE_CAPS = new RegExp(String.raw`^(${PLACE_CAPS})\s*(?:\(\s*(${AGENCY_LIST})\s*\))?\s*[—–]\s*(?=[\p{Lu}\d“"‘'])`, "u");
/** `Phnom Penh, February 6 (VNA) –`: an agency dateline may carry the day it was filed. */
const FILED_ON = String.raw`(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?`;
const DATELINE_AGENCY = new RegExp(String.raw`^(${PLACE_TITLE}${FILED_ON})\s*\(\s*(${AGENCY_LIST})\s*\)\s*[—–-]{1,2}\s*(?=[\p{Lu}\d“"‘'])`, "u");

export type CreditLine =
  | { kind: "source"; agencies: string[] }
  | { kind: "byline"; byline: string }
  | { kind: "translator"; translator: string };

/** A whole line that is only a credit: `Source: VNA`, `By …`, `Translated by …`, `— VNA/VNS`. */
export function parseCreditLine(line: string): CreditLine | null {
  const text = line.trim();
  const translator = TRANSLATOR_LINE.exec(text);
  if (translator?.[1]) return { kind: "translator", translator: translator[1] };
  const byline = BYLINE.exec(text);
  if (byline?.[1] && isBylineName(byline[1])) return { kind: "byline", byline: byline[1].trim() };
  const source = SOURCE_LINE.exec(text);
  if (source?.[1]) return { kind: "source", agencies: splitAgencies(source[1]) };
  const signOff = SIGN_OFF_LINE.exec(text);
  if (signOff?.[1]) {
    const agencies = splitAgencies(signOff[1]);
    // After a dash an acronym will do (`— ABC`); a bare word on its own line must be a known
    // agency (`VNA/VNS`), or a one-word line such as `Chile` would be taken for a credit.
    const dashed = /^[—–-]/.test(text);
    const isAgency = (agency: string) => isKnownAgency(agency) || (dashed && looksLikeAgencyCode(agency));
    if (agencies.every(isAgency)) return { kind: "source", agencies };
  }
  return null;
}

/** A byline names people or an editorial body: no sentence punctuation at its end. */
function isBylineName(name: string): boolean {
  return !/[.!?:;]$/.test(name.trim()) && name.trim().split(/\s+/).length <= 12;
}

export interface SignOff {
  /** The paragraph without its closing sign-offs (may be empty if it was only a sign-off). */
  text: string;
  /** Agencies the sign-offs credit, in the order written. */
  agencies: string[];
}

/** Strips closing sign-offs from the end of a paragraph: `… this year./.`, `… — VNA/VNS`, `… (Xinhua)`, `… Source: VNA`. */
export function stripSignOffs(paragraph: string): SignOff {
  let text = paragraph.trim();
  const found: string[][] = [];
  for (let changed = true; changed; ) {
    changed = false;
    if (CLOSING_MARK.test(text)) {
      // `year./.` keeps its full stop; a bare `/.` leaves the sentence as it was.
      text = text.replace(CLOSING_MARK, (mark) => (mark.trim().startsWith("./") ? "." : "")).trim();
      changed = true;
    }
    for (const pattern of [TRAILING_SIGN_OFF, TRAILING_AGENCY_PARENS, TRAILING_SOURCE]) {
      const match = pattern.exec(text);
      if (!match?.[1]) continue;
      const agencies = splitAgencies(match[1]);
      const isSource = pattern === TRAILING_SOURCE;
      if (!isSource && !agencies.every((agency) => isKnownAgency(agency) || looksLikeAgencyCode(agency))) continue;
      found.unshift(agencies);
      text = text.slice(0, match.index).trim();
      changed = true;
    }
  }
  if (/^\.?\/\.$/.test(text)) text = "";
  return { text, agencies: found.flat() };
}

export interface Dateline {
  place: string;
  /** Agencies named in the dateline (`Hanoi (VNA) –`). */
  agencies: string[];
  /** The paragraph without its dateline. */
  text: string;
}

/** A dateline opening a paragraph, or null. */
export function splitDateline(paragraph: string): Dateline | null {
  const match = DATELINE_CAPS.exec(paragraph) ?? DATELINE_AGENCY.exec(paragraph);
  if (!match?.[1]) return null;
  const place = match[1].trim();
  // An all-capitals place must hold at least two letters (`ĐÀ NẴNG`, `HUẾ`), not an initial.
  if ((place.match(/\p{L}/gu)?.length ?? 0) < 2) return null;
  return {
    place,
    agencies: match[2] ? splitAgencies(match[2]) : [],
    text: paragraph.slice(match[0].length).trim(),
  };
}

function splitAgencies(list: string): string[] {
  return list
    .split(/\s*(?:\/|,|;|&|\band\b)\s*/)
    .map((part) => part.trim().replace(/\.$/, ""))
    .filter((part) => part.length > 0);
}
