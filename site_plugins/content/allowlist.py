"""The publishing allowlist: what of the content folder may reach the site, and why the rest may not.

The content folder is walked with ``os.scandir`` and never through a symbolic link, and a
special file (FIFO, socket, device) is never opened. Each entry is one of:

- a story: a ``.md`` file under the stories folder (``berita/``);
- the unit registry (``satuan.yml``): read by the build, never published;
- an attachment: a photo or a PDF under the stories folder, published only when a published
  story names it (photos re-encoded without their metadata by ``portal-publish``);
- a problem: anything else, reported to the writer by name. Symbolic links, hidden names,
  special files, folders named ``*.md``, files outside the stories folder and files of other
  types are never published.

``portal check`` and the build both take their list of stories and attachments from here.
See ``docs/publishing.md``.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable
from urllib.parse import unquote, urlsplit

from site_plugins.content.problems import ContentProblem
from site_plugins.content.stories import IMAGE_SUFFIXES, Story

DOCUMENT_SUFFIXES = (".pdf",)
ATTACHMENT_SUFFIXES = IMAGE_SUFFIXES + DOCUMENT_SUFFIXES
PDF_MAGIC = b"%PDF-"

_FIELD = "berkas"
_KEEP_BESIDE = "simpan foto dan PDF di samping berkas berita yang memakainya"


@dataclass
class Inventory:
    """The content folder sorted into stories, attachments and problems (``src_uri``s)."""

    stories: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    problems: list[ContentProblem] = field(default_factory=list)
    has_links: bool = False
    """Whether a symbolic link was found: MkDocs' own listing of the folder would follow it."""


@dataclass
class Attachment:
    """A photo or document that stories name; ``uses`` are the stories and fields naming it."""

    src_uri: str
    uses: list[tuple[Story, str]] = field(default_factory=list)

    @property
    def is_photo(self) -> bool:
        return self.src_uri.lower().endswith(IMAGE_SUFFIXES)


def take_inventory(docs_dir: Path, stories_dir: str, registry_uri: str, prefix: str = "") -> Inventory:
    """Walk ``docs_dir`` without following links and sort every entry (``prefix`` is how
    paths are shown, e.g. ``content/``)."""
    inventory = Inventory()
    folders = [""]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(docs_dir / folder) as listing:
                entries = list(listing)
        except OSError as error:
            inventory.problems.append(_problem(prefix + folder.rstrip("/"), _unreadable(error)))
            continue
        in_stories = not stories_dir or folder.startswith(stories_dir + "/")
        for entry in entries:
            src_uri = folder + entry.name
            # The common case first: a plain file (the entry's type, read without a stat call).
            if entry.is_file(follow_symlinks=False) and not entry.name.startswith("."):
                _sort_file(inventory, src_uri, in_stories, registry_uri, prefix)
                continue
            refusal = _refusal(entry)
            if refusal is None:
                folders.append(src_uri + "/")
                continue
            inventory.problems.append(_problem(prefix + src_uri, refusal))
            inventory.has_links |= refusal is _SYMLINK
    inventory.stories.sort()
    inventory.attachments.sort()
    return inventory


_SYMLINK = ("tautan simbolis (symlink) tidak diterbitkan", "ganti dengan berkas atau folder aslinya")
_HIDDEN = ("berkas tersembunyi (nama diawali titik) tidak diterbitkan",
           "beri nama dengan huruf latin, angka dan '-', mis. patroli-dialogis.md")
_SPECIAL = ("bukan berkas biasa (FIFO, soket atau perangkat)", "hapus dari folder content")
_MD_FOLDER = ("folder bernama '.md'", "ganti nama folder ini")
_MD_CAPITALS = ("akhiran berita harus '.md' dengan huruf kecil", "ganti nama berkas, mis. patroli-dialogis.md")
"""MkDocs reads only ``.md`` as a page: a ``.MD`` would be copied as it is, unrendered."""
_OUTSIDE = ("berkas di luar folder berita tidak diterbitkan", _KEEP_BESIDE + ", atau hapus berkas ini")
_TYPE = ("jenis berkas ini tidak diterbitkan",
         "hanya berita (.md), foto (" + ", ".join(IMAGE_SUFFIXES) + ") dan PDF yang diterbitkan; hapus berkas ini")


def _refusal(entry: os.DirEntry) -> tuple[str, str] | None:
    """Why an entry other than a plain file is refused; ``None`` for a folder to walk."""
    if entry.is_symlink():
        return _SYMLINK
    if entry.name.startswith("."):
        return _HIDDEN
    if entry.is_dir(follow_symlinks=False):
        return _MD_FOLDER if entry.name.lower().endswith(".md") else None
    return _SPECIAL


