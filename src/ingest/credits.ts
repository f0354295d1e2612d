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

/** A capitalised place opening the lead: `ĐÀ NẴNG —`, `Hanoi (VNA) –`, `TOKYO -`. */
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4}`;
/** The day an agency dateline may carry: `March 06, 2026`, `Oct. 14`, `May 14`, `Friday 9th October 2026`. */
const MONTH_WORD = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const FILED_ON = String.raw`(?:${MONTH_WORD}\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+${MONTH_WORD}(?:\s+\d{4})?)(?![\d\p{L}])`;
/** An agency credited in the dateline: `(KPL)`, `(Jiji Press)`, `/TASS/`, or a bare code after the date (`2026 AKP --`). */
const AGENCY_PHRASE = String.raw`${AGENCY_TOKEN}(?:\s+${AGENCY_TOKEN}){0,2}(?:\s*\/\s*${AGENCY_TOKEN}){0,3}`;
const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE})(?:,\s*(?<date>${FILED_ON}))?\.?\s*(?:\(\s*(?<agency>${AGENCY_PHRASE})\s*\)|\/\s*(?<slashed>${AGENCY_PHRASE})\s*\/\.?|(?<bare>\p{Lu}{2,8}))?\s*(?<dash>[—–]|-{1,2})?\s*(?=[\p{Lu}\d“"‘'])`,
  "u",
);
/** An agency code before the place: `KPL Vientiane, May 8, 2026 -`. */
const AGENCY_FIRST = /^(\p{Lu}{2,8})\s+(?=\p{Lu})/u;

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
  /** The place alone (`Vientiane`), or null when the opening credits only an agency (`VGP -`). */
  place: string | null;
  /** The date the dateline carries, as written (`March 06, 2026`), or null. */
  date: string | null;
  /** The dateline as written, without the text after it (`Vientiane, March 06, 2026 (KPL) –`). */
  written: string;
  /** Agencies named in the dateline (`Hanoi (VNA) –`). */
  agencies: string[];
  /** The paragraph without its dateline. */
  text: string;
}

/**
 * A dateline opening a paragraph, or null. An all-capitals place needs only a dash after it
 * (`HUẾ —`); a place in ordinary case needs an agency or a date with it (`Quito — The city…` is
 * a sentence), and an agency in brackets may stand without a dash (`Havana, May 20 (Prensa
 * Latina) The…`). A known agency alone (`VGP -`) credits the agency and names no place.
 */
export function splitDateline(paragraph: string): Dateline | null {
  const prefix = AGENCY_FIRST.exec(paragraph);
  const agencyFirst = prefix && isKnownAgency(prefix[1]!) ? prefix : null;
  const rest = agencyFirst ? paragraph.slice(agencyFirst[0].length) : paragraph;
  const match = DATELINE.exec(rest);
  const groups = match?.groups;
  if (!match || !groups?.place) return null;
  const place = groups.place.trim();
  const bracketed = groups.agency ?? groups.slashed;
  const named = [agencyFirst?.[1], bracketed, groups.bare].filter((agency): agency is string => Boolean(agency));
  if (groups.bare && !isKnownAgency(groups.bare)) return null;
  const capitals = place === place.toUpperCase();
  // An all-capitals place must hold at least two letters (`ĐÀ NẴNG`, `HUẾ`), not an initial.
  if ((place.match(/\p{L}/gu)?.length ?? 0) < 2) return null;
  if (!capitals && named.length === 0 && !groups.date) return null;
  if (!groups.dash && !bracketed) return null;
  // Without a dash, only a credit that reads as an agency makes a dateline (`President Lima (R) Meets…` does not).
  if (!groups.dash && !splitAgencies(bracketed!).every((agency) => isKnownAgency(agency) || looksLikeAgencyCode(agency))) return null;
  const written = paragraph.slice(0, (agencyFirst?.[0].length ?? 0) + match[0].length).trim();
  const agencies = named.flatMap(splitAgencies);
  const text = paragraph.slice(written.length).trim();
  // `VGP - According to …`: the opening credits an agency and names no place.
  if (isKnownAgency(place) && !groups.date && named.length === 0) return { place: null, date: null, written, agencies: [place], text };
  return { place, date: groups.date ?? null, written, agencies, text };
}
function splitAgencies(list: string): string[] {
  return list
    .split(/\s*(?:\/|,|;|&|\band\b)\s*/)
    .map((part) => part.trim().replace(/\.$/, ""))
    .filter((part) => part.length > 0);
}
