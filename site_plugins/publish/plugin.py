"""The ``portal-publish`` MkDocs plugin: feeds, sitemaps, link-preview metadata and photos.

It runs after the ``portal`` plugin and reads its catalog; it never re-reads stories.
"""

from __future__ import annotations

import os
import posixpath
import shutil
from datetime import datetime, timezone
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urljoin

from jinja2 import pass_context
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from site_plugins.content.allowlist import Attachment, photo_problem
from site_plugins.content.catalog import Catalog
from site_plugins.content.problems import ContentError
from site_plugins.content.stories import Story
from site_plugins.portal.contract import PortalBuild
from site_plugins.portal.engine.pagecache import digest
from site_plugins.portal.urls import relative_url
from site_plugins.portal.verify import UnreadableXml, element_texts, fail_on
from site_plugins.publish import branding
from site_plugins.publish.feeds import Feed, FeedItems, feed_url, feeds_for, has_feed, render_feed
from site_plugins.publish.handed import HandedTexts
from site_plugins.publish.images import HandedPhotos, Photo, PhotoError, PhotoProcessor, photo_record
from site_plugins.publish.pictures import picture_html, replace_images
from site_plugins.publish.sitemaps import (
    INDEX,
    HandedEntries,
    SitemapEntry,
    absolute,
    news_stories,
    render_news_sitemap,
    render_robots,
    write_sitemap_index,
    write_sitemaps,
)
from site_plugins.publish.social import PageMeta, SocialImage, page_meta, share_links, story_meta

if TYPE_CHECKING:
    from site_plugins.shards.description import Description

LOGO_URI = "assets/portal/logo.png"
NEWS_SITEMAP = "sitemap-news.xml"
CARD_URI = "assets/portal/social-card.jpg"


class PublishConfig(base.Config):
    """Options of the ``portal-publish`` plugin in ``mkdocs.yml``."""

    enabled = c.Type(bool, default=True)
    feed_size = c.Type(int, default=50)
    """Stories in each feed."""
    cache_dir = c.Type(str, default=".cache/portal")
    """Where photo derivatives are kept between builds, relative to ``mkdocs.yml``."""


