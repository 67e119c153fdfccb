"""Checks over the written site: every published story is where it belongs, and no
unpublished one is anywhere. A failed check fails the build."""

from __future__ import annotations

import os
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

from mkdocs.exceptions import PluginError

from site_plugins.content.catalog import Catalog
from site_plugins.content.listings import ListingPage
from site_plugins.content.stories import Story

_STORY_LINK = re.compile(r'<a class="portal-story-link" href="([^"]+)"')
"""The headline link of every story a listing page shows (lead and cards)."""


class ListingRecorder:
    """Checks each listing page as it is written against the stories it must show, and keeps
    only what is wrong: the pages of a national archive link to every story several times,
    too many links to keep until the end of the build."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.checked: set[int] = set()
        """The listing pages checked, by ``id`` (the catalog holds them for the whole build)."""
        self._catalog: Catalog | None = None
        self._hidden: frozenset[str] = frozenset()

    def expect(self, catalog: Catalog, hidden: Iterable[Story]) -> None:
        """The build's catalog, and the stories no listing may show (drafts, scheduled)."""
        self._catalog, self._hidden = catalog, frozenset(story.url for story in hidden)

    def record(self, page: ListingPage, html: str) -> None:
        self.add(page, story_links(page.url, html))

    def add(self, page: ListingPage, links: Iterable[str]) -> None:
        """The story links ``page`` shows, as written (also those of a cached page)."""
        found = set(links)
        listing = page.listing
        self.checked.add(id(page))
        missing = [story.url for story in page.stories
                   if story.url not in found and self._catalog.is_published(story)]
        self.problems += [f"story /{url} missing from listing /{listing.url}" for url in sorted(missing)]
        self.problems += [f"unpublished story /{url} listed in /{listing.url}" for url in sorted(found & self._hidden)]


def story_links(page_url: str, html: str) -> list[str]:
    """Site-relative URLs of the stories a rendered listing page links to by headline."""
    links = []
    for href in _STORY_LINK.findall(html):
        target = posixpath.normpath(posixpath.join(page_url or ".", href))
        links.append("" if target == "." else target.rstrip("/") + "/")
    return links


def check_site(
    catalog: Catalog, recorder: ListingRecorder, site_dir: str, hidden: Iterable[Story], story_pages: bool = True,
) -> list[str]:
    """Everything that is wrong with the written site, in English, one line each
    (``story_pages``: whether the site holds the stories' pages; a part of the merge does not)."""
    problems = []
    for story in catalog.published() if story_pages else ():
        if not os.path.isfile(os.path.join(site_dir, story.dest_uri)):
            problems.append(f"story page missing: /{story.url} ({story.path})")
    for page in catalog.pages.values():
        if id(page) not in recorder.checked:  # never written: none of its stories is listed
            recorder.add(page, ())
    problems += recorder.problems
    for story in hidden:
        if os.path.exists(os.path.join(site_dir, story.dest_uri)):
            problems.append(f"unpublished story written: /{story.url} ({story.path})")
    return problems


def fail_on(problems: list[str], plugin: str) -> None:
    """Fail the build when a check of the written site found anything."""
    if problems:
        raise PluginError(f"{plugin}: the built site failed its check:\n  " + "\n  ".join(problems))


class UnreadableXml(Exception):
    """A written XML file (a feed, a sitemap) that an XML parser refuses."""


def element_texts(path: str, name: str) -> set[str]:
    """The text of every element called ``name``, in any namespace, of a written XML file.

    Read with an XML parser, not a pattern: a character XML does not allow makes a feed
    unreadable for every reader, so it raises :class:`UnreadableXml` here too. (The files are
    the build's own; expat refuses entity expansion beyond its limits in any case.)"""
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        raise UnreadableXml(f"{os.path.basename(path)}: not well-formed XML: {error}") from error
    suffix = "}" + name
    named = (element for element in root.iter() if element.tag == name or element.tag.endswith(suffix))
    return {(element.text or "").strip() for element in named}


class _Links(HTMLParser):
    """Internal link targets of one HTML page: anchors, stylesheets, scripts, images."""

    _ATTRIBUTES = {"a": ("href",), "link": ("href",), "script": ("src",), "img": ("src", "srcset"),
                   "source": ("srcset",), "iframe": ("src",)}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = self._ATTRIBUTES.get(tag, ())
        for name, value in attrs:
            if name in names and value:
                urls = [part.split()[0] for part in value.split(",") if part.strip()] if name == "srcset" else [value]
                self.targets += urls


def broken_links(site_dir: str, site_url: str = "") -> list[str]:
    """Links in the written HTML that lead to no file of the site, as ``page -> target``.

    Links to other sites, ``mailto:``/``tel:`` and in-page anchors are not followed;
    absolute links to ``site_url`` are."""
    broken = []
    root = Path(site_dir)
    for page in sorted(root.rglob("*.html")):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        page_url = "/" + page.relative_to(root).as_posix()
        for target in parser.targets:
            path = _site_path(target, page_url, site_url)
            if path is not None and not _exists(root, path):
                broken.append(f"{page_url} -> {target}")
    return broken


def _site_path(target: str, page_url: str, site_url: str) -> str | None:
    if site_url and target.startswith(site_url):
        target = "/" + target[len(site_url):]
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(page_url), unquote(parts.path)))


def _exists(root: Path, path: str) -> bool:
    target = root / path.lstrip("/")
    return target.is_file() or (target / "index.html").is_file()
