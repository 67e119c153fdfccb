"""The frame around every page of the sample site, built with the project's ``mkdocs.yml``:
icons from one cached sprite, the tabs as the navigation on a phone too, and Material's
scripts still at work; served by nginx with the deploy configuration (its strict policy)."""

from pathlib import Path
from urllib.parse import urljoin, urlparse

import lxml.html
import pytest
import yaml
from conftest import ROOT, build_sample
from servers import nginx

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser

STORY = "berita/2026/01/polsek-mayangan-patroli-dialogis-lingkar-utara/"
PHONE = {"width": 360, "height": 740}


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("frame") / "site"
    build_sample(site)
    return site


@pytest.fixture(scope="module")
def base_url(sample, tmp_path_factory):
    with nginx(sample, tmp_path_factory.mktemp("nginx"), deploy_config=ROOT / "deploy/nginx.conf") as url:
        yield url


def sections() -> list[str]:
    """The site's sections, the tabs, as ``mkdocs.yml`` names them."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return [name for entry in config["nav"] for name in entry]


def html_pages(site: Path) -> dict[str, lxml.html.HtmlElement]:
    """Every HTML page of the site but the web editor's, by site-relative path."""
    return {
        path.relative_to(site).as_posix(): lxml.html.fromstring(path.read_bytes())
        for path in site.rglob("*.html") if not path.relative_to(site).as_posix().startswith("admin/")
    }


def symbol_ids(sprite: Path) -> set[str]:
    return set(lxml.html.fromstring(sprite.read_bytes()).xpath("//symbol/@id"))


def test_icons_are_symbols_of_the_sites_own_sprite(sample):
    """No page carries an icon's drawing: each icon points into ``assets/portal/icons.svg``,
    found from the page's own folder, at a symbol the sprite holds."""
    sprite = sample / "assets/portal/icons.svg"
    symbols = symbol_ids(sprite)
    used = set()
    for path, page in html_pages(sample).items():
        assert page.xpath("//svg//path") == [], path
        for href in page.xpath("//svg/use/@href"):
            target = urlparse(urljoin(f"https://situs.example/{path}", href))
            assert target.path == "/assets/portal/icons.svg", (path, href)
            used.add(target.fragment)
    assert used and used <= symbols
    story = html_pages(sample)[STORY + "index.html"]
    assert len(story.xpath("//svg/use")) >= 4  # logo, two palette toggles, search, back to top


def test_the_head_keeps_materials_tags_but_the_generator(sample):
    for path, page in html_pages(sample).items():
        assert page.xpath('//meta[@name="generator"]') == [], path
        assert page.xpath('//head/meta[@name="viewport"]') and page.xpath('//head/link[@rel="icon"]'), path
    story = html_pages(sample)[STORY + "index.html"]
    [canonical] = story.xpath('//link[@rel="canonical"]/@href')
    assert canonical.endswith("/" + STORY)


def test_a_phone_reaches_every_section_through_the_tabs(page, base_url):
    """No drawer: on a phone the tabs are one row that scrolls sideways, each a target of at
    least 48 px, and each leads to its section."""
    page.set_viewport_size(PHONE)
    page.goto(base_url + STORY)
    assert page.locator('label[for="__drawer"]').count() == 1  # only Material's overlay, no button
    assert page.locator(".md-sidebar").count() == 0
    for name in sections():
        page.goto(base_url + STORY)
        tab = page.locator(".md-tabs__link", has_text=name)
        tab.scroll_into_view_if_needed()
        box = tab.bounding_box()
        assert tab.is_visible() and box["width"] >= 48 and box["height"] >= 48, (name, box)
        assert 0 <= round(box["x"]) and round(box["x"] + box["width"]) <= PHONE["width"], (name, box)
        href = tab.get_attribute("href")
        tab.click()
        page.wait_for_load_state()
        assert page.url == urljoin(base_url + STORY, href), name
    assert page.locator(".md-header__button.md-logo").is_visible()  # and the logo leads home


def test_a_phone_header_shows_no_site_name_cut_short(page, base_url):
    """Beside the logo, the palette toggle and the search box, a phone has no room for the
    site's name: it is not shown cut to its first letter; a wider screen shows it whole."""
    page.set_viewport_size(PHONE)
    page.goto(base_url + STORY)
    title = page.locator(".md-header__title")
    assert not title.is_visible()
    assert page.locator(".portal-header-search input").is_visible()
    page.set_viewport_size({"width": 1280, "height": 800})
    assert title.is_visible()
    assert page.locator(".md-header__topic").first.evaluate("e => e.scrollWidth <= e.clientWidth + 1")


def test_the_palette_toggle_and_back_to_top_still_work(page, base_url):
    page.set_viewport_size(PHONE)
    page.goto(base_url + STORY)
    page.locator('label[for="__palette_1"]').click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.locator('label[for="__palette_0"]').click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "default"
    page.mouse.wheel(0, 2000)
    page.wait_for_timeout(300)
    page.mouse.wheel(0, -200)  # Material shows the button while the reader scrolls back up
    page.locator(".md-top").wait_for(state="visible")
    page.locator(".md-top").click()
    page.wait_for_function("window.scrollY === 0")


def test_the_copy_button_copies_the_storys_address(page, base_url):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page.goto(base_url + STORY)
    page.get_by_role("button", name="Salin tautan").click()
    page.get_by_role("button", name="Tautan disalin").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == page.locator("link[rel=canonical]").get_attribute("href")
