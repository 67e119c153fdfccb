"""Property-based tests: whatever a writer puts in a story, it publishes or the build says
which file is wrong. Never a crash, never a traceback, never a script of the writer's."""

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
import yaml
from conftest import MKDOCS, REGISTRY, FixtureSite, story_fields
from conftest import front_matter as story_text
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from site_plugins.content.registry import load_registry
from site_plugins.content.sanitize import ID_NAMESPACE, PAGE, SAFE_SCHEMES
from site_plugins.content.stories import FIELDS, load_stories

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser

settings.register_profile(
    "hostile-builds", max_examples=4, deadline=None, derandomize=True, print_blob=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
"""Each example is a real check and two builds with search (a few seconds): few, the same
ones on every run, and no shrinking, so the suite stays fast even when one fails."""

UNITS = ["Polsek Mayangan", "Polsek Kota", "Polsek Mayangn", "Polres Malang Kota", "Polda Papua", "", "<b>x</b>"]
# The editor's form of the unit: the whole lineage; also wrong orders, levels and separators.
LINEAGES = [
    "Polda Jawa Timur / Polres Malang Kota / Polsek Kota", "Polda Papua", "Polres Malang Kota / Polsek Kota",
    "Polda Jawa Timur // Polsek Kota", "a / b / c / d", "/",
]
DATES = ["2026-01-29 12:00", "2026-01-29", "2026-01-29T12:00:00+08:00", "2026-02-30", "kemarin", "29/01/2026", "2999-01-01"]

scalars = st.one_of(
    st.text(max_size=40), st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False),
    st.lists(st.text(max_size=10), max_size=3),
)
CONTRACT = {
        "title": st.one_of(st.text(max_size=80), scalars),
        "date": st.one_of(st.sampled_from(DATES), scalars),
        "polsek": st.one_of(st.sampled_from(UNITS), scalars),
        "polres": st.one_of(st.sampled_from(UNITS), scalars),
        "polda": st.one_of(st.sampled_from(UNITS), scalars),
        "satuan": st.one_of(st.sampled_from(LINEAGES), scalars),
        "location": st.one_of(st.text(max_size=60), scalars),
        "author": st.one_of(st.text(max_size=30), scalars),
        "tags": st.one_of(st.lists(st.text(max_size=20), max_size=4), scalars),
        "summary": scalars,
        "image": st.one_of(st.sampled_from(["foto.jpg", "../../x.png", "https://x.org/a.jpg"]), scalars),
        "image_alt": scalars,
        "updated": st.one_of(st.sampled_from(DATES), scalars),
        "draft": scalars,
}
"""A strategy for every front-matter key, mixing valid and invalid values."""
front_matter = st.fixed_dictionaries({}, optional=CONTRACT).flatmap(lambda fields: st.dictionaries(st.sampled_from(["tgas", "judul", "Title", "date "]), scalars, max_size=1)
          .map(lambda extra: {**fields, **extra}))
bodies = st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | st.sampled_from(
    ["# Judul\n\nIsi", "<script>x</script>", "---\nbukan: front matter\n---", "![foto](foto.jpg)", "[a](b.md)", ""]
)


def check_outcome(docs: Path, uri: str) -> tuple[list, list]:
    registry = load_registry(docs / "satuan.yml", "content/satuan.yml")
    stories, problems = load_stories(docs, [uri], registry, "content/")
    assert len(stories) + bool(problems) == 1, (stories, problems)
    for problem in problems:
        assert problem.path == f"content/{uri}"
        assert problem.field and problem.message
        assert problem.line is None or problem.line >= 1
    return stories, problems


def docs_dir(tmp_path_factory) -> Path:
    docs = tmp_path_factory.mktemp("docs")
    (docs / "satuan.yml").write_text(REGISTRY, encoding="utf-8")
    (docs / "berita").mkdir()
    return docs


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=front_matter, body=bodies)
def test_any_front_matter_publishes_or_names_the_file(tmp_path_factory, fields, body):
    docs = docs_dir(tmp_path_factory)
    text = "---\n" + yaml.safe_dump(fields, allow_unicode=True) + "---\n" + body
    (docs / "berita/cerita.md").write_text(text, encoding="utf-8")
    check_outcome(docs, "berita/cerita.md")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400) | st.text(max_size=400).map(lambda t: ("---\n" + t).encode("utf-8", "surrogatepass")))
def test_any_bytes_publish_or_name_the_file(tmp_path_factory, data):
    docs = docs_dir(tmp_path_factory)
    (docs / "berita/cerita.md").write_bytes(data)
    check_outcome(docs, "berita/cerita.md")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=front_matter, body=bodies)
