"""The pre-commit hook, installed in a real git repository: a broken story cannot be committed."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, FixtureSite
from servers import require

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser

BIN = Path(sys.executable).parent


@pytest.fixture
def repo(tmp_path):
    require((BIN / "pre-commit").exists(), "pre-commit is not installed (pip install -e '.[test]')")
    require(shutil.which("git") is not None, "git is not installed")
    site = FixtureSite(tmp_path / "repo")
    site.root.mkdir()
    site.story("2026/01/awal.md")
    site.write_config()
    shutil.copy(ROOT / ".pre-commit-config.yaml", site.root)
    shutil.copytree(ROOT / "hooks", site.root / "hooks")
    env = {
        **os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "Humas", "GIT_AUTHOR_EMAIL": "humas@example.org",
        "GIT_COMMITTER_NAME": "Humas", "GIT_COMMITTER_EMAIL": "humas@example.org",
    }

    def run(*command):
        return subprocess.run(command, cwd=site.root, env=env, capture_output=True, text=True, timeout=300)

    run("git", "init", "-q", "-b", "main")
    run("git", "add", "-A")
    assert run("git", "commit", "-qm", "awal").returncode == 0
    installed = run(str(BIN / "pre-commit"), "install")
    assert installed.returncode == 0, installed.stderr
    site.run = run
    return site


def commit(repo, *paths):
    """Stage and commit; returns the exit status and what the writer sees in the terminal."""
    repo.run("git", "add", *paths)
    result = repo.run("git", "commit", "-m", "berita baru")
    return result.returncode, result.stdout + result.stderr


def test_a_valid_story_is_committed(repo):
    repo.story("2026/02/baru.md", title="Berita Baru")
    returncode, output = commit(repo, "content")
    assert returncode == 0, output
    assert "periksa berita (portal check)....." in output and "Passed" in output


def test_a_broken_story_is_refused_with_the_reason(repo):
    repo.story("2026/02/rusak.md", polsek="Polsek Mayangn")
    returncode, output = commit(repo, "content")
    assert returncode == 1
    assert "Failed" in output
    assert "content/berita/2026/02/rusak.md:4: polsek: 'Polsek Mayangn' tidak ada di daftar satuan" in output
    assert repo.run("git", "log", "--oneline").stdout.count("\n") == 1


def test_a_registry_change_checks_every_story(repo):
    registry = repo.content / "satuan.yml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("Polsek Mayangan", "Polsek Mayang"), encoding="utf-8")
    returncode, output = commit(repo, "content/satuan.yml")
    assert returncode == 1
    assert "content/berita/2026/01/awal.md:4: polsek: 'Polsek Mayangan' tidak ada di daftar satuan" in output
