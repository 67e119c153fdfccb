"""Listing pages counted from the oldest story: a new story leaves the archive pages alone."""

from __future__ import annotations

import pytest

from site_plugins.content.listings import FRONT, Listing, ListingPage


def pages(count: int, per_page: int) -> list[ListingPage]:
    # Newest first, as listings hold them; stand-ins for stories are enough here.
    return Listing("tag/patroli/", "Patroli", "tag", [f"s{n}" for n in range(count, 0, -1)]).paginate(per_page)


def shown(page: ListingPage) -> tuple:
    """Everything a page shows that depends on the listing's length."""
    return (page.url, page.stories, page.newer_url, page.older_url, page.newest_url, page.oldest_url, page.shape)


@pytest.mark.parametrize("per_page", [1, 2, 5])
def test_every_story_once_newest_first_with_a_bounded_front_page(per_page: int) -> None:
    for count in range(0, 40):
        listing = pages(count, per_page)
        assert [story for page in listing for story in page.stories] == [f"s{n}" for n in range(count, 0, -1)]
        front, *archive = listing
        assert front.is_front and front.url == "tag/patroli/" and front.number == FRONT
        assert min(count, per_page) <= len(front.stories) <= max(2 * per_page - 1, per_page)
        assert all(len(page.stories) == per_page for page in archive)
        assert [page.number for page in archive] == list(range(len(archive), 0, -1))
        # The links walk the pages in order, both ways.
        for newer, older in zip(listing, listing[1:]):
            assert newer.older_url == older.url and older.newer_url == newer.url
        assert listing[-1].older_url is None and front.newer_url is None


@pytest.mark.parametrize("per_page", [2, 5, 12])
def test_a_new_story_changes_the_front_page_and_at_most_two_archive_pages(per_page: int) -> None:
    for count in range(0, 80):
        before = {page.url: shown(page) for page in pages(count, per_page)}
        after = {page.url: shown(page) for page in pages(count + 1, per_page)}
        changed = {url for url in after if before.get(url) != after[url]} - {"tag/patroli/"}
        assert not set(before) - set(after)  # no page disappears
        assert len(changed) <= 2, (count, sorted(changed))


def test_archive_page_numbers_and_links() -> None:
    front, third, second, first = pages(20, 5)  # the front page with 5 stories, archive pages 3, 2, 1
    assert [page.url for page in (third, second, first)] == [
        "tag/patroli/halaman/3/", "tag/patroli/halaman/2/", "tag/patroli/halaman/1/",
    ]
    assert first.stories == ["s5", "s4", "s3", "s2", "s1"] and first.title == "Patroli — halaman 1"
    assert front.older_url == third.url and front.oldest_url == first.url and front.newest_url is None
    assert second.newest_url == "tag/patroli/" and second.oldest_url is None
    assert third.newest_url is None and third.newer_url == "tag/patroli/"
