// Site settings: data/site.json, with the deploy-time values (public URL, path prefix) given by
// the caller, so one build config serves every host.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { describeIssues } from "../model/schema.ts";

const SiteFile = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  url: z.string().url(),
  language: z.string().min(2),
  publisher: z.string().min(1),
});

export type SiteSettings = z.infer<typeof SiteFile> & { pathPrefix: string };

/** `archive` → `/archive/`; empty → `/`. */
export function normalisePathPrefix(value: string | undefined): string {
  const trimmed = (value ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** What a build may set over data/site.json: the command line's `--site-url` / `--path-prefix`. */
export interface SiteOverrides {
  url?: string;
  pathPrefix?: string;
}

export function loadSiteSettings(root: string, overrides: SiteOverrides = {}): SiteSettings {
  const file = path.join(root, "data/site.json");
  const parsed = SiteFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`data/site.json: ${describeIssues(parsed.error)}`);
  const url = (overrides.url ?? parsed.data.url).replace(/\/+$/, "");
  return { ...parsed.data, url, pathPrefix: normalisePathPrefix(overrides.pathPrefix) };
}
