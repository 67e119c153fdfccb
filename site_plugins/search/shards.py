"""The search index in shards: one Pagefind bundle per year of stories, two indexed at a time.

A year's stories (by the year of their date as written, as in their URL) make one shard; a year
with more than ``shard_size`` stories is split into consecutive month ranges, and a month with
more than that into consecutive day ranges, chosen from that year's stories only, so an edit
never moves another year's shards, and the shard a new story lands in never holds more than
``shard_size`` stories however fast the archive grows. The archive's newest month, where a
commit's new stories land, is a shard of its own once its year holds more than ``newest_size``
stories, split into day ranges of at most ``newest_size``: a one-story commit re-indexes a
thousand stories, not five thousand. When the next month starts, the month joins its year's
ranges (indexed again once). The output folder holds::

    shards.json       the manifest: every shard, newest first, with its keys (Polda, year),
                      months and stories
    2026/             a complete Pagefind bundle (its index and fragments)
    2025-07-12/       months 7 to 12 of a year that was split
    2025-01-06/
    2024-05-05-16-31/ days 16 to 31 of a month that was split

    vocabulary/       one page per shard holding each of its words once; its pagefind.js
                      is the search page's one engine, into which the shards are merged
    counts/           the facet counts of one-word queries, read from the written bundles
                      (:mod:`.counts`)

In a merge split in parts (``docs/sharding.md``) each part indexes its share of the shards, planned
from the archive's census (:func:`plan_bundles`, :func:`shares`), and hands the merge what the manifest, the vocabulary and the counts need of them
(:func:`describe_bundles`); the merge adopts those bundles (:class:`Adopted`) beside its own.

Each shard is indexed by its own Pagefind process, two at a time while together they hold no more
than ``INDEXING_BUDGET`` stories, so the memory a build needs is that of a shard or two, not of the
archive. A shard whose records did
not change is copied from the bundle cache (:mod:`.search_cache`) instead.

Why the vocabulary: where an index has no word starting with a query word, Pagefind matches the
longest word that begins the query word instead ("banjir" finds "ban"). One index over the whole
archive does that only when no story has the word; a shard does it whenever its own stories lack
it, and would fill the results with such stand-ins. The search page therefore asks the vocabulary
first which shards hold every word of a query, and searches only those.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import groupby
from pathlib import Path
from typing import Callable, Generic, Iterable, Iterator, Mapping, NamedTuple, TypeVar

from site_plugins.search.cache import BundleCache, KeyedFiles, bundle_key, copy_bundle
from site_plugins.search.counts import COUNTS, COUNTS_FORMAT, counts_in_process
from site_plugins.search.index import (
    PAGEFIND_CONFIG,
    SearchRecord,
    pagefind_version,
    record_filters,
    record_words,
    vocabulary_record,
    write_index,
)
from site_plugins.shards.plan import balanced_runs

PARALLEL_SHARDS = 2
"""Pagefind processes at a time: one per core of a typical CI runner."""
INDEXING_BUDGET = 5000
"""Most stories the Pagefind processes indexing side by side may hold together. Pagefind needs
some 160 KB for each story it indexes (the merge of 100,000 stories: 1,339 MB for two bundles of
about 4,200), so two full bundles of a year at once were the largest part of a merge's memory:
bundles that together pass this wait for each other, and a larger one is indexed alone. The
newest month's small bundles, which a commit indexes again, still go two at a time."""
log = logging.getLogger("mkdocs.plugins.portal-search")

MANIFEST = "shards.json"
VOCABULARY = "vocabulary"
"""Folder of the vocabulary bundle, beside the shards' folders."""
SHARD_SIZE = 5000
"""Stories per shard before a year is split into month ranges, and a month into day ranges."""
NEWEST_SIZE = 1000
"""Stories per shard in the archive's newest month, once its year holds more: the shard a
commit's new story lands in, which Pagefind indexes again (1.5 s or so per thousand stories)."""
OVERVIEW_FACETS = ("polda", "tag", "year")
"""The facets the search page shows before anything is searched or chosen (Polres and Polsek
appear only within a chosen Polda): their counts over the whole archive go in the manifest."""


