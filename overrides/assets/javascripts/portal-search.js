// The search page (/cari/ only): Pagefind's pagefind.js API behind an Indonesian form,
// with region (Polda > Polres > Polsek), tag and year facets. The page's address holds the
// whole search (?q=...&polsek=...), so a link shares it and Back returns to it.
//
// The index comes in bundles: one Pagefind bundle per year (a large year in month ranges; later
// also per Polda), listed newest first in shards.json with the keys that choose them (year,
// Polda). One engine searches them all: Pagefind's JavaScript, worker and WebAssembly are loaded
// once, from the vocabulary's folder, and each bundle a search needs is merged into it
// (mergeIndex) the first time, bringing only its page list. Every merged bundle carries a
// synthetic "bundle" filter with its id, so a search names the bundles it covers; a bundle that
// is merged but not named contributes no results.
// - A query is first put to the vocabulary, a small bundle with one page per bundle holding each
//   of its words: only the bundles holding every word are searched. (Where an index has no word
//   starting with a query word, Pagefind matches the longest word that begins it instead, so a
//   bundle without the word would answer with stand-ins: "ban" for "banjir".)
// - Newest first: bundles are searched one after another, newest first, only as far as the
//   results on screen need; "Muat lebih banyak" continues into older bundles.
// - By relevance: every bundle is searched and the results are merged by Pagefind's score.
// - A chosen year (or Polda) searches only the bundles with that key.
// - Counts (the number of results and every facet count) come from one search over all the
//   bundles the search covers, once the first results are on screen, so a count is never a
//   partial one; until then the status says the results are being counted. That search loads
//   only the filters the panel shows (Polda, tag, year; Polres within a chosen Polda, Polsek
//   within a chosen Polres). On a phone, where the filter panel starts closed, the counts wait
//   until the reader opens it: the results alone need only the newest bundles. Before anything
//   is searched or chosen, the facets show the whole archive's counts listed in shards.json, and
//   nothing of Pagefind is loaded.
// - A query of one word with nothing chosen takes its counts from the count files the build
//   wrote (shards.json names them: counts/N.json, the word in the file its hash names): one
//   small file instead of every bundle's page list and index. Other queries count as above.

const PER_PAGE = 10;
const REGION = ["polda", "polres", "polsek"];
const FACETS = [
  { key: "polda", title: "Polda" },
  { key: "polres", title: "Polres", within: "polda" },
  { key: "polsek", title: "Polsek", within: "polres" },
  { key: "tag", title: "Tag", limit: 20 },
  // Every bundle holds a single year, so the bundles chosen are the year filter and its counts
  // are the bundles' own: Pagefind's year filter is never loaded.
  { key: "year", title: "Tahun", byValue: true, byBundle: true },
];
const PARAMS = ["q", "urut", ...FACETS.map((facet) => facet.key)];
const COUNTS_FORMAT = 1;
// What Pagefind removes from a query before stemming it (punctuation but connectors).
const QUERY_PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

const root = document.querySelector("[data-portal-search]");
const form = root.querySelector("form");
const status = root.querySelector(".portal-search__status");
const facets = root.querySelector(".portal-search__facets");
const facetBox = root.querySelector(".portal-search__facet-list");
const list = root.querySelector(".portal-search__list");
const more = root.querySelector(".portal-search__more");
const siteRoot = new URL(root.dataset.root, document.baseURI);
const bundle = new URL(root.dataset.bundle, document.baseURI);

let manifest = null;
let pagefind = null;
const merged = new Map();
let results = null;
const countFiles = new Map();
let generation = 0;

function readState() {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(PARAMS.map((key) => [key, (params.get(key) || "").trim()]));
}

function stateHref(state) {
  const params = new URLSearchParams();
  for (const key of PARAMS) if (state[key]) params.set(key, state[key]);
  const query = params.toString();
  return location.pathname + (query ? `?${query}` : "");
}

function withFacet(state, key, value) {
  // A wider unit clears the narrower ones: they need not lie within the new choice.
  const next = { ...state, [key]: value };
  const level = REGION.indexOf(key);
  if (level >= 0) for (const narrower of REGION.slice(level + 1)) next[narrower] = "";
  return next;
}

