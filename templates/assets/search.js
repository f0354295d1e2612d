// The search page's script (the only script on the site). It runs the form's query against the
// Pagefind index that src/search/ builds, keeps query, filters and order in the address, and lists
// each result's title, type, date and an excerpt with the matched words marked.
// Paths are resolved from this file's own URL, so the page works under any path prefix.

const PAGE_SIZE = 20;
const EXCERPT_WORDS = 30;
const TYPE_LABELS = { article: "Article", event: "Event", person: "Person" };
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

let pagefindModule = null;
let generation = 0; // bumped by every search, so a slow older one never overwrites a newer one
let results = [];
let queryTerms = []; // the shown query's words, compared with matched words to mark them
let shown = 0;

function loadPagefind() {
  pagefindModule ??= import(new URL("pagefind/pagefind.js", siteRoot).href).then(async (pagefind) => {
    // In the page's own thread: Pagefind's shared worker has no timeout once started, and one
    // stuck worker would leave the page waiting for good; searches here take milliseconds anyway.
    await pagefind.options({ baseUrl: siteRoot.pathname, noWorker: true });
    return pagefind;
  });
  pagefindModule.catch(() => {
    pagefindModule = null; // try again on the next search
  });
  return pagefindModule;
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
  let pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    if (current === generation) status.textContent = "Search is not available: its index could not be loaded.";
    return;
  }
  const filters = {};
  if (state.type) filters.type = state.type;
  if (state.country) filters.country = state.country;
  const sort = state.sort === "newest" ? { newest: "desc" } : state.sort === "oldest" ? { oldest: "asc" } : {};
  try {
    const search = await pagefind.search(state.query || null, { filters, sort });
    if (current !== generation || !search) return;
    queryTerms = comparable(state.query);
    await showResults(search.results, current);
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
  const { words, hits } = matchedWords(page.content, locations, queryTerms);
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
 * words more). The index holds each text twice (as written, then folded so that `Da Nang`
 * finds `Đà Nẵng`, see src/search/folded-copy.ts); a match in the folded half counts for the
 * same word of the first half.
 */
function matchedWords(content, weightedLocations, terms) {
  const all = content.split(WORD_SEPARATOR).filter((word) => word.length > 0);
  const doubled = all.length % 2 === 0;
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
form.elements.q.addEventListener("focus", () => void loadPagefind().catch(() => {}), { once: true });
form.addEventListener("change", (event) => {
  if (event.target !== form.elements.q) void run();
});
more.addEventListener("click", async () => {
  const added = await showMore(generation);
  added[0]?.querySelector("a")?.focus(); // keyboard users continue where the new results begin
});

fillForm(new URLSearchParams(location.search));
void run();
