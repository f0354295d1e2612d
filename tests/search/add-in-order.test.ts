// Records reach Pagefind in the order given, without waiting for each answer, with a bounded
// number unanswered, and a failure names its record. A fake index stands in for the binary.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { CustomRecord } from "pagefind";
import { addRecordsInOrder, type RecordSink } from "../../src/search/add-in-order.ts";

function record(url: string): CustomRecord {
  return { url, content: `text of ${url}`, language: "en" };
}

/** Answers each record a tick after it arrives, in arrival order, and notes what it saw. */
function fakeIndex(failing = new Set<string>()): RecordSink & { arrived: string[]; mostUnanswered: number } {
  let unanswered = 0;
  const sink = {
    arrived: [] as string[],
    mostUnanswered: 0,
    addCustomRecord(added: CustomRecord): Promise<{ errors: string[] }> {
      sink.arrived.push(added.url);
      unanswered += 1;
      sink.mostUnanswered = Math.max(sink.mostUnanswered, unanswered);
      return new Promise((resolve) =>
        setImmediate(() => {
          unanswered -= 1;
          resolve({ errors: failing.has(added.url) ? ["bad record"] : [] });
        }),
      );
    },
  };
  return sink;
}

test("records arrive in the order given, several unanswered at once but never more than the window", async () => {
  const urls = Array.from({ length: 50 }, (_, index) => `/articles/${index}/`);
  const sink = fakeIndex();
  const sent = await addRecordsInOrder(sink, urls.map(record), 8);
  assert.equal(sent, 50);
  assert.deepEqual(sink.arrived, urls);
  assert.equal(sink.mostUnanswered, 8, "pipelined up to the window, not one round trip per record");
});

test("records made lazily are made only as the window frees up", async () => {
  const made: number[] = [];
  const sink = fakeIndex();
  function* lazy(): Generator<CustomRecord> {
    for (let index = 0; index < 10; index++) {
      made.push(sink.arrived.length);
      yield record(`/people/${index}/`);
    }
  }
  await addRecordsInOrder(sink, lazy(), 3);
  // The fourth record is made only after the first three were sent (and the first answered).
  assert.deepEqual(made.slice(0, 4), [0, 1, 2, 3]);
  assert.equal(sink.mostUnanswered, 3);
});

test("a record Pagefind refuses fails the step, naming its URL, after the rest were answered", async () => {
  const sink = fakeIndex(new Set(["/events/b/", "/events/d/"]));
  await assert.rejects(
    addRecordsInOrder(sink, ["a", "b", "c", "d"].map((id) => record(`/events/${id}/`)), 2),
    /^Error: search: \/events\/b\/: bad record \(and 1 more\)$/,
  );
  assert.equal(sink.arrived.length, 4);
});

test("a window that is not a positive integer is refused", async () => {
  await assert.rejects(addRecordsInOrder(fakeIndex(), [record("/x/")], 0), /window must be a positive integer/);
});
