"""Facet counts for one-word queries, read from Pagefind's own index and written as small files.

Pagefind counts what a search matched, so an exact count over the whole archive needs every
bundle's page list and its index chunk for the word. For a query of one word the counts are
known at build time instead: Pagefind matches a query word by its stem, taking every indexed
word that begins with the stem (Indonesian stemmer: "patroli" → ``patrol``, which also takes
``patrolinya``). This module reads what Pagefind wrote:

- the vocabulary bundle gives each word as a reader types it (lower case, no punctuation) its
  stem: the vocabulary's page for a bundle holds each word once, and Pagefind's index says at
  which position of that page each stem stands;
- each bundle's index chunks give every stem its pages, and its filter chunks every page its
  Polda, tag and year.

For each stem the pages of the words it begins are united per bundle, and their filter values
counted and summed over the bundles. The counts of every typed word are written under
``counts/`` as ``N.json`` (``{"word": [total, {"polda": {...}, "tag": {...}, "year": {...}}]}``),
a word in the file its hash names, so a query loads one small file. Words that Pagefind would not
read the same way from the page and from the query (one with symbols, or standing for several
stems at one position) are left out: the search page then counts as before.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from site_plugins.search.cache import KeyedFiles

COUNTS = "counts"
"""Folder of the count files, beside the bundles."""
COUNTS_FORMAT = 1
"""Bump when the count files change shape; the manifest names it."""
COUNTED_FACETS = ("polda", "tag", "year")
"""The facets shown for a query with nothing chosen (Polres and Polsek appear within a Polda)."""
CHUNK_BYTES = 48_000
"""About this much JSON per count file (some 10 KB once compressed)."""
_SIGNATURE = b"pagefind_dcd"


def read_chunk(path: Path):
    """A Pagefind file (index, filter or page list) decoded: gzip, a signature, then CBOR."""
    value, _ = _cbor(_chunk_bytes(path), len(_SIGNATURE))
    return value


def _chunk_bytes(path: Path) -> bytes:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(_SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind file")
    return data


def read_stem_pages(path: Path) -> Iterator[tuple[str, int]]:
    """Every stem of a Pagefind index chunk with its pages as a bit set. Only the page numbers
    are decoded; the positions, most of a chunk, are stepped over."""
    data = _chunk_bytes(path)
    _, _, at = _head(data, len(_SIGNATURE))
    _, words, at = _head(data, at)
    for _ in range(words):
        _, fields, at = _head(data, at)
        _, length, at = _head(data, at)
        stem = data[at:at + length].decode("utf-8")
        _, postings, at = _head(data, at + length)
        page = pages = 0
        for _ in range(postings):
            # [page, [positions], [positions in metadata]]: most heads are one byte, read here.
            parts = data[at] - 0x80 if 0x80 <= data[at] < 0x98 else None
            if parts is None:
                _, parts, at = _head(data, at)
            else:
                at += 1
            if data[at] < 24:
                page += data[at]
                at += 1
            else:
                _, distance, at = _head(data, at)
                page += distance
            pages |= 1 << page
            for _ in range(parts - 1):
                at = _skip(data, at)
        for _ in range(fields - 2):
            at = _skip(data, at)
        yield stem, pages


def _head(data: bytes, at: int) -> tuple[int, int, int]:
    """A CBOR item's type, its number (value or length) and the offset after its head."""
    head = data[at]
    info = head & 31
    if info < 24:
        return head >> 5, info, at + 1
    if info > 27:
        raise ValueError(f"CBOR: unsupported length {info}")
    width = 1 << (info - 24)
    return head >> 5, int.from_bytes(data[at + 1:at + 1 + width], "big"), at + 1 + width


