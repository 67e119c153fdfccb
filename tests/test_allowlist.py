"""The publishing allowlist: only stories, the portal's own files and the attachments of
published stories reach the site; every other file of ``content/`` is an error naming it."""

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import material
import pytest
from conftest import ROOT, FixtureSite, front_matter, jpeg, story_fields
from PIL import Image
from servers import require

from site_plugins.publish.plugin import sitemap_urls

SECRET = "RAHASIA-TOKEN-CI-12345"
STORY = "berita/2026/01/patroli-lingkar-utara/"
TIMEOUT = 120


AS_WRITER = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps", "-dac_override,-dac_read_search"]
"""Runs a command as root without root's right to read every file, as a writer's account runs."""


def run(site: FixtureSite, *command: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """``portal check`` or ``mkdocs build --strict`` in the project, failing the test on a hang."""
    site.write_config()
    program = [str(Path(sys.executable).parent / "portal")] if command[0] == "check" else [sys.executable, "-m", "mkdocs"]
    return subprocess.run(
        [*prefix, *program, *command], cwd=site.root, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True, text=True, timeout=TIMEOUT,
    )


def check_and_build(site: FixtureSite, prefix: tuple[str, ...] = ()) -> list[str]:
    """The output of ``portal check`` and of the build, after asserting both failed cleanly."""
    check, build = run(site, "check", prefix=prefix), run(site, "build", "--strict", prefix=prefix)
    outputs = [check.stdout + check.stderr, build.stdout + build.stderr]
    assert check.returncode == 1 and build.returncode != 0, outputs
    for output in outputs:
        assert "Traceback" not in output
    return outputs


def site_files(site_dir: Path) -> dict[str, bytes]:
    return {path.relative_to(site_dir).as_posix(): path.read_bytes() for path in site_dir.rglob("*") if path.is_file()}


def test_symlinks_are_refused_and_nothing_outside_is_published(site: FixtureSite, tmp_path: Path):
    outside = tmp_path / "luar"
    (outside / "repo").mkdir(parents=True)
    (outside / "repo/config").write_text(f"token = {SECRET}\n", encoding="utf-8")
    (outside / "environ").write_text(f"CI_TOKEN={SECRET}\n", encoding="utf-8")
    site.story("2026/01/patroli-lingkar-utara.md")
    folder = site.content / "berita/2026/01"
    (folder / "arsip").symlink_to(outside / "repo")
    (folder / "env.txt").symlink_to(outside / "environ")
    (site.content / "berita/2026/02").mkdir(parents=True)
    (site.content / "berita/2026/02/putaran").symlink_to("..")  # a loop
    for output in check_and_build(site):
        for name in ("berita/2026/01/arsip", "berita/2026/01/env.txt", "berita/2026/02/putaran"):
            assert f"content/{name}: berkas: tautan simbolis (symlink) tidak diterbitkan" in output
    site_dir = site.root / "site"
    assert not site_dir.exists() or SECRET.encode() not in b"".join(site_files(site_dir).values())


def test_files_outside_the_story_contract_are_refused(site: FixtureSite):
    site.story("2026/01/patroli-lingkar-utara.md")
    refused = {
        "assets/javascripts/portal.js": "berkas di luar folder berita",
        "tentang.md": "berkas di luar folder berita",
        "berita/2026/01/halaman.html": "jenis berkas ini tidak diterbitkan",
        "berita/2026/01/skrip.js": "jenis berkas ini tidak diterbitkan",
        "berita/2026/01/logo.svg": "jenis berkas ini tidak diterbitkan",
        "berita/2026/01/.md": "berkas tersembunyi",
        "berita/.rahasia/catatan.md": "berkas tersembunyi",
    }
    for name in refused:
        site.write(name, "<script>alert(1)</script>\n")
    outputs = check_and_build(site)
    for output in outputs:
        for name, message in refused.items():
            shown = "content/" + name.replace("/catatan.md", "")
            assert f"{shown}: berkas: {message}" in output, (name, output)


def test_a_document_must_be_what_its_name_says(site: FixtureSite):
    site.story("2026/01/patroli-lingkar-utara.md", body="Unduh [surat edaran](surat.pdf).")
    site.write("berita/2026/01/surat.pdf", "<html><script>alert(1)</script></html>")
    for output in check_and_build(site):
        assert "content/berita/2026/01/patroli-lingkar-utara.md: isi: 'berita/2026/01/surat.pdf' bukan berkas PDF" in output


def exif_with_gps() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "KameraPonselRahasia"
    exif.get_ifd(0x8825).update({1: "S", 2: (7.0, 45.0, 12.0), 3: "E", 4: (113.0, 12.0, 5.0)})
    return exif


def photo(format: str) -> bytes:
    """A photo in ``format`` carrying a camera name and a GPS position."""
    buffer = io.BytesIO()
    image = Image.open(io.BytesIO(jpeg(320, 240)))
    options = {"comment": b"KameraPonselRahasia"} if format == "GIF" else {"exif": exif_with_gps()}
    image.save(buffer, format=format, **options)
    return buffer.getvalue()


def test_every_published_photo_is_reencoded_without_metadata(site: FixtureSite):
    site.write("berita/2026/01/utama.avif", photo("AVIF"))
    site.write("berita/2026/01/animasi.gif", photo("GIF"))
    site.write("berita/2026/01/lewat-html.jpg", photo("JPEG"))
    site.write("berita/2026/01/tautan.png", photo("PNG"))
    site.story(
        "2026/01/patroli-lingkar-utara.md", image="utama.avif", image_alt="Petugas menyapa warga",
        body=(
            "Isi.\n\n![Animasi](animasi.gif)\n\n<img src=\"../lewat-html.jpg\" alt=\"Warga\">\n\n"
            "[Foto ukuran penuh](tautan.png)"
        ),
    )
    result = site.build()
    assert result.returncode == 0, result.output
    published = site_files(result.site)
    for name in ("utama.avif", "animasi.gif", "lewat-html.jpg", "tautan.png"):
        assert f"berita/2026/01/{name}" in published, name
    photos = {name: data for name, data in published.items() if name.endswith((".avif", ".gif", ".jpg", ".png", ".webp"))}
    for name, data in photos.items():
        assert b"KameraPonselRahasia" not in data, name
        with Image.open(io.BytesIO(data)) as image:
            assert not image.getexif(), name
    body = result.page(STORY).xpath('//*[@class="portal-story__body"]')[0]
    assert body.xpath(".//picture//img/@alt") == ["Animasi", "Warga"]


def test_unused_photos_are_an_error_and_never_published(site: FixtureSite):
    site.story("2026/01/patroli-lingkar-utara.md")
    site.write("berita/2026/01/lupa.jpg", photo("JPEG"))
    for output in check_and_build(site):
        assert "content/berita/2026/01/lupa.jpg: berkas: tidak dipakai oleh berita mana pun" in output
    assert not (site.root / "site/berita/2026/01/lupa.jpg").exists()


def test_attachments_of_drafts_and_scheduled_stories_stay_out(site: FixtureSite):
    pdf = b"%PDF-1.4\n%%EOF\n"
    site.write("berita/2026/01/terbit.pdf", pdf)
    site.write("berita/2026/01/draf.pdf", pdf)
    site.write("berita/2026/01/nanti.pdf", pdf)
    site.write("berita/2026/01/draf-html.jpg", jpeg())
    site.story("2026/01/patroli-lingkar-utara.md", body="[Surat](terbit.pdf)")
    site.story("2026/01/draf.md", title="Draf", draft=True,
               body="[Surat](draf.pdf)\n\n<img src=\"../draf-html.jpg\" alt=\"Draf\">")
    site.story("2999/01/nanti.md", title="Nanti", date="2999-01-01 08:00", body="[Surat](../../2026/01/nanti.pdf)")
    result = site.build()
    assert result.returncode == 0, result.output
    published = site_files(result.site)
    assert published["berita/2026/01/terbit.pdf"] == pdf
    for name in ("draf.pdf", "nanti.pdf", "draf-html.jpg"):
        assert f"berita/2026/01/{name}" not in published, name
    assert not [name for name in published if name.startswith("foto/")]


def test_special_files_are_a_message_never_a_hang(site: FixtureSite):
    site.story("2026/01/patroli-lingkar-utara.md")
    folder = site.content / "berita/2026/01"
    os.mkfifo(folder / "pipa.md")
    os.mkfifo(folder / "pipa.jpg")
    (folder / "folder.md").mkdir()
    for output in check_and_build(site):
        assert "content/berita/2026/01/pipa.md: berkas: bukan berkas biasa (FIFO, soket atau perangkat)" in output
        assert "content/berita/2026/01/pipa.jpg: berkas: bukan berkas biasa" in output
        assert "content/berita/2026/01/folder.md: berkas: folder bernama '.md'" in output


def test_unreadable_files_are_a_message(site: FixtureSite):
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:  # root reads every file: run without that right
        require(shutil.which("setpriv") is not None, "setpriv is not installed (apt-get install util-linux)")
        prefix = tuple(AS_WRITER)
    site.story("2026/01/patroli-lingkar-utara.md", body="![Foto](foto.jpg)")
    site.story("2026/01/terkunci.md").chmod(0)
    site.write("berita/2026/01/foto.jpg", jpeg()).chmod(0)
    (site.content / "berita/2026/02").mkdir(mode=0)
    for output in check_and_build(site, prefix):
        assert "content/berita/2026/01/terkunci.md: berkas: tidak bisa dibaca" in output
        assert "content/berita/2026/02: berkas: tidak bisa dibaca" in output


# The sample content


def theme_file(name: str) -> bool:
    return any((folder / name).is_file() for folder in (Path(material.__file__).parent / "templates", ROOT / "overrides"))


GENERATED = {"404.html", "sitemap.xml", "sitemap-news.xml", "robots.txt", "assets/portal/logo.png",
             "assets/portal/social-card.jpg"}
"""Files the portal writes whatever the content."""


@pytest.mark.integration
def test_the_sample_content_publishes_only_what_the_allowlist_names(tmp_path: Path):
    site = FixtureSite(tmp_path)
    shutil.copytree(ROOT / "content", site.content)
    result = site.build()
    assert result.returncode == 0, result.output
    pages = {url.removeprefix("https://contoh.polri.example/") for url in sitemap_urls(str(result.site), "https://contoh.polri.example/")}
    sitemaps = set(re.findall(r"<loc>https://contoh\.polri\.example/(sitemap-[a-z0-9-]+\.xml)</loc>",
                              (result.site / "sitemap.xml").read_text(encoding="utf-8")))
    assert "sitemap-nasional.xml" in sitemaps and "sitemap-polda-jawa-timur.xml" in sitemaps
    unnamed = [
        name for name in site_files(result.site)
        if name not in GENERATED | sitemaps and not theme_file(name) and not name.endswith("feed.xml")
        and not (name.endswith("index.html") and name.removesuffix("index.html") in pages)
    ]
    assert unnamed == []
    assert "berita/2026/01/polsek-mayangan-patroli-dialogis-lingkar-utara/index.html" in site_files(result.site)
    assert not (result.site / "satuan.yml").exists()


def test_a_body_of_unclosed_brackets_and_tags_is_checked_without_hanging(site: FixtureSite):
    # Each '[' or '<a' starts a try of the reference patterns; read to the end of the body,
    # they made a megabyte of them take hours.
    site.story("2026/01/patroli-lingkar-utara.md", body="[" * 500_000 + "\n" + "<a" * 250_000)
    site.write("berita/2026/01/lampiran.pdf", b"%PDF-1.4\n")
    check = run(site, "check")
    assert check.returncode == 1, check.stdout + check.stderr
    assert "lampiran.pdf: berkas: tidak dipakai" in check.stdout + check.stderr


def test_a_story_ending_in_capital_md_is_refused_by_name(site: FixtureSite):
    # MkDocs renders only '.md': a '.MD' passed the check, then broke the build with an
    # English message about the sitemap.
    site.story("2026/01/patroli-lingkar-utara.md")
    site.write("berita/2026/01/patroli-malam.MD", front_matter(**story_fields(title="Patroli Malam Hari")))
    for output in check_and_build(site):
        assert "content/berita/2026/01/patroli-malam.MD: berkas: akhiran berita harus '.md'" in output, output
