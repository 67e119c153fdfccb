"""The site folder (``portal/engine/sitedir.py``): the previous build deleted while the new one
is made, and the pages' folders made ahead of their pages."""

from __future__ import annotations

from pathlib import Path

from conftest import FixtureSite, four_stories


def test_page_folders_are_made_beforehand(tmp_path: Path) -> None:
    from site_plugins.portal.engine.sitedir import Folders

    wanted = [str(tmp_path / "site/berita/2026/01" / f"berita-{n}") for n in range(300)] + [str(tmp_path / "site")]
    assert Folders(wanted).wait()
    assert all(Path(folder).is_dir() for folder in wanted)
    (tmp_path / "berkas").write_text("bukan folder", encoding="utf-8")
    assert not Folders([str(tmp_path / "berkas/di-dalam")]).wait()  # the page's own write reports why
    assert Folders([]).wait()


def test_page_folders_may_be_named_relative_to_the_working_folder(tmp_path: Path, monkeypatch) -> None:
    from site_plugins.portal.engine.sitedir import make_folders

    monkeypatch.chdir(tmp_path)
    assert make_folders(["site/tag/patroli", "site/tag/patroli/halaman/2", "site/arsip"])
    assert (tmp_path / "site/tag/patroli/halaman/2").is_dir() and (tmp_path / "site/arsip").is_dir()

def test_rebuild_leaves_nothing_of_the_previous_site(site: FixtureSite) -> None:
    """The previous build is deleted in the background; hidden entries stay, as with MkDocs."""
    four_stories(site)
    (site.root / "site/.git").mkdir(parents=True)
    (site.root / "site/lama/index.html").parent.mkdir(parents=True)
    (site.root / "site/lama/index.html").write_text("lama", encoding="utf-8")
    # What a stopped merge leaves: its shards' files, gathered but not yet moved in.
    (site.root / "site/.portal-staged-123/berita").mkdir(parents=True)
    for _ in range(2):
        result = site.build()
        assert result.returncode == 0, result.output
        names = {path.name for path in (site.root / "site").iterdir()}
        assert ".git" in names and "lama" not in names and "berita" in names
        assert not [name for name in names if name.startswith((".portal-previous-", ".portal-staged-"))]
