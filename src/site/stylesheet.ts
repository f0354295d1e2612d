// The stylesheets, written out without their comments and spare whitespace: the sources
// (templates/_includes/*.css) stay commented for people, and every page's HTML plus CSS stays
// within its 50 KB. site.css styles every page; calendar.css adds the calendar pages' grid.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const STYLESHEET_SOURCE = stylesheetSource("site");

export function stylesheetSource(name: string): string {
  return fileURLToPath(new URL(`../../templates/_includes/${name}.css`, import.meta.url));
}

/** `site` → the minified text of templates/_includes/site.css. */
export function siteStylesheet(name = "site"): string {
  return minifyCss(readFileSync(stylesheetSource(name), "utf8"));
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
