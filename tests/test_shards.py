"""The site built as Polda shards and a merge (``site_plugins/shards``, ``portal build
--shards``): the same site as one build, byte for byte; a failing shard or a URL claimed twice
fails the whole build and leaves the live site as it was."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import FixtureSite, differences, jpeg, read_stories

from site_plugins.content.registry import load_registry
from site_plugins.publish.plugin import national_feed_candidates
from site_plugins.search.bodies import ShardBodies, describe_bodies
from site_plugins.search.counts import iter_count_files
from site_plugins.shards.assemble import AssemblyError, Placing, SiteLists, Staging, claims
from site_plugins.shards.description import VERSION, Description, DescriptionError, read_all
from site_plugins.shards.stage import Listed, stage
from site_plugins.content.listings import Window, month_number, month_of
from site_plugins.shards.plan import Part, balanced_runs, choose_stories, month_windows, shard_ids
from site_plugins.shards.records import StoryRecords, read_story, story_record, write_records


# --- choosing a shard's stories without reading their YAML -------------------------------------

def _registry(tmp_path: Path):
    from conftest import REGISTRY

    (tmp_path / "satuan.yml").write_text(REGISTRY, encoding="utf-8")
    return load_registry(tmp_path / "satuan.yml", "content/satuan.yml")


@pytest.mark.parametrize(("head", "kept_by"), [
    ("polsek: Polsek Mayangan\n", {"polda-jawa-timur"}),
    ("polres: Polres Sumbawa Barat\n", {"polda-nusa-tenggara-barat"}),
    ("satuan: Polda Papua\n", {"polda-papua"}),
    # Not plain to see: every shard reads it whole and keeps it only when it is its own.
    ("polsek: 'Polsek Mayangan'\n", {"polda-jawa-timur", "polda-nusa-tenggara-barat", "polda-papua"}),
    ("polsek: Polsek Kota\n", {"polda-jawa-timur", "polda-nusa-tenggara-barat", "polda-papua"}),
    ("polsek: Polsek Mayangan # x\n", {"polda-jawa-timur", "polda-nusa-tenggara-barat", "polda-papua"}),
    ("polsek: >\n  Polsek Mayangan\n", {"polda-jawa-timur", "polda-nusa-tenggara-barat", "polda-papua"}),
    ("polsek: Polsek Mayangan\npolsek: Polsek Sekongkang\n", {"polda-jawa-timur", "polda-nusa-tenggara-barat", "polda-papua"}),
])
def test_a_story_goes_to_its_polda_shard_or_to_every_shard_when_its_unit_is_not_plain(tmp_path, head, kept_by):
    registry = _registry(tmp_path)
    (tmp_path / "berita").mkdir()
    (tmp_path / "berita/a.md").write_text(f"---\ntitle: Patroli\n{head}date: 2026-01-29\n---\n\nIsi.\n")
    chosen = {polda.slug for polda in registry.poldas if choose_stories(tmp_path, ["berita/a.md"], registry, polda)}
    assert chosen == kept_by


def test_the_shard_list_is_the_registry_s_polda(tmp_path):
    assert shard_ids(_registry(tmp_path)) == ["polda-jawa-timur", "polda-nusa-tenggara-barat", "polda-papua"]


def test_a_build_is_a_shard_or_the_merge_never_both():
    assert Part.from_environment({}).is_whole
    assert Part.from_environment({"PORTAL_SHARD": "polda-papua", "PORTAL_SHARD_OUT": "/tmp/x"}).is_shard
    with pytest.raises(ValueError, match="both set"):
        Part.from_environment({"PORTAL_SHARD": "polda-papua", "PORTAL_MERGE": "/tmp/x"})
    with pytest.raises(ValueError, match="PORTAL_SHARD_OUT"):
        Part.from_environment({"PORTAL_SHARD": "polda-papua"})
    merge = Part.from_environment({"PORTAL_MERGE": "/tmp/x", "PORTAL_MERGE_REUSE": "/tmp/.site.earlier"})
    assert merge.is_merge and merge.reuse == Path("/tmp/.site.earlier")
    assert Part.from_environment({"PORTAL_MERGE": "/tmp/x"}).reuse is None


def test_a_part_of_the_merge_reads_the_shards_and_is_numbered_from_two():
    part = Part.from_environment({"PORTAL_MERGE": "/tmp/x", "PORTAL_MERGE_PART": "3"})
    assert part.is_part and part.reads_shards and not part.is_merge
    assert part.number == 3 and part.out == Path("/tmp/x/part-3")
    with pytest.raises(ValueError, match="needs PORTAL_MERGE"):
        Part.from_environment({"PORTAL_MERGE_PART": "2"})
    for number in ("1", "0", "dua"):
        with pytest.raises(ValueError, match="numbered 2 or more"):
            Part.from_environment({"PORTAL_MERGE": "/tmp/x", "PORTAL_MERGE_PART": number})


def test_the_merge_s_months_are_parts_of_about_as_many_stories_the_newest_first():
    counts = {month_number(2025, month): 10 for month in range(1, 13)} | {month_number(2026, 1): 3}
    windows = month_windows(counts, 3, shows_newest=50)
    assert [(month_of(window.first), month_of(window.last)) for window in windows] == [
        ((2025, 9), (2026, 1)), ((2025, 5), (2025, 8)), ((2025, 1), (2025, 4))]
    assert [window.newest for window in windows] == [True, False, False]
    assert all(window.shows_newest == 50 for window in windows)
    # Fewer months than parts: the last parts hold none; one part holds everything.
    assert month_windows({month_number(2026, 1): 5}, 3) == [
        Window(month_number(2026, 1), month_number(2026, 1), newest=True), None, None]
    assert [(w.first, w.last) for w in month_windows(counts, 1)] == [(month_number(2025, 1), month_number(2026, 1))]


def test_runs_of_consecutive_items_hold_about_an_equal_share_each():
    assert balanced_runs([3, 10, 10, 10, 10, 10, 10, 10], 3) == [slice(0, 3), slice(3, 5), slice(5, 8)]
    # An item is never split: a large one weighs on the run it is in.
    assert balanced_runs([1, 100, 1, 50], 2) == [slice(0, 2), slice(2, 4)]
    assert balanced_runs([1, 100, 1, 50], 4) == [slice(0, 1), slice(1, 2), slice(2, 3), slice(3, 4)]
    assert balanced_runs([5], 3) == [slice(0, 1), slice(1, 1), slice(1, 1)]
    assert balanced_runs([], 2) == [slice(0, 0), slice(0, 0)]


# --- what a shard hands the merge -----------------------------------------------------------------

def test_a_story_record_reads_back_as_the_same_story_without_its_body(tmp_path):
    stories, registry = read_stories(tmp_path, {
        "2026/01/a.md": {"date": "2026-01-29 12:00", "tags": ["Patroli Dialogis"], "image": None},
        "2025/12/b.md": {"date": "2025-12-31", "polsek": None, "polres": "Polres Sumbawa Barat"},
    })
    for story in stories:
        back = read_story(json.loads(json.dumps(story_record(story, "f", []))), registry)
        for attribute in ("src_uri", "path", "url", "title", "location", "author", "tags", "summary", "image"):
            assert getattr(back, attribute) == getattr(story, attribute)
        assert (back.date.display, back.date.iso, back.date.short) == (story.date.display, story.date.iso, story.date.short)
        assert back.unit is story.unit
        assert back.body == ""


def test_a_shards_records_are_lines_of_a_data_file_each_read_back_alone(tmp_path):
    records = [{"src_uri": "berita/2026/01/a.md", "title": "Patroli\nmalam \u2028 di Desa Ampenan", "tags": []},
               {"src_uri": "berita/2026/01/b.md", "title": "Sambang warga \"Kampung Tangguh\"", "tags": [["a", "a"]]},
               {"src_uri": "berita/2026/02/c.md", "title": "Razia miras", "tags": []}]
    name, size = write_records(tmp_path / "polda-ntb", records)
    Description("polda-ntb", "r", {"portal": {"stories": name}}, data={name: size}).write(tmp_path / "polda-ntb")
    description = Description.read(tmp_path / "polda-ntb/shard.json")
    assert "Razia" not in (tmp_path / "polda-ntb/shard.json").read_text()
    read = StoryRecords.of(description)
    assert len(read) == 3 and list(read) == records
    assert read[2] == records[2] and read[0]["title"] == records[0]["title"]
    assert len(StoryRecords.of(Description("polda-ntb", "r", {"portal": {}}))) == 0
    (tmp_path / "polda-ntb" / name).write_bytes(b"{}\n" + b"x" * (size - 4) + b"\n")  # the same size, altered
    with pytest.raises(DescriptionError, match=rf"{name}: line 2 is not a story record; build the shard again"):
        list(StoryRecords.of(Description.read(tmp_path / "polda-ntb/shard.json")))


def _description(folder: Path, shard: str, paths: list[str], stories: list[dict] = (), registry: str = "r") -> Description:
    site = folder / shard / "site"
    for path in paths:
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(path)
    name, size = write_records(folder / shard, list(stories))
    description = Description(shard, registry, {"files": {"site": "site", "paths": paths},
                                                "portal": {"stories": name}}, data={name: size})
    description.path = description.write(folder / shard)
    return description


def test_a_path_claimed_by_two_shards_is_refused_naming_both_and_their_stories(tmp_path):
    records = [{"url": "berita/2026/01/patroli/", "path": "content/berita/2026/01/patroli.md"}]
    first = _description(tmp_path, "polda-jawa-timur", ["berita/2026/01/patroli/index.html"], records)
    second = _description(tmp_path, "polda-papua", ["berita/2026/01/patroli/index.html"],
                          [{**records[0], "path": "content/berita/2026/01/papua/patroli.md"}])
    with pytest.raises(AssemblyError) as raised:
        claims([first, second], tmp_path / "claims")
    message = str(raised.value)
    assert "/berita/2026/01/patroli/: claimed twice" in message
    assert "polda-jawa-timur" in message and "polda-papua" in message
    assert "content/berita/2026/01/patroli.md" in message and "content/berita/2026/01/papua/patroli.md" in message


def test_shards_are_handed_over_in_their_order_as_read_and_a_claim_names_stories_taken_away(tmp_path):
    records = [{"url": "berita/2026/01/patroli/", "path": "content/berita/2026/01/patroli.md"}]
    _description(tmp_path, "polda-papua", ["berita/2026/01/patroli/index.html"],
                 [{**records[0], "path": "content/berita/2026/01/papua/patroli.md"}])
    _description(tmp_path, "polda-jawa-timur", ["berita/2026/01/patroli/index.html"], records)
    taken = []

    def take(description):
        taken.append((description.shard, len(StoryRecords.of(description))))
        description.sections["portal"] = {}  # as the merge keeps them: as stories, not records

    read = read_all(tmp_path, ["polda-jawa-timur", "polda-papua"], "r", take)
    assert taken == [("polda-jawa-timur", 1), ("polda-papua", 1)]
    with pytest.raises(AssemblyError) as raised:
        claims(read, tmp_path / "claims")
    message = str(raised.value)
    assert "content/berita/2026/01/patroli.md" in message and "content/berita/2026/01/papua/patroli.md" in message


def test_a_shard_path_the_merge_wrote_itself_or_outside_its_site_is_refused(tmp_path):
    (tmp_path / "site/tag").mkdir(parents=True)
    (tmp_path / "site/tag/index.html").write_text("merge")
    description = _description(tmp_path, "polda-papua", ["tag/index.html"])
    with pytest.raises(AssemblyError, match="merge's own pages and by shard polda-papua"):
        Staging(claims([description], tmp_path / "claims"), tmp_path / "site/.staged").graft(tmp_path / "site")
    assert (tmp_path / "site/tag/index.html").read_text() == "merge"
    assert not (tmp_path / "site/.staged").exists()
    description.sections["files"] = {"site": "site", "paths": ["../../etc/passwd"]}  # the claims took the files
    with pytest.raises(AssemblyError, match="not a path inside its site"):
        claims([description], tmp_path / "claims")


def test_the_shards_files_are_gathered_aside_then_moved_in_beside_the_merge_s_own(tmp_path):
    paths = ["berita/2026/01/patroli/index.html", "wilayah/polda-papua/index.html", "foto/abc/patroli-480.webp"]
    description = _description(tmp_path, "polda-papua", paths)  # each file holds its path
    site = tmp_path / "site"
    (site / "wilayah").mkdir(parents=True)
    (site / "wilayah/index.html").write_text("merge")  # the merge's own page beside a shard's folder
    staging = Staging(claims([description], tmp_path / "claims"), site / ".staged")
    assert staging.graft(site) == 3
    for path in paths:
        assert (site / path).read_text() == path
        assert (site / path).stat().st_ino == (tmp_path / "polda-papua/site" / path).stat().st_ino  # linked
    assert (site / "wilayah/index.html").read_text() == "merge"
    assert sorted(p.name for p in site.iterdir()) == ["berita", "foto", "wilayah"]


def _linked_copy(site: Path, into: Path) -> None:
    """``into``: an earlier merge's site holding ``site``'s files as hard links."""
    for path in site.rglob("*"):
        if path.is_file():
            (into / path.relative_to(site)).parent.mkdir(parents=True, exist_ok=True)
            os.link(path, into / path.relative_to(site))


def test_unchanged_folders_of_an_earlier_site_are_moved_over_whole_and_changed_ones_made_anew(tmp_path):
    paths = ["berita/2026/01/patroli/index.html", "berita/2026/01/sambang/index.html",
             "berita/2026/02/razia/index.html", "berita/2026/02/razia/pos.jpg", "wilayah/polda-papua/index.html"]
    description = _description(tmp_path, "polda-papua", paths)
    shard_site, earlier = tmp_path / "polda-papua/site", tmp_path / "earlier"
    _linked_copy(shard_site, earlier)
    # Since that site: one story changed (its page is another file), one folder gained a file
    # the shard no longer has, and one a file that is a copy, not the shard's own.
    (shard_site / "berita/2026/01/sambang/index.html").unlink()
    (shard_site / "berita/2026/01/sambang/index.html").write_text("baru")
    (earlier / "wilayah/polda-papua/lama.html").write_text("hapus")
    (earlier / "berita/2026/02/razia/pos.jpg").unlink()
    (earlier / "berita/2026/02/razia/pos.jpg").write_text("berita/2026/02/razia/pos.jpg")
    patroli = (earlier / "berita/2026/01/patroli").stat().st_ino
    site = tmp_path / "site"
    site.mkdir()
    assert Staging(claims([description], tmp_path / "claims"), site / ".staged", earlier).graft(site) == 5
    assert (site / "berita/2026/01/patroli").stat().st_ino == patroli  # moved over, not made again
    assert not (earlier / "berita/2026/01/patroli").exists()
    assert (earlier / "berita/2026/01/sambang").exists() and (earlier / "berita/2026/02/razia").exists()
    assert not (site / "wilayah/polda-papua/lama.html").exists()
    for path in paths:
        assert (site / path).stat().st_ino == (shard_site / path).stat().st_ino
    assert (site / "berita/2026/01/sambang/index.html").read_text() == "baru"
    assert sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file()) == sorted(paths)


def test_a_missing_or_unusable_earlier_site_only_means_every_file_is_linked(tmp_path):
    paths = ["berita/2026/01/patroli/index.html", "foto/abc/patroli-480.webp"]
    for number, earlier in enumerate([tmp_path / "tidak-ada", tmp_path / "berkas"]):
        description = _description(tmp_path, "polda-papua", paths)
        (tmp_path / "berkas").write_text("bukan folder")
        site = tmp_path / f"site-{number}"
        site.mkdir()
        assert Staging(claims([description], tmp_path / "claims"), site / ".staged", earlier).graft(site) == 2
        assert sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file()) == sorted(paths)


def test_the_merge_s_cached_pages_come_from_the_earlier_site_s_folders_that_hold_them(tmp_path):
    cache, earlier, site = tmp_path / "cache", tmp_path / "earlier", tmp_path / "site"
    entries = {name: cache / f"{name}.html" for name in ("utama", "patroli", "patroli-2", "sambang")}
    cache.mkdir()
    for name, entry in entries.items():
        entry.write_text(name)
    pages = {"index.html": "utama", "tag/patroli/index.html": "patroli",
             "tag/patroli/page/2/index.html": "patroli-2", "tag/sambang/index.html": "sambang"}
    for path, name in pages.items():
        (earlier / path).parent.mkdir(parents=True, exist_ok=True)
        os.link(entries[name], earlier / path)
    # Since that site, the Sambang tag gained a feed, which the merge writes itself.
    (earlier / "tag/sambang/feed.xml").write_text("feed")
    patroli = (earlier / "tag/patroli").stat().st_ino
    site.mkdir()
    placing = Placing({path: str(entries[name]) for path, name in pages.items()}, site, earlier)
    assert placing.wait() == 4
    assert (site / "tag/patroli").stat().st_ino == patroli and not (earlier / "tag/patroli").exists()
    assert (earlier / "tag/sambang/feed.xml").exists() and not (site / "tag/sambang/feed.xml").exists()
    for path, name in pages.items():
        assert (site / path).stat().st_ino == entries[name].stat().st_ino


def test_a_cached_page_that_cannot_be_placed_fails_the_merge_naming_it(tmp_path):
    (tmp_path / "site").mkdir()
    placing = Placing({"tag/patroli/index.html": str(tmp_path / "hilang.html")}, tmp_path / "site")
    with pytest.raises(AssemblyError, match="/tag/patroli/index.html: .*hilang.html could not be taken"):
        placing.wait()
    placing.abandon()  # as the failed build's clean-up does, after the process has ended


def test_a_link_or_a_file_in_the_earlier_site_where_a_folder_was_is_never_taken(tmp_path):
    paths = ["berita/2026/01/patroli/index.html", "berita/2026/02/razia/index.html"]
    description = _description(tmp_path, "polda-papua", paths)
    shard_site, earlier = tmp_path / "polda-papua/site", tmp_path / "earlier"
    _linked_copy(shard_site, earlier)
    # January: a link to a folder holding the very files; February: a file named as the folder.
    (tmp_path / "elsewhere").mkdir()
    (earlier / "berita/2026/01").rename(tmp_path / "elsewhere/01")
    (earlier / "berita/2026/01").symlink_to(tmp_path / "elsewhere/01")
    shutil.rmtree(earlier / "berita/2026/02")
    (earlier / "berita/2026/02").write_text("bukan folder")
    site = tmp_path / "site"
    site.mkdir()
    assert Staging(claims([description], tmp_path / "claims"), site / ".staged", earlier).graft(site) == 2
    assert not (site / "berita/2026/01").is_symlink() and not (site / "berita/2026/02").is_symlink()
    assert (tmp_path / "elsewhere/01/patroli/index.html").is_file()  # nothing taken through the link
    for path in paths:
        assert (site / path).stat().st_ino == (shard_site / path).stat().st_ino


def test_a_merge_failing_once_its_gathering_started_leaves_the_live_site_and_nothing_beside_it(tmp_path):
    site = _national_site(tmp_path)
    assert site.portal("build", "--shards", "--workers", "2").returncode == 0
    before = sorted(str(p.relative_to(site.root / "site")) for p in (site.root / "site").rglob("*"))
    site.write("berita/2026/01/sisa.jpg", jpeg())  # used by no story: the merge fails once its gathering started
    failed = site.portal("build", "--merge")
    assert failed.returncode != 0
    assert "sisa.jpg" in failed.stderr and "Traceback" not in failed.stderr
    time.sleep(1)  # a gathering left running would make the failed site's folder again
    assert not (site.root / ".site.new").exists()
    assert sorted(str(p.relative_to(site.root / "site")) for p in (site.root / "site").rglob("*")) == before


def test_a_shard_file_missing_from_its_site_fails_the_merge_naming_it(tmp_path):
    description = _description(tmp_path, "polda-papua", ["berita/2026/01/patroli/index.html", "foto/a.webp"])
    (tmp_path / "polda-papua/site/berita/2026/01/patroli/index.html").unlink()
    site = tmp_path / "site"
    site.mkdir()
    staging = Staging(claims([description], tmp_path / "claims"), site / ".staged")
    with pytest.raises(AssemblyError, match=r"/berita/2026/01/patroli/index.html: .*polda-papua/site/berita"):
        staging.graft(site)
    assert (site / "foto/a.webp").read_text() == "foto/a.webp"  # the others are still taken
    staging.abandon()  # as the failed build's clean-up does, after the process has ended


def test_shards_sharing_folders_are_gathered_in_one_tree_order_and_their_files_leave_the_descriptions(tmp_path):
    # Two shards' stories in the same month's folder, and names that sort around ``/``: ``patroli-2`` before
    # ``patroli/…`` as strings, after it by folder. Each shard lists its own paths sorted as strings.
    first = _description(tmp_path, "polda-jawa-timur", ["berita/2026/01/patroli-2/index.html",
                                                        "berita/2026/01/patroli/foto.jpg",
                                                        "berita/2026/01/patroli/index.html"])
    second = _description(tmp_path, "polda-papua", ["berita/2026/01/patroli.b/index.html",
                                                    "berita/2026/01/patroli/x/index.html", "berita/2026/02/a/index.html"])
    found = claims([first, second], tmp_path / "claims")
    assert "files" not in first.sections and "files" not in second.sections  # held on disk, not in memory
    site = tmp_path / "site"
    site.mkdir()
    assert Staging(found, site / ".staged").graft(site) == 6
    assert sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file()) == sorted(
        [*(f"berita/2026/01/{path}" for path in ("patroli-2/index.html", "patroli/foto.jpg", "patroli/index.html",
                                                 "patroli.b/index.html", "patroli/x/index.html")),
         "berita/2026/02/a/index.html"])
    assert not (tmp_path / "claims").exists()  # deleted once the files are in


def test_a_folder_whose_files_come_from_two_shards_is_moved_over_whole_when_unchanged(tmp_path):
    first = _description(tmp_path, "polda-jawa-timur", ["berita/2026/01/a/index.html", "berita/2026/02/c/index.html"])
    second = _description(tmp_path, "polda-papua", ["berita/2026/01/b/index.html", "berita/2026/02/d/index.html"])
    earlier = tmp_path / "earlier"
    for shard in ("polda-jawa-timur", "polda-papua"):
        _linked_copy(tmp_path / shard / "site", earlier)
    (tmp_path / "polda-papua/site/berita/2026/02/d/index.html").unlink()  # February's story of Papua changed
    (tmp_path / "polda-papua/site/berita/2026/02/d/index.html").write_text("baru")
    january, c = (earlier / "berita/2026/01").stat().st_ino, (earlier / "berita/2026/02/c").stat().st_ino
    site = tmp_path / "site"
    site.mkdir()
    assert Staging(claims([first, second], tmp_path / "claims"), site / ".staged", earlier).graft(site) == 4
    assert (site / "berita/2026/01").stat().st_ino == january  # both shards' January: one folder, moved
    assert (site / "berita/2026/02/c").stat().st_ino == c
    assert (site / "berita/2026/02/d/index.html").read_text() == "baru"
    assert not (earlier / "berita/2026/02/c").exists()  # unchanged inside a changed month: moved too
    assert (earlier / "berita/2026/02/d").exists()


def _gathered(tmp_path: Path, name: str, description: Description, lists: SiteLists, earlier: Path | None) -> Path:
    """A merge's site ``name`` of ``description``'s files beside a page of the merge's own in
    ``wilayah/``, gathered from the site ``earlier``."""
    site = tmp_path / name
    (site / "wilayah").mkdir(parents=True)
    (site / "wilayah/index.html").write_text("merge")
    staging = Staging(claims([description], tmp_path / f"claims-{name}"), site / ".staged", earlier, lists)
    assert staging.graft(site) == len(_paths_of(description, tmp_path))
    return site


def _paths_of(description: Description, tmp_path: Path) -> list[str]:
    site = tmp_path / description.shard / "site"
    return sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file())


def test_a_merge_takes_its_earlier_site_s_folders_by_the_list_that_site_was_gathered_with(tmp_path):
    lists = SiteLists(tmp_path / "cache/gathered")
    paths = ["berita/2026/01/patroli/index.html", "berita/2026/01/sambang/index.html",
             "berita/2026/02/razia/index.html", "berita/2026/02/razia/pos.jpg", "wilayah/polda-papua/index.html"]
    first = _gathered(tmp_path, "site-1", _description(tmp_path, "polda-papua", paths), lists, None)
    assert [p.name for p in lists.folder.iterdir()] == [f"{first.stat().st_dev}-{first.stat().st_ino}"]
    patroli, papua = (first / "berita/2026/01/patroli").stat().st_ino, (first / "wilayah/polda-papua").stat().st_ino
    # Since: one story's page is another file, one photo is gone, one story is new.
    shard_site = tmp_path / "polda-papua/site"
    (shard_site / "berita/2026/01/sambang/index.html").unlink()
    (shard_site / "berita/2026/01/sambang/index.html").write_text("baru")
    (shard_site / "berita/2026/02/razia/pos.jpg").unlink()
    (shard_site / "berita/2026/02/baru").mkdir()
    (shard_site / "berita/2026/02/baru/index.html").write_text("berita/2026/02/baru/index.html")
    paths = [path for path in paths if not path.endswith("pos.jpg")] + ["berita/2026/02/baru/index.html"]
    description = Description("polda-papua", "r", {"files": {"site": "site", "paths": paths}, "portal": {}})
    description.path = description.write(tmp_path / "polda-papua")
    second = _gathered(tmp_path, "site-2", description, lists, first)
    assert (second / "berita/2026/01/patroli").stat().st_ino == patroli  # moved over, by the list
    assert (second / "wilayah/polda-papua").stat().st_ino == papua  # inside the merge's own folder
    assert (second / "berita/2026/01/sambang/index.html").read_text() == "baru"
    assert (first / "berita/2026/02/razia/pos.jpg").exists() and not (second / "berita/2026/02/razia/pos.jpg").exists()
    assert sorted(str(p.relative_to(second)) for p in second.rglob("*") if p.is_file()) == sorted(
        [*paths, "wilayah/index.html"])
    for path in paths:
        assert (second / path).stat().st_ino == (shard_site / path).stat().st_ino
    # The first site's list was taken (that site is taken apart now); the second's is kept.
    assert [p.name for p in lists.folder.iterdir()] == [f"{second.stat().st_dev}-{second.stat().st_ino}"]


def test_a_list_is_taken_only_for_the_site_it_was_made_for_and_only_once(tmp_path):
    lists = SiteLists(tmp_path / "cache/gathered")
    paths = ["berita/2026/01/patroli/index.html"]
    site = _gathered(tmp_path, "site-1", _description(tmp_path, "polda-papua", paths), lists, None)
    assert lists.take(tmp_path / "polda-papua/site") is None  # another site
    assert len(list(lists.folder.iterdir())) == 1
    (site / "feed.xml").write_text("ditulis kemudian")  # the site is no longer as listed
    assert lists.take(site) is None
    assert list(lists.folder.iterdir()) == []  # and the list is gone
    site = _gathered(tmp_path, "site-2", _description(tmp_path, "polda-papua", paths), lists, None)
    taken = lists.take(site)
    assert taken is not None and (taken / "files").read_bytes().startswith(b"berita/2026/01/patroli/index.html\0")
    assert lists.take(site) is None  # taken once: a merge failing after this leaves no list behind
    SiteLists.discard(taken)
    assert list(lists.folder.iterdir()) == []


def test_only_the_newest_lists_are_kept(tmp_path):
    lists = SiteLists(tmp_path / "cache/gathered")
    sites = []
    for number in range(SiteLists.KEPT + 2):
        description = _description(tmp_path, "polda-papua", ["berita/2026/01/patroli/index.html"])
        sites.append(_gathered(tmp_path, f"site-{number}", description, lists, None))
        time.sleep(0.01)
    assert sorted(p.name for p in lists.folder.iterdir()) == sorted(
        f"{site.stat().st_dev}-{site.stat().st_ino}" for site in sites[-SiteLists.KEPT:])


def test_with_a_list_no_folder_of_the_earlier_site_is_read(tmp_path, monkeypatch):
    shard, earlier = tmp_path / "shard", tmp_path / "earlier"
    paths = ["a/1/index.html", "a/2/index.html", "b/index.html", "c/3/index.html"]
    for path in paths:
        (shard / path).parent.mkdir(parents=True, exist_ok=True)
        (shard / path).write_text(path)
    with (tmp_path / "list").open("wb") as writing:
        assert stage(str(earlier), [(str(shard / path), path) for path in paths], writing=writing) == []
    (shard / "a/2/index.html").unlink()
    (shard / "a/2/index.html").write_text("baru")
    monkeypatch.setattr("site_plugins.shards.stage.os.scandir", None)  # reading a folder fails the test
    with (tmp_path / "list").open("rb") as files:
        listed = Listed(files)
        assert stage(str(tmp_path / "site"), [(str(shard / path), path) for path in paths[1:]], str(earlier),
                     listed) == []
    assert (tmp_path / "site/c/3").exists() and not (earlier / "c/3").exists()  # moved over whole
    assert not (tmp_path / "site/a/1").exists()  # gone since
    assert (tmp_path / "site/a/2/index.html").read_text() == "baru"
    assert (tmp_path / "site/b/index.html").stat().st_ino == (shard / "b/index.html").stat().st_ino


@pytest.mark.parametrize("seed", range(8))
def test_a_site_gathered_by_the_list_holds_exactly_the_files_claimed_whatever_changed(tmp_path, seed):
    import random

    from site_plugins.shards.stage import tree_key

    chance = random.Random(seed)
    names = ["a", "a-b", "a.b", "b", "c"]
    universe = sorted({"/".join(chance.choice(names) for _ in range(chance.randint(1, 4))) + "/index.html"
                       for _ in range(60)} | {"index.html"}, key=tree_key)
    universe = [path for path in universe if not any(other.startswith(path[:-len("index.html")] + "index.html/")
                                                     for other in universe)]
    shard = tmp_path / "shard"

    def write(path: str, text: str) -> None:
        (shard / path).parent.mkdir(parents=True, exist_ok=True)
        (shard / path).unlink(missing_ok=True)  # a new file, as a page rendered again is
        (shard / path).write_text(text)

    def gathered(site: Path, paths: list[str], earlier: Path | None, listed: Listed | None) -> None:
        with (tmp_path / f"{site.name}.list").open("wb") as writing:
            pairs = [(str(shard / path), path) for path in sorted(paths, key=tree_key)]
            assert stage(str(site), pairs, str(earlier) if earlier else None, listed, writing) == []

    first = chance.sample(universe, len(universe) // 2)
    for path in universe:
        write(path, "1")
    gathered(tmp_path / "site-1", first, None, None)
    # The merge's own pages beside the shards' files in some folders (entered by the graft).
    folders = sorted({path.rpartition("/")[0] for path in first} - {""})
    entered = chance.sample(folders, len(folders) // 3)
    for folder in entered:
        (tmp_path / "site-1" / folder / "milik-merge.html").write_text("merge")
    second = [path for path in first if chance.random() < 0.8] + chance.sample(universe, len(universe) // 4)
    second = sorted(set(second), key=tree_key)
    for path in chance.sample(second, len(second) // 5):
        write(path, "2")
    with (tmp_path / "site-1.list").open("rb") as files:
        gathered(tmp_path / "site-2", second, tmp_path / "site-1", Listed(files, entered))
    site = tmp_path / "site-2"
    assert sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file()) == sorted(second)
    for path in second:
        assert (site / path).stat().st_ino == (shard / path).stat().st_ino, path


def test_a_gathering_that_had_to_copy_a_file_writes_no_list(tmp_path, monkeypatch):
    source = tmp_path / "berkas.html"
    source.write_text("x")

    def no_links(*_):
        raise OSError("no hard links here")

    monkeypatch.setattr("site_plugins.shards.stage.os.link", no_links)
    with (tmp_path / "list").open("wb") as writing:
        assert stage(str(tmp_path / "site"), [(str(source), "a/index.html")], writing=writing) == []
    assert (tmp_path / "site/a/index.html").read_text() == "x"  # copied
    assert (tmp_path / "list").read_bytes() == b""  # its identity is not the listed file's


def test_files_listed_out_of_tree_order_or_twice_are_named_and_the_others_taken(tmp_path):
    source = tmp_path / "berkas.html"
    source.write_text("x")
    pairs = [(str(source), "b/index.html"), (str(source), "a/index.html"), (str(source), "b/index.html"),
             (str(source), "c/index.html")]
    problems = stage(str(tmp_path / "site"), pairs)
    assert problems == ["/a/index.html: listed out of order or twice; not taken",
                        "/b/index.html: listed out of order or twice; not taken"]
    assert sorted(str(p.relative_to(tmp_path / "site")) for p in (tmp_path / "site").rglob("*.html")) == [
        "b/index.html", "c/index.html"]


def test_the_same_photo_derivative_from_two_shards_is_one_claim(tmp_path):
    first = _description(tmp_path, "polda-jawa-timur", ["foto/abc/patroli-480.webp"])
    second = _description(tmp_path, "polda-papua", ["foto/abc/patroli-480.webp"])
    assert claims([first, second], tmp_path / "claims").count == 1


def test_the_merge_refuses_missing_stale_and_foreign_descriptions(tmp_path):
    shards = ["polda-jawa-timur", "polda-papua"]
    _description(tmp_path, "polda-jawa-timur", [], registry="r")
    with pytest.raises(DescriptionError, match="polda-papua.*was not built"):
        read_all(tmp_path, shards, "r")
    _description(tmp_path, "polda-papua", [], registry="other")
    with pytest.raises(DescriptionError, match="another unit registry"):
        read_all(tmp_path, shards, "r")
    data = json.loads((tmp_path / "polda-papua/shard.json").read_text())
    (tmp_path / "polda-papua/shard.json").write_text(json.dumps({**data, "registry": "r", "version": VERSION + 1}))
    with pytest.raises(DescriptionError, match="this merge reads version"):
        read_all(tmp_path, shards, "r")


def test_bodies_go_in_a_data_file_the_merge_reads_one_at_a_time_and_refuses_when_changed(tmp_path):
    folder = tmp_path / "polda-papua"
    bodies = [("berita/2026/01/a.md", "<p>Patroli sore di Jayapura</p>"), ("berita/2026/01/b.md", "<p>Sambang — warga</p>")]
    section, size = describe_bodies(folder, bodies)
    name = section["file"]
    Description("polda-papua", "r", {"search": {"bodies": section}}, data={name: size}).write(folder)
    [description] = read_all(tmp_path, ["polda-papua"], "r")
    reader = ShardBodies([description])
    assert [reader.read(uri) for uri, _ in reversed(bodies)] == [body for _, body in reversed(bodies)]
    assert reader.read("berita/2026/01/elsewhere.md") == ""
    reader.close()
    # The same bodies make the same file; a description written without it removes it.
    assert describe_bodies(folder, bodies)[0]["file"] == name
    (folder / name).write_bytes((folder / name).read_bytes() + b"x")
    with pytest.raises(DescriptionError, match=f"data file {name} is missing or was changed"):
        read_all(tmp_path, ["polda-papua"], "r")
    Description("polda-papua", "r", {}).write(folder)
    assert not (folder / name).exists()


def test_a_shard_hands_on_the_feed_items_any_national_feed_may_need(tmp_path):
    files = {f"2026/01/s{n}.md": {"date": f"2026-01-{n + 1:02d}", "tags": ["patroli"] if n < 4 else ["banjir"]}
             for n in range(6)}
    stories, _ = read_stories(tmp_path, files)
    newest = sorted(stories, key=lambda story: story.date.value, reverse=True)
    site, tags = national_feed_candidates(newest, 2)
    # The two newest of the site feed (both tagged banjir); the two newest of each tag.
    assert [story.slug for story in site] == ["s5", "s4"]
    assert [story.slug for story in tags] == ["s5", "s4", "s3", "s2"]


# --- the whole flow, built ---------------------------------------------------------------------

def _national_site(tmp_path: Path, cms: dict | None = None, search: dict | None = None, **portal: object) -> FixtureSite:
    site = FixtureSite(tmp_path / "project", per_page=2, search=True, search_options=search or {}, cms=cms,
                       portal_options=portal)
    site.write("berita/2026/01/foto-patroli.jpg", jpeg())
    site.story("2026/01/patroli-mayangan.md", date="2026-01-29 12:00", tags=["Patroli", "Kamtibmas"],
               image="foto-patroli.jpg", image_alt="Petugas berpatroli")
    site.story("2026/01/sambang-kanigaran.md", date="2026-01-27 08:00", polsek="Polsek Kanigaran", tags=["Sambang"])
    site.story("2026/01/klojen.md", date="2026-01-20", polsek="Polsek Klojen", tags=["patroli"])
    site.story("2025/12/akhir-tahun.md", date="2025-12-31 23:30", polsek="Polsek Sekongkang", tags=["Patroli"],
               body="Patroli malam pergantian tahun di Sekongkang.\n\n![Pos](pos.jpg)")
    site.write("berita/2025/12/pos.jpg", jpeg(320, 240))
    site.story("2026/01/jumat-curhat.md", date="2026-01-23 13:00", polsek=None, polres="Polres Sumbawa Barat",
               tags=["Kamtibmas"])
    site.story("2025/11/papua.md", date="2025-11-02 09:00", polsek=None, polda="Polda Papua", tags=["patroli"],
               title="Polda Papua Gelar Patroli Skala Besar")
    return site


def _sharded_as_one_build(site: FixtureSite, folder: Path) -> str:
    """Build ``site`` once whole into ``folder`` and once as shards (and parts) and the merge:
    the two sites must be the same byte for byte. Pagefind writes its files under names that
    change from one run to the next: of the index, the manifest and the counts are compared by
    their bytes, the bundles by what they were given (the tests below). Returns the sharded
    build's log."""
    whole = site.build("-d", str(folder))
    assert whole.returncode == 0, whole.output
    sharded = site.portal("build", "--shards", "--workers", "2")
    assert sharded.returncode == 0, sharded.stderr
    differ = [path for path in differences(folder, site.root / "site")
              if not path.startswith("pagefind/") or path == "pagefind/shards.json"
              or path.startswith("pagefind/counts/")]
    assert differ == []
    return sharded.stderr


