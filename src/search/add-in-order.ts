// Sends custom records to Pagefind without a round trip per record, in a fixed order.
//
// Pagefind numbers pages in the order they reach its service, and the service reads its stdin in
// order and handles one message at a time (one loop over an ordered channel; see
// pagefind/src/service/mod.rs). `addCustomRecord` writes its message to the service's stdin at
// the moment it is called, so calling it record after record, without awaiting each answer, still
// delivers the records in that order: the index stays byte-identical from build to build.
//
// Awaiting each answer (the old way) left the service idle for a full round trip per record; under
// load that round trip, not the indexing, was most of the search step. At most `window` records
// are unanswered at once, so the queued messages (a few KB each) stay bounded in memory.

import type { CustomRecord } from "pagefind";

/** The part of Pagefind's index this module uses (a fake in tests). */
export interface RecordSink {
  addCustomRecord(record: CustomRecord): Promise<{ errors: string[] }>;
}

export const DEFAULT_WINDOW = 64;

/**
 * Adds `records` in order, keeping at most `window` unanswered. Records are made lazily (the
 * iterable may be a generator), so only the window's worth of them is held at once. Throws the
 * first failure, naming the record's URL, after every sent record has been answered.
 */
export async function addRecordsInOrder(sink: RecordSink, records: Iterable<CustomRecord>, window = DEFAULT_WINDOW): Promise<number> {
  if (!Number.isInteger(window) || window < 1) throw new Error(`search: window must be a positive integer, not ${window}`);
  const unanswered: Array<Promise<string | null>> = [];
  const failures: string[] = [];
  let sent = 0;
  for (const record of records) {
    if (unanswered.length >= window) collect(await unanswered.shift()!, failures);
    unanswered.push(send(sink, record));
    sent += 1;
  }
  for (const answer of await Promise.all(unanswered)) collect(answer, failures);
  if (failures.length) throw new Error(`search: ${failures[0]}${failures.length > 1 ? ` (and ${failures.length - 1} more)` : ""}`);
  return sent;
}

/** Sends one record; resolves to null when indexed, or to what went wrong (never rejects). */
function send(sink: RecordSink, record: CustomRecord): Promise<string | null> {
  return sink.addCustomRecord(record).then(
    (added) => (added.errors.length ? `${record.url}: ${added.errors.join("; ")}` : null),
    (error: unknown) => `${record.url}: ${error instanceof Error ? error.message : String(error)}`,
  );
}

function collect(answer: string | null, failures: string[]): void {
  if (answer !== null) failures.push(answer);
}
