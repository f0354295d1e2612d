// An article page's body (templates/articles/article.njk puts it in the layout): the byline, how
// its date was found, its text with every mention linked, what it is about, and how to cite it.
import type { ArticlePage } from "../views/index.ts";
import type { CorrectionNote, StoryLink } from "../views/desk.ts";
import { readableDate } from "../dates.ts";
import { capitalise, plural } from "../text.ts";
import { esc } from "./html.ts";
import { cite, corrections, evidenceQuote, link, neighbours, role } from "./pieces.ts";

export interface ArticleContext {
  notes: Record<string, CorrectionNote[]>;
  sameStory: Record<string, StoryLink[]>;
  /** The article's text as HTML (the `articleBody` filter). */
  body: string;
  ld: string;
  site: { title: string; publisher: string };
  fullUrl: (path: string) => string;
}

const BY = /^by\s+/i;
const TRANSLATED_BY = /^translated by\s+/i;

export function articleBody(view: ArticlePage, context: ArticleContext): string {
  const { article } = view;
  const out: string[] = ['<article class="page article-page">\n<header class="page-head">\n<p class="eyebrow">Article'];
  if (article.dateline) out.push(' <span class="eyebrow-sep" aria-hidden="true">·</span> <span class="dateline">', esc(article.dateline.replaceAll("—", "").trim()), "</span>");
  out.push("</p>\n<h1>", esc(article.title), '</h1>\n<dl class="byline">\n<div><dt>Published</dt><dd>');
  if (article.published) out.push('<time datetime="', esc(article.published), '">', esc(readableDate(article.published)), "</time>");
  else out.push("Undated");
  if (article.publishedBasis === "inferred") out.push(' <span class="note">(inferred)</span>');
  else if (article.publishedRange) out.push(' <span class="note">(uncertain)</span>');
  out.push("</dd></div>");
  if (article.byline) out.push("<div><dt>Written by</dt><dd>", esc(article.byline.replace(BY, "")), "</dd></div>");
  if (article.translator) out.push("<div><dt>Translated by</dt><dd>", esc(article.translator.replace(TRANSLATED_BY, "")), "</dd></div>");
  if (article.sources.length) out.push("<div><dt>", article.sources.length === 1 ? "Source" : "Sources", "</dt><dd>", esc(article.sources.join(", ")), "</dd></div>");
  out.push("\n</dl>");
  howDated(out, view);
  corrections(out, context.notes[article.url]);
  out.push("\n\n</header>\n<div class=\"article-layout\">\n<div class=\"article-main\">");
  for (const caption of article.captions) {
    out.push('\n<figure class="caption-only">\n<figcaption><span class="caption-label">Photo</span> ', esc(caption.text));
    if (caption.credit) out.push(' <span class="credit">Photo: ', esc(caption.credit), "</span>");
    out.push("</figcaption>\n</figure>");
  }
  out.push('\n<div class="prose">\n', context.body, '\n</div>\n<p class="source-file">Source file: <code>', esc(article.source), "</code> · ", esc(plural(article.wordCount, "word")), "</p>");
  sameStory(out, view, context.sameStory[article.id]);
  out.push("\n\n</div>");
  aside(out, view);
  out.push("\n</div>");
  neighbours(out, view.earlier, view.later, "Neighbouring articles", "article");
  const sources = article.sources.join(", ");
  const author = article.byline ? article.byline.replace(BY, "") : sources || context.site.publisher;
  const details = (article.byline && sources ? `${sources}, ` : "") + (readableDate(article.published) || "undated");
  out.push("\n");
  cite(out, { author, title: article.title, details, container: context.site.title, url: context.fullUrl(article.url), record: `/api/articles/${article.id}.json` });
  out.push("\n</article>\n", context.ld);
  return out.join("");
}

