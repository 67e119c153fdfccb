"""Fixture sites built with ``mkdocs build --strict``, read back as HTML."""

import re

import lxml.html
import pytest
from conftest import FixtureSite, follow_listing, jpeg, story_links

from site_plugins.content.listings import build_listings
from site_plugins.content.registry import load_registry

STORY_URL = "berita/2026/01/patroli-lingkar-utara/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One site with stories at every level, a draft, a scheduled story and a photo."""
    site = FixtureSite(tmp_path_factory.mktemp("site"), per_page=2)
    site.story(
        "2026/01/patroli-lingkar-utara.md",
        polres="Polres Probolinggo Kota", image="foto.jpg", image_alt="Petugas menyapa anak-anak",
        body="Personel Polsek Mayangan menyapa warga.\n\nKapolsek berpesan menjaga kamtibmas.",
    )
    site.write("berita/2026/01/foto.jpg", jpeg())
    site.story("2026/01/sambang-pasar.md", title="Sambang Pasar Mayangan", date="2026-01-20 08:00", tags=["sambang warga"])
    site.story("2026/02/kanigaran.md", title="Polsek Kanigaran Amankan Tarawih", polsek="Polsek Kanigaran", date="2026-02-20")
    site.story(
        "2025/10/sekongkang.md", title="Polsek Sekongkang Patroli Dialogis", polsek="Polsek Sekongkang",
        date="2025-10-22 10:31", author="Syafruddin Adi", tags=["patroli dialogis"],
    )
    site.story(
        "2025/09/jumat-curhat.md", title="Polres Sumbawa Barat Gelar Jumat Curhat", polsek=None,
        polres="Polres Sumbawa Barat", date="2025-09-26 08:30", author="Syafruddin Adi", tags=["jumat curhat"],
    )
    site.story("2025/12/polda-papua.md", title="Polda Papua Siaga Natal", polsek=None, polda="Polda Papua", date="2025-12-24 17:30")
    site.write("berita/2026/03/draf-foto.jpg", jpeg())
    site.write("berita/2026/03/draf-isi.jpg", jpeg())
    site.story(
        "2026/03/draf.md", title="Berita Draf Rahasia", draft=True, image="draf-foto.jpg", image_alt="Foto draf",
        body="Isi draf.\n\n![Foto di isi](draf-isi.jpg)",
    )
    site.story("2999/01/nanti.md", title="Berita Terjadwal Rahasia", date="2999-01-01 08:00")
    result = site.build()
    assert result.returncode == 0, result.output
    return result


def text(element) -> str:
    return " ".join(element.text_content().split())


def test_story_page_shows_everything_a_reader_needs(built):
    page = built.page(STORY_URL)
    assert page.xpath("//html/@lang") == ["id"]
    assert text(page.xpath("//h1")[0]) == "Polsek Mayangan Gelar Patroli Dialogis"
    crumbs = page.xpath('//article//nav[@aria-label="Satuan"]//a')
    assert [text(a) for a in crumbs] == ["Polda Jawa Timur", "Polres Probolinggo Kota", "Polsek Mayangan"]
    assert [a.get("href") for a in crumbs] == [
        "../../../../wilayah/polda-jawa-timur/",
        "../../../../wilayah/polda-jawa-timur/polres-probolinggo-kota/",
        "../../../../wilayah/polda-jawa-timur/polres-probolinggo-kota/polsek-mayangan/",
    ]
    time = page.xpath("//article//time")[0]
    assert (time.get("datetime"), text(time)) == ("2026-01-29T12:00:00+07:00", "Kamis, 29 Januari 2026 12.00 WIB")
    assert "Jalan Lingkar Utara" in text(page.xpath('//*[@class="portal-story__location"]')[0])
    author = page.xpath('//a[@rel="author"]')[0]
    assert (text(author), author.get("href")) == ("Humas Polres Probolinggo Kota", "../../../../penulis/humas-polres-probolinggo-kota/")
    assert [text(a) for a in page.xpath('//a[@rel="tag"]')] == ["patroli dialogis", "kamtibmas"]
    assert "Kapolsek berpesan menjaga kamtibmas." in text(page.xpath('//*[@class="portal-story__body"]')[0])
    image = page.xpath('//figure[@class="portal-story__image"]//img')[0]
    assert image.get("alt") == "Petugas menyapa anak-anak"
    assert (built.site / STORY_URL / image.get("src")).resolve().is_file()


