// Escaping for text and attribute values written into inline SVG and HTML strings.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ENTITIES[character]!);
}

/** A coordinate with at most one decimal, without trailing zeros (`12`, `12.5`). */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}
