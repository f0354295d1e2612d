// `npm run check [-- --strict] [-- --input=DIR] [-- --data=DIR]`: the build report in the terminal, without
// writing the site — every line with its page and the correction that would settle it. With
// --strict it exits 1 while anything needs the editor (skipped or undated files, corrections that
// could not be applied or match nothing), as `npm run build -- --strict` would fail.
import path from "node:path";
import { buildArchive } from "../src/pipeline.ts";
import { correctionProblemLines, fullReport } from "../src/report/format.ts";
import { needsEditor } from "../src/report/sections.ts";
import { formatWarning } from "../src/site/report.ts";

function main(): number {
  const root = process.cwd();
  let strict = false;
  let input = "seeds";
  let data = "data";
  for (const arg of process.argv.slice(2)) {
    if (arg === "--strict") strict = true;
    else if (arg.startsWith("--input=")) input = arg.slice("--input=".length);
    else if (arg.startsWith("--data=")) data = arg.slice("--data=".length);
    else {
      console.error(`check: unknown option ${arg} (known: --strict, --input=DIR, --data=DIR)`);
      return 1;
    }
  }
  const cache = process.env.ARCHIVE_CACHE === "off" ? null : path.join(root, ".cache/ingest");
  let archive;
  try {
    archive = buildArchive({ input, dataDir: path.resolve(root, data), cache, root });
  } catch (error) {
    console.error(`check: ${error instanceof Error ? error.message : String(error)}`); // e.g. a bad data/authority.json
    return 1;
  }
  const report = archive.report!;
  for (const warning of archive.warnings) console.error(formatWarning(warning));
  for (const line of correctionProblemLines(report)) console.error(line);
  process.stdout.write(fullReport(report));
  const undated = archive.warnings.filter((warning) => warning.level === "warning").length;
  const pending = needsEditor(report) + undated;
  console.log(`check: ${archive.articles.length} articles, ${pending} line(s) need the editor${strict && pending ? "; --strict fails" : ""}`);
  return strict && pending > 0 ? 1 : 0;
}

process.exitCode = main();