def test_related_stories_share_the_unit_or_tags(built):
    page = built.page(STORY_URL)
    related = page.xpath('//section[@class="portal-related"]//h3/a/text()')
    assert "Sambang Pasar Mayangan" in related
    assert "Polsek Mayangan Gelar Patroli Dialogis" not in related
    # Headline, date and unit: the summaries stay on the listings, where a card stands alone.
    assert page.xpath('//section[@class="portal-related"]/article') and not page.xpath(
        '//section[@class="portal-related"]/article/p[2]')
    assert built.page("").xpath('//article[contains(@class, "portal-card")]/p[2]')
    # The unit only where it is not the story's own.
    units = {text(card.xpath(".//h3/a")[0]): [text(a) for a in card.xpath("./p/a")]
             for card in page.xpath('//section[@class="portal-related"]/article')}
    assert units["Sambang Pasar Mayangan"] == []
    assert {unit for found in units.values() for unit in found} - {"Polsek Mayangan"}
    assert "Polsek Mayangan" not in {unit for found in units.values() for unit in found}


def test_a_units_listing_names_only_other_units_on_its_cards(built):
    own = "wilayah/polda-jawa-timur/polres-probolinggo-kota/"
    cards = {text(card.xpath(".//h3/a")[0]): [text(a) for a in card.xpath("./p/a")]
             for card in built.page(own).xpath('//section[@class="portal-stories"]/article')}
    assert cards["Polsek Kanigaran Amankan Tarawih"] == ["Polsek Kanigaran"]
    assert cards["Sambang Pasar Mayangan"] == ["Polsek Mayangan"]
    polsek = built.page(own + "polsek-mayangan/").xpath('//section[@class="portal-stories"]/article')
    assert polsek and all(card.xpath("./p/a") == [] for card in polsek)


def test_story_sits_at_its_date_url_not_its_folder(built):
    assert built.exists(STORY_URL)
    assert not (built.site / "berita/2026/01/patroli-lingkar-utara.md").exists()


def test_polres_level_story_is_listed_in_polres_and_polda_only(built):
    polres = "wilayah/polda-nusa-tenggara-barat/polres-sumbawa-barat/"
    assert "berita/2025/09/jumat-curhat/" in follow_listing(built, polres)
    assert "berita/2025/09/jumat-curhat/" in follow_listing(built, "wilayah/polda-nusa-tenggara-barat/")
    assert "berita/2025/09/jumat-curhat/" not in follow_listing(built, polres + "polsek-sekongkang/")
    crumbs = built.page("berita/2025/09/jumat-curhat/").xpath('//article//nav[@aria-label="Satuan"]//a/text()')
    assert crumbs == ["Polda Nusa Tenggara Barat", "Polres Sumbawa Barat"]


def test_region_pages_show_children_with_counts(built):
    page = built.page("wilayah/")
    directory = {text(li.xpath("a")[0]): text(li) for li in page.xpath('//section[@class="portal-directory"]/ul/li')}
    assert set(directory) == {"Polda Jawa Timur", "Polda Nusa Tenggara Barat", "Polda Papua"}
    assert "3 berita" in directory["Polda Jawa Timur"]
    polres = built.page("wilayah/polda-jawa-timur/polres-probolinggo-kota/")
    counts = {text(li.xpath("a|span")[0]): li.xpath('span[starts-with(@class, "portal-count")]/text()')[0]
              for li in polres.xpath('//section[@class="portal-directory"]/ul/li')}
    assert counts == {"Polsek Mayangan": "2 berita", "Polsek Kanigaran": "1 berita", "Polsek Kota": "belum ada berita"}


