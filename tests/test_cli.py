"""``portal check``: the same contract as the build, without building."""

import json
import os

from conftest import front_matter, story_fields


def test_check_counts_valid_stories(site):
    site.story("2026/01/a.md")
    site.story("2026/01/b.md", title="Berita kedua")
    result = site.check()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2 berita valid"


def test_check_reports_every_problem_and_fails(site):
    site.story("2026/01/a.md", polsek="Polsek Kota")
    site.write("berita/2026/01/b.md", front_matter(**story_fields(tgas=["x"])))
    result = site.check()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "content/berita/2026/01/a.md:4: polsek: 'Polsek Kota' ada lebih dari satu" in result.stderr
    assert "content/berita/2026/01/b.md:10: tgas: kunci tidak dikenal — maksud Anda tags?" in result.stderr


def test_check_selected_paths(site):
    site.story("2026/01/a.md")
    site.story("2026/02/b.md", date="kemarin")
    assert site.check("content/berita/2026/01").returncode == 0
    assert site.check("content/berita/2026/02/b.md").returncode == 1
    missing = site.check("content/berita/2030")
    assert missing.returncode == 2 and "tidak ditemukan" in missing.stderr


def test_check_json(site):
    site.story("2026/01/a.md", date="2026-02-30")
    result = site.check("--format", "json")
    report = json.loads(result.stdout)
    assert result.returncode == 1
    assert report["valid"] == 0
    assert report["problems"][0] | {"hint": ""} == {
        "path": "content/berita/2026/01/a.md", "line": 3, "field": "date",
        "message": "tanggal '2026-02-30' tidak ada di kalender", "hint": "",
    }


def test_check_broken_registry(site):
    site.registry = "- polda: [\n"
    site.story("2026/01/a.md")
    result = site.check()
    assert result.returncode == 1
    assert "content/satuan.yml:1: yaml: YAML tidak valid" in result.stderr


def test_check_thousands_separator(site):
    for number in range(1000):
        site.story(f"2026/01/berita-{number}.md")
    result = site.check()
    assert result.stdout.strip() == "1.000 berita valid"


def test_check_escapes_control_and_bidi_characters_in_messages(site):
    site.story("2026/01/a\u202egpj.md", date="kemarin", title="Judul\x1b[2J")
    result = site.check()
    assert result.returncode == 1
    assert "content/berita/2026/01/a\\u202egpj.md:" in result.stderr
    assert "\u202e" not in result.stderr and "\x1b" not in result.stderr
    as_json = site.check("--format", "json")
    assert "\u202e" not in as_json.stdout
    assert json.loads(as_json.stdout)["problems"][0]["path"] == "content/berita/2026/01/a\u202egpj.md"


def test_check_refuses_special_files_named_on_the_command_line(site):
    site.story("2026/01/a.md")
    fifo = site.content / "berita/2026/01/pipa.md"
    os.mkfifo(fifo)
    result = site.check(str(fifo))
    assert result.returncode == 2
    assert result.stderr.strip() == f"portal: '{fifo}' bukan berkas biasa atau folder (FIFO, soket atau perangkat)"
    link = site.content / "berita/2026/01/tautan.md"
    link.symlink_to(site.content / "berita/2026/01/a.md")
    linked = site.check(str(link))
    assert linked.returncode == 2 and "tautan simbolik" in linked.stderr
