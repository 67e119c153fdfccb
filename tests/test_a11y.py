"""Accessibility: axe-core (WCAG 2.1 A and AA rules) finds nothing on any kind of page,
in the light and the dark palette and on a phone's screen, on the sample site served by nginx."""


import pytest
from conftest import ROOT, build_sample
from servers import chromium, nginx, require

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser

AXE = ROOT / "node_modules/axe-core/axe.min.js"
PAGES = [
    "",
    "berita/2026/01/polsek-mayangan-patroli-dialogis-lingkar-utara/",
    "wilayah/",
    "wilayah/polda-jawa-timur/polres-probolinggo-kota/polsek-mayangan/",
    "tag/patroli-dialogis/",
    "arsip/2026/01/",
    "penulis/syafruddin-adi/",
    "halaman/2/",  # an archive page: the sample is built with 4 stories a page
    "cari/?q=patroli",
    "tidak-ada/",
]
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    require(AXE.is_file(), "axe-core is not installed (make test runs npm ci)")
    root = tmp_path_factory.mktemp("a11y")
    build_sample(root / "site", PORTAL_PER_PAGE="4")
    with nginx(root / "site", root / "nginx") as url:
        yield url


@pytest.mark.parametrize(("scheme", "viewport"), [
    ("light", None), ("dark", None),
    ("light", {"width": 360, "height": 740}),  # a phone: the tabs are its navigation
])
def test_no_axe_violations(base_url, scheme, viewport):
    found = {}
    with chromium() as browser:
        page = browser.new_page(color_scheme=scheme, **({"viewport": viewport} if viewport else {}))
        for url in PAGES:
            page.goto(base_url + url)
            if url.startswith("cari/"):
                page.wait_for_selector(".portal-search__list > *", timeout=15000)
            page.add_script_tag(path=str(AXE))
            result = page.evaluate(
                "rules => axe.run(document, {runOnly: {type: 'tag', values: rules}})", RULES
            )
            violations = [
                f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
                for v in result["violations"]
            ]
            if violations:
                found[url] = violations
    assert found == {}
