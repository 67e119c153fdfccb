"""The ``portal-search`` MkDocs plugin: the search page ``/cari/`` and its Pagefind index.

It runs after the ``portal`` plugin and reads the stories from its catalog; nothing is read
from disk twice. The index is written in shards (:mod:`.search_shards`) while MkDocs renders the
pages, on the second core, and awaited at the end of ``mkdocs build``; ``mkdocs serve`` skips it
unless ``index_on_serve`` is set, so a preview stays fast.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path, PurePosixPath
from typing import Callable, Mapping
from urllib.parse import urlencode

from jinja2 import Environment
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from site_plugins.content.catalog import Catalog
from site_plugins.content.listings import Listing
from site_plugins.content.registry import Unit
from site_plugins.content.stories import Story
from site_plugins.portal.contract import PortalBuild
from site_plugins.portal.verify import fail_on
from site_plugins.publish.images import Photo
from site_plugins.search.bodies import ShardBodies, describe_bodies
from site_plugins.search.cache import BundleCache
from site_plugins.search.index import FilterValues, SearchRecord, pagefind_version, search_body, story_record
from site_plugins.search.shards import (
    NEWEST_SIZE,
    SHARD_SIZE,
    Adopted,
    BackgroundIndex,
    Shard,
    ShardReport,
    ShardWriter,
    adopted_shards,
    check_bundles,
    check_shards,
    describe_bundles,
    plan_bundles,
    plan_shards,
    shards_of,
    shares,
)
from site_plugins.shards.description import write_data

log = logging.getLogger("mkdocs.plugins.portal-search")


class SearchConfig(base.Config):
    """Options of the ``portal-search`` plugin in ``mkdocs.yml``."""

    enabled = c.Type(bool, default=True)
    page = c.Type(str, default="cari/")
    """URL of the search page, relative to the site root."""
    output = c.Type(str, default="pagefind")
    """Folder inside ``site_dir`` that receives Pagefind's bundle."""
    index_on_serve = c.Type(bool, default=False)
    """Also index in ``mkdocs serve`` (slower reloads); a build always indexes."""
    shard_size = c.Type(int, default=SHARD_SIZE)
    """Most stories in one shard; a year with more is split into month ranges."""
    newest_size = c.Type(int, default=NEWEST_SIZE)
    """Most stories in one shard of the archive's newest month, once its year holds more."""
    cache_dir = c.Type(str, default=".cache/portal/search")
    """Where shard bundles are kept between builds, relative to ``mkdocs.yml``; safe to delete."""