def _skip(data: bytes, at: int) -> int:
    """The offset after the CBOR item at ``at``; an array of integers (a word's positions) is
    stepped over by one regular expression."""
    if data[at] == 0x80:  # an empty array
        return at + 1
    major, number, at = _head(data, at)
    if major in (2, 3):
        return at + number
    if major in (4, 5):
        integers = _integers(number).match(data, at) if major == 4 else None
        if integers:
            return integers.end()
        for _ in range(number * (major - 3)):
            at = _skip(data, at)
    return at


_INTEGER = rb"(?:[\x00-\x17\x20-\x37]|[\x18\x38].|[\x19\x39]..|[\x1a\x3a]....|[\x1b\x3b]........)"


@lru_cache(maxsize=256)
def _integers(count: int) -> re.Pattern[bytes]:
    """``count`` CBOR integers in a row."""
    return re.compile(rb"%s{%d}" % (_INTEGER, count), re.DOTALL)


def _cbor(data: bytes, at: int):
    """One CBOR item at ``at`` and the offset after it: the subset Pagefind writes (integers,
    strings, arrays, maps)."""
    major, number, at = _head(data, at)
    if major == 0:
        return number, at
    if major == 1:
        return -1 - number, at
    if major in (2, 3):
        raw = data[at:at + number]
        return (raw.decode("utf-8") if major == 3 else raw), at + number
    if major == 4:
        items = []
        for _ in range(number):
            item, at = _cbor(data, at)
            items.append(item)
        return items, at
    if major == 5:
        pairs = {}
        for _ in range(number):
            key, at = _cbor(data, at)
            pairs[key], at = _cbor(data, at)
        return pairs, at
    raise ValueError(f"CBOR: unsupported type {major}")


@dataclass
class BundleIndex:
    """A bundle as Pagefind indexed it: its stems in order, each with its pages as a bit set
    (bit ``n`` for page ``n``), and each value of the counted facets with its pages."""

    stems: list[str]
    pages: list[int]
    facets: dict[str, dict[str, int]]

    def matching(self, stems: set[str]) -> dict[str, int]:
        """The pages Pagefind finds in this bundle for each of ``stems`` it finds at all: those of
        every word the stem begins. Each word is asked for its beginnings, so the work grows
        with the bundle, not with the number of stems asked for."""
        found: dict[str, int] = {}
        for word, pages in zip(self.stems, self.pages):
            for end in range(1, len(word) + 1):
                if word[:end] in stems:
                    found[word[:end]] = found.get(word[:end], 0) | pages
        return found


def _meta(bundle: Path) -> list:
    return read_chunk(next(bundle.glob("pagefind.*.pf_meta")))


def read_bundle(bundle: Path, facets: Iterable[str] = COUNTED_FACETS) -> BundleIndex:
    """The stems, pages and facet values of the Pagefind bundle in ``bundle``."""
    _version, _pages, index_chunks, filter_chunks, *_ = _meta(bundle)
    postings: dict[str, int] = {}
    for *_range, chunk in index_chunks:
        postings.update(read_stem_pages(bundle / "index" / f"{chunk}.pf_index"))
    wanted = set(facets)
    values: dict[str, dict[str, int]] = {facet: {} for facet in facets}
    for facet, chunk in filter_chunks:
        if facet in wanted:
            name, pairs = read_chunk(bundle / "filter" / f"{chunk}.pf_filter")
            values[name] = {value: _bits(pages) for value, pages in pairs}
    stems = sorted(postings)
    return BundleIndex(stems, [postings[stem] for stem in stems], values)


def _bits(numbers: Iterable[int]) -> int:
    bits = 0
    for number in numbers:
        bits |= 1 << number
    return bits


