"""The project's own sample content: valid, and built with --strict like `make site` does."""

import os
import subprocess
import sys

import lxml.html
import pytest
import yaml
from conftest import ROOT, build_sample


@pytest.mark.integration
def test_sample_content_builds_strict(tmp_path):
    build_sample(tmp_path / "site")
    story = tmp_path / "site/berita/2026/01/polsek-mayangan-patroli-dialogis-lingkar-utara/index.html"
    page = lxml.html.fromstring(story.read_bytes())
    assert page.xpath('//p[@class="portal-story__meta"]/time/text()') == ["Kamis, 29 Januari 2026 12.00 WIB"]
    sekongkang = tmp_path / "site/wilayah/polda-nusa-tenggara-barat/polres-sumbawa-barat/polsek-sekongkang/index.html"
    assert "Polsek Sekongkang" in sekongkang.read_text(encoding="utf-8")
    # The web editor offers every unit of the sample registry, with the editorial workflow.
    editor = yaml.safe_load((tmp_path / "site/admin/config.yml").read_text(encoding="utf-8"))
    [unit] = [field for field in editor["collections"][0]["fields"] if field["name"] == "satuan"]
    assert len(unit["options"]) == 3 + 5 + 15
    assert editor["publish_mode"] == "editorial_workflow"


@pytest.mark.integration
def test_site_url_can_be_overridden_for_previews(tmp_path):
    # Also the editor without its workflow, as built for local mode (README).
    build_sample(tmp_path / "site", PORTAL_SITE_URL="https://pratinjau-42.example/", PORTAL_CMS_WORKFLOW="false")
    page = lxml.html.fromstring((tmp_path / "site/index.html").read_bytes())
    assert page.xpath('//link[@rel="canonical"]/@href') == ["https://pratinjau-42.example/"]
    assert "https://pratinjau-42.example/sitemap.xml" in (tmp_path / "site/robots.txt").read_text()
    assert "publish_mode" not in yaml.safe_load((tmp_path / "site/admin/config.yml").read_text(encoding="utf-8"))


@pytest.mark.integration
def test_sample_content_passes_check():
    process = subprocess.run(
        [os.path.join(os.path.dirname(sys.executable), "portal"), "check"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.strip().endswith("berita valid")
