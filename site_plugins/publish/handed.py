"""What shards hand the merge and its parts that a page needs one piece at a time (a card's
photo, a feed's item), kept in a database file as each description is read, not in memory.

A million stories' photos as objects are some 3.7 KB each; their feed items, for an archive of
thousands of tags, as many again. SQLite, from Python's standard library, holds them by key.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from typing import Iterable, Iterator


class HandedTexts:
    """Texts by key in the database file ``path``, made here; the caller removes its folder."""

    BATCH = 500
    """How many keys one query reads (SQLite takes at most 999 values in one)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = self._connect()
        self._db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE TABLE handed (key TEXT PRIMARY KEY, text TEXT NOT NULL) WITHOUT ROWID;"
        )
        self._pid = os.getpid()
        self._lock = threading.Lock()  # one connection, whichever of the build's threads reads

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)

    def _reading(self) -> sqlite3.Connection:
        """The connection to read with: a process forked to render pages opens its own, as
        SQLite asks (a connection is not used across a fork); the parent's is left to it."""
        if self._pid != os.getpid():
            self._db, self._pid = self._connect(), os.getpid()
        return self._db

    def add(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Keep ``(key, text)`` pairs; a key given again takes its new text."""
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO handed VALUES (?, ?)", pairs)
            self._db.execute("COMMIT")

    def get(self, key: str) -> str | None:
        with self._lock:
            row = self._reading().execute("SELECT text FROM handed WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def many(self, keys: Iterable[str]) -> Iterator[tuple[str, str]]:
        """The ``(key, text)`` pairs of those ``keys`` that are kept, a batch at a time."""
        wanted = sorted(set(keys))
        for start in range(0, len(wanted), self.BATCH):
            batch = wanted[start:start + self.BATCH]
            with self._lock:
                rows = self._reading().execute(
                    f"SELECT key, text FROM handed WHERE key IN ({','.join('?' * len(batch))})", batch,
                ).fetchall()
            yield from rows

    def close(self) -> None:
        with self._lock:
            if self._pid == os.getpid():
                self._db.close()
