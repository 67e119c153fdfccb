"""The story model: one front-matter contract, checked once, shared by every page and tool."""

from __future__ import annotations

import difflib
import os
import posixpath
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import quote

from site_plugins.content.dates import DATE_FORMATS_HINT, ZONES, DateFormatError, StoryDate, parse_story_date
from site_plugins.content.problems import ContentProblem
from site_plugins.content.registry import LEVELS, Registry, Unit, UnitError, load_registry, split_unit_path
from site_plugins.content.slugs import slugify
from site_plugins.content.source import (
    CONTROL_CHARACTER,
    CONTROL_CHARACTER_HINT,
    FrontMatterMemo,
    SourceFile,
    control_character_problem,
    read_source,
)

MAX_UNCLOSED_BRACKETS = 100
"""Most ``[`` a paragraph may leave unclosed (see ``StoryBuilder._check_body_brackets``)."""

FIELDS = (
    "title", "date", "satuan", "polsek", "polres", "polda", "location", "author",
    "tags", "summary", "image", "image_alt", "updated", "draft",
)
"""Every front-matter key a story may carry.

A story names its unit either with ``polsek``/``polres``/``polda`` (as writers type it) or
with ``satuan``, the whole lineage in one value (``Polda ... / Polres ... / Polsek ...``),
as the web editor stores it: one value from a list, never ambiguous.
"""

REQUIRED_TEXT = ("title", "location", "author")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif")
SUMMARY_LENGTH = 240
WORDS_PER_MINUTE = 200

UNFILLED = "ISI:"
"""Marks a value the writer still has to fill in: ``location: "ISI: lokasi kejadian"``.

Tools that write stories leave it where they could not find a value, and the check fails
on it, so a story is never published with a guessed or empty field.
"""


def is_unfilled(value: object) -> bool:
    """True for a value that still carries the :data:`UNFILLED` marker."""
    return isinstance(value, str) and value.lstrip().startswith(UNFILLED)


@dataclass(frozen=True, slots=True)
class Label:
    """A tag or an author: the name as written and its listing page's section and slug."""

    name: str
    section: str
    slug: str

    @property
    def url(self) -> str:
        """Site-relative URL of the listing: ``tag/kamtibmas/``, ``penulis/dewi-lestari/``."""
        return f"{self.section}/{self.slug}/"


@dataclass(eq=False, slots=True)
class Story:
    """A checked story, ready for every page, listing and tool that shows it.

    ``src_uri`` is relative to the content folder; ``path`` is how the writer sees the
    file (``content/berita/2026/01/patroli.md``) and is used in every message.
    """

    path: str
    src_uri: str
    slug: str
    title: str
    date: StoryDate
    unit: Unit
    location: str
    author: Label
    tags: tuple[Label, ...]
    summary: str
    body: str
    image: str | None = None
    image_alt: str = ""
    updated: StoryDate | None = None
    draft: bool = False
    summary_written: bool = False
    """Whether the writer wrote ``summary``; otherwise it was taken from the body."""
    url: str = field(init=False, repr=False)
    """Site-relative URL: ``berita/<YYYY>/<MM>/<slug>/``, from the date as written. Made once:
    every listing, feed, sitemap and check asks for it (a national archive's merge, millions
    of times)."""

    def __post_init__(self) -> None:
        self.url = f"berita/{self.date.year:04d}/{self.date.month:02d}/{self.slug}/"

    @property
    def dest_uri(self) -> str:
        return self.url + "index.html"

    @property
    def image_url(self) -> str | None:
        """Site-relative URL of the featured photo, copied as it is from ``content/``."""
        return quote(self.image) if self.image else None

    @property
    def reading_minutes(self) -> int:
        """Minutes a reader needs, at 200 words a minute; at least one."""
        return max(1, round(len(self.body.split()) / WORDS_PER_MINUTE))

    def is_published(self, now: datetime) -> bool:
        """Not a draft, and not dated after ``now``."""
        return not self.draft and self.date.value <= now


