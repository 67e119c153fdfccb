"""What the ``portal`` plugin holds, by how long it lives.

- ``BuildState``: one build, made anew in ``on_config`` (MkDocs calls it for every build and
  for every rebuild of ``mkdocs serve``). Its ``shared`` part is the ``PortalBuild`` the other
  plugins read.
- ``ServeMemory``: what ``mkdocs serve`` keeps from one rebuild to the next so that unchanged
  stories, fingerprints, cache records and compiled templates are not made again. A plain
  ``mkdocs build`` has one build and keeps nothing in it.
- ``Machinery``: what runs beside a build: the deletion of the previous site, and the cycle
  collector paused while the build's objects are made or collected after a rebuild.
"""

from __future__ import annotations

import gc
import subprocess
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation

from site_plugins.content.allowlist import Inventory
from site_plugins.content.catalog import Catalog
from site_plugins.content.listings import Census
from site_plugins.content.stories import Story, StoryMemo
from site_plugins.portal.contract import PortalBuild
from site_plugins.portal.engine.pagecache import PageCache, Record
from site_plugins.portal.engine.render import CompiledTemplates, PageJob, PageRenderer
from site_plugins.portal.engine.sitedir import Folders
from site_plugins.portal.engine.watch import ContentWatch
from site_plugins.portal.verify import ListingRecorder

if TYPE_CHECKING:
    from site_plugins.shards.assemble import Claims, Placing, Staging
    from site_plugins.shards.counts import ArchiveCounts

COLLECT_AFTER_REBUILD = 1.0
"""Seconds after a ``mkdocs serve`` rebuild until its garbage is collected: time enough for
the browser to reload; a rebuild starting sooner cancels the collection."""


@dataclass(eq=False)
class BuildState:
    """The portal plugin's state for one build."""

    shared: PortalBuild
    """What this build shares with the other plugins (see ``contract``)."""
    inventory: Inventory = field(default_factory=Inventory)
    """The content folder, sorted before MkDocs lists it (see ``allowlist``)."""
    hidden: list[Story] = field(default_factory=list)
    """Drafts and scheduled stories: the site check makes sure none of them was published."""
    recorder: ListingRecorder = field(default_factory=ListingRecorder)
    """Checks the story links of each listing page as it is written, for the site check."""
    site_files: Files | None = None
    """Every file of the site, the pages the portal renders itself included."""
    own_files: list[File] = field(default_factory=list)
    """The pages the engine renders: stories and listing pages outside the navigation."""
    own_uris: set[str] = field(default_factory=set)
    nav: Navigation | None = None
    page_cache: PageCache | None = None
    renderer: PageRenderer | None = None
    jobs: list[PageJob] = field(default_factory=list)
    folders: Folders | None = None
    """Makes the folders of the pages the engine writes, from the end of ``on_files``."""
    fingerprints: dict[str, str] = field(default_factory=dict)
    """Each story's fingerprint, by ``src_uri``, made once a build."""
    counts: ArchiveCounts | None = None
    """The merge split in parts and its parts: every shard's counts added up (its census, the
    attachments its stories name, its stories by month)."""
    census: Census | None = None
    """The merge split by year and its parts: what the listings count across the archive."""
    search_days: set[tuple[int, int, int]] = field(default_factory=set)
    """The merge split in parts and its parts: the days (as written) of its share of the search bundles."""
    description_hashes: dict[str, str] = field(default_factory=dict)
    """The merge split in parts and its parts, with the cache on: the hash of each shard's description file, by
    shard (``shards.counts.CountsMemo``)."""
    months: list[list[int]] = field(default_factory=list)
    """The merge split in parts and its parts: each part's window of months, first and last (part 1's first)."""
    part_inputs: str = ""
    """An older part of the merge: a hash of what it makes follows from, kept in its description."""
    shards_digest: str = ""
    """The merge split by year and its parts: a hash of every story the shards described, so
    that the merge takes only parts built from the same shards."""
    claims: Claims | None = None
    """The merge: the paths the shards (and parts) own, checked, kept in files as they are read."""
    staging: Staging | None = None
    """The merge: gathers the shards' files in another process, from ``on_files``."""
    placing: list[Placing] = field(default_factory=list)
    """The merge: places its own cached pages in another process, from ``on_env``."""


@dataclass(eq=False)
class ServeMemory:
    """What ``mkdocs serve`` keeps between rebuilds."""

    stories: StoryMemo = field(default_factory=StoryMemo)
    """Stories of the previous build: a file with the same size and time is not read again."""
    catalog: Catalog | None = None
    """The previous build's catalog: its related stories are taken over while they hold."""
    records: dict[str, Record] = field(default_factory=dict)
    """Page cache records read so far."""
    fingerprints: dict[str, tuple[Story, tuple, str]] = field(default_factory=dict)
    """Each story's fingerprint with the story object and the inputs it was made from."""
    templates: CompiledTemplates = field(default_factory=CompiledTemplates)
    """Compiled templates, compiled again only when their source changes."""
    watch: ContentWatch | None = None
    """Tells ``mkdocs serve`` of edits to the docs folder (see ``watch``)."""


@dataclass(eq=False)
class Machinery:
    """Processes and timers beside a build, and the cycle collector's state."""

    deleting: subprocess.Popen | None = None
    """Deletes the previous build in the background (see ``sitedir``)."""
    resume_collector: bool = False
    """Whether the cycle collector, paused while on_files makes the build's objects, was on."""
    collecting: threading.Timer | None = None
    """The cycle collection due after a ``mkdocs serve`` rebuild (see ``collect_later``)."""

    def pause_collector(self) -> None:
        """Stop the cycle collector while objects that live until the end of the build are made."""
        self.resume_collector = gc.isenabled()
        gc.disable()

    def resume(self) -> None:
        """Turn the cycle collector back on if ``pause_collector`` turned it off."""
        if self.resume_collector:
            gc.enable()
            self.resume_collector = False

    def cancel_collection(self) -> None:
        if self.collecting is not None:
            self.collecting.cancel()

    def collect_later(self) -> None:
        """Collect the previous build's objects shortly after a ``mkdocs serve`` rebuild, once
        the browser has reloaded. Left to themselves, they would be walked by a full collection
        in the middle of the next rebuild (0.6 s at 10,000 stories), after the writer saved."""
        self.collecting = threading.Timer(COLLECT_AFTER_REBUILD, gc.collect)
        self.collecting.daemon = True
        self.collecting.start()
