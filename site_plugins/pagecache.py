"""The page cache: rendered story and listing pages kept between builds under ``.cache/``.

An entry is found by a key that hashes everything that shapes the page: the build's
fingerprint (versions, templates, plugin code, configuration, navigation) and the data the
page shows (its stories, their units, photos and neighbours, its listing). A changed input
gives another key, so an entry is never served for a page it no longer matches; deleting
the folder only costs a slower build.

Each entry is one file: a JSON line with what the build needs besides the HTML (the story's
final body for feeds and search, the story links a listing shows, the messages rendering
logged), then the page's bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
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

    def to_json(self) -> str:
        return json.dumps([self.body, self.links, self.messages], ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Rendered:
        body, links, messages = json.loads(text)
        return cls(body, links, [tuple(message) for message in messages])


class PageCache:
    """Entries in ``folder``, one file per key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def restore(self, key: str, destination: str) -> Rendered | None:
        """Write the cached page of ``key`` to ``destination``; ``None`` when there is none."""
        try:
            with open(self.path(key), "rb") as entry:
                side = entry.readline()
                html = entry.read()
            rendered = Rendered.from_json(side.decode("utf-8"))
        except FileNotFoundError:
            return None
        except ValueError:  # damaged on disk: rendered again and replaced
            return None
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        with open(destination, "wb") as output:
            output.write(html)
        self.used.add(key)
        return rendered

    def store(self, key: str, html: bytes, rendered: Rendered) -> None:
        """Keep a page; written to a temporary file first so a killed build leaves no half entry."""
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(handle, "wb") as entry:
            entry.write(rendered.to_json().encode("utf-8") + b"\n")
            entry.write(html)
        os.replace(temporary, path)
        self.used.add(key)

    def prune(self, now: float | None = None) -> int:
        """Delete entries this build did not use and no build used for ``PRUNE_AFTER``;
        refresh the age of the ones it used. Returns how many were deleted."""
        now = time.time() if now is None else now
        deleted = 0
        for entry in _entries(self.folder):
            age = now - entry.stat().st_mtime
            if entry.name in self.used:
                if age > PRUNE_AFTER / 7:
                    os.utime(entry)
            elif age > PRUNE_AFTER or (entry.name.startswith(".tmp-") and age > 3600):
                entry.unlink(missing_ok=True)
                deleted += 1
        return deleted


def _entries(folder: Path) -> Iterable[os.DirEntry]:
    if not folder.is_dir():
        return
    for shard in os.scandir(folder):
        if shard.is_dir():
            yield from os.scandir(shard.path)
