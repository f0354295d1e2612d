// `npm run bench:edit [-- --count=1000 --edits=3]`: the editing loop of `npm start`, measured. On a
// copy of a generated corpus, `scripts/build.ts --serve` builds and serves; then one article is
// edited at a time, and the time is taken until its page is served with the change, and until the
// search index holds it too. Prints one line per edit and the medians.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { buildCommand } from "./bench/build-command.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TIMEOUT_MS = 600_000;

function option(name: string, fallback: number): number {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  const value = given ? Number(given.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`usage: npm run bench:edit -- [--count=1000] [--edits=3]`);
  return value;
}

/** The generated corpus of `count` articles, made once under the bench's folder. */
function corpus(count: number): string {
  const folder = path.join(os.tmpdir(), "archive-bench", `corpus-${count}`);
  if (!existsSync(folder)) {
    const made = spawnSync(process.execPath, ["--import", "tsx", "scripts/generate-corpus.ts", `--count=${count}`, `--out=${folder}`], { cwd: ROOT, encoding: "utf8" });
    if (made.status !== 0) throw new Error(`generate-corpus failed:\n${made.stderr}`);
  }
  return folder;
}

async function until(what: string, check: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not so after ${TIMEOUT_MS / 1000} s`);
    await sleep(50);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const count = option("count", 1000);
const edits = option("edits", 3);
const work = mkdtempSync(path.join(os.tmpdir(), "bench-edit-"));
const input = path.join(work, "articles");
const output = path.join(work, "site");
cpSync(corpus(count), input, { recursive: true });

let log = "";
const server = spawn(...buildCommand(ROOT, ["--serve", `--input=${input}`, `--output=${output}`]), { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
server.stdout.on("data", (chunk) => (log += chunk));
server.stderr.on("data", (chunk) => (log += chunk));
const fetchText = async (url: string) => {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : "";
  } catch {
    return "";
  }
};
const searchHas = (marker: string) => {
  const folder = path.join(output, "pagefind"); // every shard's fragment/ folder
  if (!existsSync(folder)) return false;
  const fragments = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(path.dirname(file)) === "fragment");
  return fragments.some((file) => {
    try {
      return gunzipSync(readFileSync(path.join(folder, file))).toString("utf8").includes(marker);
    } catch {
      return false; // being rewritten
    }
  });
};

try {
  const started = performance.now();
  let base = "";
  await until("the server starts", async () => {
    base = /Server at (http:\/\/\S+)/.exec(log)?.[1] ?? "";
    return base !== "" && (await fetchText(new URL("/api/articles.json", base).href)) !== "";
  });
  console.log(`bench:edit: ${count} articles, first build served after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const files = readdirSync(input).sort();
  const page = [];
  const everything = [];
  for (let edit = 0; edit < edits; edit++) {
    const file = files[Math.floor(((edit + 1) * files.length) / (edits + 1))]!;
    const id = path.parse(file).name;
    const marker = `Editedword${edit}x${Date.now() % 1000}`;
    await sleep(1000); // let the watcher settle after the last rebuild
    const text = readFileSync(path.join(input, file), "utf8");
    const editedAt = performance.now();
    const paragraphs = text.split("\n\n");
    const at = Math.min(2, paragraphs.length - 1);
    paragraphs[at] = `${paragraphs[at]!.trimEnd()} The ministry called it a ${marker} moment.`;
    writeFileSync(path.join(input, file), paragraphs.join("\n\n"));
    await until("the edited page is served", async () => (await fetchText(new URL(`/articles/${id}/`, base).href)).includes(marker));
    page.push((performance.now() - editedAt) / 1000);
    await until("the search index holds the edit", () => searchHas(marker));
    everything.push((performance.now() - editedAt) / 1000);
    console.log(`bench:edit: edit ${edit + 1}: page served with the change after ${page.at(-1)!.toFixed(2)} s, search index after ${everything.at(-1)!.toFixed(2)} s`);
  }
  console.log(`bench:edit: median of ${edits} edits at ${count} articles: page ${median(page).toFixed(2)} s, search index ${median(everything).toFixed(2)} s (${os.cpus().length} cores)`);
} finally {
  server.kill("SIGINT");
  await sleep(500);
  rmSync(work, { recursive: true, force: true });
}
