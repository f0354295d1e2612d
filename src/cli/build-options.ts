// The build command's options, from the command line and the environment, read once. A value
// that cannot be right (an empty folder name, a size that is not one) is refused here, in one
// line naming the option.
import { parseSize } from "../util/size.ts";

export interface BuildOptions {
  strict: boolean;
  serve: boolean;
  /** Show stack traces of failures (for reporting a bug). */
  debug: boolean;
  /** Build even when nothing changed since the site in the output folder was written. */
  force: boolean;
  /** Build even when the input folder holds no article (otherwise refused, to keep the last site). */
  allowEmpty: boolean;
  input: string;
  /** Folder of the editor's data: authority.json, corrections.yaml, site.json. */
  data: string;
  output: string;
  siteUrl: string | undefined;
  /** Where the site URL came from, for messages: `SITE_URL` or `--site-url`. */
  siteUrlFrom: string;
  pathPrefix: string | undefined;
  pathPrefixFrom: string;
  /** A ready-made archive JSON to render instead of the input folder (ARCHIVE_FIXTURE). */
  fixture: string | undefined;
  /** Reuse records of unchanged files from `.cache/ingest` (ARCHIVE_CACHE=off for a cold run). */
  cache: boolean;
  /** Input files over this many bytes are reported and skipped (undefined: the ingest default). */
  maxFileSize: number | undefined;
  /** How long to wait for another build writing the same folder. */
  waitSeconds: number;
  /** Characters of text per search index shard (undefined: the search default). */
  searchShardSize: number | undefined;
}

export const DEFAULT_WAIT_SECONDS = 600;

const FLAGS = ["--strict", "--serve", "--debug", "--allow-empty", "--force"] as const;
const VALUES = ["--input", "--data", "--output", "--path-prefix", "--site-url", "--max-file-size", "--wait", "--search-shard-size"] as const;
const KNOWN = `${FLAGS.join(", ")}, --input=DIR, --data=DIR, --output=DIR, --path-prefix=/x/, --site-url=URL, --max-file-size=5MB, --wait=SECONDS, --search-shard-size=6MB`;

export function parseBuildOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BuildOptions {
  const options: BuildOptions = {
    strict: false,
    serve: false,
    debug: false,
    allowEmpty: false,
    force: false,
    input: "seeds",
    data: "data",
    output: "_site",
    siteUrl: env.SITE_URL,
    siteUrlFrom: "SITE_URL",
    pathPrefix: env.PATH_PREFIX,
    pathPrefixFrom: "PATH_PREFIX",
    fixture: env.ARCHIVE_FIXTURE,
    cache: env.ARCHIVE_CACHE !== "off",
    maxFileSize: undefined,
    waitSeconds: DEFAULT_WAIT_SECONDS,
    searchShardSize: undefined,
  };
  for (const arg of argv) {
    if (arg === "--strict") options.strict = true;
    else if (arg === "--serve") options.serve = true;
    else if (arg === "--debug") options.debug = true;
    else if (arg === "--allow-empty") options.allowEmpty = true;
    else if (arg === "--force") options.force = true;
    else setValue(options, arg);
  }
  return options;
}

function setValue(options: BuildOptions, arg: string): void {
  const equals = arg.indexOf("=");
  const name = equals > 0 ? arg.slice(0, equals) : arg;
  const value = equals > 0 ? arg.slice(equals + 1) : undefined;
  if (!(VALUES as readonly string[]).includes(name)) throw new Error(`unknown option ${JSON.stringify(arg).slice(1, -1)} (known: ${KNOWN})`);
  if (value === undefined) throw new Error(`${name} needs a value: ${name}=…`);
  switch (name) {
    case "--input":
      options.input = nonEmpty(name, value, "the folder of articles, such as --input=seeds");
      break;
    case "--data":
      options.data = nonEmpty(name, value, "the folder of the editor's data, such as --data=data");
      break;
    case "--output":
      options.output = nonEmpty(name, value, "a folder for the site, such as --output=_site");
      break;
    case "--path-prefix":
      options.pathPrefix = value;
      options.pathPrefixFrom = name;
      break;
    case "--site-url":
      options.siteUrl = value;
      options.siteUrlFrom = name;
      break;
    case "--max-file-size": {
      const bytes = parseSize(value);
      if (bytes === null) throw new Error(`--max-file-size=${value} is not a size; write it like --max-file-size=5MB or --max-file-size=500KB`);
      options.maxFileSize = bytes;
      break;
    }
    case "--search-shard-size": {
      const characters = parseSize(value);
      if (characters === null) throw new Error(`--search-shard-size=${value} is not a size; write it like --search-shard-size=6MB (characters of text per search index)`);
      options.searchShardSize = characters;
      break;
    }
    case "--wait": {
      const seconds = Number(value);
      if (value.trim() === "" || !Number.isFinite(seconds) || seconds < 0) throw new Error(`--wait=${value} is not a number of seconds; write it like --wait=60`);
      options.waitSeconds = seconds;
      break;
    }
  }
}

function nonEmpty(name: string, value: string, example: string): string {
  if (value.trim() === "") throw new Error(`${name} is empty; give ${example}`);
  return value;
}
