"""The render engine against MkDocs: what MkDocs sets and checks while it renders a page,
the same for the portal's own pages; the pages byte for byte as MkDocs renders them itself;
and the copies of Material's header and inline scripts against the installed Material.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, BuildResult, FixtureSite, render_counts
from mkdocs.exceptions import PluginError

from site_plugins.portal.plugin import DIRTY_REFUSED

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser

MATERIAL = Path(__import__("material").__file__).parent / "templates"
OVERRIDES = ROOT / "overrides"
RELATIVE_SNIPPETS = """\
markdown_extensions:
  - toc:
      permalink: true
  - pymdownx.snippets:
      base_path: !relative
      restrict_base_path: false
"""
"""Snippets found from the folder of the page being converted: MkDocs' ``!relative`` tag
resolves through ``config._current_page``. The snippet itself lives outside ``content/``,
which publishes only stories and their photos and documents."""
SNIPPET = '--8<-- "../../../../cuplikan/kutipan.txt"'
"""The snippet, named from a story's folder ``content/berita/YYYY/MM/``."""


class SnippetSite(FixtureSite):
    """A fixture project whose Markdown takes snippets from the page's own folder."""

    def write_config(self) -> Path:
        path = super().write_config()
        with path.open("a", encoding="utf-8") as config:
            config.write(RELATIVE_SNIPPETS)
        return path


def write_snippet(site: FixtureSite) -> None:
    folder = site.root / "cuplikan"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kutipan.txt").write_text("Kutipan dari folder berita ini.", encoding="utf-8")


def fails_twice(site: FixtureSite, problem: str, fine: str) -> BuildResult:
    """Build ``site`` strictly twice, the second time from the page cache of the first;
    each build fails naming ``problem`` and not ``fine``. Returns the second build."""
    for attempt in range(2):
        result = site.build()
        assert result.returncode != 0, attempt
        assert problem in result.output, (attempt, result.output)
        assert fine not in result.output, attempt
    return result


# What MkDocs sets and checks -------------------------------------------------------------------


def test_a_story_converts_with_the_page_folder_that_relative_names(tmp_path: Path) -> None:
    site = SnippetSite(tmp_path)
    write_snippet(site)
    site.story("2026/01/mayangan.md", body=f"Isi.\n\n{SNIPPET}")
    result = site.build()
    assert result.returncode == 0, result.output
    body = result.page("berita/2026/01/mayangan").text_content()
    assert "Kutipan dari folder berita ini." in body


def test_a_missing_anchor_on_the_story_itself_fails_every_build(site: FixtureSite) -> None:
    """Checked as MkDocs checks its pages, and kept with the cached page: the rebuild that
    takes the page from the cache reports it again."""
    site.extra_config = {"validation": {"anchors": "warn"}}
    site.story("2026/01/mayangan.md", body="Isi.\n\n## Kronologi\n\nLihat [kronologi](#kronologi) dan [foto](#foto).")
    problem = "contains a link '#foto', but there is no such anchor on this page"
    result = fails_twice(site, problem, "#kronologi")
    assert render_counts(result.output)[0] == 0  # the second build took every page from the cache
    site.extra_config = {"validation": {"anchors": "info"}}  # the level is part of every page's key
    result = site.build()
    assert result.returncode == 0, result.output
    assert f"INFO    -  Doc file 'berita/2026/01/mayangan.md' {problem}" in result.output


def test_a_missing_anchor_on_a_page_of_the_navigation_fails_every_build(site: FixtureSite) -> None:
    """A story linking to another page's anchor is rendered, and checked, in every build."""
    site.extra_config = {"validation": {"anchors": "warn"}}
    # The home page is in the navigation: MkDocs converts it itself, before the engine runs.
    site.story("2026/01/mayangan.md", body="## Kronologi\n\nLihat [kronologi](#kronologi) dan [misi](../../../index.md#misi).")
    result = fails_twice(site, "the doc 'index.md' does not contain an anchor '#misi'", "'#kronologi'")
    assert render_counts(result.output)[0] == 1  # only the story with the link


