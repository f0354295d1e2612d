// The duplicate checks' per-article keys, worked out by the thread that built the record (from its
// copy of the record) and found by the checks for the record here; the same as working them out here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { collapseExactDuplicates, contentKey } from "../../src/duplicates/exact.ts";
import { duplicateKeysOf, rememberDuplicateKeys } from "../../src/duplicates/keys.ts";
import { findNearDuplicates, hashedText } from "../../src/duplicates/near.ts";
import { articleRecord } from "../support/article-record.ts";

const TEXT = "Prime Minister Hun Manet held talks with his Lao counterpart Sonexay Siphandone in Vientiane on Monday, and the two sides signed six agreements on trade, energy and border management.";

const record = (id: string, paragraphs: string[]) => articleRecord(id, { title: id, published: "2031-03-04", paragraphs });

test("keys worked out from a copy of a record equal those of the record itself", () => {
  const original = record("a", [TEXT]);
  assert.deepEqual(duplicateKeysOf(structuredClone(original)), duplicateKeysOf(original));
});

test("the checks use the keys remembered for a record instead of hashing it again", () => {
  const [a, b] = [record("a", [TEXT]), record("b", ["The Foreign Ministry spokesperson answered questions on fisheries cooperation and the upcoming regional summit in Kuala Lumpur."])];
  assert.equal(findNearDuplicates([a, b]).length, 0);
  const keysOfA = duplicateKeysOf(a);
  // Remembered for b: the keys of a, as if b's thread had found its text to be a's.
  rememberDuplicateKeys(b, keysOfA);
  assert.equal(contentKey(b), keysOfA.content);
  assert.equal(collapseExactDuplicates([a, b]).records.length, 1);
  // Read once, then let go: the next check hashes b's own text.
  rememberDuplicateKeys(b, keysOfA);
  assert.equal(findNearDuplicates([a, b]).length, 1);
  assert.notDeepEqual(hashedText(b).shingles, keysOfA.text.shingles);
});
