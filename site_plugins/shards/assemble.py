"""One site from the shards: every file a shard owns, copied into the merge's site, with no
path claimed twice."""

from __future__ import annotations

import filecmp
import os
import posixpath
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

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


class _Gathering:
    """The gathering process (``stage``) at work: each ``(file, site-relative path)`` of ``pairs``
    linked into ``folder``, with the unchanged folders of the site ``earlier`` moved over whole."""

    def __init__(self, pairs: Iterable[tuple[str, str]], folder: Path, earlier: Path | None) -> None:
        # Through a file, not a pipe: writing a pipe would wait for the files to be linked.
        with tempfile.TemporaryFile() as listed:
            listed.write("".join(f"{source}\0{path}\0" for source, path in pairs)
                         .encode("utf-8", errors="surrogateescape"))
            listed.seek(0)
            command = [sys.executable, "-m", "site_plugins.shards.stage", str(folder), *([str(earlier)] if earlier else [])]
            self._process = subprocess.Popen(command, stdin=listed, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def abandon(self) -> None:
        """Stop the gathering of a merge that failed, and wait until it has (also when it was
        waited for already): it writes into the failed site, which is deleted next."""
        if self._process.poll() is None:
            self._process.kill()
        if self._process.stderr is not None and not self._process.stderr.closed:
            self._process.communicate()
        else:
            self._process.wait()

    def _problems(self, what: str) -> list[str]:
        """Wait for the process; the problems it named, one a line."""
        _, failed = self._process.communicate()
        problems = [line for line in failed.decode("utf-8", errors="replace").splitlines() if line]
        if self._process.returncode != 0 and not problems:
            problems.append(f"{what} could not be gathered (exit {self._process.returncode})")
        return problems


class Staging(_Gathering):
    """The claimed files (see :func:`claims`) linked into ``folder`` by another process, started
    as soon as the claims are known, so that the merge renders its own pages meanwhile: a
    hundred thousand files each take a link and most a folder, which wait on the file system,
    not on the interpreter. :meth:`graft` then moves them into the site folder by folder.

    ``folder`` is a hidden folder inside the site (MkDocs leaves those alone; one a stopped
    build left behind is deleted with the previous site's leftovers), so that moving is a
    rename on the same file system. ``earlier``: a site the merge built before, on the same
    file system, whose folders holding the very same files are moved over whole
    (``stage.take_unchanged``)."""

    def __init__(self, owner: dict[str, tuple[Description, str]], folder: Path, earlier: Path | None = None) -> None:
        self.owner, self.folder = owner, folder
        folder.mkdir(parents=True, exist_ok=True)
        super().__init__(((os.path.join(site, path), path) for path, (_, site) in owner.items()), folder, earlier)

    def graft(self, site_dir: Path) -> int:
        """Wait for the files, then move them into ``site_dir``: each staged folder the merge
        has no folder of its own for is moved whole (one rename), the others are entered. A
        claimed path the merge has written itself raises :class:`AssemblyError` naming the
        shard, once every other file is in place: a failed merge is never published. Returns
        how many files the shards gave."""
        problems = self._problems("the shards' files")
        known: dict[str, dict[str, str]] = {}
        for path in _move_into(str(self.folder), str(site_dir), ""):
            problems.append(self._claimed_by_the_merge(path, known))
        shutil.rmtree(self.folder, ignore_errors=True)
        if problems:
            raise AssemblyError("\n".join(problems))
        return len(self.owner)

    def _claimed_by_the_merge(self, path: str, known: dict[str, dict[str, str]]) -> str:
        """``path``: a file or a folder of staged files the merge has a page (or a file) at."""
        claimed = self.owner.get(path) or next(
            (claim for claimed, claim in self.owner.items() if claimed.startswith(path + "/")), None)
        by = _claimant(claimed[0], path, known) if claimed else "a shard"
        return f"/{_shown(path)}: claimed twice: by the merge's own pages and by {by}"


class Placing(_Gathering):
    """The merge's own pages that its page cache holds (``pages``: site-relative path → cache
    entry), linked into ``site_dir`` by the gathering process while the merge goes on, with
    the folders of the site ``earlier`` that hold exactly those pages moved over whole, as the
    shards' files are (:class:`Staging`). Tens of thousands of listing pages, each in a folder
    of its own, then take one folder listing each instead of a ``mkdir`` and a link: the file
    system, not the merge, waits.

    Nothing else of the merge may be written at those paths. A file of the earlier site that
    is not among the pages (a tag's feed) keeps its folder from being moved over whole; a file
    the merge writes into one of their folders meanwhile (a feed) lands in the folder moved
    over, or, written first, makes the folder's pages be linked one by one."""

    def __init__(self, pages: dict[str, str], site_dir: Path, earlier: Path | None = None) -> None:
        self.count = len(pages)
        super().__init__(((entry, path) for path, entry in pages.items()), site_dir, earlier)

    def wait(self) -> int:
        """Wait until every page is in place; returns how many. A page that could not be
        placed raises :class:`AssemblyError` naming it."""
        problems = self._problems("the merge's cached pages")
        if problems:
            raise AssemblyError("\n".join(problems))
        return self.count


def _move_into(staged: str, target: str, relative: str) -> Iterator[str]:
    """Move every entry of the folder ``staged`` into the folder ``target``; yields the
    site-relative paths that could not be moved because the merge has a file there."""
    with os.scandir(staged) as found:
        entries = list(found)  # read before anything is moved out of the folder being read
    for entry in entries:
        path, destination = relative + entry.name, os.path.join(target, entry.name)
        if not os.path.lexists(destination):
            os.rename(entry.path, destination)
        elif entry.is_dir(follow_symlinks=False) and os.path.isdir(destination):
            yield from _move_into(entry.path, destination, path + "/")
        else:
            yield path


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