def load_stories(
    docs_dir: Path, src_uris: Iterable[str], registry: Registry, path_prefix: str = "",
    memo: FrontMatterMemo | None = None, earlier: StoryMemo | None = None,
) -> tuple[list[Story], list[ContentProblem]]:
    """Read and check every story; return the valid ones and every problem found
    (``memo`` keeps parsed front matter between builds; ``earlier`` holds the stories of the
    previous build of this process, reused while their files are unchanged)."""
    stories: list[Story] = []
    problems: list[ContentProblem] = []
    kept: dict[str, tuple[tuple[int, int], str, Story]] = {}
    for src_uri in sorted(src_uris):
        path = path_prefix + src_uri
        stamp = _stamp(docs_dir / src_uri) if earlier is not None else None
        if earlier is not None:
            known = earlier.reusable(src_uri, stamp, path, docs_dir)
            if known is not None:
                stories.append(known)
                kept[src_uri] = (stamp, path, known)
                continue
        source = read_source(docs_dir / src_uri, path, memo)
        if isinstance(source, ContentProblem):
            problems.append(source)
            continue
        story = StoryBuilder(source, src_uri, registry, docs_dir).build()
        if isinstance(story, Story):
            stories.append(story)
            if stamp is not None:
                kept[src_uri] = (stamp, path, story)
        else:
            problems.extend(story)
    if earlier is not None:
        earlier.entries = kept
    problems.extend(find_url_clashes(stories))
    return stories, problems


