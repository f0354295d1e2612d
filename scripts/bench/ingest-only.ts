// `tsx scripts/bench/ingest-only.ts --input=DIR [--input=DIR…] [--runs=1] [--dump=FILE]`: the
// ingest stage alone, cold (no cache): time per article, and the process's peak RSS. With
// `--dump`, every record and warning is written as one JSON line each, to compare two versions of
// the code byte for byte (`cmp before.jsonl after.jsonl`). Profile it with
// `node --cpu-prof --cpu-prof-dir=/tmp/prof-ingest --import tsx scripts/bench/ingest-only.ts …`.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadAuthority } from "../../src/model/authority.ts";
import { ingestDirectory, type Corpus } from "../../src/ingest/corpus.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

interface Options {
  inputs: string[];
  runs: number;
  dump?: string;
}

function parseOptions(argv: string[]): Options {
  const values = (name: string) => argv.filter((arg) => arg.startsWith(`--${name}=`)).map((arg) => arg.slice(name.length + 3));
  const inputs = values("input");
  const runs = Number(values("runs")[0] ?? 1);
  if (inputs.length === 0 || !Number.isInteger(runs) || runs < 1) {
    console.error("usage: tsx scripts/bench/ingest-only.ts --input=DIR [--input=DIR…] [--runs=1] [--dump=FILE]");
    process.exit(1);
  }
  return { inputs, runs, dump: values("dump")[0] };
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const authority = loadAuthority(path.join(ROOT, "data/authority.json"));
  const lines: string[] = [];
  for (const input of options.inputs) {
    for (let run = 0; run < options.runs; run++) {
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const corpus: Corpus = ingestDirectory(ROOT, path.resolve(input), authority);
      const ms = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      const files = corpus.articles.length + corpus.warnings.filter((warning) => warning.level === "error").length;
      console.log(`${input}: ${files} files, ${corpus.articles.length} records, ${ms.toFixed(0)} ms, ${(ms / Math.max(files, 1)).toFixed(2)} ms/file (CPU of this thread ${(cpuMs / Math.max(files, 1)).toFixed(2)} ms/file)`);
      if (run === 0 && options.dump) for (const item of [...corpus.articles, ...corpus.warnings]) lines.push(JSON.stringify(item));
    }
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  if (options.dump) writeFileSync(options.dump, lines.join("\n") + "\n");
}

main();
