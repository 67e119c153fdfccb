"""The search index in yearly shards and its bundle cache, read back from real builds."""

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest
from conftest import FixtureSite

from site_plugins.search.cache import BundleCache, bundle_key, copy_bundle
from site_plugins.search.index import SearchRecord
from site_plugins.search.shards import (
    Budget,
    WordsCache,
    check_shards,
    indexing_first,
    plan_shards,
    vocabulary_records,
)

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser

FRAGMENT_SIGNATURE = b"pagefind_dcd"
SHARD_LINE = re.compile(r"Search: shard (\S+), (\d+) stories, (indexed|copied from the cache)")
SPLIT_DATES = {
    "2026/05/pasar-malam.md": "2026-05-02 19:00",
    "2026/03/ronda-kampung.md": "2026-03-15 22:00",
    "2026/03/jalan-santai.md": "2026-03-01 06:30",
    "2026/02/sekolah-aman.md": "2026-02-10 07:00",
    "2026/01/pos-kamling.md": "2026-01-20 21:00",
    "2026/01/patroli-subuh.md": "2026-01-05 04:30",
    "2025/12/malam-tahun-baru.md": "2025-12-31 23:00",
    "2025/06/pantai-ramai.md": "2025-06-14 16:00",
    **{f"2024/07/operasi-{number}.md": f"2024-07-{number + 10} 09:00" for number in range(4)},
}


def write_stories(site: FixtureSite) -> None:
    for path, date in SPLIT_DATES.items():
        slug = path.rsplit("/", 1)[1].removesuffix(".md")
        site.story(path, title=f"Kegiatan {slug.replace('-', ' ').title()}", date=date)