@dataclass(frozen=True)
class Shard:
    """The records of one year, or of the months ``first_month``..``last_month`` of a split year,
    or of the ``days`` (first and last) of a split month."""

    year: int
    first_month: int
    last_month: int
    records: tuple[SearchRecord, ...]
    split: bool = False
    days: tuple[int, int] | None = None

    @property
    def id(self) -> str:
        """Its folder name: ``"2026"``; ``"2025-01-06"`` for months 1 to 6 of a split year;
        ``"2024-05-05-16-31"`` for days 16 to 31 of a split month."""
        if self.days is not None:
            return f"{self.year}-{self.first_month:02d}-{self.last_month:02d}-{self.days[0]:02d}-{self.days[1]:02d}"
        return f"{self.year}-{self.first_month:02d}-{self.last_month:02d}" if self.split else str(self.year)


class Day(NamedTuple):
    """A day as written in stories' dates: what chooses a record's shard."""

    year: int
    month: int
    day: int


def plan_bundles(
    days: Mapping[tuple[int, int, int], int], shard_size: int = SHARD_SIZE, newest_size: int = NEWEST_SIZE,
) -> list[Shard]:
    """The shards an archive of ``days`` (stories by the day written in their dates) is indexed
    in, newest first, each holding its days (``Day``) in place of records, once per story: the
    plan ``plan_shards`` makes of the archive's records. A merge split in parts plans from its
    census, and each part indexes its share of the shards (:func:`shares`)."""
    return plan_shards([day for key in sorted(days) for day in [Day(*key)] * days[key]], shard_size, newest_size)


def shares(shards: list[Shard], parts: int) -> list[list[Shard]]:
    """``shards`` (newest first) as ``parts`` runs of consecutive shards holding about as many
    stories each, the newest first."""
    return [shards[run] for run in balanced_runs([len(shard.records) for shard in shards], parts)]


def shards_of(planned: list[Shard], records: Iterable[SearchRecord]) -> list[Shard]:
    """The shards of ``planned`` (:func:`plan_bundles`) with ``records`` in place of their days;
    every record must lie in one of them."""
    where = {day: index for index, shard in enumerate(planned) for day in set(shard.records)}
    held: list[list[SearchRecord]] = [[] for _ in planned]
    for record in sorted(records, key=lambda record: (record.year, record.month, record.day)):
        held[where[Day(record.year, record.month, record.day)]].append(record)
    return [replace(shard, records=tuple(records)) for shard, records in zip(planned, held)]


def plan_shards(
    records: Iterable[SearchRecord], shard_size: int = SHARD_SIZE, newest_size: int = NEWEST_SIZE,
) -> list[Shard]:
    """The shards of ``records``, newest first."""
    shards = []
    ordered = sorted(records, key=lambda record: (record.year, record.month, record.day))
    years = [(year, list(of_year)) for year, of_year in groupby(ordered, lambda r: r.year)]
    for index, (year, of_year) in enumerate(years):
        if index == len(years) - 1 and len(of_year) > newest_size:
            shards += _newest_year_shards(year, of_year, shard_size, newest_size)
        else:
            shards += _year_shards(year, of_year, shard_size)
    return sorted(shards, key=_newest_first, reverse=True)


def _newest_first(shard: Shard | Adopted) -> tuple:
    return (shard.year, shard.first_month, shard.days or (0, 0))


def _year_shards(year: int, records: list[SearchRecord], shard_size: int, whole: bool = True) -> list[Shard]:
    """One shard for the year (``whole``, when it fits), or its month ranges."""
    if whole and len(records) <= shard_size:
        return [Shard(year, records[0].month, records[-1].month, tuple(records))]
    shards = []
    for months in month_ranges([list(month) for _, month in groupby(records, lambda r: r.month)], shard_size):
        if len(months) == 1:
            shards += _month_shards(year, months[0], shard_size)
        else:
            shards.append(Shard(year, months[0][0].month, months[-1][0].month,
                                tuple(r for month in months for r in month), split=True))
    return shards


