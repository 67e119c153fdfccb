"""The portal beside Material's own plugins."""

from __future__ import annotations

from conftest import FixtureSite


def test_materials_search_plugin_renders_its_templates_before_the_portal_is_ready(site: FixtureSite) -> None:
    """Material's search plugin renders a template in its ``on_config``, before the portal has
    set up its translation lookup: Material's own macro answers then (the search benchmark
    builds such a site to compare the two searches)."""
    site.extra_config = {"plugins": ["search", "portal", "portal-publish"]}
    site.story("2026/01/mayangan.md")
    result = site.build()
    assert result.returncode == 0, result.output
    assert (result.site / "search" / "search_index.json").is_file()
    assert "Mayangan" in result.page("berita/2026/01/mayangan").text_content()
