"""The page frame (``portal/engine/frame.py``): header, navigation, footer and a page's frame
rendered once per situation give the pages that rendering each page whole gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FixtureSite, differences
from corpus import write_corpus


@pytest.mark.integration  # builds sites
def test_reused_frame_parts_change_nothing(tmp_path: Path) -> None:
    """Header, tabs, navigation, footer and script settings rendered once per distinct input
    give the same pages as rendering them on every page (stories with and without headings,
    listings at every depth, the pages of the navigation, with the navigation in two levels)."""
    site = FixtureSite(tmp_path / "project", per_page=4)
    write_corpus(site, 40)
    site.story("2026/01/subjudul.md", title="Berita dengan subjudul", polsek="Polsek A1-2", body="Isi.\n\n## Satu\n\nA.\n\n### Dua\n\nB.")
    # A script whose URL differs between two Polres pages of one depth, and nothing else does
    # (MkDocs links it whether or not it exists; the content folder holds stories only).
    nav = [{"Beranda": "index.md"}, {"Jelajah": [{"Wilayah": "wilayah/index.md"}, {"Tag": "tag/index.md"}]}]
    for reuse in (True, False):
        site.extra_config = {"nav": nav, "extra_javascript": ["wilayah/polda-wilayah-b/tambahan.js"],
                             "plugins": [{"portal": {"per_page": 4, "reuse_frame": reuse, "cache": False}},
                                         "portal-publish"]}
        result = site.build("-d", str(tmp_path / f"site-{reuse}"))
        assert result.returncode == 0, result.output
    assert differences(tmp_path / "site-True", tmp_path / "site-False") == []

def test_a_kept_frame_is_used_only_once_a_second_page_confirms_it() -> None:
    """Pages in one situation share their frame; when the second page's frame differs from the
    first (here: a value outside the page's own blocks that the situation does not know), the
    frame is dropped and every later page is rendered whole."""
    from types import SimpleNamespace

    import jinja2

    from site_plugins.portal.engine.frame import FrameParts

    env = jinja2.Environment(loader=jinja2.DictLoader({
        "base.html": "<head>{% block head %}{% endblock %}</head><p>{{ page.meta.note }}</p>"
                     "<main>{% block main %}{% endblock %}</main><a href=\"{{ 'tag/' | url }}\">Tag</a>",
        "page.html": "{% extends 'base.html' %}"
                     "{% block head %}{% call portal_slot('head') %}<title>{{ page.title }}</title>{% endcall %}{% endblock %}"
                     "{% block main %}{% call portal_slot('main') %}{{ page.body }}{% endcall %}{% endblock %}",
    }))
    url = jinja2.pass_context(lambda context, value: "../" * context["page"].url.count("/") + value)
    frame = FrameParts(url)
    frame.install(env, "id")
    template = env.get_template("page.html")

    def page(number: int, note: str) -> dict:
        story = SimpleNamespace(url=f"berita/{number}/", title=f"Judul {number}", body=f"Isi {number}.",
                                meta={"note": note}, toc=[], previous_page=None, next_page=None)
        return {"page": story, "base_url": "../.."}

    same = [page(number, "sama") for number in range(4)]
    assert [frame.page(template, context) for context in same] == [template.render(context) for context in same]
    assert frame.frame_states and set(frame.frame_states) == {"confirmed"}

    other = FrameParts(url)
    other.install(env, "id")
    differing = [page(number, f"catatan {number}") for number in range(4)]
    assert [other.page(template, c) for c in differing] == [template.render(c) for c in differing]
    assert other.frame_states == ["dropped"]

def test_page_frames_kept_in_a_build_are_bounded(monkeypatch) -> None:
    """A story with headings is a situation of its own: beyond ``MAX_FRAMES`` kept frames, a page
    in a new situation is rendered whole, and no further frame is kept."""
    from types import SimpleNamespace

    import jinja2

    from site_plugins.portal.engine import frame as frames

    monkeypatch.setattr(frames, "MAX_FRAMES", 2)
    env = jinja2.Environment(loader=jinja2.DictLoader({
        "base.html": "<nav>{% for link in page.toc %}{{ link.title }}{% endfor %}</nav>{% block main %}{% endblock %}",
        "page.html": "{% extends 'base.html' %}{% block main %}{% call portal_slot('main') %}{{ page.body }}{% endcall %}"
                     "{% endblock %}",
    }))
    frame = frames.FrameParts(jinja2.pass_context(lambda context, value: value))
    frame.install(env, "id")
    template = env.get_template("page.html")
    pages = [{"page": SimpleNamespace(
        url=f"berita/{number}/", title="Judul", body=f"Isi {number}.", meta={}, previous_page=None, next_page=None,
        toc=[SimpleNamespace(title=f"Subjudul {number}", url=f"#s{number}", level=2, children=[])],
    ), "base_url": ".."} for number in range(5)]
    assert [frame.page(template, context) for context in pages] == [template.render(context) for context in pages]
    assert len(frame.frame_states) == 2
