// Shared by the entity tests: the real authority file and a one-call extractor for invented text.
import { loadAuthority } from "../../src/model/authority.ts";
import { extractEntities, type Entities } from "../../src/ingest/entities/index.ts";

export const authority = loadAuthority("data/authority.json");

export function extract(paragraphs: string[], options: { published?: string; captions?: string[]; sources?: string[] } = {}): Entities {
  return extractEntities(
    {
      paragraphs,
      captions: (options.captions ?? []).map((text) => ({ text, credit: null })),
      published: options.published ?? "2031-06-15",
      sources: options.sources ?? [],
    },
    authority,
  );
}

export function person(entities: Entities, id: string) {
  const found = entities.people.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no person ${id}; found ${entities.people.map((candidate) => candidate.id).join(", ")}`);
  return found;
}
