"""Search: what the Pagefind index holds for each story, read back from the built site."""

import gzip
import json
import re
from urllib.parse import parse_qs, urljoin, urlparse

import pytest
from conftest import FixtureSite, jpeg

from site_plugins.authoring.project import Project
from site_plugins.search.index import story_sort

FRAGMENT_SIGNATURE = b"pagefind_dcd"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    site = FixtureSite(tmp_path_factory.mktemp("search"), search=True)
    site.write("berita/2026/01/foto-patroli.jpg", jpeg(1200, 900))
    site.story(
        "2026/01/patroli-mayangan.md", title="Patroli Dialogis di Lingkar Utara", tags=["patroli dialogis", "Kamtibmas"],
        summary="Personel menyapa warga Lingkar Utara.", image="foto-patroli.jpg", image_alt="Personel menyapa warga",
        body="Personel mengamankan jalan.\n\n![foto lain](foto-patroli.jpg)",
    )
    site.story("2026/02/operasi-patuh.md", title="Operasi Patuh Semeru", polsek=None, polres="Polres Malang Kota",
               date="2026-02-10 09:00", tags=["kamtibmas", "lalu lintas"])
    site.story("2025/12/sekongkang.md", title="Sambang Nelayan Sekongkang", polsek="Polsek Sekongkang",
               date="2025-12-31 23:30", tags=["kamtibmas"])
    site.story("2026/03/papua.md", title="Polda Papua Gelar Bakti Sosial", polsek=None, polda="Polda Papua", tags=None,
               date="2026-03-05")
    site.story("2026/03/kota-malang.md", title="Polsek Kota Malang Jaga Pasar", polsek="Polsek Kota",
               polres="Polres Malang Kota", date="2026-03-07 08:00",
               body=" ".join(["Petugas berjaga di pasar sejak pagi hari dan menyapa pedagang."] * 6))
    site.story("2026/03/draf.md", title="Berita Draf", date="2026-03-01", draft=True)
    result = site.build()
    assert result.returncode == 0, result.output
    return site, result


def fragments(result, shard: str = "*") -> dict[str, dict]:
    """Every record of the Pagefind index (or of one shard) by URL, decoded from its gzipped
    fragment file."""
    found = {}
    for path in (result.site / "pagefind").glob(f"{shard}/fragment/*.pf_fragment"):
        if path.parts[-3] == "vocabulary":
            continue
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(FRAGMENT_SIGNATURE)
        fragment = json.loads(data[len(FRAGMENT_SIGNATURE):])
        assert fragment["url"] not in found, f"{fragment['url']} is in two shards"
        found[fragment["url"]] = fragment
    return found


def shards(result) -> list[tuple[str, int]]:
    """The manifest's shards, newest first, as (id, stories)."""
    manifest = json.loads((result.site / "pagefind" / "shards.json").read_text())
    return [(shard["id"], shard["stories"]) for shard in manifest["shards"]]


def test_only_published_stories_are_indexed(built):
    _, result = built
    assert sorted(fragments(result)) == [
        "/berita/2025/12/sekongkang/", "/berita/2026/01/patroli-mayangan/", "/berita/2026/02/operasi-patuh/",
        "/berita/2026/03/kota-malang/", "/berita/2026/03/papua/",
    ]


def test_polsek_story_carries_its_units_tags_and_year(built):
    _, result = built
    filters = fragments(result)["/berita/2026/01/patroli-mayangan/"]["filters"]
    assert filters == {
        "polda": ["Polda Jawa Timur"], "polres": ["Polres Probolinggo Kota"], "polsek": ["Polsek Mayangan"],
        "tag": ["patroli dialogis", "kamtibmas"], "year": ["2026"],
    }


def test_tags_read_as_their_tag_page_names_them(built):
    _, result = built
    assert result.page("tag/kamtibmas/").xpath("string(//h1)") == "kamtibmas"
    assert all("Kamtibmas" not in fragment["filters"].get("tag", []) for fragment in fragments(result).values())


