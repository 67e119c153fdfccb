"""What a merge split by year would hold: stories, listings and pages a year.

Reads the shards' descriptions of a sharded benchmark build (``make bench-shards``) and lays the
archive out as the year parts of ``docs/sharding.md`` ("Splitting the merge by year") would, one
year a part, with the site's own listings and pagination (``content/listings.py``):

- the stories of the year;
- the national listings (home, tags, writers, months) with stories in the year;
- the pages the part would render: archive pages whose newest story is of the year, and front
  pages of listings whose newest story is;
- the older stories those pages show besides the year's own (read in by the part), counted once
  each and once for every page.

Run with ``.venv/bin/python bench/year_parts.py bench/.work/shards-100000``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from site_plugins.content.listings import build_listings  # noqa: E402
from site_plugins.content.registry import load_registry  # noqa: E402
from site_plugins.shards.records import read_story  # noqa: E402

PER_PAGE = 20
"""As ``mkdocs.yml`` sets it."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("work", type=Path, help="a sharded benchmark's folder: content/ and shards/")
    args = parser.parse_args()
    registry = load_registry(args.work / "content" / "satuan.yml", "satuan.yml")
    known: dict = {}
    stories = []
    for description in sorted((args.work / "shards").glob("*/shard.json")):
        data = json.loads(description.read_text(encoding="utf-8"))
        stories += [read_story(record, registry, known) for record in data["sections"]["portal"]["stories"]]
    national = [listing for listing in build_listings(stories, registry) if listing.unit is None and listing.lists_stories]
    by_year = Counter(story.date.year for story in stories)
    active: Counter[int] = Counter()
    pages: Counter[int] = Counter()
    borrowed: dict[int, set[str]] = {year: set() for year in by_year}
    borrowed_per_page: Counter[int] = Counter()
    for listing in national:
        for year in {story.date.year for story in listing.stories}:
            active[year] += 1
        for page in listing.paginate(PER_PAGE):
            if not page.stories:
                continue
            # A front page belongs with its listing's newest story, an archive page with its own.
            year = listing.stories[0].date.year if page.is_front else page.stories[0].date.year
            pages[year] += 1
            older = [story.src_uri for story in page.stories if story.date.year < year]
            borrowed[year].update(older)
            borrowed_per_page[year] += len(older)
    print(f"{len(stories):,} stories, {len(national)} national listings, {PER_PAGE} stories a page\n")
    print("| year | stories | listings with stories | pages | older stories read in | per page shown |")
    print("|---|---|---|---|---|---|")
    for year in sorted(by_year):
        print(f"| {year} | {by_year[year]:,} | {active[year]} | {pages[year]:,} | {len(borrowed[year]):,} "
              f"| {borrowed_per_page[year]:,} |")


if __name__ == "__main__":
    main()
