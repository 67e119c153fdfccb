"""Facet counts for one-word queries: written from Pagefind's index, equal to the stories' own."""

import json
import re

import pytest
from conftest import FixtureSite, story_fields

from site_plugins.search.counts import as_typed, bucket, iter_count_files

pytestmark = pytest.mark.integration  # builds sites

# Words no other word of the fixture begins, so the stories holding them are the matches.
STORIES = {
    "2026/03/nelayan-mayangan.md": dict(title="Sambang Nelayan Mayangan", date="2026-03-02 08:00",
                                         body="Petugas menyapa zamrudnelayan di dermaga."),
    "2026/02/nelayan-kota.md": dict(title="Nelayan Kota", date="2026-02-02 08:00", polsek="Polsek Kanigaran",
                                     tags=["kamtibmas"], body="Warga zamrudnelayan, ikut ronda."),
    "2025/11/klojen.md": dict(title="Klojen Aman", date="2025-11-02 08:00", polsek=None, polres="Polres Malang Kota",
                              tags=["lalu lintas"], body="Tidak ada zamrudnelayan di sini. Hanya qwertyronda!"),
    "2025/10/sekongkang.md": dict(title="Pantai Sekongkang", date="2025-10-02 08:00", polsek="Polsek Sekongkang",
                                  tags=["patroli dialogis", "kamtibmas"], body="Qwertyronda: pantai dijaga."),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    site = FixtureSite(tmp_path_factory.mktemp("counts"), search=True, search_options={"shard_size": 2})
    for path, fields in STORIES.items():
        site.story(path, **fields)
    result = site.build()
    assert result.returncode == 0, result.output
    return result.site / "pagefind"


POLDA = {"Polsek Mayangan": "Polda Jawa Timur", "Polsek Kanigaran": "Polda Jawa Timur",
         "Polres Malang Kota": "Polda Jawa Timur", "Polsek Sekongkang": "Polda Nusa Tenggara Barat"}


def from_stories(word):
    """The counts of the stories whose title or body holds ``word``, from their fields."""
    counts = {"polda": {}, "tag": {}, "year": {}}
    total = 0
    for fields in STORIES.values():
        fields = story_fields(**fields)
        if word in re.findall(r"\w+", f"{fields['title']} {fields['body']}".lower()):
            total += 1
            unit = fields.get("polsek") or fields["polres"]
            for facet, value in [("polda", POLDA[unit]), ("year", fields["date"][:4]),
                                 *(("tag", tag) for tag in fields["tags"])]:
                counts[facet][value] = counts[facet].get(value, 0) + 1
    return [total, counts]


def counted(output, word):
    manifest = json.loads((output / "shards.json").read_text())["counts"]
    path = output / manifest["folder"] / f"{bucket(word, manifest['files'])}.json"
    return json.loads(path.read_text())[word]


def test_the_manifest_names_the_count_files(built):
    manifest = json.loads((built / "shards.json").read_text())
    assert len(manifest["shards"]) > 1
    assert manifest["counts"] == {"format": 1, "folder": "counts", "files": manifest["counts"]["files"],
                                  "facets": ["polda", "tag", "year"]}
    assert sorted(path.name for path in (built / "counts").iterdir()) == sorted(
        f"{number}.json" for number in range(manifest["counts"]["files"]))


def test_a_word_counts_the_stories_holding_it_over_every_bundle(built):
    # In three stories of one Polda, in both bundles (2026 and 2025).
    assert counted(built, "zamrudnelayan") == from_stories("zamrudnelayan")
    assert from_stories("zamrudnelayan")[0] == 3
    # Punctuation next to a word is no part of it, on the page or in a query.
    assert counted(built, "qwertyronda") == from_stories("qwertyronda")
    assert from_stories("qwertyronda")[1]["polda"] == {"Polda Jawa Timur": 1, "Polda Nusa Tenggara Barat": 1}


def test_counts_follow_pagefind_stemming_and_prefixes(built):
    # "dijaga" is indexed as "jaga"; "nelayan" takes only the words it begins.
    words = dict(iter_count_files(built / "counts"))
    assert words["dijaga"][0] == 1
    assert words["nelayan"][0] == 2  # the two titles; "zamrudnelayan" does not begin with it
    assert words["mayangan"] == words["Mayangan".lower()]


def test_every_count_equals_the_stories_own(built):
    # Any word: its total is the most its facet values add up to, never more than the stories.
    for word, (total, facets) in iter_count_files(built / "counts"):
        assert 0 < total <= len(STORIES), word
        assert sum(facets["year"].values()) == total, word
        assert sum(facets["polda"].values()) == total, word


@pytest.mark.parametrize("word, typed", [
    ("Patroli,", "patroli"), ("(Polsek", "polsek"), ("sambang-warga", "sambangwarga"),
    ("a+b", None), ("under_score", None), ("Rp10.000", "rp10000"),
])
def test_a_word_is_counted_as_a_reader_types_it(word, typed):
    assert as_typed(word) == typed


def test_the_bucket_is_the_search_pages_hash():
    # FNV-1a of the UTF-8 bytes; portal-search.js computes the same.
    assert bucket("", 1 << 32) == 0x811C9DC5
    assert bucket("a", 1 << 32) == 0xE40C292C
    assert bucket("patroli", 7) == bucket("patroli", 7)


def test_a_rebuild_reads_again_only_the_bundles_that_changed(tmp_path):
    site = FixtureSite(tmp_path, search=True)
    for path, fields in STORIES.items():
        site.story(path, **fields)
    assert site.build().returncode == 0
    kept = tmp_path / ".cache/portal/search-postings"
    before = {path.name: path.stat().st_mtime_ns for path in kept.iterdir()}
    assert len(before) == 2  # the bundles of 2026 and 2025
    site.story("2026/04/zamrud.md", title="Zamrudnelayan Lagi", date="2026-04-02 08:00")
    result = site.build()
    assert result.returncode == 0, result.output
    after = {path.name: path.stat().st_mtime_ns for path in kept.iterdir()}
    # 2025 is read from what was kept; 2026 was indexed again, and its old postings are gone.
    assert len(after) == 2 and len(set(after) & set(before)) == 1
    unchanged = (set(after) & set(before)).pop()
    assert after[unchanged] == before[unchanged]
    assert counted(result.site / "pagefind", "zamrudnelayan")[0] == 4
