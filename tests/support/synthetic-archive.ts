// A large, schema-valid Archive made up from nothing, to check that pages stay small and the
// build stays linear as the archive grows (one busy person and country in every event).
import { emptyReport, type PublishedArchive, type Article, type Country, type Event, type Person } from "../../src/model/schema.ts";
import { publishedArticle } from "./article-record.ts";
import { NO_EVENT_EVIDENCE, evidence } from "./evidence.ts";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** Day `index` after 2030-01-01, as YYYY-MM-DD (pure arithmetic on UTC milliseconds). */
function day(index: number): string {
  return new Date(Date.UTC(2030, 0, 1 + index)).toISOString().slice(0, 10);
}

export function syntheticArchive(articleCount: number, eventCount: number): PublishedArchive {
  const countryNames = ["Arcadia", "Borduria", "Carpania", "Dolmen", "Elbonia", "Freedonia", "Genovia", "Hyrule", "Ishtar", "Jotun", "Krakoa", "Latveria"];
  const countryIds = countryNames.map((name) => name.toLowerCase());
  const visitor = "zara-quill";
  const events: Event[] = [];
  const articles: Article[] = [];
  for (let index = 0; index < articleCount; index++) {
    const id = `a${pad(index, 6)}`;
    const host = countryIds[1 + (index % (countryIds.length - 1))]!;
    const sentence = `Chancellor Zara Quill of Arcadia paid a long and carefully prepared state visit to ${countryNames[countryIds.indexOf(host)]} this week, the ministry said.`;
    articles.push(
      publishedArticle(id, {
        source: `synthetic/${id}.txt`,
        title: `Chancellor Zara Quill concludes a long and carefully prepared state visit, number ${index} in this series`,
        summary: sentence,
        published: day(Math.floor(index / 3) * 2),
        sources: ["Synthetic News Agency (SNA)"],
        captions: [{ text: "Chancellor Zara Quill arrives at the airport.", credit: "SNA", people: [visitor] }],
        paragraphs: Array.from({ length: 12 }, (_, paragraph) => `${sentence} Paragraph ${paragraph} goes on about trade, rail, ports and schools for a while longer, as such reports do.`),
        people: [{ id: visitor, name: "Zara Quill", forms: ["Zara Quill"], role: "Chancellor", country: "arcadia", evidence: evidence(sentence, "Chancellor Zara Quill") }],
        countries: [{ id: "arcadia", forms: ["Arcadia"] }, { id: host, forms: [countryNames[countryIds.indexOf(host)]!] }],
        events: [],
        wordCount: 300,
      }),
    );
  }
  for (let index = 0; index < eventCount; index++) {
    const covering = articles.slice(index * 3, index * 3 + 3).concat(index === 0 ? articles.slice(eventCount * 3) : []);
    if (covering.length === 0) break;
    const host = covering[0]!.countries[1]!.id;
    const id = `zara-quill-${host}-${day(index * 2)}`;
    for (const article of covering) article.events.push(id);
    events.push({
      id,
      url: `/events/${id}/`,
      title: `Zara Quill’s state visit to ${countryNames[countryIds.indexOf(host)]}, the long one`,
      kind: "state visit",
      start: day(index * 2),
      end: day(index * 2 + 1),
      precision: "day",
      visitor,
      from: "arcadia",
      host,
      articles: covering.map((article) => article.id),
      participants: [visitor],
      coverage: covering.map((article, order) => ({ article: article.id, role: order === 0 ? "preview" : "report", evidence: [article.summary, article.paragraphs[1]!] })),
      figures: covering.map((article) => ({
        article: article.id,
        text: "US$1 billion",
        value: 1e9,
        currency: "USD",
        sentence: article.paragraphs[2]!,
        paragraph: 2,
        evidence: evidence(article.paragraphs[2]!, "US$1 billion", "currency before the amount"),
      })),
      outcomes: covering.map((article) => ({ article: article.id, sentence: article.paragraphs[1]!, paragraph: 1 })),
      why: NO_EVENT_EVIDENCE,
    });
  }
  const people: Person[] = [
    { id: visitor, url: `/people/${visitor}/`, name: "Zara Quill", aliases: [], country: "arcadia", roles: ["Chancellor"], articles: articles.map((a) => a.id), events: events.map((e) => e.id) },
  ];
  const countries: Country[] = countryIds.map((id, index) => ({
    id,
    url: `/countries/${id}/`,
    name: countryNames[index]!,
    aliases: [],
    articles: articles.filter((article) => article.countries.some((country) => country.id === id)).map((article) => article.id),
    relations: [],
  }));
  return { articles, events, people, countries, warnings: [], report: emptyReport() };
}