def shard_urls(site_dir, shard: str) -> set[str]:
    urls = set()
    for path in (site_dir / "pagefind" / shard / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        urls.add(json.loads(data[len(FRAGMENT_SIGNATURE):])["url"])
    return urls


def manifest(site_dir) -> list[dict]:
    return json.loads((site_dir / "pagefind" / "shards.json").read_text())["shards"]


def shard_lines(output: str) -> dict[str, str]:
    """How the build made each shard, from its log: ``indexed`` or ``copied from the cache``."""
    return {shard: how for shard, _, how in SHARD_LINE.findall(output)}


def test_a_year_larger_than_the_shard_size_is_split_into_month_ranges(tmp_path):
    site = FixtureSite(tmp_path, search=True, search_options={"shard_size": 3})
    write_stories(site)
    result = site.build()
    assert result.returncode == 0, result.output
    assert [(shard["id"], shard["months"], shard.get("days"), shard["stories"]) for shard in manifest(result.site)] == [
        ("2026-03-05", [3, 5], None, 3), ("2026-01-02", [1, 2], None, 3), ("2025", [6, 12], None, 2),
        # A month with more stories than a shard holds is split into day ranges, newest first.
        ("2024-07-07-13-13", [7, 7], [13, 13], 1), ("2024-07-07-10-12", [7, 7], [10, 12], 3),
    ]
    assert shard_urls(result.site, "2026-01-02") == {
        "/berita/2026/01/patroli-subuh/", "/berita/2026/01/pos-kamling/", "/berita/2026/02/sekolah-aman/",
    }
    assert shard_urls(result.site, "2025") == {"/berita/2025/12/malam-tahun-baru/", "/berita/2025/06/pantai-ramai/"}
    assert shard_urls(result.site, "2024-07-07-13-13") == {"/berita/2024/07/operasi-3/"}
    assert len(shard_urls(result.site, "2024-07-07-10-12")) == 3
    assert {shard["year"] for shard in manifest(result.site)} == {"2026", "2025", "2024"}


def test_unchanged_shards_come_from_the_cache_and_an_edited_one_is_indexed_again(tmp_path):
    site = FixtureSite(tmp_path, search=True)
    write_stories(site)
    cache = tmp_path / ".cache" / "portal" / "search"

    first = site.build()
    assert first.returncode == 0, first.output
    assert shard_lines(first.output) == {"2026": "indexed", "2025": "indexed", "2024": "indexed"}
    assert "(3 indexed, 0 from the cache)" in first.output
    before = {shard: shard_urls(first.site, shard) for shard in ("2026", "2025", "2024")}
    entries = set(os.listdir(cache))
    assert len(entries) == 4  # three shards and the vocabulary

    second = site.build()
    assert second.returncode == 0, second.output
    assert shard_lines(second.output) == {"2026": "copied from the cache", "2025": "copied from the cache",
                                          "2024": "copied from the cache"}
    assert "(0 indexed, 3 from the cache)" in second.output
    assert "Search: vocabulary of 3 shards, copied from the cache" in second.output
    assert {shard: shard_urls(second.site, shard) for shard in before} == before
    assert set(os.listdir(cache)) == entries

    site.story("2025/06/pantai-ramai.md", title="Kegiatan Pantai Ramai Diralat", date="2025-06-14 16:00")
    edited = site.build()
    assert edited.returncode == 0, edited.output
    assert shard_lines(edited.output) == {"2026": "copied from the cache", "2025": "indexed",
                                          "2024": "copied from the cache"}
    titles = [json.loads(gzip.decompress(path.read_bytes())[len(FRAGMENT_SIGNATURE):])["meta"]["title"]
              for path in (edited.site / "pagefind" / "2025" / "fragment").glob("*.pf_fragment")]
    assert "Kegiatan Pantai Ramai Diralat" in titles
    # Only the entries of the latest build are kept: the 2025 bundle and the vocabulary from
    # before the edit are gone.
    now = set(os.listdir(cache))
    assert len(now) == 4 and len(now & entries) == 2

    # The body alone: the bundle's key stands for it through the story's fingerprint.
    story = site.root / "content/berita" / next(path for path in SPLIT_DATES if path.startswith("2026/"))
    story.write_text(story.read_text(encoding="utf-8") + "\nWarga menyambut baik patroli malam hari.\n",
                     encoding="utf-8")
    body_edited = site.build()
    assert body_edited.returncode == 0, body_edited.output
    assert shard_lines(body_edited.output)["2026"] == "indexed"
    assert shard_lines(body_edited.output)["2025"] == "copied from the cache"
    # Words its bundle holds already: the vocabulary's pages are the same, so is its key.
    story.write_text(story.read_text(encoding="utf-8") + "\nWarga menyambut baik patroli malam hari.\n", encoding="utf-8")
    no_new_word = site.build()
    assert no_new_word.returncode == 0, no_new_word.output
    assert shard_lines(no_new_word.output)["2026"] == "indexed"
    assert "Search: vocabulary of 3 shards, copied from the cache" in no_new_word.output


def rebuilt_with_one_more(tmp_path, path: str, title: str, date: str):
    """The stories of ``SPLIT_DATES`` built with three stories a shard, then again with one more."""
    site = FixtureSite(tmp_path, search=True, search_options={"shard_size": 3})
    write_stories(site)
    assert site.build().returncode == 0
    site.story(path, title=title, date=date)
    result = site.build()
    assert result.returncode == 0, result.output
    return result


def test_a_new_story_reindexes_only_its_year(tmp_path):
    result = rebuilt_with_one_more(tmp_path, "2026/05/takbir-keliling.md", "Kegiatan Takbir Keliling",
                                   "2026-05-20 20:00")
    # May outgrows the newest 2026 range, which splits again; the year's earlier range and the
    # other years are untouched.
    assert shard_lines(result.output) == {"2026-05-05": "indexed", "2026-03-03": "indexed",
                                          "2026-01-02": "copied from the cache", "2025": "copied from the cache",
                                          "2024-07-07-13-13": "copied from the cache",
                                          "2024-07-07-10-12": "copied from the cache"}
    assert [(shard["id"], shard["stories"]) for shard in manifest(result.site)] == [
        ("2026-05-05", 2), ("2026-03-03", 2), ("2026-01-02", 3), ("2025", 2),
        ("2024-07-07-13-13", 1), ("2024-07-07-10-12", 3),
    ]


def test_a_new_story_in_a_split_month_reindexes_only_its_days(tmp_path):
    """However many stories a month gets, the shard a new one lands in holds at most
    ``shard_size``: a commit indexes that many stories again, not the month's."""
    result = rebuilt_with_one_more(tmp_path, "2024/07/operasi-malam.md", "Kegiatan Operasi Malam", "2024-07-20 21:00")
    lines = shard_lines(result.output)
    assert lines["2024-07-07-13-20"] == "indexed" and lines["2024-07-07-10-12"] == "copied from the cache"
    assert shard_urls(result.site, "2024-07-07-13-20") == {
        "/berita/2024/07/operasi-3/", "/berita/2024/07/operasi-malam/"}


def test_shards_to_index_start_before_those_copied_from_the_cache():
    shards = plan_shards([record(year, 1, year) for year in (2026, 2025, 2024, 2023)])
    indexed = {"2025", "2023"}
    order = indexing_first(shards, lambda shard: shard.id not in indexed)
    assert [shard.id for shard in order] == ["2025", "2023", "2026", "2024"]


def test_bundles_indexed_side_by_side_never_hold_more_stories_than_the_budget():
    budget = Budget(10)
    held = []

    def index(stories: int, together: threading.Barrier | None = None) -> None:
        with budget.held(stories):
            held.append(budget.units - budget.free)
            if together is not None:
                together.wait()  # returns only once both are held at the same time
            time.sleep(0.05)

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(index, [8, 8, 25, 3]))  # one after the other; 25 as the whole budget, alone
    assert max(held) == 10 and sorted(held) == [3, 8, 8, 10]
    small = threading.Barrier(2, timeout=5)
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(index, [4, 4], [small, small]))  # they fit together
    assert held[-2:] == [4, 8] and budget.free == 10


