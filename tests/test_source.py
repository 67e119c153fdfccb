"""Reading content files within limits: YAML that could exhaust or crash the build is refused,
before it is built, with a clean message from `portal check` and `mkdocs build` alike."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MKDOCS, REGISTRY, FixtureSite, four_stories, front_matter, story_fields
from hypothesis import given
from hypothesis import strategies as st

from site_plugins.content.source import CONTROL_CHARACTER, load_yaml, split_front_matter

MAX_DEPTH = 16
MAX_FRONT_MATTER = 65536
"""The limits docs/content-limits.md promises writers."""

STORY = "berita/2026/01/patroli.md"
SHOWN = "content/" + STORY


def alias_bomb(levels: int = 6, width: int = 10) -> str:
    """YAML whose last alias stands for ``width ** levels`` values: a million here, enough
    to show that aliases are refused and small enough to stay quick if they were not."""
    lines = ["a0: &a0 [x]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * width)}]" for n in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


def with_extra(extra: str, **overrides: object) -> str:
    """A valid story with ``extra`` YAML lines added at the end of its front matter."""
    head, body = front_matter(**story_fields(**overrides)).split("---\n\n", 1)
    return f"{head}{extra}---\n\n{body}"


def story_line(text: str, prefix: str) -> int:
    return next(number for number, line in enumerate(text.split("\n"), 1) if line.startswith(prefix))


def outcomes(site: FixtureSite) -> list[str]:
    """What `portal check` and `mkdocs build --strict` say: each must fail cleanly and fast
    (the timeout turns a hang into a failure instead of a stuck suite)."""
    site.write_config()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    outputs = []
    for command in ([str(Path(sys.executable).parent / "portal"), "check"], [*MKDOCS, "build", "--strict"]):
        done = subprocess.run(command, cwd=site.root, env=env, capture_output=True, text=True, timeout=60)
        output = done.stdout + done.stderr
        assert done.returncode == 1, output[-2000:]
        assert "Traceback" not in output, output[-2000:]
        outputs.append(output)
    return outputs


@pytest.mark.parametrize(
    ("extra", "field", "message"),
    [
        ("catatan: !!binary aGVsbG8=\n", "catatan", "tag YAML '!!binary' tidak didukung"),
        ("catatan: !!set {a, b}\n", "catatan", "tag YAML '!!set' tidak didukung"),
        ("catatan: !!timestamp 2026-01-29\n", "catatan", "tag YAML '!!timestamp' tidak didukung"),
        ("catatan: !!python/name:os.system\n", "catatan", "tag YAML '!!python/name:os.system' tidak didukung"),
        ("catatan: &diri [*diri]\n", "catatan", "alias YAML '*diri' tidak didukung"),
        ("catatan: " + "1" * 5000 + "\n", "catatan", "angka lebih dari 64 karakter"),
        ("catatan:\n" + "".join("  " * depth + f" l{depth}:\n" for depth in range(40)), "l14", "bersarang lebih dari 16 tingkat"),
    ],
    ids=["binary", "set", "timestamp", "python", "recursive-alias", "huge-number", "nesting"],
)
@pytest.mark.integration
def test_check_and_build_name_the_line_of_yaml_that_is_not_plain_data(tmp_path, extra, field, message):
    """Check and build give the same clean problem (a build used to end in a traceback from
    its front-matter cache, which cannot hold bytes, sets, dates or cycles)."""
    site = FixtureSite(tmp_path)
    text = with_extra(extra)
    site.write(STORY, text)
    # Mappings nested one a line: the seventeenth level (the root is the first) is l14's value.
    line = story_line(text, "catatan") + (MAX_DEPTH if field == "l14" else 0)
    for output in outcomes(site):
        assert f"{SHOWN}:{line}: {field}: {message}" in output


def write_hostile(site: FixtureSite, where: str, yaml_text: str) -> tuple[str, str]:
    """Put ``yaml_text`` (a mapping) into a story's front matter or into the registry, under
    a key nobody reads; the file's shown path and text."""
    if where == "story":
        return SHOWN, site.write(STORY, with_extra(yaml_text.rstrip("\n") + "\n")).read_text(encoding="utf-8")
    site.story("2026/01/patroli.md")
    indented = "".join(f"    {line}\n" for line in yaml_text.splitlines())
    path = site.write("satuan.yml", f"{REGISTRY}- polda: Polda Uji\n  catatan:\n{indented}")
    return "content/satuan.yml", path.read_text(encoding="utf-8")


@pytest.mark.integration
@pytest.mark.parametrize("where", ["story", "registry"])
def test_an_alias_bomb_is_refused_at_its_first_alias(tmp_path, where):
    """Any key, even an unknown one, used to build every value an alias stands for: larger
    bombs ran for most of a minute to a MemoryError."""
    site = FixtureSite(tmp_path)
    shown, text = write_hostile(site, where, alias_bomb())
    for output in outcomes(site):
        assert f"{shown}:{story_line(text.replace('    a1', 'a1'), 'a1:')}: a1: alias YAML '*a0' tidak didukung" in output


@pytest.mark.integration
@pytest.mark.parametrize("where", ["story", "registry"])
def test_deep_nesting_is_refused_before_it_is_built(tmp_path, where):
    """30,000 nested brackets (within the size limits) used to crash check and build with a
    segmentation fault: libyaml's composer recurses once per level in C."""
    site = FixtureSite(tmp_path)
    shown, text = write_hostile(site, where, "dalam: " + "[" * 30_000 + "]" * 30_000)
    line = story_line(text.replace("    dalam", "dalam"), "dalam:")
    for output in outcomes(site):
        assert f"{shown}:{line}: dalam: bersarang lebih dari {MAX_DEPTH} tingkat" in output


