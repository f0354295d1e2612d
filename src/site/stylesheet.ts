// The site's one stylesheet, written out without its comments and spare whitespace: the source
// (templates/_includes/site.css) stays commented for people, and every page's HTML plus CSS stays
// within its 50 KB.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const STYLESHEET_SOURCE = fileURLToPath(new URL("../../templates/_includes/site.css", import.meta.url));

export function siteStylesheet(): string {
  return minifyCss(readFileSync(STYLESHEET_SOURCE, "utf8"));
}

/** Drops comments and whitespace that carries no meaning; strings and `calc()` spacing are kept. */
export function minifyCss(css: string): string {
  // Comments first (an apostrophe in one is no string); then odd pieces are string literals, kept as written.
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((piece, index) => (index % 2 ? piece : compact(piece)))
    .join("")
    .trim()
    .concat("\n");
}

function compact(code: string): string {
  return code
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/:\s+/g, ":")
    .replace(/;}/g, "}");
}
