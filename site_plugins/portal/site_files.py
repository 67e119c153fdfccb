"""The site's MkDocs files: stories moved to their URLs, their attachments, listings added;
nothing else of the content folder (the registry included)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from site_plugins.content.allowlist import Attachment
from site_plugins.content.catalog import Catalog
from site_plugins.content.stories import Story


def arrange_files(
    files: Files, stories: list[Story], attachments: dict[str, Attachment], catalog: Catalog, config: MkDocsConfig,
    content_dir: str,
) -> Files:
    """A new file collection for the build: of the content folder only the stories and the
    attachments they name (see ``allowlist``: the rest was refused before), and the listing
    pages. No content page can take a listing's address: pages live in the stories folder."""
    by_src = {story.src_uri: story for story in stories}
    site = Files([])
    for file in files:
        if file.src_dir != content_dir:
            site.append(file)  # the theme's files, and files other plugins made
        elif file.src_uri in by_src:
            site.append(story_file(file, by_src[file.src_uri], catalog.is_published(by_src[file.src_uri])))
        elif file.src_uri in attachments:
            if not any(catalog.is_published(story) for story, _ in attachments[file.src_uri].uses):
                file.inclusion = InclusionLevel.DRAFT  # shown by drafts and scheduled stories only
            site.append(file)
    for src_uri in catalog.pages:
        site.append(File.generated(config, src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV))
    return site


def story_file(file: File, story: Story, published: bool) -> File:
    """The story's file at its URL; an unpublished story is built only in a preview."""
    moved = File(
        file.src_uri, file.src_dir, file.dest_dir, file.use_directory_urls,
        dest_uri=story.dest_uri,
        inclusion=InclusionLevel.NOT_IN_NAV if published else InclusionLevel.DRAFT,
    )
    # The body without front matter: the story model has read the file already.
    moved.content_string = story.body
    return moved
