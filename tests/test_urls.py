"""Relative URLs: the portal's remembered parsing gives exactly what MkDocs' filter gives."""

from __future__ import annotations

import itertools

from mkdocs.utils import get_relative_url, normalize_url

from site_plugins.portal.urls import is_plain, relative_url

PAGES = ["", "index.html", "404.html", "berita/2026/01/patroli/", "berita/2026/01/", "tag/patroli/halaman/2/",
         "wilayah/polda-jatim/polres-probolinggo-kota/", "cari/", "a/b.html", "a//b/", "./x/", "berita/../tag/x/"]
TARGETS = ["", ".", "./", "berita/2026/01/patroli/", "berita/2026/01/lain/", "berita/2026/01/foto-480.webp",
           "assets/stylesheets/portal.css", "tag/patroli/", "wilayah/", "index.html", "a/./b/", "a//b",
           "berita/2026/../2025/x/", "../keluar/", "/mutlak/", "#anchor", "https://contoh.id/a",
           "mailto:humas@polri.go.id", "a\\b", "?q=1", "berita/x/?q=1#a", "sitemap.xml"]


class Page:
    def __init__(self, url: str) -> None:
        self.url = url


def test_relative_url_is_mkdocs_get_relative_url() -> None:
    for target, page in itertools.product(TARGETS, PAGES):
        assert relative_url(target, page) == get_relative_url(target, page), (target, page)


def test_plain_paths_are_the_ones_normalize_url_only_makes_relative() -> None:
    for target, page in itertools.product(TARGETS, PAGES):
        if is_plain(target):
            assert relative_url(target, page) == normalize_url(target, page=Page(page)), (target, page)
    assert not is_plain("/mutlak/") and not is_plain("../keluar/") and not is_plain("https://contoh.id/a")
    assert is_plain("berita/2026/01/patroli/")
