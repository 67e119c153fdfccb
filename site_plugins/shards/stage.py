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

What the earlier site holds is known one of two ways. Without more arguments, each folder on
the way is listed (``os.scandir``), which is a folder listing for every folder of the site.
With ``--earlier-list FILE``, the list of files the gathering that made that site wrote
(``--list``, see :class:`Listed`), and ``--entered FILE``, the folders where the merge's own
pages stood beside them: then no folder of the earlier site is read at all, only that list,
alongside the input.

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

NO_FILE = (-1, -1)
"""The identity of no file: a file missing, or one that is a copy, which no later file is."""


TREE_SEPARATOR = "\x01"
"""Stands for ``/`` in a :func:`tree_key`: it sorts before every character a plain path may
hold (``assemble`` refuses control characters in a claimed path)."""


def tree_key(path: str) -> str:
    """The order a folder's whole content comes together in: by path component, so that
    ``a/b/…`` never has ``a/b-c/…`` (``-`` sorts before ``/``) in the middle of it. A string
    whose plain order is that order (each ``/`` as :data:`TREE_SEPARATOR`), so that keys
    sorted once are merged and compared without a key function."""
    return path.replace("/", TREE_SEPARATOR)


def tree_path(key: str) -> str:
    """The path of a :func:`tree_key`."""
    return key.replace(TREE_SEPARATOR, "/")


def stage(
    target: str, pairs: Iterable[tuple[str, str]], earlier: str | None = None, listed: Listed | None = None,
    writing: BinaryIO | None = None,
) -> list[str]:
    """Take every ``(file, path)`` of ``pairs`` (in tree order) into ``target``, whole unchanged
    folders from the site ``earlier`` where it has them (known from ``listed`` when given, else
    by listing its folders); returns the problems. ``writing``: where the list of the files
    taken goes (:class:`Listed`), for the next gathering."""
    return _Gathering(target, earlier, listed, writing).take(pairs)


def read_pairs(stream: BinaryIO) -> Iterator[tuple[str, str]]:
    """The NUL-separated ``file, path`` pairs of ``stream``, read a chunk at a time."""
    fields = read_fields(stream)
    return zip(fields, fields)


class Listed:
    """An earlier site as the gathering that made it listed it: for every file it took, in
    tree order, its site-relative path, device and inode (``path\\0device\\0inode\\0``; a copy
    has no identity, :data:`NO_FILE`), read as the input goes; and ``entered``, the folders
    where the merge's own pages stood beside those files (``Staging.graft`` entered them
    instead of moving them in), which that site holds more in than the list says.

    A folder of the site that is not entered holds exactly the listed files under it, and is
    one the site has when any listed file is under it. The list goes forward only: what the
    input passes over is what the earlier site had and this one has not."""

    def __init__(self, files: BinaryIO, entered: Iterable[str] = ()) -> None:
        fields = read_fields(files)
        self._records = zip(fields, fields, fields)
        self.entered = set(entered)
        self.path: str | None = None
        self.identity = NO_FILE
        self._key: str | None = None
        self.advance()

    def advance(self) -> None:
        record = next(self._records, None)
        if record is None:
            self.path = None
            return
        self.path, device, inode = record
        self.identity, self._key = (int(device), int(inode)), None

    def before(self, key: str) -> bool:
        """Whether the current file comes before ``key`` in tree order."""
        if self.path is None:
            return False
        if self._key is None:
            self._key = tree_key(self.path)
        return self._key < key

    def under(self, folder: str) -> bool:
        """Whether the current file is under ``folder``: once the files before it are passed, whether the site has
        that folder."""
        return self.path is not None and (folder == "" or self.path.startswith(folder + "/"))


class _Folder:
    """A folder of the input, open while its files come. ``listing``: the earlier site's
    entries in it (name → entry; an empty mapping with a :class:`Listed`), or ``None`` when it
    has no such folder; ``held``: what is put off while the folder may be unchanged (its files,
    and its sub-folders found unchanged); ``matched``: how many of the earlier entries the
    input has matched so far (listing folders)."""

    __slots__ = ("path", "listing", "changed", "held", "matched")

    def __init__(self, path: str, listing: dict[str, os.DirEntry] | None) -> None:
        self.path, self.listing, self.changed = path, listing, listing is None
        self.held: list[tuple[str, str | None]] = []  # (name, file), or (name, None) for a sub-folder
        self.matched = 0