def test_listings_are_newest_first_and_paginated(built):
    assert follow_listing(built, "") == [
        "berita/2026/02/kanigaran/", STORY_URL, "berita/2026/01/sambang-pasar/",
        "berita/2025/12/polda-papua/", "berita/2025/10/sekongkang/", "berita/2025/09/jumat-curhat/",
    ]
    # Archive pages count from the oldest stories: the newest of them is number 2.
    assert built.exists("halaman/2/") and built.exists("halaman/1/") and not built.exists("halaman/3/")
    newest = built.page("halaman/2/")
    here = newest.xpath('//nav[@class="portal-pagination"]//span[@aria-current="page"]')[0]
    assert text(here) == "Halaman 2 24 Desember 2025 – 20 Januari 2026"
    assert newest.xpath('//nav[@class="portal-pagination"]/a[@rel="prev"]/@href') == ["../.."]
    assert newest.xpath('//nav[@class="portal-pagination"]/a[@rel="next"]/@href') == ["../1/"]
    oldest = built.page("halaman/1/")
    assert not oldest.xpath('//nav[@class="portal-pagination"]/a[@rel="next"]')
    assert oldest.xpath('//nav[@class="portal-pagination"]/a[text()="« Terbaru"]/@href') == ["../.."]
    assert built.page("").xpath('//nav[@class="portal-pagination"]/a[text()="Terlama »"]/@href') == ["halaman/1/"]


def test_tag_author_and_archive_listings(built):
    tags = {text(li.xpath("a")[0]): text(li) for li in built.page("tag/").xpath('//section[@class="portal-directory"]/ul/li')}
    assert "3 berita" in tags["kamtibmas"] and "1 berita" in tags["jumat curhat"]
    assert follow_listing(built, "tag/patroli-dialogis/")[-1] == "berita/2025/10/sekongkang/"
    assert follow_listing(built, "penulis/syafruddin-adi/") == ["berita/2025/10/sekongkang/", "berita/2025/09/jumat-curhat/"]
    assert text(built.page("penulis/syafruddin-adi/").xpath("//h1")[0]) == "Syafruddin Adi"
    years = built.page("arsip/").xpath('//section[@class="portal-directory"]/ul/li/a/text()')
    assert years == ["2026", "2025"]
    assert follow_listing(built, "arsip/2026/01/") == [STORY_URL, "berita/2026/01/sambang-pasar/"]
    assert text(built.page("arsip/2026/01/").xpath("//h1")[0]) == "Arsip Januari 2026"
    # A year is the directory of its months, with their counts; the months list the stories.
    year = built.page("arsip/2025/")
    months = [text(li) for li in year.xpath('//section[@class="portal-directory"]/ul/li')]
    assert months and all("berita" in month for month in months)
    assert sum(int(month.split()[-2]) for month in months) == 3
    assert not story_links(year, "arsip/2025/") and not built.exists("arsip/2025/halaman/1/")


def test_drafts_and_scheduled_stories_appear_nowhere(built):
    assert not built.exists("berita/2026/03/draf/")
    assert not built.exists("berita/2999/01/nanti/")
    assert not (built.site / "arsip/2999").exists()
    assert not list(built.site.rglob("draf-*"))
    for path in built.site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".xml", ".json", ".txt"}:
            content = path.read_text(encoding="utf-8", errors="replace")
            assert "Rahasia" not in content, path
            assert "draf/" not in content and "nanti/" not in content, path


def test_registry_is_not_published(built):
    assert not list(built.site.rglob("satuan.yml"))


def test_no_third_party_requests(built):
    external = re.compile(r"^(?:[a-z]+:)?//", re.I)
    for path in built.site.rglob("*.html"):
        page = lxml.html.fromstring(path.read_bytes())
        loaded = page.xpath("//*[not(self::a)]/@src | //link/@href | //*/@srcset | //object/@data")
        own = "https://contoh.polri.example/"
        assert not [url for url in loaded if external.match(url.strip()) and not url.startswith(own)], path
        assert "url(http" not in path.read_text(encoding="utf-8"), path


