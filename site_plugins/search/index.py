"""The search index: one Pagefind record per story, made from the story model.

Pagefind reads a small HTML document per story written here, not the page the site shows:
the words come from the title, the writer's summary and the rendered body, while filters
(``polda``, ``polres``, ``polsek``, ``tag``, ``year``), metadata and the sort key come from the
:class:`~site_plugins.content.stories.Story` itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import timezone
from html import escape, unescape
from pathlib import Path
from typing import Callable, Iterable

from pagefind.service import get_executable

from site_plugins.content.stories import Label, Story

LANGUAGE = "id"
"""Every story is Indonesian, so Pagefind builds one index with its Indonesian stemmer."""

PAGEFIND_CONFIG = {"force_language": LANGUAGE}
"""Pagefind's options, apart from where it writes."""

_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_BODY = re.compile(r"<main data-pagefind-body>(.*)</main>", re.DOTALL)
_META = re.compile(r'<span data-pagefind-meta="[^"]*">([^<]*)</span>')
_FILTER = re.compile(r'<span data-pagefind-filter="([^"]*)">([^<]*)</span>')


@dataclass(frozen=True, slots=True)
class SearchRecord:
    """What Pagefind indexes for one story: its root-relative URL and an HTML document; and the
    year, month and day of the story's date as written, which choose its shard.

    A story's document is made again each time it is read (``html``), from the story and a
    reader of its body: an archive's records hold their filters, not their documents, which
    are needed only to key the bundles and to index those that changed."""

    url: str
    document: str | Callable[[], str]
    year: int
    month: int
    filters: tuple[tuple[str, str], ...] | None = None
    """The filter values, when known without reading the document."""
    source: str | None = None
    """A hash of everything the document is made from, when known (see :func:`story_record`):
    keys the record's bundle without making its document."""
    day: int = 1
    """The day of the month of the story's date as written: splits a month larger than a shard."""

    @property
    def html(self) -> str:
        return self.document() if callable(self.document) else self.document


class FilterValues:
    """A story's filter values as readers read them, as ``(key, value)`` pairs: its units'
    names as in the registry (Polda first), its tags as the tag pages show them (``tag_names``
    maps a tag's slug to that name), its year. Each pair is made once per unit, tag and year
    and shared by every record that has it: a hundred thousand records are held together, with
    a few thousand distinct values."""

    def __init__(self, tag_names: dict[str, str]) -> None:
        self.tag_names = tag_names
        self._units: dict[object, tuple[tuple[str, str], ...]] = {}
        self._tags: dict[Label, tuple[str, str]] = {}
        self._years: dict[int, tuple[str, str]] = {}

    def __call__(self, story: Story) -> tuple[tuple[str, str], ...]:
        unit = self._units.get(story.unit)
        if unit is None:
            unit = self._units[story.unit] = tuple((each.level, each.name) for each in story.unit.lineage)
        year = self._years.get(story.date.year)
        if year is None:
            year = self._years[story.date.year] = ("year", str(story.date.year))
        if not story.tags:
            return (*unit, year)
        return (*unit, *(self._tag(tag) for tag in story.tags), year)

    def _tag(self, tag: Label) -> tuple[str, str]:
        pair = self._tags.get(tag)
        if pair is None:
            pair = self._tags[tag] = ("tag", self.tag_names.get(tag.slug, tag.name))
        return pair


def story_meta(story: Story, image_url: str | None = None) -> dict[str, str]:
    """What a result shows: title, the date as listings show it, unit, summary, photo.

    ``image_url`` is the site-relative URL of a small version of the photo, where one was made;
    otherwise the photo as published.

    Pagefind makes every metadata value searchable too, so nothing goes in here that a
    reader would not search for (no unit URL); a summary cut short keeps its "…" apart
    from the last word, which would otherwise be indexed as a word of its own.
    """
    meta = {
        "title": story.title,
        "date": story.date.short,
        "unit": story.unit.name,
        "summary": re.sub(r"(?<=\w)…$", " …", story.summary),
    }
    image_url = image_url or story.image_url
    if image_url:
        meta.update(image="/" + image_url, image_alt=story.image_alt)
    return meta


def story_sort(story: Story) -> dict[str, str]:
    """The ``date`` sort key: ISO 8601 in UTC, so that text order is time order across zones."""
    return {"date": story.date.value.astimezone(timezone.utc).isoformat()}