def test_without_the_cache_folder_every_shard_is_indexed(tmp_path):
    site = FixtureSite(tmp_path, search=True)
    write_stories(site)
    first = site.build()
    assert first.returncode == 0, first.output
    shutil.rmtree(tmp_path / ".cache")
    second = site.build()
    assert second.returncode == 0, second.output
    assert set(shard_lines(second.output).values()) == {"indexed"}
    assert {shard: shard_urls(second.site, shard) for shard in ("2026", "2025", "2024")} == {
        shard: shard_urls(first.site, shard) for shard in ("2026", "2025", "2024")
    }


def test_a_damaged_cache_entry_fails_the_read_back(tmp_path):
    site = FixtureSite(tmp_path, search=True)
    write_stories(site)
    first = site.build()
    assert first.returncode == 0, first.output
    cache = tmp_path / ".cache" / "portal" / "search"
    for entry in cache.iterdir():
        index = json.loads((entry / "pagefind-entry.json").read_text())
        if index["languages"]["id"]["page_count"] == 2:
            index["languages"]["id"]["page_count"] = 3
            (entry / "pagefind-entry.json").write_text(json.dumps(index))
    result = site.build()
    assert result.returncode != 0
    assert "search index: shard 2025 has 3 pages for 2 stories" in result.output
    assert "Traceback" not in result.output


def test_a_build_stopped_while_writing_a_bundle_leaves_nothing_that_is_reused(tmp_path):
    folder = tmp_path / "cache"
    # A build killed while Pagefind writes: the process dies between two files of the bundle.
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from site_plugins.search.cache import BundleCache\n"
        "def write(target):\n"
        "    (target / 'pagefind-entry.json').write_text('{}')\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(60)\n"
        f"BundleCache(Path({str(folder)!r})).bundle('a' * 64, write)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline() == "writing\n"
    process.kill()
    process.wait()
    assert not (folder / ("a" * 64)).exists()

    cache = BundleCache(folder)
    entry, cached = cache.bundle("a" * 64, lambda target: (target / "pagefind.js").write_text("// bundle"))
    assert not cached and sorted(os.listdir(entry)) == ["pagefind.js"]
    assert cache.bundle("a" * 64, lambda target: pytest.fail("a stored bundle is not written again")) == (entry, True)

    # The stopped build's temporary folder is removed once it is old enough to be nobody's.
    leftover = next(folder.glob(".tmp-*"))
    assert cache.prune() == []
    old = time.time() - 2 * 3600
    os.utime(leftover, (old, old))
    assert cache.prune() == [leftover.name]
    assert os.listdir(folder) == ["a" * 64]


def test_an_error_while_writing_leaves_no_entry(tmp_path):
    cache = BundleCache(tmp_path)

    def fail(target):
        (target / "pagefind-entry.json").write_text("{}")
        raise RuntimeError("pagefind failed")

    with pytest.raises(RuntimeError):
        cache.bundle("b" * 64, fail)
    assert os.listdir(tmp_path) == []


def record(year: int, month: int, number: int) -> SearchRecord:
    return SearchRecord(f"/berita/{year}/{month:02d}/berita-{number}/", f"<p>{number}</p>", year, month)


