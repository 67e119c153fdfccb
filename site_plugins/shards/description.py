"""The description a shard hands the merge: one versioned JSON file, ``shard.json``.

Each plugin writes its own section (the portal: stories and the files the shard owns;
portal-publish: feed items, photos, sitemap entries; portal-search: its bundles). The merge
refuses a description of another format or version, or of a registry other than its own,
and one whose shard is not in its list: a stale artifact never enters a site.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

FORMAT = "portal-shard"
VERSION = 2
"""Raised whenever a section changes shape; a merge reads only its own version."""
FILE_NAME = "shard.json"


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

    def write(self, folder: Path) -> Path:
        """Write into ``folder`` atomically; returns the file."""
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / FILE_NAME
        partial = target.with_suffix(".json.partial")
        data = {"format": FORMAT, "version": VERSION, "shard": self.shard, "registry": self.registry,
                "sections": self.sections}
        partial.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(partial, target)
        return target

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
        return cls(data["shard"], data["registry"], data["sections"], path)

    def section(self, name: str, empty: object) -> object:
        return self.sections.get(name, empty)


def read_all(folder: Path, shards: list[str], registry: str) -> list[Description]:
    """Every shard's description under ``folder`` (``<folder>/<shard>/shard.json``), in the
    order of ``shards``. A missing shard, an unknown one, a description of another registry or
    one in the wrong folder stops the merge with the file named."""
    found = sorted(folder.glob(f"*/{FILE_NAME}"))
    by_shard: dict[str, Description] = {}
    problems = []
    for path in found:
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
    problems += [f"{folder / shard / FILE_NAME}: missing: shard {shard!r} was not built" for shard in shards
                 if shard not in by_shard and not any(p.parent.name == shard for p in found)]
    if problems:
        raise DescriptionError("\n".join(problems))
    return [by_shard[shard] for shard in shards]


def registry_digest(path: Path) -> str:
    """A hash of the registry file: a shard and the merge must have read the same one."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