def test_wider_units_have_no_narrower_values(built):
    _, result = built
    records = fragments(result)
    assert records["/berita/2026/02/operasi-patuh/"]["filters"] == {
        "polda": ["Polda Jawa Timur"], "polres": ["Polres Malang Kota"], "tag": ["kamtibmas", "lalu lintas"],
        "year": ["2026"],
    }
    assert records["/berita/2026/03/papua/"]["filters"] == {"polda": ["Polda Papua"], "year": ["2026"]}


def test_shared_polsek_name_comes_with_its_polres(built):
    _, result = built
    filters = fragments(result)["/berita/2026/03/kota-malang/"]["filters"]
    assert (filters["polres"], filters["polsek"]) == (["Polres Malang Kota"], ["Polsek Kota"])


def test_results_show_title_date_unit_summary_and_photo(built):
    _, result = built
    records = fragments(result)
    assert records["/berita/2026/01/patroli-mayangan/"]["meta"] == {
        "title": "Patroli Dialogis di Lingkar Utara", "date": "29 Januari 2026", "unit": "Polsek Mayangan",
        "summary": "Personel menyapa warga Lingkar Utara.",
        "image": records["/berita/2026/01/patroli-mayangan/"]["meta"]["image"], "image_alt": "Personel menyapa warga",
    }
    # The result shows the 480 px JPEG made for cards, not the full photo.
    assert re.fullmatch(r"/foto/[0-9a-f]{12}/foto-patroli-480\.jpg", records["/berita/2026/01/patroli-mayangan/"]["meta"]["image"])
    # A photo inside the body is not taken as the result's photo.
    assert "image" not in records["/berita/2026/02/operasi-patuh/"]["meta"]
    assert "mengamankan jalan" in records["/berita/2026/01/patroli-mayangan/"]["content"]


def test_sort_key_is_utc_iso_so_zones_compare(built):
    site, _ = built
    project = Project.load(str(site.root / "mkdocs.yml"))
    stories, problems = project.stories(project.registry())
    assert problems == []
    by_title = {story.title: story for story in stories}
    # 23.30 WITA on 31 December is 15.30 UTC; the story stays in 2025.
    assert story_sort(by_title["Sambang Nelayan Sekongkang"]) == {"date": "2025-12-31T15:30:00+00:00"}
    assert story_sort(by_title["Patroli Dialogis di Lingkar Utara"]) == {"date": "2026-01-29T05:00:00+00:00"}


def test_the_index_is_indonesian(built):
    _, result = built
    for shard, stories in shards(result):
        entry = json.loads((result.site / "pagefind" / shard / "pagefind-entry.json").read_text())
        assert [(language, info["page_count"]) for language, info in entry["languages"].items()] == [("id", stories)]


def test_a_bundle_keeps_only_what_the_search_page_reads(built):
    # The vocabulary's bundle carries the page's one engine; a story bundle merged into it
    # only its index. None carries Pagefind's ready-made interfaces or other languages.
    _, result = built
    index = ["filter", "fragment", "index", "pagefind-entry.json"]
    for shard, _ in shards(result):
        folder = result.site / "pagefind" / shard
        assert [path.name for path in sorted(folder.iterdir()) if not path.name.endswith(".pf_meta")] == index
        assert len(list(folder.glob("pagefind.id_*.pf_meta"))) == 1
    vocabulary = result.site / "pagefind" / "vocabulary"
    assert sorted(path.name for path in vocabulary.iterdir() if not path.name.endswith(".pf_meta")) == sorted(
        [*index, "pagefind.js", "pagefind-worker.js", "wasm.id.pagefind"])


def test_one_shard_per_year_newest_first(built):
    _, result = built
    assert shards(result) == [("2026", 4), ("2025", 1)]
    assert sorted(fragments(result, "2025")) == ["/berita/2025/12/sekongkang/"]
    assert all(url.startswith("/berita/2026/") for url in fragments(result, "2026"))
    manifest = json.loads((result.site / "pagefind" / "shards.json").read_text())
    assert manifest["shards"][0] == {"id": "2026", "polda": None, "year": "2026", "months": [1, 3], "stories": 4}