@pytest.mark.parametrize("with_cp", [True, False])
def test_a_cached_bundle_is_put_in_the_site_as_links_of_its_files(tmp_path, monkeypatch, with_cp):
    entry = tmp_path / "cache" / ("b" * 64)
    (entry / "fragment").mkdir(parents=True)
    (entry / "pagefind-entry.json").write_text("{}")
    (entry / "fragment/a.pf_fragment").write_bytes(b"x")
    if with_cp:  # cp alone makes it: Python's copying would fail
        monkeypatch.setattr(shutil, "copytree", lambda *args, **kwargs: (_ for _ in ()).throw(OSError("no copy")))
    else:
        monkeypatch.setattr(shutil, "which", lambda name: None)
    target = tmp_path / "site/pagefind/2026"
    target.mkdir(parents=True)
    (target / "sisa.txt").write_text("an earlier bundle's file")
    copy_bundle(entry, target)
    assert sorted(str(p.relative_to(target)) for p in target.rglob("*")) == [
        "fragment", "fragment/a.pf_fragment", "pagefind-entry.json"]
    assert (target / "fragment/a.pf_fragment").stat().st_ino == (entry / "fragment/a.pf_fragment").stat().st_ino


def _linked_tree(entry, folder):
    for path in sorted(entry.rglob("*")):
        made = folder / path.relative_to(entry)
        made.mkdir(parents=True) if path.is_dir() else os.link(path, made)


@pytest.mark.parametrize("change", [None, "a file written again", "a file more", "a file fewer", "a link"])
def test_an_earlier_sites_bundle_holding_the_cached_files_is_moved_over_whole_and_any_other_left(tmp_path, change):
    entry = tmp_path / "cache" / ("c" * 64)
    (entry / "fragment").mkdir(parents=True)
    (entry / "pagefind-entry.json").write_text("{}")
    (entry / "fragment/a.pf_fragment").write_bytes(b"x")
    earlier = tmp_path / "earlier/pagefind/2026"
    earlier.mkdir(parents=True)
    _linked_tree(entry, earlier)
    if change == "a file written again":
        (earlier / "fragment/a.pf_fragment").unlink()
        (earlier / "fragment/a.pf_fragment").write_bytes(b"x")
    elif change == "a file more":
        (earlier / "fragment/b.pf_fragment").write_bytes(b"y")
    elif change == "a file fewer":
        (earlier / "fragment/a.pf_fragment").unlink()
    elif change == "a link":
        shutil.rmtree(earlier / "fragment")
        (earlier / "fragment").symlink_to(entry / "fragment")
    target = tmp_path / "site/pagefind/2026"
    target.parent.mkdir(parents=True)
    copy_bundle(entry, target, earlier)
    assert earlier.exists() == (change is not None)
    assert sorted(str(p.relative_to(target)) for p in target.rglob("*")) == [
        "fragment", "fragment/a.pf_fragment", "pagefind-entry.json"]
    assert not (target / "fragment").is_symlink()
    assert (target / "fragment/a.pf_fragment").stat().st_ino == (entry / "fragment/a.pf_fragment").stat().st_ino


def test_a_bundle_is_keyed_by_its_records_sources_where_known_and_by_their_documents_otherwise():
    def keyed(*records):
        return bundle_key(records, "pagefind 1.5.2", {"force_language": "id"})

    documented = record(2026, 1, 1)
    sourced = SearchRecord(documented.url, "<p>made later</p>", 2026, 1, source="a1")
    assert keyed(sourced) == keyed(SearchRecord(documented.url, "<p>other</p>", 2026, 1, source="a1"))
    assert keyed(sourced) != keyed(SearchRecord(documented.url, "<p>made later</p>", 2026, 1, source="a2"))
    assert keyed(documented) != keyed(SearchRecord(documented.url, documented.html, 2026, 1, source=documented.html))
    other = SearchRecord(record(2026, 2, 2).url, "", 2026, 2, source="b1")
    assert keyed(documented, other) == keyed(other, documented)


def test_month_ranges_depend_only_on_their_years_stories():
    stories_2025 = [record(2025, month, number) for month in range(1, 13) for number in range(4)]
    stories_2026 = [record(2026, 1, number) for number in range(3)]
    before = plan_shards(stories_2025 + stories_2026, shard_size=12)
    after = plan_shards(stories_2025 + stories_2026 + [record(2026, 2, 9)], shard_size=12)
    assert [shard.id for shard in before] == ["2026", "2025-10-12", "2025-07-09", "2025-04-06", "2025-01-03"]
    assert [shard.id for shard in after][0] == "2026"
    assert [shard for shard in before if shard.year == 2025] == [shard for shard in after if shard.year == 2025]
    # A story more in December splits off the last range; the earlier ranges stay as they were.
    grown = plan_shards(stories_2025 + [record(2025, 12, 99)], shard_size=12)
    assert [shard.id for shard in grown] == ["2025-12-12", "2025-10-11", "2025-07-09", "2025-04-06", "2025-01-03"]
    assert grown[2:] == [shard for shard in before if shard.year == 2025][1:]


