"""The page cache: rendered story and listing pages kept between builds under ``.cache/``.

An entry is found by a key that hashes everything that shapes the page: the build's
fingerprint (versions, templates, plugin code, configuration, navigation) and the data the
page shows (its stories, their units, photos and neighbours, its listing). A changed input
gives another key, so an entry is never served for a page it no longer matches; deleting
the folder only costs a slower build.

Each entry is two files: the page's bytes, and a JSON record of what the build needs besides
them (the story's final body for feeds and search, the story links a listing shows, the
messages rendering logged).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

PRUNE_AFTER = 7 * 24 * 3600
"""Entries no build has used for this many seconds are deleted."""


def digest(*parts: object) -> str:
    """A stable hash of ``parts`` (strings, numbers, tuples and lists of them)."""
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def tree_digest(*folders: Path) -> str:
    """A hash of every file's path and bytes under ``folders`` (templates, plugin code)."""
    hasher = hashlib.blake2b(digest_size=16)
    for folder in folders:
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            hasher.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
            hasher.update(path.read_bytes() + b"\0")
    return hasher.hexdigest()


@dataclass
class Rendered:
    """What rendering one page produced besides its HTML."""

    body: str | None = None
    """The story's body as the page shows it; ``None`` for a listing page."""
    links: list[str] = field(default_factory=list)
    """Site-relative URLs of the stories a listing page shows."""
    messages: list[tuple[str, int, str]] = field(default_factory=list)
    """``(logger, level, message)`` for everything logged while rendering, replayed on reuse."""


class PageCache:
    """Entries in ``folder``: a page's bytes in ``<key>.html``, and beside them ``<key>.json``
    with what rendering produced and the size and modification time the page file had.

    A page reaches the site as a hard link to its entry (a copy where links are not possible),
    so neither a rebuild nor the first build writes it twice. Should anything write into a
    linked site file, its entry no longer has the size and time on record and is never used
    again."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()

    def path(self, key: str, suffix: str) -> Path:
        return self.folder / key[:2] / (key + suffix)

    def restore(self, key: str, destination: str) -> Rendered | None:
        """Put the cached page of ``key`` at ``destination``; ``None`` when there is none."""
        page = self.path(key, ".html")
        try:
            size, mtime, *side = json.loads(self.path(key, ".json").read_bytes())
            found = os.stat(page)
            rendered = Rendered(*side)
        except FileNotFoundError:
            return None
        except (ValueError, TypeError):  # damaged on disk: rendered again and replaced
            return None
        if (found.st_size, found.st_mtime_ns) != (size, mtime):
            return None
        _place(page, destination)
        self.used.add(key)
        rendered.messages = [tuple(message) for message in rendered.messages]
        return rendered

    def store(self, key: str, html: bytes, rendered: Rendered, destination: str) -> None:
        """Keep a page and put it at ``destination``. Both files are written under temporary
        names first, so a killed build leaves no half entry."""
        page = self.path(key, ".html")
        page.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(page, html)
        found = os.stat(page)
        side = [found.st_size, found.st_mtime_ns, rendered.body, rendered.links, rendered.messages]
        _write_atomically(self.path(key, ".json"), json.dumps(side, ensure_ascii=False).encode("utf-8"))
        _place(page, destination)
        self.used.add(key)

    def prune(self, now: float | None = None) -> int:
        """Delete entries this build did not use and no build used for ``PRUNE_AFTER``;
        refresh the age of the ones it used. Returns how many were deleted."""
        now = time.time() if now is None else now
        deleted = 0
        for entry in _entries(self.folder):
            age = now - entry.stat().st_mtime
            if entry.name.startswith(".tmp-"):
                if age > 3600:
                    os.unlink(entry.path)
                continue
            if not entry.name.endswith(".json"):
                continue
            key = entry.name.removesuffix(".json")
            if key in self.used:
                if age > PRUNE_AFTER / 7:
                    os.utime(entry.path)  # the record's age; the page keeps its own time
            elif age > PRUNE_AFTER:
                self.path(key, ".html").unlink(missing_ok=True)
                os.unlink(entry.path)
                deleted += 1
        return deleted


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    os.chmod(temporary, 0o644)  # mkstemp's files are private; the site is read by a web server
    os.replace(temporary, path)


def _place(page: Path, destination: str) -> None:
    os.makedirs(os.path.dirname(destination), exist_ok=True)
    try:
        os.link(page, destination)
    except OSError:  # another file system, or links not supported
        shutil.copyfile(page, destination)


def _entries(folder: Path) -> Iterable[os.DirEntry]:
    if not folder.is_dir():
        return
    for shard in os.scandir(folder):
        if shard.is_dir():
            yield from os.scandir(shard.path)
