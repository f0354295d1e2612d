// Absolute URLs for canonical links, Open Graph, JSON-LD, feeds and the sitemap: the site URL
// plus the path prefix, so a build for `https://host/archive/` names its own pages correctly.
export interface UrlSettings {
  /** `https://news.example.org`, without a trailing slash. */
  url: string;
  /** `/` or `/archive/`. */
  pathPrefix: string;
}

/** `/events/x/` → `https://host/archive/events/x/`. Already absolute URLs pass through. */
export function absoluteUrl(settings: UrlSettings, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
  const prefix = settings.pathPrefix.replace(/\/+$/, "");
  return `${settings.url}${prefix}${path.startsWith("/") ? path : `/${path}`}`;
}
