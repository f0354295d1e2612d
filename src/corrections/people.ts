// Corrections of who the articles name, applied to the records before the archive is built, so
// the archive makes its people, visitors and events from the corrected names: a name in one
// article is someone else; a person is really two (split), two are one (merge), or a "person"
// is nobody (reject). Every mention the archive would resolve to the person counts (`Bình`
// for `Nguyễn Văn Bình`).
import type { ArticleRecord, Corrected, PersonMention } from "../model/schema.ts";
import { matchKey } from "../text/fold.ts";
import { renamePeople } from "../archive/person-ids.ts";
import { applied, invalid, noteOf, stale, withNotes, type CorrectionOutcome } from "./outcome.ts";
import type { RecordContext } from "./articles.ts";
import type { Correction, CorrectionOf } from "./schema.ts";

export function correctMention(correction: CorrectionOf<"mention">, context: RecordContext): CorrectionOutcome {
  const { records, people } = context;
  const record = records.get(correction.article);
  if (!record) return stale(correction, records.missing(correction.article));
  const wanted = matchKey(correction.person);
  const ids = record.people
    .filter((mention) => mention.id === correction.person || people.root(mention.id) === correction.person || [mention.name, ...mention.forms].some((form) => matchKey(form) === wanted))
    .map((mention) => mention.id);
  if (ids.length === 0) return stale(correction, `article ${record.id} names no "${correction.person}"`);
  const name = correction.set.name ?? people.nameOf(correction.set.id);
  if (!name) return invalid(correction, `set.name: give the full name of "${correction.set.id}", whom no article names yet`);
  if (ids.every((id) => id === correction.set.id) && !correction.set.name) return stale(correction, "changes nothing: the article already names this person; delete the entry");
  reassign(record, new Set(ids), correction.set.id, name, correction, context);
  return applied(correction, `"${correction.person}" is ${name} (${correction.set.id})`, record.url);
}

export function splitPerson(correction: CorrectionOf<"splitPerson">, context: RecordContext): CorrectionOutcome {
  const { people, records } = context;
  const { split } = correction;
  if (!people.isNamed(correction.person)) return stale(correction, people.missing(correction.person));
  if (split.id === correction.person) return invalid(correction, "split.id: give the other person a new id");
  const name = split.name ?? people.nameOf(split.id) ?? people.nameOf(correction.person)!;
  const moved: string[] = [];
  const unmatched: string[] = [];
  for (const id of split.articles) {
    const record = records.get(id);
    const ids = record ? record.people.map((mention) => mention.id).filter((mention) => people.root(mention) === correction.person) : [];
    if (!record || ids.length === 0) {
      unmatched.push(record ? `${id} does not name ${correction.person}` : records.missing(id));
      continue;
    }
    reassign(record, new Set(ids), split.id, name, correction, context);
    moved.push(id);
  }
  if (moved.length === 0) return stale(correction, `split.articles: ${unmatched.join("; ")}`);
  const skipped = unmatched.length ? ` (not in ${unmatched.join("; ")})` : "";
  return applied(correction, `${name} (${split.id}) is named in ${moved.join(", ")}, apart from ${correction.person}${skipped}`, `/people/${split.id}/`);
}

export function mergePeople(correction: CorrectionOf<"mergePeople">, context: RecordContext): CorrectionOutcome {
  const { people, records } = context;
  if (correction.person === correction.mergeInto) return invalid(correction, "mergeInto: a person cannot be merged into themselves");
  if (!people.isNamed(correction.person)) return stale(correction, people.missing(correction.person));
  if (!people.isNamed(correction.mergeInto)) return stale(correction, `mergeInto: ${people.missing(correction.mergeInto)}`);
  for (const id of people.articles(correction.person)) {
    const record = records.get(id);
    const ids = record?.people.map((mention) => mention.id).filter((mention) => people.root(mention) === correction.person) ?? [];
    if (record && ids.length > 0) reassign(record, new Set(ids), correction.mergeInto, null, correction, context);
  }
  people.forget(correction.person, `person ${correction.person} was merged into ${correction.mergeInto} at line ${correction.line}`);
  return applied(correction, `${correction.person} is ${correction.mergeInto}`, `/people/${correction.mergeInto}/`);
}

export function rejectPerson(correction: CorrectionOf<"rejectPerson">, context: RecordContext): CorrectionOutcome {
  const { people, records } = context;
  if (!people.isNamed(correction.person)) return stale(correction, people.missing(correction.person));
  const touched: ArticleRecord[] = [];
  for (const id of people.articles(correction.person)) {
    const record = records.get(id);
    if (!record) continue;
    const isRejected = (mention: string) => people.root(mention) === correction.person;
    const removed = record.people.filter((mention) => isRejected(mention.id)).map((mention) => mention.name);
    const renamed = renamePeople(record, (mention) => (isRejected(mention) ? null : mention));
    const visits = renamed.visits.map((visit, index) => {
      const before = record.visits[index]!.visitor;
      return before && isRejected(before) ? withNotes(visit, [noteOf(correction, "visitor", before)]) : visit;
    });
    const fixed = withNotes({ ...renamed, visits }, removed.length ? [noteOf(correction, "people", removed)] : []);
    records.put(fixed);
    touched.push(fixed);
  }
  people.forget(correction.person, `person ${correction.person} was rejected at line ${correction.line}`);
  if (touched.length === 0) return stale(correction, people.missing(correction.person));
  return applied(correction, `${correction.person} is no person: removed from ${touched.map((record) => record.id).join(", ")}`, touched[0]!.url);
}

/**
 * In `record`, the mentions `ids` become the person `to` (with `name`, when given, as the name the
 * archive knows them by), each carrying a note of who the build had taken them for.
 */
function reassign(record: ArticleRecord, ids: ReadonlySet<string>, to: string, name: string | null, correction: Correction, context: RecordContext): void {
  const before = new Map(record.people.map((mention) => [mention.id, mention]));
  const renamed = renamePeople(record, (id) => (ids.has(id) ? to : id));
  const people = renamed.people.map((mention): PersonMention => {
    if (mention.id !== to) return mention;
    // Who the build had taken the name for: the archive's person, not the article's own id.
    const was = [...new Set([...ids].filter((id) => id !== to || before.get(id)?.name !== name).map((id) => context.people.root(id)))];
    const notes: Corrected[] = was.length ? [noteOf(correction, "id", was.length === 1 ? was[0]! : was)] : [];
    return withNotes(name ? { ...mention, name } : mention, notes);
  });
  context.records.put({ ...renamed, people });
  context.people.addArticle(to, record.id);
  if (name) context.people.setName(to, name);
}
