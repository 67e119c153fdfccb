"""An older part of the merge that stands as it was built, when nothing it makes changed.

A part makes the national listing pages of its months and its share of the search bundles
(docs/sharding.md). A one-story commit adds a story to the newest months, which the merge makes
itself: the older parts' pages and bundles stay the same files. Each part's description keeps a
hash of what it makes follows from (the portal's ``_part_inputs``); a part whose hash is the one
its folder's description holds is not built again: the description takes the digest of the
shards it now agrees with, and the build ends there, successfully (``PartKept``).
"""

from __future__ import annotations

from pathlib import Path

from site_plugins.shards.description import PART_FILE_NAME, Description, DescriptionError


class PartKept(SystemExit):
    """Ends the build of a part that stands as it was built: a successful end (status 0),
    for ``mkdocs build`` and for the ``portal`` command alike."""

    def __init__(self) -> None:
        super().__init__(0)


def keep_part(out: Path, inputs: str, shards: str) -> bool:
    """Whether the part in ``out`` was built from ``inputs`` and still holds its site and data
    files; if so, its description now names ``shards`` (the digest of the stories the shards
    describe, which the merge checks) and is written again, atomically."""
    path = out / PART_FILE_NAME
    if not path.is_file() or not inputs:
        return False
    try:
        description = Description.read(path)
    except DescriptionError:
        return False
    portal, files = description.section("portal", {}), description.section("files", {})
    if portal.get("inputs") != inputs or not (out / files.get("site", "site")).is_dir():
        return False
    if portal.get("shards") != shards:
        portal["shards"] = shards
        description.write(out, PART_FILE_NAME)
    return True
