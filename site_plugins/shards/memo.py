"""A memo kept between builds in one JSON file: entries made under one basis (a hash of what
they were made from, e.g. the registry), the entries of another basis never read back."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TypeVar

M = TypeVar("M", bound="FileMemo")


class FileMemo:
    """``entries`` as loaded; ``used``, those this build used or made: the ones ``save`` writes."""

    def __init__(self, basis: str, entries: dict | None = None) -> None:
        self.basis = basis
        self.entries = entries or {}
        self.used: dict = {}

    @classmethod
    def load(cls: type[M], path: Path, basis: str) -> M:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        fits = isinstance(data, dict) and data.get("basis") == basis and isinstance(data.get("entries"), dict)
        return cls(basis, data["entries"] if fits else {})

    def kept(self, name: str, key: str) -> dict | None:
        """The entry kept for ``name`` when it was made from ``key`` (a hash of what it came from), marked used; else
        ``None``."""
        entry = self.entries.get(name)
        if entry is None or entry.get("key") != key:
            return None
        self.used[name] = entry
        return entry

    def save(self, path: Path) -> None:
        """Write the entries used, through a temporary file; nothing when they are the file's."""
        if self.used == self.entries:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"basis": self.basis, "entries": self.used}, ensure_ascii=False),
                             encoding="utf-8")
        os.replace(temporary, path)
