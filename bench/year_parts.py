"""What a merge split in parts holds: stories, listings and pages a window of months.

Reads the shards' descriptions of a sharded benchmark build (``make bench-shards``) the way the
parts of the merge would (``docs/sharding.md``): a first pass makes the census of the archive
(``content.listings.Census``) and cuts its months into ``--parts`` windows
(``shards.plan.month_windows``); then, for each window, a second pass keeps the window's stories
and the older ones its first pages share (``window_stories``), and the national listings (home,
tags, writers, months) make the window's pages (``Listing.paginate`` with the window). For each
window it prints:

- the stories of the window, and the older ones read in besides;
- the national listings with stories in the window, and the pages it makes;
- the Python objects the window's stories, listings and pages hold (``tracemalloc``).

It also checks that the windows together make every page of the whole archive's national
listings once.

Run with ``.venv/bin/python bench/year_parts.py bench/.work/shards-100000 --parts 8``.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from site_plugins.content.listings import Census, Window, build_listings, is_region_url, month_of, window_stories  # noqa: E402
from site_plugins.content.registry import Registry, load_registry  # noqa: E402
from site_plugins.content.stories import Story  # noqa: E402
from site_plugins.shards.plan import month_windows  # noqa: E402
from site_plugins.shards.description import Description  # noqa: E402
from site_plugins.shards.records import StoryRecords, read_story  # noqa: E402

PER_PAGE = 20
"""As ``mkdocs.yml`` sets it."""


def read_stories(work: Path, registry: Registry) -> Iterator[Story]:
    """Every story of the shards' descriptions, one description at a time."""
    known: dict = {}
    for path in sorted((work / "shards").glob("*/shard.json")):
        yield from (read_story(record, registry, known) for record in StoryRecords.of(Description.read(path)))


def national_pages(stories: list[Story], registry: Registry, census: Census, window: Window | None) -> list:
    listings = build_listings(stories, registry, census)
    return [page for listing in listings if listing.unit is None and listing.lists_stories
            for page in listing.paginate(PER_PAGE, window)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("work", type=Path, help="a sharded benchmark's folder: content/ and shards/")
    parser.add_argument("--parts", type=int, default=8, help="windows of months, as merge_parts")
    args = parser.parse_args()
    registry = load_registry(args.work / "content" / "satuan.yml", "satuan.yml")
    started = time.perf_counter()
    census = Census.of(read_stories(args.work, registry))
    print(f"census: {census.total(''):,} stories, {len(census.months):,} listings, "
          f"{time.perf_counter() - started:.1f} s\n")
    print("| window | stories | older read in | national listings with stories | pages made | objects held | time |")
    print("|---|---|---|---|---|---|---|")
    made = 0
    for window in month_windows(census.months[""], args.parts):
        if window is None:
            continue
        started = time.perf_counter()
        tracemalloc.start()
        held = window_stories(read_stories(args.work, registry), census, window, PER_PAGE,
                              lambda url: not is_region_url(url))
        pages = national_pages(held, registry, census, window)
        size = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        inside = sum(1 for story in held if window.holds(story))
        active = len({id(page.listing) for page in pages})
        made += len(pages)
        shown = "–".join("-".join(map(str, month_of(month))) for month in (window.first, window.last))
        print(f"| {shown} | {inside:,} | {len(held) - inside:,} | {active} | {len(pages):,} | {size / 2**20:,.0f} MB "
              f"| {time.perf_counter() - started:.1f} s |")
        del held, pages
    whole = [page for page in national_pages(list(read_stories(args.work, registry)), registry, census, None)
             if page.stories]
    print(f"\nthe windows made {made:,} pages; the whole archive's national listings have {len(whole):,} with stories")


if __name__ == "__main__":
    main()