def test_the_sharded_site_is_the_single_build_s_site_byte_for_byte(tmp_path):
    from servers import require_node_tools

    require_node_tools()  # the web editor at /admin/ is part of the site
    site = _national_site(tmp_path, cms={"repo": "humas/portal-uji"})
    assert "Merged 3 shards" in _sharded_as_one_build(site, tmp_path / "whole")
    # Each shard wrote its own pages' sitemap, the merge the national pages' and the index.
    assert sorted(path.name for path in (site.root / "site").glob("sitemap*.xml")) == [
        "sitemap-nasional.xml", "sitemap-news.xml", "sitemap-polda-jawa-timur.xml",
        "sitemap-polda-nusa-tenggara-barat.xml", "sitemap-polda-papua.xml", "sitemap.xml"]
    assert (site.root / "site/sitemap-polda-papua.xml").stat().st_ino == (
        site.root / ".site.shards/polda-papua/site/sitemap-polda-papua.xml").stat().st_ino
    # The counts of one-word queries are made in the merge too, from the same index.
    counts = sorted(path.name for path in (site.root / "site/pagefind/counts").iterdir())
    assert counts and counts == sorted(path.name for path in (tmp_path / "whole/pagefind/counts").iterdir())
    assert dict(iter_count_files(site.root / "site/pagefind/counts"))["patroli"][0] == 6
    assert len(list((site.root / "site/berita").rglob("index.html"))) == 6
    assert "folder: content/berita" in (site.root / "site/admin/config.yml").read_text(encoding="utf-8")
    # Every search bundle was given exactly the same stories: the cache keys are hashes of
    # what Pagefind received (each story's fingerprint and filters, and what renders bodies).
    whole_keys = {p.name for p in (site.root / ".cache/portal/search").iterdir() if len(p.name) == 64}
    merged_keys = {p.name for p in (site.root / ".cache/portal/search/merge").iterdir() if len(p.name) == 64}
    assert whole_keys and whole_keys == merged_keys


