"""Rendering the portal's own pages: stories and the listing pages outside the navigation.

They are rendered the way MkDocs 1.6 renders any page (``_populate_page`` and ``_build_page``
in ``mkdocs/commands/build.py``: the same plugin events in the same order, the same template
context, the same Markdown, ``config._current_page`` set meanwhile, an empty page skipped,
anchor links checked) with three differences that make a large archive fast: a page whose
cache key is known is copied from the page cache instead of rendered; the rest are split
between this process and a forked second one, so both cores work; and Markdown links resolve
against every file of the site, these pages included. ``docs/engine.md`` says what this
changes about MkDocs' checks; ``tests/test_engine.py`` compares the pages with MkDocs' own.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import signal
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import write_file

from site_plugins.portal.engine.frame import FrameParts
from site_plugins.portal.engine.pagecache import PageCache, Record, Rendered, Stored
from site_plugins.portal.engine.sitedir import Folders
from site_plugins.portal.verify import story_links

PARALLEL_FROM = 64
"""Fewer pages than this to render are not worth a second process."""
FORK_BELOW_MB = 3072
"""A build that holds more memory than this renders in one process. A forked process shares the
build's memory only until either of them writes to it, and rendering writes to nearly all of it
(every story a page shows has its reference counts changed): on the million-story merge the two
processes came to hold 6.3 and 6.5 GB with 1.4 GB of it still shared, a second copy of the
build. Below this (the merge of 100,000 stories: 614 and 611 MB; a Polda's shard of a million)
the second process is worth what it copies: both cores render."""
DRAFT_MARKER = (
    '<div class="mkdocs-draft-marker" title="This page will not be included into the built site.">DRAFT</div>'
)
"""What MkDocs puts above a page that only a preview shows; the same here."""
SKIPPED_BY = "mkdocs.commands.build"
"""The logger of MkDocs' page loop, which reports a page skipped for its empty output."""

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class PageJob:
    """One page to write: its file, its cache key, and whether it is a story."""

    file: File
    key: str
    story: bool
    preview_only: bool = False


class PageRenderer:
    """Writes pages into ``site_dir`` from the cache or by rendering them."""

    def __init__(
        self, config: MkDocsConfig, env: Environment, nav: Navigation, files: Files, cache: PageCache | None,
        workers: int, folders: Folders | None = None, frame: FrameParts | None = None, preview: bool = False,
        placer: Callable[[dict[str, str]], Callable[[], object]] | None = None,
    ) -> None:
        self.config = config
        self.env = env
        self.nav = nav
        self.files = files
        # The `pages` of the template context, as MkDocs gives them: drafts only in a preview.
        self.doc_files = files.documentation_pages(
            inclusion=InclusionLevel.is_in_serve if preview else InclusionLevel.is_included
        )
        self.cache = cache
        self.workers = workers
        self.folders = folders
        """The site's folders being made by another process, awaited before pages are placed."""
        self.frame = frame
        """Renders pages from kept frames (see ``frame``)."""
        self.rendered = 0
        """How many pages were rendered rather than taken from the cache, over every ``write``."""
        self.placer = placer
        """Puts cached pages into the site elsewhere (a merge's gathering process): given each
        page's site-relative path and its cache entry, it starts and returns what waits for it."""
        self._later: list[tuple[PageJob, Record]] = []
        self._placing: list[Callable[[], object]] = []

    def write(self, jobs: Sequence[PageJob], place_later: bool = False) -> dict[str, Rendered]:
        """Write every page of ``jobs``; returns what each produced, by ``src_uri``. Messages
        logged while rendering are logged again here, also for pages taken from the cache.

        With ``place_later``, pages found in the cache are not put into the site yet: what
        they produced is known from their records, so the build can go on (the search index
        starts from the stories' bodies), and the next ``write`` places them with its own
        pages."""
        records = self.cache.lookup(job.key for job in jobs) if self.cache is not None else {}
        results: dict[str, Rendered] = {}
        now = list(jobs)
        if place_later and self.cache is not None:
            later = self._cached(jobs, records)
            self._later += [(job, records[job.key]) for job in later]
            results.update((job.file.src_uri, records[job.key].rendered) for job in later)
            keys = {job.key for job in later}
            now = [job for job in jobs if job.key not in keys]
        # Pages an earlier `write` left to place: what they produced was reported then.
        deferred, self._later = ([], self._later) if place_later else (self._later, [])
        records.update((job.key, record) for job, record in deferred)
        reported = {job.key for job, _ in deferred}
        everything = [*now, *(job for job, _ in deferred)]
        if self.placer is not None and self.cache is not None:
            placed = {job.key: job for job in self._cached(everything, records)}
            if placed:
                self._placing.append(self.placer({job.file.dest_uri: str(self.cache.path(key))
                                                  for key, job in placed.items()}))
                results.update((job.file.src_uri, records[key].rendered) for key, job in placed.items()
                               if key not in reported)
                everything = [job for job in everything if job.key not in placed]
        if self.folders is not None and self.cache is not None and any(job.key in records for job in everything):
            self.cache.folders = self.folders.made()  # before forking: both processes place pages

        def work(job: PageJob) -> tuple[Rendered | None, bool, Stored | None]:
            result = self._write(job, records.get(job.key))
            return (None, *result[1:]) if job.key in reported else result  # not sent back

        written = in_two_processes(everything, work, self.workers)
        self.rendered += sum(rendered for _, rendered, _ in written)
        if self.cache is not None:  # the second process's uses are not seen here
            self.cache.used.update(job.key for job in jobs)
            self.cache.remember(stored for _, _, stored in written if stored is not None)
        results.update((job.file.src_uri, result) for job, (result, _, _) in zip(everything, written)
                       if job.key not in reported)
        for job in jobs:
            for name, level, message in results[job.file.src_uri].messages:
                logging.getLogger(name).log(level, message)
        return results

    def _cached(self, jobs: Iterable[PageJob], records: dict[str, Record]) -> list[PageJob]:
        """The jobs whose page the cache holds, its file as its record says."""
        return [job for job in jobs if job.key in records and self.cache.intact(job.key, records[job.key])]

    def settle(self) -> None:
        """Wait until the pages handed to the placer are in the site."""
        placing, self._placing = self._placing, []
        for wait in placing:
            wait()

    def _write(self, job: PageJob, record: Record | None) -> tuple[Rendered, bool, Stored | None]:
        """What the page produced, whether it had to be rendered, and its new cache entry."""
        if record is not None:
            cached = self.cache.place(job.key, record, job.file.abs_dest_path)
            if cached is not None:
                return cached, False, None
        messages: list[tuple[str, int, str]] = []
        with captured_messages(messages):
            html, body, keepable = self._render_page(job)
        rendered = Rendered(body=body if job.story else None, messages=messages)
        if not job.story:
            rendered.links = story_links(job.file.url, html)
        if not html.strip():
            # As MkDocs does; with no file to link, the page is not kept in the cache either.
            messages.append((SKIPPED_BY, logging.INFO, f"Page skipped: '{job.file.src_uri}'. Generated empty output."))
            return rendered, True, None
        data = html.encode("utf-8", errors="xmlcharrefreplace")
        if self.cache is None or not keepable:
            write_file(data, job.file.abs_dest_path)
            return rendered, True, None
        return rendered, True, self.cache.keep(job.key, data, rendered, job.file.abs_dest_path)

    def _render_page(self, job: PageJob) -> tuple[str, str, bool]:
        """The page's HTML, its converted body, and whether the page may be kept in the
        cache, through every plugin's page events and MkDocs' anchor check."""
        config = self.config
        page = job.file.page or (Page if job.story else GeneratedPage)(None, job.file, config)
        # MkDocs sets it while a page is read and built: the `!relative` tag of a Markdown
        # extension's option resolves against the page's folder through it.
        config._current_page = page
        try:
            body = self._populate(page)
            html = self._build(page, job.preview_only)
        except Exception as error:
            raise PluginError(f"portal: error building page '{job.file.src_uri}': {error}") from error
        finally:
            page.active = False
            config._current_page = None
        keepable = check_anchors(page, self.files, config.validation.links.anchors)
        # The pages are written; only the body is needed later (feeds, search).
        page.content = page.markdown = None
        return html, body, keepable

    def _populate(self, page: Page) -> str:
        """MkDocs' ``_populate_page``: the page's Markdown read, converted, passed through
        the plugins; returns the body as the plugins leave it."""
        config, files = self.config, self.files
        page = config.plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
        page.render(config, files)
        page.content = config.plugins.on_page_content(page.content, page=page, config=config, files=files)
        return page.content

    def _build(self, page: Page, preview_only: bool) -> str:
        """MkDocs' ``_build_page`` up to the writing: the page's HTML."""
        config = self.config
        page.active = True
        context = get_context(self.nav, self.doc_files, config, page)
        template = self.env.get_template(page.meta.get("template", "main.html"))
        context = config.plugins.on_page_context(context, page=page, config=config, nav=self.nav)
        if preview_only:
            page.content = DRAFT_MARKER + (page.content or "")
        html = self.frame.page(template, context) if self.frame is not None else template.render(context)
        return config.plugins.on_post_page(html, page=page, config=config)


def check_anchors(page: Page, files: Files, log_level: int) -> bool:
    """MkDocs' check of the page's links to anchors (``Page.validate_anchor_links``, which
    MkDocs runs once every page is built), run as soon as the page is. Links to the page's
    own anchors are checked fully; links to another page's only when that page has been
    converted in this process: the pages of MkDocs' own loop, and the portal's pages written
    before this one (MkDocs' check passes over a page not converted). Returns whether the
    page may be kept in the cache: not when it links to another page's anchor, as what the
    check finds depends on that page, which the page's cache key does not cover."""
    page.validate_anchor_links(files=files, log_level=log_level)
    return all(target is page.file for target in page.links_to_anchors or ())


class CompiledTemplates(BytecodeCache):
    """Compiled templates kept in memory. MkDocs makes a new template environment for every
    build, which compiles every template again; ``mkdocs serve`` keeps the plugin, and with it
    these, between rebuilds. Jinja uses one only while its template's source is unchanged."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


class GeneratedPage(Page):
    """A listing page: its body comes from its template, so an empty Markdown source is not
    converted (a Markdown converter costs as much to set up as a short story to convert)."""

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown and self.markdown.strip():
            super().render(config, files)
            return
        self.content = ""
        self.toc = get_toc([])
        self.present_anchor_ids = set()


def in_two_processes(items: Sequence[T], work: Callable[[T], R], workers: int) -> list[R]:
    """``[work(item) for item in items]``, half of them in a forked second process when
    ``workers`` allows, there are enough and this process is small enough to be copied
    (:data:`FORK_BELOW_MB`). The results come back pickled."""
    if workers < 2 or len(items) < PARALLEL_FROM or not hasattr(os, "fork") or resident_mb() > FORK_BELOW_MB:
        return [work(item) for item in items]
    ours, theirs = items[0::2], items[1::2]
    read_end, write_end = os.pipe()
    # Objects that exist now are never walked by the cycle collector in the child, so it does
    # not copy their memory pages, nor in this process until the build ends (the portal
    # plugin thaws them in on_post_build): they live on until then.
    gc.freeze()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the second process, measured through the parent
        os.close(read_end)
        _child(theirs, work, write_end)
    os.close(write_end)
    try:
        mine = [work(item) for item in ours]
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        os.close(read_end)
        os.waitpid(pid, 0)
        raise
    with os.fdopen(read_end, "rb") as pipe:
        payload = pipe.read()
    os.waitpid(pid, 0)
    if not payload:
        raise PluginError("portal: the second rendering process ended without an answer")
    status, result = pickle.loads(payload)
    if status != "ok":
        raise PluginError(result)
    merged: list[R] = []
    for index in range(len(items)):
        merged.append(mine[index // 2] if index % 2 == 0 else result[index // 2])
    return merged


def resident_mb() -> float:
    """This process's resident memory in MB (its peak where ``/proc`` cannot tell)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource  # not on Windows, which has neither /proc nor fork

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


def _child(items: Sequence[T], work: Callable[[T], R], write_end: int) -> None:  # pragma: no cover
    code = 0
    try:
        payload = pickle.dumps(("ok", [work(item) for item in items]))
    except BaseException as error:
        payload, code = pickle.dumps(("error", str(error) or repr(error))), 1
    try:
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
    finally:
        os._exit(code)


class _Capture(logging.Handler):
    """Keeps what the rendering thread logs; passes on what other threads log (the search
    index, ``mkdocs serve``'s server) to the handlers it replaces."""

    def __init__(self, messages: list[tuple[str, int, str]], others: list[logging.Handler]) -> None:
        super().__init__(logging.INFO)
        self.messages = messages
        self.others = others
        self.thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.messages.append((record.name, record.levelno, record.getMessage()))
            return
        for handler in self.others:
            if record.levelno >= handler.level:
                handler.handle(record)


@contextmanager
def captured_messages(messages: list[tuple[str, int, str]]) -> Iterator[None]:
    """Collect what MkDocs and the plugins log while a page renders, instead of printing it:
    messages logged from this thread go to ``messages`` as ``(logger, level, text)``; those of
    other threads (the search index being written) are printed as usual."""
    logger = logging.getLogger("mkdocs")
    handlers, propagate = logger.handlers, logger.propagate
    logger.handlers, logger.propagate = [_Capture(messages, handlers)], False
    try:
        yield
    finally:
        logger.handlers, logger.propagate = handlers, propagate
