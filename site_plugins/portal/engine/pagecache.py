"""The page cache: rendered story and listing pages kept between builds under ``.cache/``.

An entry is found by a key that hashes everything that shapes the page: the build's
fingerprint (versions, templates, plugin code, configuration, navigation) and the data the
page shows (its stories, their units, photos and neighbours, its listing). A changed input
gives another key, so an entry is never served for a page it no longer matches; deleting
the folder only costs a slower build.

An entry is the page's bytes in a file, a hard link of the page the build wrote, and a row in
one SQLite database with what the build needs besides them (the story's final body for feeds
and search, the story links a listing shows, the messages rendering logged). A row is written
only once its page file is complete, and all the rows of a build in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, Iterable, Iterator, NamedTuple

log = logging.getLogger("mkdocs.plugins.portal")

PRUNE_AFTER = 7 * 24 * 3600
"""Entries no build has used for this many seconds are deleted."""
REFRESH_AFTER = 24 * 3600
"""A used entry's last use is written again only when it is older than this."""
SWEEP_EVERY = 24 * 3600
"""How often page files without a row (left by a build that was stopped) are looked for."""
LOCK_WAIT = 60
"""Seconds to wait for another build (``mkdocs serve`` beside ``portal build``) to let go of the
records before this one goes on without them."""
_DATABASE = "records.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    key TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, body TEXT, links TEXT, messages TEXT, used REAL
);
CREATE INDEX IF NOT EXISTS entries_used ON entries (used);
CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, value REAL);
"""


def digest(*parts: object) -> str:
    """A stable hash of ``parts`` (strings, numbers, tuples and lists of them)."""
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def tree_digest(*folders: Path, skip: Collection[str] = ()) -> str:
    """A hash of every file's path and bytes under ``folders`` (templates, plugin code), but
    for the top-level entries of a folder named in ``skip``."""
    hasher = hashlib.blake2b(digest_size=16)
    for folder in folders:
        files = (p.relative_to(folder) for p in Path(folder).rglob("*") if p.is_file())
        for path in sorted(p for p in files if "__pycache__" not in p.parts and p.parts[0] not in skip):
            hasher.update(path.as_posix().encode("utf-8") + b"\0")
            hasher.update((Path(folder) / path).read_bytes() + b"\0")
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


class Record(NamedTuple):
    """A cached page's row: the size and modification time its file had, and ``Rendered``."""

    size: int
    mtime: int
    rendered: Rendered
    used: float


class Stored(NamedTuple):
    """A page just written and linked into the cache, for ``PageCache.remember``."""

    key: str
    size: int
    mtime: int
    rendered: Rendered


