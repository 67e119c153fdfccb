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


def earlier_part(out: Path) -> Description | None:
    """The description of the part built in ``out`` before, taken out of the folder: from here on the folder holds
    none unless the part stands (``keep_part``) or its build succeeds. ``None`` when there is none to use."""
    path = out / PART_FILE_NAME
    try:
        earlier = Description.read(path) if path.is_file() else None
    except DescriptionError:
        earlier = None
    path.unlink(missing_ok=True)
    return earlier


def keep_part(earlier: Description | None, out: Path, inputs: str, shards: str) -> bool:
    """Whether ``earlier`` (:func:`earlier_part`) was built from ``inputs``, its site still in ``out``; if so, it is
    written back into ``out``, atomically, naming ``shards`` (the digest of the stories the shards describe, which
    the merge checks)."""
    if earlier is None or not inputs:
        return False
    portal, files = earlier.section("portal", {}), earlier.section("files", {})
    if portal.get("inputs") != inputs or not (out / files.get("site", "site")).is_dir():
        return False
    portal["shards"] = shards
    earlier.write(out, PART_FILE_NAME)
    return True
