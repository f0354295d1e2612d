// Near-duplicates: the same story republished with small edits (a VNS copy of a VNA report with
// its own headline, dateline and spellings). Each article's text becomes a set of word shingles
// (runs of SHINGLE_WORDS folded words); a MinHash signature of that set is cut into bands, and
// articles sharing a band land in the same bucket. Only articles sharing a bucket are compared,
// so the work grows with the number of articles, not with the number of pairs; each candidate
// pair is then measured exactly (Jaccard similarity of the two shingle sets).
import type { ArticleRecord } from "../model/schema.ts";
import { compare } from "../util/compare.ts";
import { matchKey } from "../text/fold.ts";

export interface NearDuplicate {
  /** The two article ids, in byte order. */
  articles: [string, string];
  /** Shared shingles over all shingles of the two, 0–1. */
  similarity: number;
}

/** Words per shingle: long enough that two reports of one visit in their own words share few. */
export const SHINGLE_WORDS = 5;
/**
 * Linked from this similarity up. Measured on the seeds and the wire set (src/duplicates/README.md):
 * a VNS republication of a VNA story scores 0.63, two different articles at most 0.05.
 */
export const SIMILARITY_THRESHOLD = 0.4;
/**
 * 40 bands of 3 rows. A pair of similarity s shares a bucket with probability 1 − (1 − s³)⁴⁰:
 * 0.93 at the threshold, 0.995 at 0.5, all but certain for a republication; 0.5% at 0.05, so
 * articles that merely share stock phrases are rarely even compared.
 */
const BANDS = 40;
const ROWS = 3;

export function findNearDuplicates(records: readonly ArticleRecord[], threshold = SIMILARITY_THRESHOLD): NearDuplicate[] {
  const texts = records.map(hashedText);
  const shingles = texts.map((text) => text.shingles);
  const signatures = texts.map((text) => text.signature);
  // Per band, the articles by a number made from the band's rows: a bucket holds one article (the
  // most of them), or a list. Two bands can make the same number; they are told apart below.
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number | number[]>());
  signatures.forEach((signature, index) => {
    if (!signature) return;
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(signature, band);
      const bucket = buckets[band]!.get(key);
      if (bucket === undefined) buckets[band]!.set(key, index);
      else if (typeof bucket === "number") buckets[band]!.set(key, [bucket, index]);
      else bucket.push(index);
    }
  });
  // Each pair is compared in the first band it shares (no set of pairs seen, which at tens of
  // thousands of formulaic articles outgrew what a Map can hold), and only close ones are kept.
  const pairs: NearDuplicate[] = [];
  buckets.forEach((band, bandIndex) => {
    for (const bucket of band.values()) {
      if (typeof bucket === "number") continue;
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const [a, b] = [bucket[i]!, bucket[j]!];
          if (!sameBand(signatures[a]!, signatures[b]!, bandIndex) || shareEarlierBand(signatures[a]!, signatures[b]!, bandIndex)) continue;
          const similarity = similarityFrom(shingles[a]!, shingles[b]!, threshold);
          if (similarity === null) continue;
          pairs.push({ articles: [records[a]!.id, records[b]!.id].sort(compare) as [string, string], similarity });
        }
      }
    }
  });
  return pairs.sort((x, y) => compare(x.articles[0], y.articles[0]) || compare(x.articles[1], y.articles[1]));
}

/** The rows of `band` as one number (a Map keyed by numbers, not by strings of them: a third of the time at 10,000 articles). */
function bandKey(signature: Uint32Array, band: number): number {
  let key = 0;
  for (let row = band * ROWS; row < (band + 1) * ROWS; row++) key = mix32(key ^ signature[row]!);
  return key;
}

/** Whether two signatures agree on every row of `band`. */
function sameBand(a: Uint32Array, b: Uint32Array, band: number): boolean {
  for (let row = band * ROWS; row < (band + 1) * ROWS; row++) if (a[row] !== b[row]) return false;
  return true;
}

/** Whether two signatures agree on a whole band before `band` (where the pair was compared already). */
function shareEarlierBand(a: Uint32Array, b: Uint32Array, band: number): boolean {
  for (let earlier = 0; earlier < band; earlier++) if (sameBand(a, b, earlier)) return true;
  return false;
}