def story_record(
    story: Story, body_html: Callable[[str], str], values: FilterValues, image_url: str | None = None,
    fingerprint: str | None = None,
) -> SearchRecord:
    """The record Pagefind indexes for ``story``; ``body_html(src_uri)`` reads a story's
    rendered body; ``values`` makes its filters (shared by every record made with it).

    ``fingerprint``: a hash of the story as every page shows it and of what decides how it is
    rendered (its page-cache fingerprint with the build's ``render_key``). The record's document is made
    from the story, its rendered body, its filters and its photo's URL: with those two, that
    hash stands for the document in the bundle's key, and an unchanged archive is keyed without
    reading a body."""
    filters = values(story)
    source = None
    if fingerprint is not None:
        source = hashlib.blake2b(repr((fingerprint, filters, image_url)).encode("utf-8"), digest_size=16).hexdigest()
    return SearchRecord("/" + story.url, _StoryDocument(story, body_html, filters, image_url),
                        story.date.year, story.date.month, filters, source, story.date.value.day)


class _StoryDocument:
    """Makes a story's document whenever it is read: one small object per record, not a
    closure over the story (``story_record``)."""

    __slots__ = ("story", "body_html", "filters", "image_url")

    def __init__(self, story: Story, body_html: Callable[[str], str], filters: tuple, image_url: str | None) -> None:
        self.story, self.body_html, self.filters, self.image_url = story, body_html, filters, image_url

    def __call__(self) -> str:
        story = self.story
        tagged = [
            *(_tagged("filter", key, value) for key, value in self.filters),
            *(_tagged("meta", key, value) for key, value in story_meta(story, self.image_url).items()),
            *(_tagged("sort", key, value) for key, value in story_sort(story).items()),
        ]
        body = (f"<h1>{escape(story.title)}</h1><p>{escape(written_summary(story))}</p>"
                f"{_without_images(self.body_html(story.src_uri))}")
        return _document(story.title, body, tagged)


def search_body(body_html: str) -> str:
    """What the index takes of a story's rendered body: all of it but its images."""
    return _without_images(body_html)


def record_words(record: SearchRecord) -> set[str]:
    """The words of ``record`` that Pagefind makes searchable, as written (Pagefind splits and
    stems them itself): the text of the body and every metadata value."""
    texts = [_TAG.sub(" ", _BODY.search(record.html)[1]), *_META.findall(record.html)]
    return {word for text in texts for word in unescape(text).split()}


def record_filters(record: SearchRecord) -> list[tuple[str, str]]:
    """The filter values of ``record`` as Pagefind reads them: ``(key, value)`` pairs."""
    if record.filters is not None:
        return list(record.filters)
    return [(key, unescape(value)) for key, value in _FILTER.findall(record.html)]


def vocabulary_record(shard_id: str, words: Iterable[str], year: int, month: int) -> SearchRecord:
    """One page holding every word of a shard once, with the shard's id as its ``shard`` filter:
    searching the pages of all shards tells which shards hold the words of a query."""
    body = f"<p>{escape(' '.join(sorted(words)))}</p>"
    return SearchRecord(f"/{shard_id}/", _document(shard_id, body, [_tagged("filter", "shard", shard_id)]), year, month)


def _document(title: str, body: str, tagged: list[str]) -> str:
    return (
        f'<!doctype html><html lang="{LANGUAGE}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"</head><body><main data-pagefind-body>{body}</main>"
        f'<div hidden>{"".join(tagged)}</div></body></html>'
    )


def written_summary(story: Story) -> str:
    """The summary the writer wrote, or ``""`` when it was taken from the body: indexing it
    again would only repeat the first paragraph, cut short with "…"."""
    return story.summary if story.summary_written else ""


def _without_images(html: str) -> str:
    # Pagefind would take the body's first image as the result's photo, with a URL relative
    # to the story; only the story's own photo (in its metadata) is shown in results.
    return _IMAGE.sub("", html)


def _tagged(kind: str, key: str, value: str) -> str:
    return f'<span data-pagefind-{kind}="{key}">{escape(value)}</span>'


