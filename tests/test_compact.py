"""Whitespace compaction of the written pages (``site_plugins/portal/compact.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_plugins.portal.compact import compact_html
from conftest import FixtureSite


@pytest.mark.parametrize(
    ("html", "compacted"),
    [
        ("<ul>\n    <li>\n      <a>Beranda</a>\n    </li>\n</ul>", "<ul>\n<li>\n<a>Beranda</a>\n</li>\n</ul>"),
        ("<p>Patroli   dialogis</p>", "<p>Patroli   dialogis</p>"),
        ("<a>Satu</a>  \n\n  <a>Dua</a>", "<a>Satu</a>\n<a>Dua</a>"),
        ("<p>jam\u00a0\n  08.00</p>", "<p>jam\u00a0\n08.00</p>"),
        ("<pre><code>a\n    b\n</code></pre>\n  <p>x</p>", "<pre><code>a\n    b\n</code></pre>\n<p>x</p>"),
        ("<TEXTAREA>\n  isi\n</TEXTAREA>", "<TEXTAREA>\n  isi\n</TEXTAREA>"),
        ('<script type="application/ld+json">{\n  "a": 1\n}</script>\n ',
         '<script type="application/ld+json">{\n  "a": 1\n}</script>\n'),
        ("<style>\n  p { margin: 0 }\n</style>\n\n", "<style>\n  p { margin: 0 }\n</style>\n"),
    ],
)
def test_only_whitespace_a_browser_does_not_show_is_removed(html, compacted):
    assert compact_html(html) == compacted


def test_written_pages_carry_no_indentation_but_keep_their_code_blocks(tmp_path: Path):
    site = FixtureSite(tmp_path / "project")
    site.story("2026/01/patroli.md", body="Isi berita.\n\n```\nbaris satu\n    baris dua\n```\n")
    result = site.build()
    assert result.returncode == 0, result.output
    for page in ["", "berita/2026/01/patroli/", "tag/kamtibmas/", "wilayah/"]:
        html = (result.site / page / "index.html").read_text(encoding="utf-8")
        outside_code = html.split("<pre", 1)[0]
        assert "\n " not in outside_code and "\n\n" not in outside_code, page
    story = result.page("berita/2026/01/patroli/")
    assert story.xpath("//pre//code")[0].text_content() == "baris satu\n    baris dua\n"
