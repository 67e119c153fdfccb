"""Property-based tests: whatever a writer puts in a story, it publishes or the build says
which file is wrong. Never a crash, never a traceback."""

import os
import subprocess
from pathlib import Path

import yaml
from conftest import MKDOCS, REGISTRY, FixtureSite
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from site_plugins.registry import load_registry
from site_plugins.stories import FIELDS, load_stories

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

    from site_plugins.stories import _blocks

    assert list(_blocks(body)) == re.split(r"\n\s*\n", body)
