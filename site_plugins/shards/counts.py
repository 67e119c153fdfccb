"""What the first reading of every shard's description counts, kept between builds.

The merge and each of its parts read every shard's description twice (``portal.plugin``): the
first time for the census of the archive, from which the windows of months follow. A one-story
commit changes one shard's description; the others are the same files as at the last build.
``CountsMemo`` keeps each shard's counts by a hash of its description's bytes, under one
basis: the registry (whose units the census counts) and the code that counted. An unchanged
shard costs the hash of its file, not the reading of its stories. The second reading keeps, by
the same hash and the window, which of a shard's stories the window may hold (``WindowMemo``):
an unchanged shard's others are not made into stories.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from site_plugins.content.listings import Census
from site_plugins.shards.memo import FileMemo


@dataclass
class ShardCounts:
    """What one shard's stories count for: their census, a hash of their paths and
    fingerprints (which stories the shard described), the attachments they name, and a hash of
    the paths and fingerprints of its stories of each window month (``content.listings.window_month``)."""

    census: Census
    stories: str
    attachments: list[str]
    months: dict[int, str] = field(default_factory=dict)

    def to_data(self) -> dict:
        return {"census": self.census.to_data(), "stories": self.stories, "attachments": self.attachments,
                "months": [[month, digest] for month, digest in self.months.items()]}

    @classmethod
    def from_data(cls, data: dict) -> ShardCounts:
        return cls(Census.from_data(data["census"]), data["stories"], data["attachments"], dict(data["months"]))


@dataclass
class ArchiveCounts:
    """Every shard's counts added up in the shard list's order: the census of the archive, a
    hash of every story the shards described, the attachments they name, and each shard's
    hashes by window month."""

    census: Census = field(default_factory=Census)
    attachments: list[str] = field(default_factory=list)
    months: list[tuple[str, dict[int, str]]] = field(default_factory=list)
    _stories: hashlib._Hash = field(default_factory=hashlib.sha256)

    def add(self, shard: str, counts: ShardCounts) -> None:
        self.census.update(counts.census)
        self._stories.update(f"{shard}\0{counts.stories}\0".encode())
        self.attachments.extend(counts.attachments)
        self.months.append((shard, counts.months))

    @property
    def stories(self) -> str:
        """A hash of every story the shards described (paths and fingerprints), shard by shard."""
        return self._stories.hexdigest()

    def through(self, month: int) -> list[tuple[str, list[tuple[int, str]]]]:
        """Each shard's hashes of its stories by window month, up to ``month``: which stories the
        archive holds until then, and what each of them shows."""
        return [(shard, sorted((m, digest) for m, digest in months.items() if m <= month))
                for shard, months in self.months]


class WindowMemo(FileMemo):
    """Which of each shard's stories a window's build may hold, by the hash of the shard's description file and the
    window (``key``: its months, the listings' page sizes, the range of the search bundles' days), for one ``basis``
    (the registry and the code that chose). A window's build holds, of the stories before its months, only each
    listing's newest few (``content.listings.WindowStories``); every shard keeps the positions of those of its own
    stories that could be among them whatever the other shards hold: its stories in the window, on the bundles' days,
    and for each listing its newest ``content.listings.window_candidates`` before the window. A shard whose
    description did not change is read for those alone."""

    def known(self, shard: str, key: str) -> list[int] | None:
        """The positions kept for ``shard``'s description under ``key``, or ``None``."""
        entry = self.kept(shard, key)
        return None if entry is None else entry["positions"]

    def keep(self, shard: str, key: str, positions: list[int]) -> None:
        self.used[shard] = {"key": key, "positions": positions}


class CountsMemo(FileMemo):
    """Each shard's counts by the hash of its description file, for one ``basis`` (a hash of
    the registry and of the code that counts: the memo of another is empty). ``known``
    tells whether a description's counts are kept (reading only its bytes); ``keep`` adds those
    of a description read; ``save`` writes the entries of this build's shards, no others."""

    def __init__(self, basis: str, entries: dict[str, dict] | None = None) -> None:
        super().__init__(basis, entries)
        self._keys: dict[Path, str] = {}

    def known(self, path: Path) -> ShardCounts | None:
        """The counts of the description at ``path`` if they are kept (the folder names the
        shard), else ``None``."""
        key = self._keys[path] = hashlib.sha256(path.read_bytes()).hexdigest()
        entry = self.kept(path.parent.name, key)
        return None if entry is None else ShardCounts.from_data(entry["counts"])

    def keep(self, path: Path, counts: ShardCounts) -> None:
        """Keep the counts of the description read from ``path`` (after ``known``)."""
        key = self._keys.get(path) or hashlib.sha256(path.read_bytes()).hexdigest()
        self.used[path.parent.name] = {"key": key, "counts": counts.to_data()}

    def hashes(self) -> dict[str, str]:
        """The hash of each description asked about, by its shard."""
        return {path.parent.name: key for path, key in self._keys.items()}
