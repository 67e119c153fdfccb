"""A reader searching in a real browser: Chromium, /cari/ and its Pagefind index, served by nginx.

The corpus spans four years with a small shard size, so the index has several shards, some of
them month ranges of a split year."""

import gzip
import json
import re
from collections import Counter
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from conftest import ROOT, FixtureSite, front_matter
from corpus import registry, write_corpus
from servers import chromium, csp_violations, nginx, record_csp_violations

from site_plugins.content.slugs import slugify
from site_plugins.search.counts import CHUNK_BYTES

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser

CARDS = ".portal-search__list .portal-card"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("search-browser")
    site = FixtureSite(root / "project", per_page=5, search=True, search_options={"shard_size": 15})
    site.root.mkdir()
    stories = write_corpus(site, 90)
    site.write("berita/2026/10/pengajian-akbar.md", front_matter(
        title="Polsek Sigap Kawal Pengajian Akbar di Alun-Alun", date="2026-10-20 19:30",
        polres="Polres Kota A1", location="Alun-Alun Kota A1", author="Dewi Lestari", tags=["pengamanan ibadah"],
        body="Penjagaan pengajian akbar berlangsung sejak sore. Personel mengatur parkir jamaah.",
    ))
    site.write("berita/2023/01/perahu-danau.md", front_matter(
        title="Patroli Perahu Menyisir Danau Tua", date="2023-01-02 07:00", polres="Polres Kota B2",
        location="Danau Tua", author="Agus Salim", body="Personel menyisir tepian danau dengan perahu karet.",
    ))
    # "Ondel" twice: said in passing in the newest shard, the whole subject of a story two years older.
    site.write("berita/2026/09/pawai-budaya.md", front_matter(
        title="Pengamanan Pawai Budaya", date="2026-09-12 15:00", polres="Polres Kota C1", location="Lapangan Kota",
        author="Siti Aminah",
        body=" ".join(["Personel mengatur arus kendaraan di sekitar lapangan kota selama pawai berlangsung."] * 8)
        + " Rombongan ondel berjalan paling belakang.",
    ))
    site.write("berita/2024/05/ondel-ondel.md", front_matter(
        title="Ondel Ondel Sambut Personel Ondel", date="2024-05-04 10:00", polres="Polres Kota A2",
        location="Balai Warga", author="Rina Marlina", body="Ondel ondel menari. Warga dan ondel ondel menyambut personel.",
    ))
    result = site.build()
    assert result.returncode == 0, result.output
    with nginx(result.site, root / "nginx") as url:
        yield url, stories, json.loads((result.site / "pagefind" / "shards.json").read_text())["shards"], result.site


@pytest.fixture(scope="module")
def base_url(corpus):
    return corpus[0]


@pytest.fixture(scope="module")
def busiest_polsek(corpus):
    """Names of the Polda, Polres and Polsek with the most published stories, and those stories."""
    _, stories, _, _ = corpus
    counts = Counter(story.units[-1] for story in stories if story.published and len(story.units) == 3)
    unit_url = counts.most_common(1)[0][0]
    for polda in registry():
        for polres in polda["polres"]:
            for polsek in polres["polsek"]:
                names = (polda["polda"], polres["nama"], polsek["nama"])
                if unit_url == "wilayah/" + "".join(slugify(name) + "/" for name in names):
                    expected = {s.url for s in stories if s.published and unit_url in s.units}
                    return names, unit_url, expected
    raise AssertionError(unit_url)


def search(page, query):
    page.fill("#portal-search-q", query)
    page.press("#portal-search-q", "Enter")
    page.wait_for_function(f"document.querySelector('.portal-search__status').textContent.includes({query!r})")


def all_results(page):
    """Every result's title and URL path, pressing "Muat lebih banyak" until all are shown
    (once the results are counted, so the button shows only while more are left)."""
    page.wait_for_function("!document.querySelector('.portal-search__status').textContent.endsWith('…')")
    more = page.locator(".portal-search__more")
    while more.is_visible():
        shown = page.locator(CARDS).count()
        more.click()
        page.wait_for_function(f"document.querySelectorAll({CARDS!r}).length > {shown}")
    links = page.locator(f"{CARDS} h3 a")
    return [(link.inner_text(), urlparse(link.get_attribute("href")).path) for link in links.all()]


def counted(page):
    """Wait until the results are counted: the status gives their number."""
    page.wait_for_function("/^\\d+ berita untuk/.test(document.querySelector('.portal-search__status').textContent)")