EMPTYING_HOOK = """\
def on_post_page(output, page, config):
    return "" if page.file.src_uri.endswith("kosong.md") else output
"""


@pytest.mark.parametrize("engine", [True, False], ids=["engine", "mkdocs"])
def test_a_page_with_empty_output_is_skipped(site: FixtureSite, engine: bool) -> None:
    """As MkDocs skips it: no file, and a line saying so (the site check then misses it)."""
    (site.root / "kosongkan.py").write_text(EMPTYING_HOOK, encoding="utf-8")
    site.extra_config = {"hooks": ["kosongkan.py"],
                         "plugins": [{"portal": {"engine": engine}}, "portal-publish"]}
    site.story("2026/01/mayangan.md")
    site.story("2026/01/kosong.md", title="Berita Kosong", date="2026-01-28 12:00")
    result = site.build(strict=False)
    assert "Page skipped: 'berita/2026/01/kosong.md'. Generated empty output." in result.output
    assert not site.root.joinpath("site/berita/2026/01/kosong/index.html").exists()
    assert result.exists("berita/2026/01/mayangan")


def test_dirty_builds_are_refused(site: FixtureSite) -> None:
    site.story("2026/01/mayangan.md")
    result = site.build("--dirty")
    assert result.returncode != 0
    assert DIRTY_REFUSED in result.output
    assert "Traceback" not in result.output
    with pytest.raises(PluginError, match="--dirty is not supported"):
        from mkdocs.config import load_config

        load_config(str(site.write_config())).plugins.on_startup(command="build", dirty=True)


# The engine's pages against MkDocs' own ------------------------------------------------------


def differential_sample(site: FixtureSite) -> None:
    """Stories with headings, a table of contents, anchors, a snippet from their own folder,
    photos' absence and presence of tags; enough for two listing pages per listing."""
    write_snippet(site)
    site.story("2026/01/mayangan.md", body=f"Isi.\n\n## Kronologi\n\nLihat [kronologi](#kronologi).\n\n{SNIPPET}")
    site.story("2026/01/kanigaran.md", title="Polsek Kanigaran Sambang Warga", polsek="Polsek Kanigaran",
               date="2026-01-20 09:00", tags=["sambang warga", "kamtibmas"])
    site.story("2026/01/klojen.md", title="Polsek Klojen Atur Lalu Lintas", polsek=None, date="2026-01-10 07:00",
               polres="Polres Malang Kota", tags=["lalu lintas"], body="Isi.\n\n## Jalur sekolah\n\n### Pagi\n\nA.")
    site.story("2025/12/sekongkang.md", title="Polsek Sekongkang Patroli Pantai", polsek="Polsek Sekongkang",
               date="2025-12-24 16:00", author="Humas Polres Sumbawa Barat", tags=["patroli dialogis"],
               body="Isi dengan catatan.[^1]\n\n[^1]: Catatan kaki.")
    site.story("2025/12/draf.md", title="Draf Belum Terbit", date="2025-12-20 10:00", draft=True)


def test_engine_pages_are_the_pages_mkdocs_renders_itself(tmp_path: Path, monkeypatch) -> None:
    """Every file of the site, the story and listing pages included, is the same byte for
    byte whether the engine renders the portal's pages or MkDocs renders them in its own loop."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # MkDocs' build date, in the context
    sites = {}
    for engine in (True, False):
        site = SnippetSite(tmp_path / f"project-{engine}", per_page=2)
        site.extra_config = {"plugins": [{"portal": {"per_page": 2, "engine": engine, "workers": 1}},
                                         "portal-publish"]}
        differential_sample(site)
        result = site.build()
        assert result.returncode == 0, result.output
        assert render_counts(result.output)[0] > 0 if engine else render_counts(result.output) == (0, 0)
        sites[engine] = result.site
    pages = sorted(path.relative_to(sites[True]) for path in sites[True].rglob("*.html"))
    assert Path("berita/2026/01/mayangan/index.html") in pages
    assert Path("halaman/1/index.html") in pages
    different = [str(page) for page in pages if (sites[True] / page).read_bytes() != (sites[False] / page).read_bytes()]
    assert different == []
    everything = {path.relative_to(sites[False]) for path in sites[False].rglob("*") if path.is_file()}
    assert everything == {path.relative_to(sites[True]) for path in sites[True].rglob("*") if path.is_file()}


# Material's files copied into the overrides -----------------------------------------------------

PORTAL_SEARCH_BOX = re.compile(
    r"\s*\{#- The portal's only change: .*?-#\}\n\s*\{% if portal_search_url %\}.*?\{% endif %\}", re.S
)
"""The one addition to Material's header: the portal's search form."""
PORTAL_NO_DRAWER = re.compile(
    r"[ ]*\{#- The portal's change: no drawer .*?-#\}\n[ ]*\{% if \"navigation\.tabs\" not in features %\}\n"
    r"(.*?\n)[ ]*\{% endif %\}\n", re.S
)
"""The one condition in it: the drawer's button only where there are no tabs to lead instead."""
LEADING_COMMENT = re.compile(r"\A\{#-.*?-#\}\n", re.S)


