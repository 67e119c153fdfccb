"""Pagefind bundles kept between builds, one per shard content.

An entry is a complete bundle in a folder named by a hash of what Pagefind was given: every
record's URL and HTML (or, for a story's record, a hash of everything its HTML is made from),
Pagefind's version and its configuration, and which of Pagefind's files a bundle keeps. A shard whose stories did
not change finds its bundle here and is copied instead of indexed again. Entries are written into
a temporary folder and renamed into place, so a build that is stopped midway never leaves half a
bundle under a key; the folder is safe to delete at any time.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import stat
import subprocess
import threading
import time
from pathlib import Path
from typing import Callable, Iterable

from site_plugins.search.index import BUNDLE_LAYOUT, SearchRecord

_KEY = re.compile(r"[0-9a-f]{64}")
_TEMPORARY_PREFIX = ".tmp-"
STALE_TEMPORARY_SECONDS = 3600
"""A temporary folder this old belongs to a build that was stopped; younger ones may be in use."""


def bundle_key(records: Iterable[SearchRecord], pagefind_version: str, pagefind_config: dict) -> str:
    """The hash of everything that decides a bundle's content; record order does not matter.
    A record is hashed by its document, or by the hash of what its document is made from
    (``SearchRecord.source``) where it has one, marked apart so the two never meet."""
    digest = hashlib.sha256()
    digest.update(json.dumps([pagefind_version, pagefind_config, BUNDLE_LAYOUT], sort_keys=True).encode("utf-8"))
    for record in sorted(records, key=lambda record: record.url):
        parts = (record.url, "source", record.source) if record.source is not None else (record.url, record.html)
        for part in parts:
            data = part.encode("utf-8")
            digest.update(b"%d:" % len(data))
            digest.update(data)
    return digest.hexdigest()


class BundleCache:
    """Bundles under ``folder`` by key; remembers which keys this build used."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()

    def has(self, key: str) -> bool:
        """Whether the bundle for ``key`` is cached."""
        return (self.folder / key).is_dir()

    def bundle(self, key: str, write: Callable[[Path], object]) -> tuple[Path, bool]:
        """The cached bundle for ``key``, written by ``write(folder)`` first when missing;
        also tells whether it came from the cache."""
        self.used.add(key)
        entry = self.folder / key
        if self.has(key):
            return entry, True
        self.folder.mkdir(parents=True, exist_ok=True)
        # Not mkdtemp: its folder is private (0700) and would keep the bundle from the web server.
        staging = self.folder / f"{_TEMPORARY_PREFIX}{secrets.token_hex(8)}"
        staging.mkdir()
        try:
            write(staging)
            os.replace(staging, entry)
        except OSError:
            if not entry.is_dir():  # not another build that stored the same key meanwhile
                raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return entry, False

    def prune(self) -> list[str]:
        """Remove the entries this build did not use, and temporary folders of stopped builds;
        returns the names removed."""
        if not self.folder.is_dir():
            return []
        removed = [path for path in self.folder.iterdir() if self._is_unused(path)]
        for path in removed:
            shutil.rmtree(path, ignore_errors=True)
        return sorted(path.name for path in removed)

    def _is_unused(self, path: Path) -> bool:
        if path.name.startswith(_TEMPORARY_PREFIX):
            return time.time() - path.stat().st_mtime > STALE_TEMPORARY_SECONDS
        return bool(_KEY.fullmatch(path.name)) and path.name not in self.used


def copy_bundle(entry: Path, target: Path, earlier: Path | None = None) -> None:
    """Put a cached bundle at ``target``: hard links where the file system allows them (the
    bundle's files are never written to in place), copies otherwise. The links are made by
    ``cp -Rl`` where there is one: a bundle is thousands of files, and linking them from Python
    would hold the interpreter the build's pages are rendered with.

    ``earlier``: the same bundle's folder in a site built before (the merge's earlier site).
    Where it holds exactly the entry's files as links of them, it is moved to ``target``
    whole: one rename instead of thousands of links."""
    shutil.rmtree(target, ignore_errors=True)
    if earlier is not None and _same_files(entry, earlier):
        try:
            os.rename(earlier, target)
            return
        except OSError:
            shutil.rmtree(target, ignore_errors=True)
    if _linked_by_cp(entry, target):
        return
    shutil.rmtree(target, ignore_errors=True)  # what a failed cp left
    try:
        shutil.copytree(entry, target, copy_function=os.link)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(entry, target)


def _same_files(entry: Path, folder: Path) -> bool:
    """Whether ``folder`` holds the very files of ``entry`` (the same inodes, on the same file
    system), no more and no fewer, in the same sub-folders, none of them a link to elsewhere.
    Read from the folders' listings: no file in them is opened or looked up."""
    try:
        itself = os.lstat(folder)
        if stat.S_ISLNK(itself.st_mode) or os.lstat(entry).st_dev != itself.st_dev:
            return False
        with os.scandir(entry) as listed:
            wanted = {item.name: item for item in listed}
        with os.scandir(folder) as listed:
            found = {item.name: item for item in listed}
        if wanted.keys() != found.keys():
            return False
        for name, item in wanted.items():
            there = found[name]
            if item.is_dir(follow_symlinks=False):
                if not there.is_dir(follow_symlinks=False) or not _same_files(Path(item.path), Path(there.path)):
                    return False
            elif not there.is_file(follow_symlinks=False) or there.inode() != item.inode():
                return False
    except OSError:
        return False
    return True


def _linked_by_cp(entry: Path, target: Path) -> bool:
    """Whether ``cp -Rl`` made ``target`` a tree of links of ``entry``'s files; never when
    ``target`` is still there (``cp`` would put the bundle inside it)."""
    cp = shutil.which("cp")
    if cp is None or os.path.lexists(target):
        return False
    done = subprocess.run([cp, "-R", "-l", "--", str(entry), str(target)], stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return done.returncode == 0


class KeyedFiles:
    """Small files under ``folder`` named ``<key><suffix>``, one per bundle key: what was read
    from a bundle, kept so that a rebuild reads again only the bundles that changed. A file is
    written under a temporary name and renamed; ``prune`` removes the files of other keys."""

    def __init__(self, folder: Path, keys: Iterable[str], suffix: str) -> None:
        self.folder = folder
        self.keys = set(keys)
        self.suffix = suffix

    def read(self, key: str) -> str | None:
        """The file of ``key``, or ``None`` when it is missing or unreadable."""
        try:
            return (self.folder / f"{key}{self.suffix}").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def write(self, key: str, text: str) -> None:
        path = self.folder / f"{key}{self.suffix}"
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{_TEMPORARY_PREFIX}{threading.get_ident()}-{path.name}")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)

    def prune(self) -> None:
        wanted = {f"{key}{self.suffix}" for key in self.keys}
        if self.folder.is_dir():
            for path in self.folder.iterdir():
                if path.name.endswith(self.suffix) and path.name not in wanted and not path.name.startswith(_TEMPORARY_PREFIX):
                    path.unlink(missing_ok=True)
