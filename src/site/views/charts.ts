// Visits counted per month (per quarter over longer spans, per year over very long ones), for the
// charts on the home page and on each country page.
import type { Event } from "../../model/schema.ts";
import { monthLabel, monthName, nextMonth } from "../dates.ts";
import { plural } from "../text.ts";
import type { Chart, ChartPeriod } from "./types.ts";

/** Longest span drawn month by month, and quarter by quarter; longer spans are drawn by year. */
const MONTHS_AT_MOST = 24;
const QUARTERS_AT_MOST = 40;

export interface ChartSeries {
  name: string;
  events: Event[];
}

/** A chart of the series' visits by start month, or null when none has a date. */
export function visitsChart(series: ChartSeries[], title: string): Chart | null {
  const dated = series.map((one) => one.events.filter((event) => event.start && event.precision !== "unknown"));
  const months = dated.flat().map((event) => event.start!.slice(0, 7));
  if (months.length === 0) return null;
  const [first, last] = [months.reduce((a, b) => (a < b ? a : b)), months.reduce((a, b) => (a > b ? a : b))];
  const span = monthsBetween(first, last) + 1;
  const unit = span <= MONTHS_AT_MOST ? "month" : Math.ceil(span / 3) + 1 <= QUARTERS_AT_MOST ? "quarter" : "year";
  const periods: ChartPeriod[] = [];
  const index = new Map<string, ChartPeriod>();
  for (let month = first; month <= last; month = nextMonth(month)) {
    const key = periodKey(month, unit);
    if (index.has(key)) continue;
    const period: ChartPeriod = { key, ...periodLabels(month, unit), year: null, url: `/${month.slice(0, 4)}/`, values: series.map(() => 0), total: 0 };
    if (unit === "month") period.url = `/${month.slice(0, 4)}/${month.slice(5, 7)}/`;
    if (periods.length === 0 || periods.at(-1)!.key.slice(0, 4) !== key.slice(0, 4)) period.year = key.slice(0, 4);
    periods.push(period);
    index.set(key, period);
  }
  dated.forEach((events, which) => {
    for (const event of events) {
      const period = index.get(periodKey(event.start!.slice(0, 7), unit))!;
      period.values[which]! += 1;
      period.total += 1;
    }
  });
  const total = periods.reduce((sum, period) => sum + period.total, 0);
  const busiest = periods.reduce((best, period) => (period.total > best.total ? period : best));
  const breakdown = series.length > 1 ? ` (${series.map((one, which) => `${busiest.values[which]} ${one.name.toLowerCase()}`).join(", ")})` : "";
  return {
    unit,
    series: series.map((one) => one.name),
    periods,
    title: `${title} per ${unit}, ${periods[0]!.label} to ${periods.at(-1)!.label}`,
    description: `${plural(total, "visit")} in all; the most in ${busiest.label}: ${busiest.total}${breakdown}.`,
    undated: series.reduce((sum, one, which) => sum + one.events.length - dated[which]!.length, 0),
  };
}

function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

function periodKey(month: string, unit: Chart["unit"]): string {
  if (unit === "month") return month;
  if (unit === "year") return month.slice(0, 4);
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

function periodLabels(month: string, unit: Chart["unit"]): { label: string; short: string } {
  if (unit === "month") return { label: monthLabel(month), short: monthName(month) };
  if (unit === "year") return { label: month.slice(0, 4), short: month.slice(0, 4) };
  const quarter = `Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
  return { label: `${quarter} ${month.slice(0, 4)}`, short: quarter };
}