class _Gathering:
    def __init__(self, target: str, earlier: str | None, listed: Listed | None, writing: BinaryIO | None) -> None:
        self.target, self.earlier, self.listed, self.writing = target, earlier, listed, writing
        self.problems: list[str] = []
        self.written: list[str] = []
        self.copied = False  # a file was copied, not linked: the list written is dropped, as it cannot vouch for it
        try:
            self.device = os.lstat(earlier).st_dev if earlier else None
        except OSError:
            self.device = None
        if self.device is None:
            self.listed = None

    def take(self, pairs: Iterable[tuple[str, str]]) -> list[str]:
        site = _Folder("", self._listing("") if self.device is not None else None)
        site.changed = True  # the site itself is filled, never moved
        stack, last = [site], ""
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
            self._file(stack, name, source, key)
        while len(stack) > 1:
            self._close(stack)
        if self.listed is not None:
            self._pass(stack, None)
        self._write_list(True)
        return self.problems

    def _listing(self, path: str) -> dict[str, os.DirEntry] | None:
        if self.listed is not None:
            return {} if self.listed.under(path) else None  # its entries are the list's
        try:
            with os.scandir(os.path.join(self.earlier, path)) as entries:
                return {entry.name: entry for entry in entries}
        except OSError:
            return None

    def _pass(self, stack: list[_Folder], key: str | None) -> None:
        """Go past the listed files before ``key`` (all of them, with ``None``): the earlier
        site had them and the input has not, so the innermost open folder holding each
        changed."""
        listed = self.listed
        while listed.path is not None and (key is None or listed.before(key)):
            for depth in range(len(stack) - 1, 0, -1):
                if listed.under(stack[depth].path):
                    self._change(stack[:depth + 1])
                    break
            listed.advance()

    def _open(self, stack: list[_Folder], folder: str) -> None:
        """Enter the next folder on the way to ``folder``. Its earlier self is read where the
        earlier site has it as a folder (not a link), also inside a changed folder: an
        unchanged one in it is still moved over whole."""
        parent = stack[-1]
        name = folder[len(parent.path) + 1 if parent.path else 0:].split("/", 1)[0]
        path = _joined(parent.path, name)
        if self.listed is not None:
            self._pass(stack, tree_key(path))
            listing = self._listing(path) if parent.listing is not None else None
        else:
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
        elif self.listed is not None and path in self.listed.entered:
            self._change(stack)  # it holds the merge's own pages too: taken apart, never moved whole

    def _file(self, stack: list[_Folder], name: str, source: str, key: str) -> None:
        folder, path = stack[-1], _joined(stack[-1].path, name)
        identity = _identity(source)
        if self.writing is not None:
            self.written.append(f"{path}\0{identity[0]}\0{identity[1]}\0")
            if len(self.written) >= 10_000:
                self._write_list(False)
        if self.listed is not None:
            listed = self.listed
            self._pass(stack, key)
            same = listed.path == path and listed.identity == identity != NO_FILE
            if listed.path == path:
                listed.advance()
        else:
            entry = folder.listing.get(name) if folder.listing is not None else None
            same = (entry is not None and entry.is_file(follow_symlinks=False)
                    and (self.device, entry.inode()) == identity)
        if not folder.changed:
            if same:
                folder.held.append((name, source))
                folder.matched += 1
                return
            self._change(stack)
        self._link(source, path)

    def _close(self, stack: list[_Folder]) -> None:
        """Leave the innermost folder: unchanged (every earlier entry matched), it is moved over
        whole, now or with its parent; changed, its held files and sub-folders are taken."""
        folder = stack[-1]
        if self.listed is not None:
            while self.listed.under(folder.path):  # listed, but not in the input: gone since
                self._change(stack)
                self.listed.advance()
        elif not folder.changed and folder.matched != len(folder.listing or ()):
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
            self.copied = True
            try:
                shutil.copytree(source, destination, symlinks=True, copy_function=_link_or_copy, dirs_exist_ok=True)
            except (OSError, shutil.Error) as error:
                self.problems.append(f"/{path}/: {source} could not be taken ({error})")

    def _link(self, source: str, path: str) -> None:
        try:
            if _link_or_copy(source, os.path.join(self.target, path)):
                self.copied = True
        except OSError as error:
            self.problems.append(f"/{path}: {source} could not be taken ({error.strerror or error})")

    def _write_list(self, last: bool) -> None:
        """The list of the files taken, so far; at the end, none when a file had to be copied
        (its identity is not the listed one) or could not be taken."""
        if self.writing is None:
            return
        self.writing.write("".join(self.written).encode("utf-8", errors="surrogateescape"))
        self.written.clear()
        if last and (self.copied or self.problems):
            self.writing.seek(0)
            self.writing.truncate()


def _link_or_copy(source: str, destination: str) -> bool:
    """Link ``source`` at ``destination``, or copy it; whether it was copied."""
    try:
        os.link(source, destination)
        return False
    except OSError:  # another file system, or no hard links here
        if not os.path.isfile(source):
            raise
        shutil.copy2(source, destination)
        return True


def _within(folder: str, ancestor: str) -> bool:
    return ancestor == "" or folder == ancestor or folder.startswith(ancestor + "/")


def _joined(folder: str, name: str) -> str:
    return f"{folder}/{name}" if folder else name


def _identity(path: str) -> tuple[int, int]:
    """The device and inode of the file at ``path`` (not following a link), or :data:`NO_FILE`
    when there is none."""
    try:
        found = os.lstat(path)
    except OSError:
        return NO_FILE
    return found.st_dev, found.st_ino


def main(arguments: list[str]) -> int:
    """``TARGET [EARLIER [--earlier-list FILE [--entered FILE]]] [--list FILE]``: the pairs
    from standard input; the problems on standard error."""
    options, positional = {}, []
    rest = iter(arguments)
    for argument in rest:
        if argument.startswith("--"):
            options[argument] = next(rest)
        else:
            positional.append(argument)
    target, earlier = positional[0], positional[1] if len(positional) > 1 else None
    listed = None
    if earlier and "--earlier-list" in options:
        entered = []
        if "--entered" in options:
            with open(options["--entered"], "rb") as stream:
                entered = list(read_fields(stream))
        listed = Listed(open(options["--earlier-list"], "rb"), entered)
    writing = open(options["--list"], "wb") if "--list" in options else None
    try:
        found = stage(target, read_pairs(sys.stdin.buffer), earlier, listed, writing)
    finally:
        if writing is not None:
            writing.close()
    for problem in found:
        print(problem, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