def test_a_real_build_publishes_or_names_the_file(tmp_path_factory, fields, body):
    site = FixtureSite(tmp_path_factory.mktemp("site"))
    site.write("berita/2026/01/cerita.md", "---\n" + yaml.safe_dump(fields, allow_unicode=True) + "---\n" + body)
    site.write_config()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    process = subprocess.run([*MKDOCS, "build", "--strict"], cwd=site.root, env=env, capture_output=True, text=True)
    output = process.stdout + process.stderr
    assert "Traceback" not in output
    if process.returncode == 0:
        assert list((site.root / "site/berita").rglob("index.html")) or fields.get("draft") is True or "2999" in str(fields.get("date"))
    else:
        assert "content/berita/2026/01/cerita.md" in output, output


def test_strategies_cover_every_field_of_the_contract():
    assert set(CONTRACT) == set(FIELDS)


@given(st.text(alphabet=st.sampled_from("ab \n\t\r\u00a0\u2028"), max_size=60))
def test_a_bodys_blocks_are_found_as_splitting_at_blank_lines_finds_them(body: str) -> None:
    """The summary's search for the first paragraph looks at one block at a time."""
    import re

    from site_plugins.content.stories import split_blocks

    assert list(split_blocks(body)) == re.split(r"\n\s*\n", body)


# Hostile stories: what an attacker or a careless paste puts in a story


MARK = "__pwned"
HOSTILE = [
    f"<script>window.{MARK}=1</script>", f"<SCRIPT SRC=//evil.example/{MARK}.js></SCRIPT>",
    f'<img src=x onerror="window.{MARK}=1">', f"<svg><script>window.{MARK}=1</script></svg>",
    f"<a href=\"javascript:window.{MARK}=1\">a</a>", f'<a href="java&#x09;script:window.{MARK}=1">a</a>',
    f'<a href=" JaVaScRiPt:window.{MARK}=1">a</a>', f'<a href="data:text/html,<script>{MARK}</script>">a</a>',
    f"[klik](javascript:window.{MARK}=1)", f"![x](javascript:window.{MARK}=1)",
    '<iframe src="https://evil.example\\@www.youtube.com/embed/x"></iframe>',
    f'<iframe srcdoc="<script>window.{MARK}=1</script>"></iframe>', f'<object data="javascript:{MARK}"></object>',
    f'<math><mtext><table><mglyph><style><img src=x onerror="window.{MARK}=1">',
    f'<noscript><p title="</noscript><img src=x onerror=window.{MARK}=1>">',
    f"<!-- <script>window.{MARK}=1</script> -->", f"<![CDATA[<script>window.{MARK}=1</script>]]>",
    '<base href="https://evil.example/">', f'<meta http-equiv="refresh" content="0;url=javascript:{MARK}">',
    '<style>@import "https://evil.example/x.css"</style>', "![pelacak](https://tracker.example/p.gif)",
    '<div id="__config">{"base": "https://evil.example/"}</div>', '<form id="__search"><input name="q"></form>',
    '<p class="md-header __drawer">x</p>', "## __drawer", "## Judul {#__config .md-typeset}",
    "## Berita terkait", '<h2 id="berita-terkait" class="portal-related">x</h2>',
    "\u202eevil\u202c", "\u200b\u200d", "\x01\x02\x1b", "\x00", "\ufeff", "\ufffe\uffff",
    f"＜script＞{MARK}＜/script＞", "{{ config.site_name }} {% raw %}", "[^1]\n\n[^1]: catatan", "",
]
"""Pieces of hostile story text; ``MARK`` is what a script that got through would carry."""

"""The pieces a front-matter field may carry: control characters there are the loader's to refuse."""


def hostile(pieces: list[str], characters: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces) | st.text(characters, max_size=12), min_size=1, max_size=4).map("".join)


hostile_body = st.lists(hostile(HOSTILE, st.characters()), min_size=1, max_size=5).map("\n\n".join)
# Lone surrogates cannot be written to a UTF-8 file; control characters can, and are refused.
field_text = hostile(HOSTILE, st.characters(exclude_categories=["Cs"]))
hostile_fields = st.fixed_dictionaries({}, optional={
    name: field_text for name in ("title", "location", "author", "summary")
}).map(lambda fields: {key: value.strip() or "x" for key, value in fields.items()})
"""Odd front matter: every free-text field may carry the same hostile text."""


