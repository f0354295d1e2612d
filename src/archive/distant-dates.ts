// A publication date decades away from every other article is most likely a typo (2099 for
// 2026) or a misread date. Decided from the input alone: the build machine's clock says nothing
// about when an archive's articles appeared.
import type { ArticleRecord, InputWarning } from "../model/schema.ts";
import { compare } from "../util/compare.ts";
import { daysBetween } from "../util/iso-day.ts";

/** Two decades: further than an archive's articles usually spread without others in between. */
export const DISTANT_YEARS = 20;
const DAYS_PER_YEAR = 365.25;

/** One warning per article whose nearest other article is more than `years` away. */
export function distantDateWarnings(articles: readonly ArticleRecord[], years = DISTANT_YEARS): InputWarning[] {
  // Undated articles have no date to doubt (they are reported as undated already).
  const byDate = articles
    .filter((article): article is ArticleRecord & { published: string } => article.published !== null)
    .sort((a, b) => compare(a.published, b.published) || compare(a.id, b.id));
  const warnings: InputWarning[] = [];
  byDate.forEach((article, index) => {
    const neighbours = [byDate[index - 1], byDate[index + 1]].filter((other) => other !== undefined);
    const gaps = neighbours.map((other) => ({ other, days: Math.abs(daysBetween(article.published, other.published)) }));
    const nearest = gaps.sort((a, b) => a.days - b.days)[0];
    if (!nearest || nearest.days <= years * DAYS_PER_YEAR) return;
    warnings.push({
      file: article.source,
      level: "warning",
      message: `published ${article.published}, ${Math.floor(nearest.days / DAYS_PER_YEAR)} years from every other article (the nearest is ${nearest.other.published}); check the date`,
    });
  });
  // In file order, like the other input warnings.
  return warnings.sort((a, b) => compare(a.file, b.file));
}
