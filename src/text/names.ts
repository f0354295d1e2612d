// Person names as runs of folded words: the one rule for "this shorter name is that person",
// used within an article (ingest) and across articles (archive).

export interface NameKeys {
  id: string;
  /** The name's words as match keys (`["nguyen", "van", "binh"]`). */
  keys: readonly string[];
}

/** The words of `needle` stand together, in order, inside `haystack`. */
export function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((key, offset) => haystack[start + offset] === key)) return true;
  }
  return false;
}

/**
 * A name inside exactly one longer name is that person (`Van Binh` → `Nguyen Van Binh`); inside
 * two (`Binh` beside two Binhs) it stays apart. Returns `[shorter id, longer id]` pairs, shortest
 * names first and otherwise in the order given, so callers pool their data in a fixed order.
 * Names are looked up by word, so the work grows with the number of names sharing a word.
 */
export function partialNameMerges(names: readonly NameKeys[]): [string, string][] {
  const byKey = new Map<string, NameKeys[]>();
  for (const name of names) for (const key of new Set(name.keys)) byKey.set(key, [...(byKey.get(key) ?? []), name]);
  const merges: [string, string][] = [];
  for (const name of [...names].sort((a, b) => a.keys.length - b.keys.length)) {
    if (name.keys.length === 0) continue;
    const containers = (byKey.get(name.keys[0]!) ?? []).filter((other) => other.keys.length > name.keys.length && containsRun(other.keys, name.keys));
    if (containers.length === 1) merges.push([name.id, containers[0]!.id]);
  }
  return merges;
}

/** Follows merges from `id` to the name it finally joined. */
export function mergedInto(redirects: ReadonlyMap<string, string>, id: string): string {
  let current = id;
  while (redirects.has(current)) current = redirects.get(current)!;
  return current;
}
