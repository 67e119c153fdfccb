"""A reader in a real browser: Debian Chromium against the built site served by nginx."""

from urllib.parse import urlparse

import pytest
from conftest import FixtureSite
from corpus import write_corpus
from servers import nginx

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser")
    site = FixtureSite(root / "project", per_page=5)
    site.root.mkdir()
    write_corpus(site, 40)
    result = site.build()
    assert result.returncode == 0, result.output
    with nginx(result.site, root / "nginx") as url:
        yield url


def test_reader_goes_from_home_to_a_story_and_its_polsek(page, base_url):
    page.goto(base_url)
    first = page.locator(".portal-listing .portal-story-link").first
    title = first.inner_text().strip()
    first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == title
    polsek = page.locator('article nav[aria-label="Satuan"] a').last
    unit = polsek.inner_text().strip()
    polsek.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == unit
    listed = page.locator(".portal-listing .portal-story-link").all_inner_texts()
    while title not in [t.strip() for t in listed] and page.locator('a[rel="next"]').count():
        page.locator('a[rel="next"]').first.click()
        page.wait_for_load_state()
        listed = page.locator(".portal-listing .portal-story-link").all_inner_texts()
    assert title in [t.strip() for t in listed]


def test_pagination_by_thumb(page, base_url):
    page.goto(base_url)
    page.locator('.portal-pagination a[rel="next"]').click()
    page.wait_for_load_state()
    # 40 stories with drafts and scheduled ones left out, 5 a page: the newest archive page.
    newest = int(page.url.rstrip("/").rsplit("/", 1)[1])
    assert page.url.endswith(f"/halaman/{newest}/") and newest > 2
    assert page.locator('.portal-pagination [aria-current="page"]').inner_text().startswith(f"Halaman {newest}")
    page.locator('.portal-pagination a[rel="next"]').click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/halaman/{newest - 1}/")
    page.locator('.portal-pagination a[rel="prev"]').click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/halaman/{newest}/")
    page.locator('.portal-pagination a[rel="prev"]').click()
    page.wait_for_load_state()
    assert urlparse(page.url).path == "/"
    page.goto(base_url + "halaman/1/")
    page.locator('.portal-pagination a', has_text="Terbaru").click()
    page.wait_for_load_state()
    assert urlparse(page.url).path == "/"


def test_tabs_lead_to_the_sections(page, base_url):
    page.goto(base_url)
    page.locator(".md-tabs a", has_text="Wilayah").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == "Wilayah"
    assert page.locator(".portal-directory li").count() >= 4


def test_missing_page_gets_the_404_page(page, base_url):
    response = page.goto(base_url + "berita/tidak-ada/")
    assert response.status == 404
    assert page.locator("h1").inner_text().strip() == "Halaman tidak ditemukan"
    page.locator("a", has_text="Kembali ke beranda").click()
    page.wait_for_load_state()
    assert urlparse(page.url).path == "/"
    page.problems = [p for p in page.problems if "404" not in p]


def test_directory_filters_as_you_type(page, base_url):
    page.goto(base_url + "wilayah/")
    items = page.locator("#portal-directory-list > li")
    assert items.count() == 4
    page.get_by_label("Saring polda").fill("wilayah b")
    assert [text.split()[0:3] for text in page.locator("#portal-directory-list > li:visible").all_inner_texts()] == [
        ["Polda", "Wilayah", "B"]
    ]
    page.get_by_label("Saring polda").fill("")
    assert page.locator("#portal-directory-list > li:visible").count() == 4
