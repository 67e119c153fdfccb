"""A few hundred generated stories over many units: every story reachable from every listing."""

from collections import defaultdict
from datetime import datetime

import pytest
from conftest import FixtureSite, follow_listing
from corpus import write_corpus

from site_plugins.portal.verify import broken_links

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser

COUNT = 360


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    site = FixtureSite(tmp_path_factory.mktemp("corpus"), per_page=7)
    stories = write_corpus(site, COUNT)
    result = site.build()
    assert result.returncode == 0, result.output
    return result, stories


def expected_listings(stories):
    """Listing URL -> the published stories it must show, worked out from the generator."""
    listings = defaultdict(set)
    for story in stories:
        if not story.published:
            continue
        keys = ["", *story.units, f"penulis/{story.author}/", f"arsip/{story.year}/{story.month:02d}/",
                *(f"tag/{tag}/" for tag in story.tags)]
        for key in keys:
            listings[key].add(story.url)
    return listings


def test_corpus_has_the_variety_it_claims(corpus):
    _, stories = corpus
    published = [s for s in stories if s.published]
    assert len(published) >= 340
    assert {len(s.units) for s in published} == {1, 2, 3}
    assert any(not s.tags for s in published)


def test_every_story_is_reachable_from_all_its_listings(corpus):
    result, stories = corpus
    listings = expected_listings(stories)
    assert len(listings) > 60
    for url, expected in listings.items():
        found = follow_listing(result, url)
        assert len(found) == len(set(found)), f"{url} lists a story twice"
        assert set(found) == expected, url


def test_listings_are_newest_first(corpus):
    result, _ = corpus
    found = follow_listing(result, "")
    dates = [result.page(url).xpath("//article//time/@datetime")[0] for url in found[:60]]
    moments = [datetime.fromisoformat(d) for d in dates]
    assert moments == sorted(moments, reverse=True)


def test_every_published_story_has_its_page_and_no_other_does(corpus):
    result, stories = corpus
    for story in stories:
        assert result.exists(story.url) == story.published, story.url
    pages = {p.parent.relative_to(result.site).as_posix() + "/" for p in (result.site / "berita").rglob("index.html")}
    assert pages == {s.url for s in stories if s.published}


def test_unpublished_stories_are_in_no_listing_or_count(corpus):
    result, stories = corpus
    hidden = [s.url for s in stories if not s.published]
    assert hidden
    for path in result.site.rglob("*.html"):
        content = path.read_text(encoding="utf-8")
        assert not any(url in content for url in hidden), path
    assert not (result.site / "arsip/2999").exists()
    total = sum(s.published for s in stories)
    counts = result.page("wilayah/").xpath('//section[@class="portal-directory"]/ul/li/span[@class="portal-count"]/text()')
    assert sum(int(c.split()[0]) for c in counts) == total


def test_ambiguous_polsek_names_get_separate_pages(corpus):
    result, _ = corpus
    assert result.exists("wilayah/polda-wilayah-a/polres-kota-a1/polsek-kota/")
    assert result.exists("wilayah/polda-wilayah-b/polres-kota-b2/polsek-kota/")


def test_every_internal_link_resolves(corpus):
    result, _ = corpus
    assert broken_links(str(result.site), "https://contoh.polri.example/") == []