def _three_years(tmp_path: Path) -> FixtureSite:
    site = _national_site(tmp_path, merge_parts=3)
    site.story("2024/06/papua-lama.md", date="2024-06-10 10:00", polsek=None, polda="Polda Papua", tags=["Patroli"],
               title="Patroli Lama di Jayapura")
    site.story("2024/11/klojen-lama.md", date="2024-11-20 09:00", polsek="Polsek Klojen", tags=["Sambang"])
    # Written in 2026 in WITA, yet before the last WIB evening of 2025: the listings' order puts
    # it among 2025's stories, its search bundle is 2026's.
    site.story("2026/01/tahun-baru.md", date="2026-01-01 00:30", polsek="Polsek Sekongkang", tags=["Patroli"],
               title="Patroli Malam Tahun Baru")
    return site


def test_a_merge_split_by_year_gives_the_single_build_s_site_byte_for_byte(tmp_path):
    site = _three_years(tmp_path)
    assert "parts 2 to 3 of the merge" in _sharded_as_one_build(site, tmp_path / "whole")
    years = {row["id"]: row["stories"] for row in json.loads((site.root / "site/pagefind/shards.json").read_text())["shards"]}
    assert years == {"2026": 5, "2025": 2, "2024": 2}
    # The older parts made the older years' pages and bundles, and the merge took them.
    owned = {number: json.loads((site.root / f".site.shards/part-{number}/part.json").read_text())
             ["sections"]["files"]["paths"] for number in (2, 3)}
    assert "arsip/2025/12/index.html" in owned[2] and "pagefind/2025/pagefind-entry.json" in owned[2]
    assert "arsip/2024/06/index.html" in owned[3] and "pagefind/2024/pagefind-entry.json" in owned[3]
    assert not any(path.startswith(("berita/", "wilayah/", "pagefind/2026/")) for path in owned[2] + owned[3])
    _same_bundles_as_one_build(site, ["2", "3"])