@pytest.mark.integration
def test_control_characters_fail_check_and_build(tmp_path):
    """Both used to pass, writing feeds and a news sitemap no XML reader can open."""
    site = FixtureSite(tmp_path)
    site.write(STORY, front_matter(**story_fields(title="Patroli \x01 Malam", body="Isi \x02 berita.")))
    for output in outcomes(site):
        assert f"{SHOWN}:2: title: memuat karakter kendali atau tak sah U+0001" in output
    site.write(STORY, front_matter(**story_fields(body="Isi \x02 berita.")))
    for output in outcomes(site):
        assert f"{SHOWN}:12: isi berita: memuat karakter kendali atau tak sah U+0002" in output


@pytest.mark.integration
def test_front_matter_has_a_size_limit(tmp_path):
    site = FixtureSite(tmp_path)
    site.write(STORY, with_extra(f"summary: '{'panjang ' * (MAX_FRONT_MATTER // 8)}'\n"))
    for output in outcomes(site):
        assert f"{SHOWN}:1: front matter: front matter lebih dari {MAX_FRONT_MATTER} karakter" in output


@pytest.mark.parametrize(
    ("yaml_text", "line", "field", "message"),
    [
        ("a: 1\nb:\n  c: 1\n  c: 2\n", 4, "c", "kunci ini ditulis dua kali"),
        ("- " * MAX_DEPTH + "x\n", 1, "yaml", None),
        ("- " * (MAX_DEPTH + 1) + "x\n", 1, "yaml", f"bersarang lebih dari {MAX_DEPTH} tingkat"),
        ("a: !!str teks\nb: !!int 3\nc: !!float 1.5\nd: !!bool true\ne: !!null ''\n", None, None, None),
        ("tags: [satu, &x dua, *x]\n", 1, "tags", "alias YAML '*x' tidak didukung"),
        # A merge key repeated 'zona' past the duplicate check, and the first one silently won.
        ("zona: WIB\n<<: {zona: WITA}\n", 2, "<<", "kunci gabungan YAML '<<' tidak didukung"),
    ],
    ids=["nested-duplicate", "deepest-allowed", "one-too-deep", "plain-tags-allowed", "alias-in-list", "merge-key"],
)
def test_limits_of_plain_yaml(yaml_text, line, field, message):
    loaded = load_yaml(yaml_text, "x.yml")
    if message is None:
        assert isinstance(loaded, tuple), loaded
    else:
        assert (loaded.line, loaded.field, loaded.message) == (line, field, message)


@pytest.mark.parametrize(
    "escape", ["\\x01", "\\x00", "\\e", "\\x7f", "\\x9b", "\\uFFFE", "\\uFDD0", "\\U0010FFFF"],
)
def test_control_characters_in_a_field_are_refused_with_their_line(escape):
    text = f'---\ntitle: Patroli\nlocation: "Jalan {escape} Raya"\n---\n\nIsi.\n'
    problem = split_front_matter(text, "x.md")
    assert (problem.line, problem.field) == (3, "location")
    assert problem.message.startswith("memuat karakter kendali atau tak sah U+")


def test_tab_and_line_breaks_in_a_field_are_text():
    source = split_front_matter('---\ntitle: "Patroli\\tMalam\\nSore"\n---\n\nIsi.\n', "x.md")
    assert source.meta["title"] == "Patroli\tMalam\nSore"


@pytest.mark.parametrize("character", ["\x01", "\x7f", "\x9b", "\ufdd0", "\U0001fffe"])
def test_control_characters_written_as_they_are_name_line_and_key(character):
    """libyaml refuses most of them itself, but names only a position in the text."""
    text = f"---\ntitle: Patroli\nsummary: |\n  Baris satu.\n  Baris {character}dua.\n---\n\nIsi.\n"
    problem = split_front_matter(text, "x.md")
    assert str(problem) == (
        f"x.md:5: summary: memuat karakter kendali atau tak sah U+{ord(character):04X}"
        " — hapus karakter itu; biasanya terbawa saat menyalin teks dari aplikasi lain"
    )


def test_front_matter_kept_between_builds_still_reports_problems(site: FixtureSite) -> None:
    """Parsed front matter is reused; a story whose front matter breaks is reported as before."""
    four_stories(site)
    assert site.build().returncode == 0
    assert (site.root / ".cache/portal/front-matter.json").is_file()
    site.write("berita/2026/01/kanigaran.md", "---\ntitle: Rusak\ndate: 2026-01-20 09:00\ntitle: Lagi\n---\n\nIsi.\n")
    result = site.build()
    assert result.returncode != 0
    assert "content/berita/2026/01/kanigaran.md:4: title: kunci ini ditulis dua kali" in result.output


@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF)))
def test_the_control_character_search_finds_what_one_character_class_finds(text: str) -> None:
    """The fast search gives the first character the plain definition names, or none."""
    nonchars = "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17))
    plain = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{nonchars}]")
    expected, found = plain.search(text), CONTROL_CHARACTER.search(text)
    assert (found and found.start()) == (expected and expected.start())


def test_the_control_character_search_sees_every_plane_s_noncharacters() -> None:
    for plane in range(17):
        for last in (0xFFFE, 0xFFFF):
            assert CONTROL_CHARACTER.search("teks " + chr(plane * 0x10000 + last)) is not None
    assert CONTROL_CHARACTER.search("emoji \U0001F600 dan \U0010FFFD") is None
