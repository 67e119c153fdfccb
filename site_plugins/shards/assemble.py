"""One site from the shards: every file a shard owns, copied into the merge's site, with no
path claimed twice."""

from __future__ import annotations

import filecmp
import os
import posixpath
import shutil
from pathlib import Path
from typing import Iterable

from site_plugins.shards.description import Description, DescriptionError

SHARED_FOLDERS = ("foto/",)
"""Folders whose files are named by their content (photo derivatives): two shards showing the
same photo write the same file, which is one claim, not two."""


class AssemblyError(ValueError):
    """Paths claimed twice, or a description naming a path outside its shard's site."""


def owned_files(site_dir: Path, folders: set[str], files: set[str]) -> list[str]:
    """The files under ``site_dir`` that are in one of ``folders`` (site-relative, ending in
    ``/``) or are one of ``files``: what a shard hands the merge."""
    found = []
    for root, subfolders, names in os.walk(site_dir):
        if root == str(site_dir):  # not a previous build being deleted (``.portal-previous-…``)
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]
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


def claims(descriptions: list[Description]) -> dict[str, tuple[Description, str]]:
    """Each path of the site a shard owns, with its shard and the shard's site folder (the
    file to copy is the path in that folder; one string per shard, not per file). Raises
    :class:`AssemblyError` naming both claimants of a path two shards claim, with the story
    files behind them where known."""
    owner: dict[str, tuple[Description, str]] = {}
    problems = []
    known: dict[str, dict[str, str]] = {}
    for description in descriptions:
        section = description.section("files", {})
        site = os.path.join(description.path.parent, section.get("site", "site"))
        for path in section.get("paths", []):
            if not _is_plain_path(path):
                problems.append(f"{description.path}: names {path!r}, not a path inside its site")
                continue
            earlier = owner.get(path)
            if earlier is None:
                owner[path] = (description, site)
            elif not (path.startswith(SHARED_FOLDERS)
                      and filecmp.cmp(os.path.join(earlier[1], path), os.path.join(site, path), shallow=False)):
                problems.append(f"/{_shown(path)}: claimed twice: by {_claimant(earlier[0], path, known)} and by "
                                f"{_claimant(description, path, known)}")
    if problems:
        raise AssemblyError("\n".join(problems))
    return owner


def folders(owner: dict[str, tuple[Description, str]], site_dir: Path) -> list[str]:
    """The folders of ``site_dir`` the claimed files go into, to be made ahead of :func:`assemble`."""
    return sorted({os.path.dirname(os.path.join(site_dir, path)) for path in owner})


def assemble(owner: dict[str, tuple[Description, str]], site_dir: Path, made: bool = False) -> int:
    """Copy the claimed files (see :func:`claims`) into ``site_dir``, whose folders are
    ``made`` already or are made here (hard links where the file system allows); returns how
    many. A claimed path the merge has written itself raises :class:`AssemblyError` naming the
    shard, once every other file is in place: a failed merge is never published."""
    made_folders: set[str] = set()
    root = str(site_dir)
    problems = []
    known: dict[str, dict[str, str]] = {}
    for path, (description, site) in owner.items():
        target, source = os.path.join(root, path), os.path.join(site, path)
        folder = os.path.dirname(target)
        if not made and folder not in made_folders:
            os.makedirs(folder, exist_ok=True)
            made_folders.add(folder)
        try:
            os.link(source, target)
        except FileExistsError:
            problems.append(_claimed_by_the_merge(path, description, known))
        except OSError:  # no hard links here
            if os.path.lexists(target):
                problems.append(_claimed_by_the_merge(path, description, known))
            else:
                shutil.copy2(source, target)
    if problems:
        raise AssemblyError("\n".join(problems))
    return len(owner)


def _claimed_by_the_merge(path: str, description: Description, known: dict[str, dict[str, str]]) -> str:
    return f"/{_shown(path)}: claimed twice: by the merge's own pages and by {_claimant(description, path, known)}"


def _is_plain_path(path: object) -> bool:
    return (
        isinstance(path, str) and path != "" and not path.startswith("/") and "\\" not in path
        and posixpath.normpath(path) == path and not path.startswith("..")
    )


def _shown(path: str) -> str:
    return path[: -len("index.html")] if path.endswith("/index.html") else path


def _claimant(description: Description, path: str, known: dict[str, dict[str, str]]) -> str:
    """The shard's description file, and the story whose page the path is, when it is one
    (``known``: the story files of the shards named so far, by shard)."""
    if description.shard not in known:
        known[description.shard] = _story_files(description)
    source = known[description.shard].get(_shown(path))
    shown = f"shard {description.shard} ({description.path})"
    return f"{shown}, story {source}" if source else shown


def _story_files(description: Description) -> dict[str, str]:
    """Each story page's URL with its story file. The merge keeps a shard's stories, not its
    records (see ``read_all``): for a message, they are read again from the description file."""
    stories = description.section("portal", {}).get("stories")
    if stories is None and description.path is not None:
        try:
            stories = Description.read(description.path).section("portal", {}).get("stories")
        except DescriptionError:
            stories = None
    return {story["url"]: story["path"] for story in stories or []}
