// The search page's script (the only script on the site). It runs the form's query against the
// Pagefind index that src/search/ builds, keeps query, filters and order in the address, and lists
// each result's title, type, date and an excerpt with the matched words marked.
// Paths are resolved from this file's own URL, so the page works under any path prefix.

const PAGE_SIZE = 20;
const EXCERPT_WORDS = 30;
const TYPE_LABELS = { article: "Article", event: "Event", person: "Person" };
const SEARCH_TYPES = Object.keys(TYPE_LABELS);
// Pagefind's word separator (see pagefind.js); src/search/folded-copy.ts writes records with it.
const WORD_SEPARATOR = /[^\S\uFEFF]+/;

const siteRoot = new URL("../", import.meta.url);
const form = document.querySelector("[data-search-form]");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = element("button", "search-more");
more.type = "button";
more.id = "search-more";
more.textContent = "Show more results";
more.hidden = true;
list.after(more);

let searchIndex = null; // the shards, once loaded
let coreShared = false;
let generation = 0; // bumped by every search, so a slow older one never overwrites a newer one
let results = [];
let queryTerms = []; // the shown query's words, compared with matched words to mark them
let shown = 0;

/**
 * The search index: one Pagefind index, or for a big archive several (shards, see
 * src/search/shards.ts) listed in pagefind/shards.json. Each shard is searched by its own copy of
 * Pagefind's script: one copy holds one search core, and a second index loaded into it would
 * overwrite the first's memory. The copies are made from the script fetched once, and share the
 * first shard's search core (the same file; the other shards have none).
 */
function loadSearchIndex() {
  searchIndex ??= (async () => {
    const folder = new URL("pagefind/", siteRoot);
    const script = new URL("pagefind.js", folder);
    const manifest = await fetchJson(new URL("shards.json", folder));
    if (manifest.shards.length > 1) shareSearchCore(folder);
    let source = null;
    return Promise.all(
      manifest.shards.map(async (shard, at) => {
        if (at > 0) source ??= fetchOk(script).then((response) => response.text());
        const pagefind = await import(at === 0 ? script.href : URL.createObjectURL(new Blob([await source], { type: "text/javascript" })));
        // In the page's own thread: Pagefind's shared worker has no timeout once started, and one
        // stuck worker would leave the page waiting for good; searches here take milliseconds anyway.
        const instance = pagefind.createInstance({ basePath: new URL(shard.folder, folder).pathname, noWorker: true });
        await instance.options({ baseUrl: siteRoot.pathname });
        return { dated: shard.dated, instance };
      }),
    );
  })();
  searchIndex.catch(() => {
    searchIndex = null; // try again on the next search
  });
  return searchIndex;
}

/** Pagefind fetches `<shard>/wasm.<language>.pagefind`; for a shard after the first, the first's is fetched. */
function shareSearchCore(folder) {
  if (coreShared) return;
  coreShared = true;
  const fetchAsIs = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const asked = typeof input === "string" ? new URL(input, location.href).pathname : "";
    const name = asked.slice(asked.lastIndexOf("/") + 1);
    const shardCore = asked.startsWith(`${folder.pathname}shard-`) && /^wasm\.[^/]+\.pagefind$/.test(name);
    return fetchAsIs(shardCore ? new URL(name, folder).href : input, init);
  };
}

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

async function fetchJson(url) {
  return (await fetchOk(url)).json();
}

/**
 * Searches every shard and merges their results: by score (as Pagefind merges indexes), or by
 * date, where each shard's results are already in order and the shards cover consecutive dates,
 * newest first, undated last.
 */
async function searchShards(shards, query, { filters, sort }) {
  const order = sort.newest ? "newest" : sort.oldest ? "oldest" : null;
  const found = await Promise.all(shards.map(({ instance }) => instance.search(query, { filters, sort })));
  if (found.length === 1) return found[0].results;
  const results = found.map((search) => search.results);
  if (order === null) return results.flat().sort((a, b) => b.score - a.score);
  const dated = results.filter((_, at) => shards[at].dated);
  const undated = results.filter((_, at) => !shards[at].dated);
  return [...(order === "oldest" ? dated.reverse() : dated), ...undated].flat();
}

/** The form as a search: `{ query, type, country, sort }`. */
function readForm() {
  const data = new FormData(form);
  return {
    query: String(data.get("q") ?? "").trim(),
    type: String(data.get("type") ?? ""),
    country: String(data.get("country") ?? ""),
    sort: String(data.get("sort") ?? ""),
  };
}

