"""The unit registry (``satuan.yml``): Polda, Polres and Polsek, and finding a story's unit.

```yaml
- polda: Polda Jawa Timur
  provinsi: Jawa Timur
  zona: WIB            # WIB | WITA | WIT, default WIB
  polres:
    - nama: Polres Probolinggo Kota
      wilayah: Kota Probolinggo
      polsek:
        - nama: Polsek Mayangan
          kecamatan: Mayangan
```
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import timezone
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterator

import yaml

from site_plugins.content.dates import ZONES
from site_plugins.content.problems import ContentError, ContentProblem
from site_plugins.content.slugs import slugify
from site_plugins.content.source import load_yaml, read_text

LEVELS = ("polda", "polres", "polsek")
"""Unit levels, from the widest to the most specific."""

UNIT_PATH_SEPARATOR = " / "
"""Between the levels of a ``satuan`` value: ``Polda ... / Polres ... / Polsek ...``."""

_NULL_TAG = "tag:yaml.org,2002:null"

MAX_REGISTRY_BYTES = 4 * 1024 * 1024
"""Size ``satuan.yml`` may have, checked before it is read: every Polsek of Indonesia takes
well under 1 MB."""


@dataclass(eq=False)
class Unit:
    """A Polda, Polres or Polsek with its place in the hierarchy.

    ``area`` is what the unit covers: the province, the city or regency, the district.
    """

    name: str
    level: str
    area: str
    zone: timezone
    parent: Unit | None = None
    children: list[Unit] = field(default_factory=list)

    @cached_property
    def slug(self) -> str:
        return slugify(self.name)

    @cached_property
    def lineage(self) -> tuple[Unit, ...]:
        """The unit and its ancestors, Polda first."""
        chain = self.parent.lineage if self.parent else ()
        return (*chain, self)

    @cached_property
    def url(self) -> str:
        """Site-relative URL of the unit's region page, e.g. ``wilayah/polda-jawa-timur/``."""
        return "wilayah/" + "".join(unit.slug + "/" for unit in self.lineage)

    @cached_property
    def path(self) -> str:
        """The unit with its ancestors, Polda first, as a story's ``satuan`` value.

        ``"Polda Jawa Timur / Polres Probolinggo Kota / Polsek Mayangan"``
        """
        return UNIT_PATH_SEPARATOR.join(unit.name for unit in self.lineage)

    @cached_property
    def ancestor_keys(self) -> dict[str, str]:
        """Level -> the name key of the unit or its ancestor at that level."""
        return {unit.level: _key(unit.name) for unit in self.lineage}

    def ancestor(self, level: str) -> Unit | None:
        """The unit itself or the ancestor at ``level``."""
        return next((unit for unit in self.lineage if unit.level == level), None)

    def walk(self) -> Iterator[Unit]:
        """The unit and every unit below it."""
        yield self
        for child in self.children:
            yield from child.walk()

    def __repr__(self) -> str:
        return f"Unit({self.name!r}, {self.level})"