class SearchPlugin(BasePlugin[SearchConfig]):
    """Adds the search page, collects each story page as it is written, indexes at the end."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.serving = False
        self.build: PortalBuild | None = None
        self.catalog: Catalog | None = None
        self.tag_names: dict[str, str] = {}
        self.records: list[SearchRecord] = []
        self.index: BackgroundIndex | None = None
        self.writer: ShardWriter | None = None
        self.share: list[Shard] | None = None
        """The merge split in parts and its parts: the shards this build indexes, planned from the
        archive's census (``search_days``)."""
        self.shard_bodies: ShardBodies | None = None
        """The merge: each story's body for the index, as its shard handed it on."""

    @property
    def page_uri(self) -> str:
        return self.config.page.strip("/") + "/index.md"

    @property
    def indexing(self) -> bool:
        return self.config.enabled and (self.config.index_on_serve or not self.serving)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if "portal" not in config.plugins:
            raise PluginError("portal-search: needs the portal plugin, listed before it")
        if self.config.shard_size < 1 or self.config.newest_size < 1:
            raise PluginError("portal-search: shard_size and newest_size must be at least 1")
        if not is_subfolder(self.config.output):
            # The folder is emptied on every build: never the site itself, nor anything outside.
            raise PluginError(f"portal-search: output must be a folder inside site_dir, not '{self.config.output}'")
        self.share = None
        if self.config.enabled:
            self.build = PortalBuild.of(config)
            self.build.search_days = self._search_days
        return config

    def _search_days(self, days: Mapping[tuple[int, int, int], int], parts: int, index: int) -> set[tuple[int, int, int]]:
        """The shards of part ``index`` of a merge split into ``parts``, from the archive's
        stories by day; returns the days they hold (``PortalBuild.search_days``)."""
        self.share = shares(plan_bundles(days, self.config.shard_size, self.config.newest_size), parts)[index]
        held = [(shard.id, sorted(set(shard.records))) for shard in self.share]
        # The Pagefind that indexes is no MkDocs plugin: the build's fingerprint does not hold its version.
        self.build.part_inputs.append(("portal-search", pagefind_version(), held))
        return {day for _, days_held in held for day in days_held}

    def _set_globals(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        if self.config.enabled:
            env.globals["portal_search_url"] = self.config.page.strip("/") + "/"
        return env

    # After the portal plugin (priority -100) has written the story pages and their bodies.
    @event_priority(-150)
    def _start_index(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        if self.index is not None:
            self.index.settle()  # a build that failed before its end may have left it writing
        if self.catalog is not None and self.build.part.is_shard:
            self._describe_bodies()
            return env
        if self.indexing and self.catalog is not None:
            # Every story's body is final by now (rendered, or in its page's cache record):
            # index while the listing pages render and the other plugins write their files.
            # The story's body as its page shows it: the one place the index takes it from (in
            # the merge, as the story's shard handed it on), read whenever the record is.
            body = self.shard_bodies.read if self.shard_bodies is not None else self._rendered_body
            values = FilterValues(self.tag_names)
            fingerprint, render_key = self.build.fingerprint, self.build.render_key
            self.records = [
                story_record(story, body, values, _thumbnail(story, self.build.photos),
                             _source(fingerprint, render_key, story))
                for story in self._searched()
            ]
            self.writer = self._writer(config)
            self.writer.prepare()
            self.index = BackgroundIndex(self.writer.write).start()
        return env

    on_env = CombinedEvent(_set_globals, _start_index)

    def _describe_bodies(self) -> None:
        """A shard hands the merge what the index takes from each story's page: its body,
        without images, in a data file beside its description. The merge indexes the whole
        site once, in the same bundles a single build makes, so the search is the same however
        the site was built."""
        bodies = self.build.bodies
        section, size = describe_bodies(self.build.part.folder, (
            (story.src_uri, search_body(bodies.get(story.src_uri, ""))) for story in self.catalog.published()
        ))
        self.build.description["search"] = {"bodies": section}
        self.build.description_data[section["file"]] = size

    # After the portal plugin (priority 50) has arranged the stories and listings.
    @event_priority(-50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        build = PortalBuild.of(config)
        self.catalog, self.build = build.catalog, build
        self.records = []
        if not self.config.enabled or self.catalog is None or build.part.is_shard:
            return files  # a shard's navigation has a stand-in for the search page
        if not build.part.is_part and files.get_file_from_path(self.page_uri):
            raise PluginError(f"portal-search: {self.page_uri} is generated; remove it from the content folder")
        self.tag_names = self.catalog.census.names("tag")
        self._close_bodies()
        if build.part.reads_shards:
            self.shard_bodies = ShardBodies(build.shards, {story.src_uri for story in self._searched()})
        if build.part.is_part:
            return files  # the merge writes the search page; a part's navigation has a stand-in
        files.append(File.generated(config, self.page_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV))
        return files

    def _searched(self):
        """The stories whose records this build indexes: the catalog's, or in a merge split in
        parts those of the build's share of the bundles."""
        return self.build.searched if self.build.searched is not None else self.catalog.stories.values()

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.config.enabled and page.file.src_uri == self.page_uri:
            page.meta.update(title="Cari Berita", template="search.html", hide=["navigation", "toc"])
        return markdown

    def on_page_context(self, context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
        listing_page = self.catalog.listing_page(page.file.src_uri) if self.catalog else None
        if self.config.enabled and listing_page:
            context["search_query"] = listing_query(listing_page.listing, self.tag_names)
        return context

    # A part of the merge split in parts: before the portal plugin writes its description (-100),
    # which hands the merge what this part indexed.
    @event_priority(-50)
    def _describe_part(self, *, config: MkDocsConfig) -> None:
        if not self.indexing or self.catalog is None or not self.build.part.is_part:
            return
        try:
            reports = self._wait()
            output, writer, build = self._output(config), self.writer, self.build
            fail_on(check_bundles(output, writer.shards), "portal-search")
            # The words of a bundle not indexed before are read from its stories' bodies.
            section, words = describe_bundles(writer.shards, writer.keys, writer.words.words)
        finally:
            self._close_bodies()
        name, size = write_data(build.part.out, "search-words", (
            (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8") for line in words))
        writer.words.prune()
        build.description["search"] = {**section, "words": name}
        build.description_data[name] = size
        build.owned += [f"{self.config.output.strip('/')}/{shard.id}/" for shard in writer.shards]
        log.info(ready_message(reports, self.index.seconds))

    # Last, after the portal plugin's checks and the merge's assembly (-100): those run while
    # Pagefind is still indexing, and the build waits for the index only at its very end.
    @event_priority(-200)
    def _finish_index(self, *, config: MkDocsConfig) -> None:
        if not self.indexing or self.catalog is None or self.build.part.is_shard or self.build.part.is_part:
            return
        try:
            reports = self._wait()
        finally:
            self._close_bodies()
        log.info(ready_message(reports, self.index.seconds))
        build = self.build
        searched = [story for story in self._searched() if self.catalog.is_published(story)]
        split = build.searched is not None
        problems = check_shards(
            self._output(config), searched, self.records, self.serving, self.writer.adopted,
            self.catalog.census.total("") if split else None,
        )
        fail_on(problems, "portal-search")

    on_post_build = CombinedEvent(_describe_part, _finish_index)

    def _wait(self) -> list[ShardReport]:
        try:
            return self.index.wait()
        except (OSError, RuntimeError) as error:  # Pagefind or the counts' process failed: said without a traceback
            raise PluginError(f"portal-search: the search index could not be written: {error}") from None

    def _output(self, config: MkDocsConfig) -> Path:
        return Path(config.site_dir) / self.config.output

    def _writer(self, config: MkDocsConfig) -> ShardWriter:
        cache = BundleCache(self.build.cache_folder(Path(config.config_file_path).parent / self.config.cache_dir))
        part = self.build.part
        if self.share is not None:
            shards = shards_of(self.share, self.records)
        else:
            shards = plan_shards(self.records, self.config.shard_size, self.config.newest_size)
        reuse = part.reuse
        adopted, facets = self._adopted() if part.is_merge else ([], [])
        return ShardWriter(shards, self._output(config), cache, reuse / self.config.output if reuse else None,
                           adopted, facets, whole=not part.is_part)

    def _adopted(self) -> tuple[list[Adopted], list[dict]]:
        """The shards the merge's parts indexed, and each part's facet counts."""
        adopted, facets = [], []
        for part in self.build.parts:
            section = part.section("search", {})
            if not section:
                continue
            with part.data_file(section["words"]).open(encoding="utf-8") as lines:
                words = {line["id"]: line["words"] for line in map(json.loads, lines)}
            site = part.path.parent / part.section("files", {}).get("site", "site")
            adopted += adopted_shards(section, site, self.config.output.strip("/"), words)
            facets.append(section.get("facets", {}))
        return adopted, facets

    def _rendered_body(self, src_uri: str) -> str:
        return self.build.bodies.get(src_uri, "")

    def _close_bodies(self) -> None:
        if self.shard_bodies is not None:
            self.shard_bodies.close()
            self.shard_bodies = None

    def on_build_error(self, *, error: Exception) -> None:
        if self.index is not None:
            self.index.settle()
        self._close_bodies()


def is_subfolder(path: str) -> bool:
    """Whether ``path`` names a folder below the one it is relative to."""
    parts = PurePosixPath(path).parts
    return bool(parts) and parts[0] != "/" and ".." not in parts


def ready_message(reports: list[ShardReport], seconds: float) -> str:
    """The build's one line about the index: stories, shards, how many were indexed anew."""
    stories = sum(len(report.shard.records) for report in reports)
    indexed = sum(1 for report in reports if not report.cached)
    return (
        f"Search: {stories} stories in {len(reports)} shards ({indexed} indexed, {len(reports) - indexed} "
        f"from the cache) in {seconds:.1f} s, on a second thread while the pages rendered"
    )


def _source(fingerprint: Callable[[Story], str] | None, render_key: str, story: Story) -> str | None:
    """What a story's search document is made from, as one hash (``story_record``): its
    fingerprint, which holds its body's, and the key of what renders the body; none when the
    portal plugin did not make them."""
    return f"{render_key}:{fingerprint(story)}" if fingerprint is not None and render_key else None


def _thumbnail(story: Story, photos: dict[str, Photo]) -> str | None:
    """The small version of the story's photo made by ``portal-publish``, when it is on."""
    photo = photos.get(story.image) if story.image else None
    return photo.thumbnail.url if photo is not None else None


def unit_query(unit: Unit) -> dict[str, str]:
    """Search parameters narrowing to ``unit``: its Polda, Polres and Polsek by name."""
    return {level.level: level.name for level in unit.lineage}


def listing_query(listing: Listing, tag_names: dict[str, str]) -> str:
    """The query string of a search narrowed like ``listing``; empty when it has no facet."""
    if listing.unit is not None:
        return urlencode(unit_query(listing.unit))
    slug = listing.url.removeprefix("tag/").strip("/")
    if listing.kind == "tag" and slug in tag_names:
        return urlencode({"tag": tag_names[slug]})
    return ""
