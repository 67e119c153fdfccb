"""Writing a new story file: front matter that reads back as written, at the path its date gives."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml

from site_plugins.content.dates import StoryDate, parse_story_date
from site_plugins.content.problems import ContentError, ContentProblem
from site_plugins.content.registry import LEVELS, Registry, Unit, UnitError
from site_plugins.content.slugs import slugify
from site_plugins.content.source import split_front_matter
from site_plugins.content.stories import UNFILLED, StoryBuilder

SLUG_LENGTH = 80
"""Longest file name (without ``.md``) taken from a title; long headlines make long URLs."""

LOCATION = "lokasi kejadian (jalan, kelurahan/desa, kecamatan, kota/kabupaten)"
NEW_BODY = "tulis isi berita di sini; paragraf pertama menjawab apa, siapa, di mana dan kapan"

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _StoryDumper(yaml.SafeDumper):
    """Safe YAML in the style of the sample stories: list items indented, dates unquoted.

    The portal reads dates as text (see ``source.py``), so they need no quotes to stay text;
    everything else that YAML would read as another type is quoted.
    """

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


_StoryDumper.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}


@dataclass
class Draft:
    """A story about to be written: front-matter fields in the order shown, and the body.

    ``missing`` names the fields left with the :data:`~site_plugins.content.stories.UNFILLED` marker;
    ``notes`` are things the writer should look at although a value was found.
    """

    fields: dict[str, object]
    body: str
    missing: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def leave_unfilled(self, key: str, what: str) -> None:
        """Put the marker in ``key``, saying what belongs there."""
        self.fields[key] = unfilled(what)
        self.missing.append(key)


def unfilled(what: str) -> str:
    """The marker value for a field still to fill: ``unfilled("lokasi") == "ISI: lokasi"``."""
    return f"{UNFILLED} {what}"


def unit_fields(unit: Unit, registry: Registry) -> dict[str, str]:
    """The front-matter fields naming ``unit``: a Polsek with its Polres, or the unit alone; with its Polda too where
    that does not tell it apart (``Polres Banjar`` is Kota Banjar's in Jawa Barat and Kabupaten Banjar's in Kalimantan
    Selatan)."""
    fields = {"polsek": unit.name, "polres": unit.parent.name} if unit.level == "polsek" else {unit.level: unit.name}
    try:
        registry.resolve(fields)
    except UnitError:  # another unit of the name under another Polda
        fields = {"polda": unit.lineage[0].name, **fields}
    return fields


def story_slug(title: str, date: str) -> str:
    """The file name for a title: its slug, cut at a word to at most :data:`SLUG_LENGTH`.

    A title with nothing a URL can carry (Arabic script, only signs or emoji) is named by the
    story's date instead, ``berita-2026-01-29-12-00``, so a story never becomes a hidden ``.md``.
    """
    slug = slugify(title)
    if not slug:
        return "-".join(filter(None, ("berita", slugify(date))))
    if len(slug) <= SLUG_LENGTH:
        return slug
    cut = slug[: SLUG_LENGTH + 1]
    return cut.rsplit("-", 1)[0] if "-" in cut else slug[:SLUG_LENGTH]


def story_src_uri(stories_dir: str, year: int, month: int, title: str, date: str) -> str:
    """Where a story goes inside the content folder: ``berita/2026/01/<slug>.md``."""
    return f"{stories_dir.strip('/')}/{year:04d}/{month:02d}/{story_slug(title, date)}.md"


def render_story(draft: Draft) -> str:
    """The story file's text: YAML front matter between ``---`` lines, then the body."""
    meta = yaml.dump(
        draft.fields, Dumper=_StoryDumper, allow_unicode=True, sort_keys=False, width=1000,
    )
    return f"---\n{meta}---\n\n{draft.body.strip()}\n"


def check_story_text(
    text: str, src_uri: str, registry: Registry, docs_dir: Path, prefix: str = ""
) -> list[ContentProblem]:
    """Problems the check would report for ``text`` saved at ``src_uri``: the one contract."""
    path = prefix + src_uri
    source = split_front_matter(text, path)
    if isinstance(source, ContentProblem):
        return [source]
    built = StoryBuilder(source, src_uri, registry, docs_dir).build()
    return ContentError(built).problems if isinstance(built, list) else []


class HiddenNameError(ValueError):
    """A file name starting with a dot: the check and the build skip such files."""


def write_new(path: Path, data: str | bytes) -> None:
    """Create ``path`` holding ``data`` (text as UTF-8), whole or not at all.

    The data goes to a temporary file in the same folder, which is then hard-linked to its name:
    the link refuses an existing file (``FileExistsError``; a story is never overwritten) and an
    interruption leaves no half-written file under the real name. Raises
    :class:`HiddenNameError` for a name starting with a dot.
    """
    if path.name.startswith("."):
        raise HiddenNameError(f"nama berkas '{path.name}' diawali titik; berkas seperti itu dilewati")
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        # O_EXCL and the usual 0o666 less the umask: the story gets the rights any new file gets.
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(handle, "wb") as file:
            file.write(data.encode("utf-8") if isinstance(data, str) else data)
            file.flush()
            os.fsync(file.fileno())
        os.link(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def write_all(files: list[tuple[Path, str | bytes]]) -> None:
    """Create every file with :func:`write_new`, in order; when one fails (or the run is
    interrupted), the ones already written are removed again and the error is raised."""
    written: list[Path] = []
    try:
        for path, data in files:
            write_new(path, data)
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def draft_new(answers: dict[str, str], registry: Registry, now: datetime) -> tuple[Draft, StoryDate]:
    """A new story from a writer's answers; what they left out is marked to fill in later.

    Raises ``UnitError`` for an unknown unit and ``DateFormatError`` for a bad date.
    """
    unit = registry.resolve({level: answers.get(level, "") for level in LEVELS})
    text = answers.get("date") or now.astimezone(unit.zone).strftime("%Y-%m-%d %H:%M")
    when = parse_story_date(text, unit.zone)
    draft = Draft({"title": " ".join(answers["title"].split()), "date": text.strip()}, unfilled(NEW_BODY))
    draft.fields.update(unit_fields(unit, registry))
    for key, what in (("location", LOCATION), ("author", "nama penulis")):
        if answers.get(key):
            draft.fields[key] = answers[key].strip()
        else:
            draft.leave_unfilled(key, what)
    tags = [tag.strip() for tag in answers.get("tags", "").split(",") if tag.strip()]
    if tags:
        draft.fields["tags"] = tags
    return draft, when
