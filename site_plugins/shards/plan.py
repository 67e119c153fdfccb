"""Which part of the site a build makes, and which stories belong to a shard.

A shard is one Polda: its stories, their pages, its region pages and feeds, its search
bundles. The registry's Polda are the partition, so the shard list changes only when the
registry does (CI lists it; a test compares). The merge renders what spans shards.

The merge may itself be split into ``merge_parts`` parts (a setting of the portal plugin), by
time: part 1, the merge itself, holds the newest months; parts 2 and on, built before it from
the same shards, each render the national listing pages of older months (``month_windows``) and
their share of the search bundles, and the merge takes their files as it takes the shards'.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from site_plugins.content.listings import Window
from site_plugins.content.registry import LEVELS, Registry, Unit, UnitError, split_unit_path
from site_plugins.shards.memo import FileMemo

SHARD_VARIABLE = "PORTAL_SHARD"
"""Names the shard a build makes (a Polda's slug); ``portal build --shard`` sets it."""
SHARD_OUT_VARIABLE = "PORTAL_SHARD_OUT"
"""The folder a shard writes its description into."""
MERGE_VARIABLE = "PORTAL_MERGE"
"""The folder holding every shard's folder, for the merge; ``portal build --merge`` sets it."""
PART_VARIABLE = "PORTAL_MERGE_PART"
"""Names the part of a merge split in parts that a build makes (2 and on; the merge itself is
part 1); it reads the shards under ``PORTAL_MERGE``. ``portal build --part`` sets both."""
PART_PREFIX = "part-"
"""A part's folder beside the shards' (``<shards>/part-2/``): its site and its description."""
REUSE_VARIABLE = "PORTAL_MERGE_REUSE"
"""A site the merge built before, whose unchanged folders the merge may move into its new site
(``Part.reuse``); ``portal build --merge`` sets it to the site before the live one."""

_HEAD_LIMIT = 64 * 1024
"""Front matter is at most 64 KB (``content/source.py``); no more is read to find the unit."""
_FIRST_READ = 4096
"""Most front matter ends within this; a longer one is read on up to ``_HEAD_LIMIT``."""
_UNIT_KEYS = ("satuan", *LEVELS)
_KEY_LINE = re.compile(r"^(satuan|polda|polres|polsek):(?:[ \t]+(.*?))?[ \t]*$")
_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^#:]*")
"""A YAML plain scalar that reads as its own text: no quotes, flow, anchors, tags or comment.
A value in any other form is left to the full reader (``unsure``)."""


@dataclass(frozen=True)
class Part:
    """The part of the site a build makes: everything (``kind`` ``"whole"``), one shard, the
    merge of every shard found under ``folder``, or one older part of a merge split in parts
    (``"part"``)."""

    kind: str = "whole"
    shard: str = ""
    """The shard's id, its Polda's slug (``polda-jawa-timur``)."""
    folder: Path | None = None
    """A shard's own folder (its description goes there); the merge's and a part's folder of
    shards."""
    reuse: Path | None = None
    """The merge: an earlier site of its own, whose folders still holding the shards' very files
    it takes instead of making them again (``shards.assemble.Staging``)."""
    number: int = 1
    """Which part of a merge split in parts: 1 for the merge itself, 2 and on for a ``"part"``."""

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> Part:
        shard, merge = environ.get(SHARD_VARIABLE, ""), environ.get(MERGE_VARIABLE, "")
        number = environ.get(PART_VARIABLE, "")
        if shard and merge:
            raise ValueError(f"{SHARD_VARIABLE} and {MERGE_VARIABLE} are both set: a build is a shard or the merge")
        if number and not merge:
            raise ValueError(f"{PART_VARIABLE} needs {MERGE_VARIABLE}: the folder of the shards the part reads")
        if shard:
            out = environ.get(SHARD_OUT_VARIABLE, "")
            if not out:
                raise ValueError(f"{SHARD_VARIABLE} needs {SHARD_OUT_VARIABLE}: the folder for its description")
            return cls("shard", shard, Path(out))
        if number:
            if not number.isdigit() or int(number) < 2:
                raise ValueError(f"{PART_VARIABLE}={number!r}: a part is numbered 2 or more (the merge is part 1)")
            return cls("part", folder=Path(merge), number=int(number))
        if merge:
            reuse = environ.get(REUSE_VARIABLE, "")
            return cls("merge", folder=Path(merge), reuse=Path(reuse) if reuse else None)
        return cls()

    @property
    def is_shard(self) -> bool:
        return self.kind == "shard"

    @property
    def is_merge(self) -> bool:
        return self.kind == "merge"

    @property
    def is_part(self) -> bool:
        return self.kind == "part"

    @property
    def reads_shards(self) -> bool:
        """The merge and its parts: they read the shards' descriptions, not the stories."""
        return self.kind in ("merge", "part")

    @property
    def is_whole(self) -> bool:
        return self.kind == "whole"

    @property
    def out(self) -> Path | None:
        """Where a part writes its description (``<shards>/part-N/``)."""
        return part_folder(self.folder, self.number) if self.is_part else None


def part_folder(shards: Path, number: int) -> Path:
    """The folder of part ``number`` of a merge split in parts, beside the shards'."""
    return shards / f"{PART_PREFIX}{number}"


def month_windows(counts: Mapping[int, int], parts: int, shows_newest: int = 0) -> list[Window | None]:
    """The windows of a merge split into ``parts``, part 1 (the newest months) first: consecutive
    months (``content.listings.month_number``) holding about as many stories each (``counts``:
    stories by window month), each part at least one month while there are months left;
    ``None`` for a part with none."""
    months = sorted((month for month, count in counts.items() if count), reverse=True)
    return [Window(min(months[run]), max(months[run]), newest=index == 0, shows_newest=shows_newest)
            if months[run] else None
            for index, run in enumerate(balanced_runs([counts[month] for month in months], parts))]


def balanced_runs(weights: list[int], parts: int) -> list[slice]:
    """``parts`` runs of consecutive items of ``weights`` (the first run from the first item), each
    about an equal share of what is left when it starts and at least one item while items are
    left: a run takes the next item while that brings it closer to its share. Runs after the
    items ran out are empty."""
    runs, start = [], 0
    for index in range(parts):
        left = parts - index
        if left == 1:
            runs.append(slice(start, len(weights)))
            break
        end = start + 1 if start < len(weights) else start
        if end > start:
            goal, held = sum(weights[start:]) / left, weights[start]
            while len(weights) - end >= left and abs(held + weights[end] - goal) < abs(held - goal):
                held += weights[end]
                end += 1
        runs.append(slice(start, end))
        start = end
    return runs


def shard_ids(registry: Registry) -> list[str]:
    """Every shard of the site: one per Polda of the registry, in the registry's order."""
    return [polda.slug for polda in registry.poldas]


def shard_polda(registry: Registry, shard: str) -> Unit:
    """The Polda of ``shard``; a ``ValueError`` names the known shards."""
    for polda in registry.poldas:
        if polda.slug == shard:
            return polda
    raise ValueError(f"unknown shard {shard!r}; the registry's shards: {', '.join(shard_ids(registry))}")


def is_polda_region(unit: Unit | None, polda: Unit) -> bool:
    return unit is not None and unit.lineage[0] is polda


class UnitMemo(FileMemo):
    """The Polda each story names, kept between builds of a shard by the story file's size
    and modification time, and for one registry (the memo's basis: its hash): a rebuild reads
    only the stories that changed (the others cost a ``stat``)."""

    def polda(self, docs_dir: Path, src_uri: str, registry: Registry) -> str:
        """The slug of the Polda the story names, or ``""`` when that is not plain to see."""
        try:
            status = os.stat(docs_dir / src_uri)
        except OSError:
            return ""
        stamp = [status.st_size, status.st_mtime_ns]
        entry = self.entries.get(src_uri)
        if entry is not None and entry[:2] == stamp:
            self.used[src_uri] = entry
            return entry[2]
        unit = _unit_named(docs_dir / src_uri, registry)
        slug = unit.lineage[0].slug if unit is not None else ""
        self.used[src_uri] = [*stamp, slug]
        return slug


def choose_stories(
    docs_dir: Path, src_uris: Iterable[str], registry: Registry, polda: Unit, memo: UnitMemo | None = None,
) -> list[str]:
    """The stories of ``polda``'s shard, without reading any story's YAML: the unit keys of
    the front matter, when each is a plain one-line value, name the unit in the registry.
    A story whose unit keys take another form, or name no known unit, is kept too: the full
    reader then finds its Polda (and drops it) or reports its problem, so no story is ever
    left out of every shard."""
    memo = memo if memo is not None else UnitMemo("")
    mine = []
    for src_uri in src_uris:
        slug = memo.polda(docs_dir, src_uri, registry)
        if slug in ("", polda.slug):
            mine.append(src_uri)
    return mine


def _unit_named(path: Path, registry: Registry) -> Unit | None:
    """The unit a story's front matter names, or ``None`` when that is not plain to see."""
    try:
        with open(path, "rb") as file:
            head = file.read(_FIRST_READ)
            if b"\n---" not in head[3:] and len(head) == _FIRST_READ:
                head += file.read(_HEAD_LIMIT - _FIRST_READ)
    except OSError:
        return None
    given = _unit_keys(head.decode("utf-8", errors="replace"))
    if given is None:
        return None
    try:
        if "satuan" in given:
            return None if len(given) > 1 else registry.resolve(split_unit_path(given["satuan"]))
        return registry.resolve({level: given.get(level, "") for level in LEVELS})
    except UnitError:
        return None


def _unit_keys(text: str) -> dict[str, str] | None:
    """The unit keys of the front matter at the start of ``text`` with their plain values;
    ``None`` for anything else (no front matter, a key twice or not plain, a folded value)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r") != "---":
        return None
    given: dict[str, str] = {}
    for number, line in enumerate(lines[1:], 1):
        line = line.rstrip("\r")
        if line in ("---", "..."):
            return given
        match = _KEY_LINE.match(line)
        if match is None:
            if any(line.lstrip().startswith(key + ":") for key in _UNIT_KEYS) and not line.startswith(" "):
                return None
            continue
        key, value = match.group(1), match.group(2) or ""
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if key in given or not _PLAIN.fullmatch(value) or following[:1] in (" ", "\t"):
            return None
        given[key] = value
    return None
