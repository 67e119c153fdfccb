"""What the site shows: stories and listing pages, looked up by source path."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import Callable

from site_plugins.content.listings import Census, Listing, ListingPage, Window, build_listings, newest_first
from site_plugins.content.registry import Registry
from site_plugins.content.related import RelatedIndex
from site_plugins.content.stories import Story


class Catalog:
    """The stories a build shows and every listing page made from them.

    ``unpublished`` holds the drafts and scheduled stories shown only in a preview
    (``mkdocs serve``), with the badge they carry there.
    """

    def __init__(
        self, stories: list[Story], registry: Registry, per_page: int,
        unpublished: dict[str, str] | None = None, earlier: RelatedIndex | None = None,
        keep: Callable[[Listing], bool] | None = None, census: Census | None = None, window: Window | None = None,
    ) -> None:
        ordered = newest_first(stories)
        self.stories = {story.src_uri: story for story in ordered}
        self.unpublished = unpublished or {}
        self.census = census or Census.of(ordered)
        """What the listings count: of the whole archive, when ``stories`` are a window's."""
        self.listings = [listing for listing in build_listings(ordered, registry, self.census)
                         if keep is None or keep(listing)]
        """Every listing, or those ``keep`` accepts: a Polda's shard renders its region
        listings, the merge every other (see ``site_plugins/shards``)."""
        self.window = window
        """The years whose listing pages the build makes (a part of a merge split by year), or
        ``None`` for all of them."""
        self.pages = {page.src_uri: page for listing in self.listings for page in listing.paginate(per_page, window)}
        self._fronts = {id(page.listing) for page in self.pages.values() if page.is_front}
        self._earlier_related = earlier

    @cached_property
    def related(self) -> RelatedIndex:
        """Each story's related stories and neighbours, ranked when first asked for: the merge
        of a sharded build renders no story page and never asks."""
        related = RelatedIndex(list(self.stories.values()), self._earlier_related)
        self._earlier_related = None
        return related

    @classmethod
    def for_build(
        cls, stories: list[Story], registry: Registry, per_page: int, now: datetime, preview: bool,
        earlier: Catalog | None = None, keep: Callable[[Listing], bool] | None = None,
        census: Census | None = None, window: Window | None = None,
    ) -> Catalog:
        """The catalog of a build at ``now``; a preview also shows drafts and scheduled stories.
        ``earlier``, the previous build's catalog, may save ranking related stories again;
        ``keep`` chooses the listings; ``census`` and ``window``: see ``__init__``."""
        unpublished = {story.src_uri: _badge(story) for story in stories if not story.is_published(now)}
        shown = stories if preview else [s for s in stories if s.src_uri not in unpublished]
        return cls(shown, registry, per_page, unpublished if preview else {}, earlier and earlier.related, keep,
                   census, window)

    def has_front(self, listing: Listing) -> bool:
        """Whether the build makes the listing's front page: with a window, only the one holding
        its newest story does (and writes what shows the newest stories, its feed)."""
        return id(listing) in self._fronts

    def story(self, src_uri: str) -> Story | None:
        return self.stories.get(src_uri)

    def is_published(self, story: Story) -> bool:
        """Whether the story is part of the built site (not only of a preview)."""
        return story.src_uri in self.stories and story.src_uri not in self.unpublished

    def published(self) -> list[Story]:
        """The stories of the built site, newest first (a preview's drafts left out)."""
        return [story for story in self.stories.values() if self.is_published(story)]

    def listing_page(self, src_uri: str) -> ListingPage | None:
        return self.pages.get(src_uri)


def _badge(story: Story) -> str:
    return "Draf" if story.draft else "Terjadwal"