def dated(year: int, month: int, day: int, number: int) -> SearchRecord:
    return replace(record(year, month, number), day=day)


def test_the_newest_month_is_apart_in_shards_of_the_newest_size():
    older = [record(2025, month, number) for month in (3, 9) for number in range(3)]
    newest_year = [record(2026, month, 10 + month) for month in (1, 2, 3)]
    newest_month = [dated(2026, 4, day, 20 + day) for day in (1, 1, 2, 5, 9)]
    shards = plan_shards(older + newest_year + newest_month, shard_size=4, newest_size=2)
    assert [(shard.id, len(shard.records)) for shard in shards] == [
        # April, the archive's newest month: day ranges of two stories at most, counted from its
        # first day; the months before it as any year's, even where the year would fit.
        ("2026-04-04-09-09", 1), ("2026-04-04-02-05", 2), ("2026-04-04-01-01", 2),
        ("2026-01-03", 3), ("2025-09-09", 3), ("2025-03-03", 3),
    ]
    # A story more on the newest day moves that day's range only.
    grown = plan_shards(older + newest_year + newest_month + [dated(2026, 4, 9, 99)], shard_size=4, newest_size=2)
    assert [shard for shard in grown if shard.id != "2026-04-04-09-09"] == shards[1:]
    # A newest month within the newest size is one shard; a newest year within it stays whole.
    assert [shard.id for shard in plan_shards(older + newest_year + newest_month[:2], 4, 2)] == [
        "2026-04-04", "2026-01-03", "2025-09-09", "2025-03-03"]
    assert [shard.id for shard in plan_shards(older + newest_year, 4, 3)] == ["2026", "2025-09-09", "2025-03-03"]


def test_the_newest_month_joins_its_years_ranges_when_the_next_begins():
    stories = [record(2026, month, 10 * month + number) for month in (1, 2, 3) for number in range(2)]
    before = plan_shards(stories, shard_size=4, newest_size=1)
    assert [shard.id for shard in before] == ["2026-03-03-01-01", "2026-01-02"]
    after = plan_shards(stories + [record(2026, 4, 99)], shard_size=4, newest_size=1)
    assert [shard.id for shard in after] == ["2026-04-04", "2026-03-03", "2026-01-02"]
    assert after[2] == before[1]


def test_a_new_story_of_the_newest_month_reindexes_only_its_small_shard(tmp_path):
    site = FixtureSite(tmp_path, search=True, search_options={"shard_size": 3, "newest_size": 1})
    write_stories(site)
    first = site.build()
    assert first.returncode == 0, first.output
    assert [(shard["id"], shard["months"], shard.get("days"), shard["stories"]) for shard in manifest(first.site)] == [
        ("2026-05-05", [5, 5], None, 1), ("2026-03-03", [3, 3], None, 2), ("2026-01-02", [1, 2], None, 3),
        ("2025", [6, 12], None, 2), ("2024-07-07-13-13", [7, 7], [13, 13], 1),
        ("2024-07-07-10-12", [7, 7], [10, 12], 3),
    ]
    site.story("2026/05/apel-pagi.md", title="Kegiatan Apel Pagi", date="2026-05-20 07:00")
    added = site.build()
    assert added.returncode == 0, added.output
    assert shard_lines(added.output) == {
        "2026-05-05-20-20": "indexed", "2026-05-05-02-02": "copied from the cache",
        "2026-03-03": "copied from the cache", "2026-01-02": "copied from the cache", "2025": "copied from the cache",
        "2024-07-07-13-13": "copied from the cache", "2024-07-07-10-12": "copied from the cache",
    }
    assert shard_urls(added.site, "2026-05-05-20-20") == {"/berita/2026/05/apel-pagi/"}


