// How many items each kind of page shows, so no page grows with the archive.
/**
 * How many items one page shows. Every list is cut into pages, so no page grows with the
 * archive: these keep each page's HTML plus CSS under 50 KB however many articles there are.
 */
export interface PageSizes {
  /** Events per timeline page. */
  timeline: number;
  /** Covering articles shown under an event on the timeline. */
  articlesPerEvent: number;
  /** Articles per page of the archive. */
  archive: number;
  /** Visits per page of the `/events/` index (an entry weighs about three article entries). */
  eventIndex: number;
  /** Visits and articles per page of a person or country (each list paged alongside the other). */
  entityEvents: number;
  entityArticles: number;
  /** Covering articles and figures per event page. */
  coverage: number;
  figures: number;
  /** Entries in the feeds. */
  feed: number;
  /** Busiest routes listed beside the home page's map (the map draws every one). */
  routes: number;
  /** Visits a year page names under each month (the month page has them all). */
  yearMonthVisits: number;
}

export const DEFAULT_PAGE_SIZES: PageSizes = {
  timeline: 12,
  articlesPerEvent: 3,
  archive: 100,
  eventIndex: 30,
  entityEvents: 20,
  entityArticles: 40,
  coverage: 12,
  figures: 10,
  feed: 30,
  routes: 10,
  yearMonthVisits: 4,
};
