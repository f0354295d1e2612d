// Country records: every country an article names or a visit involves, with the forms articles
// use, the articles naming it, and the countries it has visits with (either direction).
import type { ArticleRecord, Country, Event } from "../model/schema.ts";
import type { AuthorityCountry } from "../model/authority.ts";
import { diacritics } from "../text/fold.ts";
import { slugify } from "../text/fold.ts";
import { compare } from "../util/compare.ts";

export function buildCountries(articles: readonly ArticleRecord[], events: readonly Event[], known: ReadonlyMap<string, AuthorityCountry>): Country[] {
  const forms = new Map<string, string[]>();
  const articlesOf = new Map<string, string[]>();
  const relations = new Map<string, Map<string, string[]>>();
  const ensure = (id: string) => {
    if (!forms.has(id)) forms.set(id, []);
    if (!articlesOf.has(id)) articlesOf.set(id, []);
    if (!relations.has(id)) relations.set(id, new Map());
  };
  for (const article of articles) {
    for (const mention of article.countries) {
      ensure(mention.id);
      const list = forms.get(mention.id)!;
      for (const form of mention.forms) if (!list.includes(form)) list.push(form);
      articlesOf.get(mention.id)!.push(article.id);
    }
  }
  for (const event of events) {
    ensure(event.host);
    if (!event.from || event.from === event.host) continue;
    ensure(event.from);
    for (const [a, b] of [[event.host, event.from], [event.from, event.host]] as const) {
      const related = relations.get(a)!;
      related.set(b, [...(related.get(b) ?? []), event.id]);
    }
  }
  return [...forms.keys()].sort(compare).map((id) => {
    const authority = known.get(id);
    const name = authority?.name ?? nameFromForms(id, forms.get(id)!);
    const aliases: string[] = [];
    for (const alias of [...(authority ? [...authority.aliases, ...authority.demonyms] : []), ...forms.get(id)!]) {
      if (alias !== name && !aliases.includes(alias)) aliases.push(alias);
    }
    return {
      id,
      url: `/countries/${id}/`,
      name,
      aliases,
      articles: articlesOf.get(id)!,
      relations: [...relations.get(id)!].sort((a, b) => compare(a[0], b[0])).map(([country, ids]) => ({ country, events: ids })),
    };
  });
}

/** Without the authority file: the written form whose slug is the id, with the most diacritics. */
function nameFromForms(id: string, forms: readonly string[]): string {
  const matching = forms.filter((form) => slugify(form).replace(/-/g, "") === id.replace(/-/g, ""));
  const pool = matching.length > 0 ? matching : forms;
  let best = pool[0] ?? id;
  for (const form of pool) if (diacritics(form) > diacritics(best)) best = form;
  return best;
}
