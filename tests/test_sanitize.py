"""The story-body sanitizer: what a body may carry, and what it can never do to the page around it.

Unit cases on ``Sanitizer.clean`` first, then fixture sites built with ``--strict`` and read back."""

import re
from pathlib import Path

import lxml.etree
import lxml.html
import material
import pytest
from conftest import ROOT, FixtureSite
from servers import chromium, nginx

from site_plugins.content.sanitize import ID_NAMESPACE, Sanitizer
from site_plugins.publish.feeds import sanitize_for_feed

EMBEDS = Sanitizer(frozenset({"www.youtube.com"}), "https://contoh.polri.example/")

THEME_IDS = ["__config", "__drawer", "__search", "__palette_0", "__consent", "__announce", "__codelineno-0-1",
             "__tabbed_1_1", "berita-terkait", "saring-daftar", "portal-search-q"]
"""Ids that Material's bundle or the portal's templates and scripts look up on a story page."""

THEME_CLASSES = ["md-header", "md-typeset", "md-content", "mermaid", "tabbed-labels", "highlight", "annotate",
                 "portal-story__body", "portal-search__list", "__drawer", "hll"]
"""Classes that Material's bundle or the portal's styles and scripts react to."""


def element(html: str, sanitizer: Sanitizer = EMBEDS) -> tuple[lxml.html.HtmlElement, list[str]]:
    cleaned, removed = sanitizer.clean(html)
    return lxml.html.fragment_fromstring(cleaned, create_parent="div"), removed


# Ids and classes


@pytest.mark.parametrize("name", THEME_IDS)
def test_a_body_id_never_takes_a_theme_id(name):
    body, removed = element(f'<div id="{name}">{{"base": "https://evil.example/"}}</div>')
    assert body.xpath("./div/@id") == [f"{ID_NAMESPACE}{name}"] and removed == []


def test_same_page_links_follow_their_namespaced_targets():
    html = ('<h2 id="latar">Latar</h2><p>Lihat <a href="#latar">latar</a><sup id="fnref:1">'
            '<a class="footnote-ref" href="#fn:1">1</a></sup></p><div class="footnote"><ol><li id="fn:1">'
            '<p>Catatan <a class="footnote-backref" href="#fnref:1">↩</a></p></li></ol></div>'
            '<table><tr><th id="kolom">K</th></tr><tr><td headers="kolom baris">1</td></tr></table>')
    body, removed = element(html)
    ids = set(body.xpath("//@id"))
    assert ids == {f"{ID_NAMESPACE}latar", f"{ID_NAMESPACE}fnref:1", f"{ID_NAMESPACE}fn:1", f"{ID_NAMESPACE}kolom"}
    assert {href[1:] for href in body.xpath("//a/@href")} <= ids
    assert body.xpath("//td/@headers") == [f"{ID_NAMESPACE}kolom {ID_NAMESPACE}baris"]
    assert removed == []


@pytest.mark.parametrize("name", THEME_CLASSES)
def test_a_body_never_wears_a_theme_class(name):
    body, removed = element(f'<p class="{name} biasa">x</p>')
    assert body.xpath("./p/@class") == []
    assert removed == [f"kelas {name} pada <p> dihapus", "kelas biasa pada <p> dihapus"]


def test_classes_that_markdown_writes_stay():
    html = '<div class="footnote"><a class="footnote-ref">1</a></div><div class="toc"></div><pre><code class="language-python">x</code></pre>'
    body, removed = element(html)
    assert body.xpath("//@class") == ["footnote", "footnote-ref", "toc", "language-python"] and removed == []


# Addresses, parsed as browsers parse them


@pytest.mark.parametrize("src", [
    "https://evil.example\\@www.youtube.com/embed/x",
    "https://evil.example\\\\www.youtube.com/embed/x",
    "https://www.youtube.com@evil.example/embed/x",
    "https://user:pw@www.youtube.com/embed/x",
    "https://www.youtube.com.evil.example/embed/x",
    "http://www.youtube.com/embed/x",
])
def test_an_embed_must_really_come_from_an_allowed_host(src):
    body, removed = element(f'<iframe src="{src}"></iframe>')
    assert body.xpath("//iframe/@src") == [] and len(removed) == 1 and "<iframe" in removed[0]


