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
  const centre = (index: number) => SIDE + slot * index + slot / 2;

  // One path per series (a bar is four short moves), and the numbers and labels each in one group
  // that sets their alignment once: a chart of forty periods stays near a kilobyte.
  const bars = chart.series.map(() => "");
  const values: string[] = [];
  chart.periods.forEach((period, index) => {
    let top = base;
    period.values.forEach((value, series) => {
      if (!value) return;
      const barHeight = (value / most) * PLOT;
      top -= barHeight;
      bars[series] += `M${num(centre(index) - barWidth / 2)},${num(top + barHeight)}v${num(-barHeight)}h${num(barWidth)}v${num(barHeight)}z`;
    });
    if (period.total && slot >= String(period.total).length * CHAR_WIDTH + 2) values.push(`<text x="${num(centre(index))}" y="${num(top - 5)}">${period.total}</text>`);
  });
  const parts = bars.flatMap((d, series) => (d ? [`<path class="chart-bar chart-bar-${series}" d="${d}"/>`] : []));
  if (values.length) parts.push(`<g class="chart-value" text-anchor="middle">${values.join("")}</g>`);
  parts.push(`<path class="chart-axis" d="M${SIDE},${base + 0.5}H${WIDTH - SIDE}"/>`);

  // Axis labels: every k-th period, k chosen so neighbouring labels cannot touch.
  const widest = Math.max(...chart.periods.map((period) => period.short.length)) * CHAR_WIDTH + 6;
  const every = Math.max(1, Math.ceil(widest / slot));
  const labelY = base + TEXT + 4;
  const labels = chart.periods.flatMap((period, index) => {
    if (index % every) return [];
    const x = Math.min(WIDTH - widest / 2, Math.max(widest / 2, centre(index)));
    return [`<text x="${num(x)}" y="${labelY}">${escapeXml(period.short)}</text>`];
  });
  parts.push(`<g class="chart-label" text-anchor="middle">${labels.join("")}</g>`);
  if (withYears) {
    let free = 0;
    const years = chart.periods.flatMap((period, index) => {
      const x = Math.min(SIDE + slot * index, WIDTH - 4 * CHAR_WIDTH - 2);
      if (!period.year || x < free) return [];
      free = x + 4 * CHAR_WIDTH + 8;
      return [`<text x="${num(x)}" y="${labelY + TEXT + 4}">${period.year}</text>`];
    });
    parts.push(`<g class="chart-label chart-year">${years.join("")}</g>`);
  }
  return (
    `<svg class="chart-svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(chart.title)}</title><desc id="${id}-desc">${escapeXml(chart.description)}</desc>` +
    parts.join("") +
    "</svg>"
  );
}
