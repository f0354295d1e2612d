// Small pieces of HTML shared by the pages (and, through filters, by the Nunjucks templates'
// macros in templates/_includes/macros.njk): each appends its parts to `out`.
import type { ArticleRole } from "../../model/schema.ts";
import type { CorrectionNote } from "../views/desk.ts";
import type { ArticleSummary, EventSummary, Paged } from "../views/index.ts";
import { capitalise, plural, roleLabel } from "../text.ts";
import { esc } from "./html.ts";

type Route = Pick<EventSummary, "visitor" | "from" | "host">;

/** `<a href="url">name</a>`. */
export function link(out: string[], to: { url: string; name: string }): void {
  out.push('<a href="', esc(to.url), '">', esc(to.name), "</a>");
}

/** Who went where: the visitor (their country) → the host country. */
export function route(out: string[], event: Route): void {
  out.push('<span class="route">');
  if (event.visitor) {
    link(out, event.visitor);
    if (event.from) {
      out.push(' <span class="route-from">(');
      link(out, event.from);
      out.push(")</span>");
    }
  } else if (event.from) link(out, event.from);
  else out.push("A delegation");
  out.push('\n<span class="route-arrow" aria-hidden="true"> → </span><span class="visually-hidden"> visiting </span>');
  link(out, event.host);
  out.push("</span>");
}

export function kind(out: string[], event: Pick<EventSummary, "kind">): void {
  out.push('<span class="kind kind-', esc(event.kind.replaceAll(" ", "-")), '">', esc(capitalise(event.kind)), "</span>");
}

/** An event in a list (person and country pages). */
export function eventItem(out: string[], event: EventSummary): void {
  out.push('<li class="event-item">\n<p class="event-item-date">');
  if (event.datetime) out.push('<time datetime="', esc(event.datetime), '">', esc(event.dateLabel), "</time>");
  else out.push(esc(event.dateLabel));
  out.push('</p>\n<p class="event-item-title"><a href="', esc(event.url), '">', esc(event.title), '</a></p>\n<p class="event-item-meta">');
  kind(out, event);
  out.push(" · ");
  route(out, event);
  out.push(" · ", esc(plural(event.articleCount, "article")), "</p>\n</li>");
}

/** An article in a list: date and title. */
export function articleItem(out: string[], article: ArticleSummary): void {
  out.push('<li class="article-item">');
  if (article.published) out.push('<time datetime="', esc(article.published), '">', esc(article.dateLabel), "</time>");
  else out.push('<span class="undated">', esc(article.dateLabel), "</span>");
  out.push(' <a href="', esc(article.url), '">', esc(article.title), "</a></li>");
}

/** Previous / next page of a long list. */
export function pager(out: string[], view: Pick<Paged, "total" | "number" | "previous" | "next">, label: string, newer = "Newer", older = "Older"): void {
  if (!(view.total > 1)) return;
  out.push('\n<nav class="pager" aria-label="', esc(label), '">');
  if (view.previous) out.push('<a href="', esc(view.previous), '" rel="prev">← ', esc(newer), "</a>");
  out.push('\n<span class="pager-position">Page ', esc(view.number), " of ", esc(view.total), "</span>");
  if (view.next) out.push('<a href="', esc(view.next), '" rel="next">', esc(older), " →</a>");
  out.push("\n</nav>");
}

/** "Corrected: …" notes for a page, as a corrections column would print them. */
export function corrections(out: string[], notes: CorrectionNote[] | undefined): void {
  if (!notes || !notes.length) return;
  out.push('\n<aside class="corrections" aria-label="Corrections">');
  for (const note of notes) {
    out.push('\n<p class="correction"><strong>Corrected:</strong> ', esc(note.facts), ". ", esc(note.reason), ' <span class="correction-date">(<time datetime="', esc(note.date), '">', esc(note.dateLabel), "</time>)</span></p>");
  }
  out.push("\n</aside>");
}

export function role(out: string[], name: ArticleRole): void {
  out.push('<span class="role role-', esc(name), '">', esc(roleLabel(name)), "</span>");
}

/** "Cite this page": who, what, when, and the page's stable address; the reader adds the day they read it. */
export interface Citation {
  author: string;
  title: string;
  details: string;
  container: string;
  /** The page's address, absolute. */
  url: string;
  /** Its record in the open data. */
  record: string;
}

export function cite(out: string[], { author, title, details, container, url, record }: Citation): void {
  out.push('<section class="block cite" aria-labelledby="cite-title">\n<h2 id="cite-title">Cite this page</h2>\n<p class="cite-text">', esc(author), ". “", esc(title), ".” ", esc(details), ".");
  if (container !== author) out.push(" ", esc(container), ".");
  out.push(' <span class="cite-url">', esc(url), '</span> (accessed <i>date</i>).</p>\n<p class="cite-note">The address stays the same when the archive grows. The record as data: <a href="', esc(record), '">', esc(record), "</a>.</p>\n</section>");
}

/** The sentence a rule read, its deciding words marked. */
export function evidenceQuote(out: string[], evidence: { sentence: string; start: number; end: number }): void {
  const { sentence, start, end } = evidence;
  out.push('<blockquote class="evidence"><p>', esc(sentence.slice(0, start)), "<mark>", esc(sentence.slice(start, end)), "</mark>", esc(sentence.slice(end)), "</p></blockquote>");
}

/** A map or chart: its caption, the drawing, then the same facts as text (`text` appends them). */
export function figure(out: string[], art: string, caption: string, text: (out: string[]) => void, className = "", legend: readonly string[] = []): void {
  out.push('<figure class="figure', className ? ` ${esc(className)}` : "", '">\n<figcaption class="figure-caption">', esc(caption));
  if (legend.length) {
    out.push(' <span class="legend">');
    legend.forEach((name, index) => out.push('<span class="legend-item"><span class="swatch swatch-', String(index), '" aria-hidden="true"></span>', esc(name), "</span>"));
    out.push("</span>");
  }
  out.push('</figcaption>\n<div class="figure-art" tabindex="0">', art, '</div>\n<div class="figure-text">');
  text(out);
  out.push("</div>\n</figure>");
}

/** The items before and after this one on the timeline (`← Earlier visit`, `Later article →`). */
export function neighbours(out: string[], earlier: Neighbour | null, later: Neighbour | null, label: string, noun: string): void {
  if (!earlier && !later) return;
  out.push('\n<nav class="neighbours" aria-label="', esc(label), '">');
  if (earlier) out.push('\n<a class="neighbour neighbour-earlier" href="', esc(earlier.url), '" rel="prev"><span class="neighbour-label">← Earlier ', noun, '</span> <span class="neighbour-title">', esc(earlier.title), '</span> <span class="neighbour-date">', esc(earlier.dateLabel), "</span></a>");
  if (later) out.push('\n<a class="neighbour neighbour-later" href="', esc(later.url), '" rel="next"><span class="neighbour-label">Later ', noun, ' →</span> <span class="neighbour-title">', esc(later.title), '</span> <span class="neighbour-date">', esc(later.dateLabel), "</span></a>");
  out.push("\n</nav>");
}

interface Neighbour {
  url: string;
  title: string;
  dateLabel: string;
}
