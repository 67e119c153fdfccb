"""A story as the merge needs it: what listings, feeds, sitemaps and search show of it, not its
body. Read back, it is a ``Story`` that renders the same cards and listing entries.

A shard's records are a data file beside its description, one JSON line each
(:func:`write_records`): a merge reads the file and decodes only the records it asks for
(:class:`StoryRecords`), so the records of a window's months cost their own share, not the
shard's."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

from site_plugins.content.dates import ZONES, StoryDate
from site_plugins.content.registry import Registry, split_unit_path
from site_plugins.content.stories import Label, Story
from site_plugins.shards.description import Description, DescriptionError, write_data

RECORDS_STEM = "portal-stories"


def story_record(story: Story, fingerprint: str, attachments: list[str]) -> dict:
    """``story`` as JSON data, with the hash of everything any page or feed shows of it and
    the attachments it names (for the merge's check that every file of ``content/`` is used)."""
    return {
        "src_uri": story.src_uri,
        "path": story.path,
        "url": story.url,
        "slug": story.slug,
        "title": story.title,
        "date": _date(story.date),
        "unit": story.unit.path,
        "location": story.location,
        "author": [story.author.name, story.author.slug],
        "tags": [[tag.name, tag.slug] for tag in story.tags],
        "summary": story.summary,
        "summary_written": story.summary_written,
        "image": story.image,
        "image_alt": story.image_alt,
        "updated": _date(story.updated) if story.updated else None,
        "fingerprint": fingerprint,
        "attachments": attachments,
    }


def write_records(folder: Path, records: list[dict]) -> tuple[str, int]:
    """A shard's story records as a data file in ``folder``, one JSON line each, in their order;
    returns its name and size, for the description's portal section (``"stories"``) and its data."""
    return write_data(folder, RECORDS_STEM, (
        json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n" for record in records))


class StoryRecords(Sequence[dict]):
    """The story records of a description, by position: the lines of its data file, each decoded
    when it is asked for. JSON writes a line break inside a string as an escape, so a line is a
    record."""

    def __init__(self, lines: list[bytes], file: Path | None = None) -> None:
        self._lines, self._file = lines, file

    @classmethod
    def of(cls, description: Description) -> StoryRecords:
        """The records ``description`` names (none when its portal section names no file)."""
        name = description.section("portal", {}).get("stories")
        if not name:
            return cls([])
        file = description.data_file(name)
        try:
            data = file.read_bytes()
        except OSError as error:
            raise DescriptionError(f"{file}: not readable ({error}); build the shard again") from None
        return cls(data.split(b"\n")[:-1], file)

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, position: int) -> dict:  # type: ignore[override]
        try:
            return json.loads(self._lines[position])
        except ValueError:
            raise DescriptionError(
                f"{self._file}: line {position + 1} is not a story record; build the shard again") from None

    def __iter__(self) -> Iterator[dict]:
        return map(self.__getitem__, range(len(self._lines)))


def read_story(record: dict, registry: Registry, known: dict | None = None) -> Story:
    """The story of ``record``, its body left out; its unit found in ``registry`` (the merge's
    registry is the shards' registry: the build key of both covers it).

    ``known`` holds the units found so far by their paths and the writers and tags made so
    far, and is added to: a million stories name a few thousand units, writers and tags,
    and share one object of each."""
    known = {} if known is None else known
    unit = known.get(record["unit"])
    if unit is None:
        unit = known[record["unit"]] = registry.resolve(split_unit_path(record["unit"]))
    return Story(
        path=record["path"],
        src_uri=record["src_uri"],
        slug=record["slug"],
        title=record["title"],
        date=_read_date(record["date"]),
        unit=unit,
        location=record["location"],
        author=_label(known, record["author"][0], "penulis", record["author"][1]),
        tags=tuple(_label(known, name, "tag", slug) for name, slug in record["tags"]),
        summary=record["summary"],
        body="",
        image=record["image"],
        image_alt=record["image_alt"],
        updated=_read_date(record["updated"]) if record["updated"] else None,
        summary_written=record["summary_written"],
    )


def _label(known: dict, name: str, kind: str, slug: str) -> Label:
    key = (kind, name, slug)
    label = known.get(key)
    if label is None:
        label = known[key] = Label(name, kind, slug)
    return label


def _date(date: StoryDate) -> list:
    return [date.value.isoformat(), date.value.tzname(), date.has_time, date.year, date.month]


def _read_date(values: list) -> StoryDate:
    iso, zone, has_time, year, month = values
    value = datetime.fromisoformat(iso)
    if zone in ZONES:  # the same instant, named WIB, WITA or WIT as the shard showed it
        value = value.replace(tzinfo=ZONES[zone])
    return StoryDate(value, has_time, year, month)
