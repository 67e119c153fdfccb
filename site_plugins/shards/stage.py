"""Link (or copy) files into the merge's site: run as its own process by
:class:`site_plugins.shards.assemble.Staging` (the shards' files, into a staging folder) and
:class:`site_plugins.shards.assemble.Placing` (the merge's own pages kept in its page cache,
into the site).

Reads from standard input, NUL-separated, pairs of a file and the site-relative path it is to
have; writes each file at its path under the folder named as its first argument, making folders
as needed. A file that cannot be taken is named on standard error, the others are still taken,
and the exit status is 1.

A second argument names an earlier site of the merge (``Part.reuse``): each of its folders
that holds exactly the listed files of that folder, as the same files (hard links of the
shards' files or of page cache entries, which an unchanged page keeps from build to build), is
moved over whole instead. A one-story commit then makes a few folders and links, not a hundred
thousand.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import Mapping


def stage(target: str, listed: bytes, earlier: str | None = None) -> list[str]:
    """Take every listed file into ``target``, whole unchanged folders from the site
    ``earlier`` where it has them; returns the problems."""
    fields = listed.decode("utf-8", errors="surrogateescape").split("\0")
    sources = dict(zip(fields[1::2], fields[0:-1:2]))
    made: set[str] = set()
    left = list(sources)
    if earlier and os.path.isdir(earlier):
        left = take_unchanged(target, earlier, {path: _identity(source) for path, source in sources.items()}, made)
    problems = []
    for path in left:
        source, destination = sources[path], os.path.join(target, path)
        folder = os.path.dirname(destination)
        try:
            if folder not in made:
                os.makedirs(folder, exist_ok=True)
                made.add(folder)
            try:
                os.link(source, destination)
            except OSError:  # another file system, or no hard links here
                if not os.path.isfile(source):
                    raise
                shutil.copy2(source, destination)
        except OSError as error:
            problems.append(f"/{path}: {source} could not be taken ({error.strerror or error})")
    return problems


def take_unchanged(target: str, earlier: str, files: Mapping[str, tuple[int, int]], made: set[str]) -> list[str]:
    """Move into ``target`` every folder of ``earlier`` whose files and sub-folders are exactly
    those ``files`` names in it (site-relative path → device and inode of the file it is to be),
    each the very file named: nothing is read or compared byte by byte. Returns the paths still
    to take, whose folders in ``target`` are made (and added to ``made``).

    The earlier site is one file system (the merge's own output, renamed): a file's device is
    the site's, and its inode comes with the folder's listing, so no file is looked up."""
    try:
        device = os.lstat(earlier).st_dev
    except OSError:
        return list(files)
    own: dict[str, dict[str, tuple[int, int]]] = {}
    folders: dict[str, set[str]] = {}
    for path, identity in files.items():
        folder, _, name = path.rpartition("/")
        own.setdefault(folder, {})[name] = identity
        while folder:
            parent, _, name = folder.rpartition("/")
            known = folders.setdefault(parent, set())
            if name in known:
                break
            known.add(name)
            folder = parent
    unchanged: set[str] = set()

    def decide(folder: str) -> bool:
        """Whether ``folder`` of ``earlier`` is as listed. Its sub-folders are decided too, each
        one, also when this folder is changed (an unchanged one inside it is still taken whole),
        and only where they are folders: nothing is taken through a link."""
        try:
            with os.scandir(os.path.join(earlier, folder)) as entries:
                found = {entry.name: entry for entry in entries}
        except OSError:
            return False
        subfolders, wanted = folders.get(folder, set()), own.get(folder, {})
        decided = [name in found and found[name].is_dir(follow_symlinks=False) and decide(_joined(folder, name))
                   for name in subfolders]
        if not all(decided) or found.keys() != wanted.keys() | subfolders or not all(
            found[name].is_file(follow_symlinks=False) and (device, found[name].inode()) == identity
            for name, identity in wanted.items()
        ):
            return False
        unchanged.add(folder)
        return True

    left: list[str] = []

    def take(folder: str) -> None:
        """Fill ``folder`` of ``target`` (there already): unchanged sub-folders moved over, the
        others made and filled the same way; its own files are left to take."""
        for name in sorted(folders.get(folder, ())):
            path = _joined(folder, name)
            if path in unchanged:
                try:
                    os.rename(os.path.join(earlier, path), os.path.join(target, path))
                    continue
                except OSError:
                    pass  # then taken file by file
            try:
                os.mkdir(os.path.join(target, path))
            except FileExistsError:
                pass
            except OSError:
                take(path)  # its files are left to take, which names the problem
                continue
            made.add(os.path.join(target, path))
            take(path)
        left.extend(_joined(folder, name) for name in own.get(folder, {}))

    decide("")
    take("")
    return left


def _joined(folder: str, name: str) -> str:
    return f"{folder}/{name}" if folder else name


def _identity(path: str) -> tuple[int, int]:
    """The device and inode of the file at ``path`` (not following a link), or a pair no file
    has when there is none."""
    try:
        found = os.lstat(path)
    except OSError:
        return -1, -1
    return found.st_dev, found.st_ino


if __name__ == "__main__":
    found = stage(sys.argv[1], sys.stdin.buffer.read(), sys.argv[2] if len(sys.argv) > 2 else None)
    for problem in found:
        print(problem, file=sys.stderr)
    sys.exit(1 if found else 0)
