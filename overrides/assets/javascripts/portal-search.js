// The search page (/cari/ only): Pagefind's pagefind.js API behind an Indonesian form,
// with region (Polda > Polres > Polsek), tag and year facets. The page's address holds the
// whole search (?q=...&polsek=...), so a link shares it and Back returns to it.

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

let pagefind = null;
let facetsLoaded = false;
let pending = [];
let excerpts = false;
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

async function loadPagefind() {
  if (!pagefind) {
    const bundle = new URL(root.dataset.bundle, document.baseURI);
    pagefind = await import(new URL("pagefind.js", bundle).href);
    await pagefind.options({ baseUrl: siteRoot.pathname });
  }
  return pagefind;
}

async function loadFacets(api) {
  // Searches report facet counts only once the filters are loaded. They are loaded after the
  // first results are on screen, so the reader does not wait for them.
  if (!facetsLoaded) {
    await api.filters();
    facetsLoaded = true;
  }
}

function searchOptions(state) {
  const filters = {};
  for (const { key } of FACETS) if (state[key]) filters[key] = state[key];
  const options = { filters };
  if (!state.q || state.urut !== "relevan") options.sort = { date: "desc" };
  return options;
}

async function run(state) {
  const current = ++generation;
  fillForm(state);
  const options = searchOptions(state);
  const filtering = Object.keys(options.filters).length > 0;
  let api;
  try {
    api = await loadPagefind();
  } catch (error) {
    say("Indeks pencarian belum dibuat untuk pratinjau ini.");
    return;
  }
  if (!state.q && !filtering) {
    list.replaceChildren();
    more.hidden = true;
    say("Ketik kata kunci, atau pilih wilayah, tag atau tahun.");
    await loadFacets(api);
    if (current === generation) showFacets(state, await api.filters());
    return;
  }
  const search = await api.search(state.q || null, options);
  if (current !== generation) return;
  pending = search.results;
  excerpts = Boolean(state.q);
  list.replaceChildren();
  await showMore(current);
  say(summary(search.results.length, state.q));
  let counts = search.filters;
  if (!facetsLoaded) {
    // The first search ran before the filters were loaded, so it has no counts yet.
    await loadFacets(api);
    counts = (await api.search(state.q || null, options)).filters;
  }
  if (current === generation) showFacets(state, counts);
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
  const batch = pending.slice(0, PER_PAGE);
  pending = pending.slice(PER_PAGE);
  const data = await Promise.all(batch.map((result) => result.data()));
  if (current !== generation) return;
  list.append(...data.map(card));
  more.hidden = pending.length === 0;
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
  if (excerpts) text.append(...highlighted(result.excerpt));
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
