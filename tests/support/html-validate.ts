// html-validate as every page is held to it: the recommended rules, with three deliberate choices:
// full article titles in <title> (they are what a screen reader announces; up to 110 characters
// plus the site name), SRI only for resources from another origin, and checkboxes sharing one name
// (a valid multi-value field).
import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: {
    "long-title": ["error", { maxlength: 160 }],
    "require-sri": ["error", { target: "crossorigin" }],
    "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }],
  },
};

/** `page:line:column message (rule)` for every problem in the pages (paths relative to `site`). */
export async function htmlProblems(site: string, pages: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(path.join(site, page), "utf8"), page);
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${page}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
    }
  }
  return problems;
}
