"""The page cache: a rebuild that reuses it writes exactly what a build without it writes.

Every test builds a real project twice after an edit: once with the cache of the previous
build kept, once with ``.cache/`` deleted, and compares the two sites file by file.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from conftest import ROOT, FixtureSite, differences, four_stories, jpeg, render_counts

from site_plugins.portal.engine import pagecache
from site_plugins.portal.engine.pagecache import PRUNE_AFTER, PageCache, Rendered

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser


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
    card.write_text(card.read_text(encoding="utf-8").replace('class="portal-card', 'class="portal-x portal-card'),
                    encoding="utf-8")


def edit_photo(site: FixtureSite) -> None:
    site.write("berita/2026/01/mayangan.jpg", jpeg(1200, 500))


def edit_draft(site: FixtureSite) -> None:
    site.story("2026/01/kanigaran.md", title="Polsek Kanigaran Sambang Warga", polsek="Polsek Kanigaran",
               date="2026-01-20 09:00", tags=["sambang warga", "kamtibmas"], draft=True)


@pytest.mark.parametrize("edit", [edit_add, edit_first_story_of_a_unit, edit_title, edit_registry, edit_config,
                                  edit_template, edit_photo,
                                  edit_draft], ids=lambda edit: edit.__name__.removeprefix("edit_"))
def test_rebuild_from_cache_equals_build_without_it(tmp_path: Path, edit) -> None:
    overrides = tmp_path / "overrides"
    shutil.copytree(ROOT / "overrides", overrides)
    theme = {"name": "material", "custom_dir": str(overrides), "language": "id", "font": False,
             "features": ["navigation.tabs"]}
    site = FixtureSite(tmp_path / "project", per_page=2, extra_config={"theme": theme})
    four_stories(site)
    first = site.build()
    assert first.returncode == 0, first.output
    assert render_counts(first.output)[1] == 0

    edit(site)
    warm = site.build("-d", str(tmp_path / "warm"))
    assert warm.returncode == 0, warm.output
    shutil.rmtree(site.root / ".cache")
    cold = site.build("-d", str(tmp_path / "cold"))
    assert cold.returncode == 0, cold.output

    assert differences(tmp_path / "warm", tmp_path / "cold") == []
    rendered, reused = render_counts(warm.output)
    assert render_counts(cold.output) == (rendered + reused, 0)
    if edit in (edit_config, edit_template):
        assert reused == 0  # every page depends on these
    else:
        assert reused > 0 and rendered > 0


def test_unchanged_rebuild_renders_nothing(site: FixtureSite) -> None:
    four_stories(site)
    assert site.build().returncode == 0
    again = site.build()
    assert again.returncode == 0, again.output
    assert render_counts(again.output)[0] == 0


def test_a_new_story_leaves_the_older_archive_pages_of_its_listings_as_they_were(tmp_path: Path) -> None:
    # Every listing a story joins (its tag, its writer, its month) counts its stories
    # in the breadcrumbs' links; no page shows those counts, so no archive page renders again.
    site = FixtureSite(tmp_path, per_page=2)
    for day in range(1, 8):
        site.story(f"2026/01/patroli-{day}.md", title=f"Patroli Hari Ke-{day}", date=f"2026-01-{day:02d} 08:00",
                   tags=["patroli"])
    assert site.build().returncode == 0
    oldest = ["tag/patroli/halaman/1/", "penulis/humas-polres-probolinggo-kota/halaman/1/", "arsip/2026/01/halaman/1/"]
    kept = {path: (site.root / "site" / path / "index.html").stat().st_ino for path in oldest}
    site.story("2026/01/patroli-8.md", title="Patroli Hari Ke-8", date="2026-01-08 08:00", tags=["patroli"])
    again = site.build()
    assert again.returncode == 0, again.output
    assert {path: (site.root / "site" / path / "index.html").stat().st_ino for path in oldest} == kept


def test_warnings_of_a_cached_page_fail_the_rebuild_too(site: FixtureSite) -> None:
    four_stories(site)
    site.story("2026/01/skrip.md", title="Berita dengan skrip", body="Isi.\n\n<script>alert(1)</script>")
    for attempt in range(2):
        result = site.build()
        assert result.returncode != 0
        assert "berita/2026/01/skrip.md: isi:" in result.output, attempt
    rendered, reused = render_counts(result.output)
    assert rendered == 0 and reused > 0


@pytest.mark.parametrize("damaged", ["pages", "records"])
def test_a_damaged_entry_is_rendered_again(site: FixtureSite, damaged: str) -> None:
    four_stories(site)
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
    rendered, reused = render_counts(again.output)
    assert reused == 0 and rendered > 0
    assert (site.root / "site/berita/2026/01/mayangan/index.html").read_bytes() == before
    assert render_counts(site.build().output)[0] == 0  # and kept again


def test_records_another_build_holds_locked_are_kept(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(pagecache, "LOCK_WAIT", 0.1)
    site = tmp_path / "site"
    first = PageCache(tmp_path / "pages")
    first.remember([first.keep("aa01", b"<p>aa01</p>", Rendered(body="aa01"), str(site / "aa01" / "index.html"))])
    first.close()
    other = sqlite3.connect(tmp_path / "pages" / "records.sqlite")
    other.execute("BEGIN EXCLUSIVE")  # e.g. `mkdocs serve` writing its rows
    locked = PageCache(tmp_path / "pages")
    assert locked.lookup(["aa01"]) == {}  # this build goes on without the records
    locked.remember([locked.keep("bb02", b"<p>bb02</p>", Rendered(body="bb02"), str(site / "bb02" / "index.html"))])
    other.rollback()
    other.close()
    # Nothing was thrown away: the next build finds the earlier rows.
    assert set(PageCache(tmp_path / "pages").lookup(["aa01", "bb02"])) == {"aa01"}


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


def test_a_page_changed_inside_the_site_is_never_reused(site: FixtureSite) -> None:
    """Pages reach the site as hard links to their cache entries: something writing into a
    built page must not make the next build serve that changed page."""
    four_stories(site)
    assert site.build().returncode == 0
    page = site.root / "site/berita/2026/01/mayangan/index.html"
    assert page.stat().st_mode & 0o777 == 0o644  # readable by a web server running as another user
    with page.open("ab") as file:
        file.write(b"<!-- diubah -->")
    again = site.build()
    assert again.returncode == 0, again.output
    assert b"diubah" not in page.read_bytes()
    assert render_counts(again.output)[0] >= 1
