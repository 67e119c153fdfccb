"""Cache keys: what makes a cached page stale."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

import pytest

from site_plugins.portal.engine import pagekeys


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """Installs a package's metadata (no code) into a folder on ``sys.path``."""

    def install(name: str, version: str, entry_points: str) -> None:
        info = tmp_path / f"{name.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
        (info / "entry_points.txt").write_text(entry_points)
        pagekeys.extension_packages.cache_clear()

    monkeypatch.syspath_prepend(str(tmp_path))
    yield install
    pagekeys.extension_packages.cache_clear()


@pytest.mark.parametrize("group", ["mkdocs.plugins", "mkdocs.themes", "markdown.extensions"])
def test_any_installed_plugin_theme_or_extension_counts(installed, group):
    before = pagekeys.extension_packages()
    installed("mkdocs-fancy-thing", "2.0", f"[{group}]\nfancy = fancy_thing:Fancy\n")
    after = pagekeys.extension_packages()
    assert ("mkdocs-fancy-thing", "2.0") in after
    assert set(after) - set(before) == {("mkdocs-fancy-thing", "2.0")}


def test_other_packages_do_not_count(installed):
    installed("some-cli", "1.0", "[console_scripts]\nsome = some_cli:main\n")
    assert all(name != "some-cli" for name, _ in pagekeys.extension_packages())


def test_the_portal_and_material_count():
    names = {name for name, _ in pagekeys.extension_packages()}
    assert {"mkdocs", "mkdocs-material", "markdown"} <= names


def test_a_change_outside_the_builds_keeps_the_plugins_digest(tmp_path):
    for name in ("authoring", "content"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "rules.py").write_text("A = 1\n")
    digest = lambda: pagekeys.tree_digest(tmp_path, skip=pagekeys.OUTSIDE_BUILDS)  # noqa: E731
    before = digest()
    (tmp_path / "authoring" / "rules.py").write_text("A = 2\n")
    assert digest() == before
    (tmp_path / "content" / "rules.py").write_text("A = 2\n")
    assert digest() != before


def test_no_build_loads_the_packages_outside_the_builds():
    """What ``OUTSIDE_BUILDS`` leaves out of the keys must never run inside a build: the
    plugins, loaded as MkDocs loads them, import none of it."""
    plugins = [entry.value.split(":")[0] for entry in entry_points(group="mkdocs.plugins") if entry.value.startswith("site_plugins.")]
    script = "import importlib, sys\n" + "".join(f"importlib.import_module({name!r})\n" for name in plugins) + (
        "print(sorted(m for m in sys.modules if m.split('.')[:2] in "
        f"[['site_plugins', p] for p in {sorted(pagekeys.OUTSIDE_BUILDS)!r}]))"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert len(plugins) == 4
    assert loaded.strip() == "[]"