class UnitError(ValueError):
    """A story names no unit, an unknown one, or units that disagree with the registry."""

    def __init__(self, field: str, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.field = field
        self.message = message
        self.hint = hint


class Registry:
    """Every unit, looked up by level and name (case and spacing do not matter)."""

    def __init__(self, poldas: list[Unit]) -> None:
        self.poldas = poldas
        self._by_name: dict[tuple[str, str], list[Unit]] = {}
        for polda in poldas:
            for unit in polda.walk():
                self._by_name.setdefault((unit.level, _key(unit.name)), []).append(unit)

    def units(self) -> Iterator[Unit]:
        """Every unit, Polda first, each followed by its children."""
        for polda in self.poldas:
            yield from polda.walk()

    def find(self, level: str, name: str) -> list[Unit]:
        """Units of ``level`` called ``name``; several when the name is not unique."""
        return self._by_name.get((level, _key(name)), [])

    def names(self, level: str) -> list[str]:
        """Every distinct name at ``level``."""
        return sorted({unit.name for unit in self.units() if unit.level == level})

    def close_names(self, level: str, name: str) -> list[str]:
        """The names at ``level`` spelt close to ``name`` (at most three, closest first)."""
        return _close_names(name, self.names(level))

    def resolve(self, given: dict[str, str]) -> Unit:
        """The unit that files a story, from its ``polda``/``polres``/``polsek`` values.

        The most specific level given wins; the wider ones must agree with it.
        Raises :class:`UnitError` naming the field to fix.
        """
        levels = [level for level in LEVELS if given.get(level)]
        if not levels:
            raise UnitError(
                "polsek", "satuan tidak diisi",
                "isi 'polsek:' (dengan 'polres:'), atau 'polres:' / 'polda:' untuk berita tingkat Polres/Polda",
            )
        *wider, level = levels
        candidates = self._known(level, given[level])
        for outer in wider:
            candidates = self._within(candidates, outer, given[outer], level)
        if len(candidates) > 1:
            parents = ", ".join(sorted(unit.parent.name for unit in candidates if unit.parent))
            parent_level = LEVELS[LEVELS.index(level) - 1]
            raise UnitError(
                level, f"'{given[level]}' ada lebih dari satu, di bawah: {parents}",
                f"tambahkan '{parent_level}:' dengan salah satu nama itu",
            )
        return candidates[0]

    def _known(self, level: str, name: str) -> list[Unit]:
        found = self.find(level, name)
        if found:
            return found
        raise UnitError(level, f"'{name}' tidak ada di daftar satuan", self._suggest(level, name))

    def _within(self, candidates: list[Unit], outer: str, name: str, level: str) -> list[Unit]:
        self._known(outer, name)
        wanted = _key(name)
        inside = [unit for unit in candidates if unit.ancestor_keys.get(outer) == wanted]
        if inside:
            return inside
        actual = ", ".join(sorted({unit.ancestor(outer).name for unit in candidates}))
        raise UnitError(
            outer, f"'{candidates[0].name}' tidak berada di bawah '{name}'",
            f"menurut daftar satuan, {level} itu berada di bawah {actual}",
        )

    def _suggest(self, level: str, name: str) -> str:
        for other in LEVELS:
            if other != level and self.find(other, name):
                return f"'{name}' adalah nama {other}; tulis di isian '{other}:'"
        close = self.close_names(level, name)
        if close:
            return "maksud Anda " + " atau ".join(f"'{match}'" for match in close) + "?"
        return "periksa ejaan, atau tambahkan satuan itu ke daftar satuan"


def split_unit_path(text: str) -> dict[str, str]:
    """The ``polda``/``polres``/``polsek`` values a ``satuan`` value names, Polda first.

    ``"Polda Jawa Timur / Polres Malang Kota"`` → ``{"polda": ..., "polres": ...}``.
    Raises :class:`UnitError` for more than three levels or an empty one.
    """
    parts = [" ".join(part.split()) for part in text.split("/")]
    if len(parts) > len(LEVELS) or not all(parts):
        raise UnitError(
            "satuan", f"'{text}' bukan susunan satuan yang dikenal",
            "tulis 'Polda ... / Polres ... / Polsek ...' (Polda dulu, dipisah '/')",
        )
    return dict(zip(LEVELS, parts))


def load_registry(abs_path: Path, path: str) -> Registry:
    """Read and check ``satuan.yml``; raises :class:`ContentError` listing every problem."""
    if not abs_path.is_file():
        raise ContentError([ContentProblem(path, None, "berkas", "daftar satuan tidak ditemukan", "buat berkas ini")])
    if abs_path.stat().st_size > MAX_REGISTRY_BYTES:
        problem = f"daftar satuan lebih besar dari {MAX_REGISTRY_BYTES // 1024 // 1024} MB"
        raise ContentError([ContentProblem(path, None, "berkas", problem, "periksa isi berkas ini")])
    text = read_text(abs_path, path)
    loaded = text if isinstance(text, ContentProblem) else load_yaml(text, path)
    if isinstance(loaded, ContentProblem):
        raise ContentError([loaded])
    reader = _RegistryReader(path)
    poldas = reader.read(loaded[1])
    if reader.problems:
        raise ContentError(reader.problems)
    return Registry(poldas)


class _RegistryReader:
    """Walks the YAML node tree of the registry, collecting problems with their lines."""

    _KEYS = {
        "polda": ("polda", "provinsi", "zona", "polres"),
        "polres": ("nama", "wilayah", "polsek"),
        "polsek": ("nama", "kecamatan"),
    }
    _AREA = {"polda": "provinsi", "polres": "wilayah", "polsek": "kecamatan"}
    _CHILDREN = {"polda": "polres", "polres": "polsek"}

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[ContentProblem] = []

    def read(self, node: yaml.Node | None) -> list[Unit]:
        if node is None:
            return []
        return self._units(node, "polda", None, "daftar satuan")

    def _units(self, node: yaml.Node, level: str, parent: Unit | None, field: str) -> list[Unit]:
        if not isinstance(node, yaml.SequenceNode):
            self._problem(node, field, "harus berupa daftar (setiap butir diawali '- ')")
            return []
        units = [unit for item in node.value if (unit := self._unit(item, level, parent))]
        self._check_slugs(units, node)
        return units

    def _unit(self, node: yaml.Node, level: str, parent: Unit | None) -> Unit | None:
        if not isinstance(node, yaml.MappingNode):
            self._problem(node, level, "setiap satuan harus berupa isian 'kunci: nilai'")
            return None
        values = {str(key.value): (key, value) for key, value in node.value}
        for key, (key_node, _) in values.items():
            if key not in self._KEYS[level]:
                known = ", ".join(self._KEYS[level])
                self._problem(key_node, key, "kunci tidak dikenal", f"kunci yang dikenal: {known}")
        name_key = "polda" if level == "polda" else "nama"
        name = self._text(values, name_key, node, required=True)
        if not name:
            return None
        zone = parent.zone if parent else self._zone(values, node)
        unit = Unit(name, level, self._text(values, self._AREA[level], node), zone, parent)
        child_level = self._CHILDREN.get(level)
        if child_level and child_level in values:
            unit.children = self._units(values[child_level][1], child_level, unit, child_level)
        return unit

    def _text(self, values: dict, key: str, node: yaml.Node, required: bool = False) -> str:
        if key not in values or values[key][1].tag == _NULL_TAG:
            if required:
                self._problem(node, key, "wajib diisi")
            return ""
        value = values[key][1]
        if not isinstance(value, yaml.ScalarNode) or not str(value.value).strip():
            self._problem(value, key, "harus berupa teks yang tidak kosong")
            return ""
        return " ".join(str(value.value).split())

    def _zone(self, values: dict, node: yaml.Node) -> timezone:
        name = self._text(values, "zona", node) or "WIB"
        if name.upper() not in ZONES:
            self._problem(values["zona"][1], "zona", f"zona '{name}' tidak dikenal", "pilih WIB, WITA atau WIT")
            return ZONES["WIB"]
        return ZONES[name.upper()]

    def _check_slugs(self, units: list[Unit], node: yaml.Node) -> None:
        seen: dict[str, str] = {}
        for unit in units:
            if not unit.slug:
                message = f"nama '{unit.name}' tidak bisa dijadikan alamat halaman"
                self._problem(node, unit.level, message, "gunakan huruf latin atau angka")
            elif unit.slug in seen:
                message = f"'{unit.name}' dan '{seen[unit.slug]}' mendapat alamat halaman yang sama"
                self._problem(node, unit.level, message, "bedakan namanya")
            else:
                seen[unit.slug] = unit.name

    def _problem(self, node: yaml.Node, field: str, message: str, hint: str = "") -> None:
        self.problems.append(ContentProblem(self.path, node.start_mark.line + 1, field, message, hint))


def _close_names(name: str, names: list[str]) -> list[str]:
    """Registry names close to ``name``, also when the writer left out "Polsek"/"Polres"; first those that
    write it whole and go on (``Polresta Tidore`` → ``Polresta Tidore Kepulauan``)."""
    written = _key(name)
    longer = [known for known in names if _key(known).startswith(written + " ")]
    keys: dict[str, str] = {}
    for known in names:
        keys.setdefault(_key(known), known)
        keys.setdefault(_key(known.split(" ", 1)[-1]), known)
    matches = difflib.get_close_matches(written, keys, n=6, cutoff=0.8)
    return list(dict.fromkeys([*longer, *(keys[match] for match in matches)]))[:3]


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    # Called for every candidate unit of every story: names repeat, so each is worked out once.
    return " ".join(name.split()).casefold()
