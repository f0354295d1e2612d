// An event page's body (templates/events/event.njk puts it in the layout): the facts of the
// visit, its map and route, why the archive says so, the articles telling it, and its figures.
import type { ArticleEvidence } from "../../model/schema.ts";
import type { DrawnMap } from "../maps/draw.ts";
import type { ArticleSummary, EventPage } from "../views/index.ts";
import type { CorrectionNote } from "../views/desk.ts";
import { capitalise, plural } from "../text.ts";
import { esc } from "./html.ts";
import { cite, corrections, evidenceQuote, figure, kind, link, neighbours, pager, role, route } from "./pieces.ts";

export interface EventContext {
  notes: Record<string, CorrectionNote[]>;
  articleById: Record<string, ArticleSummary>;
  /** Draws the page's map (the `drawMap` filter); called on page 1 only. */
  drawMap: () => DrawnMap;
  ld: string;
  site: { title: string; publisher: string };
  fullUrl: (path: string) => string;
}

/** Readings of one fact shown on the page; the rest are in the open data. */
const READINGS_SHOWN = 2;
/** Sentences quoted per covering article. */
const EVIDENCE_SHOWN = 3;

export function eventBody(view: EventPage, context: EventContext): string {
  const { event, summary: s } = view;
  const out: string[] = ['<article class="page event-page">\n<header class="page-head">\n<p class="eyebrow">'];
  kind(out, s);
  out.push(' <span class="eyebrow-sep" aria-hidden="true">·</span> ');
  if (s.datetime) out.push('<time datetime="', esc(s.datetime), '">', esc(s.dateLabel), "</time>");
  else out.push(esc(s.dateLabel));
  out.push("</p>\n<h1>", esc(event.title));
  if (view.number > 1) out.push(' <span class="intro-page">page ', esc(view.number), "</span>");
  out.push('</h1>\n<p class="event-route">');
  route(out, s);
  out.push("</p>");
  if (view.number === 1) {
    corrections(out, context.notes[event.url]);
    out.push("\n");
  }
  out.push("\n</header>");
  if (view.number === 1) {
    facts(out, view);
    map(out, view, context.drawMap());
    why(out, view, context.articleById);
  }
  out.push('\n\n<section class="block" id="coverage" aria-labelledby="coverage-title">\n<h2 id="coverage-title">Articles about this visit <span class="muted">(', esc(view.coverageCount), ')</span></h2>\n<p class="block-note">Oldest first. <em>Preview</em>: written before the visit; <em>report</em>: during or just after it; <em>assessment</em>: looking back on it; <em>mention</em>: in passing.</p>\n<ol class="coverage">');
  for (const c of view.coverage) {
    out.push('\n<li class="coverage-item">\n<p class="coverage-head">');
    role(out, c.role);
    out.push(" ");
    if (c.article.published) out.push('<time datetime="', esc(c.article.published), '">', esc(c.article.dateLabel), "</time>");
    else out.push('<span class="undated">', esc(c.article.dateLabel), "</span>");
    out.push('</p>\n<p class="coverage-title"><a href="', esc(c.article.url), '">', esc(c.article.title), "</a></p>");
    for (const sentence of c.evidence.slice(0, EVIDENCE_SHOWN)) out.push('\n<blockquote class="evidence"><p>', esc(sentence), "</p></blockquote>");
    out.push("\n</li>");
  }
  out.push("\n</ol>\n");
  pager(out, view, "Pages of articles about this visit", "Previous", "More");
  out.push("\n</section>");
  figures(out, view);
  if (view.number === 1) {
    neighbours(out, view.earlier, view.later, "Neighbouring visits on the timeline", "visit");
    out.push("\n");
    const details = `${capitalise(s.kind)}, ${s.dateLabel}, as told by ${plural(s.articleCount, "article")}`;
    cite(out, { author: context.site.publisher, title: event.title, details, container: context.site.title, url: context.fullUrl(view.url), record: `/api/events/${event.id}.json` });
    out.push("\n</article>\n", context.ld);
  } else out.push("\n</article>");
  return out.join("");
}

function facts(out: string[], { event, summary: s, participants }: EventPage): void {
  out.push('\n<dl class="facts">\n<div><dt>When</dt><dd>', esc(s.dateLabel));
  if (event.precision === "month") out.push(' <span class="note">(the articles give only the month)</span>');
  out.push("</dd></div>\n<div><dt>Kind</dt><dd>", esc(capitalise(event.kind)), "</dd></div>\n<div><dt>Visitor</dt><dd>");
  if (s.visitor) link(out, s.visitor);
  else out.push("Not named");
  out.push("</dd></div>\n<div><dt>From</dt><dd>");
  if (s.from) link(out, s.from);
  else out.push("Not stated");
  out.push("</dd></div>\n<div><dt>Host</dt><dd>");
  link(out, s.host);
  out.push("</dd></div>");
  if (participants.length) {
    out.push('\n<div class="facts-wide"><dt>Taking part</dt><dd><ul class="inline-list">');
    for (const person of participants) {
      out.push("<li>");
      link(out, person);
      out.push("</li>");
    }
    out.push("</ul></dd></div>");
  }
  out.push("\n</dl>");
}

