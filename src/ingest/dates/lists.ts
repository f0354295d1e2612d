// Dates written as a list (`on February 5 and 6, respectively`, `May 3, June 4 and July 5`):
// members are marked so a caller can pair them, in order, with a list of places or people.
import type { DateMention } from "./api.ts";

/** What may stand between two listed dates: a comma, `and`, `or`, optionally `on`. */
const LIST_SEPARATOR = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)(?:on\s+)?$/;
const RESPECTIVELY = /^\s*,?\s*respectively\b/i;

/** Sets `list` on every mention that stands in a list of two or more dates (mentions in text order). */
export function markLists(mentions: DateMention[], text: string): void {
  let run: DateMention[] = [];
  const close = () => {
    if (run.length >= 2) {
      const last = run.at(-1)!;
      const respectively = RESPECTIVELY.test(text.slice(last.index + last.text.length));
      const id = run[0]!.index;
      run.forEach((mention, position) => (mention.list = { id, position, size: run.length, respectively }));
    }
    run = [];
  };
  for (const mention of mentions) {
    const previous = run.at(-1);
    const between = previous ? text.slice(previous.index + previous.text.length, mention.index) : null;
    if (previous && between !== null && LIST_SEPARATOR.test(between)) run.push(mention);
    else {
      close();
      run = [mention];
    }
  }
  close();
}

/** The lists among mentions, each in order: `[[Feb 5, Feb 6]]` for `February 5 and 6`. */
export function dateLists(mentions: DateMention[]): DateMention[][] {
  const lists = new Map<number, DateMention[]>();
  for (const mention of mentions) {
    if (!mention.list) continue;
    const members = lists.get(mention.list.id) ?? [];
    members[mention.list.position] = mention;
    lists.set(mention.list.id, members);
  }
  return [...lists.values()];
}