@settings(settings.get_profile("hostile-builds"))
@given(fields=hostile_fields, tags=st.lists(field_text.map(str.strip).filter(bool), max_size=2), body=hostile_body)
def test_hostile_stories_never_script_the_site(tmp_path_factory, fields, tags, body):
    site = FixtureSite(tmp_path_factory.mktemp("hostile"), search=True)
    site.extra_config = {"markdown_extensions": ["toc", "attr_list", "md_in_html", "tables", "footnotes"]}
    site.write("berita/2026/01/cerita.md", story_text(**story_fields(**fields, tags=tags or None, body=body)))
    site.write_config()
    check = run_bounded(site.root, PORTAL_CHECK)
    build = run_bounded(site.root, [*MKDOCS, "build", "--strict"])
    if build.returncode != 0:  # what a lenient build publishes is checked too
        build = run_bounded(site.root, [*MKDOCS, "build"])
    for process in (check, build):
        assert process.returncode == 0 or "content/berita/2026/01/cerita.md" in process.stderr
    event("published" if build.returncode == 0 else "refused")
    if build.returncode == 0:
        assert_nothing_runs(site.root / "site")


PORTAL_CHECK = [str(Path(sys.executable).parent / "portal"), "check"]


def run_bounded(root: Path, command: list[str]) -> subprocess.CompletedProcess:
    """Run ``command`` in the project; a hang fails the test after a minute, a traceback at once."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    process = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=60)
    assert "Traceback" not in process.stdout + process.stderr, process.stderr
    return process


def assert_nothing_runs(output: Path) -> None:
    """Every published format of a build carries the writers' text as text only."""
    pages = list(output.rglob("*.html"))
    assert pages
    for path in pages:
        assert_html_runs_nothing(lxml.html.fromstring(path.read_bytes()), str(path))
    for path in [*output.rglob("*.xml")]:
        tree = lxml.etree.fromstring(path.read_bytes())  # well-formed, or this raises
        for encoded in tree.iter("{http://purl.org/rss/1.0/modules/content/}encoded"):
            assert_html_runs_nothing(lxml.html.fragment_fromstring(encoded.text or "", create_parent="div"), str(path))
        assert not {element.tag for element in tree.iter() if isinstance(element.tag, str)} & {"script", "iframe", "img"}
    for path in (output / "pagefind").glob("**/*.pf_fragment"):
        assert_search_record_is_text(json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd")), str(path))


def assert_search_record_is_text(record: dict, where: str) -> None:
    """A Pagefind record holds the page's text (the search page shows it as text, ``<mark>``
    aside); its addresses are the site's."""
    assert_safe_address(record["url"], where)
    if "image" in record["meta"]:
        assert_safe_address(record["meta"]["image"], where)
    assert isinstance(record["content"], str)


def assert_html_runs_nothing(page: lxml.html.HtmlElement, where: str) -> None:
    for element in page.iter():
        if not isinstance(element.tag, str):
            continue
        assert not [name for name in element.attrib if name.lower().startswith("on")], (where, element.tag)
        assert element.tag not in ("object", "embed", "base") and "srcdoc" not in element.attrib, (where, element.tag)
        for name in ("href", "src", "action", "data", "cite", "formaction"):
            if name in element.attrib:
                assert_safe_address(element.get(name), where)
    for script in page.iter("script"):
        if script.get("type") == "application/ld+json":
            json.loads(script.text)
            assert "</script" not in script.text.lower()
        else:
            assert MARK not in (script.text or "") + (script.get("src") or ""), where
    assert_body_clobbers_nothing(page, where)


def assert_safe_address(value: str, where: str) -> None:
    import ada_url

    try:
        scheme = ada_url.URL(value, base=PAGE.href).protocol.removesuffix(":")
    except ValueError:
        return  # a browser does not follow what it cannot parse
    assert scheme in SAFE_SCHEMES, (where, value)


def assert_body_clobbers_nothing(page: lxml.html.HtmlElement, where: str) -> None:
    """Inside a story body, only namespaced ids and no class of the theme's."""
    for body in page.xpath("//div[@class='portal-story__body']"):
        assert all(name.startswith(ID_NAMESPACE) for name in body.xpath(".//@id")), where
        classes = " ".join(body.xpath("./descendant::*/@class")).split()
        assert not [name for name in classes if name.startswith(("md-", "portal-", "__"))], where
        assert not body.xpath(".//iframe/@src | .//img[starts-with(@src, 'http')]/@src"), where
    assert page.xpath("//*[@id='__config']")[0].tag == "script" if page.xpath("//*[@id='__config']") else True
