// Site settings: data/site.json, with the deploy-time values (public URL, path prefix) given by
// the caller, so one build config serves every host. Both values end up in canonical links,
// feeds and the sitemap, so anything but a plain web address or path is refused.
import path from "node:path";
import { z } from "zod";
import { readDataFile } from "../model/data-file.ts";

const SiteFile = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  url: z.string().min(1),
  language: z.string().min(2),
  publisher: z.string().min(1),
});

export type SiteSettings = z.infer<typeof SiteFile> & { pathPrefix: string };

/** A path segment as a static host serves it without encoding: letters, digits, `-`, `_`, `.`, `~`. */
const PLAIN_SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/** `archive` → `/archive/`; empty → `/`; anything but a plain path throws, naming `from`. */
export function normalisePathPrefix(value: string | undefined, from = "the path prefix"): string {
  const trimmed = (value ?? "").trim().replace(/^\/+|\/+$/g, "");
  if (!trimmed) return "/";
  const segments = trimmed.split("/");
  if (!segments.every((segment) => PLAIN_SEGMENT.test(segment) && segment !== "." && segment !== "..")) {
    throw new Error(`${from} ${JSON.stringify(value)} is not a plain path: use letters, digits, "-", "_", "." and "~" between slashes, such as /archive/`);
  }
  return `/${segments.join("/")}/`;
}

/**
 * `https://news.example.org/` → `https://news.example.org`: an absolute http(s) address with a
 * host and at most a plain path; anything else (`javascript:`, no scheme, quotes, a query)
 * throws, naming `from`.
 */
export function normaliseSiteUrl(value: string, from = "the site URL"): string {
  const refuse = (why: string): never => {
    throw new Error(`${from} ${JSON.stringify(value)} ${why}; write it like https://news.example.org`);
  };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return refuse("is not an absolute URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") refuse("must start with https:// or http://");
  if (!url.hostname) refuse("names no host");
  if (url.username || url.password) refuse("must not hold a user name or password");
  if (url.search || url.hash || value.includes("?") || value.includes("#")) refuse("must not hold a query or a fragment");
  const pathPart = url.pathname.replace(/^\/+|\/+$/g, "");
  if (pathPart && !pathPart.split("/").every((segment) => PLAIN_SEGMENT.test(segment))) refuse("must have a plain path, if any");
  return `${url.protocol}//${url.host}${pathPart ? `/${pathPart}` : ""}`;
}

/** What a build may set over data/site.json: the command line's `--site-url` / `--path-prefix`, or the environment. */
export interface SiteOverrides {
  url?: string;
  pathPrefix?: string;
  /** Where each value came from, for the error message (`SITE_URL`, `--site-url`). */
  urlFrom?: string;
  pathPrefixFrom?: string;
}

export function loadSiteSettings(root: string, overrides: SiteOverrides = {}): SiteSettings {
  const file = path.join(root, "data/site.json");
  const settings = readDataFile(file, SiteFile);
  const url =
    overrides.url !== undefined
      ? normaliseSiteUrl(overrides.url, overrides.urlFrom ?? "--site-url")
      : normaliseSiteUrl(settings.url, "data/site.json: url");
  return { ...settings, url, pathPrefix: normalisePathPrefix(overrides.pathPrefix, overrides.pathPrefixFrom ?? "--path-prefix") };
}