function loadManifest() {
  manifest ??= fetch(new URL("shards.json", bundle)).then((response) => {
    if (!response.ok) throw new Error(`shards.json: ${response.status}`);
    return response.json();
  });
  manifest.catch(() => (manifest = null));
  return manifest;
}

function engine() {
  // The one engine of the visit: the vocabulary's pagefind.js, with the vocabulary as its own
  // index, marked so that story searches (which name their bundles) never return its pages.
  pagefind ??= loadManifest().then(async ({ vocabulary }) => {
    const api = await import(new URL(`${vocabulary}/pagefind.js`, bundle).href);
    await api.options({ baseUrl: siteRoot.pathname, mergeFilter: { bundle: vocabulary } });
    return api;
  });
  return pagefind;
}

async function withBundles(shards) {
  // The engine with every one of ``shards`` merged in: each brings its entry and page list once.
  const api = await engine();
  for (const shard of shards) {
    if (!merged.has(shard.id)) {
      merged.set(shard.id, api.mergeIndex(new URL(`${shard.id}/`, bundle).pathname, {
        baseUrl: siteRoot.pathname,
        mergeFilter: { bundle: shard.id },
      }));
    }
  }
  await Promise.all(shards.map((shard) => merged.get(shard.id)));
  return api;
}

async function shardsHolding(query, shards, vocabulary) {
  // With a single bundle Pagefind's own answer is the whole answer.
  if (!query || shards.length < 2 || !vocabulary) return shards;
  withBundles(shards.slice(0, 1)); // merged meanwhile: most queries are answered by the newest bundle
  const api = await engine();
  // The vocabulary lists words, not sentences: a quoted phrase is asked for word by word.
  const answer = await api.search(query.replaceAll('"', " "), { filters: { bundle: vocabulary, shard: { none: [] } } });
  const holding = answer.filters.shard || {};
  return shards.filter((shard) => holding[shard.id] > 0);
}

function searchOptions(state, bundles, counted = []) {
  // ``counted``: facets whose counts are wanted without narrowing by them (an empty "none"
  // loads a filter's values and excludes nothing).
  const filters = { bundle: bundles.length === 1 ? bundles[0] : { any: bundles } };
  for (const key of counted) filters[key] = { none: [] };
  for (const { key, byBundle } of FACETS) if (state[key] && !byBundle) filters[key] = state[key];
  const options = { filters };
  if (!byRelevance(state)) options.sort = { date: "desc" };
  return options;
}

function shownFacets(state) {
  // Polres appear within a chosen Polda, Polsek within a chosen Polres.
  return FACETS.filter((facet) => !facet.within || state[facet.within]);
}

function byRelevance(state) {
  return Boolean(state.q) && state.urut === "relevan";
}

function filtering(state) {
  return FACETS.some(({ key }) => state[key]);
}

class ResultList {
  // One search's results over its bundles, in the order they are shown.
  constructor(state, shards, current) {
    this.state = state;
    this.generation = current;
    this.shards = shards;
    this.searches = new Map();
    this.shown = 0;
    this.available = 0;
    this.total = null;
  }

  search(shard) {
    if (!this.searches.has(shard.id)) {
      this.searches.set(shard.id, withBundles([shard]).then((api) =>
        api.search(this.state.q || null, searchOptions(this.state, [shard.id]))));
    }
    return this.searches.get(shard.id);
  }

  async next(count) {
    const ordered = byRelevance(this.state) ? await this.merged() : await this.newestFirst(this.shown + count);
    const batch = ordered.slice(this.shown, this.shown + count);
    this.shown += batch.length;
    this.available = ordered.length;
    return batch;
  }

  get more() {
    if (this.total !== null) return this.shown < this.total;
    return this.shown < this.available || this.shards.some((shard) => !this.searches.has(shard.id));
  }

  async newestFirst(wanted) {
    const ordered = [];
    for (const shard of this.shards) {
      if (ordered.length >= wanted) break;
      ordered.push(...(await this.search(shard)).results);
    }
    return ordered;
  }

  async merged() {
    // Stable: equal scores keep the newer bundle's result first.
    this.byScore ??= Promise.all(this.shards.map((shard) => this.search(shard))).then((answers) =>
      answers.flatMap((answer) => answer.results).sort((a, b) => b.score - a.score),
    );
    return this.byScore;
  }

