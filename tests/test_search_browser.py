"""A reader searching in a real browser: Chromium, /cari/ and its Pagefind index, served by nginx."""

import re
from collections import Counter
from urllib.parse import parse_qs, urlparse

import pytest
from conftest import FixtureSite, front_matter
from corpus import registry, write_corpus
from servers import nginx

from site_plugins.slugs import slugify

CARDS = ".portal-search__list .portal-card"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("search-browser")
    site = FixtureSite(root / "project", per_page=5, search=True)
    site.root.mkdir()
    stories = write_corpus(site, 90)
    site.write("berita/2026/10/pengajian-akbar.md", front_matter(
        title="Polsek Sigap Kawal Pengajian Akbar di Alun-Alun", date="2026-10-20 19:30",
        polres="Polres Kota A1", location="Alun-Alun Kota A1", author="Dewi Lestari", tags=["pengamanan ibadah"],
        body="Penjagaan pengajian akbar berlangsung sejak sore. Personel mengatur parkir jamaah.",
    ))
    result = site.build()
    assert result.returncode == 0, result.output
    with nginx(result.site, root / "nginx") as url:
        yield url, stories


@pytest.fixture(scope="module")
def base_url(corpus):
    return corpus[0]


@pytest.fixture(scope="module")
def busiest_polsek(corpus):
    """Names of the Polda, Polres and Polsek with the most published stories, and those stories."""
    _, stories = corpus
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
    """Every result's title and URL path, pressing "Muat lebih banyak" until all are shown."""
    more = page.locator(".portal-search__more")
    while more.is_visible():
        shown = page.locator(CARDS).count()
        more.click()
        page.wait_for_function(f"document.querySelectorAll({CARDS!r}).length > {shown}")
    links = page.locator(f"{CARDS} .portal-card__title a")
    return [(link.inner_text(), urlparse(link.get_attribute("href")).path) for link in links.all()]


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
    page.locator(f"{CARDS} .portal-card__title a").first.click()
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