def facet_counts(page, facet):
    """The values a facet shows, with their counts."""
    return {item.locator("a").inner_text(): int(item.locator(".portal-count").inner_text())
            for item in page.locator(f'[data-facet="{facet}"] li').all()}


def published_by_year(stories):
    return Counter(str(story.year) for story in stories if story.published)


def choose(page, facet, value):
    page.locator(f'[data-facet="{facet}"]').get_by_role("link", name=value, exact=True).click()
    page.wait_for_function(f"new URLSearchParams(location.search).get({facet!r}) === {value!r}")
    page.wait_for_function(
        f"document.querySelector('[data-facet=\"{facet}\"] a[aria-current]')?.textContent === {value!r}"
    )


def test_reader_searches_narrows_to_a_polsek_and_opens_a_result(page, base_url, busiest_polsek):
    (polda, polres, polsek), unit_url, expected = busiest_polsek
    page.goto(base_url + "cari/")
    search(page, "pengajian")
    assert [title for title, _ in all_results(page)] == ["Polsek Sigap Kawal Pengajian Akbar di Alun-Alun"]

    search(page, "patroli")
    everything = all_results(page)
    assert len(everything) > len(expected)
    choose(page, "polda", polda)
    choose(page, "polres", polres)
    choose(page, "polsek", polsek)
    narrowed = all_results(page)
    assert {path.strip("/") + "/" for _, path in narrowed} == expected
    assert set(page.locator(f"{CARDS} .portal-card__unit").all_inner_texts()) == {polsek}
    assert parse_qs(urlparse(page.url).query) == {"q": ["patroli"], "polda": [polda], "polres": [polres],
                                                  "polsek": [polsek]}

    title, path = narrowed[0]
    page.locator(f"{CARDS} h3 a").first.click()
    page.wait_for_load_state()
    assert urlparse(page.url).path == path
    assert page.locator("h1").inner_text().strip() == title
    assert page.locator('article nav[aria-label="Satuan"] a').last.inner_text().strip() == polsek


def test_results_are_newest_first_and_load_ten_at_a_time(page, base_url):
    page.goto(base_url + "cari/?q=patroli")
    page.wait_for_selector(CARDS)
    assert page.locator(CARDS).count() == 10
    months = [tuple(map(int, re.search(r"/berita/(\d{4})/(\d{2})/", path).groups())) for _, path in all_results(page)]
    assert len(months) > 10
    assert months == sorted(months, reverse=True)


def test_indonesian_words_match_across_affixes(page, base_url):
    page.goto(base_url + "cari/")
    # The story says "penjagaan"; the Indonesian stemmer reduces both words to "jaga".
    search(page, "dijaga")
    assert [title for title, _ in all_results(page)] == ["Polsek Sigap Kawal Pengajian Akbar di Alun-Alun"]


def test_header_box_and_region_page_lead_to_the_search(page, base_url, busiest_polsek):
    (_, _, polsek), unit_url, expected = busiest_polsek
    page.goto(base_url)
    page.fill(".portal-header-search input", "pengajian")
    page.press(".portal-header-search input", "Enter")
    page.wait_for_selector(CARDS)
    assert urlparse(page.url).path == "/cari/"
    assert page.locator("#portal-search-q").input_value() == "pengajian"

    page.goto(base_url + unit_url)
    page.locator(".portal-listing__search a").click()
    page.wait_for_selector(CARDS)
    assert {path.strip("/") + "/" for _, path in all_results(page)} == expected
    assert page.locator('[data-facet="polsek"] a[aria-current]').inner_text() == polsek


def test_sort_order_lives_in_the_address_and_back_returns(page, base_url):
    page.goto(base_url + "cari/?q=pengajian")
    page.wait_for_selector(CARDS)
    page.select_option("#portal-search-sort", "relevan")
    page.wait_for_function("new URLSearchParams(location.search).get('urut') === 'relevan'")
    page.reload()
    page.wait_for_selector(CARDS)
    assert page.locator("#portal-search-sort").input_value() == "relevan"
    page.go_back()
    page.wait_for_function("!new URLSearchParams(location.search).has('urut')")
    assert page.locator("#portal-search-sort").input_value() == "terbaru"


# When the first ten results are on screen, tells the test (which records every request, the
# engine's worker's too) and notes which scripts the page has loaded by then.
FIRST_RESULTS = """
new MutationObserver((_, observer) => {
  if (document.querySelectorAll(%r).length >= 10) {
    window.loadedAtFirstResults = performance.getEntriesByType("resource").map((entry) => entry.name);
    window.firstResults();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });
""" % CARDS