class StoryMemo:
    """The registry and the stories of the previous build of this process (``mkdocs serve``
    rebuilds after every saved edit). A story is reused while its file has the same size and
    modification time, the registry file the same bytes, and its photo is still there;
    anything else is read and checked again."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[tuple[int, int], str, Story]] = {}
        self._registry: tuple[bytes, Registry] | None = None

    def registry(self, abs_path: Path, path: str) -> Registry:
        """The registry at ``abs_path``: the previous one while its file is unchanged."""
        try:
            data = abs_path.read_bytes()
        except OSError:
            data = None
        if data is not None and self._registry is not None and self._registry[0] == data:
            return self._registry[1]
        registry = load_registry(abs_path, path)
        self._registry, self.entries = (data, registry), {}  # the stories' units are the old registry's
        return registry

    def reusable(self, src_uri: str, stamp: tuple[int, int] | None, path: str, docs_dir: Path) -> Story | None:
        known = self.entries.get(src_uri)
        if known is None or stamp is None or known[:2] != (stamp, path):
            return None
        story = known[2]
        if story.image is not None and not (docs_dir / story.image).is_file():
            return None  # its photo was removed: checked again, which reports it
        return story


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns


def find_url_clashes(stories: Iterable[Story]) -> list[ContentProblem]:
    """Two stories may not share a URL: the second would silently replace the first."""
    first_by_url: dict[str, Story] = {}
    problems = []
    for story in stories:
        first = first_by_url.setdefault(story.url, story)
        if first is not story:
            problems.append(ContentProblem(
                story.path, None, "berkas", f"alamat /{story.url} sudah dipakai oleh {first.path}",
                "ganti nama berkas salah satunya",
            ))
    return problems


class StoryBuilder:
    """Checks one story's front matter field by field, collecting every problem."""

    def __init__(self, source: SourceFile, src_uri: str, registry: Registry, docs_dir: Path) -> None:
        self.source = source
        self.src_uri = src_uri
        self.registry = registry
        self.docs_dir = docs_dir
        self.unfilled = {key for key, value in source.meta.items() if is_unfilled(value)}
        self.meta = {key: value for key, value in source.meta.items() if key not in self.unfilled}
        self.problems: list[ContentProblem] = []

    def build(self) -> Story | list[ContentProblem]:
        self._check_keys()
        self._check_unfilled()
        self._check_body_characters()
        self._check_body_brackets()
        texts = {key: self._text(key, required=True) for key in REQUIRED_TEXT}
        unit = self._unit()
        zone = unit.zone if unit else ZONES["WIB"]
        date = self._date("date", zone, required=True)
        updated = self._date("updated", zone)
        if date and updated and updated.value < date.value:
            self._problem("updated", "lebih awal dari tanggal berita", "isi dengan tanggal koreksi terakhir")
        image, image_alt = self._image()
        story_slug = self._slug()
        fields = (
            texts["title"], texts["location"], texts["author"], unit, date, story_slug,
        )
        tags = self._tags()
        written = self._text("summary")
        summary = written or derive_summary(self.source.body)
        draft = self._flag("draft")
        if self.problems or not all(fields):
            return self.problems
        return Story(
            path=self.source.path, src_uri=self.src_uri, slug=story_slug,
            title=texts["title"], date=date, unit=unit, location=texts["location"],
            author=Label(texts["author"], "penulis", slugify(texts["author"])), tags=tags,
            summary=summary, body=self.source.body, image=image, image_alt=image_alt,
            updated=updated, draft=draft, summary_written=bool(written),
        )

    def _check_keys(self) -> None:
        for key in self.meta:
            if key not in FIELDS:
                close = difflib.get_close_matches(str(key), FIELDS, n=1, cutoff=0.6)
                hint = f"maksud Anda {close[0]}?" if close else "kunci yang dikenal: " + ", ".join(FIELDS)
                self._problem(str(key), "kunci tidak dikenal", hint)

    def _check_unfilled(self) -> None:
        for key in [key for key in self.source.meta if key in self.unfilled]:
            marker = " ".join(str(self.source.meta[key]).split())
            self.problems.append(ContentProblem(
                self.source.path, self.source.line_of(key), key, "belum diisi",
                f"ganti '{marker}' dengan isian yang benar",
            ))
        for number, line in enumerate(self.source.body.split("\n")):
            if is_unfilled(line):
                self.problems.append(ContentProblem(
                    self.source.path, self.source.body_line + number, "isi berita", "belum diisi",
                    f"ganti baris '{line.strip()}' dengan isi berita",
                ))

    def _check_body_characters(self) -> None:
        """Refuse control characters in the body, one problem per line holding any: one
        would make every feed carrying the story unreadable XML."""
        body = self.source.body
        if CONTROL_CHARACTER.search(body) is None:
            return
        for number, line in enumerate(body.split("\n")):
            problem = control_character_problem(line)
            if problem is not None:
                self.problems.append(ContentProblem(
                    self.source.path, self.source.body_line + number, "isi berita", problem, CONTROL_CHARACTER_HINT,
                ))

    def _check_body_brackets(self) -> None:
        """Refuse a paragraph with many ``[`` that nothing closes: Markdown looks for the end of
        a link from every one of them, so such a paragraph takes minutes to convert (10,000
        take 10 s, and the time grows with the square)."""
        line = self.source.body_line
        for block in self.source.body.split("\n\n"):
            unclosed = block.count("[") - block.count("]")
            if unclosed > MAX_UNCLOSED_BRACKETS:
                self.problems.append(ContentProblem(
                    self.source.path, line, "isi berita",
                    f"{unclosed} kurung siku '[' tanpa penutup ']' dalam satu paragraf",
                    "tutup setiap tautan dengan ']' atau hapus '[' yang tidak perlu",
                ))
            line += block.count("\n") + 2

    def _text(self, key: str, required: bool = False) -> str:
        value = self.meta.get(key)
        if value is None:
            if required:
                self._problem(key, "wajib diisi", f"tambahkan baris '{key}: ...' di front matter")
            return ""
        if not isinstance(value, str):
            self._problem(key, "harus berupa teks", "beri tanda kutip, mis. " + f"{key}: \"...\"")
            return ""
        text = " ".join(value.split())
        if required and not text:
            self._problem(key, "tidak boleh kosong", "isi dengan teks")
        return text

    def _unit(self) -> Unit | None:
        given = {level: self._text(level) for level in LEVELS}
        path = self._text("satuan")
        if path and any(given.values()):
            hint = "pakai 'satuan:' saja, atau polda/polres/polsek saja"
            self._problem("satuan", "diisi bersama polda/polres/polsek", hint)
            return None
        try:
            return self.registry.resolve(split_unit_path(path) if path else given)
        except UnitError as error:
            if not any(level in self.unfilled for level in LEVELS):  # an unfilled unit says it already
                self._problem("satuan" if path else error.field, error.message, error.hint)
            return None

    def _date(self, key: str, zone, required: bool = False) -> StoryDate | None:
        value = self.meta.get(key)
        # An optional date left empty (as the web editor writes it) is no date at all.
        if value is None or (value == "" and not required):
            if required:
                self._problem(key, "wajib diisi", DATE_FORMATS_HINT)
            return None
        try:
            if not isinstance(value, str):
                raise DateFormatError(f"'{value}' bukan tanggal")
            return parse_story_date(value, zone)
        except DateFormatError as error:
            self._problem(key, str(error), DATE_FORMATS_HINT)
            return None

    def _tags(self) -> tuple[Label, ...]:
        value = self.meta.get("tags")
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(tag, str) and tag.strip() for tag in value):
            self._problem("tags", "harus berupa daftar teks", "tulis setiap tag di baris sendiri: '  - patroli'")
            return ()
        labels: dict[str, Label] = {}
        for tag in value:
            name = " ".join(tag.split())
            slug = slugify(name)
            if not slug:
                message = f"tag '{name}' tidak bisa dijadikan alamat halaman"
                self._problem("tags", message, "gunakan huruf latin atau angka")
            labels.setdefault(slug, Label(name, "tag", slug))
        return tuple(labels.values())

    def _flag(self, key: str) -> bool:
        value = self.meta.get(key, False)
        if not isinstance(value, bool):
            self._problem(key, "harus true atau false", f"tulis '{key}: true' atau hapus barisnya")
            return False
        return value

    def _image(self) -> tuple[str | None, str]:
        image = self._text("image")
        alt = self._text("image_alt")
        if not image:
            if alt:
                self._problem("image_alt", "diisi tanpa 'image'", "tambahkan 'image:' atau hapus 'image_alt:'")
            return None, alt
        if not alt:
            self._problem("image_alt", "wajib diisi bila ada 'image'", "jelaskan isi foto untuk pembaca tunanetra")
        src_uri = posixpath.normpath(posixpath.join(posixpath.dirname(self.src_uri), image))
        if "://" in image or image.startswith("/") or src_uri.startswith("../") or src_uri == "..":
            self._problem("image", f"'{image}' berada di luar folder content", "simpan foto di samping berkas berita")
        elif not src_uri.lower().endswith(IMAGE_SUFFIXES):
            self._problem("image", f"'{image}' bukan berkas foto", "gunakan " + ", ".join(IMAGE_SUFFIXES))
        elif not (self.docs_dir / src_uri).is_file():
            message = f"berkas '{image}' tidak ditemukan"
            self._problem("image", message, "periksa nama berkas foto (huruf besar/kecil berpengaruh)")
        else:
            return src_uri, alt
        return None, alt

    def _slug(self) -> str:
        stem = posixpath.splitext(posixpath.basename(self.src_uri))[0]
        slug = slugify(stem)
        if not slug:
            self.problems.append(ContentProblem(
                self.source.path, None, "berkas", "nama berkas tidak bisa dijadikan alamat halaman",
                "beri nama dengan huruf latin, angka dan '-', mis. patroli-dialogis.md",
            ))
        return slug

    def _problem(self, key: str, message: str, hint: str = "") -> None:
        if key in self.unfilled:
            return  # already reported as "belum diisi"; a second message would only confuse
        self.problems.append(ContentProblem(self.source.path, self.source.line_of(key), key, message, hint))


