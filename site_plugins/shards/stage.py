"""Link (or copy) the shards' files into the merge's staging folder: run by
:class:`site_plugins.shards.assemble.Staging` as its own process.

Reads from standard input, NUL-separated, pairs of a shard's site folder and a path in it;
writes each file at the same path under the folder named as its first argument, making folders
as needed. A file that cannot be taken is named on standard error, the others are still taken,
and the exit status is 1.

A second argument names an earlier site of the merge (``Part.reuse``): each of its folders
that holds exactly the listed files of that folder, as the same files (hard links of the
shards' files, which an unchanged story keeps from build to build), is moved over whole
instead. A one-story commit then makes a few folders and links, not a hundred thousand.
"""

from __future__ import annotations

import os
import shutil
import sys


def stage(target: str, listed: bytes, earlier: str | None = None) -> list[str]:
    """Take every listed file into ``target``, whole unchanged folders from the site
    ``earlier`` where it has them; returns the problems."""
    fields = listed.decode("utf-8", errors="surrogateescape").split("\0")
    pairs = list(zip(fields[0:-1:2], fields[1::2]))
    made: set[str] = set()
    if earlier is not None and os.path.isdir(earlier):
        pairs = take_unchanged(target, earlier, pairs, made)
    problems = []
    for site, path in pairs:
        source, destination = os.path.join(site, path), os.path.join(target, path)
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


def take_unchanged(target: str, earlier: str, pairs: list[tuple[str, str]], made: set[str]) -> list[tuple[str, str]]:
    """Move into ``target`` every folder of ``earlier`` whose files and sub-folders are exactly
    those listed for it, each file the very one listed (same device and inode: nothing is read
    or compared byte by byte). Returns the pairs still to take; the folders made for them are
    added to ``made``."""
    files: dict[str, dict[str, tuple[str, str]]] = {}
    folders: dict[str, set[str]] = {}
    for site, path in pairs:
        folder, _, name = path.rpartition("/")
        files.setdefault(folder, {})[name] = (site, path)
        while folder:
            parent, _, name = folder.rpartition("/")
            known = folders.setdefault(parent, set())
            if name in known:
                break
            known.add(name)
            folder = parent
    unchanged: dict[str, bool] = {}

    def decide(folder: str) -> bool:
        """Whether ``folder`` of ``earlier`` is as listed; its sub-folders are decided first."""
        subfolders, own = folders.get(folder, set()), files.get(folder, {})
        verdict = all([decide(_joined(folder, name)) for name in subfolders])  # each one decided
        try:
            with os.scandir(os.path.join(earlier, folder)) as entries:
                found = {entry.name: entry for entry in entries}
            verdict = verdict and found.keys() == own.keys() | subfolders and all(
                found[name].is_file(follow_symlinks=False)
                and _identity(found[name].stat(follow_symlinks=False)) == _identity(os.stat(os.path.join(*pair)))
                for name, pair in own.items()
            )
        except OSError:
            verdict = False
        unchanged[folder] = verdict
        return verdict

    left: list[tuple[str, str]] = []

    def take(folder: str) -> None:
        """Fill ``folder`` of ``target`` (there already): unchanged sub-folders moved over, the
        others made and filled the same way; its own files are left to link."""
        for name in sorted(folders.get(folder, ())):
            path = _joined(folder, name)
            if unchanged[path]:
                try:
                    os.rename(os.path.join(earlier, path), os.path.join(target, path))
                    continue
                except OSError:
                    pass  # then taken file by file
            try:
                os.mkdir(os.path.join(target, path))
                made.add(os.path.join(target, path))
            except OSError:
                pass  # the linking names the problem
            take(path)
        left.extend(files.get(folder, {}).values())

    decide("")
    take("")
    return left


def _joined(folder: str, name: str) -> str:
    return f"{folder}/{name}" if folder else name


def _identity(found: os.stat_result) -> tuple[int, int]:
    return found.st_dev, found.st_ino


if __name__ == "__main__":
    found = stage(sys.argv[1], sys.stdin.buffer.read(), sys.argv[2] if len(sys.argv) > 2 else None)
    for problem in found:
        print(problem, file=sys.stderr)
    sys.exit(1 if found else 0)
