// Bulk pages under a path prefix (see bulk-pages.test.ts): Eleventy's transforms add the prefix to
// every link, as on its own pages. A file of its own, so a process renders only prefixed sites.
import { test } from "node:test";
import { sameAsEleventy } from "../support/bulk-pages.ts";

test("bulk pages are byte-identical to Eleventy's own under a path prefix", () => sameAsEleventy("/archive/"));