def typed_stems(vocabulary: Path) -> dict[str, str]:
    """Each word of the vocabulary as a reader would type it, with the stem Pagefind indexed it
    under. The vocabulary's pages hold their words one by one, so the position Pagefind gives a
    stem on a page names the word it came from. A word is kept when the page's text and a
    query give Pagefind the same letters (it has no symbols) and it stands for one stem alone."""
    _version, pages, index_chunks, *_ = _meta(vocabulary)
    at_position: dict[tuple[int, int], list[str]] = {}
    for *_range, chunk in index_chunks:
        for stem, postings, *_ in read_chunk(vocabulary / "index" / f"{chunk}.pf_index")[0]:
            for page, (_, positions, *_) in zip(page_numbers(postings), postings):
                for position in word_positions(positions):
                    at_position.setdefault((page, position), []).append(stem)
    found: dict[str, str] = {}
    refused: set[str] = set()
    for page, (fragment, word_count) in enumerate(pages):
        words = _fragment(vocabulary / "fragment" / f"{fragment}.pf_fragment")["content"].split()
        if len(words) != word_count:
            continue  # its words and positions would not line up: its words are counted by Pagefind
        for position, word in enumerate(words):
            typed, stems = as_typed(word), at_position.get((page, position), [])
            if typed is None or len(stems) != 1 or found.setdefault(typed, stems[0]) != stems[0]:
                refused.add(typed)
    return {typed: stem for typed, stem in found.items() if typed not in refused}


def page_numbers(postings: list[list]) -> Iterator[int]:
    """The pages of a stem's postings: Pagefind writes each as the distance from the one before."""
    page = 0
    for posting in postings:
        page += posting[0]
        yield page


def word_positions(encoded: list[int]) -> Iterator[int]:
    """A stem's positions on a page as Pagefind writes them: each the distance from the one
    before, with negative numbers between them that change the weight of the words after."""
    position = 0
    for number in encoded:
        if number >= 0:
            position += number
            yield position


def _fragment(path: Path) -> dict:
    return json.loads(_chunk_bytes(path)[len(_SIGNATURE):])


def as_typed(word: str) -> str | None:
    """``word`` as Pagefind's page script turns a query into: lower case, punctuation removed;
    ``None`` when what is left holds other symbols, which the index would drop but a query keeps."""
    typed = "".join(c for c in word if not _is_punctuation(c)).lower()
    return typed if typed.isalnum() else None


def _is_punctuation(character: str) -> bool:
    # Pagefind's query script removes the categories Pd, Pe, Pf, Pi, Po and Ps (not Pc).
    return unicodedata.category(character) in {"Pd", "Pe", "Pf", "Pi", "Po", "Ps"}


def count_pages(bundle: BundleIndex, pages: int) -> tuple[int, dict[str, dict[str, int]]]:
    """How many of ``pages`` there are, and how many carry each facet value."""
    total = pages.bit_count()
    counts: dict[str, dict[str, int]] = {}
    for facet, values in bundle.facets.items():
        counts[facet] = {value: n for value, bits in values.items() if (n := (bits & pages).bit_count())}
    return total, counts


class Counts:
    """The counts of every stem summed over the bundles read into it."""

    def __init__(self, stems: Iterable[str]) -> None:
        self.stems = set(stems)
        self.counted: dict[str, list] = {}

    def add(self, bundle: BundleIndex) -> None:
        """Add one bundle's counts; only its counts stay in memory, not its postings."""
        for stem, pages in bundle.matching(self.stems).items():
            total, counts = count_pages(bundle, pages)
            entry = self.counted.setdefault(stem, [0, {facet: {} for facet in counts}])
            entry[0] += total
            for facet, values in counts.items():
                summed = entry[1].setdefault(facet, {})
                for value, n in values.items():
                    summed[value] = summed.get(value, 0) + n


def bucket(word: str, buckets: int) -> int:
    """The count file of ``word``: FNV-1a (32 bits) of its UTF-8 bytes, modulo ``buckets``;
    the search page computes the same."""
    hashed = 0x811C9DC5
    for byte in word.encode("utf-8"):
        hashed = ((hashed ^ byte) * 0x01000193) & 0xFFFFFFFF
    return hashed % buckets