def test_the_first_results_need_one_shard_and_more_reach_older_shards(page, base_url, corpus):
    _, _, shards, _ = corpus
    assert len(shards) >= 6 and any("-" in shard["id"] for shard in shards)
    requested, at_first_results = [], []
    page.on("request", lambda request: requested.append(urlparse(request.url).path))
    page.expose_function("firstResults", lambda: at_first_results.extend(requested))
    page.add_init_script(FIRST_RESULTS)
    page.goto(base_url + "cari/?q=patroli")
    page.wait_for_function("window.loadedAtFirstResults !== undefined")
    # One engine, the vocabulary's; of the shards only the newest has brought its page list.
    assert [path for path in at_first_results if path.endswith(("/pagefind.js", ".pagefind"))] == [
        "/pagefind/vocabulary/pagefind.js", "/pagefind/vocabulary/wasm.id.pagefind"]
    assert {path.split("/")[2] for path in at_first_results if path.endswith(".pf_meta")} == {"vocabulary", shards[0]["id"]}
    first = [urlparse(link.get_attribute("href")).path for link in page.locator(f"{CARDS} h3 a").all()]
    assert "/berita/2023/01/perahu-danau/" not in first

    counted(page)
    results = all_results(page)
    total = int(page.locator(".portal-search__status").inner_text().split()[0])
    assert len(results) == total
    assert ("Patroli Perahu Menyisir Danau Tua", "/berita/2023/01/perahu-danau/") in results
    months = [tuple(map(int, re.search(r"/berita/(\d{4})/(\d{2})/", path).groups())) for _, path in results]
    assert months == sorted(months, reverse=True) and months[-1][0] == 2023


def test_the_empty_search_page_counts_the_archive_without_loading_a_shard(page, base_url, corpus):
    _, stories, _, _ = corpus
    page.goto(base_url + "cari/")
    page.wait_for_selector('[data-facet="year"] li')
    extra = {"2026": 2, "2024": 1, "2023": 1}  # the four stories written above
    assert facet_counts(page, "year") == {year: count + extra.get(year, 0)
                                          for year, count in published_by_year(stories).items()}
    page.wait_for_load_state("networkidle")
    assert not [url for url in page.evaluate("performance.getEntriesByType('resource').map((e) => e.name)")
                if "pagefind.js" in url]


def test_a_word_of_one_shard_brings_no_stand_ins_from_the_others(page, base_url):
    page.goto(base_url + "cari/")
    # Other shards have no word starting with "pengajian"; only the shard that has it is searched.
    search(page, "akbar")
    assert [title for title, _ in all_results(page)] == ["Polsek Sigap Kawal Pengajian Akbar di Alun-Alun"]
    assert page.locator(".portal-search__status").inner_text() == "1 berita untuk “akbar”."
    # A quoted phrase: the vocabulary is asked for its words, the shard for the phrase.
    search(page, '"pengajian akbar"')
    assert [title for title, _ in all_results(page)] == ["Polsek Sigap Kawal Pengajian Akbar di Alun-Alun"]


def test_relevance_ranks_across_shards(page, base_url):
    page.goto(base_url + "cari/?q=ondel")
    page.wait_for_function("/berita untuk/.test(document.querySelector('.portal-search__status').textContent)")
    assert [path for _, path in all_results(page)] == ["/berita/2026/09/pawai-budaya/", "/berita/2024/05/ondel-ondel/"]
    page.select_option("#portal-search-sort", "relevan")
    page.wait_for_function("new URLSearchParams(location.search).get('urut') === 'relevan'")
    # The list is emptied while the new order loads: no first card for a moment.
    page.wait_for_function(f"document.querySelector({CARDS!r} + ' a')?.getAttribute('href').includes('2024')")
    assert [path for _, path in all_results(page)] == ["/berita/2024/05/ondel-ondel/", "/berita/2026/09/pawai-budaya/"]


def test_shards_search_under_the_sites_policy(corpus, tmp_path):
    """Served as deployed (deploy/nginx.conf): the vocabulary's and two shards' engines, their
    workers and WebAssembly run under the Content-Security-Policy."""
    _, _, _, site_dir = corpus
    with nginx(site_dir, tmp_path / "nginx", deploy_config=ROOT / "deploy" / "nginx.conf") as url, chromium() as browser:
        page = browser.new_page()
        problems = []
        record_csp_violations(page)
        page.on("console", lambda message: message.type == "error" and problems.append(message.text))
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
        page.goto(url + "cari/?q=ondel&urut=relevan")
        page.locator(".portal-search__status", has_text="2 berita untuk").wait_for()
        assert page.locator(f"{CARDS} h3 a").count() == 2
        assert csp_violations(page) == [] and problems == []


