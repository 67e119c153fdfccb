"""Nothing lost, nothing leaked, nothing injected: the guarantees of a public police site.

The lists of payloads and bad inputs live here, in the test file, on purpose."""

import shutil

import lxml.etree
import lxml.html
import pytest
from conftest import REGISTRY, ROOT, FixtureSite, build_sample, front_matter, story_fields
from servers import chromium, nginx

from site_plugins.portal.verify import broken_links

MARK = "window.__pwned=1"
PAYLOADS = [
    f"<script>{MARK}</script>",
    f'"><img src=x onerror="{MARK}">',
    f"'><svg onload='{MARK}'>",
    f"</script><script>{MARK}</script>",
    f"javascript:{MARK}",
    f'<a href="javascript:{MARK}">klik</a>',
    f"<iframe src=\"javascript:{MARK}\"></iframe>",
    "{{ config.site_name }} {% raw %}",
    f'<style>body{{background:url("javascript:{MARK}")}}</style>',
]
"""Text that would run a script if any template, feed or JSON-LD printed it unescaped."""

BODY_PAYLOADS = [
    (f"<script>{MARK}</script>", "tag <script> dihapus"),
    (f'<p onclick="{MARK}">klik</p>', "atribut onclick pada <p> dihapus"),
    (f'<a href="javascript:{MARK}">tautan</a>', "alamat javascript: pada <a href> dihapus"),
    ('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">', "alamat data: pada <img src> dihapus"),
    ("<style>p { display: none }</style>", "tag <style> dihapus"),
    ('<form action="https://phish.example/"><input name="nrp"></form>', "tag <form> dihapus"),
    ('<object data="x.swf"></object>', "tag <object> dihapus"),
    ('<iframe src="https://evil.example/"></iframe>', "sematan <iframe> dari evil.example dihapus"),
    (f'<div style="color:red" onmouseover="{MARK}">x</div>', "atribut style pada <div> dihapus"),
    ('<iframe src="https://evil.example\\@www.youtube.com/embed/x"></iframe>', "sematan <iframe> dari evil.example dihapus"),
    ('<img src="https://tracker.example/p.gif" alt="x">', "gambar dari tracker.example dihapus"),
    ('<p class="md-header">x</p>', "kelas md-header pada <p> dihapus"),
]
"""Raw HTML in a story body, and what the build says it removed."""


@pytest.fixture(scope="module")
def injected(tmp_path_factory):
    """A strict build whose every front-matter field and unit name carries a payload."""
    site = FixtureSite(tmp_path_factory.mktemp("payloads"))
    names = {index: f"Polsek Uji {index} {payload}" for index, payload in enumerate(PAYLOADS)}
    site.registry = REGISTRY + "\n".join(
        ["- polda: Polda Uji", "  zona: WIB", "  polres:", "    - nama: Polres Uji", "      polsek:"]
        + [f"        - nama: {name!r}" for name in names.values()]
    ) + "\n"
    for index, payload in enumerate(PAYLOADS):
        site.story(
            f"2026/01/muatan-{index}.md", title=f"Judul {payload}", location=f"Lokasi {payload}",
            author=f"Penulis {payload}", tags=[f"tag {payload}"], summary=f"Ringkasan {payload}",
            polsek=names[index], polres="Polres Uji",
        )
    result = site.build()
    assert result.returncode == 0, result.output
    return result


def all_html(result):
    return sorted(result.site.rglob("*.html"))


def test_payloads_are_text_everywhere(injected):
    for path in all_html(injected):
        page = lxml.html.fromstring(path.read_bytes())
        for element in page.iter():
            if not isinstance(element.tag, str):
                continue
            handlers = [name for name in element.attrib if name.lower().startswith("on")]
            assert not handlers, (path, element.tag, handlers)
            for name in ("href", "src", "action", "data"):
                assert not element.get(name, "").strip().lower().startswith("javascript:"), (path, element.tag)
        for script in page.xpath("//script"):
            assert MARK not in (script.text or "") or script.get("type") == "application/ld+json", path
        assert not page.xpath("//iframe | //object | //form | //style[contains(., 'javascript')]"), path


