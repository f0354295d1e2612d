// One record per person across articles. Articles already agree on ids (slug of the folded
// name); here a person known in some article only by part of a name (`Binh`) joins the one
// person whose full name holds it, the display name takes every diacritic any source gives
// (`Nguyen Van Bình` + `Nguyễn …` → `Nguyễn Van Bình`), and roles and country are pooled.
import { mostCommon } from "../util/most-common.ts";
import type { ArticleRecord, Corrected, Person } from "../model/schema.ts";
import { uniqueCorrections } from "./corrected.ts";
import { matchKey } from "../text/fold.ts";
import { diacritics } from "../text/fold.ts";
import { compare } from "../util/compare.ts";
import { partialNameMerges } from "../text/names.ts";

export interface PersonDraft {
  id: string;
  keys: string[];
  names: string[];
  forms: string[];
  roles: Map<string, number>;
  countries: Map<string, number>;
  articles: string[];
  /** Editors' corrections of mentions of this person (who a name is). */
  corrected: Corrected[];
}

export interface MergedPeople {
  drafts: Map<string, PersonDraft>;
  /** Old id → id it was merged into. */
  redirects: Map<string, string>;
}

export function mergePeople(articles: readonly ArticleRecord[]): MergedPeople {
  const drafts = new Map<string, PersonDraft>();
  for (const article of articles) {
    for (const person of article.people) {
      let draft = drafts.get(person.id);
      if (!draft) {
        draft = { id: person.id, keys: [], names: [], forms: [], roles: new Map(), countries: new Map(), articles: [], corrected: [] };
        drafts.set(person.id, draft);
      }
      if (!draft.names.includes(person.name)) draft.names.push(person.name);
      for (const form of person.forms) if (!draft.forms.includes(form)) draft.forms.push(form);
      if (person.role) draft.roles.set(person.role, (draft.roles.get(person.role) ?? 0) + 1);
      if (person.country) draft.countries.set(person.country, (draft.countries.get(person.country) ?? 0) + 1);
      if (!draft.articles.includes(article.id)) draft.articles.push(article.id);
      draft.corrected.push(...(person.corrected ?? []));
    }
  }
  for (const draft of drafts.values()) draft.keys = longestKeys(draft);
  return { drafts, redirects: mergePartialNames(drafts) };
}

function longestKeys(draft: PersonDraft): string[] {
  let keys: string[] = [];
  for (const name of draft.names) {
    const candidate = matchKey(name).split(" ");
    if (candidate.length > keys.length) keys = candidate;
  }
  return keys.length > 0 ? keys : draft.id.split("-");
}

/** A shorter name inside exactly one longer name is that person (`Binh` → `Nguyen Van Binh`). */
function mergePartialNames(drafts: Map<string, PersonDraft>): Map<string, string> {
  const redirects = new Map<string, string>();
  const byId = [...drafts.values()].sort((a, b) => compare(a.id, b.id));
  for (const [shorter, longer] of partialNameMerges(byId)) {
    const draft = drafts.get(shorter)!;
    const target = drafts.get(longer)!;
    for (const name of draft.names) if (!target.forms.includes(name)) target.forms.push(name);
    for (const form of draft.forms) if (!target.forms.includes(form)) target.forms.push(form);
    for (const [role, count] of draft.roles) target.roles.set(role, (target.roles.get(role) ?? 0) + count);
    for (const [country, count] of draft.countries) target.countries.set(country, (target.countries.get(country) ?? 0) + count);
    for (const article of draft.articles) if (!target.articles.includes(article)) target.articles.push(article);
    target.corrected.push(...draft.corrected);
    drafts.delete(draft.id);
    redirects.set(draft.id, target.id);
  }
  return redirects;
}

/** `knownNames`: display names an editor gave (the authority file), by folded key. */
export function toPerson(draft: PersonDraft, events: string[], knownNames: ReadonlyMap<string, string>, articleOrder: ReadonlyMap<string, number>): Person {
  const name = displayName(draft, knownNames);
  const aliases: string[] = [];
  for (const form of [...draft.names, ...draft.forms]) {
    // Role phrases (`the Kenyan leader`) describe; they are not names to list.
    if (form === name || aliases.includes(form) || !/^\p{Lu}/u.test(form) || !sharesNameWord(form, draft.keys)) continue;
    aliases.push(form);
  }
  return {
    id: draft.id,
    url: `/people/${draft.id}/`,
    name,
    aliases,
    country: mostCommon(draft.countries),
    roles: [...draft.roles].sort((a, b) => b[1] - a[1]).map(([role]) => role),
    articles: [...draft.articles].sort((a, b) => (articleOrder.get(a) ?? 0) - (articleOrder.get(b) ?? 0)),
    events,
    ...uniqueCorrections([draft]),
  };
}

function sharesNameWord(form: string, keys: readonly string[]): boolean {
  return matchKey(form)
    .split(" ")
    .some((word) => keys.includes(word));
}

/** Every full name that folds to the same words, merged word by word keeping diacritics. */
function displayName(draft: PersonDraft, knownNames: ReadonlyMap<string, string>): string {
  const key = draft.keys.join(" ");
  const variants = [...draft.names, ...draft.forms].filter((form) => matchKey(form) === key);
  const known = knownNames.get(key);
  if (known) variants.unshift(known);
  if (variants.length === 0) return draft.names[0] ?? draft.id;
  const split = variants.map((variant) => variant.split(/\s+/));
  const base = split.find((words) => words.length === draft.keys.length) ?? split[0]!;
  return base
    .map((word, position) => {
      let best = word;
      for (const words of split) {
        const other = words[position];
        if (other && words.length === base.length && diacritics(other) > diacritics(best)) best = other;
      }
      return best;
    })
    .join(" ");
}

