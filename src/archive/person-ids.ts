// The person ids an article record uses, and the one way to rename them: the archive resolving
// short names to people, the site publishing that resolution, and an editor's correction saying
// who a name really is (or that it is nobody) all rewrite the same four places.
import type { ArticleRecord, PersonMention } from "../model/schema.ts";

/** Every person id a record uses: its people, its visits' visitors and named people, its captions' people. */
export function personIdsOf(article: ArticleRecord): Set<string> {
  const ids = new Set<string>(article.people.map((person) => person.id));
  for (const visit of article.visits) {
    if (visit.visitor) ids.add(visit.visitor);
    for (const id of visit.people) ids.add(id);
  }
  for (const caption of article.captions) for (const id of caption.people) ids.add(id);
  return ids;
}

/**
 * The record with each person id replaced by `rename(id)`, or dropped where it returns null. Two
 * mentions that become one person become one entry, with the forms (and corrections) of both.
 */
export function renamePeople<T extends ArticleRecord>(record: T, rename: (id: string) => string | null): T {
  const people: PersonMention[] = [];
  for (const person of record.people) {
    const id = rename(person.id);
    if (id === null) continue;
    const same = people.find((other) => other.id === id);
    if (!same) {
      people.push(Object.assign({}, person, { id, forms: [...person.forms] }));
      continue;
    }
    for (const form of person.forms) if (!same.forms.includes(form)) same.forms.push(form);
    if (person.corrected) same.corrected = [...(same.corrected ?? []), ...person.corrected];
  }
  const renameAll = (ids: string[]) => [...new Set(ids.map(rename).filter((id): id is string => id !== null))];
  return Object.assign({}, record, {
    captions: record.captions.map((caption) => Object.assign({}, caption, { people: renameAll(caption.people) })),
    people,
    visits: record.visits.map((visit) => Object.assign({}, visit, { visitor: visit.visitor ? rename(visit.visitor) : null, people: renameAll(visit.people) })),
  });
}