def test_payloads_keep_their_text(injected):
    page = lxml.html.fromstring((injected.site / "berita/2026/01/muatan-1/index.html").read_bytes())
    assert page.xpath("string(//h1)") == f"Judul {PAYLOADS[1]}"
    assert page.xpath("//title/text()")[0].startswith(f"Judul {PAYLOADS[1]}")


def test_feeds_and_json_ld_escape_payloads(injected):
    for path in [*injected.site.rglob("feed.xml"), *injected.site.rglob("sitemap*.xml")]:
        tree = lxml.etree.fromstring(path.read_bytes())
        names = {lxml.etree.QName(element).localname for element in tree.iter() if isinstance(element.tag, str)}
        assert not names & {"script", "img", "svg", "iframe", "style", "a"}, (path, names)
    feed = lxml.etree.fromstring((injected.site / "feed.xml").read_bytes())
    assert set(feed.xpath("//item/title/text()")) == {f"Judul {payload}" for payload in PAYLOADS}
    html = (injected.site / "berita/2026/01/muatan-3/index.html").read_text(encoding="utf-8")
    json_ld = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "</script" not in json_ld.lower() and "<" not in json_ld


def test_payloads_run_nowhere_in_a_browser(injected, tmp_path):
    pages = ["", "berita/2026/01/muatan-0/", "berita/2026/01/muatan-3/", "tag/", "penulis/", "wilayah/polda-uji/polres-uji/"]
    with nginx(injected.site, tmp_path / "nginx") as base, chromium() as browser:
        page = browser.new_page()
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        for url in pages:
            page.goto(base + url)
            page.wait_for_load_state("load")
            assert page.evaluate("window.__pwned") is None, url
        assert dialogs == []


@pytest.mark.parametrize(("html", "message"), BODY_PAYLOADS)
def test_unsafe_body_fails_strict_build_naming_the_file(site, html, message):
    site.story("2026/01/isi-berbahaya.md", body=f"Paragraf aman.\n\n{html}\n")
    result = site.build()
    assert result.returncode != 0 and "Traceback" not in result.output
    assert f"content/berita/2026/01/isi-berbahaya.md: isi: {message}" in result.output


def test_unsafe_body_is_removed_when_not_strict(site):
    body = "\n\n".join(html for html, _ in BODY_PAYLOADS)
    site.story("2026/01/isi-berbahaya.md", body=f"Paragraf aman.\n\n{body}\n\n[Situs luar](https://example.org/) dan [beranda](../../../index.md)")
    result = site.build(strict=False)
    assert result.returncode == 0, result.output
    for path in [result.site / "berita/2026/01/isi-berbahaya/index.html", result.site / "feed.xml"]:
        text = path.read_text(encoding="utf-8")
        assert MARK not in text and "evil.example" not in text and "phish.example" not in text
        assert "tracker.example" not in text, path
    body = result.page("berita/2026/01/isi-berbahaya/").xpath('//div[@class="portal-story__body"]')[0]
    assert body.xpath('.//a[@href="https://example.org/"]/@rel') == ["noopener"]
    assert "Paragraf aman." in body.text_content()


def test_allowed_embeds_stay(site):
    video = '<iframe src="https://www.youtube-nocookie.com/embed/abc123" title="Video patroli" allowfullscreen></iframe>'
    site.story("2026/01/video.md", body=f"Tonton video berikut.\n\n{video}\n")
    result = site.build()
    assert result.returncode == 0, result.output
    iframe = result.page("berita/2026/01/video/").xpath('//div[@class="portal-story__body"]//iframe')[0]
    assert iframe.get("src") == "https://www.youtube-nocookie.com/embed/abc123"


