"""The site's MkDocs files (``portal/site_files.py``): stories moved to their URLs, the
attachments they name, listing pages added, and nothing else of the content folder."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from conftest import jpeg, read_stories
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel, get_files

from site_plugins.content.allowlist import find_attachments, take_inventory
from site_plugins.content.catalog import Catalog
from site_plugins.portal.site_files import arrange_files

NOW = datetime(2026, 2, 1, 12, 0, tzinfo=timezone(timedelta(hours=7)))
STORIES = {
    "lain/terbit.md": {"title": "Patroli Terbit", "image": "terbit.jpg", "image_alt": "Patroli",
                          "body": "Isi [berkas](bersama.pdf)."},
    "lain/draf.md": {"title": "Patroli Draf", "draft": True, "image": "draf.jpg", "image_alt": "Draf",
                        "body": "Isi [berkas](bersama.pdf)."},
}


@pytest.fixture
def arranged(tmp_path):
    """The files of a build of one published story and one draft, in a folder that is not their
    URL's, each with a photo of its own and both naming one document; an unnamed photo and the
    registry lie beside them."""
    docs = tmp_path / "content"
    (docs / "berita/lain").mkdir(parents=True)
    for name in ("terbit.jpg", "draf.jpg", "tidak-dipakai.jpg"):
        (docs / "berita/lain" / name).write_bytes(jpeg(40, 30))
    (docs / "berita/lain/bersama.pdf").write_bytes(b"%PDF-1.4\n")
    stories, registry = read_stories(docs, STORIES)
    config = MkDocsConfig()
    config.load_dict({"site_name": "Portal Uji", "docs_dir": str(docs), "site_dir": str(tmp_path / "site")})
    errors, _ = config.validate()
    assert errors == []
    files = get_files(config)
    files.append(File("assets/tema.css", str(tmp_path / "tema"), config.site_dir, config.use_directory_urls))
    attachments = find_attachments(take_inventory(docs, "berita", "satuan.yml", "content/"), stories)
    catalog = Catalog.for_build(stories, registry, 20, NOW, preview=False)
    config.plugins["portal"] = Arrange(stories, attachments, catalog)
    return config.plugins.on_files(files, config=config), catalog, stories


class Arrange(BasePlugin):
    """``arrange_files`` as the ``on_files`` event of a plugin, run by MkDocs' plugin collection
    (which names the plugin that made each generated file)."""

    def __init__(self, stories, attachments, catalog) -> None:
        self.stories, self.attachments, self.catalog = stories, attachments, catalog

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        return arrange_files(files, self.stories, self.attachments, self.catalog, config, config.docs_dir)


def test_stories_move_to_their_urls_with_their_body_only(arranged):
    site, _, stories = arranged
    for story in stories:
        file = site.get_file_from_path(story.src_uri)
        assert file.dest_uri == story.dest_uri and file.url == story.url
        assert file.content_string == story.body and "title:" not in file.content_string
    assert site.get_file_from_path("berita/lain/terbit.md").dest_uri == "berita/2026/01/terbit/index.html"


def test_a_draft_and_what_only_it_names_are_built_as_drafts(arranged):
    site, _, _ = arranged
    inclusion = {file.src_uri: file.inclusion for file in site}
    assert inclusion["berita/lain/terbit.md"] == InclusionLevel.NOT_IN_NAV
    assert inclusion["berita/lain/draf.md"] == InclusionLevel.DRAFT
    assert inclusion["berita/lain/draf.jpg"] == InclusionLevel.DRAFT
    assert inclusion["berita/lain/terbit.jpg"] != InclusionLevel.DRAFT
    assert inclusion["berita/lain/bersama.pdf"] != InclusionLevel.DRAFT  # a published story names it too


def test_listing_pages_are_added_and_nothing_else_of_the_content_folder(arranged):
    site, catalog, _ = arranged
    listings = [file for file in site if file.src_uri in catalog.pages]
    assert sorted(file.src_uri for file in listings) == sorted(catalog.pages)
    assert all(file.generated_by == "portal" and file.inclusion == InclusionLevel.NOT_IN_NAV for file in listings)
    assert site.get_file_from_path("index.md").dest_uri == "index.html"
    assert site.get_file_from_path("satuan.yml") is None
    assert site.get_file_from_path("berita/lain/tidak-dipakai.jpg") is None
    assert site.get_file_from_path("assets/tema.css") is not None  # not of the content folder: kept
    assert len(site) == 2 + 3 + len(catalog.pages) + 1
