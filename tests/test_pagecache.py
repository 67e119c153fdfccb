"""The page cache: a rebuild that reuses it writes exactly what a build without it writes.

Every test builds a real project twice after an edit: once with the cache of the previous
build kept, once with ``.cache/`` deleted, and compares the two sites file by file.
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import time
from pathlib import Path

import pytest
from conftest import ROOT, FixtureSite, jpeg
from corpus import write_corpus

from site_plugins.portal.engine.pagecache import PRUNE_AFTER, PageCache, Rendered

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser

RENDERED = re.compile(r"Pages: (\d+) rendered, (\d+) taken from the cache")


def counts(output: str) -> tuple[int, int]:
    """(rendered, reused) as the build reported them."""
    match = RENDERED.search(output)
    assert match, output
    return int(match[1]), int(match[2])


def differences(left: Path, right: Path) -> list[str]:
    """Files that differ or exist on one side only, as site-relative paths."""
    found = []
    comparison = filecmp.dircmp(left, right)
    stack = [(comparison, "")]
    while stack:
        current, prefix = stack.pop()
        found += [prefix + name for name in current.left_only + current.right_only + current.funny_files]
        _, mismatch, errors = filecmp.cmpfiles(current.left, current.right, current.common_files, shallow=False)
        found += [prefix + name for name in mismatch + errors]
        stack += [(sub, f"{prefix}{name}/") for name, sub in current.subdirs.items()]
    return sorted(found)


def sample(site: FixtureSite) -> None:
    site.story("2026/01/mayangan.md", image="mayangan.jpg", image_alt="Patroli di Mayangan")
    site.write("berita/2026/01/mayangan.jpg", jpeg(800, 600))
    site.story("2026/01/kanigaran.md", title="Polsek Kanigaran Sambang Warga", polsek="Polsek Kanigaran",
               date="2026-01-20 09:00", tags=["sambang warga", "kamtibmas"])
    site.story("2026/01/klojen.md", title="Polsek Klojen Atur Lalu Lintas", polsek=None, date="2026-01-10 07:00",
               polres="Polres Malang Kota", tags=["lalu lintas"], body="Isi.\n\n## Jalur sekolah\n\nLanjutan.")
    site.story("2025/12/sekongkang.md", title="Polsek Sekongkang Patroli Pantai", polsek="Polsek Sekongkang",
               date="2025-12-24 16:00", author="Humas Polres Sumbawa Barat", tags=["patroli dialogis"])


def edit_add(site: FixtureSite) -> None:
    site.story("2026/01/baru.md", title="Polsek Mayangan Sambangi Nelayan", date="2026-01-30 08:00")


def edit_first_story_of_a_unit(site: FixtureSite) -> None:
    site.story("2026/01/klojen-pertama.md", title="Polsek Klojen Sapa Pelajar", polsek="Polsek Klojen",
               polres="Polres Malang Kota", date="2026-01-25 07:00")


def edit_title(site: FixtureSite) -> None:
    site.story("2026/01/kanigaran.md", title="Polsek Kanigaran Sapa Warga Pasar", polsek="Polsek Kanigaran",
               date="2026-01-20 09:00", tags=["sambang warga", "kamtibmas"])


def edit_registry(site: FixtureSite) -> None:
    path = site.content / "satuan.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("kecamatan: Klojen", "kecamatan: Klojen Lama"),
                    encoding="utf-8")


def edit_config(site: FixtureSite) -> None:
    site.extra_config["site_name"] = "Portal Uji Baru"


def edit_template(site: FixtureSite) -> None:
    card = Path(site.extra_config["theme"]["custom_dir"]) / "partials/portal-card.html"
    card.write_text(card.read_text(encoding="utf-8").replace("portal-card__meta", "portal-card__meta portal-x"),
                    encoding="utf-8")


def edit_photo(site: FixtureSite) -> None:
    site.write("berita/2026/01/mayangan.jpg", jpeg(1200, 500))


def edit_draft(site: FixtureSite) -> None:
    site.story("2026/01/kanigaran.md", title="Polsek Kanigaran Sambang Warga", polsek="Polsek Kanigaran",
               date="2026-01-20 09:00", tags=["sambang warga", "kamtibmas"], draft=True)


@pytest.mark.parametrize("edit", [edit_add, edit_first_story_of_a_unit, edit_title, edit_registry, edit_config, edit_template, edit_photo,
                                  edit_draft], ids=lambda edit: edit.__name__.removeprefix("edit_"))
def test_rebuild_from_cache_equals_build_without_it(tmp_path: Path, edit) -> None:
    overrides = tmp_path / "overrides"
    shutil.copytree(ROOT / "overrides", overrides)
    theme = {"name": "material", "custom_dir": str(overrides), "language": "id", "font": False,
             "features": ["navigation.tabs"]}
    site = FixtureSite(tmp_path / "project", per_page=2, extra_config={"theme": theme})
    sample(site)
    first = site.build()
    assert first.returncode == 0, first.output
    assert counts(first.output)[1] == 0

    edit(site)
    warm = site.build("-d", str(tmp_path / "warm"))
    assert warm.returncode == 0, warm.output
    shutil.rmtree(site.root / ".cache")
    cold = site.build("-d", str(tmp_path / "cold"))
    assert cold.returncode == 0, cold.output

    assert differences(tmp_path / "warm", tmp_path / "cold") == []
    rendered, reused = counts(warm.output)
    assert counts(cold.output) == (rendered + reused, 0)
    if edit in (edit_config, edit_template):
        assert reused == 0  # every page depends on these
    else:
        assert reused > 0 and rendered > 0


def test_unchanged_rebuild_renders_nothing(site: FixtureSite) -> None:
    sample(site)
    assert site.build().returncode == 0
    again = site.build()
    assert again.returncode == 0, again.output
    assert counts(again.output)[0] == 0


def test_warnings_of_a_cached_page_fail_the_rebuild_too(site: FixtureSite) -> None:
    sample(site)
    site.story("2026/01/skrip.md", title="Berita dengan skrip", body="Isi.\n\n<script>alert(1)</script>")
    for attempt in range(2):
        result = site.build()
        assert result.returncode != 0
        assert "berita/2026/01/skrip.md: isi:" in result.output, attempt
    rendered, reused = counts(result.output)
    assert rendered == 0 and reused > 0


@pytest.mark.parametrize("damaged", ["pages", "records"])
def test_a_damaged_entry_is_rendered_again(site: FixtureSite, damaged: str) -> None:
    sample(site)
    assert site.build().returncode == 0
    before = (site.root / "site/berita/2026/01/mayangan/index.html").read_bytes()
    folder = site.root / ".cache/portal/pages"
    if damaged == "pages":
        for entry in folder.rglob("*.html"):
            entry.write_bytes(b"<html>")
    else:
        (folder / "records.sqlite").write_bytes(b"bukan basis data" * 100)
    again = site.build()
    assert again.returncode == 0, again.output
    rendered, reused = counts(again.output)
    assert reused == 0 and rendered > 0
    assert (site.root / "site/berita/2026/01/mayangan/index.html").read_bytes() == before
    assert counts(site.build().output)[0] == 0  # and kept again


def test_cache_entries_are_placed_refreshed_and_pruned(tmp_path: Path) -> None:
    cache = PageCache(tmp_path / "pages")
    site = tmp_path / "site"
    stored = [cache.keep(key, f"<p>{key}</p>".encode(), Rendered(body=key), str(site / key / "index.html"))
              for key in ("aa01", "bb02", "cc03")]
    cache.remember(stored)
    cache.prune()
    # An entry is the site's own file, linked.
    assert os.path.samefile(cache.path("aa01"), site / "aa01/index.html")

    later = PageCache(tmp_path / "pages")
    records = later.lookup(["aa01", "bb02", "cc03", "dd04"])
    assert sorted(records) == ["aa01", "bb02", "cc03"] and records["bb02"].rendered.body == "bb02"
    assert later.place("aa01", records["aa01"], str(tmp_path / "other/index.html")).body == "aa01"
    with cache.path("cc03").open("ab") as file:  # written into after it was kept
        file.write(b"!")
    assert later.place("cc03", records["cc03"], str(tmp_path / "third/index.html")) is None
    # A week on, only what this build used survives; a stopped build's page file is swept.
    orphan = cache.path("ee05")
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"<p>ee05</p>")
    assert later.prune(now=time.time() + PRUNE_AFTER + 10) == 2
    assert PageCache(tmp_path / "pages").lookup(["aa01", "bb02", "cc03"]).keys() == {"aa01"}
    assert not cache.path("bb02").exists() and not orphan.exists() and cache.path("aa01").exists()


def test_records_kept_between_rebuilds_are_used_only_while_their_pages_are_intact(tmp_path: Path) -> None:
    records: dict = {}
    first = PageCache(tmp_path / "pages", records)
    site = tmp_path / "site"
    first.remember([first.keep(key, f"<p>{key}</p>".encode(), Rendered(body=key), str(site / key / "index.html"))
                    for key in ("aa01", "bb02")])
    first.close()
    (tmp_path / "pages" / "records.sqlite").unlink()  # only what the rebuilds kept is left
    rebuild = PageCache(tmp_path / "pages", records)
    found = rebuild.lookup(["aa01", "bb02", "cc03"])
    assert sorted(found) == ["aa01", "bb02"] and found["aa01"].rendered.body == "aa01"
    first.path("bb02").unlink()
    assert rebuild.place("bb02", found["bb02"], str(tmp_path / "again/bb02/index.html")) is None
    assert rebuild.place("aa01", found["aa01"], str(tmp_path / "again/aa01/index.html")).body == "aa01"
    assert PageCache(tmp_path / "pages").lookup(["aa01", "bb02"]) == {}  # a build of its own reads rows


def test_two_processes_write_what_one_writes(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path / "project", per_page=5)
    write_corpus(site, 120)
    results = {}
    for workers in (1, 2):
        site.extra_config = {"plugins": [{"portal": {"per_page": 5, "workers": workers, "cache": False}},
                                         "portal-publish"]}
        results[workers] = site.build("-d", str(tmp_path / f"site-{workers}"))
        assert results[workers].returncode == 0, results[workers].output
    assert counts(results[2].output)[0] > 64
    assert differences(tmp_path / "site-1", tmp_path / "site-2") == []


def test_reused_frame_parts_change_nothing(tmp_path: Path) -> None:
    """Header, tabs, navigation, footer and script settings rendered once per distinct input
    give the same pages as rendering them on every page (stories with and without headings,
    listings at every depth, the pages of the navigation, with the navigation in two levels)."""
    site = FixtureSite(tmp_path / "project", per_page=4)
    write_corpus(site, 40)
    site.story("2026/01/subjudul.md", title="Berita dengan subjudul", polsek="Polsek A1-2", body="Isi.\n\n## Satu\n\nA.\n\n### Dua\n\nB.")
    # A script whose URL differs between two Polres pages of one depth, and nothing else does
    # (MkDocs links it whether or not it exists; the content folder holds stories only).
    nav = [{"Beranda": "index.md"}, {"Jelajah": [{"Wilayah": "wilayah/index.md"}, {"Tag": "tag/index.md"}]}]
    for reuse in (True, False):
        site.extra_config = {"nav": nav, "extra_javascript": ["wilayah/polda-wilayah-b/tambahan.js"],
                             "plugins": [{"portal": {"per_page": 4, "reuse_frame": reuse, "cache": False}},
                                         "portal-publish"]}
        result = site.build("-d", str(tmp_path / f"site-{reuse}"))
        assert result.returncode == 0, result.output
    assert differences(tmp_path / "site-True", tmp_path / "site-False") == []


def test_rebuild_leaves_nothing_of_the_previous_site(site: FixtureSite) -> None:
    """The previous build is deleted in the background; hidden entries stay, as with MkDocs."""
    sample(site)
    (site.root / "site/.git").mkdir(parents=True)
    (site.root / "site/lama/index.html").parent.mkdir(parents=True)
    (site.root / "site/lama/index.html").write_text("lama", encoding="utf-8")
    for _ in range(2):
        result = site.build()
        assert result.returncode == 0, result.output
        names = {path.name for path in (site.root / "site").iterdir()}
        assert ".git" in names and "lama" not in names and "berita" in names
        assert not [name for name in names if name.startswith(".portal-previous-")]


def test_front_matter_kept_between_builds_still_reports_problems(site: FixtureSite) -> None:
    """Parsed front matter is reused; a story whose front matter breaks is reported as before."""
    sample(site)
    assert site.build().returncode == 0
    assert (site.root / ".cache/portal/front-matter.json").is_file()
    site.write("berita/2026/01/kanigaran.md", "---\ntitle: Rusak\ndate: 2026-01-20 09:00\ntitle: Lagi\n---\n\nIsi.\n")
    result = site.build()
    assert result.returncode != 0
    assert "content/berita/2026/01/kanigaran.md:4: title: kunci ini ditulis dua kali" in result.output


def test_messages_of_other_threads_are_not_kept_with_a_page() -> None:
    """While a page renders, the search index logs from its own thread: that message is
    printed as usual, never stored with the page (it would be repeated on every reuse)."""
    import logging
    import threading

    from site_plugins.portal.engine.render import _captured

    seen: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    logger = logging.getLogger("mkdocs")
    handler = Collect()
    logger.addHandler(handler)
    kept: list[tuple[str, int, str]] = []
    try:
        with _captured(kept):
            logging.getLogger("mkdocs.plugins.portal").warning("dari halaman")
            other = threading.Thread(target=lambda: logging.getLogger("mkdocs.plugins.portal-search").warning("indeks"))
            other.start()
            other.join()
    finally:
        logger.removeHandler(handler)
    assert [message for _, _, message in kept] == ["dari halaman"]
    assert "indeks" in seen and "dari halaman" not in seen


def test_a_page_changed_inside_the_site_is_never_reused(site: FixtureSite) -> None:
    """Pages reach the site as hard links to their cache entries: something writing into a
    built page must not make the next build serve that changed page."""
    sample(site)
    assert site.build().returncode == 0
    page = site.root / "site/berita/2026/01/mayangan/index.html"
    assert page.stat().st_mode & 0o777 == 0o644  # readable by a web server running as another user
    with page.open("ab") as file:
        file.write(b"<!-- diubah -->")
    again = site.build()
    assert again.returncode == 0, again.output
    assert b"diubah" not in page.read_bytes()
    assert counts(again.output)[0] >= 1


def test_page_folders_are_made_beforehand(tmp_path: Path) -> None:
    from site_plugins.portal.engine.sitedir import Folders

    wanted = [str(tmp_path / "site/berita/2026/01" / f"berita-{n}") for n in range(300)] + [str(tmp_path / "site")]
    assert Folders(wanted).wait()
    assert all(Path(folder).is_dir() for folder in wanted)
    (tmp_path / "berkas").write_text("bukan folder", encoding="utf-8")
    assert not Folders([str(tmp_path / "berkas/di-dalam")]).wait()  # the page's own write reports why
    assert Folders([]).wait()


def test_cycle_collector_is_on_after_every_build(site: FixtureSite) -> None:
    """The collector is paused while a build makes its long-lived objects and frozen objects
    are thawed at the end: after a build, good or failed, it runs as before, over everything."""
    import gc

    from mkdocs.commands.build import build
    from mkdocs.exceptions import Abort, PluginError

    sample(site)
    for broken in (False, True):
        if broken:
            site.write("berita/2026/01/kanigaran.md", "---\ntitle: Rusak\ndate: 2026-13-40 09:00\n---\n\nIsi.\n")
        with site.started() as config:
            try:
                build(config)
                assert not broken
            except (Abort, PluginError):
                assert broken
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("language", ["id", "en", "ms"])
def test_translations_are_what_materials_own_macro_gives(language: str) -> None:
    """``partials/language.html`` is replaced by a lookup kept for the build: it gives, for
    every key Material translates and for one it does not, what Material's macro gives."""
    import jinja2
    import material

    from site_plugins.portal.engine.frame import translations

    templates = Path(material.__file__).parent / "templates"
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)))
    materials = env.get_template("partials/language.html").make_module({"config": {"theme": {"language": language}}})
    keys = re.findall(r'^\s*"([^"]+)":', (templates / "partials/languages/en.html").read_text(encoding="utf-8"), re.M)
    assert len(keys) > 50
    ours = translations(env, language)
    for key in [*keys, "tidak.ada"]:
        assert ours(key) == str(materials.t(key)), key
    assert ours("action.skip") == str(materials.t("action.skip"))  # kept, the same


