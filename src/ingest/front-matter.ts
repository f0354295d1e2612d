// Front matter of a `.md` article: the fields an editor may set to override what would be
// derived, checked so a typo fails with the file and field. Unknown fields are kept in `extra`.
import { z } from "zod";
import { describeIssues } from "../model/schema.ts";
import { InputError } from "./errors.ts";
import { removeInvisible } from "../text/invisible.ts";

// An editor's fields are shown as titles and credits: no invisible characters, any length.
const text = z.string().transform(removeInvisible).pipe(z.string().trim().min(1));
const stringList = z.union([text.transform((one) => [one]), z.array(text)]);
// YAML turns `date: 2031-03-07` into a Date at UTC midnight; keep it as the day written.
const day = z.union([text, z.date().transform((date) => date.toISOString().slice(0, 10))]);

const FrontMatter = z.object({
  title: text.optional(),
  summary: text.optional(),
  date: day.optional(),
  published: day.optional(),
  source: stringList.optional(),
  sources: stringList.optional(),
  byline: text.optional(),
  author: text.optional(),
  translator: text.optional(),
  dateline: text.optional(),
});

const KNOWN = new Set(Object.keys(FrontMatter.shape));

export interface Overrides {
  title: string | null;
  summary: string | null;
  date: string | null;
  sources: string[] | null;
  byline: string | null;
  translator: string | null;
  dateline: string | null;
  extra: Record<string, unknown>;
}

export function readFrontMatter(frontMatter: Record<string, unknown>, file: string): Overrides {
  const parsed = FrontMatter.safeParse(frontMatter);
  if (!parsed.success) throw new InputError(file, `front matter: ${describeIssues(parsed.error)}`);
  const fields = parsed.data;
  const extra = Object.fromEntries(
    Object.entries(frontMatter)
      .filter(([key]) => !KNOWN.has(key))
      .map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  );
  return {
    title: fields.title ?? null,
    summary: fields.summary ?? null,
    date: fields.published ?? fields.date ?? null,
    sources: fields.sources ?? fields.source ?? null,
    byline: fields.byline ?? fields.author ?? null,
    translator: fields.translator ?? null,
    dateline: fields.dateline ?? null,
    extra,
  };
}