def test_check_finds_a_story_claimed_by_two_shards(tmp_path):
    (tmp_path / "shards.json").write_text(json.dumps({"shards": [
        {"id": "2025-06-12", "year": "2025", "months": [6, 12], "stories": 1},
        {"id": "2025-01-06", "year": "2025", "months": [1, 6], "stories": 1},
    ]}))
    for folder, pages in (("2025-06-12", 1), ("2025-01-06", 1), ("vocabulary", 1)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "pagefind-entry.json").write_text(json.dumps({"languages": {"id": {"page_count": pages}}}))
    problems = check_shards(tmp_path, [], [record(2025, 6, 1), record(2025, 7, 2)], preview=True)
    assert problems == [
        "search index: /berita/2025/06/berita-1/ is in 2 shards (2025-06-12, 2025-01-06)",
        "search index: shard 2025-06-12 has 1 pages for 2 stories",
        "search index: the vocabulary has 1 pages for 2 shards",
    ]


def test_check_reads_a_split_month_by_its_days(tmp_path):
    (tmp_path / "shards.json").write_text(json.dumps({"shards": [
        {"id": "2025-06-06-16-30", "year": "2025", "months": [6, 6], "days": [16, 30], "stories": 1},
        {"id": "2025-06-06-01-15", "year": "2025", "months": [6, 6], "days": [1, 15], "stories": 1},
    ]}))
    for folder in ("2025-06-06-16-30", "2025-06-06-01-15", "vocabulary"):
        (tmp_path / folder).mkdir()
        pages = 2 if folder == "vocabulary" else 1
        (tmp_path / folder / "pagefind-entry.json").write_text(json.dumps({"languages": {"id": {"page_count": pages}}}))
    late, early = replace(record(2025, 6, 1), day=20), replace(record(2025, 6, 2), day=3)
    assert check_shards(tmp_path, [], [late, early], preview=True) == []
    assert check_shards(tmp_path, [], [late, replace(early, day=31)], preview=True) == [
        "search index: /berita/2025/06/berita-2/ is in 0 shards ()",
        "search index: shard 2025-06-06-01-15 has 1 pages for 0 stories",
    ]


@pytest.mark.parametrize("output", ["", ".", "../pagefind", "/srv/pagefind"])
def test_the_index_folder_lies_inside_the_site(tmp_path, output):
    # The folder is emptied on every build.
    site = FixtureSite(tmp_path, search=True, search_options={"output": output})
    site.story("2026/01/patroli.md")
    result = site.build()
    assert result.returncode != 0
    assert f"portal-search: output must be a folder inside site_dir, not '{output}'" in result.output
    assert "Traceback" not in result.output


def test_a_web_server_running_as_another_user_can_read_the_index(tmp_path):
    site = FixtureSite(tmp_path, search=True)
    write_stories(site)
    for build in range(2):  # indexed, then copied from the cache
        result = site.build()
        assert result.returncode == 0, result.output
        unreadable = [
            str(path.relative_to(result.site)) for path in [result.site / "pagefind", *(result.site / "pagefind").rglob("*")]
            if path.stat().st_mode & (0o005 if path.is_dir() else 0o004) != (0o005 if path.is_dir() else 0o004)
        ]
        assert unreadable == []


def test_shard_words_are_kept_by_shard_key_and_match_the_records(tmp_path):
    def story(year: int, month: int, number: int, text: str) -> SearchRecord:
        html = f"<main data-pagefind-body><p>{text}</p></main>"
        return SearchRecord(f"/berita/{year}/{month:02d}/berita-{number}/", html, year, month)

    shards = plan_shards([story(2025, 1, 1, "patroli pasar"), story(2025, 2, 2, "ronda &amp; sambang"),
                          story(2026, 1, 3, "patroli subuh")], shard_size=12)
    keys = {shard.id: f"kunci-{shard.id}" for shard in shards}
    cache = WordsCache(tmp_path / "words", keys)
    fresh = vocabulary_records(shards)
    assert vocabulary_records(shards, cache.words) == fresh
    assert sorted(path.name for path in (tmp_path / "words").iterdir()) == ["kunci-2025.txt", "kunci-2026.txt"]
    # Read back from the files, not the records: the same pages.
    assert vocabulary_records(shards, WordsCache(tmp_path / "words", keys).words) == fresh
    (tmp_path / "words" / "kunci-lama.txt").write_text("usang", encoding="utf-8")
    cache.prune()
    assert sorted(path.name for path in (tmp_path / "words").iterdir()) == ["kunci-2025.txt", "kunci-2026.txt"]
