// One search record as Pagefind stores it: the content it searches (title, then body, then the
// folded copy if any), the meta the results show, and the filters and sort key the search page uses.

import type { CustomRecord } from "pagefind";
import { indexWords, searchContent } from "./folded-copy.ts";
import type { SearchRecord } from "./records.ts";

/** Sort keys that put an undated record after every dated one, newest first and oldest first. */
const UNDATED_NEWEST = "0000-00-00";
const UNDATED_OLDEST = "9999-12-31";

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
  const { content, folded } = searchContent(`${record.title}\n${record.body}`);
  // The search page reads the second half of a folded record's words as the copy of the first.
  if (folded) meta.folded = "copy";
  return {
    url: record.url,
    content,
    language,
    meta,
    filters: { type: [record.type], country: record.countries },
    // Pagefind leaves a record without a sort key out of sorted results, so an undated one gets a
    // key that sorts it last in each order: `newest` (descending) and `oldest` (ascending).
    sort: { newest: record.date ?? UNDATED_NEWEST, oldest: record.date ?? UNDATED_OLDEST },
  };
}