def test_an_older_part_stands_as_built_until_something_it_makes_changes(tmp_path):
    site = _three_years(tmp_path)
    built = site.portal("build", "--shards", "--workers", "2")
    assert built.returncode == 0, built.stderr
    parts = site.root / ".site.shards"
    page = parts / "part-2/site/arsip/2025/12/index.html"
    inode = page.stat().st_ino
    inputs = json.loads((parts / "part-2/part.json").read_text())["sections"]["portal"]["inputs"]
    # A story of the newest months: the older parts' pages and bundles stay the same files.
    site.story("2026/01/patroli-subuh.md", date="2026-01-31 04:00", tags=["Patroli"], title="Patroli Subuh")
    built = site.portal("build", "--shards", "--workers", "2")
    assert built.returncode == 0, built.stderr
    for number in (2, 3):
        log = (parts / f"part-{number}/build.log").read_text()
        assert "nothing it makes changed since it was built, kept as it is" in log, log
    assert page.stat().st_ino == inode
    portal = json.loads((parts / "part-2/part.json").read_text())["sections"]["portal"]
    assert portal["inputs"] == inputs  # and its shards' digest the merge's, which took it
    _same_as_one_build(site, tmp_path / "whole-1")
    # A story of part 2's months, and a tag spelled another way often enough to change the name
    # its listing shows in every part: both parts are built again, and the site is still the same.
    site.story("2025/12/sambang-desember.md", date="2025-12-15 09:00", polsek="Polsek Klojen", tags=["Sambang"])
    for number in range(5):
        site.story(f"2026/01/patroli-{number}.md", date=f"2026-01-2{number} 20:00", tags=["PATROLI"],
                   title=f"Patroli Malam {number}")
    built = site.portal("build", "--shards", "--workers", "2")
    assert built.returncode == 0, built.stderr
    for number in (2, 3):
        assert "kept as it is" not in (parts / f"part-{number}/build.log").read_text()
    assert "PATROLI" in (parts / "part-3/site/tag/patroli/halaman/1/index.html").read_text()
    _same_as_one_build(site, tmp_path / "whole-2")
    # A story of part 3's months changed, not its date: the month's stories are no longer the same.
    site.story("2024/06/papua-lama.md", date="2024-06-10 10:00", polsek=None, polda="Polda Papua", tags=["Patroli"],
               title="Patroli Lama di Jayapura Diperbarui")
    built = site.portal("build", "--shards", "--workers", "2")
    assert built.returncode == 0, built.stderr
    assert "kept as it is" not in (parts / "part-3/build.log").read_text()
    assert "Diperbarui" in (parts / "part-3/site/arsip/2024/06/index.html").read_text()
    _same_as_one_build(site, tmp_path / "whole-3")
    # Nothing changed: the parts stand; a part whose site is gone is built again.
    again = site.portal("build", "--part", "2")
    assert again.returncode == 0 and "kept as it is" in again.stderr, again.stderr
    shutil.rmtree(parts / "part-3/site")
    again = site.portal("build", "--part", "3")
    assert again.returncode == 0 and "kept as it is" not in again.stderr, again.stderr
    assert (parts / "part-3/site/tag/patroli/halaman/1/index.html").is_file()