# No bracket inside a label and no '<' inside a tag: otherwise a body of many '[' or '<a'
# would be read to its end from each of them, and a megabyte of them would take hours.
_NOT_PROSE = re.compile(r"\s*(#|[-*+]\s|\d+[.)]\s|\||!\[|<)")
_MARKUP = re.compile(r"!\[[^\[\]]*\]\([^)]*\)|<[^<>]+>|[*_`>#]+")
_LINK = re.compile(r"\[([^\[\]]*)\]\([^)]*\)")
_BLANK_LINE = re.compile(r"\n\s*\n")


def derive_summary(body: str) -> str:
    """The first paragraph of the body as plain text, cut at a word near 240 characters."""
    for block in split_blocks(body):
        text = " ".join(_MARKUP.sub("", _LINK.sub(r"\1", block)).split())
        if text and not _NOT_PROSE.match(block):
            return _shorten(text)
    return ""


def split_blocks(body: str) -> Iterator[str]:
    """The blocks of ``body`` between blank lines, as ``re.split`` gives them, found one at a
    time: the summary usually comes from the first."""
    start = 0
    for gap in _BLANK_LINE.finditer(body):
        yield body[start:gap.start()]
        start = gap.end()
    yield body[start:]


def _shorten(text: str) -> str:
    if len(text) <= SUMMARY_LENGTH:
        return text
    return text[:SUMMARY_LENGTH].rsplit(" ", 1)[0].rstrip(",.;:") + "…"