/** Article id → the articles telling the same story, both ways. */
export function sameStoryLinks(pairs: readonly NearDuplicate[]): Record<string, string[]> {
  const links: Record<string, string[]> = {};
  for (const { articles: [a, b] } of pairs) {
    (links[a] ??= []).push(b);
    (links[b] ??= []).push(a);
  }
  for (const list of Object.values(links)) list.sort(compare);
  return links;
}

/** An article's text as the comparison reads it: its shingles and their MinHash signature. */
export interface HashedText {
  shingles: Shingles;
  signature: Uint32Array | null;
}

/**
 * Texts hashed already, by their paragraphs: frozen ones (`npm start` keeps records between
 * rebuilds, frozen) once for good; others once, ahead, by the thread that built the record
 * (src/ingest/ahead.ts), and let go once read.
 */
const knownTexts = new WeakMap<readonly string[], HashedText>();

/** `hashedText(record)`, worked out elsewhere (on another thread, from a copy of this record). */
export function rememberHashedText(record: ArticleRecord, hashed: HashedText): void {
  knownTexts.set(record.paragraphs, hashed);
}

export function hashedText(record: ArticleRecord): HashedText {
  const known = knownTexts.get(record.paragraphs);
  if (known) {
    if (!Object.isFrozen(record.paragraphs)) knownTexts.delete(record.paragraphs);
    return known;
  }
  const shingles = shinglesOf(record);
  const hashed = { shingles, signature: shingles.length === 0 ? null : minHash(shingles) };
  if (Object.isFrozen(record.paragraphs)) knownTexts.set(record.paragraphs, hashed);
  return hashed;
}

/**
 * A set of shingle hashes, ascending, each once. Four bytes a shingle, several times less than a
 * Set (every article's set is held at once: tens of thousands of them), and two sets are
 * intersected in one pass.
 */
export type Shingles = Uint32Array;

/** The article's text (its paragraphs) as hashed shingles of folded words: blind to case, diacritics and punctuation. */
export function shinglesOf(record: ArticleRecord): Shingles {
  const words = matchKey(record.paragraphs.join(" ")).split(" ").filter(Boolean);
  const hashes: number[] = [];
  for (let start = 0; start + SHINGLE_WORDS <= words.length; start++) hashes.push(hash32(words.slice(start, start + SHINGLE_WORDS).join(" ")));
  if (hashes.length === 0 && words.length > 0) hashes.push(hash32(words.join(" "))); // a text shorter than one shingle
  const sorted = Uint32Array.from(hashes).sort();
  let kept = 0;
  for (let index = 0; index < sorted.length; index++) if (index === 0 || sorted[index] !== sorted[kept - 1]) sorted[kept++] = sorted[index]!;
  return sorted.subarray(0, kept);
}

/** Shared shingles over all shingles of the two. */
export function jaccard(a: Shingles, b: Shingles): number {
  return similarityFrom(a, b, 0) ?? 0;
}

/**
 * `jaccard(a, b)` when it is at least `threshold`, else null. Most pairs a bucket brings together
 * share only stock phrases: the count stops once the shingles left cannot make up the difference.
 */
function similarityFrom(a: Shingles, b: Shingles, threshold: number): number | null {
  const total = a.length + b.length;
  // The fewest shared shingles that reach the threshold (the ratio grows with them).
  let needed = Math.max(0, Math.floor((threshold * total) / (1 + threshold)) - 1);
  while (needed < total && !(needed / (total - needed) >= threshold)) needed++;
  if (needed > Math.min(a.length, b.length)) return null;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (shared + Math.min(a.length - i, b.length - j) < needed) return null;
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  if (shared < needed) return null;
  const union = total - shared;
  return union === 0 ? 0 : shared / union;
}

/** Fixed seeds, one per hash function, so every build buckets alike. */
const SEEDS = Array.from({ length: BANDS * ROWS }, (_, index) => mix32(0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b)));

function minHash(shingles: Shingles): Uint32Array {
  const signature = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (const value of shingles) {
    for (let index = 0; index < SEEDS.length; index++) {
      const hashed = mix32(value ^ SEEDS[index]!);
      if (hashed < signature[index]!) signature[index] = hashed;
    }
  }
  return signature;
}

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit number. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output, unsigned 32-bit. */
function mix32(value: number): number {
  let hash = value >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