/** How the date was found, when the article did not simply state it; then the rules that read it. */
function howDated(out: string[], { article }: ArticlePage): void {
  const range = article.publishedRange;
  if (article.publishedBasis === "inferred") {
    out.push('\n<aside class="inferred" aria-label="How the date was found">\n<p><strong>Date inferred.</strong> The article carries no date, so it was worked out from what the text says');
    if (range) {
      out.push(": published ");
      if (range.earliest === range.latest) out.push("on ", esc(readableDate(range.earliest)));
      else out.push("between ", esc(readableDate(range.earliest)), " and ", esc(readableDate(range.latest)));
    }
    out.push(".</p>");
    if (article.publishedEvidence && !article.publishedWhy.length) out.push('\n<blockquote class="evidence"><p>', esc(article.publishedEvidence), "</p></blockquote>");
    out.push("\n</aside>");
  } else if (article.publishedBasis === "undated") {
    out.push('\n<aside class="inferred" aria-label="How the date was found">\n<p><strong>Undated.</strong> Nothing in the article says when it was published, and nothing it tells dates it.</p>\n</aside>');
  } else if (range) {
    out.push('\n<aside class="inferred" aria-label="How the date was found">\n<p><strong>Date uncertain.</strong> The date it writes reads two ways: published between ', esc(readableDate(range.earliest)), " and ", esc(readableDate(range.latest)), ".</p>\n</aside>");
  }
  if (article.publishedWhy.length) {
    out.push('\n<details class="date-why">\n<summary>Why this date</summary>\n<ul>');
    for (const why of article.publishedWhy) {
      out.push("\n<li>", esc(capitalise(why.rule)));
      if (why.confidence === "low") out.push(' <span class="note">(a guess)</span>');
      out.push("\n");
      evidenceQuote(out, why);
      out.push("</li>");
    }
    out.push("\n</ul>\n</details>");
  }
}

/** Other files holding this article, and other articles telling the same story. */
function sameStory(out: string[], { article }: ArticlePage, elsewhere: StoryLink[] | undefined): void {
  if (article.alsoPublishedAs.length) {
    out.push('\n<p class="source-file">Also filed as ', article.alsoPublishedAs.map((id) => `<code>${esc(id)}</code>`).join(", "), ": the same text, published here once.</p>");
  }
  if (!elsewhere || !elsewhere.length) return;
  out.push('\n<section class="same-story" aria-labelledby="same-story-title">\n<h2 id="same-story-title">The same story elsewhere</h2>\n<ul>');
  for (const story of elsewhere) out.push('\n<li><a href="', esc(story.url), '">', esc(story.title), '</a> <span class="muted">', esc(story.dateLabel), "</span></li>");
  out.push("\n</ul>\n</section>");
}

/** The visits, people and countries the article is about. */
function aside(out: string[], view: ArticlePage): void {
  if (!view.events.length && !view.people.length && !view.countries.length) return;
  out.push('\n<aside class="article-aside" aria-label="About this article">');
  if (view.events.length) {
    out.push('\n<section class="aside-block" aria-labelledby="covers-title">\n<h2 id="covers-title">Visits in this article</h2>\n<ul class="aside-events">');
    for (const event of view.events) {
      out.push("\n<li>");
      role(out, event.role);
      out.push(' <a href="', esc(event.url), '">', esc(event.title), '</a> <span class="muted">', esc(event.dateLabel), "</span></li>");
    }
    out.push("\n</ul>\n</section>");
  }
  for (const [list, key, heading] of [[view.people, "people", "People named"], [view.countries, "countries", "Countries named"]] as const) {
    if (!list.length) continue;
    out.push('\n<section class="aside-block" aria-labelledby="', key, '-title">\n<h2 id="', key, '-title">', heading, '</h2>\n<ul class="aside-list">');
    for (const item of list) {
      out.push("<li>");
      link(out, item);
      out.push("</li>");
    }
    out.push("</ul>\n</section>");
  }
  out.push("\n</aside>");
}
