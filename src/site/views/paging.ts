// Cutting lists into pages with stable URLs, grouped by year and month.
import { monthLabel } from "../dates.ts";
import type { ListPage, Paged, YearGroup } from "./types.ts";

/** `/people/x/` page 1 → itself; page 3 → `/people/x/page/3/`. */
export function pageUrl(base: string, number: number): string {
  return number <= 1 ? base : `${base}page/${number}/`;
}

export function pagedAt(base: string, index: number, total: number): Paged {
  const number = index + 1;
  return {
    url: pageUrl(base, number),
    number,
    total,
    previous: number > 1 ? pageUrl(base, number - 1) : null,
    next: number < total ? pageUrl(base, number + 1) : null,
    first: base,
  };
}

/** Cuts a newest-first list into pages, each grouped by year and month of `dateOf`. */
export function paginate<T>(items: T[], dateOf: (item: T) => string | null, size: number, base: string): ListPage<T>[] {
  const dated = items.filter((item) => dateOf(item));
  const undated = items.filter((item) => !dateOf(item));
  const pages = chunk(dated, size);
  if (pages.length === 0) pages.push([]);
  return pages.map((slice, index) =>
    Object.assign({}, pagedAt(base, index, pages.length), {
      years: groupByMonth(slice, dateOf),
      undated: index === pages.length - 1 ? undated : [],
    }),
  );
}

function groupByMonth<T>(items: T[], dateOf: (item: T) => string | null): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const item of items) {
    const date = dateOf(item)!;
    const [year, key] = [date.slice(0, 4), date.slice(0, 7)];
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) years.push((yearGroup = { year, months: [] }));
    let month = yearGroup.months.at(-1);
    if (month?.key !== key) yearGroup.months.push((month = { key, label: monthLabel(key), items: [] }));
    month.items.push(item);
  }
  return years;
}

/**
 * Pages several lists side by side: page k shows the k-th slice of each (empty once a list runs
 * out), so a person with many visits and few articles still gets short pages.
 */
export function alongside<T extends unknown[][][]>(lists: [...T]): { [K in keyof T]: T[K][number] }[] {
  const total = Math.max(1, ...lists.map((list) => list.length));
  return Array.from({ length: total }, (_, index) => lists.map((list) => list[index] ?? []) as { [K in keyof T]: T[K][number] });
}

export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks.length ? chunks : [[]];
}
