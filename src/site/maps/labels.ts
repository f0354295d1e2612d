// Places country names beside their dots without overlapping each other or leaving the frame;
// a name that fits nowhere is left off (the table beside the map still names it).
export interface LabelRequest {
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  x: number;
  y: number;
  text: string;
  anchor: "start" | "middle" | "end";
}

/** Label text size in user units (the stylesheet sets the same), and the rough width of a character. */
export const LABEL_SIZE = 16;
const CHAR_WIDTH = 0.56 * LABEL_SIZE;
const ASCENT = 0.75 * LABEL_SIZE;
const DESCENT = 0.25 * LABEL_SIZE;
const GAP = 7;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Requests in order of importance: earlier ones get the best spots. A label avoids the dots and
 * other labels, and the arrows where it can (points along them); if it must cross an arrow, it
 * takes the spot crossing the fewest.
 */
export function placeLabels(requests: LabelRequest[], dots: { x: number; y: number }[], arrows: { x: number; y: number }[], width: number, height: number): PlacedLabel[] {
  const taken: Box[] = dots.map((dot) => ({ left: dot.x - 4, right: dot.x + 4, top: dot.y - 4, bottom: dot.y + 4 }));
  const crossings = (box: Box) => arrows.filter((point) => point.x > box.left - 3 && point.x < box.right + 3 && point.y > box.top - 3 && point.y < box.bottom + 3).length;
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const textWidth = [...request.text].length * CHAR_WIDTH;
    const candidates: PlacedLabel[] = [
      { x: request.x + GAP, y: request.y + ASCENT / 2 - 1, text: request.text, anchor: "start" },
      { x: request.x - GAP, y: request.y + ASCENT / 2 - 1, text: request.text, anchor: "end" },
      { x: request.x, y: request.y - GAP, text: request.text, anchor: "middle" },
      { x: request.x, y: request.y + GAP + ASCENT, text: request.text, anchor: "middle" },
    ];
    let best: { label: PlacedLabel; box: Box; crossing: number } | null = null;
    for (const candidate of candidates) {
      const box = boxOf(candidate, textWidth);
      const inside = box.left >= 2 && box.right <= width - 2 && box.top >= 2 && box.bottom <= height - 2;
      if (!inside || taken.some((other) => overlaps(box, other))) continue;
      const crossing = crossings(box);
      if (!best || crossing < best.crossing) best = { label: candidate, box, crossing };
      if (crossing === 0) break;
    }
    if (best) {
      placed.push(best.label);
      taken.push(best.box);
    }
  }
  return placed;
}

function boxOf(label: PlacedLabel, width: number): Box {
  const left = label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - width : label.x - width / 2;
  return { left, right: left + width, top: label.y - ASCENT, bottom: label.y + DESCENT };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
