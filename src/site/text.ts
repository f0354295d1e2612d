// Small wording helpers shared by the views and the template filters.

/** `state visit` → `State visit`. */
export function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** `1, "article"` → `1 article`; `3, "article"` → `3 articles`; `2, "person", "people"` → `2 people`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
