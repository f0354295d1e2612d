// Preload for measuring: `DATE_FINDER=chrono node --import tsx --import ./scripts/use-date-finder.ts …`
// reads dates with another finder (src/ingest/dates/finder.ts). Only scripts/compare-date-finders.ts uses it.
import { FINDERS, useFinder, type FinderName } from "../src/ingest/dates/finder.ts";

const name = process.env.DATE_FINDER;
if (name && name in FINDERS) useFinder(name as FinderName);