class PublishPlugin(BasePlugin[PublishConfig]):
    """Wires feeds, sitemaps, metadata and photos into the build."""

    def __init__(self) -> None:
        self.catalog: Catalog | None = None
        self.photos: dict[str, Photo] | HandedPhotos = {}
        self.handed: Path | None = None
        """Where the sitemap entries, photos and feed items handed over are kept (the merge and its
        parts; a build of the whole site keeps its sitemap files there)."""
        self.handed_photos: HandedPhotos | None = None
        """The merge and its parts: the photos the shards handed, read as each description is."""
        self.handed_items: HandedTexts | None = None
        """The merge and its parts: the feed items the shards handed, read as each description is."""
        self.photos_of: dict[str, list[str]] = {}
        """The photos each story names, by the story's ``src_uri`` (see ``allowlist``)."""
        self.sitemaps: HandedEntries | None = None
        """The folder the sitemaps are written in, with the entries the parts handed over, from
        ``on_config`` to the end of the build (not a part's: it hands its entries over)."""
        self.shard_sitemaps: list[str] = []
        """The merge: the sitemap files the shards wrote, as their descriptions name them."""
        self.written_sitemaps: list[str] = []
        """The sitemap files of pages this build wrote, which it reads back."""
        self.indexed_sitemaps: list[str] | None = None
        """The files ``sitemap.xml`` names, where this build writes it (a whole site, the merge)."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not self.config.enabled:
            return config
        if not config.site_url:
            raise PluginError("portal-publish: set site_url (or PORTAL_SITE_URL) for feeds, sitemaps and links")
        if "portal" not in config.plugins:
            raise PluginError("portal-publish: list the 'portal' plugin before it")
        # Our sitemap carries each story's own date as lastmod; MkDocs' would carry the build date.
        config.theme.static_templates.discard("sitemap.xml")
        build = PortalBuild.of(config)
        build.newest_shown = max(build.newest_shown, self.config.feed_size)  # a listing's feed
        self._close_handed()
        # What shards and parts hand over is kept under the build's own cache, not in a temporary
        # folder: a build killed before its end leaves it to the next one, which removes it first.
        self.handed = build.cache_folder(Path(config.config_file_path).parent / self.config.cache_dir) / "handed"
        shutil.rmtree(self.handed, ignore_errors=True)
        if not build.part.is_part:
            self.sitemaps = HandedEntries(self.handed / "sitemaps")
        self.shard_sitemaps, self.written_sitemaps, self.indexed_sitemaps = [], [], None
        build.description_readers.append(self._take_handed)
        return config

    def _take_handed(self, description: Description) -> None:
        """A part's sitemap entries, a shard's sitemap files, photos and feed items, as soon as
        its description is read: the merge keeps the entries in files and the files' names (a
        part leaves both to the merge), the merge and its parts the photos and the feed items in
        database files."""
        section = description.section("publish", {})
        entries = section.pop("sitemap", None)
        if entries is not None and self.sitemaps is not None:
            self.sitemaps.add(entries)
        self.shard_sitemaps += section.pop("sitemaps", [])
        photos = section.pop("photos", None)
        if photos:
            if self.handed_photos is None:
                self.handed_photos = HandedPhotos(self.handed / "photos")
            self.handed_photos.add(photos)
        items = section.pop("feed_items", None)
        if items:
            if self.handed_items is None:
                self.handed_items = HandedTexts(self.handed / "feed-items.sqlite")
            self.handed_items.add(
                (_item_key(uri, full_text == "full"), item)
                for full_text, by_story in items.items() for uri, item in by_story.items()
            )

    def _close_handed(self) -> None:
        if self.sitemaps is not None:
            self.sitemaps.close()
            self.sitemaps = None
        if self.handed_photos is not None:
            self.handed_photos.close()
            self.handed_photos = None
        if self.handed_items is not None:
            self.handed_items.close()
            self.handed_items = None
        if self.handed is not None:
            shutil.rmtree(self.handed, ignore_errors=True)

    def on_build_error(self, *, error: Exception) -> None:
        self._close_handed()

    def on_shutdown(self) -> None:
        self._close_handed()

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        build = PortalBuild.of(config)
        self.catalog = build.catalog
        cache = build.cache_folder(Path(config.config_file_path).parent / self.config.cache_dir)
        if build.part.reads_shards:
            # The shards published the photos; the cards of the merge's and its parts' stories show them.
            if self.handed_photos is not None and self.catalog is not None:
                self.handed_photos.keep(story.image for story in self.catalog.published() if story.image)
            self.photos = build.photos = self.handed_photos or {}
        else:
            attachments = build.attachments
            self.photos_of = photos_by_story(attachments)
            self.photos = build.photos = self._process_photos(files, config, cache / "foto", attachments)
        build.story_extras.append(self.story_extras)
        if build.part.is_shard:
            self._describe_photos(build)
        self._add_branding(files, config, cache / "merek")
        self._add_sitemaps(files, config)
        return files

    def _describe_photos(self, build: PortalBuild) -> None:
        """A shard owns its photos' derivatives, and tells the merge how its stories' cards
        show their featured photos."""
        build.owned += sorted({os.path.dirname(v.url) + "/" for photo in self.photos.values() for v in photo.variants()})
        featured = {story.image for story in self.catalog.published() if story.image in self.photos}
        section = build.description.setdefault("publish", {})
        section["photos"] = {uri: photo_record(self.photos[uri]) for uri in sorted(featured)}

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        env.filters["portal_picture"] = self._picture_filter()
        return env

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.catalog is None or self.catalog.story(page.file.src_uri) is None:
            return html
        return replace_images(html, lambda src: self._photo_at(src, page.url), lambda url: relative_url(url, page.url))

    def on_page_context(self, context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
        if self.catalog is None:
            return context
        context["photos"] = self.photos
        context["page_meta"] = self._page_meta(page, config)
        context["feeds"] = self._feed_links(page, config)
        story = self.catalog.story(page.file.src_uri)
        if story is not None:
            context["share_links"] = share_links(story.title, urljoin(config.site_url, page.url))
        return context

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # MkDocs copied the sitemaps into the site before this event; the feeds still read the
        # items handed over.
        try:
            self._publish_feeds(config)
        finally:
            self._close_handed()

    def _publish_feeds(self, config: MkDocsConfig) -> None:
        """Write the feeds whose listings have their front page here, then read back what was
        written (feeds, and the sitemaps where this build writes them)."""
        if self.catalog is None:
            return
        # A listing's feed is written where its front page is (in a merge split in parts, by the
        # part holding its newest story).
        listings = [listing for listing in self.catalog.listings if self.catalog.has_front(listing)]
        feeds = feeds_for(listings, config.site_name, self.config.feed_size, self.catalog.is_published)
        build = PortalBuild.of(config)
        if build.part.is_part:
            build.owned += [feed.url for feed in feeds]
        items = self._feed_items(build, config)
        build.write_cached([
            (digest("feed", build.build_key, feed.url, feed.title, feed.description, feed.page_url,
                    feed.full_text, [build.fingerprint(story) for story in feed.stories]),
             os.path.join(config.site_dir, feed.url),
             lambda feed=feed: render_feed(feed, config.site_url, items))
            for feed in feeds
        ])
        if build.preview:
            return  # a preview publishes nothing: `mkdocs build` reads back what it writes
        # The merge's stories are in the shards' sitemaps, which each shard read back.
        problems = check_published(
            self.catalog, feeds, config.site_dir, config.site_url, self.written_sitemaps, self.indexed_sitemaps,
            stories=not build.part.reads_shards, news=not (build.part.is_shard or build.part.is_part),
        )
        fail_on(problems, "portal-publish")

    def _handed_item(self, story: Story, full_text: bool) -> str:
        """The feed item a shard handed for ``story``: it hands every one a feed of the merge or
        its parts may carry, so a missing one is an error, not an item left out."""
        item = self.handed_items.get(_item_key(story.src_uri, full_text)) if self.handed_items else None
        if item is None:
            raise PluginError(f"portal-publish: no shard handed the feed item of {story.src_uri}")
        return item

    def _feed_items(self, build: PortalBuild, config: MkDocsConfig):
        """Each story's feed ``<item>``. A shard hands the merge the items of the stories that
        may be among the newest of the site feed (full text) or of a tag's feed (summary only);
        the merge uses those."""
        if build.part.reads_shards:
            return self._handed_item
        items = FeedItems(config.site_url, build.bodies)
        if build.part.is_shard:
            site, tags = national_feed_candidates(self.catalog.published(), self.config.feed_size)
            build.description.setdefault("publish", {})["feed_items"] = {
                "full": {story.src_uri: items(story, True) for story in site},
                "summary": {story.src_uri: items(story, False) for story in tags},
            }
        return items

    def story_extras(self, story: Story) -> str:
        """What the pages showing ``story`` take from here: its photos' published forms
        (part of the page cache's keys)."""
        photos = [self.photos.get(uri) for uri in self.photos_of.get(story.src_uri, ())]
        return repr([
            (photo.source, photo.width, photo.height, [(v.url, v.width, v.height) for v in photo.variants()])
            for photo in photos if photo is not None
        ])

    def _process_photos(
        self, files: Files, config: MkDocsConfig, cache: Path, attachments: dict[str, Attachment]
    ) -> dict[str, Photo]:
        """Derivatives of every photo a story of the build names (featured, in the body, or
        linked); the original is replaced by a copy without camera and GPS metadata. A photo
        that cannot be read fails the build."""
        processor = PhotoProcessor(cache)
        photos: dict[str, Photo] = {}
        problems = []
        for src_uri, (story, field) in sorted(self._photo_uses(attachments).items()):
            file = files.get_file_from_path(src_uri)
            try:
                photo = processor.process(Path(file.abs_src_path), src_uri)
            except PhotoError:
                problems.append(photo_problem(story, field, src_uri))
                continue
            photos[src_uri] = photo
            self._add_photo_files(files, config, photo, file)
        if problems:
            raise PluginError(ContentError(problems).report())
        return photos

    def _add_photo_files(self, files: Files, config: MkDocsConfig, photo: Photo, source: File) -> None:
        # At the inclusion of the source: a photo of drafts only stays in the preview.
        files.remove(source)
        inclusion = source.inclusion
        files.append(File.generated(config, photo.source, abs_src_path=photo.original.cached, inclusion=inclusion))
        for variant in photo.variants():
            if files.get_file_from_path(variant.url) is None:
                files.append(File.generated(config, variant.url, abs_src_path=variant.cached, inclusion=inclusion))

    def _photo_uses(self, attachments: dict[str, Attachment]) -> dict[str, tuple[Story, str]]:
        """Each photo that a story of the build names (a draft's only in a preview), with the
        first such story and the field naming it."""
        uses = {}
        for uri, attachment in attachments.items():
            shown = [use for use in attachment.uses if self.catalog.story(use[0].src_uri) is not None]
            if attachment.is_photo and shown:
                uses[uri] = shown[0]
        return uses

    def _add_branding(self, files: Files, config: MkDocsConfig, cache: Path) -> None:
        card = branding.social_card(cache, config.site_name, config.site_description or "")
        for uri, path in ((LOGO_URI, branding.logo(cache)), (CARD_URI, card)):
            files.append(File.generated(config, uri, abs_src_path=str(path)))

    def _add_sitemaps(self, files: Files, config: MkDocsConfig) -> None:
        """The sitemaps, the news sitemap and robots.txt. Each page is in its group's sitemap
        (``publish.sitemaps``): a shard writes its own pages' (its stories and region pages), a
        part of the merge hands the merge the entries of its listing pages, and the merge writes
        the national pages' and the index naming the shards' files too. A whole site writes
        every group's sitemap, the same files."""
        now = datetime.now(timezone.utc)
        stories = self.catalog.published()
        newest = next(iter(self.catalog.stories.values()), None)
        pages = files.documentation_pages()
        build = PortalBuild.of(config)
        if build.part.is_shard or build.part.is_part:
            # Its own pages only: its stories and listing pages, not the pages every build has.
            pages = [file for file in pages
                     if self.catalog.story(file.src_uri) or self.catalog.listing_page(file.src_uri)]
        if build.part.is_part:
            build.description.setdefault("publish", {})["sitemap"] = [
                [entry.url, entry.lastmod]
                for entry in (self._sitemap_entry(file, newest) for file in pages)
            ]
            return
        groups: dict[str, list[SitemapEntry]] = {}
        for file in pages:
            groups.setdefault(self._sitemap_group(file), []).append(self._sitemap_entry(file, newest))
        if build.part.is_shard:
            mine = groups.pop(build.part.shard, [])
            if groups:  # a shard's catalog holds its Polda's stories and region pages only
                raise PluginError(
                    f"portal-publish: shard {build.part.shard} has pages of other groups: {sorted(groups)}")
            groups = {build.part.shard: mine}
        else:
            # The national pages with the entries the parts handed over, in the order of their URLs.
            groups[""] = self.sitemaps.merged(groups.get("", []))
        folder = self.sitemaps.folder
        for group, entries in groups.items():
            entries = sorted(entries, key=attrgetter("url")) if group else entries
            self.written_sitemaps += write_sitemaps(entries, config.site_url, folder, group)
        for name in self.written_sitemaps:
            _replace(files, File.generated(config, name, abs_src_path=str(folder / name)))
        if build.part.is_shard:
            build.owned += self.written_sitemaps
            build.description.setdefault("publish", {})["sitemaps"] = self.written_sitemaps
            return
        self.indexed_sitemaps = self.written_sitemaps + self.shard_sitemaps
        write_sitemap_index(self.indexed_sitemaps, config.site_url, folder)
        generated = {
            NEWS_SITEMAP: render_news_sitemap(news_stories(stories, now), config.site_url, config.site_name),
            "robots.txt": render_robots(config.site_url, tuple(PortalBuild.of(config).robots_disallow)),
        }
        _replace(files, File.generated(config, INDEX, abs_src_path=str(folder / INDEX)))
        for uri, content in generated.items():
            _replace(files, File.generated(config, uri, content=content))

    def _sitemap_group(self, file: File) -> str:
        """The sitemap a page is in: its shard's (the slug of the Polda of a story or of a region
        page) or the national pages' (``""``)."""
        story = self.catalog.story(file.src_uri)
        if story is not None:
            return story.unit.lineage[0].slug
        listing_page = self.catalog.listing_page(file.src_uri)
        unit = listing_page.listing.unit if listing_page is not None else None
        return unit.lineage[0].slug if unit is not None else ""

    def _sitemap_entry(self, file: File, newest: Story | None) -> SitemapEntry:
        """A page's ``lastmod``: a story's own date, a listing page's newest story, or for a
        listing without stories the site's ``newest`` (the catalog is ordered newest first)."""
        story = self.catalog.story(file.src_uri)
        if story is not None:
            return SitemapEntry(file.url, (story.updated or story.date).value.isoformat())
        listing_page = self.catalog.listing_page(file.src_uri)
        if listing_page is None:
            return SitemapEntry(file.url)
        latest = listing_page.stories[0] if listing_page.stories else newest
        return SitemapEntry(file.url, latest.date.value.isoformat() if latest else None)

    def _page_meta(self, page: Page, config: MkDocsConfig) -> PageMeta:
        url = urljoin(config.site_url, page.url)
        story = self.catalog.story(page.file.src_uri)
        if story is not None:
            site = {"name": config.site_name, "url": config.site_url, "logo": urljoin(config.site_url, LOGO_URI)}
            return story_meta(story, url, self._social_image(story, config), site)
        listing_page = self.catalog.listing_page(page.file.src_uri)
        if listing_page is not None:
            title, description = listing_page.title, listing_page.listing.description or listing_page.title
        else:
            title, description = page.title or config.site_name, config.site_description or ""
        image = self._social_image(None, config)
        return page_meta(title, description, url, image, config.site_name)

    def _social_image(self, story: Story | None, config: MkDocsConfig) -> SocialImage:
        photo = self.photos.get(story.image) if story and story.image else None
        if photo is not None:
            social = photo.social
            return SocialImage(urljoin(config.site_url, social.url), social.width, social.height, story.image_alt)
        return SocialImage(urljoin(config.site_url, CARD_URI), 1200, 630, config.site_name)

    def _feed_links(self, page: Page, config: MkDocsConfig) -> list[tuple[str, str]]:
        links = [(config.site_name, "feed.xml")]
        listing_page = self.catalog.listing_page(page.file.src_uri)
        if listing_page and has_feed(listing_page.listing) and listing_page.listing.kind != "beranda":
            links.append((f"{listing_page.listing.title} — {config.site_name}", feed_url(listing_page.listing)))
        return links

    def _photo_at(self, src: str, page_url: str) -> Photo | None:
        target = posixpath.normpath(posixpath.join(page_url, unquote(src)))
        return self.photos.get(target)

    def _picture_filter(self):
        @pass_context
        def portal_picture(context, story: Story, kind: str, lazy: bool = True) -> str:
            photo = self.photos.get(story.image) if story.image else None
            if photo is None:
                return ""
            # Through the `url` filter, so a story card reused on other pages knows its URLs.
            url = context.environment.filters["url"]
            return picture_html(photo, story.image_alt, lambda target: url(context, target), kind, lazy)

        return portal_picture


def _item_key(src_uri: str, full_text: bool) -> str:
    """A handed feed item's key: with the story's full text or its summary."""
    return f"{'full' if full_text else 'summary'}:{src_uri}"


def photos_by_story(attachments: dict[str, Attachment]) -> dict[str, list[str]]:
    """The photos among ``attachments``, listed under each story naming them."""
    found: dict[str, list[str]] = {}
    for uri, attachment in attachments.items():
        for story in dict.fromkeys(story for story, _ in attachment.uses if attachment.is_photo):
            found.setdefault(story.src_uri, []).append(uri)
    return found


def check_published(
    catalog: Catalog, feeds: list[Feed], site_dir: str, site_url: str, sitemaps: list[str] | None = None,
    indexed: list[str] | None = None, stories: bool = True, news: bool = True,
) -> list[str]:
    """Read back the written sitemaps and feeds with an XML parser: each must be well-formed,
    ``sitemap.xml`` names exactly the ``indexed`` files (where given), every published story is
    in the ``sitemaps`` (by default every file the index names; not checked where ``stories`` is
    false: the merge's stories are in the shards' files, which each shard read back), the news
    sitemap (unless ``news`` is false: a shard writes none) and every feed carry exactly their
    stories, and no unpublished story is in any of them."""
    try:
        in_feeds = {feed.url: element_texts(os.path.join(site_dir, feed.url), "guid") for feed in feeds}
        problems = []
        if indexed is not None or sitemaps is None:
            listed = indexed_sitemaps(site_dir, site_url)
            if indexed is not None and listed != sorted(indexed):
                problems.append(f"{INDEX}: names {listed}, not the sitemaps written: {sorted(indexed)}")
            if sitemaps is None:
                sitemaps = listed
        if stories:
            checked = {absolute(site_url, story.url): story for story in catalog.stories.values()}
            in_sitemap = {url for name in sitemaps for url in element_texts(os.path.join(site_dir, name), "loc")
                          if url in checked}
            for url, story in checked.items():
                if catalog.is_published(story) != (url in in_sitemap):
                    state = "missing" if url not in in_sitemap else "unpublished"
                    problems.append(f"{INDEX} and its sitemaps: /{story.url} is {state}")
        if news:
            in_news = element_texts(os.path.join(site_dir, NEWS_SITEMAP), "loc")
            published = {absolute(site_url, story.url) for story in catalog.published()}
            problems += [f"{NEWS_SITEMAP}: {url} is not a published story" for url in sorted(in_news - published)]
    except UnreadableXml as error:
        return [str(error)]
    return problems + _feed_problems(catalog, feeds, in_feeds, site_url)


def _feed_problems(catalog: Catalog, feeds: list[Feed], in_feeds: dict[str, set[str]], site_url: str) -> list[str]:
    problems = []
    for feed in feeds:
        expected = {absolute(site_url, story.url) for story in feed.stories}
        written = in_feeds[feed.url]
        if written != expected or not all(catalog.is_published(story) for story in feed.stories):
            problems.append(f"{feed.url}: stories differ from its listing: {sorted(written ^ expected)}")
    return problems


def national_feed_candidates(published: list[Story], size: int) -> tuple[list[Story], list[Story]]:
    """Of one shard's published stories (newest first), those that may be among the newest
    ``size`` of the site feed, and those that may be among the newest ``size`` of any tag's
    feed, whatever the other shards hold."""
    chosen: dict[Story, None] = {}
    per_tag: dict[str, int] = {}
    for story in published:
        for tag in story.tags:
            if per_tag.get(tag.slug, 0) < size:
                per_tag[tag.slug] = per_tag.get(tag.slug, 0) + 1
                chosen.setdefault(story)
    return published[:size], list(chosen)


def sitemap_urls(site_dir: str, site_url: str) -> set[str]:
    """Page URLs in the written sitemaps, every file the index ``sitemap.xml`` names; raises
    :class:`UnreadableXml` for a file that is not well-formed."""
    return {url for name in indexed_sitemaps(site_dir, site_url)
            for url in element_texts(os.path.join(site_dir, name), "loc")}


def indexed_sitemaps(site_dir: str, site_url: str) -> list[str]:
    """The sitemap files the written index ``sitemap.xml`` names, site-relative, in order."""
    return sorted(url[len(site_url):] for url in element_texts(os.path.join(site_dir, INDEX), "loc")
                  if url.startswith(site_url))


def _replace(files: Files, file: File) -> None:
    """Add ``file``, replacing one at the same path (MkDocs' own sitemap template)."""
    existing = files.get_file_from_path(file.src_uri)
    if existing is not None:
        files.remove(existing)
    files.append(file)