def test_a_kept_frame_is_used_only_once_a_second_page_confirms_it() -> None:
    """Pages in one situation share their frame; when the second page's frame differs from the
    first (here: a value outside the page's own blocks that the situation does not know), the
    frame is dropped and every later page is rendered whole."""
    from types import SimpleNamespace

    import jinja2

    from site_plugins.portal.engine.frame import FrameParts

    env = jinja2.Environment(loader=jinja2.DictLoader({
        "base.html": "<head>{% block head %}{% endblock %}</head><p>{{ page.meta.note }}</p>"
                     "<main>{% block main %}{% endblock %}</main><a href=\"{{ 'tag/' | url }}\">Tag</a>",
        "page.html": "{% extends 'base.html' %}"
                     "{% block head %}{% call portal_slot('head') %}<title>{{ page.title }}</title>{% endcall %}{% endblock %}"
                     "{% block main %}{% call portal_slot('main') %}{{ page.body }}{% endcall %}{% endblock %}",
    }))
    url = jinja2.pass_context(lambda context, value: "../" * context["page"].url.count("/") + value)
    frame = FrameParts(url)
    frame.install(env, "id")
    template = env.get_template("page.html")

    def page(number: int, note: str) -> dict:
        story = SimpleNamespace(url=f"berita/{number}/", title=f"Judul {number}", body=f"Isi {number}.",
                                meta={"note": note}, toc=[], previous_page=None, next_page=None)
        return {"page": story, "base_url": "../.."}

    same = [page(number, "sama") for number in range(4)]
    assert [frame.page(template, context) for context in same] == [template.render(context) for context in same]
    assert frame._shells and all(shell is not None and shell.confirmed for shell in frame._shells.values())

    other = FrameParts(url)
    other.install(env, "id")
    differing = [page(number, f"catatan {number}") for number in range(4)]
    assert [other.page(template, c) for c in differing] == [template.render(c) for c in differing]
    assert list(other._shells.values()) == [None]


