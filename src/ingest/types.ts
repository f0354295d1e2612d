// Shapes passed between ingest stages (not published; the published shapes are in model/schema.ts).
import type { Caption } from "../model/schema.ts";
import type { WrittenDate } from "./dates/written.ts";

/** One input file, decoded: text with LF line ends and no BOM, front matter split off. */
export interface RawArticle {
  /** Stable id from the file name (`000_5d2e…` for `seeds/000_5d2e….txt`). */
  id: string;
  /** Path relative to the project root, with forward slashes. */
  source: string;
  format: "txt" | "md";
  body: string;
  /** Front matter of a `.md` file (empty for `.txt`). */
  frontMatter: Record<string, unknown>;
}

/** The body split into what it is made of, with debris dropped and credits lifted out. */
export interface CleanedText {
  /** `YYYY-MM-DD` from a leading ` date YYYY-MM-DD`, as written (not yet validated). */
  statedDate: string | null;
  paragraphs: string[];
  captions: Caption[];
  /** The place of the dateline alone (`Vientiane`), without the date or agency it may carry. */
  dateline: string | null;
  /** Dates the article writes as its own: date lines, timestamps, the dateline's date, the dateline's first, then lines that are only a date, in reading order. */
  writtenDates: WrittenDate[];
  byline: string | null;
  translator: string | null;
  /** News organisations credited, in order of first credit, e.g. `Vietnam News Agency (VNA)`. */
  sources: string[];
}