def test_an_older_part_is_built_again_when_a_newer_story_moves_its_pages_or_renames_its_bundles_tag(tmp_path):
    site = _three_years(tmp_path)
    site.story("2024/06/ronda.md", date="2024-06-20 20:00", polsek="Polsek Klojen", tags=["Ronda"],
               title="Ronda Malam di Klojen")
    assert site.portal("build", "--shards", "--workers", "2").returncode == 0
    parts = site.root / ".site.shards"
    assert (parts / "part-3/site/tag/ronda/index.html").is_file()  # the tag's front page is part 3's
    # A story of the newest month with the tag: its front page moves to the merge, though part 3's months and their
    # stories are the same; the part must not claim the page the merge now writes.
    site.story("2026/01/ronda-baru.md", date="2026-01-30 20:00", tags=["Ronda"], title="Ronda Malam Lagi")
    built = site.portal("build", "--shards", "--workers", "2")
    assert built.returncode == 0, built.stderr
    assert "kept as it is" not in (parts / "part-3/build.log").read_text()
    assert not (parts / "part-3/site/tag/ronda/index.html").exists()
    _same_as_one_build(site, tmp_path / "whole-1")
    # Newer stories spelling the tag otherwise, often enough to rename it: no page of part 3 shows the tag, yet its
    # search bundle of 2024 filters the old story by the tag's name (the names of its months' tags are in its hash;
    # in a corpus this small the newer stories change its hash in other ways too).
    for number in range(3):
        site.story(f"2026/01/ronda-{number}.md", date=f"2026-01-2{number} 21:00", tags=["RONDA"],
                   title=f"Ronda Warga {number}")
    built = site.portal("build", "--shards", "--workers", "2")
    assert built.returncode == 0, built.stderr
    assert "kept as it is" not in (parts / "part-3/build.log").read_text()
    _same_as_one_build(site, tmp_path / "whole-2")
    _same_bundles_as_one_build(site, ["2", "3"])


