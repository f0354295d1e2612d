// A person page's body (templates/people/person.njk puts it in the layout): their visits and the
// articles naming them, a page at a time.
import type { CorrectionNote } from "../views/desk.ts";
import type { PersonPage } from "../views/index.ts";
import { plural } from "../text.ts";
import { esc } from "./html.ts";
import { articleItem, corrections, eventItem, link, pager } from "./pieces.ts";

export interface PageContext {
  /** Page URL → its correction notes (`desk.notes`). */
  notes: Record<string, CorrectionNote[]>;
  /** The page's JSON-LD `<script>`. */
  ld: string;
}

export function personBody(view: PersonPage, { notes, ld }: PageContext): string {
  const { person } = view;
  const out: string[] = ['<article class="page person-page">\n<header class="page-head">\n<p class="eyebrow"><a href="/people/">People</a></p>\n<h1>', esc(person.name)];
  if (view.number > 1) out.push(' <span class="intro-page">page ', esc(view.number), "</span>");
  out.push("</h1>");
  if (person.roles.length) out.push('<p class="page-lede">', esc(person.roles.join("; ")), "</p>");
  if (view.number === 1) {
    corrections(out, notes[person.url]);
    out.push("\n");
  }
  out.push("\n</header>");
  if (view.number === 1) {
    out.push('\n<dl class="facts">\n<div><dt>Country</dt><dd>');
    if (view.country) link(out, view.country);
    else out.push("Not stated");
    out.push("</dd></div>");
    if (person.aliases.length) out.push("<div><dt>Also written</dt><dd>", esc(person.aliases.join(", ")), "</dd></div>");
    out.push("\n<div><dt>In the archive</dt><dd>", esc(plural(view.eventCount, "visit")), ", ", esc(plural(view.articleCount, "article")), "</dd></div>\n</dl>");
  }
  if (view.events.length) {
    out.push('\n<section class="block" aria-labelledby="events-title">\n<h2 id="events-title">Visits <span class="muted">(', esc(view.eventCount), ')</span></h2>\n<ol class="event-list">');
    for (const event of view.events) {
      out.push("\n");
      eventItem(out, event);
    }
    out.push("\n</ol>\n</section>");
  }
  out.push('\n<section class="block" aria-labelledby="articles-title">\n<h2 id="articles-title">Articles naming ', esc(person.name), ' <span class="muted">(', esc(view.articleCount), ")</span></h2>");
  if (view.articles.length) {
    out.push('\n<ul class="article-list">');
    for (const article of view.articles) {
      out.push("\n");
      articleItem(out, article);
    }
    out.push("\n</ul>");
  } else out.push('\n<p class="empty">', view.articleCount ? "No more articles." : "No articles.", "</p>");
  out.push("\n");
  pager(out, view, `More pages about ${person.name}`, "Previous", "More");
  out.push("\n</section>\n</article>");
  if (view.number === 1) out.push("\n", ld);
  return out.join("");
}
