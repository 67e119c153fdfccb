"""`mkdocs serve`: drafts previewed with a banner, edits to stories and the registry reload,
and no search index unless asked for."""

import os
import subprocess
import time
import urllib.request

import pytest
from conftest import MKDOCS, FixtureSite
from servers import free_port


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(url: str, text: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and text in page:
            return page
        time.sleep(0.3)
    raise AssertionError(f"{url} did not show {text!r} within {timeout} s")


@pytest.fixture
def served(tmp_path):
    site = FixtureSite(tmp_path, search=True)
    site.story("2026/01/terbit.md", title="Berita Sudah Terbit")
    site.story("2026/01/draf.md", title="Berita Masih Draf", draft=True)
    site.write_config()
    port = free_port()
    process = subprocess.Popen(
        [*MKDOCS, "serve", "--strict", "-a", f"127.0.0.1:{port}"], cwd=tmp_path,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/", "Berita Sudah Terbit")
        yield site, f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_preview_shows_drafts_with_a_banner(served):
    _, base = served
    page = wait_for(base + "berita/2026/01/draf/", "Berita Masih Draf")
    assert "Draf: berita ini hanya tampil di pratinjau" in page
    home = fetch(base)
    assert "Berita Masih Draf" in home and 'class="portal-badge">Draf<' in home


def test_editing_a_story_or_the_registry_rebuilds(served):
    site, base = served
    site.story("2026/01/terbit.md", title="Judul Sudah Dikoreksi")
    wait_for(base + "berita/2026/01/terbit/", "Judul Sudah Dikoreksi")
    registry = (site.content / "satuan.yml").read_text(encoding="utf-8")
    (site.content / "satuan.yml").write_text(registry + "- polda: Polda Bali\n  zona: WITA\n", encoding="utf-8")
    wait_for(base + "wilayah/", "Polda Bali")


def test_preview_has_the_search_page_but_builds_no_index(served):
    _, base = served
    assert "Cari Berita" in wait_for(base + "cari/", "data-portal-search")
    assert fetch(base + "pagefind/shards.json") is None