def _newest_year_shards(year: int, records: list[SearchRecord], shard_size: int, newest_size: int) -> list[Shard]:
    """The archive's newest year: its newest month apart, in shards of ``newest_size`` at
    most, where the stories of a commit land; the months before it as any year's."""
    month = records[-1].month
    earlier = [record for record in records if record.month != month]
    newest = records[len(earlier):]
    return (_year_shards(year, earlier, shard_size, whole=False) if earlier else []) + _month_shards(
        year, newest, newest_size)


def _month_shards(year: int, records: list[SearchRecord], size: int) -> list[Shard]:
    """One month's stories: one shard, or day ranges when there are more than ``size``."""
    month = records[0].month
    if len(records) <= size:
        return [Shard(year, month, month, tuple(records), split=True)]
    return [
        Shard(year, month, month, tuple(r for day in days for r in day), split=True,
              days=(days[0][0].day, days[-1][0].day))
        for days in month_ranges([list(day) for _, day in groupby(records, lambda r: r.day)], size)
    ]


def month_ranges(groups: list[list[SearchRecord]], shard_size: int) -> list[list[list[SearchRecord]]]:
    """Consecutive groups (the months of a year, or the days of a month) gathered from the first
    on, each range as large as fits in ``shard_size``. Counting from the start keeps the earlier
    ranges as they are while the latest grow; a single group larger than ``shard_size`` is a
    range alone."""
    ranges: list[list[list[SearchRecord]]] = [[]]
    size = 0
    for group in groups:
        if ranges[-1] and size + len(group) > shard_size:
            ranges.append([])
            size = 0
        ranges[-1].append(group)
        size += len(group)
    return ranges


def indexing_first(shards: list[Shard], cached: Callable[[Shard], bool]) -> list[Shard]:
    """``shards`` to be indexed first, then those copied from the cache, each in its order:
    in a commit of one story, its shard's Pagefind starts at once instead of after every
    other shard was copied."""
    return sorted(shards, key=cached)


@dataclass(frozen=True)
class Adopted:
    """A shard another build indexed (an older part of a merge split in parts), as the merge
    takes it: where it was written and what its description said of it."""

    id: str
    year: int
    first_month: int
    last_month: int
    days: tuple[int, int] | None
    stories: int
    key: str
    """Its bundle key (``cache.bundle_key``), under which the counts keep what they read."""
    bundle: Path
    """Its folder in the part's site."""
    words: tuple[str, ...]
    """Every word of its stories, once, for the vocabulary."""


def describe_bundles(shards: list[Shard], keys: dict[str, str], words: Callable[[Shard], set[str]]) -> tuple[dict, list]:
    """What a part hands the merge of the shards it indexed: each shard's place and key with its
    facet counts (the description's section), and each shard's words (a data file's lines)."""
    section = {
        "shards": [{"id": shard.id, "year": shard.year, "months": [shard.first_month, shard.last_month],
                    "days": list(shard.days) if shard.days else None, "stories": len(shard.records),
                    "key": keys[shard.id]} for shard in shards],
        "facets": facet_counts((record for shard in shards for record in shard.records), OVERVIEW_FACETS),
    }
    return section, [{"id": shard.id, "words": sorted(words(shard))} for shard in shards]


def adopted_shards(section: dict, site: Path, output: str, words: dict[str, list[str]]) -> list[Adopted]:
    """The shards a part described (:func:`describe_bundles`), its site at ``site``."""
    return [Adopted(row["id"], row["year"], *row["months"], tuple(row["days"]) if row["days"] else None,
                    row["stories"], row["key"], site / output / row["id"], tuple(words[row["id"]]))
            for row in section.get("shards", [])]


