// The dates module: find, resolve and reason about dates in article text. Import from here.
export type { DateContext, DateList, DateMention, PublishedDate, PublishedInput, Tense } from "./api.ts";
export { findDateMentions } from "./find.ts";
export { dateLists } from "./lists.ts";
export { sentenceTense, tenseAt, captionTenseAt } from "./tense.ts";
export { addDays, daysBetween, isIsoDay, weekdayOf } from "../../util/iso-day.ts";
export { inferPublished, UndatableError } from "./infer.ts";
