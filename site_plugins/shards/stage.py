"""Link (or copy) files into the merge's site: run as its own process by
:class:`site_plugins.shards.assemble.Staging` (the shards' files, into a staging folder) and
:class:`site_plugins.shards.assemble.Placing` (the merge's own pages kept in its page cache,
into the site).

Reads from standard input, NUL-separated, pairs of a file and the site-relative path it is to
have, in tree order (:func:`tree_key`: every folder's files and sub-folders together); writes
each file at its path under the folder named as its first argument, making folders as needed.
A file that cannot be taken is named on standard error, the others are still taken, and the
exit status is 1.

A second argument names an earlier site of the merge (``Part.reuse``): each of its folders
that holds exactly the listed files of that folder, as the same files (hard links of the
shards' files or of page cache entries, which an unchanged page keeps from build to build), is
moved over whole instead. A one-story commit then makes a few folders and links, not a hundred
thousand.

The pairs are read as they come and each folder is decided when the input leaves it: what is
held at any time is the folders on the way to the current file, with the files and unchanged
sub-folders of those not yet known to have changed, never the whole list. A million stories'
files take the memory of a few folders.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import BinaryIO, Iterable, Iterator

from site_plugins.shards.description import read_fields


def tree_key(path: str) -> list[str]:
    """The order a folder's whole content comes together in: by path component, so that
    ``a/b/…`` never has ``a/b-c/…`` (``-`` sorts before ``/``) in the middle of it."""
    return path.split("/")


def stage(target: str, pairs: Iterable[tuple[str, str]], earlier: str | None = None) -> list[str]:
    """Take every ``(file, path)`` of ``pairs`` (in tree order) into ``target``, whole unchanged
    folders from the site ``earlier`` where it has them; returns the problems."""
    return _Gathering(target, earlier).take(pairs)


def read_pairs(stream: BinaryIO) -> Iterator[tuple[str, str]]:
    """The NUL-separated ``file, path`` pairs of ``stream``, read a chunk at a time."""
    fields = read_fields(stream)
    return zip(fields, fields)


class _Folder:
    """A folder of the input, open while its files come. ``listing``: the earlier site's
    entries in it (name → entry), or ``None`` when it has no such folder; ``held``: what is
    put off while the folder may be unchanged (its files, and its sub-folders found unchanged);
    ``matched``: how many of the earlier entries the input has matched so far."""

    __slots__ = ("path", "listing", "changed", "held", "matched")

    def __init__(self, path: str, listing: dict[str, os.DirEntry] | None) -> None:
        self.path, self.listing, self.changed = path, listing, listing is None
        self.held: list[tuple[str, str | None]] = []  # (name, file), or (name, None) for a sub-folder
        self.matched = 0


class _Gathering:
    def __init__(self, target: str, earlier: str | None) -> None:
        self.target, self.earlier = target, earlier
        self.problems: list[str] = []
        try:
            self.device = os.lstat(earlier).st_dev if earlier else None
        except OSError:
            self.device = None

    def take(self, pairs: Iterable[tuple[str, str]]) -> list[str]:
        site = _Folder("", self._listing("") if self.device is not None else None)
        site.changed = True  # the site itself is filled, never moved
        stack, last = [site], []
        for source, path in pairs:
            key = tree_key(path)
            if key <= last:
                self.problems.append(f"/{path}: listed out of order or twice; not taken")
                continue
            last = key
            folder, _, name = path.rpartition("/")
            while not _within(folder, stack[-1].path):
                self._close(stack)
            while stack[-1].path != folder:
                self._open(stack, folder)
            self._file(stack, name, source)
        while len(stack) > 1:
            self._close(stack)
        return self.problems

    def _listing(self, path: str) -> dict[str, os.DirEntry] | None:
        try:
            with os.scandir(os.path.join(self.earlier, path)) as entries:
                return {entry.name: entry for entry in entries}
        except OSError:
            return None

    def _open(self, stack: list[_Folder], folder: str) -> None:
        """Enter the next folder on the way to ``folder``. Its earlier self is read where the
        earlier site has it as a folder (not a link), also inside a changed folder: an
        unchanged one in it is still moved over whole."""
        parent = stack[-1]
        name = folder[len(parent.path) + 1 if parent.path else 0:].split("/", 1)[0]
        path = _joined(parent.path, name)
        entry = parent.listing.get(name) if parent.listing is not None else None
        listing = self._listing(path) if entry is not None and entry.is_dir(follow_symlinks=False) else None
        if not parent.changed:
            if listing is None:
                self._change(stack)
            else:
                parent.matched += 1
        stack.append(_Folder(path, listing))
        if listing is None:
            self._make(path)

    def _file(self, stack: list[_Folder], name: str, source: str) -> None:
        folder = stack[-1]
        if not folder.changed:
            entry = folder.listing.get(name)
            if entry is not None and entry.is_file(follow_symlinks=False) and (self.device, entry.inode()) == _identity(source):
                folder.held.append((name, source))
                folder.matched += 1
                return
            self._change(stack)
        self._link(source, _joined(folder.path, name))

    def _close(self, stack: list[_Folder]) -> None:
        """Leave the innermost folder: unchanged (every earlier entry matched), it is moved over
        whole, now or with its parent; changed, its held files and sub-folders are taken."""
        folder = stack[-1]
        if not folder.changed and folder.matched != len(folder.listing or ()):
            self._change(stack)
        stack.pop()
        if folder.changed:
            return
        parent, name = stack[-1], folder.path.rpartition("/")[2]
        if not parent.changed:
            parent.held.append((name, None))
        else:
            self._move(folder.path)

    def _change(self, stack: list[_Folder]) -> None:
        """The innermost folder changed, and so did every folder it is in: each one's held
        files and unchanged sub-folders are taken now, outermost first."""
        for folder in stack[1:]:
            if folder.changed:
                continue
            held, folder.held, folder.changed = folder.held, [], True
            self._make(folder.path)
            for name, source in held:
                if source is None:
                    self._move(_joined(folder.path, name))
                else:
                    self._link(source, _joined(folder.path, name))

    def _make(self, path: str) -> None:
        try:
            os.makedirs(os.path.join(self.target, path), exist_ok=True)
        except OSError:
            pass  # its files cannot be taken, which names the problem

    def _move(self, path: str) -> None:
        """An unchanged folder of the earlier site, moved over whole (or, failing that, its
        files linked: they are the very files listed)."""
        source, destination = os.path.join(self.earlier, path), os.path.join(self.target, path)
        try:
            os.rename(source, destination)
        except OSError:
            try:
                shutil.copytree(source, destination, symlinks=True, copy_function=_link_or_copy, dirs_exist_ok=True)
            except (OSError, shutil.Error) as error:
                self.problems.append(f"/{path}/: {source} could not be taken ({error})")

    def _link(self, source: str, path: str) -> None:
        try:
            _link_or_copy(source, os.path.join(self.target, path))
        except OSError as error:
            self.problems.append(f"/{path}: {source} could not be taken ({error.strerror or error})")


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)
    except OSError:  # another file system, or no hard links here
        if not os.path.isfile(source):
            raise
        shutil.copy2(source, destination)


def _within(folder: str, ancestor: str) -> bool:
    return ancestor == "" or folder == ancestor or folder.startswith(ancestor + "/")


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
    found = stage(sys.argv[1], read_pairs(sys.stdin.buffer), sys.argv[2] if len(sys.argv) > 2 else None)
    for problem in found:
        print(problem, file=sys.stderr)
    sys.exit(1 if found else 0)
