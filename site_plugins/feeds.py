"""RSS 2.0 feeds: the whole site, every region and every tag, newest stories first."""

from __future__ import annotations

import email.utils
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from typing import Callable
from urllib.parse import urljoin

import nh3

from .listings import Listing
from .stories import Story

FEED_NAME = "feed.xml"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
ATOM_NS = "http://www.w3.org/2005/Atom"

ET.register_namespace("content", CONTENT_NS)
ET.register_namespace("dc", DC_NS)
ET.register_namespace("atom", ATOM_NS)


@dataclass(frozen=True)
class Feed:
    """One feed: its channel and the listing whose stories it carries."""

    url: str
    title: str
    description: str
    page_url: str
    stories: list[Story]


def feeds_for(
    listings: list[Listing], site_name: str, size: int, shown: Callable[[Story], bool] = lambda story: True
) -> list[Feed]:
    """The site feed (from the home listing) and one per unit and per tag, each with the
    newest ``size`` stories that ``shown`` accepts (a preview's drafts are not)."""
    feeds = []
    for listing in listings:
        if not has_feed(listing):
            continue
        title = site_name if listing.kind == "beranda" else f"{listing.title} — {site_name}"
        description = listing.description or f"Berita terbaru: {listing.title}"
        stories = [story for story in listing.stories if shown(story)][:size]
        feeds.append(Feed(feed_url(listing), title, description, listing.url, stories))
    return feeds


def has_feed(listing: Listing) -> bool:
    """Home, each unit and each tag have feeds; indexes, archive and author pages do not."""
    return listing.kind == "beranda" or (listing.lists_stories and listing.kind in ("wilayah", "tag"))


def feed_url(listing: Listing) -> str:
    return listing.url + FEED_NAME


def render_feed(feed: Feed, site_url: str, bodies: dict[str, str], built: datetime) -> bytes:
    """The feed as RSS 2.0 XML; ``bodies`` maps a story's ``src_uri`` to its rendered HTML."""
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    _text(channel, "title", feed.title)
    _text(channel, "link", urljoin(site_url, feed.page_url))
    _text(channel, "description", feed.description)
    _text(channel, "language", "id")
    _text(channel, "lastBuildDate", email.utils.format_datetime(built))
    _text(channel, "generator", "Portal Berita Polri")
    self_link = urljoin(site_url, feed.url)
    ET.SubElement(channel, f"{{{ATOM_NS}}}link", href=self_link, rel="self", type="application/rss+xml")
    for story in feed.stories:
        _item(channel, story, site_url, bodies.get(story.src_uri, ""))
    ET.indent(rss)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True)


def _item(channel: ET.Element, story: Story, site_url: str, body: str) -> None:
    link = urljoin(site_url, story.url)
    item = ET.SubElement(channel, "item")
    _text(item, "title", story.title)
    _text(item, "link", link)
    _text(item, "guid", link, isPermaLink="true")
    _text(item, "pubDate", email.utils.format_datetime(story.date.value))
    # RSS <author> must be an e-mail address; the writer's name goes in Dublin Core.
    _text(item, f"{{{DC_NS}}}creator", story.author.name)
    for category in (story.unit.name, *(tag.name for tag in story.tags)):
        _text(item, "category", category)
    _text(item, "description", story.summary)
    _text(item, f"{{{CONTENT_NS}}}encoded", sanitize_for_feed(body, link))


def sanitize_for_feed(html: str, page_url: str) -> str:
    """The story body safe for any reader: no scripts or handlers, and every link absolute."""

    def absolute(element: str, attribute: str, value: str) -> str | None:
        if attribute in ("href", "src"):
            return urljoin(page_url, value)
        return value

    return nh3.clean(html, attribute_filter=absolute, url_schemes={"http", "https", "mailto"})


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, **attributes)
    element.text = text
    return element
