"""What the site shows: stories and listing pages, looked up by source path."""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from site_plugins.content.listings import Listing, ListingPage, build_listings, newest_first
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
    ) -> None:
        ordered = newest_first(stories)
        self.stories = {story.src_uri: story for story in ordered}
        self.unpublished = unpublished or {}
        self.listings = build_listings(ordered, registry)
        self.pages = {page.src_uri: page for listing in self.listings for page in listing.paginate(per_page)}
        self.related = RelatedIndex(ordered, earlier)

    @classmethod
    def for_build(
        cls, stories: list[Story], registry: Registry, per_page: int, now: datetime, preview: bool,
        earlier: Catalog | None = None,
    ) -> Catalog:
        """The catalog of a build at ``now``; a preview also shows drafts and scheduled stories.
        ``earlier``, the previous build's catalog, may save ranking related stories again."""
        unpublished = {story.src_uri: _badge(story) for story in stories if not story.is_published(now)}
        shown = stories if preview else [s for s in stories if s.src_uri not in unpublished]
        return cls(shown, registry, per_page, unpublished if preview else {}, earlier and earlier.related)

    def keep_listings(self, keep: Callable[[Listing], bool]) -> None:
        """Only the listings ``keep`` accepts, with their pages: a Polda's shard renders its
        region listings, the merge every other (see ``site_plugins/shards``)."""
        self.listings = [listing for listing in self.listings if keep(listing)]
        self.pages = {uri: page for uri, page in self.pages.items() if keep(page.listing)}

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
