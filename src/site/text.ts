// Small wording helpers shared by the views and the template filters.
import type { ArticleRole } from "../model/schema.ts";

/** `state visit` → `State visit`. */
export function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** `1, "article"` → `1 article`; `3, "article"` → `3 articles`; `2, "person", "people"` → `2 people`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

const ROLE_LABELS: Record<ArticleRole, string> = {
  preview: "Preview",
  report: "Report",
  assessment: "Assessment",
  mention: "Mention",
};

/** How an article relates to an event, as a reader reads it. */
export function roleLabel(role: ArticleRole): string {
  return ROLE_LABELS[role] ?? capitalise(role);
}
