// The article records while corrections are applied, in input order, with what became of the
// ids that left (published as a copy of another), so a correction naming one says so.
import type { ArticleRecord } from "../model/schema.ts";

export class RecordSet {
  private readonly byId: Map<string, ArticleRecord>;
  /** Id no longer in the set → why (`is published as 001_x: the same text`). */
  private readonly gone = new Map<string, string>();

  constructor(records: readonly ArticleRecord[], gone: ReadonlyMap<string, string> = new Map()) {
    this.byId = new Map(records.map((record) => [record.id, record]));
    for (const [id, why] of gone) this.gone.set(id, why);
  }

  get(id: string): ArticleRecord | undefined {
    return this.byId.get(id);
  }

  /** Why `id` names no record: `article 002_x is published as 001_x: …` or `no article "x"`. */
  missing(id: string): string {
    const why = this.gone.get(id);
    return why ? `article ${id} ${why}` : `no article "${id}" (was its file removed or renamed?)`;
  }

  /** Replaces the record of the same id, keeping its place. */
  put(record: ArticleRecord): void {
    this.byId.set(record.id, record);
  }

  remove(id: string, why: string): void {
    this.byId.delete(id);
    this.gone.set(id, why);
  }

  records(): ArticleRecord[] {
    return [...this.byId.values()];
  }
}
