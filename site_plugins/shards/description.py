"""The description a shard hands the merge: one versioned JSON file, ``shard.json``.

Each plugin writes its own section (the portal: stories and the files the shard owns;
portal-publish: feed items, photos, sitemap entries; portal-search: its bundles). The merge
refuses a description of another format or version, or of a registry other than its own,
and one whose shard is not in its list: a stale artifact never enters a site.

Bulk data the merge reads only a piece at a time (the stories' records, the search index's story
bodies) goes in *data files* beside ``shard.json`` instead, named by their content
(:func:`write_data`); the description lists each with its size, and the merge refuses one that
is missing or altered.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

FORMAT = "portal-shard"
VERSION = 5
"""Raised whenever a section changes shape; a merge reads only its own version."""
FILE_NAME = "shard.json"
PART_FILE_NAME = "part.json"
"""The description an older part of a merge split in parts hands the merge, in its own folder
(``plan.part_folder``): the same format, named apart so that it is never taken for a shard's."""
DATA_SUFFIX = ".data"
"""Data files end with it: those no description names any more are removed when one is written."""


class DescriptionError(ValueError):
    """A shard's description that the merge cannot use."""


@dataclass
class Description:
    """One shard's description: which shard, for which registry, and each plugin's section."""

    shard: str
    registry: str
    """A hash of the registry the shard was built with."""
    sections: dict[str, object] = field(default_factory=dict)
    path: Path | None = None
    """Where it was read from, for messages."""
    data: dict[str, int] = field(default_factory=dict)
    """The data files it refers to, by name, with their sizes in bytes."""

    def write(self, folder: Path, name: str = FILE_NAME) -> Path:
        """Write into ``folder`` atomically; returns the file. Data files of earlier
        descriptions that this one does not name are removed afterwards."""
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        partial = target.with_suffix(".json.partial")
        data = {"format": FORMAT, "version": VERSION, "shard": self.shard, "registry": self.registry,
                "data": self.data, "sections": self.sections}
        partial.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(partial, target)
        for path in folder.glob(f"*{DATA_SUFFIX}"):
            if path.name not in self.data:
                path.unlink(missing_ok=True)
        return target

    def data_file(self, name: str) -> Path:
        """The data file ``name`` beside this description."""
        return self.path.parent / name

    @classmethod
    def read(cls, path: Path) -> Description:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise DescriptionError(f"{path}: not readable as a shard description ({error})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise DescriptionError(f"{path}: not a shard description (format {FORMAT!r})")
        if data.get("version") != VERSION:
            raise DescriptionError(
                f"{path}: description version {data.get('version')!r}, this merge reads version {VERSION}: "
                "build the shard again with this revision"
            )
        description = cls(data["shard"], data["registry"], data["sections"], path, data.get("data", {}))
        for name, size in description.data.items():
            file = description.data_file(name)
            if not file.is_file() or file.stat().st_size != size:
                raise DescriptionError(f"{path}: its data file {name} is missing or was changed; build the shard again")
        return description

    def section(self, name: str, empty: object) -> object:
        return self.sections.get(name, empty)


def write_data(folder: Path, stem: str, chunks: Iterable[bytes]) -> tuple[str, int]:
    """Write ``chunks`` into a data file in ``folder`` named by ``stem`` and the hash of its
    content (``search-bodies.3f2a….data``); returns its name and size. The same content always
    gets the same name, so a description is never left pointing at a file rewritten under it."""
    folder.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    partial = folder / f"{stem}.partial"
    with partial.open("wb") as out:
        for chunk in chunks:
            out.write(chunk)
            digest.update(chunk)
            size += len(chunk)
    name = f"{stem}.{digest.hexdigest()[:20]}{DATA_SUFFIX}"
    os.replace(partial, folder / name)
    return name, size


def read_fields(stream: BinaryIO) -> Iterator[str]:
    """The NUL-ended fields of ``stream`` (a merge's claims and its list of files to take, the
    sitemap entries handed over), read a chunk at a time: a list the size of the archive is never
    held. Pairs of fields are ``zip(fields, fields)`` of one iterator."""
    rest = b""
    while chunk := stream.read(1 << 20):
        complete, ended, rest = (rest + chunk).rpartition(b"\0")
        if ended:  # no UTF-8 sequence holds a NUL byte: the complete fields decode as one
            yield from complete.decode("utf-8", errors="surrogateescape").split("\0")


def read_all(
    folder: Path, shards: list[str], registry: str, take: Callable[[Description], None] | None = None,
    known: Callable[[Path], bool] | None = None,
) -> list[Description]:
    """Every shard's description under ``folder`` (``<folder>/<shard>/shard.json``), in the
    order of ``shards``. A missing shard, an unknown one, a description of another registry or
    one in the wrong folder stops the merge with the file named.

    ``take`` is handed each description that passed, in that order, as soon as it is read:
    it may turn a section into what it keeps of it, so that the sections of every shard are
    never in memory together (a shard's stories are a third of a kilobyte of JSON each).

    ``known`` is asked first, in the same order, about the file of each shard in the list:
    when it answers yes, the caller already holds what it needs of that file (it kept it by a
    hash of the file's bytes, from a build that read and checked it), and it is neither read
    nor taken nor returned."""
    order = {shard: index for index, shard in enumerate(shards)}
    found = sorted(folder.glob(f"*/{FILE_NAME}"), key=lambda path: (order.get(path.parent.name, len(order)), path))
    by_shard: dict[str, Description] = {}
    problems, skipped = [], set()
    for path in found:
        if known is not None and path.parent.name in order and not problems and known(path):
            skipped.add(path.parent.name)
            continue
        try:
            description = Description.read(path)
        except DescriptionError as error:
            problems.append(str(error))
            continue
        if description.shard != path.parent.name:
            problems.append(f"{path}: describes shard {description.shard!r}, found in the folder of {path.parent.name!r}")
        elif description.shard not in shards:
            problems.append(f"{path}: shard {description.shard!r} is not in the registry's shard list")
        elif description.registry != registry:
            problems.append(f"{path}: built with another unit registry than this merge's; build the shard again")
        else:
            by_shard[description.shard] = description
            if take is not None and not problems:
                take(description)
    problems += [f"{folder / shard / FILE_NAME}: missing: shard {shard!r} was not built" for shard in shards
                 if shard not in by_shard and not any(p.parent.name == shard for p in found)]
    if problems:
        raise DescriptionError("\n".join(problems))
    return [by_shard[shard] for shard in shards if shard not in skipped]


def read_parts(
    folders: list[Path], registry: str, shards: str, take: Callable[[Description], None] | None = None,
    months: list[list[int]] | None = None,
) -> list[Description]:
    """The descriptions of the older parts of a merge split in parts, one in each of ``folders``
    (part 2 first). A part that is missing, or was built with another registry, from other
    shards than the merge's (``shards``: the digest of the stories the merge read) or for other
    months than the merge's windows give it (``months``: first and last, part 2's first), stops
    the merge with the file named. ``take``, as for :func:`read_all`, is handed each that passed
    as soon as it is read."""
    found, problems = [], []
    for number, folder in enumerate(folders, 2):
        path = folder / PART_FILE_NAME
        if not path.is_file():
            problems.append(f"{path}: missing: part {number} of the merge was not built")
            continue
        try:
            description = Description.read(path)
        except DescriptionError as error:
            problems.append(str(error))
            continue
        if description.shard != folder.name:
            problems.append(f"{path}: describes {description.shard!r}, found in the folder of {folder.name!r}")
        elif description.registry != registry:
            problems.append(f"{path}: built with another unit registry than this merge's; build the part again")
        elif description.section("portal", {}).get("shards") != shards:
            problems.append(f"{path}: built from other shards than this merge's; build the part again")
        elif months is not None and description.section("portal", {}).get("months") != months[number - 2]:
            problems.append(f"{path}: built for other months than this merge's; build the part again")
        elif take is not None and not problems:
            take(description)
        found.append(description)
    if problems:
        raise DescriptionError("\n".join(problems))
    return found


def registry_digest(path: Path) -> str:
    """A hash of the registry file: a shard and the merge must have read the same one."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