def write_counts(typed: dict[str, str], counts: Counts, output: Path) -> dict:
    """Write the count files into ``output`` (emptied first); returns their manifest entry."""
    entries = {word: counts.counted[stem] for word, stem in typed.items() if stem in counts.counted}
    size = sum(len(word) + len(json.dumps(entry)) for word, entry in entries.items())
    buckets = max(1, math.ceil(size / CHUNK_BYTES))
    files: list[dict[str, list]] = [{} for _ in range(buckets)]
    for word in sorted(entries):
        files[bucket(word, buckets)][word] = entries[word]
    output.mkdir(parents=True, exist_ok=True)
    for number, content in enumerate(files):
        # Sorted keys: Pagefind lists filter values in no fixed order, and the files of two
        # builds of the same stories must be the same bytes.
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        (output / f"{number}.json").write_text(text, encoding="utf-8")
    return {"format": COUNTS_FORMAT, "folder": output.name, "files": buckets, "facets": list(COUNTED_FACETS)}


def archive_counts(vocabulary: Path, bundles: dict[str, Path], output: Path, kept: KeyedFiles) -> dict:
    """Read the vocabulary and every bundle (``bundles``: each bundle's folder by its key), one
    bundle in memory at a time, and write the count files; returns their manifest entry. What
    was read of a bundle is kept in ``kept`` by its key, so a rebuild decodes only new bundles."""
    typed = typed_stems(vocabulary)
    counts = Counts(typed.values())
    for key, bundle in bundles.items():
        counts.add(kept_bundle(key, bundle, kept))
    kept.prune()
    return write_counts(typed, counts, output)


def counts_in_process(vocabulary: Path, bundles: dict[str, Path], output: Path, kept: KeyedFiles) -> dict:
    """:func:`archive_counts` run by another process: summing a hundred thousand stories' counts
    is Python's work, and on a thread beside the pages being rendered it would hold the
    interpreter's lock they need. Raises ``RuntimeError`` with the process's message if it
    fails."""
    asked = {"vocabulary": str(vocabulary), "bundles": {key: str(path) for key, path in bundles.items()},
             "output": str(output), "kept": str(kept.folder), "keys": sorted(kept.keys), "suffix": kept.suffix}
    done = subprocess.run([sys.executable, "-m", __name__], input=json.dumps(asked), capture_output=True, text=True)
    try:
        if done.returncode == 0:
            return json.loads(done.stdout)
    except ValueError:
        pass
    raise RuntimeError(f"search counts: {done.stderr.strip() or f'exit {done.returncode}, answer {done.stdout[:200]!r}'}")


def kept_bundle(key: str, bundle: Path, kept: KeyedFiles) -> BundleIndex:
    """The bundle under ``key`` as kept, or read from its folder and kept."""
    text = kept.read(key)
    if text is not None:
        data = json.loads(text)
        return BundleIndex(data["stems"], [int(bits, 16) for bits in data["pages"]],
                           {facet: {value: int(bits, 16) for value, bits in values.items()}
                            for facet, values in data["facets"].items()})
    read = read_bundle(bundle)
    kept.write(key, json.dumps({
        "stems": read.stems, "pages": [f"{bits:x}" for bits in read.pages],
        "facets": {facet: {value: f"{bits:x}" for value, bits in values.items()} for facet, values in read.facets.items()},
    }, ensure_ascii=False))
    return read


def iter_count_files(output: Path) -> Iterator[tuple[str, list]]:
    """Every word and its counts in the count files under ``output``."""
    for path in sorted(output.glob("*.json")):
        yield from json.loads(path.read_text(encoding="utf-8")).items()


if __name__ == "__main__":  # counts_in_process
    asked = json.load(sys.stdin)
    bundles = {key: Path(path) for key, path in asked["bundles"].items()}
    entry = archive_counts(Path(asked["vocabulary"]), bundles, Path(asked["output"]),
                           KeyedFiles(Path(asked["kept"]), asked["keys"], asked["suffix"]))
    json.dump(entry, sys.stdout)
