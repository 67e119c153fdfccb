"""The catalog (``content/catalog.py``): which stories a build shows, what a preview adds, and
the listing pages made from them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from conftest import read_stories

from site_plugins.content.catalog import Catalog

NOW = datetime(2026, 2, 1, 12, 0, tzinfo=timezone(timedelta(hours=7)))
STORIES = {
    "2026/01/terbit.md": {"title": "Patroli Terbit", "date": "2026-01-29 12:00"},
    "2026/01/draf.md": {"title": "Patroli Draf", "date": "2026-01-20 08:00", "draft": True},
    "2026/01/lama.md": {"title": "Patroli Lama", "date": "2026-01-10 08:00", "polsek": "Polsek Kanigaran",
                        "tags": ["sambang warga"]},
    "2026/03/terjadwal.md": {"title": "Patroli Terjadwal", "date": "2026-03-01 08:00", "tags": ["terjadwal"]},
}
"""Two published stories, a draft and a story scheduled after ``NOW``."""


@pytest.fixture
def stories(tmp_path):
    return read_stories(tmp_path, STORIES)


def titles(stories) -> list[str]:
    return [story.title for story in stories]


def shown_anywhere(catalog: Catalog) -> set[str]:
    """Titles of every story any listing page shows."""
    return {story.title for page in catalog.pages.values() for story in page.stories}


def test_a_build_shows_published_stories_only(stories):
    catalog = Catalog.for_build(*stories, per_page=20, now=NOW, preview=False)
    assert titles(catalog.stories.values()) == ["Patroli Terbit", "Patroli Lama"]  # newest first
    assert titles(catalog.published()) == ["Patroli Terbit", "Patroli Lama"]
    assert catalog.unpublished == {}
    assert catalog.story("berita/2026/01/draf.md") is None
    assert shown_anywhere(catalog) == {"Patroli Terbit", "Patroli Lama"}
    assert not [uri for uri in catalog.pages if "terjadwal" in uri or "2026/03" in uri]  # no listing of its own


def test_a_preview_also_shows_drafts_and_scheduled_stories_with_their_badge(stories):
    catalog = Catalog.for_build(*stories, per_page=20, now=NOW, preview=True)
    assert titles(catalog.stories.values()) == ["Patroli Terjadwal", "Patroli Terbit", "Patroli Draf", "Patroli Lama"]
    assert catalog.unpublished == {"berita/2026/01/draf.md": "Draf", "berita/2026/03/terjadwal.md": "Terjadwal"}
    assert titles(catalog.published()) == ["Patroli Terbit", "Patroli Lama"]
    assert not catalog.is_published(catalog.story("berita/2026/01/draf.md"))
    assert catalog.is_published(catalog.story("berita/2026/01/terbit.md"))
    assert shown_anywhere(catalog) == {"Patroli Terjadwal", "Patroli Terbit", "Patroli Draf", "Patroli Lama"}
    assert "tag/terjadwal/index.md" in catalog.pages


def test_a_scheduled_story_is_published_once_its_time_has_come(stories):
    catalog = Catalog.for_build(*stories, per_page=20, now=datetime(2026, 3, 1, 1, 0, tzinfo=timezone.utc),
                                preview=False)
    assert titles(catalog.published()) == ["Patroli Terjadwal", "Patroli Terbit", "Patroli Lama"]
    assert catalog.listing_page("tag/terjadwal/index.md").stories == [catalog.story("berita/2026/03/terjadwal.md")]


def test_listing_pages_are_cut_at_per_page_and_found_by_source_path(stories):
    catalog = Catalog.for_build(*stories, per_page=1, now=NOW, preview=False)
    assert titles(catalog.listing_page("index.md").stories) == ["Patroli Terbit"]
    assert titles(catalog.listing_page("halaman/1/index.md").stories) == ["Patroli Lama"]
    assert catalog.listing_page("halaman/2/index.md") is None
    assert titles(catalog.listing_page("tag/sambang-warga/index.md").stories) == ["Patroli Lama"]
    assert all(uri == page.src_uri for uri, page in catalog.pages.items())


def test_the_site_check_reads_each_listing_page_as_written_and_keeps_only_what_is_wrong(stories, tmp_path):
    from site_plugins.portal.verify import ListingRecorder, check_site

    catalog = Catalog.for_build(*stories, per_page=1, now=NOW, preview=False)
    hidden = [story for story in stories[0] if not catalog.is_published(story) and story.title == "Patroli Draf"]
    recorder = ListingRecorder()
    recorder.expect(catalog, hidden)
    front, older = catalog.listing_page("index.md"), catalog.listing_page("halaman/1/index.md")
    recorder.add(front, ["berita/2026/01/terbit/", "berita/2026/01/draf/"])  # a draft listed
    recorder.add(older, [])  # its story dropped
    problems = check_site(catalog, recorder, str(tmp_path), hidden)
    assert "unpublished story /berita/2026/01/draf/ listed in /" in problems
    assert "story /berita/2026/01/lama/ missing from listing /" in problems
    # A listing page never written lists none of its stories.
    assert "story /berita/2026/01/lama/ missing from listing /tag/sambang-warga/" in problems
    assert "story /berita/2026/01/terbit/ missing from listing /" not in problems  # it was listed
