"""Sitemaps for search engines (every page, Google News) and the ``robots.txt`` that names them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urljoin
from xml.sax.saxutils import escape

from site_plugins.content.stories import Story

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


def render_sitemaps(entries: list[SitemapEntry], site_url: str, size: int = SITEMAP_MAX_URLS) -> dict[str, bytes]:
    """Every page with ``lastmod`` where it is known, as files by name: ``sitemap.xml`` alone,
    or, beyond ``size`` pages (the protocol's limit), ``sitemap.xml`` as the index of
    ``sitemap-1.xml``, ``sitemap-2.xml``, … of ``size`` pages each."""
    chunks = [entries[start : start + size] for start in range(0, len(entries), size)] or [[]]
    if len(chunks) == 1:
        return {"sitemap.xml": _urlset(chunks[0], site_url)}
    files = {f"sitemap-{number}.xml": _urlset(chunk, site_url) for number, chunk in enumerate(chunks, 1)}
    index = "".join(f"  <sitemap>\n    <loc>{escape(urljoin(site_url, name))}</loc>\n  </sitemap>\n" for name in files)
    return {"sitemap.xml": _document("sitemapindex", index), **files}


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
