"""The ``portal`` MkDocs plugin: stories in, a region-, tag- and date-indexed news site out."""

from __future__ import annotations

import gc
import hashlib
import html
import os
import tempfile
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import write_file

from site_plugins.content.allowlist import Attachment, check_attachments, find_attachments, take_inventory
from site_plugins.content.catalog import Catalog
from site_plugins.content.listings import (
    Census, Listing, Window, WindowStories, build_listings, is_region_url, month_number, month_of, newest_first,
    window_candidates, window_month,
)
from site_plugins.content.problems import ContentError
from site_plugins.content.registry import Registry, load_registry
from site_plugins.content.sanitize import Sanitizer
from site_plugins.content.source import FrontMatterMemo
from site_plugins.content.stories import Story, load_stories
from site_plugins.portal.compact import compact_html
from site_plugins.portal.contract import PortalBuild
from site_plugins.portal.engine.frame import FrameParts
from site_plugins.portal.engine.pagecache import PageCache, Rendered, digest
from site_plugins.portal.engine.pagekeys import (
    build_fingerprint,
    configuration_fingerprint,
    listing_fingerprint,
    listing_page_key,
    plugin_code,
    render_fingerprint,
    story_fingerprint,
    story_page_key,
)
from site_plugins.portal.engine.render import PageJob, PageRenderer
from site_plugins.portal.engine.sitedir import STAGING_PREFIX, Folders, set_aside
from site_plugins.portal.engine.watch import ContentWatch
from site_plugins.portal.site_files import arrange_files
from site_plugins.portal.state import BuildState, Machinery, ServeMemory
from site_plugins.portal.verify import check_site, fail_on
from site_plugins.shards.assemble import (
    AssemblyError, Claims, KeptClaims, Placing, SiteLists, Staging, files_key, owned_files,
)
from site_plugins.shards.counts import ArchiveCounts, CountsMemo, ShardCounts, WindowMemo
from site_plugins.shards.description import (
    PART_FILE_NAME, Description, DescriptionError, read_all, read_parts, registry_digest,
)
from site_plugins.shards.kept import PartKept, earlier_part, keep_part
from site_plugins.shards.plan import (
    Part, UnitMemo, choose_stories, is_polda_region, month_windows, part_folder, shard_ids, shard_polda,
)
from site_plugins.shards.records import StoryRecords, read_story, story_record, write_records

log = get_plugin_logger("portal")

DIRTY_REFUSED = "portal: --dirty is not supported: the page cache already rebuilds only what changed"


class PortalConfig(base.Config):
    """Options of the ``portal`` plugin in ``mkdocs.yml``."""

    enabled = c.Type(bool, default=True)
    stories_dir = c.Type(str, default="berita")
    """Folder inside ``docs_dir`` holding the stories, at any depth."""
    registry = c.Type(str, default="satuan.yml")
    """The unit registry, relative to ``docs_dir``; it is not published."""
    per_page = c.Type(int, default=20)
    """Stories per listing page."""
    merge_parts = c.Type(int, default=1)
    """Parts the merge of a sharded build is split into by time (docs/sharding.md): the merge
    renders the newest months' national listing pages and its share of the search bundles, each
    part from 2 on (``portal build --part N``, built before the merge) older months' and its own
    share."""
    related = c.Type(int, default=5)
    """How many related stories a story page shows."""
    embed_hosts = c.ListOfItems(c.Type(str), default=["www.youtube.com", "www.youtube-nocookie.com"])
    """Hosts whose ``<iframe>`` embeds a story body may show (HTTPS only)."""
    cache = c.Type(bool, default=True)
    """Keep rendered story and listing pages between builds, so unchanged ones are copied."""
    cache_dir = c.Type(str, default=".cache/portal")
    """Where the page cache lives, relative to ``mkdocs.yml``."""
    workers = c.Type(int, default=os.cpu_count() or 1)
    """Processes rendering pages (a second one is forked); 1 renders in the build process only."""
    reuse_frame = c.Type(bool, default=True)
    """Render the page frame (header, tabs, navigation, footer) once per distinct input."""
    engine = c.Type(bool, default=True)
    """Render stories and listings outside MkDocs' page loop (see ``render`` and
    ``docs/engine.md``); ``false`` leaves them to MkDocs, slowly: for the test that compares
    the two renderings."""


