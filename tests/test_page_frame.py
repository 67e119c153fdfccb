"""The frame around every page of the sample site, built with the project's ``mkdocs.yml``:
icons from one cached sprite, no bytes a reader never gets."""

from pathlib import Path
from urllib.parse import urljoin, urlparse

import lxml.html
import pytest
from conftest import build_sample

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser

STORY = "berita/2026/01/polsek-mayangan-patroli-dialogis-lingkar-utara/"


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("frame") / "site"
    build_sample(site)
    return site


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
