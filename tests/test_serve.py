"""`mkdocs serve`: drafts previewed with a banner, edits to stories and the registry reload,
and no search index unless asked for."""

import os
import shutil
import signal
import subprocess
import time
import urllib.request

import pytest
from conftest import MKDOCS, ROOT, FixtureSite, front_matter, story_fields
from servers import free_port, wait_until

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser


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


def _interruptible() -> None:
    """In the preview's process before it starts: Ctrl+C stops it, as in a writer's terminal, also where the tests
    run as a shell's background job, which starts its commands with the interrupt ignored (and they would keep it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


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
        preexec_fn=_interruptible,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/", "Berita Sudah Terbit")
        yield site, f"http://127.0.0.1:{port}/"
    finally:
        process.send_signal(signal.SIGINT)  # as a writer stops the preview: MkDocs shuts its plugins down
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


def test_folders_moved_in_and_stories_deleted_rebuild_too(served, tmp_path):
    site, base = served
    # A whole folder of stories arriving at once, as a copy or a `git checkout` makes it.
    outside = tmp_path / "luar" / "02"
    outside.mkdir(parents=True)
    (outside / "pindahan.md").write_text(
        front_matter(**story_fields(title="Berita Dari Folder Pindahan", date="2026-02-03 09:00")), encoding="utf-8")
    os.rename(outside, site.content / "berita/2026/02")
    wait_for(base + "berita/2026/02/pindahan/", "Berita Dari Folder Pindahan")
    (site.content / "berita/2026/01/terbit.md").unlink()
    wait_until(lambda: fetch(base + "berita/2026/01/terbit/") is None)
    assert "Berita Sudah Terbit" not in wait_for(base, "Berita Dari Folder Pindahan")


def test_an_edited_template_shows_on_the_next_rebuild(tmp_path, monkeypatch):
    """Compiled templates are kept between rebuilds (the plugins live on, as in ``mkdocs serve``):
    an edited template is compiled again, an unchanged one is not."""
    import jinja2
    from mkdocs.commands.build import build

    compiled: list[str | None] = []
    compile_template = jinja2.Environment.compile

    def recording_compile(env, source, name=None, *args, **kwargs):
        compiled.append(name)
        return compile_template(env, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", recording_compile)
    site = FixtureSite(tmp_path / "project")
    site.story("2026/01/patroli.md", title="Patroli Pagi")
    overrides = tmp_path / "overrides"
    shutil.copytree(ROOT / "overrides", overrides)
    site.extra_config = {"theme": {"name": "material", "custom_dir": str(overrides), "language": "id", "font": False}}
    story_page = site.root / "site/berita/2026/01/patroli/index.html"
    with site.started("serve") as config:
        build(config)
        first = {name for name in compiled if name}
        assert "story.html" in first and "Ditulis ulang" not in story_page.read_text(encoding="utf-8")
        template = overrides / "story.html"
        template.write_text(template.read_text(encoding="utf-8").replace(
            '<h1 class="portal-story__title">', '<p>Ditulis ulang</p><h1 class="portal-story__title">'), "utf-8")
        compiled.clear()
        build(config)
        assert "Ditulis ulang" in story_page.read_text(encoding="utf-8")
        assert [name for name in compiled if name in first] == ["story.html"]  # story.html again, no other