class PortalPlugin(BasePlugin[PortalConfig]):
    """Reads the stories once, gives them their URLs and generates every listing page.

    Its state is kept in three parts by how long each lives (see ``state``): ``run`` for the
    current build, ``kept`` for what ``mkdocs serve`` keeps between rebuilds, ``machinery``
    for processes and the cycle collector.
    """

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.preview = False
        """``mkdocs serve``: drafts and scheduled stories are shown, nothing is published."""
        self.run: BuildState | None = None
        self.kept = ServeMemory()
        self.machinery = Machinery()
        self.sanitizer = Sanitizer(frozenset())

    @property
    def catalog(self) -> Catalog | None:
        """The current build's catalog (``None`` before ``on_files`` or when disabled)."""
        return self.run.shared.catalog if self.run is not None else None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        if dirty and self.config.enabled:
            raise PluginError(DIRTY_REFUSED)
        # `mkdocs serve` previews drafts and scheduled stories; `build` never publishes them.
        self.preview = command == "serve"

    def on_serve(self, server, *, config: MkDocsConfig, builder: Callable) -> object:
        # MkDocs would poll every story twice a second while it rebuilds; the system tells
        # of changes instead, through a marker file MkDocs polls.
        if not self.config.enabled or not ContentWatch.available():
            return server
        self.kept.watch = ContentWatch()
        self.kept.watch.start(config.docs_dir)
        server.unwatch(config.docs_dir)
        server.watch(str(self.kept.watch.marker), recursive=False)
        return server

    def on_shutdown(self) -> None:
        self.machinery.cancel_collection()
        if self.kept.watch is not None:
            self.kept.watch.stop()

    # First: the other plugins register with the build from their own on_config on.
    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        try:
            part = Part.from_environment()
        except ValueError as error:
            raise PluginError(f"portal: {error}") from None
        if self.preview and not part.is_whole:
            raise PluginError("portal: mkdocs serve shows the whole site, not a shard or the merge")
        if self.config.merge_parts < 1:
            raise PluginError("portal: merge_parts must be at least 1")
        if part.is_part and part.number > self.config.merge_parts:
            raise PluginError(f"portal: the merge has {self.config.merge_parts} parts (merge_parts in mkdocs.yml), "
                              f"not a part {part.number}")
        shared = PortalBuild(self.preview, self.config.stories_dir.strip("/"), config.docs_dir, part)
        shared.publish(config)
        self.run = BuildState(shared)
        if self.config.per_page < 1:
            raise PluginError("portal: per_page must be at least 1")
        if not config.use_directory_urls:
            raise PluginError("portal: story and listing URLs need use_directory_urls: true")
        self.sanitizer = Sanitizer(frozenset(self.config.embed_hosts), config.site_url)
        if not part.is_whole and self.config.enabled:
            # MkDocs would list every file of the archive (a File each, before any plugin
            # sees them); a shard or the merge adds only the files it publishes (on_files).
            nothing = self._cache_root(config) / "no-docs"
            nothing.mkdir(parents=True, exist_ok=True)
            config.docs_dir = str(nothing.resolve())
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.machinery.cancel_collection()  # this build's own collections do it
        if self.config.enabled and self.run.shared.part.is_part:
            self._part_or_kept(config)  # before MkDocs empties the site folder
        self.machinery.deleting = set_aside(config.site_dir) if self.config.enabled else None
        if self.config.enabled:
            self._take_inventory(config)

    def _take_inventory(self, config: MkDocsConfig) -> None:
        """Sort the content folder; stop at once on a symbolic link, which MkDocs' listing of
        the folder would follow (out of it, or round a loop). Other problems are reported
        with the stories'."""
        prefix = display_prefix(config, self.run.shared.content_dir)
        stories_dir = self.config.stories_dir.strip("/")
        content = Path(self.run.shared.content_dir)
        self.run.inventory = take_inventory(content, stories_dir, self.config.registry, prefix)
        if self.run.inventory.has_links:
            raise PluginError(ContentError(self.run.inventory.problems).report())

    # Early, so that other plugins see the stories at their final URLs and the listings.
    @event_priority(50)
    def _arrange_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        run, shared = self.run, self.run.shared
        # Everything made from here to the end of on_files lives on until the build ends (and is
        # frozen there): a full collection meanwhile would only walk it, and all earlier objects
        # (reading 100,000 stories spent 13 of 30 seconds in such collections).
        self.machinery.pause_collector()
        try:
            shared.registry, stories = self._read_content(config, display_prefix(config, shared.content_dir))
            now = datetime.now(timezone.utc)
            earlier = self.kept.catalog if self.preview else None  # `mkdocs serve`: the previous build
            shared.catalog = Catalog.for_build(
                stories, shared.registry, self.config.per_page, now, self.preview, earlier, self._listings_kept(),
                run.census, shared.window,
            )
            self.kept.catalog = shared.catalog if self.preview else None
            run.hidden = [story for story in stories if not story.is_published(now)]
            run.recorder.expect(shared.catalog, run.hidden)
            if shared.part.reads_shards:
                stories = []  # their pages come from the shards
            if shared.part.is_shard:
                _add_content_files(files, stories, shared.attachments, shared.content_dir, config)
            arranged = arrange_files(files, stories, shared.attachments, shared.catalog, config, shared.content_dir)
            if shared.part.is_shard or shared.part.is_part:
                _add_navigation_stand_ins(arranged, config)
            return arranged
        except ContentError as error:
            raise PluginError(error.report()) from None

    def _listings_kept(self) -> Callable[[Listing], bool] | None:
        """A Polda's shard renders its region listings, the merge (and its parts) every other listing."""
        shared = self.run.shared
        if shared.part.reads_shards:
            return lambda listing: listing.unit is None
        if shared.part.is_shard:
            polda = shard_polda(shared.registry, shared.part.shard)
            return lambda listing: is_polda_region(listing.unit, polda)
        return None

    # Last, once every plugin has added its files: the stories and the listing pages outside
    # the navigation leave MkDocs' page loop, and on_env renders them.
    @event_priority(-200)
    def _detach_own_pages(self, files: Files, *, config: MkDocsConfig) -> Files:
        run = self.run
        run.site_files = files
        if self.catalog is None:
            self.machinery.resume()
            return files
        in_nav = set(_nav_paths(config.nav))
        if self.config.engine:  # otherwise every page stays in MkDocs' loop
            run.own_uris = {uri for uri in [*self.catalog.stories, *self.catalog.pages] if uri not in in_nav}
        kept = Files([])
        for file in files:
            (run.own_files if file.src_uri in run.own_uris else kept).append(file)
        # Cached pages are linked into folders another process makes meanwhile (the merge's,
        # by another process altogether: `_placer`). With nothing cached, each page's folder is
        # made as the page is written: waiting for that process would hold up the first
        # rendered page for seconds.
        pages = self._cache_root(config) / "pages"
        cached = self.config.cache and (bool(self.kept.records) or PageCache.found(pages))
        if cached and not run.shared.part.reads_shards:
            run.folders = Folders([os.path.dirname(f.abs_dest_path) for f in run.own_files])
        # The stories, listings and files live until the build ends: every full collection
        # would walk them again (a rebuild of `mkdocs serve` spent 0.8 s doing so). Thawed in
        # on_post_build.
        gc.freeze()
        self.machinery.resume()
        return kept

    on_files = CombinedEvent(_arrange_files, _detach_own_pages)

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        self.run.nav = nav
        return nav

    # After the other plugins have set up the templates (filters, globals).
    @event_priority(-100)
    def _write_story_pages(self, env, *, config: MkDocsConfig, files: Files):
        run, shared = self.run, self.run.shared
        # Photos are published as they are unless a plugin (portal-publish) makes derivatives.
        env.filters.setdefault("portal_picture", lambda story, kind, lazy=True: "")
        env.bytecode_cache = self.kept.templates
        frame = FrameParts(env.filters["url"], self.config.reuse_frame)
        frame.install(env, config.theme["language"])
        if self.catalog is None:
            return env
        shared.build_key = build_fingerprint(config, run.nav, self.preview)
        shared.render_key = render_fingerprint(config)
        records = self.kept.records if self.preview else None  # `mkdocs serve`: kept between rebuilds
        run.page_cache = PageCache(self._cache_root(config) / "pages", records) if self.config.cache else None
        run.renderer = PageRenderer(
            config, env, run.nav, run.site_files, run.page_cache, self.config.workers, run.folders, frame,
            preview=self.preview, placer=self._placer(config) if run.shared.part.reads_shards else None,
        )
        run.jobs = self._page_jobs(stories=True)
        # Cached story pages are linked into the site with the listing pages, after the
        # search index has started from the bodies their records hold.
        results = run.renderer.write(run.jobs, place_later=True)
        shared.bodies = {uri: result.body for uri, result in results.items()}
        if not self.config.engine:
            shared.bodies = _converted_bodies(files, self.catalog.stories)
        shared.fingerprint, shared.write_cached = self.fingerprint, self.write_cached
        return env

    # Last: the search index (priority -150) starts from the stories' bodies and is written
    # by Pagefind while these pages render.
    @event_priority(-200)
    def _write_listing_pages(self, env, *, config: MkDocsConfig, files: Files):
        run = self.run
        if self.catalog is None:
            return env
        listing_jobs = self._page_jobs(stories=False)
        run.jobs += listing_jobs
        results = run.renderer.write(listing_jobs)
        for src_uri, result in results.items():
            run.recorder.add(self.catalog.listing_page(src_uri), result.links)
        rendered = run.renderer.rendered
        log.info(f"Pages: {rendered} rendered, {len(run.jobs) - rendered} taken from the cache")
        return env

    on_env = CombinedEvent(_write_story_pages, _write_listing_pages)

    def fingerprint(self, story: Story) -> str:
        """A hash of everything about ``story`` that any page or feed shows."""
        found = self.run.fingerprints.get(story.src_uri)
        if found is None:
            badge = self.catalog.unpublished.get(story.src_uri)
            extras = [extra(story) for extra in self.run.shared.story_extras]
            # `mkdocs serve` reuses unchanged stories: their hash too, while its inputs stay.
            earlier = self.kept.fingerprints.get(story.src_uri)
            if earlier is not None and earlier[0] is story and earlier[1] == (badge, extras):
                found = earlier[2]
            else:
                found = story_fingerprint(story, badge, extras)
            self.run.fingerprints[story.src_uri] = found
            if self.preview:
                self.kept.fingerprints[story.src_uri] = (story, (badge, extras), found)
        return found

    def write_cached(self, files: list[tuple[str, str, Callable[[], bytes]]]) -> int:
        """Write files of the site (feeds) from the page cache: each ``(key, destination,
        make)`` is linked from the cache, or made and kept there; their records are looked up
        together and written in one transaction. Returns how many had to be made."""
        cache = self.run.page_cache
        if cache is None:
            for _, destination, make in files:
                write_file(make(), destination)
            return len(files)
        records = cache.lookup(key for key, _, _ in files)
        stored = []
        for key, destination, make in files:
            record = records.get(key)
            if record is None or cache.place(key, record, destination) is None:
                stored.append(cache.keep(key, make(), Rendered(), destination))
        cache.remember(stored)
        return len(stored)

    def _placer(self, config: MkDocsConfig) -> Callable[[dict[str, str]], Callable[[], int]]:
        """The merge's cached pages go into the site through the gathering process, from the
        earlier site's folders where those did not change: the merge goes on meanwhile."""
        site_dir, earlier = Path(config.site_dir), self.run.shared.part.reuse

        def place(pages: dict[str, str]) -> Callable[[], int]:
            placing = Placing(pages, site_dir, earlier)
            self.run.placing.append(placing)
            return placing.wait

        return place

    def _page_jobs(self, stories: bool) -> list[PageJob]:
        """The story pages to write, or the listing pages, with their cache keys."""
        catalog, build = self.catalog, self.run.shared.build_key
        fingerprint = self.fingerprint
        if not stories:
            # Listing pages name a story a million times at a national scale: one dictionary
            # lookup each, every story's fingerprint made beforehand (a merge's came with it).
            for story in catalog.stories.values():
                fingerprint(story)
        listings: dict[tuple[int, bool], str] = {}
        jobs = []
        for file in self.run.own_files:
            story = catalog.story(file.src_uri)
            if (story is not None) != stories:
                continue
            if story is None:
                page = catalog.listing_page(file.src_uri)
                which = (id(page.listing), page.is_front)
                if which not in listings:
                    listings[which] = listing_fingerprint(page.listing, page.is_front)
                key = listing_page_key(build, listings[which], page, self.run.fingerprints)
                jobs.append(PageJob(file, key, story=False))
                continue
            newer, older = catalog.related.neighbours(story)
            related = [fingerprint(item) for item in catalog.related.related(story, self.config.related)]
            key = story_page_key(
                build, fingerprint(story), related, newer and fingerprint(newer), older and fingerprint(older)
            )
            jobs.append(PageJob(file, key, story=True, preview_only=file.inclusion.is_excluded()))
        return jobs

    def _cache_root(self, config: MkDocsConfig) -> Path:
        return self.run.shared.cache_folder(Path(config.config_file_path or ".").parent / self.config.cache_dir)

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.catalog is None:
            return markdown
        story = self.catalog.story(page.file.src_uri)
        if story is not None:
            _set_meta(page, story.title, story.summary, "story.html")
        listing_page = self.catalog.listing_page(page.file.src_uri)
        if listing_page is not None:
            description = listing_page.listing.description or listing_page.title
            _set_meta(page, listing_page.title, description, "listing.html")
        return markdown

    # Before any other plugin reads the body (feeds, photos): they only ever see it cleaned.
    @event_priority(50)
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        story = self.catalog.story(page.file.src_uri) if self.catalog else None
        if story is None:
            return html
        cleaned, removed = self.sanitizer.clean(html)
        for what in removed:
            log.warning(f"{story.path}: isi: {what} — bagian ini tidak ditampilkan; hapus dari berita")
        return cleaned

    def on_page_context(self, context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
        if self.catalog is None:
            return context
        context["unpublished"] = self.catalog.unpublished
        story = self.catalog.story(page.file.src_uri)
        if story is not None:
            newer, older = self.catalog.related.neighbours(story)
            context.update(
                story=story,
                story_related=self.catalog.related.related(story, self.config.related),
                story_newer=newer,
                story_older=older,
            )
        listing_page = self.catalog.listing_page(page.file.src_uri)
        if listing_page is not None:
            context["listing_page"] = listing_page
        return context

    # Last: the page as every plugin leaves it is compacted once, before it is written or kept.
    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        output = compact_html(output)
        # The listing pages of the navigation, which MkDocs renders; the renderer reports the
        # story links of the others with their results (also from the cache).
        listing_page = self.catalog.listing_page(page.file.src_uri) if self.catalog else None
        if listing_page is not None and page.file.src_uri not in self.run.own_uris:
            self.run.recorder.record(listing_page, output)
        return output

    def on_build_error(self, *, error: Exception) -> None:
        gc.unfreeze()  # frozen in on_files and before forking
        self.machinery.resume()
        if self.run is not None:  # before the failed site is deleted: nothing goes on writing into it
            for placing in self.run.placing:
                placing.abandon()
            if self.run.staging is not None:
                self.run.staging.abandon()

    # Last, after every plugin has written its files.
    @event_priority(-100)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        run = self.run
        gc.unfreeze()
        if self.preview:
            self.machinery.collect_later()
        if self.machinery.deleting is not None:
            self.machinery.deleting.wait()
        if run.renderer is not None:  # a merge's cached pages: linked before the cache is pruned
            try:
                run.renderer.settle()
            except AssemblyError as error:
                raise PluginError(f"portal: the merge's cached pages could not be placed:\n{error}") from None
        if run.page_cache is not None:
            run.page_cache.prune()
        if self.catalog is None or self.preview:
            return
        part = run.shared.part
        if part.is_merge:
            try:
                copied = run.staging.graft(Path(config.site_dir))
            except AssemblyError as error:
                raise PluginError(f"portal: the shards cannot be merged:\n{error}") from None
            earlier = "; the earlier site known from its list" if run.staging.taken is not None else ""
            log.info(f"Merged {len(run.shared.shards)} shards: {copied} files{earlier}")
        # A part's stories have their pages in the shards' sites, which only the merge takes.
        fail_on(check_site(self.catalog, run.recorder, config.site_dir, run.hidden, not part.is_part), "portal")
        if part.is_shard:
            self._describe(config)
        if part.is_part:
            self._describe_part(config)

    def _describe(self, config: MkDocsConfig) -> None:
        """Write this shard's description for the merge: its stories as records, the files
        it owns (its stories' folders and attachments, its Polda's region folder, and what
        other plugins named), with the other plugins' sections."""
        shared = self.run.shared
        polda = shard_polda(shared.registry, shared.part.shard)
        named: dict[str, list[str]] = {}
        for uri, attachment in shared.attachments.items():
            for story, _ in attachment.uses:
                named.setdefault(story.src_uri, []).append(uri)
        published = self.catalog.published()
        records = [story_record(story, self.fingerprint(story), sorted(set(named.get(story.src_uri, []))))
                   for story in published]
        folders = {story.url for story in published} | {polda.url} | {p for p in shared.owned if p.endswith("/")}
        files = {uri for story in published for uri in named.get(story.src_uri, [])}
        files |= {p for p in shared.owned if not p.endswith("/")}
        site_dir = Path(config.site_dir)
        folder = shared.part.folder
        name, size = write_records(folder, records)
        shared.description_data[name] = size
        sections = {
            "portal": {"stories": name},
            "files": {"site": os.path.relpath(site_dir, folder), "paths": owned_files(site_dir, folders, files)},
            **shared.description,
        }
        registry = registry_digest(Path(shared.content_dir) / self.config.registry)
        written = Description(shared.part.shard, registry, sections, data=shared.description_data).write(folder)
        log.info(f"Shard {shared.part.shard}: {len(records)} stories, {len(sections['files']['paths'])} files, "
                 f"described in {written}")

    def _describe_part(self, config: MkDocsConfig) -> None:
        """Write this part's description for the merge: the shards it was built from, its
        months, and the files it owns (its listing pages' folders and what other plugins named),
        with the other plugins' sections."""
        shared, run = self.run.shared, self.run
        folders = {page.url for page in self.catalog.pages.values()} | {p for p in shared.owned if p.endswith("/")}
        files = {p for p in shared.owned if not p.endswith("/")}
        site_dir, out = Path(config.site_dir), shared.part.out
        window = shared.window
        sections = {
            "portal": {"shards": run.shards_digest, "months": [window.first, window.last], "inputs": run.part_inputs},
            "files": {"site": os.path.relpath(site_dir, out), "paths": owned_files(site_dir, folders, files)},
            **shared.description,
        }
        registry = registry_digest(Path(shared.content_dir) / self.config.registry)
        written = Description(out.name, registry, sections, data=shared.description_data).write(out, PART_FILE_NAME)
        log.info(f"Part {shared.part.number} of the merge: {len(self.catalog.pages)} listing pages, "
                 f"{len(sections['files']['paths'])} files, described in {written}")

    def _read_content(self, config: MkDocsConfig, prefix: str) -> tuple[Registry, list[Story]]:
        """The registry and every story, checked, and the attachments they name; raises
        ``ContentError`` listing all problems, those of the content folder's files included."""
        docs_dir, inventory = Path(self.run.shared.content_dir), self.run.inventory
        # `mkdocs serve` keeps this plugin between rebuilds: unchanged stories are reused.
        earlier = self.kept.stories if self.preview else None
        registry_path, shown = docs_dir / self.config.registry, prefix + self.config.registry
        registry = earlier.registry(registry_path, shown) if earlier else load_registry(registry_path, shown)
        part = self.run.shared.part
        if part.reads_shards:
            if self.config.merge_parts > 1:
                return registry, self._read_shards_in_parts(config, registry, prefix)
            return registry, self._read_shards(config, registry, prefix)
        src_uris = inventory.stories
        if part.is_shard:
            try:
                polda = shard_polda(registry, part.shard)
            except ValueError as error:
                raise PluginError(f"portal: {error}") from None
            units_path = self._cache_root(config) / "units.json"
            units = UnitMemo.load(units_path, registry_digest(registry_path)) if self.config.cache else None
            src_uris = choose_stories(docs_dir, src_uris, registry, polda, units)
            if units is not None:
                units.save(units_path)
        memo_path = self._cache_root(config) / "front-matter.json"
        memo = FrontMatterMemo.load(memo_path) if self.config.cache else None
        stories, problems = load_stories(docs_dir, src_uris, registry, prefix, memo, earlier)
        if memo is not None:
            memo.save(memo_path, keep_unused=earlier is not None)
        if part.is_shard:  # those whose unit was not plain to see were read to find it
            stories = [story for story in stories if story.unit.lineage[0] is polda]
        attachments = self.run.shared.attachments = find_attachments(inventory, stories)
        # Whether a file is used by any story is known only where every story is: not in a shard.
        problems += inventory.problems + check_attachments(
            docs_dir, inventory, attachments, prefix, every_story=part.is_whole,
        )
        if problems:
            raise ContentError(problems)
        return registry, stories

    def _read_shards(self, config: MkDocsConfig, registry: Registry, prefix: str) -> list[Story]:
        """The merge: every shard's stories from its description (their fingerprints kept
        for the page cache's keys); every file of ``content/`` must be used by one of them."""
        shared, inventory = self.run.shared, self.run.inventory
        docs_dir = Path(shared.content_dir)
        digest = registry_digest(docs_dir / self.config.registry)
        stories = []
        used: dict[str, Attachment] = {}
        known: dict = {}  # units, writers and tags, one object each

        claims = self._claims(config)

        def take(description: Description) -> None:
            # A shard's records become its stories as soon as it is read, and its files go to
            # the claims: the records of every shard are never in memory together. Only a message
            # about a path claimed twice needs them again, and reads them from the shard's records file.
            for record in StoryRecords.of(description):
                stories.append(read_story(record, registry, known))
                self.run.fingerprints[record["src_uri"]] = record["fingerprint"]
                used.update((uri, Attachment(uri)) for uri in record["attachments"] if uri in inventory.attachments)
            description.sections["portal"] = {}
            claim(description)

        claim = self._hand_over(claims)
        try:
            shared.shards = read_all(shared.part.folder, shard_ids(registry), digest, take)
            self.run.claims = claims.check()  # before anything renders: shards against shards
        except (DescriptionError, AssemblyError) as error:
            claims.close()
            raise PluginError(f"portal: the shards cannot be merged:\n{error}") from None
        self._stage(config)
        problems = inventory.problems + check_attachments(docs_dir, inventory, used, prefix)
        if problems:
            raise ContentError(problems)
        return stories

    def _hand_over(self, claims: Claims | None) -> Callable[[Description], None]:
        """What becomes of the rest of each description as it is read, once the portal has its
        stories: its files go to the merge's claims (a part leaves them to the merge), and each
        plugin takes its own section (``PortalBuild.description_readers``)."""
        readers = self.run.shared.description_readers

        def hand_over(description: Description) -> None:
            if claims is not None:
                claims.add(description)
            else:
                description.sections.pop("files", None)
            for reader in readers:
                reader(description)

        return hand_over

    def _claims(self, config: MkDocsConfig, kept: KeptClaims | None = None) -> Claims:
        """Where the merge keeps the paths the shards (and parts) claim, as it reads them."""
        os.makedirs(config.site_dir, exist_ok=True)
        return Claims(Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=config.site_dir)), kept)

    def _stage(self, config: MkDocsConfig) -> None:
        """The shards' (and parts') files are gathered by another process while the merge
        renders its own pages."""
        staged = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=config.site_dir))
        lists = SiteLists(self._cache_root(config) / "gathered") if self.config.cache else None
        self.run.staging = Staging(self.run.claims, staged, self.run.shared.part.reuse, lists)

    def _read_shards_in_parts(self, config: MkDocsConfig, registry: Registry, prefix: str) -> list[Story]:
        """The merge split in parts, or one of its parts: every shard's description read twice,
        one at a time. The first time counts what every listing holds (``_take_census``); the
        second keeps the stories of this part's months with the older ones its pages share
        (``content.listings.WindowStories``), and those of its share of the search index's
        bundles. Only those are held: a part of the archive, not all of it."""
        shared, inventory, run = self.run.shared, self.run.inventory, self.run
        docs_dir = Path(shared.content_dir)
        registry_key = registry_digest(docs_dir / self.config.registry)
        if run.counts is None:  # a part took it before its build began
            self._take_census(config, registry)
        window, known, per_page = shared.window, {}, self.config.per_page

        def renders(url: str) -> bool:
            return not is_region_url(url)

        chosen: WindowStories[str] = WindowStories(run.census, window, per_page, renders)
        searched: list[tuple[Story, str]] = []
        memo_path = self._cache_root(config) / "window-stories.json"
        memo = WindowMemo.load(memo_path, f"{registry_key} {plugin_code()}") if run.description_hashes else None
        # The bundles' days as a range, open after the newest window: a story on a new day keeps the key.
        days = sorted(run.search_days)
        first_day, last_day = (days[0], None if window.newest else days[-1]) if days else (None, None)
        window_key = digest("window", window.first, window.last, window.newest, window.shows_newest, per_page,
                            first_day, last_day)
        read_whole: list[str] = []

        if shared.part.is_merge:
            self._claim_all(config, registry, registry_key)
        claim = self._hand_over(None)

        def take(description: Description) -> None:
            # A shard whose description is the one the last build read gives only the stories this window may hold
            # (``shards.counts.WindowMemo``); any other is read whole, and what it may give is kept.
            records = StoryRecords.of(description)
            shard_hash = run.description_hashes.get(description.shard)
            key = f"{shard_hash} {window_key}"
            positions = memo.known(description.shard, key) if memo is not None and shard_hash else None
            read: list[tuple[int, Story]] = []
            on_days: set[int] = set()
            for position in range(len(records)) if positions is None else positions:
                record = records[position]
                story = read_story(record, registry, known)
                chosen.add(story, record["fingerprint"])
                day = (story.date.year, story.date.month, story.date.value.day)
                if day in run.search_days:
                    searched.append((story, record["fingerprint"]))
                if first_day is not None and first_day <= day and (last_day is None or day <= last_day):
                    on_days.add(position)
                if positions is None:
                    read.append((position, story))
            if memo is not None and shard_hash and positions is None:
                read_whole.append(description.shard)
                memo.keep(description.shard, key, sorted(window_candidates(read, window, per_page, renders) | on_days))
            description.sections["portal"] = {}
            claim(description)

        try:
            shared.shards = read_all(shared.part.folder, shard_ids(registry), registry_key, take)
            if shared.part.is_merge:
                shared.parts = read_parts(self._part_folders(), registry_key, run.shards_digest, claim, run.months[1:])
        except DescriptionError as error:
            raise PluginError(f"portal: the shards cannot be merged:\n{error}") from None
        if memo is not None:
            memo.save(memo_path)
            log.info(f"Stories of part {shared.part.number}'s window: {len(read_whole)} of {len(shared.shards)} "
                     f"shards read whole, the others for the stories the cache names")
        held = chosen.held()
        run.fingerprints.update((story.src_uri, fingerprint) for story, fingerprint in [*held, *searched])
        # One object a story: the held ones, and those of the search index the pages do not show;
        # newest first, as a whole build's catalog gives them.
        by_uri = {story.src_uri: story for story, _ in held}
        shared.searched = newest_first(by_uri.get(story.src_uri, story) for story, _ in searched)
        log.info(f"Part {shared.part.number} of the merge: {_months(window)}, {len(held)} stories for its listing "
                 f"pages, {len(searched)} for its search bundles")
        if shared.part.is_merge:
            used = {uri: Attachment(uri) for uri in run.counts.attachments if uri in inventory.attachments}
            problems = inventory.problems + check_attachments(docs_dir, inventory, used, prefix)
            if problems:
                raise ContentError(problems)
        return [story for story, _ in held]

    def _claim_all(self, config: MkDocsConfig, registry: Registry, registry_key: str) -> None:
        """The merge split in parts: every path the shards and the parts claim, checked before
        their stories are read, and the gathering process started on them, so that it works while
        the merge reads and renders. A shard whose description the census found as the last merge
        read it gives the paths kept then (``KeptClaims``), its description not read here; the
        others, and the parts, are read for their files. Without the cache every description is
        read for them."""
        run, shared = self.run, self.run.shared
        basis = f"{registry_key} {plugin_code()}"
        kept = KeptClaims.open(self._cache_root(config) / "claims", basis) if self.config.cache else None
        claims, hashes, read = self._claims(config, kept), run.description_hashes, []

        def known(path: Path) -> bool:
            key = hashes.get(path.parent.name)
            return key is not None and claims.add_kept(path, key)

        def take(description: Description) -> None:
            claims.add(description, hashes.get(description.shard))
            description.sections = {}
            read.append(description.shard)

        def take_part(description: Description) -> None:
            key = files_key(description)
            if not claims.add_kept(description.path, key):
                claims.add(description, key)
                read.append(description.shard)
            description.sections = {}

        try:
            read_all(shared.part.folder, shard_ids(registry), registry_key, take, known)
            read_parts(self._part_folders(), registry_key, run.shards_digest, take_part, run.months[1:])
            run.claims = claims.check()
        except (DescriptionError, AssemblyError) as error:
            claims.close()
            raise PluginError(f"portal: the shards cannot be merged:\n{error}") from None
        if kept is not None:
            kept.save()
            log.info(f"Paths claimed by the shards and parts: {len(read)} of {len(claims.claimants)} sorted anew, "
                     f"the others as the last merge kept them")
        self._stage(config)

    def _part_folders(self) -> list[Path]:
        """The folders of the merge's older parts, part 2 first."""
        return [part_folder(self.run.shared.part.folder, number) for number in range(2, self.config.merge_parts + 1)]

    def _take_census(self, config: MkDocsConfig, registry: Registry) -> None:
        """The merge split in parts, or one of its parts: the first reading of every shard's
        description, which counts what every listing holds (the census), which files the stories
        use and which stories each month holds; each shard's counts are kept between builds by
        its description's bytes (``shards.counts``). From the census follow this part's months
        (``shared.window``) and its share of the search bundles (``run.search_days``)."""
        shared, run = self.run.shared, self.run
        digest = registry_digest(Path(shared.content_dir) / self.config.registry)
        counts, known = ArchiveCounts(), {}
        memo_path = self._cache_root(config) / "shard-counts.json"
        memo = CountsMemo.load(memo_path, f"{digest} {plugin_code()}") if self.config.cache else None

        def counted(path: Path) -> bool:
            kept = memo.known(path)
            if kept is not None:
                counts.add(path.parent.name, kept)
            return kept is not None

        def count(description: Description) -> None:
            shard, stories, months = ShardCounts(Census(), "", []), hashlib.sha256(), defaultdict(hashlib.sha256)
            for record in StoryRecords.of(description):
                story = read_story(record, registry, known)
                shard.census.add(story)
                key = f"{record['src_uri']}\0{record['fingerprint']}\0".encode()
                stories.update(key)
                months[window_month(story)].update(key)
                shard.attachments.extend(record["attachments"])
            shard.stories, shard.attachments = stories.hexdigest(), list(dict.fromkeys(shard.attachments))
            shard.months = {month: hashed.hexdigest() for month, hashed in sorted(months.items())}
            description.sections = {}
            counts.add(description.shard, shard)
            if memo is not None:
                memo.keep(description.path, shard)

        try:
            read = read_all(shared.part.folder, shard_ids(registry), digest, count, counted if memo else None)
        except DescriptionError as error:
            raise PluginError(f"portal: the shards cannot be merged:\n{error}") from None
        if memo is not None:
            memo.save(memo_path)
            run.description_hashes = memo.hashes()
            log.info(f"Census of the shards' stories: {len(read)} read, {len(memo.used) - len(read)} from the cache")
        run.counts, run.census, run.shards_digest = counts, counts.census, counts.stories
        parts, index = self.config.merge_parts, shared.part.number - 1
        windows = month_windows(counts.census.months.get("", {}), parts, shared.newest_shown)
        run.months = [[window.first, window.last] if window else [0, -1] for window in windows]
        shared.window = windows[index] or Window(0, -1, newest=index == 0)
        run.search_days = shared.search_days(counts.census.days, parts, index) if shared.search_days else set()

    def _part_or_kept(self, config: MkDocsConfig) -> None:
        """An older part of the merge, before anything is written: when what it makes follows
        from the same inputs as the part already built in its folder (``_part_inputs``), that
        part stands, its description taking the shards it now agrees with, and the build ends
        there (``PartKept``). The earlier description is taken out of its folder first and put
        back only then: a part that fails on the way never leaves one behind."""
        shared, run = self.run.shared, self.run
        out = shared.part.out
        earlier = earlier_part(out)
        registry_path = Path(shared.content_dir) / self.config.registry
        try:
            registry = load_registry(registry_path, display_prefix(config, shared.content_dir) + self.config.registry)
        except ContentError as error:
            raise PluginError(error.report()) from None
        self._take_census(config, registry)
        run.part_inputs = self._part_inputs(config, registry)
        if self.config.cache and keep_part(earlier, out, run.part_inputs, run.shards_digest):
            log.info(f"Part {shared.part.number} of the merge: {_months(shared.window)}; nothing it makes changed "
                     f"since it was built, kept as it is ({out})")
            raise PartKept()

    def _part_inputs(self, config: MkDocsConfig, registry: Registry) -> str:
        """A hash of what an older part of the merge makes follows from: the configuration and
        code (the navigation by its setting: the part decides before MkDocs makes it), the registry,
        its months, what other plugins add (``PortalBuild.part_inputs``: portal-search's share of
        the bundles), each listing page it makes, by its listing's fingerprint and its place among
        the listing's pages (as the page cache keys it), every story of the months up to its
        newest and the newest its bundles hold (those its pages and bundles show, and the older
        ones that set their pages' numbers), and the names the archive gives those stories' tags
        and writers (the bundles' filters name a tag as its page does)."""
        shared, run = self.run.shared, self.run
        window, per_page = shared.window, self.config.per_page
        through = max([window.last, *(month_number(year, month) for year, month, _ in run.search_days)])
        pages, names = [], []
        for listing in build_listings([], registry, run.census):
            if listing.unit is not None or not listing.lists_stories or not listing.months:
                continue
            if listing.kind in ("tag", "penulis") and min(listing.months) <= through:
                names.append((listing.url, listing.title))
            plan = window.plan(listing.months, per_page)
            if plan is not None:
                pages.append((listing.url, listing_fingerprint(listing, plan.front), plan.start, plan.shown,
                              plan.shapes))
        return digest(
            "part", configuration_fingerprint(config), registry_digest(Path(shared.content_dir) / self.config.registry),
            per_page, (window.first, window.last, window.newest, window.shows_newest), shared.part_inputs, pages,
            names, run.counts.through(through),
        )