def test_a_parts_earlier_description_is_taken_out_until_the_part_stands_or_is_built(tmp_path):
    from site_plugins.shards.kept import earlier_part, keep_part

    out = tmp_path / "part-2"
    (out / "site").mkdir(parents=True)
    Description("part-2", "r", {"portal": {"shards": "old", "inputs": "abc"}, "files": {"site": "site"}}).write(
        out, "part.json")
    earlier = earlier_part(out)
    assert earlier is not None and not (out / "part.json").exists()  # a build failing from here leaves none
    assert not keep_part(earlier, out, "other inputs", "new") and not (out / "part.json").exists()
    assert keep_part(earlier, out, "abc", "new")
    assert json.loads((out / "part.json").read_text())["sections"]["portal"] == {"shards": "new", "inputs": "abc"}
    (out / "site").rmdir()  # its site gone: built again
    assert not keep_part(earlier_part(out), out, "abc", "new")


def _same_bundles_as_one_build(site: FixtureSite, parts: list[str]) -> None:
    """Each part indexed its own share of the search bundles: together, the bundles a single
    build indexes (the cache keys are hashes of what Pagefind received)."""
    cache = site.root / ".cache/portal/search"
    whole_keys = {p.name for p in cache.iterdir() if len(p.name) == 64}
    split_keys = {p.name for folder in [cache / "merge", *(cache / "parts").iterdir()]
                  for p in folder.iterdir() if len(p.name) == 64}
    assert whole_keys and whole_keys == split_keys
    assert sorted(p.name for p in (cache / "parts").iterdir()) == parts


