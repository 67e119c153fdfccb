"""RSS 2.0 feeds: the whole site, every region and every tag, newest stories first.

The site feed carries each story's full text; a unit's or a tag's feed its summary and link only:
the same story is in up to six feeds, and its text once is enough for any reader."""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urljoin
from xml.sax.saxutils import escape, quoteattr

import nh3

from site_plugins.content.listings import Listing
from site_plugins.content.sanitize import resolve_url
from site_plugins.content.stories import Story
from site_plugins.publish.sitemaps import absolute

FEED_NAME = "feed.xml"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
ATOM_NS = "http://www.w3.org/2005/Atom"
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 forbids (most control characters): a feed must parse whatever a body holds."""

@dataclass(frozen=True)
class Feed:
    """One feed: its channel and the listing whose stories it carries."""

    url: str
    title: str
    description: str
    page_url: str
    stories: list[Story]
    full_text: bool
    """Whether its items carry the story's body (the site feed) or its summary only."""


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
        feeds.append(Feed(feed_url(listing), title, description, listing.url, stories, listing.kind == "beranda"))
    return feeds


def has_feed(listing: Listing) -> bool:
    """Home, each unit and each tag have feeds; indexes, archive and author pages do not."""
    return listing.kind == "beranda" or (listing.lists_stories and listing.kind in ("wilayah", "tag"))


def feed_url(listing: Listing) -> str:
    return listing.url + FEED_NAME


class FeedItems:
    """Each story's ``<item>``, with its full text or its summary only, made once per build
    however many feeds carry the story (a story is in the site feed, its Polda's, Polres',
    Polsek's and its tags')."""

    def __init__(self, site_url: str, bodies: dict[str, str]) -> None:
        self.site_url = site_url
        self.bodies = bodies
        self._items: dict[tuple[str, bool], str] = {}

    def __call__(self, story: Story, full_text: bool) -> str:
        key = story.src_uri, full_text
        item = self._items.get(key)
        if item is None:
            body = self.bodies.get(story.src_uri, "") if full_text else None
            item = self._items[key] = _item(story, self.site_url, body)
        return item


def render_feed(feed: Feed, site_url: str, items: Callable[[Story, bool], str]) -> bytes:
    """The feed as RSS 2.0 XML. Its ``lastBuildDate`` is when its content last changed (the
    newest story's date or update), so an unchanged feed is the same file in every build."""
    changed = max(((story.updated or story.date).value for story in feed.stories), default=None)
    channel = [
        _text("title", feed.title),
        _text("link", urljoin(site_url, feed.page_url)),
        _text("description", feed.description),
        _text("language", "id"),
        *([_text("lastBuildDate", email.utils.format_datetime(changed))] if changed else []),
        _text("generator", "Portal Berita Polri"),
        f'<atom:link href={quoteattr(urljoin(site_url, feed.url))} rel="self" type="application/rss+xml" />',
    ]
    return "".join([
        "<?xml version='1.0' encoding='utf-8'?>\n",
        f'<rss xmlns:atom="{ATOM_NS}" xmlns:content="{CONTENT_NS}" xmlns:dc="{DC_NS}" version="2.0">\n',
        "  <channel>\n",
        *(f"    {line}\n" for line in channel),
        *(items(story, feed.full_text) for story in feed.stories),
        "  </channel>\n</rss>\n",
    ]).encode("utf-8")


def _item(story: Story, site_url: str, body: str | None) -> str:
    """One ``<item>``; without ``body``, the summary and link only."""
    link = absolute(site_url, story.url)
    lines = [
        _text("title", story.title),
        _text("link", link),
        f'<guid isPermaLink="true">{escape(link)}</guid>',
        _text("pubDate", email.utils.format_datetime(story.date.value)),
        # RSS <author> must be an e-mail address; the writer's name goes in Dublin Core.
        _text("dc:creator", story.author.name),
        *(_text("category", category) for category in (story.unit.name, *(tag.name for tag in story.tags))),
        _text("description", story.summary),
        *([_text("content:encoded", sanitize_for_feed(body, link))] if body is not None else []),
    ]
    return "    <item>\n" + "".join(f"      {line}\n" for line in lines) + "    </item>\n"


def sanitize_for_feed(html: str, page_url: str) -> str:
    """The story body safe for any reader: no scripts or handlers, and every address absolute
    as browsers resolve it (one that does not parse or names a user is dropped)."""

    def absolute(element: str, attribute: str, value: str) -> str | None:
        if attribute in ("href", "src", "cite"):
            return resolve_url(value, page_url)
        return value

    return nh3.clean(html, attribute_filter=absolute, url_schemes={"http", "https", "mailto"})


def _text(tag: str, text: str) -> str:
    return f"<{tag}>{escape(_XML_INVALID.sub('', text))}</{tag}>"
