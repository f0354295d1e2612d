// Photo captions in scraped text: a line that ends in a photo credit (`… Photo: VNA`,
// `(Photo: tuoitre.vn) |`, `(Ảnh: TTXVN)`, `(VNA Photo)`), split into caption text and credit.
import { isKnownAgency, looksLikeAgencyCode } from "./agencies.ts";

export interface CreditedLine {
  /** The caption without the credit and its debris; may be empty when the line was only a credit. */
  text: string;
  credit: string;
}

// Capitalised on purpose: `the photo: it shows…` inside a sentence is not a credit.
const PHOTO_WORD = String.raw`(?:Photos?|PHOTOS?|Ảnh|ẢNH|Images?|Pictures?|Photo\s+credit|Source\s+photo)`;
/** A credit is short: an agency, a domain, or a photographer with an agency (`Trí Dũng/VNA`). */
const CREDIT = String.raw`[^\s():|][^():|]{0,58}?`;
const END = String.raw`[\s|.]*$`;

const CREDIT_SHAPES: RegExp[] = [
  // `(Photo: tuoitre.vn)`, `[Ảnh: TTXVN]`
  new RegExp(String.raw`[(\[]\s*${PHOTO_WORD}\s*[:：]\s*(${CREDIT})\s*[)\]]${END}`, "u"),
  // `Photo: VNA`, `Photo by Reuters`, `Photo courtesy of KPL`
  new RegExp(String.raw`(?:^|(?<=[\s.,;!?”"’)]))${PHOTO_WORD}\s*(?:[:：]|\s+by\b|\s+courtesy\s+of\b)\s*(${CREDIT})${END}`, "u"),
];

/** `VNA Photo`, `(AFP Photo)`: an agency name followed by the word Photo. */
const AGENCY_PHOTO = /(?:^|(?<=[\s.,;!?”"’]))\(?([\p{L}][\p{L}.&-]*)\s+(?:Photo|PHOTO|photo)\)?[\s|.]*$/u;

/** Splits a line ending in a photo credit; null when the line does not end in one. */
export function splitPhotoCredit(line: string): CreditedLine | null {
  const trimmed = stripEdgePipes(line);
  for (const shape of CREDIT_SHAPES) {
    const match = shape.exec(trimmed);
    const credit = match?.[1] ? cleanCredit(match[1]) : "";
    if (match && looksLikeCredit(credit)) {
      return { text: cleanCaptionText(trimmed.slice(0, match.index)), credit };
    }
  }
  const agency = AGENCY_PHOTO.exec(trimmed);
  if (agency?.[1] && isAgencyWord(agency[1])) {
    return { text: cleanCaptionText(trimmed.slice(0, agency.index)), credit: cleanCredit(agency[1]) };
  }
  return null;
}

/** Caption text without leftover credit debris (`… Hanoi. VNA Photo.`, trailing `|`, dashes). */
export function cleanCaptionText(text: string): string {
  let cleaned = stripEdgePipes(text);
  for (;;) {
    const agency = AGENCY_PHOTO.exec(cleaned);
    if (!agency?.[1] || !isAgencyWord(agency[1])) break;
    cleaned = stripEdgePipes(cleaned.slice(0, agency.index));
  }
  return cleaned.replace(/(?<![\s|—–-])[\s|—–-]+$/u, "").trim();
}

function isAgencyWord(word: string): boolean {
  return isKnownAgency(word) || looksLikeAgencyCode(word);
}

function cleanCredit(credit: string): string {
  return credit.replace(/^[\s"“]+|(?<![\s.|"”)])[\s.|"”)]+$/gu, "");
}

// Trailing-run patterns start with a lookbehind `(?<![…])` so only the start of a run is tried;
// a plain `[…]+$` retries from every character of a long run and goes quadratic.
function stripEdgePipes(text: string): string {
  return text.replace(/^[\s|]+|(?<![\s|])[\s|]+$/g, "");
}

/** A name (`VNA`, `Trí Dũng/VNA`) or a domain (`tuoitre.vn`), not the rest of a sentence. */
function looksLikeCredit(credit: string): boolean {
  if (!credit || /[.!?]\s/.test(credit)) return false;
  if (credit.split(/\s+/).length > 6) return false;
  return /^[\p{Lu}\d]/u.test(credit) || /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/iu.test(credit);
}
