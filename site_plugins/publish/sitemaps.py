"""Sitemaps for search engines (every page, Google News) and the ``robots.txt`` that names them.

Every page is in one sitemap file of its group: a shard's pages (its stories and its Polda's
region pages) in ``sitemap-<polda>.xml``, the national pages in ``sitemap-nasional.xml``;
``sitemap.xml`` is the index naming them all. A shard writes its own file, so a merge writes
only the national pages' and the index, however large the archive; a build of the whole site
writes the same files."""

from __future__ import annotations

import heapq
import os
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterable, Iterator, Sequence
from urllib.parse import urljoin
from xml.sax.saxutils import escape

from site_plugins.content.stories import Story
from site_plugins.shards.description import read_fields

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
NEWS_MAX_AGE = timedelta(days=2)
NEWS_MAX_COUNT = 1000
SITEMAP_MAX_URLS = 50_000
"""The sitemap protocol's limit of URLs per file."""

ET.register_namespace("", SITEMAP_NS)
ET.register_namespace("news", NEWS_NS)


@dataclass(frozen=True)
class SitemapEntry:
    """A page and when its content last changed, as ISO 8601 text (``None`` when unknown): a
    shard hands it on as text, and the merge writes it without reading it as a date."""

    url: str
    lastmod: str | None = None


INDEX = "sitemap.xml"
"""The sitemap index: it names every sitemap file of the site, and ``robots.txt`` names it."""


def sitemap_stem(group: str) -> str:
    """The name, without ``.xml``, of the sitemap of a group of pages: a shard's pages (its
    stories and region pages, ``group`` its Polda's slug) or the national pages (``""``)."""
    return f"sitemap-{group or 'nasional'}"


def write_sitemaps(
    entries: Iterable[SitemapEntry], site_url: str, folder: Path, group: str = "", size: int = SITEMAP_MAX_URLS,
) -> list[str]:
    """The pages of ``group`` with ``lastmod`` where it is known, written into ``folder`` as
    they come, a file of ``size`` pages at a time (the protocol's limit):
    ``sitemap-<group>.xml``, or, beyond ``size`` pages, ``sitemap-<group>-1.xml``,
    ``sitemap-<group>-2.xml``, …; returns the names of the files written, none for no pages.
    Held at any time: one file's pages."""
    stem, names = sitemap_stem(group), []
    chunk: list[SitemapEntry] = []

    def flush() -> None:
        names.append(f"{stem}-{len(names) + 1}.xml")
        (folder / names[-1]).write_bytes(_urlset(chunk, site_url))
        chunk.clear()

    for entry in entries:
        chunk.append(entry)
        if len(chunk) == size:
            flush()
    if chunk:
        flush()
    if len(names) == 1:
        os.replace(folder / names[0], folder / f"{stem}.xml")
        return [f"{stem}.xml"]
    return names


def write_sitemap_index(names: Iterable[str], site_url: str, folder: Path) -> Path:
    """``sitemap.xml``, the index naming every sitemap file of the site, in the order of their
    names (the national pages', then each shard's), however the site was built."""
    index = "".join(f"  <sitemap>\n    <loc>{escape(urljoin(site_url, name))}</loc>\n  </sitemap>\n"
                    for name in sorted(names))
    (folder / INDEX).write_bytes(_document("sitemapindex", index))
    return folder / INDEX


class HandedEntries:
    """The sitemap entries shards and parts hand the merge (their pages), kept in files sorted by
    URL as each description is read, not in memory: a million stories' pages are as many entries.
    ``folder`` is made here and deleted by :meth:`close`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.files: list[Path] = []

    def add(self, entries: Iterable[Sequence[str | None]]) -> None:
        """Keep one description's entries, ``[url, lastmod]`` each (``lastmod`` ``None`` when unknown)."""
        rows = sorted((url, lastmod or "") for url, lastmod in entries)
        path = self.folder / f"entries-{len(self.files)}"
        path.write_bytes("".join(f"{url}\0{lastmod}\0" for url, lastmod in rows).encode("utf-8"))
        self.files.append(path)

    def merged(self, own: Iterable[SitemapEntry]) -> Iterator[SitemapEntry]:
        """``own`` entries and every kept one, in the order of their URLs."""
        return heapq.merge(sorted(own, key=_url), *(_read_entries(path) for path in self.files), key=_url)

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _url(entry: SitemapEntry) -> str:
    return entry.url


def _read_entries(path: Path) -> Iterator[SitemapEntry]:
    with path.open("rb") as stream:
        fields = read_fields(stream)
        for url, lastmod in zip(fields, fields):
            yield SitemapEntry(url, lastmod or None)


def _urlset(entries: list[SitemapEntry], site_url: str) -> bytes:
    # Written as text: tens of thousands of entries, each the same three lines.
    urls = []
    for entry in entries:
        lastmod = f"\n    <lastmod>{escape(entry.lastmod)}</lastmod>" if entry.lastmod is not None else ""
        urls.append(f"  <url>\n    <loc>{escape(absolute(site_url, entry.url))}</loc>{lastmod}\n  </url>\n")
    return _document("urlset", "".join(urls))


def absolute(site_url: str, url: str) -> str:
    """``urljoin(site_url, url)`` for a site-relative page URL, without its cost per call."""
    if site_url.endswith("/") and not url.startswith("/") and ":" not in url and not url.startswith("."):
        return site_url + url
    return urljoin(site_url, url)


def _document(root: str, body: str) -> bytes:
    return (
        f"<?xml version='1.0' encoding='utf-8'?>\n<{root} xmlns=\"{SITEMAP_NS}\">\n{body}</{root}>\n"
    ).encode("utf-8")


def news_stories(stories: list[Story], now: datetime) -> list[Story]:
    """Stories of the last two days, newest first, at most 1,000 (Google News' limits)."""
    recent = [story for story in stories if now - NEWS_MAX_AGE <= story.date.value <= now]
    return sorted(recent, key=lambda story: story.date.value, reverse=True)[:NEWS_MAX_COUNT]


def render_news_sitemap(stories: list[Story], site_url: str, publication: str) -> bytes:
    """``sitemap-news.xml`` in Google's news format; valid and empty when there is no news."""
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for story in stories:
        url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = urljoin(site_url, story.url)
        news = ET.SubElement(url, f"{{{NEWS_NS}}}news")
        source = ET.SubElement(news, f"{{{NEWS_NS}}}publication")
        ET.SubElement(source, f"{{{NEWS_NS}}}name").text = publication
        ET.SubElement(source, f"{{{NEWS_NS}}}language").text = "id"
        ET.SubElement(news, f"{{{NEWS_NS}}}publication_date").text = story.date.iso
        ET.SubElement(news, f"{{{NEWS_NS}}}title").text = story.title
    return _xml(urlset)


def render_robots(site_url: str, disallow: tuple[str, ...] = ()) -> str:
    """``robots.txt``: everything may be crawled but ``disallow``; both sitemaps are named."""
    lines = ["User-agent: *", "Allow: /", *(f"Disallow: /{path}" for path in disallow), ""]
    lines += [f"Sitemap: {urljoin(site_url, name)}" for name in ("sitemap.xml", "sitemap-news.xml")]
    return "\n".join(lines) + "\n"


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