/** Fills the form from the address (`?q=To+Lam&type=event&sort=newest`). */
function fillForm(params) {
  form.elements.q.value = params.get("q") ?? "";
  const type = params.get("type") ?? "";
  const radios = [...form.querySelectorAll('input[name="type"]')];
  for (const radio of radios) radio.checked = radio.value === (radios.some((r) => r.value === type) ? type : "");
  setSelect(form.elements.country, params.get("country"));
  setSelect(form.elements.sort, params.get("sort"));
}

function setSelect(select, value) {
  select.value = [...select.options].some((option) => option.value === value) ? value : "";
}

function updateAddress({ query, type, country, sort }) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (type) params.set("type", type);
  if (country) params.set("country", country);
  if (sort) params.set("sort", sort);
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

async function run() {
  const state = readForm();
  updateAddress(state);
  const current = ++generation;
  if (!state.query && !state.type && !state.country) {
    showResults([], current);
    status.textContent = "";
    return;
  }
  let shards;
  try {
    shards = await loadSearchIndex();
  } catch {
    if (current === generation) status.textContent = "Search is not available: its index could not be loaded.";
    return;
  }
  // Always a type: each shard of a sharded index also holds a page of the archive's words, which has none.
  const filters = { type: state.type ? state.type : { any: SEARCH_TYPES } };
  if (state.country) filters.country = state.country;
  const sort = state.sort === "newest" ? { newest: "desc" } : state.sort === "oldest" ? { oldest: "asc" } : {};
  try {
    const found = await searchShards(shards, state.query || null, { filters, sort });
    if (current !== generation) return;
    queryTerms = comparable(state.query);
    await showResults(found, current);
    if (current === generation) status.textContent = describe(state, results.length);
  } catch (error) {
    console.error(error);
    if (current === generation) status.textContent = "The search failed; please try again.";
  }
}

function describe({ query, type, country }, count) {
  const filtered = type !== "" || country !== "";
  const what = query ? ` for “${query}”` : " for these filters";
  const scope = query && filtered ? " with these filters" : "";
  if (count === 0) return `No results${what}${scope}.`;
  return `${count} ${count === 1 ? "result" : "results"}${what}${scope}.`;
}

async function showResults(found, current) {
  results = found;
  shown = 0;
  list.replaceChildren();
  more.hidden = true;
  await showMore(current);
}

async function showMore(current) {
  const batch = results.slice(shown, shown + PAGE_SIZE);
  const pages = await Promise.all(batch.map((result) => result.data()));
  if (current !== generation) return [];
  const items = pages.map(renderResult);
  list.append(...items);
  shown += batch.length;
  more.hidden = shown >= results.length;
  return items;
}

function renderResult(page) {
  const locations = page.weighted_locations ?? page.locations.map((location) => ({ location }));
  const { words, hits } = matchedWords(page.content, page.meta.folded === "copy", locations, queryTerms);
  const titleWords = Number(page.meta.titleWords);
  const titled = Number.isInteger(titleWords) && titleWords > 0 && titleWords <= words.length;

  const item = element("li", "search-result");
  const heading = element("h2", "search-result-title");
  const link = element("a");
  link.href = page.url;
  if (titled) link.append(...markedNodes(words, hits, 0, titleWords));
  else link.textContent = page.meta.title ?? page.url;
  heading.append(link);

  const meta = element("p", "search-result-meta");
  const type = element("span", "search-result-type");
  type.textContent = TYPE_LABELS[page.meta.type] ?? page.meta.type ?? "Page";
  meta.append(type);
  if (page.meta.when) {
    const date = element(page.meta.date ? "time" : "span");
    if (page.meta.date) date.dateTime = page.meta.date;
    date.textContent = page.meta.when;
    meta.append(" · ", date);
  }

  // The excerpt comes from the body: the title is already shown above it.
  const bodyStart = titled ? titleWords : 0;
  const start = excerptStart(words, hits, bodyStart, words.length);
  const end = Math.min(words.length, start + EXCERPT_WORDS);
  const excerpt = element("p", "search-result-excerpt");
  excerpt.append(...(start > bodyStart ? ["… "] : []), ...markedNodes(words, hits, start, end), ...(end < words.length ? [" …"] : []));
  item.append(heading, meta, excerpt);
  return item;
}

/**
 * The record's words as written, and the matches worth marking: for each, the query word it
 * answers (or -1 for a match Pagefind made by stemming) and its weight (Pagefind weighs rare
 * words more). A `doubled` record holds its text twice (as written, then folded so that
 * `Da Nang` finds `Đà Nẵng`, see src/search/folded-copy.ts); a match in the folded half counts
 * for the same word of the first half.
 */