def test_page_frames_kept_in_a_build_are_bounded(monkeypatch) -> None:
    """A story with headings is a situation of its own: beyond ``MAX_FRAMES`` kept frames, a page
    in a new situation is rendered whole, and no further frame is kept."""
    from types import SimpleNamespace

    import jinja2

    from site_plugins.portal.engine import frame as frames

    monkeypatch.setattr(frames, "MAX_FRAMES", 2)
    env = jinja2.Environment(loader=jinja2.DictLoader({
        "base.html": "<nav>{% for link in page.toc %}{{ link.title }}{% endfor %}</nav>{% block main %}{% endblock %}",
        "page.html": "{% extends 'base.html' %}{% block main %}{% call portal_slot('main') %}{{ page.body }}{% endcall %}"
                     "{% endblock %}",
    }))
    frame = frames.FrameParts(jinja2.pass_context(lambda context, value: value))
    frame.install(env, "id")
    template = env.get_template("page.html")
    pages = [{"page": SimpleNamespace(
        url=f"berita/{number}/", title="Judul", body=f"Isi {number}.", meta={}, previous_page=None, next_page=None,
        toc=[SimpleNamespace(title=f"Subjudul {number}", url=f"#s{number}", level=2, children=[])],
    ), "base_url": ".."} for number in range(5)]
    assert [frame.page(template, context) for context in pages] == [template.render(context) for context in pages]
    assert len(frame._shells) == 2
