"""One site from the shards: every file a shard owns, linked into the merge's site, with no
path claimed twice, in memory that does not grow with the archive."""

from __future__ import annotations

import filecmp
import hashlib
import heapq
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from site_plugins.shards.description import Description, DescriptionError, read_fields
from site_plugins.shards.memo import FileMemo
from site_plugins.shards.records import StoryRecords
from site_plugins.shards.stage import tree_key, tree_path

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


class Claims:
    """Every path of the site the shards (and the parts of a split merge) claim, kept in files,
    not in memory: a million stories' sites are some two and a half million paths.

    :meth:`add` takes a description's files as it is read, and drops them from it: its paths,
    sorted in tree order (``stage.tree_key``), go into a file of their own. :meth:`check` then
    reads all those files side by side, in one tree order, and writes what the gathering
    process takes (``file, path`` pairs, :attr:`listed`); a path claimed twice raises
    :class:`AssemblyError` naming both claimants and the story files behind them. Held at any
    time: a chunk of each claimant's file.

    ``folder`` (made, and deleted by :meth:`close`) is a hidden folder inside the site being
    built, as the staging folder is, so that a stopped build's is deleted with its leftovers.
    With ``kept`` (:class:`KeptClaims`), a claimant's file is made there instead, under the hash
    of what it came from, and one made by an earlier merge is taken as it is (:meth:`add_kept`)."""

    def __init__(self, folder: Path, kept: KeptClaims | None = None) -> None:
        self.folder, self.kept = folder, kept
        folder.mkdir(parents=True, exist_ok=True)
        self.claimants: list[tuple[Description, str, Path]] = []  # description, its site, its paths' file
        self.problems: list[str] = []
        self.count = 0
        self.listed: BinaryIO | None = None

    def add(self, description: Description, key: str | None = None) -> None:
        """Take ``description``'s files (its ``files`` section, removed from it); with ``key``
        (a hash of what they came from), the sorted paths are kept for later merges."""
        section = description.sections.pop("files", None) or {}
        site = section.get("site", "site")
        ordered, problems = [], len(self.problems)
        for path in section.get("paths", []):
            if _is_plain_path(path):
                ordered.append(tree_key(path))
            else:
                self.problems.append(f"{description.path}: names {path!r}, not a path inside its site")
        ordered.sort()
        keeping = self.kept is not None and key is not None and len(self.problems) == problems
        file = self.kept.file_for(description.shard, key) if keeping else self.folder / f"claims-{len(self.claimants)}"
        partial = file.with_name(file.name + ".partial")
        partial.write_bytes("".join(f"{tree}\0" for tree in ordered).encode("utf-8", errors="surrogateescape"))
        os.replace(partial, file)
        if keeping:
            self.kept.keep(description.shard, key, site, file)
        self.claimants.append((description, os.path.join(description.path.parent, site), file))

    def add_kept(self, path: Path, key: str) -> bool:
        """Take the files of the description at ``path`` (the folder names the shard or part)
        as an earlier merge kept them from a description of hash ``key``, without reading it;
        ``False`` when none are kept."""
        found = self.kept.kept_file(path.parent.name, key) if self.kept is not None else None
        if found is None:
            return False
        site, file = found
        description = Description(path.parent.name, "", {}, path)  # for messages: they read the file again
        self.claimants.append((description, os.path.join(path.parent, site), file))
        return True

    def check(self) -> Claims:
        """Every claimant's paths together, each path once; raises :class:`AssemblyError` (and
        closes) when a path is claimed twice or a description names a path outside its site."""
        problems, known = self.problems, {}
        listed = tempfile.TemporaryFile(dir=self.folder)
        merged = heapq.merge(*(_claimed(file, index) for index, (_, _, file) in enumerate(self.claimants)))
        first: tuple[str, int] | None = None
        chunk = []
        for key, index in merged:
            path = tree_path(key)
            if first is not None and path == first[0]:
                earlier = self.claimants[first[1]]
                if not (path.startswith(SHARED_FOLDERS) and filecmp.cmp(
                        os.path.join(earlier[1], path), os.path.join(self.claimants[index][1], path), shallow=False)):
                    problems.append(f"/{_shown(path)}: claimed twice: by {_claimant(earlier[0], path, known)} and by "
                                    f"{_claimant(self.claimants[index][0], path, known)}")
                continue
            first = (path, index)
            self.count += 1
            chunk.append(f"{self.claimants[index][1]}/{path}\0{path}\0")
            if len(chunk) >= 10_000:
                listed.write("".join(chunk).encode("utf-8", errors="surrogateescape"))
                chunk.clear()
        listed.write("".join(chunk).encode("utf-8", errors="surrogateescape"))
        listed.seek(0)
        self.listed = listed
        if problems:
            self.close()
            raise AssemblyError("\n".join(problems))
        return self

    def claimant_of(self, path: str, known: dict[str, dict[str, str]]) -> str:
        """Who claims ``path``, or a file in the folder ``path``: for a message."""
        for description, _, file in self.claimants:
            if any(claimed == path or claimed.startswith(path + "/") for claimed in _paths(file)):
                return _claimant(description, path, known)
        return "a shard"

    def close(self) -> None:
        if self.listed is not None:
            self.listed.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class KeptClaims(FileMemo):
    """Each claimant's paths, checked and sorted in tree order, kept between merges in
    ``folder``: a file for each shard or part, under a hash of what they came from (a shard's
    description file, which the census hashes anyway; a part's paths, :func:`files_key`), for
    one ``basis`` (the registry and the code). A one-story commit then reads and sorts the paths
    of the one shard that changed. :meth:`save` writes the entries this merge used and deletes
    the files no entry names."""

    MEMO = "claims.json"

    def __init__(self, basis: str, entries: dict | None = None) -> None:
        super().__init__(basis, entries)
        self.folder = Path()

    @classmethod
    def open(cls, folder: Path, basis: str) -> KeptClaims:
        kept = cls.load(folder / cls.MEMO, basis)
        kept.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        return kept

    def kept_file(self, name: str, key: str) -> tuple[str, Path] | None:
        """The site folder's name and the file of ``name``'s paths kept under ``key``, or ``None``."""
        entry = self.kept(name, key)
        if entry is None or not (self.folder / entry["file"]).is_file():
            self.used.pop(name, None)
            return None
        return entry["site"], self.folder / entry["file"]

    def file_for(self, name: str, key: str) -> Path:
        return self.folder / f"{name}.{key[:24]}"

    def keep(self, name: str, key: str, site: str, file: Path) -> None:
        self.used[name] = {"key": key, "site": site, "file": file.name}

    def save(self) -> None:
        super().save(self.folder / self.MEMO)
        named = {entry["file"] for entry in self.used.values()} | {self.MEMO}
        for path in self.folder.iterdir():
            if path.name not in named:
                path.unlink(missing_ok=True)