def material(path: str) -> str:
    """The installed Material's template ``path``, without its "generated" comment."""
    return LEADING_COMMENT.sub("", (MATERIAL / path).read_text(encoding="utf-8"))


def override(path: str) -> str:
    """The portal's copy ``path`` in ``overrides/``, without its leading comment."""
    return LEADING_COMMENT.sub("", (OVERRIDES / path).read_text(encoding="utf-8"))


def inline_scripts(template: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", template, re.S)


def script_file(path: str) -> str:
    """A script of ``overrides/assets/javascripts``, without its ``//`` comment lines."""
    lines = (OVERRIDES / "assets/javascripts" / path).read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("//")).strip()


def unindented(pattern: str, template: str, group: int = 0) -> str:
    """What ``pattern`` finds in ``template`` (its ``group``), each line without its indent."""
    found = re.search(pattern, template, re.S)
    assert found, template
    return "\n".join(line.strip() for line in found[group].splitlines())


def title_lines(template: str) -> str:
    """The lines of a header template that print the page title, without their indent."""
    return unindented(r"\{% if page\.meta and page\.meta\.title %\}.*?\{% endif %\}", template)


def test_the_header_is_materials_with_the_search_form_added() -> None:
    """``portal-header-start.html``, the title of ``header.html`` and ``portal-header-end.html``
    are Material's ``partials/header.html`` cut in three, plus the portal's search form."""
    middle = re.search(r'portal-header-start\.html" %\}\n(.*?)\{% include "partials/portal-header-end',
                       (OVERRIDES / "partials/header.html").read_text(encoding="utf-8"), re.S)
    assert middle, "header.html no longer includes the two parts"
    joined = override("partials/portal-header-start.html") + middle[1] + override("partials/portal-header-end.html")
    assert PORTAL_SEARCH_BOX.search(joined), "the search form is no longer marked as the portal's change"
    assert PORTAL_NO_DRAWER.search(joined), "the drawer's button is no longer marked as the portal's change"
    assert PORTAL_NO_DRAWER.sub(r"\1", PORTAL_SEARCH_BOX.sub("", joined)) == material("partials/header.html")


def sidebar_markup(template: str) -> str:
    """The table of contents' sidebar in ``template``, without its indent."""
    return unindented(r'<div class="md-sidebar md-sidebar--secondary".*?\{% include "partials/toc\.html" %\}.*?</div>\s*</div>\s*</div>',
                      template)


def test_the_table_of_contents_sidebar_is_materials() -> None:
    """``main.html`` writes the sidebar only where it shows something, so without the
    ``hidden`` Material sets on a page that hides it."""
    assert sidebar_markup((OVERRIDES / "main.html").read_text(encoding="utf-8")) == sidebar_markup(
        material("base.html")
    ).replace(" {{ hidden }}", "")


def test_the_page_template_prints_the_title_as_materials_header() -> None:
    """``main.html`` renders the header's title between the two kept parts itself."""
    assert title_lines((OVERRIDES / "main.html").read_text(encoding="utf-8")) == title_lines(
        material("partials/header.html")
    )


