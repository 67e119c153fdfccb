"""Region pages exist only for units with stories: a unit without any is named, unlinked, in
the directory of the page above it, and is in no sitemap or feed."""

import re
from pathlib import Path

import pytest
from conftest import FixtureSite

from site_plugins.portal.verify import broken_links

POLRES = "wilayah/polda-jawa-timur/polres-probolinggo-kota/"
KANIGARAN = POLRES + "polsek-kanigaran/"
SITE_URL = "https://contoh.polri.example/"


def directory(page) -> dict[str, str | None]:
    """Each unit of a page's directory (nested ones too) -> its link, ``None`` when unlinked."""
    entries = page.xpath('//section[@class="portal-directory"]//li')
    return {" ".join(li.xpath("a|span")[0].text_content().split()): (li.xpath("a/@href") or [None])[0]
            for li in entries}


def sitemap(site: Path) -> str:
    """The index ``sitemap.xml`` and every sitemap it names, as one text."""
    index = (site / "sitemap.xml").read_text(encoding="utf-8")
    named = re.findall(r"<loc>[^<]*/(sitemap-[a-z0-9-]+\.xml)</loc>", index)
    return index + "".join((site / name).read_text(encoding="utf-8") for name in named)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Stories in Polsek Mayangan only; every other unit of the registry has none."""
    site = FixtureSite(tmp_path_factory.mktemp("site"))
    site.story("2026/01/patroli.md")
    result = site.build()
    assert result.returncode == 0, result.output
    return result


def test_an_empty_polsek_has_no_page_feed_or_sitemap_entry(built):
    assert not built.exists(KANIGARAN)
    assert not (built.site / KANIGARAN / "feed.xml").exists()
    assert SITE_URL + KANIGARAN not in sitemap(built.site)


def test_an_empty_polsek_is_named_unlinked_in_its_polres_directory(built):
    page = built.page(POLRES)
    assert directory(page) == {
        "Polsek Mayangan": "polsek-mayangan/", "Polsek Kanigaran": None, "Polsek Kota": None,
    }
    empty = page.xpath('//section[@class="portal-directory"]//li[span="Polsek Kanigaran"]')[0]
    assert "belum ada berita" in empty.text_content()


def test_a_unit_with_one_story_has_its_page_and_sitemap_entry(built):
    for unit in ("wilayah/polda-jawa-timur/", POLRES, POLRES + "polsek-mayangan/"):
        assert built.exists(unit), unit
        assert f"<loc>{SITE_URL}{unit}</loc>" in sitemap(built.site)
    assert (built.site / POLRES / "polsek-mayangan/feed.xml").is_file()


def test_every_unit_stays_visible_from_the_region_directory(built):
    """An empty Polda lists its Polres and Polsek beneath it; the home page lists Polda only."""
    wilayah = directory(built.page("wilayah/"))
    assert wilayah["Polda Jawa Timur"] == "polda-jawa-timur/"
    assert wilayah["Polda Nusa Tenggara Barat"] is None
    assert wilayah["Polres Sumbawa Barat"] is None and wilayah["Polsek Sekongkang"] is None
    assert not built.exists("wilayah/polda-nusa-tenggara-barat/")
    polda = directory(built.page("wilayah/polda-jawa-timur/"))
    assert polda["Polres Malang Kota"] is None and polda["Polsek Klojen"] is None
    assert "Polsek Sekongkang" not in directory(built.page(""))
    assert broken_links(str(built.site), SITE_URL) == []


def test_the_first_story_of_a_unit_makes_its_page_on_a_rebuild_from_the_cache(site: FixtureSite):
    site.story("2026/01/patroli.md")
    first = site.build()
    assert first.returncode == 0 and not first.exists(KANIGARAN)
    site.story("2026/02/kanigaran.md", title="Polsek Kanigaran Amankan Tarawih", polsek="Polsek Kanigaran",
               date="2026-02-20 19:00")
    result = site.build()
    assert result.returncode == 0, result.output
    assert "berita/2026/02/kanigaran/" in " ".join(result.page(KANIGARAN).xpath("//a/@href"))
    assert directory(result.page(POLRES))["Polsek Kanigaran"] == "polsek-kanigaran/"
    assert SITE_URL + KANIGARAN in sitemap(result.site)


def test_a_unit_with_only_drafts_has_a_page_in_the_preview_only(site: FixtureSite):
    """``mkdocs serve`` lists drafts wherever a published story would be, so their unit has
    its page there; ``mkdocs build`` leaves both out."""
    from mkdocs.commands.build import build

    site.story("2026/01/patroli.md")
    site.story("2026/02/draf.md", title="Draf Kanigaran", polsek="Polsek Kanigaran", draft=True)
    with site.started("serve") as config:
        build(config)
        preview = Path(config.site_dir)
        assert "Draf Kanigaran" in (preview / KANIGARAN / "index.html").read_text(encoding="utf-8")
    published = site.build()
    assert published.returncode == 0, published.output
    assert not published.exists(KANIGARAN)
    assert directory(published.page(POLRES))["Polsek Kanigaran"] is None