def test_a_merge_in_parts_counts_again_only_the_shards_whose_description_changed(tmp_path):
    site = _national_site(tmp_path, merge_parts=2)
    built = site.portal("build", "--shards", "--workers", "2")
    assert built.returncode == 0, built.stderr
    # The merge (and the older part, in its own cache) counts every shard's stories once, then keeps the counts.
    assert "Census of the shards' stories: 3 read, 0 from the cache" in built.stderr
    assert "Stories of part 1's window: 3 of 3 shards read whole" in built.stderr
    part_memo = json.loads((site.root / ".cache/portal/parts/2/shard-counts.json").read_text())
    assert sorted(part_memo["entries"]) == ["polda-jawa-timur", "polda-nusa-tenggara-barat", "polda-papua"]
    site.story("2026/01/patroli-subuh.md", date="2026-01-31 04:00", tags=["Patroli", "Subuh"], title="Patroli Subuh")
    built = site.portal("build", "--shards", "--workers", "2")
    assert built.returncode == 0, built.stderr
    assert "Census of the shards' stories: 1 read, 2 from the cache" in built.stderr
    # The merge reads of the two shards that did not change only the stories its window may hold.
    assert "Stories of part 1's window: 1 of 3 shards read whole" in built.stderr
    kept = json.loads((site.root / ".cache/portal/parts/2/shard-counts.json").read_text())["entries"]
    assert kept["polda-papua"] == part_memo["entries"]["polda-papua"]
    assert kept["polda-jawa-timur"]["key"] != part_memo["entries"]["polda-jawa-timur"]["key"]
    _same_as_one_build(site, tmp_path / "whole")  # the new tag's listing and counts included
    assert "tag/subuh/index.html" in {str(p.relative_to(site.root / "site")) for p in (site.root / "site/tag").rglob("*")}


def test_a_shard_s_counts_are_kept_by_its_description_s_bytes_under_one_registry_and_code(tmp_path):
    from site_plugins.content.listings import Census
    from site_plugins.shards.counts import CountsMemo, ShardCounts

    stories, _ = read_stories(tmp_path, {
        "a.md": {"date": "2026-01-02 08:00", "tags": ["Patroli"], "author": "Bripka Andi"},
        "b.md": {"date": "2025-12-31 23:30", "polsek": None, "polres": "Polres Sumbawa Barat", "tags": ["patroli"],
                 "author": "bripka andi"},
    })
    description = tmp_path / "shards/polda-jawa-timur/shard.json"
    description.parent.mkdir(parents=True)
    description.write_text('{"stories": 2}')
    whole = Census.of(stories)
    memo = CountsMemo("registry code")
    assert memo.known(description) is None
    memo.keep(description, ShardCounts(Census.of(stories[:1]), "digest", ["berita/foto.jpg"]))
    memo.save(tmp_path / "counts.json")
    again = CountsMemo.load(tmp_path / "counts.json", "registry code")
    kept = again.known(description)
    assert kept is not None and kept.stories == "digest" and kept.attachments == ["berita/foto.jpg"]
    # Censuses added in order, through JSON, are the census of the stories read in that order:
    # the same counts, and the same spelling of a name written two ways as often.
    kept.census.update(Census.from_data(json.loads(json.dumps(Census.of(stories[1:]).to_data()))))
    assert (kept.census.months, kept.census.spellings, kept.census.days) == (whole.months, whole.spellings, whole.days)
    assert kept.census.names("penulis") == whole.names("penulis")
    assert list(kept.census.months) == list(whole.months)
    description.write_text('{"stories": 3}')
    assert again.known(description) is None
    assert CountsMemo.load(tmp_path / "counts.json", "registry other-code").entries == {}


