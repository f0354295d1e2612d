// Which words of an article link where: every form the article uses for a person or country,
// pointing at that entity's page. People first, so a name never links to a country page.
import type { Article } from "../model/schema.ts";
import type { MentionTarget } from "./link-mentions.ts";

export interface EntityUrls {
  /** Page of a person or country id, or null when the archive has no page for it. */
  person(id: string): string | null;
  country(id: string): string | null;
}

export function mentionTargets(article: Pick<Article, "people" | "countries">, urls: EntityUrls): MentionTarget[] {
  const targets: MentionTarget[] = [];
  for (const person of article.people) {
    const href = urls.person(person.id);
    if (!href) continue;
    for (const text of unique([person.name, ...person.forms])) targets.push({ text, href, id: `person:${person.id}`, kind: "person" });
  }
  for (const country of article.countries) {
    const href = urls.country(country.id);
    if (!href) continue;
    for (const text of unique(country.forms)) targets.push({ text, href, id: `country:${country.id}`, kind: "country" });
  }
  return targets;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.trim().length > 1))];
}