  count() {
    this.counting ??= this.countAll();
    return this.counting;
  }

  async countAll() {
    // One search over every bundle, with the filters of the facets on screen: the total and the
    // facet counts, summed over the bundles by Pagefind.
    if (this.shards.length === 0) {
      this.total = 0;
      return {};
    }
    const known = await knownCounts(this.state);
    if (known) {
      this.total = known[0];
      return known[1];
    }
    const api = await withBundles(this.shards);
    const ids = this.shards.map((shard) => shard.id);
    const counted = shownFacets(this.state).filter((facet) => !facet.byBundle).map((facet) => facet.key);
    const answer = await api.search(this.state.q || null, searchOptions(this.state, ids, counted));
    this.total = answer.results.length;
    return { ...answer.filters, year: this.yearCounts(answer.filters.bundle || {}) };
  }

  yearCounts(byBundle) {
    const years = {};
    for (const shard of this.shards) years[shard.year] = (years[shard.year] || 0) + (byBundle[shard.id] || 0);
    return years;
  }
}

function countedWord(state) {
  // The query as Pagefind reads it (punctuation removed, lower case), when it is one word and
  // nothing is chosen; a quoted query is an exact search, counted by Pagefind.
  if (filtering(state) || state.q.includes('"')) return null;
  const word = state.q.replace(QUERY_PUNCTUATION, "").toLocaleLowerCase();
  return /^[\p{L}\p{N}]+$/u.test(word) ? word : null;
}

function bucket(word, files) {
  // FNV-1a (32 bits) of the word's UTF-8 bytes: the build puts the word in this file.
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(word)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash % files;
}

async function knownCounts(state) {
  // [total, {polda, tag, year}] from the build's count files, or null: count with Pagefind.
  const word = countedWord(state);
  const { counts } = await loadManifest();
  if (!word || counts?.format !== COUNTS_FORMAT) return null;
  const url = new URL(`${counts.folder}/${bucket(word, counts.files)}.json`, bundle);
  if (!countFiles.has(url.href)) {
    countFiles.set(url.href, fetch(url).then((response) => (response.ok ? response.json() : {})));
  }
  return (await countFiles.get(url.href))[word] || null;
}

function chosenShards(shards, state) {
  // A bundle without a Polda key holds every Polda.
  return shards.filter((shard) => (!state.year || shard.year === state.year) && (!state.polda || !shard.polda || shard.polda === state.polda));
}

async function run(state) {
  const current = ++generation;
  fillForm(state);
  let loaded;
  try {
    loaded = await loadManifest();
  } catch (error) {
    say("Indeks pencarian belum dibuat untuk pratinjau ini.");
    return;
  }
  const shards = chosenShards(loaded.shards, state);
  try {
    if (!state.q && !filtering(state)) invite(state, loaded.facets);
    else await search(state, shards, loaded.vocabulary, current);
  } catch (error) {
    if (current === generation) say("Pencarian gagal dimuat. Muat ulang halaman untuk mencoba lagi.");
    throw error;
  }
}

function invite(state, facets) {
  // Nothing searched or chosen yet: the whole archive's counts come with shards.json.
  results = null;
  list.replaceChildren();
  more.hidden = true;
  say("Ketik kata kunci, atau pilih wilayah, tag atau tahun.");
  showFacets(state, facets);
}

async function search(state, shards, vocabulary, current) {
  list.replaceChildren();
  more.hidden = true;
  say("Mencari …");
  const holding = await shardsHolding(state.q, shards, vocabulary);
  if (current !== generation) return;
  results = new ResultList(state, holding, current);
  await showMore(current);
  if (current !== generation) return;
  if (facets.open) {
    await showCounts(current);
  } else {
    // The filter panel is closed (a phone): counting loads every bundle's index for the query,
    // so it waits until the reader opens the panel.
    facetBox.replaceChildren();
    say(uncounted(state.q));
  }
}

async function showCounts(current) {
  say("Menghitung hasil …");
  const counts = await results.count();
  if (current !== generation) return;
  more.hidden = !results.more;
  say(summary(results.total, results.state.q));
  showFacets(results.state, counts);
}

function fillForm(state) {
  form.elements.q.value = state.q;
  form.elements.urut.value = state.urut === "relevan" ? "relevan" : "terbaru";
  form.elements.urut.disabled = !state.q;
}