def write_index(records: Iterable[SearchRecord], output: Path, engine: bool = False) -> int:
    """Index ``records`` and write Pagefind's bundle into ``output``: its index, and with
    ``engine`` the search page's engine (``pagefind.js``, its worker and WebAssembly) too
    (:func:`keep_read_files`); returns how many records were indexed. Each call runs its own
    Pagefind process, which ends with it, so its memory is given back before the next bundle."""
    with ExitStack() as stack:
        staging, count = _stage(list(records), stack)
        _run_pagefind("--site", staging, "--output-path", str(output.resolve()), *_options(PAGEFIND_CONFIG))
    keep_read_files(output, engine)
    return count


ENGINE_FILES = ("pagefind.js", "pagefind-worker.js")
"""The engine's scripts; its WebAssembly is ``wasm.<language>.pagefind`` for the index's language."""

BUNDLE_LAYOUT = 2
"""Which of Pagefind's files a bundle keeps (:func:`keep_read_files`); part of a bundle's cache
key, so a bundle cached with another choice is indexed again."""


def keep_read_files(bundle: Path, engine: bool) -> list[str]:
    """Remove from a bundle Pagefind just wrote the files the search page never loads; returns
    their names. Pagefind writes its whole kit into every bundle: the engine, a WebAssembly
    module for each language it knows, its ready-made search interfaces (``pagefind-ui.js``,
    the modular and component ones, their stylesheets) and the highlighting script, some 640 KB.
    The search page has its own interface and loads one engine, from the vocabulary's bundle;
    a bundle merged into it (``mergeIndex``) is read for its entry, metadata, index chunks,
    filters and fragments only, with the engine's WebAssembly. A bundle therefore keeps those,
    and the vocabulary's also the engine and the WebAssembly of its index's language."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    wasm = {f"wasm.{language.get('wasm') or 'unknown'}.pagefind" for language in entry["languages"].values()}
    kept = {*ENGINE_FILES, *wasm} if engine else set()
    removed = [path.name for path in bundle.iterdir() if path.is_file() and _not_read(path.name, kept)]
    for name in removed:
        (bundle / name).unlink()
    return sorted(removed)


def _not_read(name: str, kept: set[str]) -> bool:
    if name == "pagefind-entry.json" or name.endswith(".pf_meta"):
        return False
    return name not in kept


MEMORY_FOLDER = "/dev/shm"
"""Where records are staged for Pagefind when it exists: a memory file system, so a thousand
small files cost no disk writes."""


def _stage(records: list[SearchRecord], stack: ExitStack) -> tuple[str, int]:
    """A temporary folder holding ``records`` (removed with ``stack``) and how many there are:
    in ``MEMORY_FOLDER``, or on disk when it is missing or full."""
    if os.path.isdir(MEMORY_FOLDER) and os.access(MEMORY_FOLDER, os.W_OK):
        staging = stack.enter_context(tempfile.TemporaryDirectory(prefix="portal-search-", dir=MEMORY_FOLDER))
        try:
            return staging, stage_records(records, Path(staging))
        except OSError:
            pass  # full: on disk instead
    staging = stack.enter_context(tempfile.TemporaryDirectory(prefix="portal-search-"))
    return staging, stage_records(records, Path(staging))


def stage_records(records: Iterable[SearchRecord], folder: Path) -> int:
    """Write each record as ``<url>/index.html`` under ``folder``, where Pagefind finds it."""
    count = 0
    for record in records:
        path = folder / record.url.strip("/") / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(record.html, encoding="utf-8")
        count += 1
    return count


def pagefind_version() -> str:
    """The version of the Pagefind binary that indexes, e.g. ``"pagefind 1.5.2"``."""
    return _run_pagefind("--version").strip()


def _run_pagefind(*arguments: str) -> str:
    # The command line, not the Python API's service: the service is stopped with a signal as
    # soon as it answers, which can cut off the bundle's last file while it is still being written.
    executable = get_executable()
    if executable is None:
        raise FileNotFoundError("Could not find the pagefind binary (pip install 'pagefind[bin]')")
    process = subprocess.run([str(executable), *arguments], capture_output=True, text=True)
    if process.returncode != 0:
        raise RuntimeError(f"pagefind {' '.join(arguments)} failed:\n{process.stdout}{process.stderr}")
    return process.stdout


def _options(config: dict[str, str]) -> list[str]:
    return [argument for key, value in config.items() for argument in (f"--{key.replace('_', '-')}", value)]
