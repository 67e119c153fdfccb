"""Story bodies as the index takes them, handed on by a shard to the merge.

A shard writes its stories' bodies one after another into one data file beside its
description (:func:`describe_bodies`), and the description says where each story's body
lies in it. The merge reads a body only when it makes that story's record (:class:`ShardBodies`),
so an archive's bodies are never in memory together.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Container, Iterable, Iterator

from site_plugins.shards.description import Description, write_data

DATA_STEM = "search-bodies"


def describe_bodies(folder: Path, bodies: Iterable[tuple[str, str]]) -> tuple[dict, int]:
    """Write ``(src_uri, body)`` pairs into a data file in ``folder``; returns the section that
    finds them again (``{"file": name, "stories": {src_uri: [offset, length]}}``) and the
    file's size."""
    where: dict[str, list[int]] = {}

    def chunks() -> Iterator[bytes]:
        offset = 0
        for src_uri, body in bodies:
            data = body.encode("utf-8")
            where[src_uri] = [offset, len(data)]
            offset += len(data)
            yield data

    name, size = write_data(folder, DATA_STEM, chunks())
    return {"file": name, "stories": where}, size


class ShardBodies:
    """Every shard's bodies, read one at a time from their data files (safe from any thread)."""

    def __init__(self, descriptions: Iterable[Description], wanted: Container[str] | None = None) -> None:
        """``wanted``: the stories whose bodies will be read; where each other body lies is not
        kept (a part of a merge split in parts reads its share of the bodies)."""
        self._files: list[int] = []
        self._where: dict[str, tuple[int, int, int]] = {}
        for description in descriptions:
            section = description.section("search", {}).get("bodies")
            if not section:
                continue
            self._files.append(os.open(description.data_file(section["file"]), os.O_RDONLY))
            number = len(self._files) - 1
            self._where.update((uri, (number, offset, length)) for uri, (offset, length) in section["stories"].items()
                               if wanted is None or uri in wanted)
            description.sections["search"] = {}  # where each body lies is kept here alone

    def read(self, src_uri: str) -> str:
        """The body of the story ``src_uri``, ``""`` for one no shard handed on."""
        found = self._where.get(src_uri)
        if found is None:
            return ""
        number, offset, length = found
        return os.pread(self._files[number], length, offset).decode("utf-8")

    def close(self) -> None:
        for descriptor in self._files:
            os.close(descriptor)
        self._files.clear()
