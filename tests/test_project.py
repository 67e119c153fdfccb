"""The project's own sample content: valid, and built with --strict like `make site` does."""

import os
import subprocess
import sys

import lxml.html
from conftest import ROOT


def test_sample_content_builds_strict(tmp_path):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    process = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert process.returncode == 0, process.stdout + process.stderr
    story = tmp_path / "site/berita/2026/01/polsek-mayangan-patroli-dialogis-lingkar-utara/index.html"
    page = lxml.html.fromstring(story.read_bytes())
    assert page.xpath('//p[@class="portal-story__meta"]/time/text()') == ["Kamis, 29 Januari 2026 12.00 WIB"]
    sekongkang = tmp_path / "site/wilayah/polda-nusa-tenggara-barat/polres-sumbawa-barat/polsek-sekongkang/index.html"
    assert "Polsek Sekongkang" in sekongkang.read_text(encoding="utf-8")


def test_site_url_can_be_overridden_for_previews(tmp_path):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PORTAL_SITE_URL": "https://pratinjau-42.example/"}
    process = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert process.returncode == 0, process.stdout + process.stderr
    page = lxml.html.fromstring((tmp_path / "site/index.html").read_bytes())
    assert page.xpath('//link[@rel="canonical"]/@href') == ["https://pratinjau-42.example/"]
    assert "https://pratinjau-42.example/sitemap.xml" in (tmp_path / "site/robots.txt").read_text()


def test_sample_content_passes_check():
    process = subprocess.run(
        [os.path.join(os.path.dirname(sys.executable), "portal"), "check"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.strip().endswith("berita valid")