class PageCache:
    """Entries in ``folder``: page files at ``<key[:2]>/<key>.html`` and their rows.

    Looking up and placing pages (``lookup``, ``place``, ``keep``) needs no database, so
    forked rendering processes do it with the records the parent looked up; only the parent
    writes rows (``remember``). A page reaches the site as a hard link to its entry (a copy
    where links are not possible), so neither a rebuild nor the first build writes it twice.
    Should anything write into a linked site file, its entry no longer has the size and time
    on record and is never used again."""

    def __init__(self, folder: Path, records: dict[str, Record] | None = None) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self._connection: sqlite3.Connection | None = None
        self._records: dict[str, Record] = {} if records is None else records
        """Records looked up or written so far. ``mkdocs serve`` passes the same dictionary to
        the cache of every rebuild, which then reads only new keys' rows; a record found there
        is still used only while its page file is as it says (``intact``)."""
        self._shards: set[str] = set()
        self.folders: frozenset[str] = frozenset()
        """Folders of the site made beforehand (``sitedir.Folders``): a page going into one of
        them needs no ``mkdir``."""

    @staticmethod
    def found(folder: Path) -> bool:
        """Whether a cache was kept in ``folder`` by an earlier build."""
        return (folder / _DATABASE).is_file()

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / (key + ".html")

    # -- the parent process: rows --------------------------------------------------------

    def lookup(self, keys: Iterable[str]) -> dict[str, Record]:
        """The records of those ``keys`` that have one."""
        known, keys = self._records, list(keys)
        found = {key: known[key] for key in keys if key in known}
        wanted = [key for key in keys if key not in found] if found else keys
        if not wanted:
            return found
        try:
            database = self._database()
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                rows = database.execute(
                    "SELECT key, size, mtime, body, links, messages, used FROM entries WHERE key IN "
                    f"({','.join('?' * len(chunk))})", chunk,
                )
                for key, size, mtime, body, links, messages, used in rows:
                    rendered = Rendered(body, _list(links), [tuple(m) for m in _list(messages)])
                    found[key] = Record(size, mtime, rendered, used)
        except (sqlite3.DatabaseError, ValueError, TypeError) as error:
            self._reset(error)
            return {}
        known.update(found)
        return found

    def remember(self, stored: Iterable[Stored]) -> None:
        """Write the rows of pages this build stored, in one transaction."""
        now, stored = time.time(), list(stored)
        rows = [
            (item.key, item.size, item.mtime, item.rendered.body, json.dumps(item.rendered.links),
             json.dumps(item.rendered.messages, ensure_ascii=False), now)
            for item in stored
        ]
        if not rows:
            return
        try:
            with self._database() as database:
                database.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        except sqlite3.DatabaseError as error:
            self._reset(error)
            return
        for item in stored:
            self._records[item.key] = Record(item.size, item.mtime, item.rendered, now)

    def prune(self, now: float | None = None) -> int:
        """Delete entries this build did not use and no build used for ``PRUNE_AFTER``;
        refresh the last use of the ones it used. Returns how many were deleted. Once a day,
        page files left without a row by a stopped build are deleted too."""
        now = time.time() if now is None else now
        try:
            with self._database() as database:
                refresh = [(now, key) for key in self.used
                           if (record := self._records.get(key)) is not None and now - record.used > REFRESH_AFTER]
                database.executemany("UPDATE entries SET used = ? WHERE key = ?", refresh)
                for _, key in refresh:
                    self._records[key] = self._records[key]._replace(used=now)
                old = [key for (key,) in database.execute("SELECT key FROM entries WHERE used < ?",
                                                          (now - PRUNE_AFTER,)) if key not in self.used]
                for key in old:
                    self.path(key).unlink(missing_ok=True)
                database.executemany("DELETE FROM entries WHERE key = ?", [(key,) for key in old])
                for key in old:
                    self._records.pop(key, None)
                swept = database.execute("SELECT value FROM state WHERE name = 'swept'").fetchone()
                if swept is None or now - swept[0] > SWEEP_EVERY:
                    self._sweep(database, now)
                    database.execute("INSERT OR REPLACE INTO state VALUES ('swept', ?)", (now,))
        except sqlite3.DatabaseError as error:
            self._reset(error)
            return 0
        finally:
            self.close()
        return len(old)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _sweep(self, database: sqlite3.Connection, now: float) -> None:
        """Delete page files that have no row and were not written in the last hour."""
        known = {key for (key,) in database.execute("SELECT key FROM entries")}
        for entry in _entries(self.folder):
            if entry.name.removesuffix(".html") not in known and now - entry.stat().st_mtime > 3600:
                os.unlink(entry.path)

    def _database(self) -> sqlite3.Connection:
        if self._connection is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._connection = sqlite3.connect(self.folder / _DATABASE, timeout=LOCK_WAIT)
            self._connection.executescript(_SCHEMA)
        return self._connection

    def _reset(self, error: Exception) -> None:
        """A damaged database is started again: every page is rendered once more. One that
        cannot be used now (another build holding it locked past ``LOCK_WAIT``, a file system
        error) is left as it is: this build goes on without it, and the next one uses it."""
        self.close()
        if isinstance(error, sqlite3.OperationalError):
            log.info(f"portal: page cache records unavailable ({error}); this build keeps no pages")
            return
        log.debug(f"portal: page cache records unreadable ({error}); starting them again")
        (self.folder / _DATABASE).unlink(missing_ok=True)
        self._records.clear()

    # -- any process: page files ---------------------------------------------------------

    def intact(self, key: str, record: Record) -> bool:
        """Whether the page file of ``key`` is there, as ``record`` says it was written."""
        try:
            found = os.stat(self.path(key))
        except FileNotFoundError:
            return False
        return (found.st_size, found.st_mtime_ns) == (record.size, record.mtime)

    def place(self, key: str, record: Record, destination: str) -> Rendered | None:
        """Put the page of ``key`` at ``destination`` if its file is as ``record`` says."""
        page = self.path(key)
        if not self.intact(key, record):
            return None
        if os.path.dirname(destination) not in self.folders:
            _folder_for(destination)
        try:
            os.link(page, destination)
        except OSError:  # another file system, or links not supported
            shutil.copyfile(page, destination)
        self.used.add(key)
        return record.rendered

    def keep(self, key: str, data: bytes, rendered: Rendered, destination: str) -> Stored:
        """Write ``data`` to ``destination`` and link it into the cache as the page of ``key``;
        the row is for ``remember``. The cache's file appears only complete: it is the site's
        file, linked once written."""
        if os.path.dirname(destination) not in self.folders:
            _folder_for(destination)
        with open(destination, "wb") as file:
            file.write(data)
        page = self.path(key)
        shard = page.parent
        if shard.name not in self._shards:
            shard.mkdir(parents=True, exist_ok=True)
            self._shards.add(shard.name)
        try:
            _link_over(destination, page)
        except OSError:  # another file system, or links not supported
            temporary = page.with_name(f".tmp-{os.getpid()}-{page.name}")
            shutil.copyfile(destination, temporary)
            os.replace(temporary, page)
        found = os.stat(page)
        self.used.add(key)
        return Stored(key, found.st_size, found.st_mtime_ns, rendered)


def _folder_for(path: str) -> None:
    """Create the folder of ``path``. Its parent usually exists (one folder per page under a
    month's or a listing's folder): one ``mkdir``, where ``os.makedirs`` would look first."""
    folder = os.path.dirname(path)
    try:
        os.mkdir(folder)
    except FileExistsError:
        pass
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)


def _list(text: str) -> list:
    return [] if text == "[]" else json.loads(text)


def _link_over(source: str, target: Path) -> None:
    """Hard-link ``source`` at ``target``, replacing a file already there."""
    try:
        os.link(source, target)
    except FileExistsError:
        temporary = target.with_name(f".tmp-{os.getpid()}-{target.name}")
        os.link(source, temporary)
        os.replace(temporary, target)


def _entries(folder: Path) -> Iterator[os.DirEntry]:
    if not folder.is_dir():
        return
    for shard in os.scandir(folder):
        if shard.is_dir():
            yield from os.scandir(shard.path)
