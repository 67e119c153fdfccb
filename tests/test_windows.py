"""Listing pages made a window of months at a time (``content/listings.py``): every page once,
the same as the whole archive's, from the window's stories and a census of the archive."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
import yaml
from corpus import AUTHORS, TAGS, registry

from site_plugins.content.dates import StoryDate
from site_plugins.content.listings import (
    Census, Window, build_listings, is_region_url, listing_urls, month_number, newest_first, window_candidates,
    window_month, window_stories,
)
from site_plugins.content.registry import Registry, load_registry
from site_plugins.content.slugs import slugify
from site_plugins.content.stories import Label, Story

YEARS = range(2019, 2025)


@pytest.fixture(scope="module")
def units(tmp_path_factory) -> Registry:
    path = tmp_path_factory.mktemp("registry") / "satuan.yml"
    path.write_text(yaml.safe_dump(registry(), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_registry(path, "satuan.yml")


def archive(units: Registry, count: int, seed: int) -> list[Story]:
    """Stories over six years in every zone, many of them in the hours around New Year, some
    at the same moment, with tags and writers spelled more than one way."""
    rng = random.Random(seed)
    every_unit = list(units.units())
    stories = []
    for number in range(count):
        unit = rng.choice(every_unit)
        year = rng.choice(YEARS)
        if rng.random() < 0.3:  # New Year's night, where a story's zone decides its window
            moment = datetime(year, 12, 31, 20, 0) + timedelta(minutes=rng.randrange(0, 8 * 60, 30))
        else:
            moment = datetime(year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), 0)
        value = moment.replace(tzinfo=unit.zone)
        tags = tuple({slugify(name): Label(name, "tag", slugify(name)) for name in rng.sample(TAGS, 2)}.values())
        author = rng.choice(AUTHORS)
        author = author.upper() if rng.random() < 0.1 else author
        slug = f"berita-{number}"
        stories.append(Story(
            path=f"content/berita/{slug}.md", src_uri=f"berita/{value.year}/{slug}.md", slug=slug,
            title=f"Berita {number}", date=StoryDate(value, True, value.year, value.month), unit=unit,
            location="", author=Label(author, "penulis", slugify(author)), tags=tags, summary="", body="",
        ))
    return stories


def shown(page) -> tuple:
    """Everything a listing page shows."""
    listing = page.listing
    return (
        page.url, page.title, page.number, page.shape, [story.src_uri for story in page.stories],
        page.lead and page.lead.src_uri, page.newer_url, page.older_url, page.newest_url, page.oldest_url,
        listing.crumbs, listing.directory, listing.highlights, listing.description,
    )


def partitions(months: list[int]) -> list[list[Window]]:
    """A year a window, a month a window, all months in one, and cuts of their own; the newest
    window last."""
    years = sorted({month // 12 for month in months})
    by_year = [(month_number(year, 1), month_number(year, 12)) for year in years]
    cuts = [by_year, [(month, month) for month in months], [(months[0], months[-1])],
            [(months[0], months[10]), (months[11], months[11]), (months[12], months[-1])],
            [(months[0], months[-2]), (months[-1], months[-1])]]
    return [[Window(first, last, newest=last >= months[-1]) for first, last in cut] for cut in cuts]


@pytest.mark.parametrize("per_page", [1, 2, 3, 5, 20])
def test_the_windows_of_a_partition_make_every_page_of_the_whole_archive_once(units, per_page: int) -> None:
    stories = archive(units, 600, seed=per_page)
    whole = {page.url: shown(page) for listing in build_listings(stories, units) for page in listing.paginate(per_page)}
    census = Census.of(reversed(stories))
    months = census.window_months()
    assert months[0] < months[-1]
    for partition in partitions(months):
        made: dict[str, tuple] = {}
        for window in partition:
            held = window_stories(random.Random(7).sample(stories, len(stories)), census, window, per_page)
            inside = [story for story in stories if window.holds(story)]
            assert len(held) - len(inside) <= sum(window.lookback(counts, per_page) for counts in census.months.values())
            for listing in build_listings(held, units, census):
                for page in listing.paginate(per_page, window):
                    assert page.url not in made, f"{page.url} made by two windows"
                    made[page.url] = shown(page)
        assert made == whole


def test_the_window_of_a_listing_s_front_page_holds_its_newest_stories(units) -> None:
    stories = archive(units, 400, seed=11)
    census = Census.of(stories)
    newest = newest_first(stories)
    for month in census.window_months():
        window = Window(month, month, newest=month == census.window_months()[-1], shows_newest=50)
        listings = build_listings(window_stories(stories, census, window, 7), units, census)
        for listing in listings:
            if any(page.is_front for page in listing.paginate(7, window)) and listing.lists_stories:
                expected = [story for story in newest if listing.url in listing_urls(story)][:50]
                assert listing.stories[:50] == expected, listing.url


def test_a_story_s_window_follows_the_listings_order_across_zones(units) -> None:
    ordered = newest_first(archive(units, 600, seed=3))
    months = [window_month(story) for story in ordered]
    assert months == sorted(months, reverse=True)
    # Stories written in one year fall in the window before it at New Year (WITA and WIT).
    assert any(month_number(story.date.year, story.date.month) != window_month(story) for story in ordered)


@pytest.mark.parametrize("per_page", [1, 3, 20])
def test_each_shard_s_candidates_hold_every_story_a_window_needs(units, per_page: int) -> None:
    # Split among shards as a merge reads them: each shard's candidates, whatever the others hold, give the window the
    # same stories as all of them do, for every window, also with a listing's feed on the newest window.
    # A Polda's shard renders its region listings itself: the window's build renders the others.
    stories = archive(units, 1500, seed=20 + per_page)
    shards: dict[str, list[Story]] = {}
    for story in stories:
        shards.setdefault(story.unit.lineage[0].name, []).append(story)
    census = Census.of(stories)
    months = census.window_months()

    def renders(url: str) -> bool:
        return not is_region_url(url)

    for window in [Window(month, month) for month in months[::7]] + [Window(months[20], months[-1], True, 50)]:
        candidates = [story for own in shards.values()
                      for position in sorted(window_candidates(enumerate(own), window, per_page, renders))
                      for story in [own[position]]]
        assert window.shows_newest or len(candidates) < len(stories)
        assert window_stories(candidates, census, window, per_page, renders) \
            == window_stories(stories, census, window, per_page, renders)


def test_a_window_without_its_older_stories_is_refused(units) -> None:
    stories = archive(units, 200, seed=5)
    census = Census.of(stories)
    window = Window(month_number(2022, 1), month_number(2022, 12))
    inside = [story for story in stories if window.holds(story)]
    home = build_listings(inside, units, census)[0]
    assert window.lookback(home.months, 7)  # 7 does not divide the older years' count
    with pytest.raises(ValueError, match="the window holds"):
        home.paginate(7, window)
