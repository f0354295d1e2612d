// Draws a Chart as an inline SVG bar chart: one bar per period (stacked when there are two
// series), its number above it where there is room, months or quarters and years along the axis.
// Every number is also in the table the page prints beside it.
import { escapeXml, num } from "../svg-text.ts";
import type { Chart } from "../views/types.ts";

/** Same width and text size as the maps, so text draws at least at body size on a phone. */
const WIDTH = 340;
const TEXT = 16;
const TOP = TEXT + 8;
const PLOT = 112;
const SIDE = 4;
/** Rough width of one character of axis text, to keep labels from running into each other. */
const CHAR_WIDTH = 0.56 * TEXT;

export function drawChart(chart: Chart, id = "chart"): string {
  const count = chart.periods.length;
  const slot = (WIDTH - 2 * SIDE) / count;
  const barWidth = Math.max(1.5, slot * 0.72);
  const most = Math.max(1, ...chart.periods.map((period) => period.total));
  const base = TOP + PLOT;
  const withYears = chart.unit !== "year";
  const height = base + TEXT + 10 + (withYears ? TEXT + 6 : 0);
  const parts: string[] = [];
  const centre = (index: number) => SIDE + slot * index + slot / 2;

  chart.periods.forEach((period, index) => {
    let top = base;
    period.values.forEach((value, series) => {
      if (!value) return;
      const barHeight = (value / most) * PLOT;
      top -= barHeight;
      parts.push(`<rect class="chart-bar chart-bar-${series}" x="${num(centre(index) - barWidth / 2)}" y="${num(top)}" width="${num(barWidth)}" height="${num(barHeight)}"/>`);
    });
    if (period.total && slot >= String(period.total).length * CHAR_WIDTH + 2) {
      parts.push(`<text class="chart-value" x="${num(centre(index))}" y="${num(top - 5)}" text-anchor="middle">${period.total}</text>`);
    }
  });
  parts.push(`<path class="chart-axis" d="M${SIDE},${base + 0.5}H${WIDTH - SIDE}"/>`);

  // Axis labels: every k-th period, k chosen so neighbouring labels cannot touch.
  const widest = Math.max(...chart.periods.map((period) => period.short.length)) * CHAR_WIDTH + 6;
  const every = Math.max(1, Math.ceil(widest / slot));
  const labelY = base + TEXT + 4;
  chart.periods.forEach((period, index) => {
    if (index % every) return;
    const x = Math.min(WIDTH - widest / 2, Math.max(widest / 2, centre(index)));
    parts.push(`<text class="chart-label" x="${num(x)}" y="${labelY}" text-anchor="middle">${escapeXml(period.short)}</text>`);
  });
  if (withYears) {
    let free = 0;
    chart.periods.forEach((period, index) => {
      const x = Math.min(SIDE + slot * index, WIDTH - 4 * CHAR_WIDTH - 2);
      if (!period.year || x < free) return;
      parts.push(`<text class="chart-label chart-year" x="${num(x)}" y="${labelY + TEXT + 4}">${period.year}</text>`);
      free = x + 4 * CHAR_WIDTH + 8;
    });
  }
  return (
    `<svg class="chart-svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(chart.title)}</title><desc id="${id}-desc">${escapeXml(chart.description)}</desc>` +
    parts.join("") +
    "</svg>"
  );
}
