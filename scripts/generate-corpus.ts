// `tsx scripts/generate-corpus.ts --count=N --out=DIR [--seed=S]`: writes N invented press
// articles about invented visits, in the scraped shapes the archive reads (stated date, captions,
// debris, sign-offs, datelines). For benchmarks and for checking the extractor on unseen text.
// Deterministic: the same seed gives the same files.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const COUNTRIES = [
  ["Chile", "Chilean"], ["Kenya", "Kenyan"], ["Norway", "Norwegian"], ["Peru", "Peruvian"],
  ["Ghana", "Ghanaian"], ["Finland", "Finnish"], ["Mongolia", "Mongolian"], ["Uruguay", "Uruguayan"],
  ["Senegal", "Senegalese"], ["Portugal", "Portuguese"], ["Nepal", "Nepalese"], ["Jordan", "Jordanian"],
] as const;
const TITLES = ["President", "Prime Minister", "Foreign Minister", "Chancellor", "Vice President"];
const SYLLABLES = ["ka", "lo", "mi", "ra", "sen", "to", "vi", "na", "ul", "ber", "gar", "des", "mon", "tiv", "qua", "ril"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const AGENCIES = ["XNA", "PNA", "CTA"];

/** mulberry32: a tiny seeded PRNG, so corpora are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function inventName(next: () => number): string {
  const word = (): string => {
    const text = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(next, SYLLABLES)).join("");
    return text[0]!.toUpperCase() + text.slice(1);
  };
  return `${word()} ${word()}`;
}

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function generateArticle(index: number, next: () => number): string {
  const [home, homeAdjective] = pick(next, COUNTRIES);
  let [host] = pick(next, COUNTRIES);
  if (host === home) host = COUNTRIES[(COUNTRIES.findIndex(([name]) => name === home) + 1) % COUNTRIES.length]![0];
  const visitor = inventName(next);
  const hostLeader = inventName(next);
  const title = pick(next, TITLES);
  const year = 2020 + Math.floor(next() * 8);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 26);
  const agency = pick(next, AGENCIES);
  const published = isoDay(year, month, day + 2);
  const monthName = MONTHS[month - 1]!;
  const paragraphs = [
    `${title} ${visitor} and a high-level ${homeAdjective} delegation concluded a state visit to ${host} from ${monthName} ${day} to ${day + 1}, at the invitation of President ${hostLeader}.`,
    `During the visit, ${title} ${visitor.split(" ")[1]} held talks with President ${hostLeader}, and the two sides agreed to raise bilateral trade to US$${1 + Math.floor(next() * 20)} billion in the coming years.`,
    `${hostLeader.split(" ")[0]} said the visit of the ${homeAdjective} leader opened a new chapter in ${home}–${host} relations. Article ${index} of a generated corpus.`,
  ];
  const caption = `President ${hostLeader} welcomes ${title} ${visitor} in the capital of ${host}. Photo: ${agency}`;
  return ` date ${published} ${caption}\n\n${paragraphs[0]}\n |\n\n${paragraphs[1]}\n\n${paragraphs[2]} — ${agency}\n`;
}

function main(): void {
  const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, "").split("=") as [string, string]));
  const count = Number(args.get("count") ?? 1000);
  const out = args.get("out");
  if (!out || !Number.isInteger(count) || count < 1) {
    console.error("usage: tsx scripts/generate-corpus.ts --count=N --out=DIR [--seed=S]");
    process.exit(1);
  }
  const next = random(Number(args.get("seed") ?? 1));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (let index = 0; index < count; index++) {
    writeFileSync(path.join(out, `gen_${String(index).padStart(6, "0")}.txt`), generateArticle(index, next));
  }
  console.log(`generate-corpus: ${count} articles → ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