def _sort_file(inventory: Inventory, src_uri: str, in_stories: bool, registry_uri: str, prefix: str) -> None:
    name = src_uri.lower()
    if src_uri == registry_uri:
        return  # read by the build, never published
    if not in_stories:
        inventory.problems.append(_problem(prefix + src_uri, _OUTSIDE))
    elif src_uri.endswith(".md"):
        inventory.stories.append(src_uri)
    elif name.endswith(".md"):
        inventory.problems.append(_problem(prefix + src_uri, _MD_CAPITALS))
    elif name.endswith(ATTACHMENT_SUFFIXES):
        inventory.attachments.append(src_uri)
    else:
        inventory.problems.append(_problem(prefix + src_uri, _TYPE))


def _problem(path: str, reason: tuple[str, str]) -> ContentProblem:
    return ContentProblem(path, None, _FIELD, *reason)


def _unreadable(error: OSError) -> tuple[str, str]:
    return f"tidak bisa dibaca ({error.strerror})", "periksa izin berkas atau folder ini"


# References: what a story's text names. Markdown targets are relative to the story's file (as
# MkDocs resolves them); targets of raw HTML are relative to the story's page (as browsers do).
_MARKDOWN_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)>?")
# A label holds no bracket (as in Python-Markdown): on a line of '[' each try stops at once.
_REFERENCE_DEFINITION = re.compile(r"\[[^\[\]\n]+\]:[ \t]*<?([^\s>]+)")
# Tags first, then their attributes: a pattern starting with a literal is searched for quickly.
_HTML_TAG = re.compile(r"<[a-zA-Z][^>]*>")
_HTML_TARGET = re.compile(r"""\b(?:src|href|srcset|data|poster)\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)


def references(story: Story) -> list[tuple[str, str]]:
    """Every content path the story names, with the field naming it (``image`` or ``isi``)."""
    folder = posixpath.dirname(story.src_uri)
    found = [(story.image, "image")] if story.image else []
    markdown = _MARKDOWN_TARGET.findall(story.body) + _REFERENCE_DEFINITION.findall(story.body)
    html = [target for tag in _html_tags(story.body) for target in _HTML_TARGET.findall(tag)]
    for base, targets in ((folder, markdown), (story.url, html)):
        found += [(uri, "isi") for uri in (_resolve(base, target) for target in targets) if uri]
    return found


def _html_tags(body: str) -> list[str]:
    """The HTML start tags of ``body``. Searched only up to its last '>': past it every try
    would read to the end, and a body of many '<a' would take quadratic time."""
    return _HTML_TAG.findall(body, 0, body.rfind(">") + 1)


def _resolve(base: str, target: str) -> str | None:
    """The content path a relative link target names, or ``None`` for another site's."""
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    return posixpath.normpath(posixpath.join(base, unquote(parts.path)))


def find_attachments(inventory: Inventory, stories: Iterable[Story]) -> dict[str, Attachment]:
    """The attachments the stories name, each with every story and field naming it."""
    known = {uri: Attachment(uri) for uri in inventory.attachments}
    for story in stories:
        for uri, field_name in references(story):
            attachment = known.get(uri)
            if attachment is not None and (story, field_name) not in attachment.uses:
                attachment.uses.append((story, field_name))
    return {uri: attachment for uri, attachment in known.items() if attachment.uses}


def check_attachments(
    docs_dir: Path, inventory: Inventory, named: dict[str, Attachment], prefix: str, every_story: bool = True
) -> list[ContentProblem]:
    """Attachments no story names (only when ``every_story`` was read) and documents that
    are not what their name says. Photos are checked where they are decoded."""
    problems = []
    if every_story:
        problems += [
            _problem(prefix + uri, ("tidak dipakai oleh berita mana pun, jadi tidak diterbitkan",
                                    "pakai di sebuah berita, atau hapus berkas ini"))
            for uri in inventory.attachments if uri not in named
        ]
    for attachment in named.values():
        if not attachment.is_photo:
            problems += check_document(docs_dir, attachment, prefix)
    return problems


def check_document(docs_dir: Path, attachment: Attachment, prefix: str) -> list[ContentProblem]:
    """A PDF must start as one: a file merely named ``.pdf`` could be a page with script."""
    try:
        start = read_plain(docs_dir / attachment.src_uri, len(PDF_MAGIC))
    except OSError as error:
        return [_problem(prefix + attachment.src_uri, _unreadable(error))]
    if start == PDF_MAGIC:
        return []
    story, field_name = attachment.uses[0]
    return [ContentProblem(
        story.path, None, field_name, f"'{attachment.src_uri}' bukan berkas PDF",
        "simpan ulang dokumen sebagai PDF",
    )]


def photo_problem(story: Story, field_name: str, src_uri: str) -> ContentProblem:
    """A photo the story names that cannot be read, or is of a format not published."""
    return ContentProblem(
        story.path, None, field_name, f"foto '{src_uri}' rusak atau bukan gambar yang bisa dibaca",
        "simpan ulang foto sebagai JPEG atau PNG",
    )


def read_plain(path: Path, size: int = -1) -> bytes:
    """Up to ``size`` bytes of a regular file (all with -1). A link or special file put in the
    file's place since the walk raises ``OSError``: it is neither followed nor waited on."""
    handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with os.fdopen(handle, "rb") as file:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise OSError(0, "bukan berkas biasa")
        return file.read(size)
