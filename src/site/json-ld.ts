// schema.org JSON-LD for each page type. Pure functions from a page's view to a plain object;
// `jsonLdScript` turns one into a `<script>` element that cannot be closed early by its content.
import type { ArticlePage, CountryPage, EventPage, Link, PersonPage } from "./views/index.ts";
import { absoluteUrl, type UrlSettings } from "./urls.ts";

export interface LdSettings extends UrlSettings {
  title: string;
  description: string;
  language: string;
  publisher: string;
}

type Ld = Record<string, unknown>;

const CONTEXT = "https://schema.org";

export function websiteLd(site: LdSettings): Ld {
  return {
    "@context": CONTEXT,
    "@type": "WebSite",
    name: site.title,
    description: site.description,
    url: absoluteUrl(site, "/"),
    inLanguage: site.language,
    publisher: publisherLd(site),
  };
}

export function articleLd(site: LdSettings, view: ArticlePage): Ld {
  const { article } = view;
  const url = absoluteUrl(site, article.url);
  const ld: Ld = {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    ...(article.published ? { datePublished: article.published } : {}),
    url,
    mainEntityOfPage: url,
    inLanguage: site.language,
    wordCount: article.wordCount,
    publisher: publisherLd(site),
  };
  const author = article.byline ? article.byline.replace(/^by\s+/i, "").trim() : null;
  if (author) ld.author = { "@type": "Organization", name: author };
  else if (article.sources.length) ld.author = article.sources.map((name) => ({ "@type": "Organization", name }));
  if (article.sources.length) ld.sourceOrganization = article.sources.map((name) => ({ "@type": "Organization", name }));
  const translator = article.translator?.replace(/^translated by\s+/i, "").trim();
  if (translator) ld.translator = { "@type": "Person", name: translator };
  if (view.events.length) ld.about = view.events.map((event) => ({ "@type": "Event", name: event.title, url: absoluteUrl(site, event.url) }));
  const mentions = [...view.people.map((person) => thing(site, "Person", person)), ...view.countries.map((country) => thing(site, "Country", country))];
  if (mentions.length) ld.mentions = mentions;
  return ld;
}

export function eventLd(site: LdSettings, view: EventPage): Ld {
  const { event, summary } = view;
  const ld: Ld = {
    "@context": CONTEXT,
    "@type": "Event",
    name: event.title,
    description: eventDescription(view),
    url: absoluteUrl(site, event.url),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: thing(site, "Country", summary.host),
  };
  // schema.org dates may be a day or a month (ISO 8601); an unknown date is left out, not guessed.
  if (summary.datetime && event.start) {
    const end = event.end ?? event.start;
    ld.startDate = summary.datetime;
    ld.endDate = event.precision === "month" ? end.slice(0, 7) : end;
  }
  if (summary.visitor) ld.performer = thing(site, "Person", summary.visitor);
  if (view.participants.length) ld.attendee = view.participants.map((person) => thing(site, "Person", person));
  if (view.coverage.length) {
    ld.subjectOf = view.coverage.map((item) => ({ "@type": "NewsArticle", headline: item.article.title, url: absoluteUrl(site, item.article.url), ...(item.article.published ? { datePublished: item.article.published } : {}) }));
  }
  return ld;
}

export function personLd(site: LdSettings, view: PersonPage): Ld {
  const { person } = view;
  const ld: Ld = { "@context": CONTEXT, "@type": "Person", name: person.name, url: absoluteUrl(site, view.first) };
  if (person.aliases.length) ld.alternateName = person.aliases;
  if (person.roles.length) ld.jobTitle = person.roles.length === 1 ? person.roles[0] : person.roles;
  if (view.country) ld.nationality = thing(site, "Country", view.country);
  return ld;
}

export function countryLd(site: LdSettings, view: CountryPage): Ld {
  const { country } = view;
  const ld: Ld = { "@context": CONTEXT, "@type": "Country", name: country.name, url: absoluteUrl(site, view.first) };
  if (country.aliases.length) ld.alternateName = country.aliases;
  return ld;
}

/** `<script type="application/ld+json">`; `<` is escaped so no text can end the element. */
export function jsonLdScript(data: Ld): string {
  const json = JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return `<script type="application/ld+json">${json}</script>`;
}

function publisherLd(site: LdSettings): Ld {
  return { "@type": "Organization", name: site.publisher, url: absoluteUrl(site, "/") };
}

function thing(site: LdSettings, type: string, link: Link): Ld {
  return { "@type": type, name: link.name, url: absoluteUrl(site, link.url) };
}

function eventDescription(view: EventPage): string {
  const { summary } = view;
  const who = summary.visitor ? `${summary.visitor.name}${summary.from ? ` (${summary.from.name})` : ""}` : summary.from?.name ?? "A delegation";
  return `${who}: ${summary.kind} to ${summary.host.name}, ${summary.dateLabel}.`;
}