def test_the_host_named_for_a_refused_embed_is_the_one_a_browser_would_load():
    _, removed = element('<iframe src="https://evil.example\\@www.youtube.com/embed/x"></iframe>')
    assert removed == ["sematan <iframe> dari evil.example dihapus (tidak ada di daftar yang diizinkan)"]


def test_an_allowed_embed_is_written_as_browsers_read_it():
    body, removed = element('<iframe src=" https://WWW.YouTube.com/embed/a b"></iframe>')
    assert body.xpath("//iframe/@src") == ["https://www.youtube.com/embed/a%20b"] and removed == []


@pytest.mark.parametrize(("html", "message"), [
    ('<a href="https://nama:sandi@example.org/">x</a>', "alamat dengan nama pengguna atau sandi pada <a href> dihapus"),
    ('<a href="\\\\evil.example/x">x</a>', "alamat yang memuat \\ atau karakter kendali pada <a href> dihapus"),
    ('<blockquote cite="https://[::1">x</blockquote>', "alamat tidak sah pada <blockquote cite> dihapus"),
])
def test_ambiguous_addresses_are_refused(html, message):
    body, removed = element(html)
    assert not body.xpath("//@href | //@cite") and removed == [message]


@pytest.mark.parametrize("src", [
    "https://tracker.example/p.gif", "//tracker.example/p.gif", "\\\\tracker.example/p.gif", "http://contoh.polri.example/a.jpg",
])
def test_third_party_images_are_refused(src):
    body, removed = element(f'<img src="{src}" alt="foto">')
    assert body.xpath("//img/@src") == [] and body.xpath("//img/@alt") == ["foto"]
    assert len(removed) == 1 and "gambar" in removed[0]


@pytest.mark.parametrize("src", ["foto.jpg", "../foto.jpg", "/berita/foto.jpg", "https://contoh.polri.example/foto.jpg"])
def test_images_of_the_site_itself_stay(src):
    body, removed = element(f'<img src="{src}" alt="foto">')
    assert body.xpath("//img/@src") == [src] and removed == []


def test_every_removal_is_reported_and_every_report_is_a_removal():
    html = ('<p id="a" class="md-grid" onclick="x">t</p><img src="https://t.example/p.gif">'
            '<a href="javascript:x">j</a><iframe src="https://evil.example\\@www.youtube.com/"></iframe>')
    cleaned, removed = EMBEDS.clean(html)
    assert "md-grid" not in cleaned and "onclick" not in cleaned and "t.example" not in cleaned
    assert "javascript" not in cleaned and "evil.example" not in cleaned
    assert len(removed) == 5, removed


# Feeds


def test_feed_links_are_absolute_as_browsers_resolve_them():
    html = '<a href="../lain/">a</a><img src="foto%20a.jpg"><a href="https://EXAMPLE.org/a b">b</a>'
    feed = lxml.html.fragment_fromstring(sanitize_for_feed(html, "https://contoh.polri.example/berita/x/"), create_parent="div")
    assert feed.xpath("//@href | //@src") == [
        "https://contoh.polri.example/berita/lain/", "https://contoh.polri.example/berita/x/foto%20a.jpg",
        "https://example.org/a%20b",
    ]


def test_feed_drops_addresses_with_credentials_or_that_do_not_parse():
    html = '<a href="https://nama:sandi@example.org/">a</a><a href="https://[::1">b</a>'
    feed = sanitize_for_feed(html, "https://contoh.polri.example/berita/x/")
    assert "sandi" not in feed and "[::1" not in feed


# Built pages


CLOBBERING_STORY = """\
<div id="__config">{"base": "https://evil.example/", "features": ["navigation.instant"]}</div>

## __drawer

## Berita terkait

## Sorotan {#__search .md-header}

## Latar belakang

Lihat [latar](#latar-belakang) dan catatan.[^1]

<iframe src="https://evil.example\\@www.youtube.com/embed/x"></iframe>

[^1]: Catatan kaki.
"""


