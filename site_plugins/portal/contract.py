"""The one object the portal's plugins share during a build: ``PortalBuild``.

The ``portal`` plugin makes a new ``PortalBuild`` in ``on_config`` and fills it as the build
goes on; ``portal-publish``, ``portal-search`` and ``portal-cms`` read it with
``PortalBuild.of(config)``. No plugin reads another plugin's attributes: what one plugin
gives the others is a field here, and each field says who writes it and from which event on
it may be read.

Event priorities (MkDocs runs the higher number first; 0 is the default):

| event | plugin | priority | why |
|---|---|---|---|
| ``on_config`` | ``portal`` | 100 | makes the ``PortalBuild`` before other plugins register with it |
| ``on_pre_build`` | ``portal`` | 0 | an older part of the merge stands as built if nothing it makes changed, before MkDocs empties its folder |
| ``on_files`` | ``portal`` (arrange) | 50 | stories at their URLs, listings made, before others look |
| ``on_files`` | ``portal-cms`` | 40 | keeps ``admin/`` out of ``robots.txt`` before ``portal-publish`` writes it |
| ``on_files`` | ``portal-publish`` | 0 | photos, branding, sitemaps and robots.txt, once the catalog is known |
| ``on_files`` | ``portal-search`` | -50 | adds ``/cari/`` after the catalog and the photos are known |
| ``on_files`` | ``portal`` (detach) | -200 | last: its own pages leave MkDocs' page loop |
| ``on_page_content`` | ``portal`` | 50 | bodies are sanitized before any other plugin (feeds, photos) reads them |
| ``on_env`` | ``portal`` (stories) | -100 | after the other plugins set up the templates (filters, globals) |
| ``on_env`` | ``portal-search`` (index) | -150 | starts the index from the story bodies the portal just wrote |
| ``on_env`` | ``portal`` (listings) | -200 | listing pages render while the index is written on a second thread |
| ``on_post_page`` | ``portal`` | -100 | last: compacts the whitespace of the page every plugin has finished |
| ``on_post_build`` | ``portal-search`` (a part) | -50 | waits for its bundles and describes them before the portal writes the part's description |
| ``on_post_build`` | ``portal`` | -100 | checks the site once every plugin has written its files; the merge moves the shards' files in |
| ``on_post_build`` | ``portal-search`` | -200 | last: waits for the index, which Pagefind wrote while the rest ran, and checks it |
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Mapping, Protocol

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from site_plugins.shards.plan import Part

if TYPE_CHECKING:
    from site_plugins.content.allowlist import Attachment
    from site_plugins.content.catalog import Catalog
    from site_plugins.content.listings import Window
    from site_plugins.content.registry import Registry
    from site_plugins.content.stories import Story
    from site_plugins.publish.images import HandedPhotos, Photo
    from site_plugins.shards.description import Description

CachedFile = tuple[str, str, Callable[[], bytes]]
"""A file written through the page cache: its key, its destination and how to make it."""


class CachedWriter(Protocol):
    def __call__(self, files: list[CachedFile]) -> int: ...


@dataclass(eq=False)
class PortalBuild:
    """What the ``portal`` plugin publishes to the other plugins for one build.

    Fields are filled in event order; reading one before its event gives its empty value.
    """

    preview: bool
    """``mkdocs serve``: drafts and scheduled stories are shown, nothing is published."""
    stories_dir: str
    """The stories folder inside ``docs_dir``, without slashes, e.g. ``berita``."""
    content_dir: str = ""
    """The content folder, as ``mkdocs.yml``'s ``docs_dir`` names it (portal, ``on_config``).
    A shard and the merge point MkDocs' own ``docs_dir`` at an empty folder, so that MkDocs
    does not list the whole archive; the portal adds the files it publishes itself."""
    part: Part = field(default_factory=Part)
    """The whole site, one Polda's shard or the merge of the shards (portal, ``on_config``;
    see ``site_plugins/shards``)."""
    shards: list[Description] = field(default_factory=list)
    """The merge and its parts: every shard's description, in the registry's order (portal,
    ``on_files`` 50)."""
    parts: list[Description] = field(default_factory=list)
    """The merge split in parts: the description of each of its older parts, 2 and on (portal,
    ``on_files`` 50)."""
    window: Window | None = None
    """The merge split in parts and its parts: the months whose national listing pages this build
    makes (portal, ``on_files`` 50); ``None`` for all of them."""
    searched: list[Story] | None = None
    """The merge split in parts and its parts: the stories whose search records this build
    makes, those of its share of the search bundles (``search_days``), newest first (portal,
    ``on_files`` 50); ``None``: the catalog's."""
    search_days: Callable[[Mapping[tuple[int, int, int], int], int, int], set[tuple[int, int, int]]] | None = None
    """Which days, as written in stories' dates, the search bundles of part ``index`` of a merge
    split into ``parts`` hold, given the archive's stories by day (portal-search, ``on_config``;
    the portal calls it with the census, in ``on_pre_build`` for an older part and in ``on_files``
    50 for the merge, and keeps those stories for ``searched``)."""
    part_inputs: list[object] = field(default_factory=list)
    """An older part of the merge: what else the files it makes follow from, besides the
    configuration, its months and the stories up to them, as plain values (portal-search: its
    share of the bundles, when the portal calls ``search_days``). The portal keeps a hash of them
    in the part's description, and a part whose hash did not change is not built again."""
    description_readers: list[Callable[[Description], None]] = field(default_factory=list)
    """The merge and its parts: called with each shard's and each part's description as soon as it
    is read, before the next one is; a plugin takes its own section out of it there, so that no
    section of every shard is in memory at once (any plugin, before ``on_files`` 50; the portal
    calls them in ``on_files`` 50)."""
    newest_shown: int = 0
    """How many of a listing's newest stories a plugin shows besides its pages (portal-publish:
    its feeds), so that a part holding the listing's front page holds them too (any plugin, in
    ``on_config``: an older part reads it in ``on_pre_build``)."""
    description: dict[str, object] = field(default_factory=dict)
    """A shard: each plugin's section of its description, by plugin (any plugin, before
    ``on_post_build`` -100, when the portal writes it)."""
    description_data: dict[str, int] = field(default_factory=dict)
    """A shard: the data files plugins wrote beside the description with
    ``shards.description.write_data``, by name, with their sizes (any plugin, before
    ``on_post_build`` -100)."""
    owned: list[str] = field(default_factory=list)
    """A shard: folders (ending in ``/``) and files of the written site that are the shard's
    own; the merge takes only these (any plugin, before ``on_post_build`` -100)."""
    registry: Registry | None = None
    """The unit registry (portal, ``on_files`` 50)."""
    catalog: Catalog | None = None
    """Published stories (plus drafts in a preview) and listing pages (portal, ``on_files`` 50);
    ``None`` when the portal plugin is disabled."""
    attachments: dict[str, Attachment] = field(default_factory=dict)
    """The photos and documents the stories name, by ``src_uri``; ``portal-publish`` processes
    the photos of the stories in the catalog (portal, ``on_files`` 50)."""
    robots_disallow: list[str] = field(default_factory=list)
    """Paths ``robots.txt`` keeps crawlers out of (any plugin, before ``on_files`` 0)."""
    story_extras: list[Callable[[Story], str]] = field(default_factory=list)
    """What else a page showing a story depends on, for the page cache's keys (any plugin,
    before ``on_env``)."""
    photos: dict[str, Photo] | HandedPhotos = field(default_factory=dict)
    """Published photos by ``src_uri``, read with ``get`` (portal-publish, ``on_files`` 0): in the
    merge and its parts the photos the shards handed, kept in a file, not in memory."""
    bodies: dict[str, str] = field(default_factory=dict)
    """Each story's body as its page shows it, by ``src_uri`` (portal, ``on_env`` -100)."""
    build_key: str = ""
    """A hash of what every page depends on (portal, ``on_env`` -100)."""
    render_key: str = ""
    """A hash of what renders a story's body, the same in a shard, the merge and a whole build
    (portal, ``on_env`` -100)."""
    fingerprint: Callable[[Story], str] | None = None
    """A hash of everything about a story that any page or feed shows (portal, ``on_env`` -100)."""
    write_cached: CachedWriter | None = None
    """Writes files (feeds) through the page cache; returns how many had to be made (portal,
    ``on_env`` -100)."""

    def cache_folder(self, base: Path) -> Path:
        """Where a plugin keeps its cache under ``base``: each shard and the merge their own,
        so shards built side by side never share a cache file, and CI caches each apart."""
        if self.part.is_shard:
            return base / "shards" / self.part.shard
        if self.part.is_part:
            return base / "parts" / str(self.part.number)
        return base / "merge" if self.part.is_merge else base

    def publish(self, config: MkDocsConfig) -> None:
        """Make this the build of ``config`` for the other plugins."""
        _builds[id(config)] = self
        weakref.finalize(config, _builds.pop, id(config), None)

    @classmethod
    def of(cls, config: MkDocsConfig) -> PortalBuild:
        """The build of ``config``; a plugin listed without ``portal`` before it gets an error."""
        build = _builds.get(id(config))
        if build is None:
            raise PluginError("list the 'portal' plugin first in mkdocs.yml: the other portal plugins need it")
        return build


_builds: dict[int, PortalBuild] = {}
"""Builds by the ``id`` of their configuration, removed when the configuration is collected."""