PORTAL_TEXTS = re.compile(r"[ ]*\{#- The portal's change: Material's texts only .*?-#\}\n[ ]*\{% set _\.search = .*? %\}\n"
                          r"[ ]*\{% set _\.texts = .*? %\}\n", re.S)
"""The one change to Material's script settings: its texts and search worker only where read."""


def config_block(template: str) -> str:
    """The ``config`` block's body in ``template``, without its indent."""
    return unindented(r"\{% block config %\}(?:\{% call portal_part\(\"config\"\) %\})?\n(.*?)\n\s*(?:\{% endcall %\})?\{% endblock %\}",
                      template, group=1)


def test_the_script_settings_are_materials_with_texts_where_read() -> None:
    own = (OVERRIDES / "main.html").read_text(encoding="utf-8")
    assert PORTAL_TEXTS.search(own), "the texts' condition is no longer marked as the portal's change"
    unmarked = PORTAL_TEXTS.sub("", own).replace("} if _.texts else {},", "},").replace(" if _.search else none,", ",")
    assert config_block(unmarked) == config_block(material("base.html"))


def test_the_storage_script_is_materials_with_the_scope_from_its_tag() -> None:
    [script] = inline_scripts(material("partials/javascripts/base.html"))
    scope = '"{{ config.extra.scope | d(base_url) }}"'
    assert scope in script, "Material's storage script no longer takes its scope this way"
    assert script.replace(scope, "document.currentScript.dataset.scope") == script_file("portal-storage.js")
    tag = (OVERRIDES / "partials/javascripts/base.html").read_text(encoding="utf-8")
    assert f"data-scope={scope}" in tag


def test_the_content_script_is_materials_without_linked_tabs() -> None:
    """Material's second script is for ``content.tabs.link``, which the portal leaves off."""
    template = material("partials/javascripts/content.html")
    linked_tabs = re.compile(r'\{% if "content.tabs.link" in features %\}\s*<script>.*?</script>\s*\{% endif %\}\s*', re.S)
    assert linked_tabs.search(template), "Material's linked-tabs script is no longer the conditional one"
    assert "content.tabs.link" not in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert inline_scripts(linked_tabs.sub("", template)) == [script_file("portal-content.js")]


def test_the_palette_script_is_materials() -> None:
    assert inline_scripts(material("partials/javascripts/palette.html")) == [script_file("portal-palette.js")]


SYMBOL = re.compile(r'<symbol id="([^"]+)" (viewBox="[^"]+")>(.*?)</symbol>', re.S)
MATERIAL_ICON = re.compile(r'\A<svg xmlns="http://www\.w3\.org/2000/svg" (viewBox="[^"]+")>(.*)</svg>\s*\Z', re.S)


def test_the_icon_sprite_holds_materials_icons() -> None:
    """Each symbol of ``assets/portal/icons.svg`` is Material's icon of that name, unchanged."""
    symbols = SYMBOL.findall((OVERRIDES / "assets/portal/icons.svg").read_text(encoding="utf-8"))
    assert symbols
    for name, view_box, shape in symbols:
        icon = MATERIAL_ICON.match((MATERIAL / ".icons/material" / f"{name}.svg").read_text(encoding="utf-8"))
        assert icon, f"Material's icon {name} is no longer one plain <svg>"
        assert (view_box, shape) == icon.groups(), name


def test_every_portal_icon_points_into_the_sprite() -> None:
    """``.icons/portal/<name>.svg``, the icons ``mkdocs.yml`` names, show the sprite's symbol
    ``<name>`` and the sprite holds nothing else."""
    symbols = {name for name, _, _ in SYMBOL.findall((OVERRIDES / "assets/portal/icons.svg").read_text(encoding="utf-8"))}
    icons = sorted((OVERRIDES / ".icons/portal").glob("*.svg"))
    assert {icon.stem for icon in icons} == symbols
    for icon in icons:
        expected = "<svg viewBox=\"0 0 24 24\"><use href=\"{{ 'assets/portal/icons.svg' | url }}#%s\"></use></svg>"
        assert icon.read_text(encoding="utf-8").strip() == expected % icon.stem
