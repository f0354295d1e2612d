// One decoded file → one validated ArticleRecord. Pure: the only inputs are the raw article
// and the authority data, so the result can be cached by their content.
import { ArticleRecord, describeIssues } from "../model/schema.ts";
import type { RawArticle } from "./types.ts";
import { cleanText } from "./clean.ts";
import { deriveSummary, deriveTitle } from "./title.ts";
import { extractFigures } from "./figures.ts";
import { inferPublished } from "./dates/index.ts";
import { extractEntities, type Entities, type EntityInput } from "./entities/index.ts";
import type { Authority } from "../model/authority.ts";
import { InputError } from "./errors.ts";
import { readFrontMatter } from "./front-matter.ts";
import { markdownToText } from "./markdown.ts";
import { findOutcomes } from "./outcomes.ts";
import { removeInvisible } from "../text/invisible.ts";

export function buildArticle(raw: RawArticle, authority: Authority): ArticleRecord {
  const overrides = readFrontMatter(raw.frontMatter, raw.source);
  // Markdown is read as the plain text it says; its images join the photo captions.
  const body = raw.format === "md" ? markdownToText(raw.body) : { text: raw.body, images: [], headline: null };
  const text = cleanText(body.text);
  const captions = [...body.images, ...text.captions];
  if (text.paragraphs.length === 0) throw new InputError(raw.source, "no article text left after removing captions and credits");

  const dated = inferPublished({
    file: raw.source,
    statedDate: text.statedDate,
    frontMatterDate: overrides.date,
    paragraphs: text.paragraphs,
    captions,
    writtenDates: text.writtenDates,
  });
  const sources = (overrides.sources ?? text.sources).map(removeInvisible);
  const facts = extractFacts({ paragraphs: text.paragraphs, captions, published: dated.published, sources }, authority);

  const candidate: ArticleRecord = {
    id: raw.id,
    source: raw.source,
    url: `/articles/${raw.id}/`,
    // Derived text keeps no bidi controls or invisible characters (body text keeps them defused).
    title: removeInvisible(overrides.title ?? body.headline ?? deriveTitle(text.paragraphs, {
        subject: leadVisitSubject(facts, authority),
        names: facts.people.flatMap((person) => person.forms),
      })),
    summary: removeInvisible(overrides.summary ?? deriveSummary(text.paragraphs)),
    published: dated.published,
    publishedBasis: dated.basis,
    publishedEvidence: dated.evidence,
    publishedRange: dated.range,
    publishedWhy: dated.why,
    dateline: visibleOrNull(overrides.dateline ?? text.dateline),
    byline: visibleOrNull(overrides.byline ?? text.byline),
    translator: visibleOrNull(overrides.translator ?? text.translator),
    sources,
    paragraphs: text.paragraphs,
    ...facts,
    wordCount: countWords(text.paragraphs),
    extra: overrides.extra,
  };

  const checked = ArticleRecord.safeParse(candidate);
  if (!checked.success) throw new InputError(raw.source, `invalid record: ${describeIssues(checked.error)}`);
  return checked.data;
}

export type Facts = Entities & Pick<ArticleRecord, "figures" | "outcomes">;

/** What the text of one article says: entities, visits, figures and outcome sentences. */
export function extractFacts(input: EntityInput, authority: Authority): Facts {
  return Object.assign(extractEntities(input, authority), { figures: extractFigures(input.paragraphs), outcomes: findOutcomes(input.paragraphs) });
}

/** `Ana Lima’s state visit to Chile`, for the visit the lead paragraph speaks of, if it names one. */
function leadVisitSubject(entities: Entities, authority: Authority): string | undefined {
  const visit = entities.visits.find((mention) => mention.paragraph === 0 && mention.visitor);
  if (!visit) return undefined;
  const visitor = entities.people.find((person) => person.id === visit.visitor)?.name;
  const host = authority.countries.find((country) => country.id === visit.host)?.name;
  return visitor && host ? `${visitor}’s ${visit.kind} to ${host}` : undefined;
}

function visibleOrNull(text: string | null): string | null {
  return text === null ? null : removeInvisible(text);
}

function countWords(paragraphs: string[]): number {
  return paragraphs.reduce((total, paragraph) => total + (paragraph.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0), 0);
}