@pytest.fixture(scope="module")
def clobbering(tmp_path_factory):
    site = FixtureSite(tmp_path_factory.mktemp("clobbering"))
    theme = {"name": "material", "custom_dir": str(ROOT / "overrides"), "language": "id", "font": False,
             "features": ["navigation.tabs", "navigation.instant"]}
    site.extra_config = {"markdown_extensions": ["toc", "attr_list", "md_in_html", "tables", "footnotes"], "theme": theme}
    site.story("2026/01/jebakan.md", body=CLOBBERING_STORY)
    result = site.build(strict=False)
    assert result.returncode == 0, result.output
    return result


@pytest.mark.integration
def test_a_built_story_keeps_the_themes_ids_for_the_theme(clobbering):
    page = clobbering.page("berita/2026/01/jebakan/")
    for name in [*THEME_IDS, *theme_ids_in_materials_bundle()]:
        found = page.xpath("//*[@id=$name]", name=name)
        assert not [node for node in found if node.xpath("ancestor::div[@class='portal-story__body']")], name
    assert page.xpath("//*[@id='__config']")[0].tag == "script"


@pytest.mark.integration  # starts nginx and a browser
def test_the_browser_reads_materials_own_configuration(clobbering, tmp_path):
    """Material's instant navigation loads pages from the configuration's ``base``."""
    with nginx(clobbering.site, tmp_path / "nginx") as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base + "berita/2026/01/jebakan/")
        config = page.evaluate("JSON.parse(document.getElementById('__config').textContent)")
    assert "evil.example" not in config["base"] and "navigation.instant" in config["features"]


def test_a_built_story_namespaces_every_id_and_keeps_its_anchors(clobbering):
    body = clobbering.page("berita/2026/01/jebakan/").xpath("//div[@class='portal-story__body']")[0]
    ids = body.xpath(".//@id")
    assert ids and all(name.startswith(ID_NAMESPACE) for name in ids)
    fragments = [href[1:] for href in body.xpath(".//a/@href") if href.startswith("#")]
    assert len(fragments) == 3 and set(fragments) <= set(ids)
    assert not body.xpath(".//@class[starts-with(., 'md-')]") and not body.xpath(".//iframe/@src")


def test_a_built_story_reports_what_it_lost(clobbering):
    assert "content/berita/2026/01/jebakan.md: isi: kelas md-header pada <h2> dihapus" in clobbering.output
    assert "content/berita/2026/01/jebakan.md: isi: sematan <iframe> dari evil.example dihapus" in clobbering.output


def theme_ids_in_materials_bundle() -> set[str]:
    """The ``__`` ids that the installed Material's script reads, so a new one is covered too."""
    scripts = Path(material.__file__).parent / "templates/assets/javascripts"
    text = "".join(path.read_text(encoding="utf-8") for path in scripts.glob("bundle.*.min.js"))
    found = set(re.findall(r"""["'#](__[A-Za-z]\w*)""", text))
    assert "__config" in found
    return found


def test_no_id_of_the_theme_or_the_templates_uses_the_namespace(clobbering):
    page = clobbering.page("berita/2026/01/jebakan/")
    outside = page.xpath("//*[@id][not(ancestor::div[@class='portal-story__body'])]/@id")
    assert outside and not [name for name in outside if name.startswith(ID_NAMESPACE)]
    assert not [name for name in theme_ids_in_materials_bundle() if name.startswith(ID_NAMESPACE)]


def test_a_body_with_control_characters_leaves_every_feed_well_formed(site):
    site.story("2026/01/kendali.md", body="Isi\x01 berita\x1b dengan karakter kendali.\x08")
    result = site.build(strict=False)
    if result.returncode != 0:  # refusing such a body is as good as cleaning it
        assert "content/berita/2026/01/kendali.md" in result.output
        return
    for path in result.site.rglob("*.xml"):
        lxml.etree.fromstring(path.read_bytes())