def test_facet_counts_add_up_over_the_shards(page, base_url, corpus):
    _, stories, _, _ = corpus
    page.goto(base_url + "cari/?q=patroli")
    counted(page)
    published = published_by_year(stories)
    # Every generated story is about a patrol; so is the extra story of 2023.
    assert facet_counts(page, "year") == {year: published[year] + {"2023": 1}.get(year, 0) for year in published}
    page.locator('[data-facet="year"]').get_by_role("link", name="2024", exact=True).click()
    page.wait_for_function("new URLSearchParams(location.search).get('year') === '2024'")
    counted(page)
    assert page.locator(".portal-search__status").inner_text() == f"{published['2024']} berita untuk “patroli”."
    assert {path[8:12] for _, path in all_results(page)} == {"2024"}


@pytest.mark.parametrize("word", ["patroli", "ondel", "penjagaan"])
def test_the_count_file_counts_what_pagefind_counts(page, base_url, word):
    # The word twice is two words to the page, counted by Pagefind over the shards holding it,
    # and matches what the word matches: the same total and the same facet counts.
    shown = {}
    for query in (word, f"{word} {word}"):
        page.goto(base_url + "cari/?" + urlencode({"q": query}))
        counted(page)
        shown[query] = (page.locator(".portal-search__status").inner_text().split()[0],
                        *(facet_counts(page, facet) for facet in ("polda", "tag", "year")))
    assert shown[word] == shown[f"{word} {word}"]
    assert int(shown[word][0]) > 0


ENGINE = re.compile(r"/pagefind/[^/]+/(pagefind\.js|pagefind-worker\.js|wasm\.[a-z]+\.pagefind)$")
SHARD_PART = re.compile(
    r"/pagefind/([^/]+)/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|index/[^/]+\.pf_index"
    r"|filter/[^/]+\.pf_filter|fragment/[^/]+\.pf_fragment)$"
)


COUNT_FILE = re.compile(r"/pagefind/counts/\d+\.json$")


def filter_key(path) -> str:
    """The facet a Pagefind filter file holds: the first text of its CBOR, after the signature."""
    data = gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd")
    return data[2:2 + data[1] - 0x60].decode()


def test_one_engine_crosses_the_wire_and_each_shard_only_what_the_query_needs(page, base_url, corpus):
    _, _, shards, site_dir = corpus
    sizes, requested = {}, []

    def finished(request):
        path = urlparse(request.url).path
        requested.append(path)
        sizes[path] = request.sizes()["responseBodySize"]

    page.on("requestfinished", finished)
    page.goto(base_url + "cari/?q=patroli")
    counted(page)
    page.wait_for_load_state("networkidle")
    # The engine once, whatever the number of shards: its bytes are those of one engine's files.
    engine = sorted(path for path in requested if ENGINE.search(path))
    assert engine == ["/pagefind/vocabulary/pagefind-worker.js", "/pagefind/vocabulary/pagefind.js",
                      "/pagefind/vocabulary/wasm.id.pagefind"]
    assert sum(sizes[path] for path in engine) <= sum((site_dir / path.lstrip("/")).stat().st_size for path in engine)
    rest = [path for path in sizes if "/pagefind/" in path and path not in engine and not path.endswith("shards.json")]
    assert all(SHARD_PART.search(path) or COUNT_FILE.search(path) for path in rest), rest
    # One word, nothing chosen: the counts come from one count file, so only the shards the ten
    # cards need are merged; fragments only for the cards shown, no filter but the vocabulary's.
    assert len([path for path in rest if COUNT_FILE.search(path)]) == 1
    touched = [shard["id"] for shard in shards if any(path.startswith(f"/pagefind/{shard['id']}/") for path in rest)]
    assert touched == [shard["id"] for shard in shards][:len(touched)] and len(touched) < len(shards)
    assert len([path for path in rest if path.endswith(".pf_fragment")]) == page.locator(CARDS).count() == 10
    assert {filter_key(site_dir / path.lstrip("/")) for path in rest if path.endswith(".pf_filter")} == {"shard"}

    first_visit = dict(sizes)
    sizes.clear()
    search(page, "ondel")
    counted(page)
    page.wait_for_load_state("networkidle")
    # The second query brings index chunks, fragments, its count file and the page lists of the
    # shards it reaches for the first time: no engine and no filters again.
    second = {path: size for path, size in sizes.items() if "/pagefind/" in path}
    assert second and all(SHARD_PART.search(path) or COUNT_FILE.search(path) for path in second), second
    assert not [path for path in second if ENGINE.search(path) or path.endswith(".pf_filter")]
    assert sum(second.values()) < sum(first_visit.values()) / 5