def files_key(description: Description) -> str:
    """A hash of the files a description claims (its ``files`` section, still in it)."""
    section = description.sections.get("files") or {}
    hashed = hashlib.sha256(f"{section.get('site', 'site')}\0".encode())
    for path in section.get("paths", []):
        hashed.update(f"{path}\0".encode("utf-8", errors="surrogateescape") if isinstance(path, str) else b"\1\0")
    return hashed.hexdigest()


def claims(descriptions: list[Description], folder: Path) -> Claims:
    """The checked :class:`Claims` of ``descriptions`` (each one's files taken from it)."""
    found = Claims(folder)
    for description in descriptions:
        found.add(description)
    return found.check()


def _keys(file: Path) -> Iterator[str]:
    """The tree keys of a claimant's file, in order, read a chunk at a time."""
    with file.open("rb") as stream:
        yield from read_fields(stream)


def _claimed(file: Path, index: int) -> Iterator[tuple[str, int]]:
    """The tree keys of a claimant's file, each with the claimant's index."""
    return ((key, index) for key in _keys(file))


def _paths(file: Path) -> Iterator[str]:
    """The paths of a claimant's file."""
    return map(tree_path, _keys(file))


class SiteLists:
    """What the merge's sites hold of the shards' files, as the gathering that made each one
    listed them (``stage.Listed``): kept in the merge's cache folder ``folder``, one folder per
    site, named by the device and inode of the site's own folder, which stay as the site is
    renamed from new to live to earlier. The next merge but one, taking from that site as its
    earlier one, reads the list instead of every folder of the site.

    A list is taken only for the site it was made for: its top-level entries (name and inode)
    are kept with it and must still be the site's. It is taken away before anything moves out
    of the site, so a merge that fails after that leaves no list of a site it took apart; the
    next one reads that site's folders. The newest ``KEPT`` lists stay, the others are deleted
    (the live site's and the new one's are the two newest)."""

    KEPT = 3

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def take(self, site: Path) -> Path | None:
        """The list of ``site`` (a folder holding ``files`` and ``entered``), moved out of the
        kept ones, or ``None`` when there is none or it is not that site's. Delete it with
        :meth:`discard` once the gathering is over."""
        try:
            kept = self.folder / _site_name(site)
            taken = Path(tempfile.mkdtemp(prefix="taken-", dir=self.folder))
        except OSError:
            return None
        try:
            os.rename(kept, taken / "list")
        except OSError:
            self.discard(taken)
            return None
        roots = (taken / "list/roots").read_bytes() if (taken / "list/roots").is_file() else None
        if roots is None or roots != _roots(site):
            self.discard(taken)
            return None
        return taken / "list"

    def new(self) -> Path:
        """A folder for the list the gathering about to start writes (its ``files``)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix="new-", dir=self.folder))

    def keep(self, made: Path, site: Path, entered: list[str]) -> None:
        """Keep ``made`` as the list of ``site``, whose gathering ended and whose staged folders
        ``entered`` were entered (they hold the merge's own pages too), then delete the older
        lists beyond the newest ``KEPT``."""
        (made / "entered").write_bytes("".join(f"{path}\0" for path in entered).encode("utf-8", errors="surrogateescape"))
        (made / "roots").write_bytes(_roots(site))
        kept = self.folder / _site_name(site)
        shutil.rmtree(kept, ignore_errors=True)
        os.rename(made, kept)
        lists = sorted((entry for entry in self.folder.iterdir() if not entry.name.startswith(("new-", "taken-"))),
                       key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
        for old in lists[self.KEPT:]:
            shutil.rmtree(old, ignore_errors=True)

    @staticmethod
    def discard(folder: Path | None) -> None:
        """A list taken, or one being made, no longer needed."""
        if folder is not None:
            shutil.rmtree(folder.parent if folder.name == "list" else folder, ignore_errors=True)


def _site_name(site: Path) -> str:
    found = os.lstat(site)
    return f"{found.st_dev}-{found.st_ino}"


def _roots(site: Path) -> bytes:
    """The site's top-level entries, but hidden ones, each with its inode, in name order."""
    with os.scandir(site) as entries:
        found = sorted((entry.name, entry.inode()) for entry in entries if not entry.name.startswith("."))
    return "".join(f"{name}\0{inode}\0" for name, inode in found).encode("utf-8", errors="surrogateescape")


class _Gathering:
    """The gathering process (``stage``) at work: each ``(file, site-relative path)`` listed in
    the open file ``listed`` (NUL-separated, in tree order) linked into ``folder``, with the
    unchanged folders of the site ``earlier`` moved over whole. Through a file, not a pipe:
    writing a pipe would wait for the files to be linked. ``options``: more of ``stage``'s
    arguments (its lists)."""

    def __init__(self, listed: BinaryIO, folder: Path, earlier: Path | None, options: list[str] = ()) -> None:
        command = [sys.executable, "-m", "site_plugins.shards.stage", str(folder),
                   *([str(earlier)] if earlier else []), *options]
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
    """The claimed files (see :class:`Claims`, checked) linked into ``folder`` by another
    process, started as soon as the claims are known, so that the merge renders its own pages
    meanwhile: a hundred thousand files each take a link and most a folder, which wait on the
    file system, not on the interpreter. :meth:`graft` then moves them into the site folder by
    folder.

    ``folder`` is a hidden folder inside the site (MkDocs leaves those alone; one a stopped
    build left behind is deleted with the previous site's leftovers), so that moving is a
    rename on the same file system. ``earlier``: a site the merge built before, on the same
    file system, whose folders holding the very same files are moved over whole (``stage``)."""

    def __init__(self, claims: Claims, folder: Path, earlier: Path | None = None, lists: SiteLists | None = None) -> None:
        self.claims, self.folder, self.lists = claims, folder, lists
        folder.mkdir(parents=True, exist_ok=True)
        self.taken = lists.take(earlier) if lists is not None and earlier is not None else None
        self.making = lists.new() if lists is not None else None
        options = ["--list", str(self.making / "files")] if self.making is not None else []
        if self.taken is not None:
            options += ["--earlier-list", str(self.taken / "files"), "--entered", str(self.taken / "entered")]
        super().__init__(claims.listed, folder, earlier, options)

    def graft(self, site_dir: Path) -> int:
        """Wait for the files, then move them into ``site_dir``: each staged folder the merge
        has no folder of its own for is moved whole (one rename), the others are entered. A
        claimed path the merge has written itself raises :class:`AssemblyError` naming the
        shard, once every other file is in place: a failed merge is never published. Returns
        how many files the shards gave."""
        entered: list[str] = []
        try:
            problems = self._problems("the shards' files")
            known: dict[str, dict[str, str]] = {}
            for path in _move_into(str(self.folder), str(site_dir), "", entered):
                problems.append(f"/{_shown(path)}: claimed twice: by the merge's own pages and by "
                                f"{self.claims.claimant_of(path, known)}")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.claims.close()
            SiteLists.discard(self.taken)
        if problems:
            SiteLists.discard(self.making)
            raise AssemblyError("\n".join(problems))
        if self.making is not None and (self.making / "files").stat().st_size:
            self.lists.keep(self.making, site_dir, entered)
        else:  # none written: a file had to be copied, which a list cannot vouch for
            SiteLists.discard(self.making)
        return self.claims.count

    def abandon(self) -> None:
        super().abandon()
        self.claims.close()
        SiteLists.discard(self.taken)
        SiteLists.discard(self.making)


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
        with tempfile.TemporaryFile() as listed:
            listed.write("".join(f"{pages[path]}\0{path}\0" for path in sorted(pages, key=tree_key))
                         .encode("utf-8", errors="surrogateescape"))
            listed.seek(0)
            super().__init__(listed, site_dir, earlier)

    def wait(self) -> int:
        """Wait until every page is in place; returns how many. A page that could not be
        placed raises :class:`AssemblyError` naming it."""
        problems = self._problems("the merge's cached pages")
        if problems:
            raise AssemblyError("\n".join(problems))
        return self.count


def _move_into(staged: str, target: str, relative: str, entered: list[str]) -> Iterator[str]:
    """Move every entry of the folder ``staged`` into the folder ``target``; yields the
    site-relative paths that could not be moved because the merge has a file there. The
    folders it enters, where the merge has a folder of its own, go to ``entered``."""
    with os.scandir(staged) as found:
        entries = list(found)  # read before anything is moved out of the folder being read
    for entry in entries:
        path, destination = relative + entry.name, os.path.join(target, entry.name)
        if not os.path.lexists(destination):
            os.rename(entry.path, destination)
        elif entry.is_dir(follow_symlinks=False) and os.path.isdir(destination):
            entered.append(path)
            yield from _move_into(entry.path, destination, path + "/", entered)
        else:
            yield path


_CONTROL = re.compile(r"[\x00-\x1f]")


def _is_plain_path(path: object) -> bool:
    """A path inside a site: not empty or the site itself, nothing leading out of it, no empty
    or ``.`` component, no backslash, and no control character (which would break the
    NUL-separated lists and :func:`stage.tree_key`'s order)."""
    return (
        isinstance(path, str) and path not in ("", ".") and not path.startswith(("/", "..")) and "\\" not in path
        and posixpath.normpath(path) == path and _CONTROL.search(path) is None
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
    records (see ``read_all``): for a message, they are read again from the shard's records file."""
    try:
        if not description.section("portal", {}).get("stories") and description.path is not None:
            description = Description.read(description.path)
        return {story["url"]: story["path"] for story in StoryRecords.of(description)}
    except DescriptionError:
        return {}