def add_facets(counts: dict[str, dict[str, int]], more: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """``counts`` with ``more`` added, each value where it first came."""
    for key, values in more.items():
        for value, count in values.items():
            counts.setdefault(key, {})[value] = counts.get(key, {}).get(value, 0) + count
    return counts


def _stories(shard: Shard | Adopted) -> int:
    return shard.stories if isinstance(shard, Adopted) else len(shard.records)


def manifest(shards: list[Shard | Adopted], facets: dict[str, dict[str, int]] | None = None) -> dict:
    """What the search page reads first: the vocabulary's folder (whose ``pagefind.js`` is the
    one engine that searches every shard), the shards newest first, each with the keys that choose
    it (``polda``, ``None`` for a shard of every Polda, and ``year``: a chosen Polda or year
    searches only the shards with that key), the months it covers and how many stories it holds,
    and the counts of the overview facets, so an empty search page loads nothing of Pagefind."""
    if facets is None:
        facets = facet_counts((record for shard in shards for record in shard.records), OVERVIEW_FACETS)
    return {
        "vocabulary": VOCABULARY if shards else None,
        "facets": facets,
        "shards": [
            {"id": shard.id, "polda": None, "year": str(shard.year), "months": [shard.first_month, shard.last_month],
             **({"days": list(shard.days)} if shard.days else {}),
             "stories": _stories(shard)}
            for shard in shards
        ],
    }


def facet_counts(records: Iterable[SearchRecord], keys: Iterable[str]) -> dict[str, dict[str, int]]:
    """How many records carry each value of the filters ``keys``."""
    counts: dict[str, dict[str, int]] = {key: {} for key in keys}
    for record in records:
        for key, value in record_filters(record):
            if key in counts:
                counts[key][value] = counts[key].get(value, 0) + 1
    return counts


def vocabulary_records(
    shards: list[Shard | Adopted], words: Callable[[Shard], set[str]] | None = None,
) -> list[SearchRecord]:
    """The vocabulary's pages: one per shard, with every word of the shard's stories once."""
    words = words or shard_words
    return [vocabulary_record(shard.id, words(shard), shard.year, shard.first_month) for shard in shards]


def shard_words(shard: Shard) -> set[str]:
    """Every word of the shard's stories, once."""
    return set().union(*map(record_words, shard.records))


class WordsCache:
    """Each shard's words under ``folder`` by the shard's bundle key, so a changed shard does
    not make the vocabulary read every other shard's stories again."""

    def __init__(self, folder: Path, keys: dict[str, str]) -> None:
        self.keys = keys
        self.files = KeyedFiles(folder, keys.values(), ".txt")

    def words(self, shard: Shard | Adopted) -> set[str]:
        if isinstance(shard, Adopted):
            return set(shard.words)
        kept = self.files.read(self.keys[shard.id])
        if kept is not None:
            return set(kept.split("\n")) - {""}
        found = shard_words(shard)
        self.files.write(self.keys[shard.id], "\n".join(sorted(found)))
        return found

    def prune(self) -> None:
        self.files.prune()


@dataclass(frozen=True)
class ShardReport:
    """How one shard's bundle was made: indexed now (with the seconds it took) or copied."""

    shard: Shard
    cached: bool
    seconds: float


class ShardWriter:
    """Writes every shard's bundle into ``output`` and the manifest beside them, through the
    bundle cache; unused cache entries are removed at the end.

    In a merge split in parts, the merge also takes the shards its parts indexed (``adopted``)
    into the manifest, the vocabulary and the counts, and a part (``whole`` false) writes its
    shards' bundles alone, and keeps their keys and words for its description (``keys``,
    ``words``)."""

    def __init__(
        self, shards: list[Shard], output: Path, cache: BundleCache, earlier: Path | None = None,
        adopted: list[Adopted] = (), adopted_facets: list[dict[str, dict[str, int]]] = (), whole: bool = True,
    ) -> None:
        self.shards = shards
        self.adopted = list(adopted)
        self.adopted_facets = list(adopted_facets)
        """The facet counts of the adopted shards, one for each part, in the parts' order."""
        self.whole = whole
        self.keys: dict[str, str] = {}
        self.words: WordsCache | None = None
        self.output = output
        self.cache = cache
        self.earlier = earlier
        """The output folder of a site built before (the merge's earlier site), whose bundles
        still as cached are moved over instead of linked again (``copy_bundle``)."""
        self.budget = Budget(INDEXING_BUDGET)
        """The stories Pagefind may hold at once (``INDEXING_BUDGET``)."""

    def prepare(self) -> None:
        """Empty the output folder, before ``write`` runs beside the rest of the build: the
        merge's parts' bundles are moved into it meanwhile, and must stay."""
        shutil.rmtree(self.output, ignore_errors=True)
        self.output.mkdir(parents=True)

    def write(self) -> list[ShardReport]:
        """Every bundle, then the vocabulary, the counts and the manifest, into the output
        folder ``prepare`` emptied."""
        version = pagefind_version()
        keys = self.keys = {shard.id: bundle_key(shard.records, version, PAGEFIND_CONFIG) for shard in self.shards}
        keys.update((shard.id, shard.key) for shard in self.adopted)
        every = sorted([*self.shards, *self.adopted], key=_newest_first, reverse=True)
        # Beside the bundle cache; a part's inside its own, as parts run side by side.
        words = self.words = WordsCache((self.cache.folder.parent if self.whole else self.cache.folder)
                                        / "search-words", keys)
        # Two Pagefind processes at a time: each indexes one shard on one core, and the pages
        # still being rendered share the cores with them. The vocabulary needs only the
        # shards' records, so it is indexed beside them, first. It is keyed by its own pages:
        # a change that brings no new word (an edit, most new stories) finds it in the cache.
        with ThreadPoolExecutor(max_workers=PARALLEL_SHARDS) as pool:
            if every and self.whole:
                vocabulary = pool.submit(self._write_vocabulary, every, words, version)
            order = indexing_first(self.shards, lambda shard: self.cache.has(keys[shard.id]))
            written = dict(zip((shard.id for shard in order),
                               pool.map(lambda shard: self._write_shard(shard, keys[shard.id]), order)))
            reports = [written[shard.id] for shard in self.shards]
            if every and self.whole:
                vocabulary.result()
        if not self.whole:
            self.cache.prune()
            return reports  # the words are pruned once the part has described them
        words.prune()
        facets = None
        if self.adopted:
            facets = facet_counts((record for shard in self.shards for record in shard.records), OVERVIEW_FACETS)
            for more in self.adopted_facets:
                facets = add_facets(facets, more)
        described = manifest(every, facets)
        if every:
            described["counts"] = self._write_counts(every, keys)
        (self.output / MANIFEST).write_text(json.dumps(described), encoding="utf-8")
        self.cache.prune()
        return reports

    def _write_vocabulary(self, every: list[Shard | Adopted], words: WordsCache, version: str) -> tuple[bool, float]:
        records = vocabulary_records(every, words.words)
        key = bundle_key(records, version, PAGEFIND_CONFIG)
        return self._write_bundle(VOCABULARY, key, lambda: records, f"vocabulary of {len(every)} shards")

    def _write_counts(self, every: list[Shard | Adopted], keys: dict[str, str]) -> dict:
        started = time.perf_counter()
        bundles = {keys[shard.id]: shard.bundle if isinstance(shard, Adopted) else self.output / shard.id
                   for shard in every}
        kept = KeyedFiles(self.cache.folder.parent / "search-postings", keys.values(), f".{COUNTS_FORMAT}.json")
        entry = counts_in_process(self.output / VOCABULARY, bundles, self.output / COUNTS, kept)
        log.info(f"Search: counts of {entry['files']} files for one-word queries in {time.perf_counter() - started:.1f} s")
        return entry

    def _write_shard(self, shard: Shard, key: str) -> ShardReport:
        label = f"shard {shard.id}, {len(shard.records)} stories"
        cached, seconds = self._write_bundle(shard.id, key, lambda: shard.records, label)
        return ShardReport(shard, cached, seconds)

    def _write_bundle(
        self, folder: str, key: str, records: Callable[[], Iterable[SearchRecord]], label: str
    ) -> tuple[bool, float]:
        """Copy the bundle under ``key`` from the cache into ``folder``, indexing ``records()``
        into the cache first when it is not there; tells whether it was cached, and the seconds."""
        started, waited = time.perf_counter(), 0.0

        def index(target: Path) -> None:
            nonlocal waited
            listed = list(records())
            asked = time.perf_counter()
            with self.budget.held(len(listed)):
                waited = time.perf_counter() - asked
                write_index(listed, target, engine=folder == VOCABULARY)

        entry, cached = self.cache.bundle(key, index)
        copy_bundle(entry, self.output / folder, self.earlier / folder if self.earlier is not None else None)
        seconds = time.perf_counter() - started - waited  # the bundle's own time, not the wait for the budget
        log.info(f"Search: {label}, {'copied from the cache' if cached else 'indexed'} in {seconds:.1f} s")
        return cached, seconds


class Budget:
    """A number of units (stories) shared by threads: ``held(n)`` waits until ``n`` are free
    and holds them; a request larger than the whole is held as the whole, alone."""

    def __init__(self, units: int) -> None:
        self.units = self.free = units
        self._changed = threading.Condition()

    @contextmanager
    def held(self, units: int) -> Iterator[None]:
        units = min(units, self.units)
        with self._changed:
            self._changed.wait_for(lambda: self.free >= units)
            self.free -= units
        try:
            yield
        finally:
            with self._changed:
                self.free += units
                self._changed.notify_all()


T = TypeVar("T")


class BackgroundIndex(Generic[T]):
    """Runs the indexing on another thread while the pages are rendered; Pagefind itself runs
    as its own process, so the build uses the second core."""

    def __init__(self, work: Callable[[], T]) -> None:
        self.work = work
        self.result: T | None = None
        self.error: BaseException | None = None
        self.seconds = 0.0
        """How long the work took, once done."""
        self._thread = threading.Thread(target=self._run, name="portal-search-index", daemon=True)

    def start(self) -> BackgroundIndex[T]:
        self._thread.start()
        return self

    def wait(self) -> T:
        """Block until the work is done; re-raises what went wrong in the thread."""
        self.settle()
        if self.error is not None:
            raise self.error
        return self.result

    def settle(self) -> None:
        """Block until the work is done, whatever its outcome."""
        self._thread.join()

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            self.result = self.work()
        except BaseException as error:  # handed to the build thread by wait()
            self.error = error
        self.seconds = time.perf_counter() - started


def check_bundles(output: Path, shards: list[Shard]) -> list[str]:
    """A part of a merge split in parts: each shard it indexed has a page for each of its records."""
    return [f"search index: shard {shard.id} has {pages} pages for {len(shard.records)} stories"
            for shard in shards if (pages := _page_count(output / shard.id)) != len(shard.records)]


def check_shards(
    output: Path, published: list, records: list[SearchRecord], preview: bool,
    adopted: list[Adopted] = (), published_count: int | None = None,
) -> list[str]:
    """Read back the manifest and every shard's ``pagefind-entry.json``: each shard has as many
    pages as records were given to it (an ``adopted`` one as its part said), each record lies in
    exactly the shard of its date, and the pages add up to the published stories (a preview also
    indexes drafts; ``published_count``: all of them, where ``published`` are those of this
    build's records)."""
    shards = json.loads((output / MANIFEST).read_text(encoding="utf-8"))["shards"]
    recorded = {record.url for record in records}
    problems = [f"search index: /{story.url} has no record" for story in published if "/" + story.url not in recorded]
    holding: dict[tuple[str, int], list[tuple[str, list[int]]]] = {}
    for shard in shards:
        first, last = shard["months"]
        for month in range(first, last + 1):
            holding.setdefault((shard["year"], month), []).append((shard["id"], shard.get("days", [1, 31])))
    given: Counter[str] = Counter()
    for record in records:
        ids = [id for id, (first_day, last_day) in holding.get((str(record.year), record.month), [])
               if first_day <= record.day <= last_day]
        if len(ids) != 1:
            problems.append(f"search index: {record.url} is in {len(ids)} shards ({', '.join(ids)})")
        given.update(ids)
    indexed = 0
    elsewhere = {shard.id: shard.stories for shard in adopted}
    for shard in shards:
        pages = _page_count(output / shard["id"])
        indexed += pages
        expected = elsewhere.get(shard["id"], given[shard["id"]])
        if pages != expected:
            problems.append(f"search index: shard {shard['id']} has {pages} pages for {expected} stories")
    count = len(published) if published_count is None else published_count
    if indexed != len(records) + sum(elsewhere.values()) or (not preview and indexed != count):
        problems.append(f"search index: {indexed} pages indexed, {count} stories published")
    vocabulary = _page_count(output / VOCABULARY) if shards else 0
    if vocabulary != len(shards):
        problems.append(f"search index: the vocabulary has {vocabulary} pages for {len(shards)} shards")
    return problems


def _page_count(bundle: Path) -> int:
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())
