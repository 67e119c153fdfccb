"""One site from the shards: every file a shard owns, copied into the merge's site, with no
path claimed twice."""

from __future__ import annotations

import filecmp
import os
import posixpath
import shutil
from pathlib import Path
from typing import Iterable

from site_plugins.shards.description import Description

SHARED_FOLDERS = ("foto/",)
"""Folders whose files are named by their content (photo derivatives): two shards showing the
same photo write the same file, which is one claim, not two."""


class AssemblyError(ValueError):
    """Paths claimed twice, or a description naming a path outside its shard's site."""


def owned_files(site_dir: Path, folders: set[str], files: set[str]) -> list[str]:
    """The files under ``site_dir`` that are in one of ``folders`` (site-relative, ending in
    ``/``) or are one of ``files``: what a shard hands the merge."""
    found = []
    for root, _, names in os.walk(site_dir):
        relative = os.path.relpath(root, site_dir).replace(os.sep, "/")
        relative = "" if relative == "." else relative + "/"
        owned_folder = any(ancestor in folders for ancestor in _ancestors(relative))
        for name in names:
            path = relative + name
            if owned_folder or path in files:
                found.append(path)
    return sorted(found)


def _ancestors(folder: str) -> Iterable[str]:
    """``a/b/c/`` → ``""`` (the site itself), ``a/``, ``a/b/``, ``a/b/c/``."""
    yield ""
    parts = folder.split("/")[:-1]
    for end in range(1, len(parts) + 1):
        yield "/".join(parts[:end]) + "/"


def claims(descriptions: list[Description], site_dir: Path) -> dict[str, tuple[Description, str]]:
    """Each path of the site a shard owns, with its shard and the file to copy. Raises
    :class:`AssemblyError` naming both claimants of a path claimed twice (two shards, or a
    shard and the merge's own pages), with the story files behind them where known."""
    owner: dict[str, tuple[Description, str]] = {}
    written = set(owned_files(site_dir, {""}, set())) if site_dir.is_dir() else set()
    problems = []
    for description in descriptions:
        section = description.section("files", {})
        site = os.path.join(description.path.parent, section.get("site", "site"))
        for path in section.get("paths", []):
            if not _is_plain_path(path):
                problems.append(f"{description.path}: names {path!r}, not a path inside its site")
                continue
            source = os.path.join(site, path)
            earlier = owner.get(path)
            if earlier is not None:
                if path.startswith(SHARED_FOLDERS) and filecmp.cmp(earlier[1], source, shallow=False):
                    continue
                problems.append(f"/{_shown(path)}: claimed twice: by {_claimant(earlier[0], path)} and by "
                                f"{_claimant(description, path)}")
            elif path in written:
                problems.append(f"/{_shown(path)}: claimed twice: by the merge's own pages and by "
                                f"{_claimant(description, path)}")
            else:
                owner[path] = (description, source)
    if problems:
        raise AssemblyError("\n".join(problems))
    return owner


def assemble(descriptions: list[Description], site_dir: Path) -> int:
    """Copy every shard's files into ``site_dir`` (hard links where the file system allows);
    returns how many. Nothing is copied when any path is claimed twice."""
    owner = claims(descriptions, site_dir)
    made: set[str] = set()
    root = str(site_dir)
    for path, (_, source) in owner.items():
        target = os.path.join(root, path)
        folder = os.path.dirname(target)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)
    return len(owner)


def _is_plain_path(path: object) -> bool:
    return (
        isinstance(path, str) and path != "" and not path.startswith("/") and "\\" not in path
        and posixpath.normpath(path) == path and not path.startswith("..")
    )


def _shown(path: str) -> str:
    return path[: -len("index.html")] if path.endswith("/index.html") else path


def _claimant(description: Description, path: str) -> str:
    """The shard's description file, and the story whose page the path is, when it is one."""
    section = description.section("portal", {})
    pages = section.get("pages") or {story["url"]: story["path"] for story in section.get("stories", [])}
    source = pages.get(_shown(path))
    shown = f"shard {description.shard} ({description.path})"
    return f"{shown}, story {source}" if source else shown

