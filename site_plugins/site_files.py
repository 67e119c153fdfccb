"""The site's MkDocs files: stories moved to their URLs, the registry left out, listings added."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from .catalog import Catalog
from .problems import ContentError, ContentProblem
from .stories import Story


def arrange_files(
    files: Files, stories: list[Story], catalog: Catalog, registry_uri: str, config: MkDocsConfig, prefix: str
) -> Files:
    """A new file collection for the build; raises ``ContentError`` when a page of the
    content folder would take the address of a generated listing."""
    by_src = {story.src_uri: story for story in stories}
    unpublished_images = images_of_unpublished(stories, catalog)
    site = Files([])
    for file in files:
        if file.src_uri == registry_uri:
            continue
        story = by_src.get(file.src_uri)
        if story is not None:
            file = story_file(file, story, catalog.is_published(story))
        elif file.src_uri in unpublished_images:
            file.inclusion = InclusionLevel.DRAFT
        site.append(file)
    clashes = [src_uri for src_uri in catalog.pages if site.get_file_from_path(src_uri)]
    if clashes:
        raise ContentError(_clash(prefix + src_uri, src_uri) for src_uri in clashes)
    for src_uri in catalog.pages:
        site.append(File.generated(config, src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV))
    return site


def images_of_unpublished(stories: list[Story], catalog: Catalog) -> set[str]:
    """Photos shown only by drafts and scheduled stories: they are not published either."""
    used: dict[bool, set[str]] = {True: set(), False: set()}
    for story in stories:
        images = [story.image] if story.image else []
        used[catalog.is_published(story)].update(images + story.body_images())
    return used[False] - used[True]


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


def _clash(path: str, src_uri: str) -> ContentProblem:
    return ContentProblem(
        path, None, "berkas",
        f"memakai alamat /{src_uri.removesuffix('index.md')} yang dibuat otomatis oleh portal",
        "ganti nama atau pindahkan berkas ini",
    )
