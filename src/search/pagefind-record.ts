// One search record as Pagefind stores it: the content it searches (title, then body, then the
// folded copy), the meta the results show, and the filters and sort key the search page uses.

import type { CustomRecord } from "pagefind";
import { indexWords, withFoldedCopy } from "./folded-copy.ts";
import type { SearchRecord } from "./records.ts";

export function pagefindRecord(record: SearchRecord, language: string): CustomRecord {
  // The title leads the content so its words match too; `titleWords` lets the search page show
  // the excerpt from the body (the title is shown above it) and mark matches in the title.
  const meta: Record<string, string> = {
    title: record.title,
    titleWords: String(indexWords(record.title).length),
    type: record.type,
    when: record.when,
  };
  if (record.date) meta.date = record.date;
  return {
    url: record.url,
    content: withFoldedCopy(`${record.title}\n${record.body}`),
    language,
    meta,
    filters: { type: [record.type], country: record.countries },
    // An undated record has no sort key: Pagefind leaves it out of date-sorted results.
    sort: record.date ? { date: record.date } : {},
  };
}
