"""Writing story files: front matter that reads back exactly, file names, never overwriting."""

import os
from datetime import datetime, timezone

import pytest
from conftest import REGISTRY

from site_plugins.authoring.writer import (
    Draft,
    HiddenNameError,
    draft_new,
    render_story,
    story_slug,
    write_all,
    write_new,
)
from site_plugins.content.registry import UnitError, load_registry
from site_plugins.content.source import split_front_matter


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    path = tmp_path_factory.mktemp("registry") / "satuan.yml"
    path.write_text(REGISTRY, encoding="utf-8")
    return load_registry(path, "content/satuan.yml")


@pytest.mark.parametrize("value", [
    "Kapolsek: “Jaga Kampung” — Café 100%",
    "yes", "null", "123", "2026-01-29", "- daftar?", "#tagar", "'kutip' dan \"kutip\"", "a: b", "ISI: lokasi",
    "x" * 300, "baris\\ngaring", "  spasi  ", "@awal", "!penting", "% persen", "{kurung}", "[siku]",
])
def test_values_read_back_as_written(value):
    text = render_story(Draft({"title": value, "tags": [value, "kamtibmas"]}, "Isi."))
    source = split_front_matter(text, "x.md")
    assert source.meta == {"title": value, "tags": [value, "kamtibmas"]}
    assert source.body.strip() == "Isi."


def test_style_matches_the_sample_stories():
    text = render_story(Draft({"title": "Patroli", "date": "2026-01-29 12:00", "tags": ["a", "b"]}, "Isi."))
    assert text == "---\ntitle: Patroli\ndate: 2026-01-29 12:00\ntags:\n  - a\n  - b\n---\n\nIsi.\n"


@pytest.mark.parametrize("title, slug", [
    ("Polsek Mayangan Gelar Patroli", "polsek-mayangan-gelar-patroli"),
    ("Kapolsek: “Jaga Kampung” — Café!", "kapolsek-jaga-kampung-cafe"),
    ("kata " * 40, ("kata-" * 16).rstrip("-")),
    ("a" * 100, "a" * 80),
    ("مركز الشرطة يسير دورية", "berita-2026-01-29-12-00"),
    ("🚓🚨 !!!", "berita-2026-01-29-12-00"),
    ("2026", "2026"),
])
def test_story_slug(title, slug):
    assert story_slug(title, "2026-01-29 12:00") == slug
    assert len(slug) <= 80


def test_write_new_refuses_hidden_names(tmp_path):
    for name in (".md", ".patroli.md"):
        with pytest.raises(HiddenNameError):
            write_new(tmp_path / name, "isi")
    assert list(tmp_path.iterdir()) == []


def test_write_new_leaves_nothing_when_interrupted(tmp_path, monkeypatch):
    def interrupted(handle):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_new(tmp_path / "a.md", "isi " * 100_000)
    assert list(tmp_path.iterdir()) == []


def test_write_new_gives_the_usual_rights(tmp_path):
    before = os.umask(0o022)
    try:
        write_new(tmp_path / "a.md", "isi")
    finally:
        os.umask(before)
    assert (tmp_path / "a.md").stat().st_mode & 0o777 == 0o644


def test_write_all_removes_what_it_wrote_when_one_fails(tmp_path):
    (tmp_path / "b.md").write_text("sudah ada", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_all([(tmp_path / "a.jpg", b"foto"), (tmp_path / "b.md", b"baru")])
    assert sorted(path.name for path in tmp_path.iterdir()) == ["b.md"]
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "sudah ada"


def test_write_new_never_overwrites(tmp_path):
    path = tmp_path / "berita/2026/01/a.md"
    write_new(path, "pertama")
    with pytest.raises(FileExistsError):
        write_new(path, "kedua")
    assert path.read_text(encoding="utf-8") == "pertama"


def test_draft_new_resolves_the_unit_and_dates_in_its_zone(registry):
    now = datetime(2026, 1, 31, 17, 30, tzinfo=timezone.utc)
    draft, when = draft_new({"title": " Apel  Pagi ", "polsek": "polsek sekongkang", "tags": "a, ,b"}, registry, now)
    assert draft.fields == {
        "title": "Apel Pagi", "date": "2026-02-01 01:30", "polsek": "Polsek Sekongkang",
        "polres": "Polres Sumbawa Barat", "location": "ISI: lokasi kejadian (jalan, kelurahan/desa, kecamatan, kota/kabupaten)",
        "author": "ISI: nama penulis", "tags": ["a", "b"],
    }
    assert (when.year, when.month, when.iso) == (2026, 2, "2026-02-01T01:30:00+08:00")
    assert draft.missing == ["location", "author"]


@pytest.mark.parametrize("answers, field, hint", [
    ({"polsek": "Polsek Mayangn"}, "polsek", "maksud Anda 'Polsek Mayangan'?"),
    ({"polsek": "Polsek Kota"}, "polsek", "tambahkan 'polres:' dengan salah satu nama itu"),
    ({}, "polsek", "isi 'polsek:' (dengan 'polres:'), atau 'polres:' / 'polda:' untuk berita tingkat Polres/Polda"),
])
def test_draft_new_refuses_unknown_units(answers, field, hint, registry):
    with pytest.raises(UnitError) as raised:
        draft_new({"title": "Apel", **answers}, registry, datetime.now(timezone.utc))
    assert (raised.value.field, raised.value.hint) == (field, hint)