function matchedWords(content, doubled, weightedLocations, terms) {
  const all = content.split(WORD_SEPARATOR).filter((word) => word.length > 0);
  const half = doubled ? all.length / 2 : all.length;
  const words = all.slice(0, half);
  const hits = new Map();
  for (const { location, balanced_score: score = 1 } of weightedLocations) {
    const at = doubled && location >= half ? location - half : location;
    if (at >= half || hits.has(at)) continue;
    const forms = [...comparable(words[at]), ...(doubled ? comparable(all[at + half]) : [])];
    const term = answeredTerm(forms, terms);
    if (term !== null) hits.set(at, { term, score });
  }
  return { words, hits };
}

/** Lower-case parts of a word or query, without accents, punctuation or a possessive `’s`. */
function comparable(text) {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/['’]s(?=[^\p{L}\p{N}]*$)/u, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length > 0);
}

/**
 * Which query word a matched word answers: the same word, or one the last query word begins
 * (the reader may still be typing it). Pagefind also lets `to` match `together`; such a match
 * of an earlier query word is not marked (null). A match unlike every query word came from
 * stemming (`visits` for `visit`) and is marked without a query word (-1).
 */
function answeredTerm(forms, terms) {
  const exact = terms.findIndex((term) => forms.includes(term));
  if (exact >= 0) return exact;
  const extended = terms.findIndex((term) => forms.some((form) => form.startsWith(term)));
  if (extended === terms.length - 1) return extended;
  return extended >= 0 ? null : -1;
}

/** Words `from`…`to` as text, with matched words wrapped in `<mark>`. */
function markedNodes(words, hits, from, to) {
  const nodes = [];
  for (let at = from; at < to; at += 1) {
    if (at > from) nodes.push(" ");
    if (hits.has(at)) {
      const mark = element("mark");
      mark.textContent = words[at];
      nodes.push(mark);
    } else nodes.push(words[at]);
  }
  return nodes;
}

/**
 * Where the excerpt starts: at the run of body words that answers the most query words (so
 * `strategic cohesion` shows both), then the most weight (Pagefind weighs rare words more).
 */
function excerptStart(words, hits, from, total) {
  const positions = [...hits.keys()].filter((at) => at >= from).sort((a, b) => a - b);
  if (positions.length === 0 || total - from <= EXCERPT_WORDS) return from;
  let best = { first: 0, last: 0, terms: -1, weight: -1 };
  const terms = new Map(); // query word → matches of it in the window
  let weight = 0;
  const count = (hit, change) => {
    weight += change * hit.score;
    if (hit.term < 0) return;
    const left = (terms.get(hit.term) ?? 0) + change;
    if (left > 0) terms.set(hit.term, left);
    else terms.delete(hit.term);
  };
  for (let first = 0, next = 0; first < positions.length; first += 1) {
    for (; next < positions.length && positions[next] < positions[first] + EXCERPT_WORDS; next += 1) count(hits.get(positions[next]), 1);
    if (terms.size > best.terms || (terms.size === best.terms && weight > best.weight)) {
      best = { first, last: next - 1, terms: terms.size, weight };
    }
    count(hits.get(positions[first]), -1);
  }
  const span = positions[best.last] - positions[best.first] + 1;
  const lead = Math.floor((EXCERPT_WORDS - span) / 2);
  return sentenceStart(words, from, Math.max(from, Math.min(positions[best.first] - lead, total - EXCERPT_WORDS)));
}

/** Moves `at` back (a few words at most) to where its sentence begins, so excerpts read well. */
function sentenceStart(words, from, at) {
  for (let back = at; back > at - 8; back -= 1) {
    if (back <= from) return from;
    if (/[.!?:;]["'”’)]?$/.test(words[back - 1])) return back;
  }
  return at;
}

function element(name, className) {
  const node = document.createElement(name);
  if (className) node.className = className;
  return node;
}

function debounce(action, milliseconds) {
  let timer;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(action, milliseconds);
  };
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  void run();
});
form.elements.q.addEventListener("input", debounce(() => void run(), 250));
// Start fetching the index as soon as the reader shows interest, not on the first keystroke.
form.elements.q.addEventListener("focus", () => void loadSearchIndex().catch(() => {}), { once: true });
form.addEventListener("change", (event) => {
  if (event.target !== form.elements.q) void run();
});
more.addEventListener("click", async () => {
  const added = await showMore(generation);
  added[0]?.querySelector("a")?.focus(); // keyboard users continue where the new results begin
});

fillForm(new URLSearchParams(location.search));
void run();