def test_the_manifest_counts_the_archive_for_an_empty_search_page(built):
    _, result = built
    manifest = json.loads((result.site / "pagefind" / "shards.json").read_text())
    assert manifest["facets"] == {
        "polda": {"Polda Jawa Timur": 3, "Polda Nusa Tenggara Barat": 1, "Polda Papua": 1},
        "tag": {"patroli dialogis": 2, "kamtibmas": 4, "lalu lintas": 1},
        "year": {"2026": 4, "2025": 1},
    }


def test_search_page_form_and_script(built):
    _, result = built
    page = result.page("cari/")
    assert page.xpath("string(//h1)") == "Cari Berita"
    assert page.xpath('//form[@class="portal-search__form"]//input/@name') == ["q"]
    assert page.xpath('//script[contains(@src, "portal-search.js")]')
    assert page.xpath('//*[@data-portal-search]/@data-bundle') == ["../pagefind/"]


def test_every_page_has_the_header_search_box_but_no_search_code(built):
    _, result = built
    page = result.page("berita/2026/01/patroli-mayangan/")
    action = page.xpath('//form[@class="portal-header-search"]/@action')
    assert [urljoin("/berita/2026/01/patroli-mayangan/", action[0])] == ["/cari/"]
    assert page.xpath('//form[@class="portal-header-search"]//input/@name') == ["q"]
    html = (result.site / "berita/2026/01/patroli-mayangan/index.html").read_text()
    assert "portal-search.js" not in html and "pagefind" not in html
    assert not (result.site / "search" / "search_index.json").exists()


@pytest.mark.parametrize("listing, expected", [
    ("wilayah/polda-jawa-timur/polres-malang-kota/polsek-kota/",
     {"polda": ["Polda Jawa Timur"], "polres": ["Polres Malang Kota"], "polsek": ["Polsek Kota"]}),
    ("wilayah/polda-papua/", {"polda": ["Polda Papua"]}),
    ("tag/lalu-lintas/", {"tag": ["lalu lintas"]}),
])
def test_listings_link_to_the_search_narrowed_to_them(built, listing, expected):
    _, result = built
    href = result.page(listing).xpath('//p[@class="portal-listing__search"]/a/@href')[0]
    link = urlparse(urljoin("/" + listing, href))
    assert link.path == "/cari/"
    assert parse_qs(link.query) == expected


@pytest.mark.integration
def test_search_page_address_is_generated(tmp_path):
    site = FixtureSite(tmp_path, search=True)
    site.story("2026/01/patroli.md")
    site.write("cari/index.md", "# Cari\n")
    result = site.build()
    assert result.returncode != 0
    assert "content/cari/index.md: berkas: berkas di luar folder berita tidak diterbitkan" in result.output
    assert "Traceback" not in result.output


def test_summary_taken_from_the_body_is_not_indexed_twice(built):
    _, result = built
    record = fragments(result)["/berita/2026/03/kota-malang/"]
    # Cut at 240 characters; "…" stays apart from the last word so it is no word of its own.
    assert record["meta"]["summary"].endswith(" …")
    assert record["content"].count("Petugas berjaga di pasar") == 6


def test_the_vocabulary_holds_each_shards_searchable_words(built):
    _, result = built
    pages = {}
    for path in (result.site / "pagefind" / "vocabulary" / "fragment").glob("*.pf_fragment"):
        fragment = json.loads(gzip.decompress(path.read_bytes())[len(FRAGMENT_SIGNATURE):])
        pages[fragment["filters"]["shard"][0]] = set(fragment["content"].split())
    assert sorted(pages) == ["2025", "2026"]
    # Title, body, unit and the photo's description are searchable; each shard has only its own words.
    assert {"Sambang", "Nelayan", "Sekongkang"} <= pages["2025"]
    assert {"Dialogis", "mengamankan", "Mayangan", "menyapa", "warga"} <= pages["2026"]
    assert "Mayangan" not in pages["2025"] and "Sekongkang" not in pages["2026"]