/** The map of the trip, and the route as a table. */
function map(out: string[], view: EventPage, drawn: DrawnMap): void {
  if (!drawn.svg) return;
  const stops = view.trip.filter((stop) => stop.event).length;
  out.push('\n<section class="block" id="map" aria-labelledby="trip-title">\n<h2 id="trip-title">', stops > 1 ? "The trip" : "On the map", "</h2>");
  const caption = view.map.title + (stops > 1 ? ". The solid arrow leads to this visit; dashed ones, to the trip’s other stops." : ".");
  figure(out, drawn.svg, caption, (text) => {
    text.push('\n<table class="data-table">\n<caption>The route, stop by stop</caption>\n<thead><tr><th scope="col">Stop</th><th scope="col">Country</th><th scope="col">When</th></tr></thead>\n<tbody>');
    for (const stop of view.trip) {
      text.push("\n<tr", stop.current ? ' class="is-current"' : "", ">");
      if (stop.event) {
        text.push("\n<td>", esc(stop.number), "</td><td>");
        link(text, stop.country);
        text.push("</td><td>");
        if (stop.current) text.push(esc(stop.event.dateLabel), stops > 1 ? " (this visit)" : "");
        else text.push('<a href="', esc(stop.event.url), '">', esc(stop.event.dateLabel), "</a>");
        text.push("</td>");
      } else {
        text.push("\n<td>From</td><td>");
        link(text, stop.country);
        text.push("</td><td>Setting out</td>");
      }
      text.push("\n</tr>");
    }
    text.push("\n</tbody>\n</table>");
    if (drawn.missing.length) text.push('<p class="note">Not on the map (no place for ', esc(drawn.missing.join(", ")), " in data/places.json).</p>");
  });
  out.push("\n</section>");
}

/** Each fact with the first readings that support it: the rule, the article, the words. */
function why(out: string[], { event }: EventPage, articleById: Record<string, ArticleSummary>): void {
  const facts: [string, ArticleEvidence[]][] = [["When", event.why.dates], ["Visitor", event.why.visitor], ["From", event.why.from], ["Host", event.why.host]];
  out.push('\n<section class="block why" id="why" aria-labelledby="why-title">\n<h2 id="why-title">Why the archive says so</h2>\n<p class="block-note">The rule that read each fact, and the words it rests on (highlighted), article by article. <em>A guess</em> marks a reading the rules are not sure of.</p>');
  for (const [name, readings] of facts) {
    if (!readings.length) continue;
    out.push('\n<details class="why-fact">\n<summary>', esc(name), ' <span class="muted">(', esc(plural(readings.length, "reading")), ')</span></summary>\n<ul class="why-list">');
    for (const reading of readings.slice(0, READINGS_SHOWN)) {
      const source = articleById[reading.article];
      out.push('\n<li><p class="why-rule">', esc(reading.rule));
      if (reading.confidence === "low") out.push(' <strong class="why-guess">a guess</strong>');
      if (source) out.push(' · <a href="', esc(source.url), '">', esc(source.title), "</a>");
      out.push("</p>\n");
      evidenceQuote(out, reading);
      out.push("</li>");
    }
    out.push("\n</ul>");
    if (readings.length > READINGS_SHOWN) out.push('<p class="block-note">', esc(plural(readings.length - READINGS_SHOWN, "more reading")), ' in the open data (<a href="/api/events.json">events.json</a>).</p>');
    out.push("\n</details>");
  }
  out.push("\n</section>");
}

function figures(out: string[], view: EventPage): void {
  if (!view.figures.length) return;
  out.push('\n<section class="block" id="figures" aria-labelledby="figures-title">\n<h2 id="figures-title">Figures and outcomes</h2>\n<ul class="figures">');
  for (const group of view.figures) {
    out.push("\n<li>");
    if (group.values.length) {
      out.push('<p class="figure-values">');
      group.values.forEach((value, index) => {
        out.push("<strong>", esc(value), "</strong>");
        if (index < group.values.length - 1) out.push('<span class="figure-sep" aria-hidden="true"> · </span><span class="visually-hidden">, </span>');
      });
      out.push("</p>");
    }
    out.push('\n<p class="figure-sentence">', esc(group.sentence), '</p>\n<p class="figure-source"><a href="', esc(group.href), '">In “', esc(group.article.title), "”</a>, ", esc(group.article.dateLabel), "</p></li>");
  }
  out.push("\n</ul>\n</section>");
}