function say(text) {
  status.textContent = text;
}

function uncounted(query) {
  return query ? `Berita untuk “${query}”.` : "Berita sesuai saringan.";
}

function summary(count, query) {
  if (count === 0) return query ? `Tidak ada berita untuk “${query}”.` : "Tidak ada berita.";
  return query ? `${count} berita untuk “${query}”.` : `${count} berita.`;
}

async function showMore(current) {
  more.disabled = true;
  const batch = await results.next(PER_PAGE);
  const data = await Promise.all(batch.map((result) => result.data()));
  if (current !== generation) return;
  list.append(...data.map(card));
  more.hidden = !results.more;
  more.disabled = false;
}

function card(result) {
  const meta = result.meta;
  const article = element("article", "portal-card");
  const heading = article.appendChild(element("h3", ""));
  const link = heading.appendChild(element("a", "", meta.title));
  link.href = result.url;
  const line = article.appendChild(element("p", ""));
  line.append(element("span", "", meta.date), element("span", "portal-card__unit", meta.unit));
  if (meta.image) {
    const image = article.appendChild(element("img", "portal-card__image"));
    image.src = siteHref(meta.image);
    image.alt = meta.image_alt || "";
    image.loading = "lazy";
  }
  const text = article.appendChild(element("p", ""));
  if (results.state.q) text.append(...highlighted(result.excerpt));
  else text.textContent = meta.summary;
  return article;
}

function highlighted(excerpt) {
  // Pagefind escapes the text and adds <mark>; only text and <mark> are carried over.
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html").body;
  return Array.from(parsed.firstChild.childNodes, (node) =>
    node.nodeName === "MARK" ? element("mark", "", node.textContent) : document.createTextNode(node.textContent),
  );
}

function siteHref(path) {
  return new URL(path.replace(/^\//, ""), siteRoot).pathname;
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showFacets(state, counts) {
  const groups = shownFacets(state).map((facet) =>
    facetGroup(facet, state, counts[facet.key] || {}),
  );
  facetBox.replaceChildren(...groups.filter(Boolean));
}

function facetGroup(facet, state, counts) {
  const chosen = state[facet.key];
  // A chosen value stays on screen, even without results, so it can be taken back.
  if (chosen && !(chosen in counts)) counts = { ...counts, [chosen]: 0 };
  let values = Object.entries(counts).filter(([value, count]) => count > 0 || value === chosen);
  if (values.length === 0) return null;
  values.sort(facet.byValue ? (a, b) => b[0].localeCompare(a[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "id"));
  if (facet.limit && !chosen) values = values.slice(0, facet.limit);
  if (chosen) values = values.filter(([value]) => value === chosen);
  const group = element("section", "portal-facet");
  group.dataset.facet = facet.key;
  group.append(element("h2", "portal-facet__title", facet.title));
  const items = group.appendChild(element("ul"));
  for (const [value, count] of values) items.append(facetItem(facet.key, value, count, state));
  return group;
}

function facetItem(key, value, count, state) {
  const chosen = state[key] === value;
  const item = element("li");
  const link = item.appendChild(element("a", "", value));
  link.href = stateHref(withFacet(state, key, chosen ? "" : value));
  if (chosen) {
    link.setAttribute("aria-current", "true");
    link.title = "Hapus saringan ini";
  }
  item.append(" ", element("span", "portal-count", String(count)));
  return item;
}

function go(state) {
  history.pushState(null, "", stateHref(state));
  run(state);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const urut = form.elements.urut.value === "relevan" ? "relevan" : "";
  go({ ...readState(), q: form.elements.q.value.trim(), urut });
});
form.elements.urut.addEventListener("change", () => form.requestSubmit());
facetBox.addEventListener("click", (event) => {
  const link = event.target.closest("a");
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState(null, "", link.href);
  run(readState());
});
more.addEventListener("click", () => showMore(generation));
window.addEventListener("popstate", () => run(readState()));
// Facets stand beside the results on wide screens; on a phone they wait behind "Saring hasil",
// and so do the counts.
facets.open = matchMedia("(min-width: 60em)").matches;
facets.addEventListener("toggle", () => {
  if (facets.open && results?.generation === generation && results.total === null) showCounts(generation);
});
run(readState());