def test_nav_has_the_sections_not_the_stories(built):
    tabs = built.page("").xpath('//nav[contains(@class, "md-tabs")]//a/text()')
    assert [" ".join(t.split()) for t in tabs] == ["Beranda", "Wilayah", "Tag"]
    assert "Gelar Patroli Dialogis" not in " ".join(built.page("").xpath('//nav[contains(@class,"md-nav")]//text()'))


def test_content_errors_fail_the_build_with_every_problem_and_no_traceback(site):
    site.story("2026/01/baik.md")
    site.story("2026/01/salah-satuan.md", polsek="Polsek Mayangn")
    site.write("berita/2026/01/tanpa-front-matter.md", "Hanya isi.\n")
    site.story("2026/01/salah-tanggal.md", date="2026-02-30")
    result = site.build()
    assert result.returncode != 0
    assert "Traceback" not in result.output
    assert "content/berita/2026/01/salah-satuan.md:4: polsek: 'Polsek Mayangn' tidak ada di daftar satuan" in result.output
    assert "maksud Anda 'Polsek Mayangan'?" in result.output
    assert "content/berita/2026/01/tanpa-front-matter.md:1: front matter:" in result.output
    assert "content/berita/2026/01/salah-tanggal.md:3: date: tanggal '2026-02-30' tidak ada di kalender" in result.output
    assert "Konten tidak valid (3 masalah)" in result.output


def test_broken_registry_fails_the_build(site):
    site.registry = "- polda: Polda A\n  zona: WITX\n"
    site.story("2026/01/a.md", polsek=None, polda="Polda A")
    result = site.build()
    assert result.returncode != 0 and "Traceback" not in result.output
    assert "content/satuan.yml:2: zona: zona 'WITX' tidak dikenal" in result.output


def test_a_page_outside_the_stories_is_refused(site):
    site.story("2026/01/a.md")
    site.write("tag/index.md", "# Tag saya\n")
    result = site.build()
    assert result.returncode != 0 and "Traceback" not in result.output
    assert "content/tag/index.md: berkas: berkas di luar folder berita tidak diterbitkan" in result.output


def test_duplicate_story_url_fails_the_build(site):
    site.story("2026/01/patroli.md")
    site.story("arsip-lama/patroli.md")
    result = site.build()
    assert result.returncode != 0
    assert "alamat /berita/2026/01/patroli/ sudah dipakai oleh content/berita/2026/01/patroli.md" in result.output


def test_empty_site_builds(site):
    result = site.build()
    assert result.returncode == 0, result.output
    assert "Belum ada berita." in text(result.page(""))


def test_home_leads_with_the_newest_story_and_popular_tags(built):
    home = built.page("")
    assert home.xpath('//article[@class="portal-lead"]//a[@class="portal-story-link"]/@href') == ["berita/2026/02/kanigaran/"]
    assert home.xpath('//nav[@class="portal-highlights"]//a/text()')[0] == "patroli dialogis"
    assert not built.page("halaman/2/").xpath('//article[@class="portal-lead"]')


def test_story_shows_reading_time(built):
    assert built.page(STORY_URL).xpath('string(//*[@class="portal-story__reading"])') == "1 menit baca"


def test_polda_directory_is_alphabetical_by_province(tmp_path):
    registry = tmp_path / "satuan.yml"
    registry.write_text(
        "- polda: Polda Papua\n  provinsi: Papua\n- polda: Polda Metro Jaya\n  provinsi: DKI Jakarta\n"
        "- polda: Polda Aceh\n  provinsi: Aceh\n",
        encoding="utf-8",
    )
    listings = build_listings([], load_registry(registry, "satuan.yml"))
    wilayah = next(listing for listing in listings if listing.url == "wilayah/")
    assert [link.title for link in wilayah.directory] == ["Polda Aceh", "Polda Metro Jaya", "Polda Papua"]