def test_a_merge_split_within_a_year_and_its_search_bundles_of_days_give_the_single_build_s_site(tmp_path):
    # Bundles of a day each, and more parts than years: months of one year in different parts.
    site = _national_site(tmp_path, search={"shard_size": 1, "newest_size": 1}, merge_parts=4)
    site.story("2025/03/maret.md", date="2025-03-03 10:00", polsek="Polsek Klojen", tags=["Patroli"])
    site.story("2025/03/maret-lagi.md", date="2025-03-03 16:00", polsek="Polsek Kanigaran", tags=["Sambang"])
    site.story("2025/07/juli.md", date="2025-07-17 08:00", polsek=None, polda="Polda Papua", tags=["Patroli"])
    assert "parts 2 to 4 of the merge" in _sharded_as_one_build(site, tmp_path / "whole")
    months = [json.loads((site.root / f".site.shards/part-{number}/part.json").read_text())["sections"]["portal"]["months"]
              for number in (2, 3, 4)]
    assert all(first // 12 == 2025 for first, _ in months)  # the older parts share 2025 between them
    _same_bundles_as_one_build(site, ["2", "3", "4"])


def test_parts_beyond_the_archive_s_months_make_nothing_and_the_site_is_the_same(tmp_path):
    site = _national_site(tmp_path, merge_parts=8)  # five months of stories
    assert "parts 2 to 8 of the merge" in _sharded_as_one_build(site, tmp_path / "whole")
    empty = json.loads((site.root / ".site.shards/part-8/part.json").read_text())["sections"]
    assert empty["files"]["paths"] == [] and empty["portal"]["months"] == [0, -1]


def test_a_merge_refuses_a_part_missing_or_built_from_other_shards_and_the_live_site_stays(tmp_path):
    site = _national_site(tmp_path, merge_parts=2)
    assert site.portal("build", "--shards", "--workers", "2").returncode == 0
    live = (site.root / "site/index.html").read_bytes()
    site.story("2026/01/patroli-baru.md", date="2026-01-30 10:00", tags=["Patroli"], title="Patroli Baru")
    assert site.portal("build", "--shard", "polda-jawa-timur").returncode == 0
    merged = site.portal("build", "--merge")
    assert merged.returncode != 0
    assert "part-2/part.json: built from other shards than this merge's; build the part again" in merged.stderr
    shutil.rmtree(site.root / ".site.shards/part-2")
    merged = site.portal("build", "--merge")
    assert merged.returncode != 0 and "part-2/part.json: missing: part 2 of the merge was not built" in merged.stderr
    assert "Traceback" not in merged.stderr and (site.root / "site/index.html").read_bytes() == live
    unknown = site.portal("build", "--part", "3")
    assert unknown.returncode == 2 and "bagian 3 tidak ada; merge dibagi 2 bagian" in unknown.stderr
    assert site.portal("build", "--part", "2").returncode == 0
    merged = site.portal("build", "--merge")
    assert merged.returncode == 0, merged.stderr
    assert "Patroli Baru" in (site.root / "site/index.html").read_text(encoding="utf-8")
    # A part standing for months the merge's windows no longer give it is refused too.
    described = Description.read(site.root / ".site.shards/part-2/part.json")
    described.sections["portal"]["months"] = [0, -1]
    described.write(site.root / ".site.shards/part-2", "part.json")
    merged = site.portal("build", "--merge")
    assert merged.returncode != 0
    assert "part-2/part.json: built for other months than this merge's; build the part again" in merged.stderr


def test_a_merge_taking_the_earlier_site_s_unchanged_folders_gives_the_single_build_s_site(tmp_path):
    site = _national_site(tmp_path)
    assert site.portal("build", "--shards", "--workers", "2").returncode == 0
    story, month = site.root / "site/berita/2025/12/akhir-tahun", site.root / "site/arsip/2025/12"
    kept, kept_month = story.stat().st_ino, month.stat().st_ino
    site.story("2026/01/patroli-malam.md", date="2026-01-30 21:00", tags=["Patroli"], title="Patroli Malam")
    assert site.portal("build", "--shards", "--workers", "2").returncode == 0
    assert (site.root / ".site.earlier/berita/2025/12/akhir-tahun").stat().st_ino == kept
    # The third merge takes the first one's folders where nothing in them changed: a shard's
    # story, and a listing page of the merge's own (December's archive).
    site.story("2026/01/patroli-subuh.md", date="2026-01-31 04:00", tags=["Patroli"], title="Patroli Subuh")
    third = site.portal("build", "--shards", "--workers", "2")
    assert third.returncode == 0
    assert "the earlier site known from its list" in third.stderr
    assert story.stat().st_ino == kept and month.stat().st_ino == kept_month
    # It knew the first site's shard files from the list that site's gathering kept (taken now), not by reading its
    # folders; the lists of the live site and of the one before it stay, for the next two merges.
    lists = sorted(p.name for p in (site.root / ".cache/portal/merge/gathered").iterdir())
    assert lists == sorted(f"{folder.stat().st_dev}-{folder.stat().st_ino}"
                           for folder in (site.root / "site", site.root / ".site.earlier"))
    _same_as_one_build(site, tmp_path / "whole-1")
    # And where they changed: a story gone since, one changed, one new.
    (site.root / "content/berita/2026/01/klojen.md").unlink()
    site.story("2026/01/sambang-kanigaran.md", date="2026-01-27 08:00", polsek="Polsek Kanigaran",
               tags=["Sambang"], title="Sambang Warga Kanigaran Diperbarui")
    site.story("2025/12/papua-baru.md", date="2025-12-02 09:00", polsek=None, polda="Polda Papua", tags=["patroli"])
    merged = site.portal("build", "--shards", "--workers", "2")
    assert merged.returncode == 0, merged.stderr
    assert not (site.root / "site/berita/2026/01/klojen").exists()
    assert "Sambang Warga Kanigaran Diperbarui" in (site.root / "site/berita/2026/01/sambang-kanigaran/index.html").read_text()
    _same_as_one_build(site, tmp_path / "whole-2")


def _same_as_one_build(site: FixtureSite, folder: Path) -> None:
    whole = site.build("-d", str(folder))
    assert whole.returncode == 0, whole.output
    differ = [path for path in differences(folder, site.root / "site")
              if not path.startswith("pagefind/") or path == "pagefind/shards.json"]
    assert differ == []


def test_a_failing_shard_fails_the_build_and_the_live_site_stays(tmp_path):
    site = _national_site(tmp_path)
    assert site.portal("build").returncode == 0
    before = sorted(str(p.relative_to(site.root / "site")) for p in (site.root / "site").rglob("*"))
    site.story("2026/01/rusak.md", polsek=None, polres="Polres Sumbawa Barat", date="2026-13-01")
    result = site.portal("build", "--shards", "--workers", "1")
    assert result.returncode != 0
    assert "shard polda-nusa-tenggara-barat gagal dibangun" in result.stderr
    assert "content/berita/2026/01/rusak.md" in result.stderr
    after = sorted(str(p.relative_to(site.root / "site")) for p in (site.root / "site").rglob("*"))
    assert after == before
    assert not (site.root / ".site.new").exists()


def test_a_url_claimed_by_stories_of_two_shards_fails_the_merge_naming_both(tmp_path):
    site = _national_site(tmp_path)
    site.story("2026/01/jatim/patroli-pagi.md", date="2026-01-10", title="Patroli Pagi di Mayangan")
    site.story("2026/01/papua/patroli-pagi.md", date="2026-01-11", polsek=None, polda="Polda Papua",
               title="Patroli Pagi di Jayapura")
    _fails_claimed_twice(site, "berita/2026/01/patroli-pagi", "jatim/patroli-pagi.md", "papua/patroli-pagi.md")
    assert not (site.root / "site").exists()


def _fails_claimed_twice(site: FixtureSite, url: str, *stories: str) -> None:
    """A sharded build of ``site`` fails on the page ``url`` claimed by the story files ``stories`` (under
    ``content/berita/2026/01/``), each named."""
    result = site.portal("build", "--shards", "--workers", "2")
    assert result.returncode != 0
    assert f"/{url}/: claimed twice" in result.stderr
    for story in stories:
        assert f"content/berita/2026/01/{story}" in result.stderr


def test_a_shard_rebuild_reads_again_only_the_stories_that_changed(tmp_path, monkeypatch):
    import os

    from site_plugins.shards import plan

    registry = _registry(tmp_path)
    story = tmp_path / "berita/a.md"
    story.parent.mkdir()
    story.write_text("---\ntitle: Patroli\npolsek: Polsek Mayangan\n---\n\nIsi.\n")
    read = []
    original = plan._unit_named
    monkeypatch.setattr(plan, "_unit_named", lambda path, registry: read.append(path) or original(path, registry))
    memo = plan.UnitMemo("r1")
    assert memo.polda(tmp_path, "berita/a.md", registry) == "polda-jawa-timur"
    memo.save(tmp_path / "units.json")
    again = plan.UnitMemo.load(tmp_path / "units.json", "r1")
    assert again.polda(tmp_path, "berita/a.md", registry) == "polda-jawa-timur"
    assert len(read) == 1
    story.write_text("---\ntitle: Patroli\npolres: Polres Sumbawa Barat\n---\n\nIsi.\n")
    os.utime(story, ns=(1, 1))
    assert again.polda(tmp_path, "berita/a.md", registry) == "polda-nusa-tenggara-barat"
    assert plan.UnitMemo.load(tmp_path / "units.json", "another registry").entries == {}
    assert len(read) == 2


def test_a_merge_in_parts_sorts_anew_only_the_claims_that_changed_and_still_finds_a_path_claimed_twice(tmp_path):
    site = _national_site(tmp_path, merge_parts=2)
    built = site.portal("build", "--shards", "--workers", "2")
    assert built.returncode == 0, built.stderr
    assert "Paths claimed by the shards and parts: 4 of 4 sorted anew" in built.stderr
    kept_folder = site.root / ".cache/portal/merge/claims"
    first = json.loads((kept_folder / "claims.json").read_text())["entries"]
    assert sorted(first) == ["part-2", "polda-jawa-timur", "polda-nusa-tenggara-barat", "polda-papua"]
    site.story("2026/01/patroli-subuh.md", date="2026-01-31 04:00", tags=["Patroli"], title="Patroli Subuh")
    built = site.portal("build", "--shards", "--workers", "2")
    assert built.returncode == 0, built.stderr
    # The shard that changed; the older part stood as built, its paths the same.
    assert "Paths claimed by the shards and parts: 1 of 4 sorted anew" in built.stderr
    second = json.loads((kept_folder / "claims.json").read_text())["entries"]
    assert second["polda-papua"] == first["polda-papua"] and second["part-2"] == first["part-2"]
    assert second["polda-jawa-timur"]["key"] != first["polda-jawa-timur"]["key"]
    assert sorted(path.name for path in kept_folder.iterdir()) == sorted(
        ["claims.json", *(entry["file"] for entry in second.values())])  # the replaced file is gone
    _same_as_one_build(site, tmp_path / "whole")
    live = sorted(str(p.relative_to(site.root / "site")) for p in (site.root / "site").rglob("*"))
    # A path of a shard whose claims are kept, claimed again by a shard that changed.
    site.story("2026/01/papua/patroli-subuh.md", date="2026-01-30", polsek=None, polda="Polda Papua",
               title="Patroli Subuh di Jayapura")
    _fails_claimed_twice(site, "berita/2026/01/patroli-subuh", "patroli-subuh.md", "papua/patroli-subuh.md")
    assert sorted(str(p.relative_to(site.root / "site")) for p in (site.root / "site").rglob("*")) == live


@pytest.mark.parametrize("path", [".", "", "/etc", "../luar", "a//b", "a/./b", "a/../b", "a/", "a\\b", "a\x00b",
                                  "berita/\x01/index.html", "berita/baris\nbaru/index.html"])
def test_a_claim_that_is_not_a_plain_path_in_its_site_is_refused(tmp_path, path):
    description = _description(tmp_path, "polda-papua", [])
    description.sections["files"] = {"site": "site", "paths": ["berita/index.html", path]}
    with pytest.raises(AssemblyError, match="not a path inside its site"):
        claims([description], tmp_path / "claims")


def test_tree_keys_sort_a_folder_s_whole_content_together():
    from site_plugins.shards.stage import tree_key, tree_path

    paths = ["a/b/index.html", "a/b-c/index.html", "a/b.c", "a/b c/x", "a/b/c/d", "a", "a!/x", "a-/x", "b"]
    assert sorted(paths, key=tree_key) == sorted(paths, key=lambda path: path.split("/"))
    assert [tree_path(tree_key(path)) for path in paths] == paths
