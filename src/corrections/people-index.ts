// Who each person id in the records is, as the archive will resolve it (`binh` → the one
// `nguyen-van-binh`), and which articles name them: built once, kept up to date as corrections
// move names from one person to another, so each person correction touches only their articles.
import type { ArticleRecord } from "../model/schema.ts";
import type { Authority } from "../model/authority.ts";
import { matchKey, slugify } from "../text/fold.ts";
import { mergedInto } from "../text/names.ts";
import { mergePeople, toPerson } from "../archive/people.ts";
import { personIdsOf } from "../archive/person-ids.ts";

export class PeopleIndex {
  private readonly redirects: ReadonlyMap<string, string>;
  private readonly articlesOf = new Map<string, Set<string>>();
  private readonly names = new Map<string, string>();
  /** Person id no longer anyone → why (`was merged into ana-rojas`). */
  private readonly gone = new Map<string, string>();

  constructor(records: readonly ArticleRecord[], authority: Authority) {
    const merged = mergePeople(records);
    this.redirects = merged.redirects;
    const knownNames = new Map(authority.people.map((person) => [matchKey(person.name), person.name]));
    for (const person of authority.people) this.names.set(slugify(person.name), person.name);
    for (const draft of merged.drafts.values()) this.names.set(draft.id, toPerson(draft, [], knownNames, new Map()).name);
    for (const record of records) for (const id of personIdsOf(record)) this.addArticle(this.root(id), record.id);
  }

  /** The person a record's id stands for. */
  root(id: string): string {
    return mergedInto(this.redirects, id);
  }

  /** Articles naming `person` (some may have left the record set since). */
  articles(person: string): string[] {
    return [...(this.articlesOf.get(person) ?? [])];
  }

  /** A person some article names. */
  isNamed(person: string): boolean {
    return (this.articlesOf.get(person)?.size ?? 0) > 0;
  }

  /** The person's display name, as the archive would give it, or the authority's; null for an unknown id. */
  nameOf(person: string): string | null {
    return this.names.get(person) ?? null;
  }

  /** Why `person` names nobody. */
  missing(person: string): string {
    return this.gone.get(person) ?? `no person "${person}" in any article (is the id on their page /people/…/ spelt so?)`;
  }

  addArticle(person: string, article: string): void {
    const set = this.articlesOf.get(person) ?? new Set<string>();
    set.add(article);
    this.articlesOf.set(person, set);
  }

  setName(person: string, name: string): void {
    this.names.set(person, name);
  }

  forget(person: string, why: string): void {
    this.articlesOf.delete(person);
    this.gone.set(person, why);
  }
}
