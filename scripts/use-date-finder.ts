// Preload for measuring: `DATE_FINDER=chrono node --import tsx --import ./scripts/use-date-finder.ts …`
// reads dates with another finder (src/ingest/dates/finder.ts). Only scripts/compare-date-finders.ts uses it.
import { useFinder } from "../src/ingest/dates/finder.ts";
import { FINDERS, type FinderName } from "./date-finders.ts";

const name = process.env.DATE_FINDER;
if (name && name in FINDERS) useFinder(FINDERS[name as FinderName]);