def test_tricky_but_valid_files_build(site):
    text = front_matter(**story_fields(title="Kapolsek “Ramah” Sapa Warga — Café Ñusantara 🚓", author="Ni Luh Putu Ayu"))
    site.write("berita/2026/01/bom-crlf.md", ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"))
    site.story("2026/01/panjang.md", title="Berita Sangat Panjang", body="\n\n".join(f"Paragraf {n} " + "kata " * 80 for n in range(400)))
    result = site.build()
    assert result.returncode == 0, result.output
    assert result.page("berita/2026/01/bom-crlf/").xpath("string(//h1)") == "Kapolsek “Ramah” Sapa Warga — Café Ñusantara 🚓"
    assert "Paragraf 399" in result.page("berita/2026/01/panjang/").xpath("string(//article)")


def test_every_bad_input_at_once_fails_build_and_check(site):
    """One build over every kind of bad file: each is reported, naming file and field."""
    bad = {
        "yaml-rusak.md": ("---\ntitle: \"Judul\ndate: 2026-01-01\n---\n", "yaml"),
        "tanpa-fm.md": ("Hanya isi berita.\n", "front matter"),
        "kosong.md": (front_matter(**story_fields(title="")), "title"),
        "tanggal-mustahil.md": (front_matter(**story_fields(date="2026-02-30")), "date"),
        "tanggal-kata.md": (front_matter(**story_fields(date="kemarin sore")), "date"),
        "satuan-asing.md": (front_matter(**story_fields(polsek="Polsek Antah")), "polsek"),
        "satuan-ganda.md": (front_matter(**story_fields(polsek="Polsek Kota")), "polsek"),
        "salah-polres.md": (front_matter(**story_fields(polres="Polres Malang Kota")), "polres"),
        "tipe-salah.md": (front_matter(**story_fields(tags="kamtibmas")), "tags"),
        "kunci-typo.md": (front_matter(**story_fields(athor="x")), "athor"),
        "foto-hilang.md": (front_matter(**story_fields(image="tidak-ada.jpg", image_alt="x")), "image"),
        "foto-luar.md": (front_matter(**story_fields(image="../../../../../etc/passwd.png", image_alt="x")), "image"),
        "latin1.md": ("---\ntitle: Caf\xe9\n---\n".encode("latin-1"), "berkas"),
    }
    for name, (text, _) in bad.items():
        site.write(f"berita/2026/01/{name}", text)
    site.story("2026/01/sah.md")
    site.story("2026/02/sah.md", date="2026-01-05")
    result = site.build()
    check = site.check()
    assert result.returncode != 0 and check.returncode == 1
    for output in (result.output, check.stderr):
        assert "Traceback" not in output
        for name, (_, field) in bad.items():
            assert f"content/berita/2026/01/{name}" in output and f": {field}: " in output, name
        assert "alamat /berita/2026/01/sah/ sudah dipakai" in output


def test_broken_registry_fails_build_and_check(site):
    site.registry = "- polda: Polda Uji\n  zona: XYZ\n  polres:\n    - wilayah: tanpa nama\n"
    site.story("2026/01/a.md", polsek=None, polda="Polda Uji")
    result, check = site.build(), site.check()
    for output in (result.output, check.stderr):
        assert "content/satuan.yml:2: zona:" in output and "content/satuan.yml:4: nama: wajib diisi" in output
        assert "Traceback" not in output


# The build checks its own output


def test_the_build_fails_when_a_listing_drops_a_story(site, tmp_path):
    overrides = tmp_path / "overrides"
    shutil.copytree(ROOT / "overrides", overrides)
    card = overrides / "partials/portal-card.html"
    macro = "{% macro portal_card(item, summary=true, unit=true) %}"
    card.write_text(card.read_text().replace(macro, macro + "{% if 'hilang' not in item.url %}").replace(
        "{% endmacro %}", "{% endif %}{% endmacro %}"))
    site.extra_config = {"theme": {"name": "material", "custom_dir": str(overrides), "language": "id"}}
    site.story("2026/01/ada.md")
    site.story("2026/01/hilang.md", title="Berita yang hilang")
    result = site.build()
    assert result.returncode != 0
    assert "story /berita/2026/01/hilang/ missing from listing /wilayah/polda-jawa-timur/" in result.output


@pytest.mark.integration
def test_every_internal_link_resolves_in_the_sample_site(tmp_path):
    build_sample(tmp_path / "site")
    assert broken_links(str(tmp_path / "site"), "https://berita.polri.example/") == []


def test_link_check_finds_a_broken_link(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/">ada</a><a href="b/">tidak ada</a><a href="https://x.org/">luar</a>')
    (tmp_path / "a/index.html").write_text('<img src="../foto.jpg" alt=""><a href="#atas">atas</a>')
    assert broken_links(str(tmp_path)) == ["/a/index.html -> ../foto.jpg", "/index.html -> b/"]
