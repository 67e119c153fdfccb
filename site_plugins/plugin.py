"""The ``portal`` MkDocs plugin: stories in, a region-, tag- and date-indexed news site out."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from .catalog import Catalog
from .problems import ContentError, ContentProblem
from .registry import load_registry
from .stories import Story, load_stories


class PortalConfig(base.Config):
    """Options of the ``portal`` plugin in ``mkdocs.yml``."""

    enabled = c.Type(bool, default=True)
    stories_dir = c.Type(str, default="berita")
    """Folder inside ``docs_dir`` holding the stories, at any depth."""
    registry = c.Type(str, default="satuan.yml")
    """The unit registry, relative to ``docs_dir``; it is not published."""
    per_page = c.Type(int, default=20)
    """Stories per listing page."""
    related = c.Type(int, default=5)
    """How many related stories a story page shows."""


class PortalPlugin(BasePlugin[PortalConfig]):
    """Reads the stories once, gives them their URLs and generates every listing page."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.preview = False
        self.catalog: Catalog | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # `mkdocs serve` previews drafts and scheduled stories; `build` never publishes them.
        self.preview = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.config.per_page < 1:
            raise PluginError("portal: per_page must be at least 1")
        if not config.use_directory_urls:
            raise PluginError("portal: story and listing URLs need use_directory_urls: true")
        return config

    # Early, so that other plugins see the stories at their final URLs and the listings.
    @event_priority(50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        docs_dir = Path(config.docs_dir)
        prefix = display_prefix(config)
        try:
            registry = load_registry(docs_dir / self.config.registry, prefix + self.config.registry)
            story_files = [file for file in files.documentation_pages() if self._is_story(file)]
            stories, problems = load_stories(docs_dir, [f.src_uri for f in story_files], registry, prefix)
            if problems:
                raise ContentError(problems)
        except ContentError as error:
            raise PluginError(error.report()) from None
        now = datetime.now(timezone.utc)
        self.catalog = Catalog.for_build(stories, registry, self.config.per_page, now, self.preview)
        return self._site_files(files, stories, config)

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.catalog is None:
            return markdown
        story = self.catalog.story(page.file.src_uri)
        if story is not None:
            page.meta.update(title=story.title, description=story.summary, template="story.html")
            page.meta["hide"] = ["navigation", "toc"]
        listing_page = self.catalog.listing_page(page.file.src_uri)
        if listing_page is not None:
            description = listing_page.listing.description or listing_page.title
            page.meta.update(title=listing_page.title, description=description, template="listing.html")
            page.meta["hide"] = ["navigation", "toc"]
        return markdown

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

    def _is_story(self, file: File) -> bool:
        return file.src_uri.startswith(self.config.stories_dir.strip("/") + "/")

    def _site_files(self, files: Files, stories: list[Story], config: MkDocsConfig) -> Files:
        """The site's files: stories at their URLs, the registry left out, listings added."""
        catalog = self.catalog
        by_src = {story.src_uri: story for story in stories}
        site = Files([])
        for file in files:
            story = by_src.get(file.src_uri)
            if file.src_uri == self.config.registry:
                continue
            site.append(self._story_file(file, story, config) if story else file)
        clashes = [src_uri for src_uri in catalog.pages if site.get_file_from_path(src_uri)]
        if clashes:
            raise PluginError(ContentError(
                ContentProblem(
                    display_prefix(config) + src_uri, None, "berkas",
                    f"memakai alamat /{src_uri.removesuffix('index.md')} yang dibuat otomatis oleh portal",
                    "ganti nama atau pindahkan berkas ini",
                )
                for src_uri in clashes
            ).report())
        for src_uri in catalog.pages:
            site.append(File.generated(config, src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV))
        return site

    def _story_file(self, file: File, story: Story, config: MkDocsConfig) -> File:
        shown = self.catalog.story(story.src_uri) is not None
        published = shown and story.src_uri not in self.catalog.unpublished
        moved = File(
            file.src_uri, file.src_dir, file.dest_dir, file.use_directory_urls,
            dest_uri=story.dest_uri,
            inclusion=InclusionLevel.NOT_IN_NAV if published else InclusionLevel.DRAFT,
        )
        # The body without front matter: the story model already read the file.
        moved.content_string = story.body
        return moved


def display_prefix(config: MkDocsConfig) -> str:
    """How content paths are shown to writers: relative to the project, e.g. ``content/``."""
    root = os.path.dirname(config.config_file_path or ".")
    relative = os.path.relpath(config.docs_dir, root or ".")
    return "" if relative == "." else relative.replace(os.sep, "/") + "/"