def _months(window: Window) -> str:
    if window.last < window.first:
        return "no month (fewer months than parts)"
    return f"the months {'-'.join(map(str, month_of(window.first)))} to {'-'.join(map(str, month_of(window.last)))}"


def _add_content_files(
    files: Files, stories: list[Story], attachments: dict[str, Attachment], content_dir: str, config: MkDocsConfig,
) -> None:
    """The files of ``content/`` a shard publishes (its stories and what they name), which
    MkDocs did not list: its ``docs_dir`` is an empty folder."""
    for src_uri in [*(story.src_uri for story in stories), *attachments]:
        files.append(File(src_uri, content_dir, config.site_dir, config.use_directory_urls))


def _add_navigation_stand_ins(files: Files, config: MkDocsConfig) -> None:
    """A shard renders none of the navigation's pages (the merge does), but every page's
    navigation names them: empty stand-ins keep it whole, and the shard does not hand them on."""
    for path in _nav_paths(config.nav):
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=""))


def _converted_bodies(files: Files, uris) -> dict[str, str]:
    """The bodies of the stories MkDocs has converted (it builds their pages after on_env)."""
    pages = (files.get_file_from_path(uri).page for uri in uris)
    return {page.file.src_uri: page.content for page in pages if page is not None}


def _set_meta(page: Page, title: str, description: str, template: str) -> None:
    # Material prints page.title and the description unescaped: they come from writers'
    # front matter, so they are stored as HTML-escaped text.
    page.meta.update(
        title=html.escape(title), description=html.escape(description), template=template,
        hide=["navigation", "toc"],
    )


def _nav_paths(nav: object):
    """Every page path named in the ``nav`` setting."""
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _nav_paths(value)
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_paths(item)


def display_prefix(config: MkDocsConfig, content_dir: str | None = None) -> str:
    """How content paths are shown to writers: relative to the project, e.g. ``content/``
    (``content_dir``: the content folder, when ``docs_dir`` no longer names it)."""
    root = os.path.dirname(config.config_file_path or ".")
    relative = os.path.relpath(content_dir or config.docs_dir, root or ".")
    return "" if relative == "." else relative.replace(os.sep, "/") + "/"
