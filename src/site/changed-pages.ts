// `npm start` after an edit renders again only the pages whose own view changed, as long as
// nothing those pages read besides their view changed (the look-ups, the counts, the home page's
// overview, the editor's notes); otherwise every page. A page's view is everything its template
// shows of it, so an unchanged view means an unchanged page.
import { createHash } from "node:crypto";
import type { DeskViews } from "./views/desk.ts";
import type { SiteViews } from "./views/index.ts";

/** The lists templates paginate over, one page per item. */
const VIEW_LISTS = ["timelinePages", "archivePages", "eventIndexPages", "eventPages", "articlePages", "personPages", "countryPages", "calendarYears", "calendarMonths"] as const;

/** What the paginated pages read besides their own item. */
const SHARED_VIEWS = ["articleById", "personById", "countryById", "eventById", "overview", "counts", "newestPublished"] as const;
const SHARED_DESK = ["notes", "sameStory", "reportContents"] as const;

export interface PageFingerprints {
  shared: string;
  /** Page URL → fingerprint of its view. */
  pages: Map<string, string>;
}

export interface ChangedPages {
  views: SiteViews;
  desk: DeskViews;
  /** URLs of the pages left out: their files from the last build stay as they are. */
  unchanged: Set<string>;
}

const fingerprint = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("base64");

/** A page view's URL: its own, or its article's. */
function urlOf(item: object): string {
  if ("url" in item && typeof item.url === "string") return item.url;
  if ("article" in item && item.article && typeof item.article === "object" && "url" in item.article) return String(item.article.url);
  throw new Error("a page view without a url");
}

function paged(views: SiteViews, desk: DeskViews): object[] {
  return [...VIEW_LISTS.flatMap((list) => views[list] as object[]), ...desk.reportPages];
}

export function fingerprintPages(views: SiteViews, desk: DeskViews): PageFingerprints {
  const shared = fingerprint([SHARED_VIEWS.map((key) => views[key]), SHARED_DESK.map((key) => desk[key])]);
  return { shared, pages: new Map(paged(views, desk).map((item) => [urlOf(item), fingerprint(item)])) };
}

/**
 * The views and desk cut down to the pages that changed since `before`, or null when every page
 * must be rendered (a first build, or something all pages read changed).
 */
export function changedPages(views: SiteViews, desk: DeskViews, before: PageFingerprints | undefined, now: PageFingerprints): ChangedPages | null {
  if (!before || before.shared !== now.shared) return null;
  const unchanged = new Set<string>();
  const keep = <T extends object>(list: T[]) =>
    list.filter((item) => {
      const url = urlOf(item);
      if (before.pages.get(url) !== now.pages.get(url)) return true;
      unchanged.add(url);
      return false;
    });
  const cut = { ...views };
  for (const list of VIEW_LISTS) (cut as Record<string, unknown>)[list] = keep(views[list] as object[]);
  return { views: cut, desk: { ...desk, reportPages: keep(desk.reportPages) }, unchanged };
}