def test_counts_of_one_word_cost_one_small_file_and_other_queries_count_every_shard(page, base_url, corpus):
    _, _, shards, site_dir = corpus
    sizes = {}
    page.on("requestfinished", lambda request: sizes.update(
        {urlparse(request.url).path: request.sizes()["responseBodySize"]}))
    page.set_viewport_size({"width": 390, "height": 800})  # the panel closed: results first, then counts
    page.goto(base_url + "cari/?q=patroli")
    page.locator(".portal-search__status", has_text="Berita untuk “patroli”.").wait_for()
    page.wait_for_load_state("networkidle")
    # Each card shown read its story's fragment; on a busy machine the browser may report those
    # requests finished after "networkidle", so they are awaited before the counting starts.
    cards = page.locator(CARDS).count()
    for _ in range(100):
        if len([path for path in sizes if path.endswith(".pf_fragment")]) >= cards:
            break
        page.wait_for_timeout(100)  # lets the browser's events reach `sizes`
    at_results = dict(sizes)
    # The count file's request is awaited as such: the page may show the counts before the
    # browser has reported the request finished (on a busy machine).
    with page.expect_request_finished(lambda request: COUNT_FILE.search(urlparse(request.url).path)):
        page.locator(".portal-search__facets summary").click()
    counted(page)
    # Counting a word found in every shard added one count file, whose size does not grow with
    # the archive: more words make more files, not larger ones.
    counting = {path: size for path, size in sizes.items() if path not in at_results}
    assert list(counting) == [path for path in counting if COUNT_FILE.search(path)] and len(counting) == 1
    assert sum(counting.values()) <= (site_dir / next(iter(counting)).lstrip("/")).stat().st_size <= CHUNK_BYTES
    assert sum(facet_counts(page, "year").values()) == int(page.locator(".portal-search__status").inner_text().split()[0])

    # Two words are counted by Pagefind over every shard holding both: page lists and index chunks.
    at_two = dict(sizes)
    search(page, "patroli kamtibmas")
    counted(page)
    page.wait_for_load_state("networkidle")
    counting = [path for path in sizes if path not in at_two]
    assert not [path for path in counting if COUNT_FILE.search(path)]
    # The counts may be on the page before the browser has reported the last page list's
    # request finished (on a busy machine); "networkidle" was reached long before.
    page_lists = lambda: {path.split("/")[2] for path in sizes if path.endswith(".pf_meta")}  # noqa: E731
    wanted = {"vocabulary", *(shard["id"] for shard in shards)}
    for _ in range(100):
        if page_lists() >= wanted:
            break
        page.wait_for_timeout(100)  # lets the browser's events reach `sizes`
    assert page_lists() == wanted


def test_on_a_phone_the_counts_wait_for_the_filter_panel(page, base_url, corpus):
    _, _, shards, _ = corpus
    requested = []
    page.on("requestfinished", lambda request: requested.append(urlparse(request.url).path))
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(base_url + "cari/?q=patroli")
    page.locator(".portal-search__status", has_text="Berita untuk “patroli”.").wait_for()
    page.wait_for_load_state("networkidle")
    assert page.locator(CARDS).count() == 10 and page.locator(".portal-search__more").is_visible()
    # The ten newest results need the newest shard only, and no filter.
    assert {path.split("/")[2] for path in requested if path.endswith(".pf_meta")} == {"vocabulary", shards[0]["id"]}
    assert not [path for path in requested if path.endswith(".pf_filter") and "/vocabulary/" not in path]

    page.locator(".portal-search__facets summary").click()
    counted(page)
    assert sum(facet_counts(page, "year").values()) == int(page.locator(".portal-search__status").inner_text().split()[0])


def test_a_year_alone_lists_that_years_stories_counted_by_its_shards(page, base_url, corpus):
    _, stories, shards, _ = corpus
    page.goto(base_url + "cari/?year=2024")
    page.wait_for_function("/^\\d+ berita\\.$/.test(document.querySelector('.portal-search__status').textContent)")
    expected = published_by_year(stories)["2024"] + 1  # and the story about ondel ondel
    assert page.locator(".portal-search__status").inner_text() == f"{expected} berita."
    assert facet_counts(page, "year") == {"2024": expected}
    assert sum(shard["stories"] for shard in shards if shard["year"] == "2024") == expected
    assert {path[8:12] for _, path in all_results(page)} == {"2024"}
