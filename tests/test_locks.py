"""The hashed locks agree with their pins: requirements/*.txt with pyproject.toml, and the web
editor's tarball is unpacked only when its sha512 is the pinned one."""

from __future__ import annotations

import importlib.util
import io
import re
import tarfile
import tomllib

import pytest
from conftest import ROOT

LOCKS = {"site.txt": [], "test.txt": ["test"]}
"""Each lock and the optional-dependency groups of pyproject.toml it covers besides the runtime's."""
PIN = re.compile(r"^([A-Za-z0-9._-]+)(?:\[[^\]]*\])?==([^\s;]+)")


def canonical(name: str) -> str:
    """Package names compare as PEP 503 normalises them (``PyYAML`` is ``pyyaml``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(requirements: list[str]) -> dict[str, str]:
    return {canonical(m[1]): m[2] for line in requirements if (m := PIN.match(line.strip()))}


def lock(name: str) -> tuple[dict[str, str], str]:
    """The lock's pinned versions, and its text."""
    text = (ROOT / "requirements" / name).read_text(encoding="utf-8")
    return pins(text.splitlines()), text


PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", LOCKS)
def test_every_pin_of_pyproject_is_locked_at_its_version(name):
    project = PYPROJECT["project"]
    wanted = pins([*project["dependencies"], *(r for extra in LOCKS[name] for r in project["optional-dependencies"][extra])])
    locked, _ = lock(name)
    assert {package: locked.get(package) for package in wanted} == wanted


@pytest.mark.parametrize("name", LOCKS)
def test_every_locked_package_has_a_hash_and_the_build_backend_is_locked(name):
    locked, text = lock(name)
    lines = text.splitlines()
    unhashed = [line for line, after in zip(lines, lines[1:] + [""]) if PIN.match(line) and "--hash=sha256:" not in after]
    assert locked and unhashed == []
    assert "setuptools" in locked  # the project installs with --no-build-isolation


def test_the_test_lock_keeps_the_site_lock_versions():
    site, _ = lock("site.txt")
    test, _ = lock("test.txt")
    assert {package: test.get(package) for package in site} == site


def load_fetch_editor():
    spec = importlib.util.spec_from_file_location("fetch_editor", ROOT / "tools" / "fetch_editor.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def npm_tarball(path, files: dict[str, bytes]):
    """A tarball laid out as npm packs one: every file under ``package/``."""
    with tarfile.open(path, "w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def test_the_editor_tarball_is_unpacked_only_with_the_pinned_sha512(tmp_path, capsys):
    fetch = load_fetch_editor()
    tarball = npm_tarball(
        tmp_path / "decap-cms-9.9.9.tgz", {"package/dist/decap-cms.js": b"CMS.init()", "package/dist/decap-cms.js.map": b"{}"}
    )
    node_modules = tmp_path / "node_modules"
    wrong = {"name": "decap-cms", "integrity": "sha512-" + "A" * 86 + "=="}
    assert fetch.install(wrong, tarball, node_modules) == 1
    assert "differs from the pinned" in capsys.readouterr().err
    assert not node_modules.exists()
    pinned = {"name": "decap-cms", "integrity": fetch.integrity(tarball)}
    assert fetch.install(pinned, tarball, node_modules) == 0
    assert (node_modules / "decap-cms/dist/decap-cms.js").read_bytes() == b"CMS.init()"
    assert not (node_modules / "decap-cms/dist/decap-cms.js.map").exists()  # source maps stay out


def test_an_editor_tarball_reaching_outside_its_folder_is_refused(tmp_path):
    fetch = load_fetch_editor()
    tarball = npm_tarball(tmp_path / "bad.tgz", {"package/../../escaped.js": b"x"})
    with pytest.raises(SystemExit, match="unexpected entry"):
        fetch.unpack(tarball, tmp_path / "out" / "decap-cms")
    assert not (tmp_path / "escaped.js").exists()


def test_the_pinned_editor_integrity_is_a_sha512():
    import json

    pin = json.loads((ROOT / "editor" / "decap-cms.json").read_text(encoding="utf-8"))
    assert pin["name"] == "decap-cms" and re.fullmatch(r"\d+\.\d+\.\d+", pin["version"])
    assert re.fullmatch(r"sha512-[A-Za-z0-9+/]{86}==", pin["integrity"])
