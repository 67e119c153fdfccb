// The search page (/cari/ only): Pagefind's pagefind.js API behind an Indonesian form,
// with region (Polda > Polres > Polsek), tag and year facets. The page's address holds the
// whole search (?q=...&polsek=...), so a link shares it and Back returns to it.
//
// The index comes in shards: one Pagefind bundle per year (a large year in month ranges),
// listed newest first in shards.json. Each shard's pagefind.js is imported from its own folder,
// so each is a module instance of its own with its own index.
// - A query is first put to the vocabulary, a small bundle with one page per shard holding each
//   of its words: only the shards holding every word are searched. (Where an index has no word
//   starting with a query word, Pagefind matches the longest word that begins it instead, so a
//   shard without the word would answer with stand-ins: "ban" for "banjir".)
// - Newest first: shards are searched one after another, newest first, only as far as the
//   results on screen need; "Muat lebih banyak" continues into older shards.
// - By relevance: every shard is searched and the results are merged by Pagefind's score.
// - A chosen year searches only that year's shards.
// - Counts (the number of results and every facet count) are sums over all the shards the
//   search covers. They are worked out once the first results are on screen, by loading the
//   filters of each of those shards, so a count is never a partial one; until then the status
//   says the results are being counted. Before anything is searched or chosen, the facets show
//   the whole archive's counts listed in shards.json, and no shard is loaded.

const PER_PAGE = 10;
const REGION = ["polda", "polres", "polsek"];
const FACETS = [
  { key: "polda", title: "Polda" },
  { key: "polres", title: "Polres", within: "polda" },
  { key: "polsek", title: "Polsek", within: "polres" },
  { key: "tag", title: "Tag", limit: 20 },
  { key: "year", title: "Tahun", byValue: true },
];
const PARAMS = ["q", "urut", ...FACETS.map((facet) => facet.key)];

const root = document.querySelector("[data-portal-search]");
const form = root.querySelector("form");
const status = root.querySelector(".portal-search__status");
const facetBox = root.querySelector(".portal-search__facet-list");
const list = root.querySelector(".portal-search__list");
const more = root.querySelector(".portal-search__more");
const siteRoot = new URL(root.dataset.root, document.baseURI);
const bundle = new URL(root.dataset.bundle, document.baseURI);

let manifest = null;
const engines = new Map();
const filtersLoaded = new Set();
let results = null;
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

async function shardsHolding(query, shards, vocabulary) {
  // With a single shard Pagefind's own answer is the whole answer.
  if (!query || shards.length < 2 || !vocabulary) return shards;
  engine(shards[0]); // fetched meanwhile: most queries are answered by the newest shard
  const api = await engineWithFilters({ id: vocabulary });
  // The vocabulary lists words, not sentences: a quoted phrase is asked for word by word.
  const holding = (await api.search(query.replaceAll('"', " "))).filters.shard || {};
  return shards.filter((shard) => holding[shard.id] > 0);
}

function engine(shard) {
  if (!engines.has(shard.id)) engines.set(shard.id, importEngine(shard));
  return engines.get(shard.id);
}

async function importEngine(shard) {
  const api = await import(new URL(`${shard.id}/pagefind.js`, bundle).href);
  await api.options({ baseUrl: siteRoot.pathname });
  return api;
}

async function engineWithFilters(shard) {
  // A shard's searches report facet counts only once its filters are loaded.
  const api = await engine(shard);
  if (!filtersLoaded.has(shard.id)) {
    await api.filters();
    filtersLoaded.add(shard.id);
  }
  return api;
}

function searchOptions(state) {
  const filters = {};
  for (const { key } of FACETS) if (state[key]) filters[key] = state[key];
  const options = { filters };
  if (!byRelevance(state)) options.sort = { date: "desc" };
  return options;
}

function byRelevance(state) {
  return Boolean(state.q) && state.urut === "relevan";
}

function filtering(state) {
  return FACETS.some(({ key }) => state[key]);
}

class ResultList {
  // One search's results over its shards, in the order they are shown.
  constructor(state, shards) {
    this.state = state;
    this.shards = shards;
    this.searches = new Map();
    this.shown = 0;
    this.available = 0;
    this.total = null;
  }

  search(shard) {
    if (!this.searches.has(shard.id)) this.searches.set(shard.id, engine(shard).then((api) => this.ask(api)));
    return this.searches.get(shard.id);
  }

  ask(api) {
    return api.search(this.state.q || null, searchOptions(this.state));
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
    // Stable: equal scores keep the newer shard's result first.
    this.byScore ??= Promise.all(this.shards.map((shard) => this.search(shard))).then((answers) =>
      answers.flatMap((answer) => answer.results).sort((a, b) => b.score - a.score),
    );
    return this.byScore;
  }

  async count() {
    // Every shard searched with its filters loaded: the total and the facet counts, summed.
    // Those searches also serve "Muat lebih banyak" later on.
    const answers = await Promise.all(this.shards.map(async (shard) => {
      const answer = await this.ask(await engineWithFilters(shard));
      if (!this.searches.has(shard.id)) this.searches.set(shard.id, Promise.resolve(answer));
      return answer;
    }));
    this.total = answers.reduce((sum, answer) => sum + answer.results.length, 0);
    return sumCounts(answers.map((answer) => answer.filters));
  }
}

function sumCounts(countsByShard) {
  const sums = {};
  for (const counts of countsByShard) {
    for (const [key, values] of Object.entries(counts || {})) {
      sums[key] ??= {};
      for (const [value, count] of Object.entries(values)) sums[key][value] = (sums[key][value] || 0) + count;
    }
  }
  return sums;
}

function chosenShards(shards, state) {
  return state.year ? shards.filter((shard) => shard.year === state.year) : shards;
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
  results = new ResultList(state, holding);
  await showMore(current);
  if (current !== generation) return;
  say("Menghitung hasil …");
  const counts = await results.count();
  if (current !== generation) return;
  more.hidden = !results.more;
  say(summary(results.total, state.q));
  showFacets(state, counts);
}

function fillForm(state) {
  form.elements.q.value = state.q;
  form.elements.urut.value = state.urut === "relevan" ? "relevan" : "terbaru";
  form.elements.urut.disabled = !state.q;
}

function say(text) {
  status.textContent = text;
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
  const heading = article.appendChild(element("h3", "portal-card__title"));
  const link = heading.appendChild(element("a", "", meta.title));
  link.href = result.url;
  const line = article.appendChild(element("p", "portal-card__meta"));
  line.append(element("span", "", meta.date), element("span", "portal-card__unit", meta.unit));
  if (meta.image) {
    const image = article.appendChild(element("img", "portal-card__image"));
    image.src = siteHref(meta.image);
    image.alt = meta.image_alt || "";
    image.loading = "lazy";
  }
  const text = article.appendChild(element("p", "portal-card__summary"));
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
  const groups = FACETS.filter((facet) => !facet.within || state[facet.within]).map((facet) =>
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
// Facets stand beside the results on wide screens; on a phone they wait behind "Saring hasil".
root.querySelector(".portal-search__facets").open = matchMedia("(min-width: 60em)").matches;
run(readState());
