"""The files the local editor may read and write: stories and their photos, nothing else.

Paths come from the browser relative to the project (``content/berita/2026/02/patroli.md``).
A path is accepted only when it is spelled plainly inside the stories folder (no ``..``, ``.``,
empty or dot-led segments, no absolute path, no backslash or control character), names a story
or a photo by its suffix, and no existing folder or file on the way is a symlink.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from site_plugins.content.stories import IMAGE_SUFFIXES

STORY_SUFFIX = ".md"
ALLOWED_SUFFIXES = (STORY_SUFFIX, *IMAGE_SUFFIXES)
"""What the editor writes: the story and the photos beside it."""
_DRIVE = re.compile(r"[A-Za-z]:")


class RefusedPath(Exception):
    """A path the editor may not touch; the message (Indonesian) names it and says why."""


@dataclass(frozen=True)
class StoryArea:
    """The stories folder of one project, as the editor sees it.

    ``root`` is the project folder (where ``mkdocs.yml`` is; Decap's paths are relative to it),
    ``folder`` the stories folder relative to it, e.g. ``content/berita``.
    """

    root: Path
    folder: str
    report: Callable[[str], None] = lambda message: None
    """Told of every file written, renamed or deleted (``portal editor`` prints it)."""

    @property
    def hint(self) -> str:
        return f"penyunting lokal hanya membuka berita dan fotonya di {self.folder}/"

    def folder_path(self, value: object) -> Path:
        """The stories folder or a folder under it, for listings."""
        parts = self._parts(value)
        self._refuse_symlinks(value, parts)
        return self.root.joinpath(*parts)

    def file_path(self, value: object) -> Path:
        """A story or photo under the stories folder (which may not exist yet)."""
        parts = self._parts(value)
        if len(parts) == len(self.folder.split("/")):
            raise self._refused(value, "ini foldernya, bukan berkas")
        if not parts[-1].lower().endswith(ALLOWED_SUFFIXES):
            raise self._refused(value, "hanya berkas " + ", ".join(ALLOWED_SUFFIXES) + " yang boleh")
        path = self.root.joinpath(*parts)
        self._refuse_symlinks(value, parts)
        if path.exists() and not stat.S_ISREG(path.lstat().st_mode):
            raise self._refused(value, "bukan berkas biasa")
        return path

    def read(self, value: object) -> bytes | None:
        """The file's bytes, or ``None`` when it does not exist."""
        path = self.file_path(value)
        try:
            descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        except FileNotFoundError:
            return None
        with os.fdopen(descriptor, "rb") as file:
            return file.read()

    def write(self, value: object, content: bytes) -> None:
        """Replace the file in one step: a reader never sees half a story or half a photo."""
        path = self.file_path(value)
        self._make_folders(value, path.parent)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".penyunting-", suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(content)
                file.flush()
                os.fsync(file.fileno())
            os.chmod(temporary, 0o644)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        self.report(f"disimpan: {value}")

    def delete(self, value: object) -> None:
        """Remove the file; one already gone is fine (Decap deletes what it listed)."""
        path = self.file_path(value)
        path.unlink(missing_ok=True)
        self.report(f"dihapus: {value}")

    def move(self, source: object, target: object) -> None:
        """Rename a story (Decap sends ``newPath`` when its path changes)."""
        source_path, target_path = self.file_path(source), self.file_path(target)
        if target_path.exists():
            raise self._refused(target, "sudah ada berita dengan jalur ini")
        self._make_folders(target, target_path.parent)
        os.replace(source_path, target_path)
        self.report(f"dipindah: {source} -> {target}")

    def files(self, value: object, depth: int, suffixes: tuple[str, ...]) -> list[str]:
        """Files with ``suffixes`` under a folder, ``depth`` levels deep, as project paths.

        Symlinks and dot-led names are left out, as they could not be opened anyway.
        """
        folder = self.folder_path(value)
        if not folder.is_dir():
            return []
        found = [path for path in _walk(folder, depth) if path.name.lower().endswith(suffixes)]
        return sorted(path.relative_to(self.root).as_posix() for path in found)

    def _parts(self, value: object) -> list[str]:
        if not isinstance(value, str) or not value:
            raise RefusedPath(f"jalur berkas kosong atau bukan teks — {self.hint}")
        if value.startswith("/") or _DRIVE.match(value):
            raise self._refused(value, "jalur absolut tidak boleh")
        if any(unicodedata.category(char) in ("Cc", "Cf") or char == "\\" for char in value):
            raise self._refused(value, "ada karakter kendali atau garis miring terbalik")
        parts = value.split("/")
        if any(part in ("", ".", "..") for part in parts):
            raise self._refused(value, "bagian '..', '.' atau kosong tidak boleh")
        folder = self.folder.split("/")
        if parts[: len(folder)] != folder:
            raise self._refused(value, "di luar folder berita")
        if any(part.startswith(".") for part in parts):
            raise self._refused(value, "berkas atau folder berawalan titik tidak boleh")
        return parts

    def _refuse_symlinks(self, value: object, parts: list[str]) -> None:
        """Every existing step from the project folder down is a real folder or file."""
        path = self.root
        for part in parts:
            path = path / part
            try:
                mode = path.lstat().st_mode
            except FileNotFoundError:
                return
            if stat.S_ISLNK(mode):
                raise self._refused(value, f"'{path.relative_to(self.root).as_posix()}' adalah symlink")

    def _make_folders(self, value: object, folder: Path) -> None:
        """Create the missing folders one by one, refusing a symlink slipped in meanwhile."""
        missing = []
        while not folder.exists() and folder != self.root:
            missing.append(folder)
            folder = folder.parent
        for path in reversed(missing):
            path.mkdir(exist_ok=True)
            if stat.S_ISLNK(path.lstat().st_mode):
                raise self._refused(value, f"'{path.relative_to(self.root).as_posix()}' adalah symlink")

    def _refused(self, value: object, reason: str) -> RefusedPath:
        return RefusedPath(f"{printable(value)}: {reason} — {self.hint}")


def printable(value: object) -> str:
    """``value`` for a message: control and direction characters shown as ``\\uXXXX``."""
    text = str(value)
    return "".join(f"\\u{ord(char):04x}" if unicodedata.category(char) in ("Cc", "Cf") else char for char in text)


def _walk(folder: Path, depth: int) -> Iterator[Path]:
    """Regular files under ``folder``, at most ``depth`` levels; no symlinks, no dot-led names."""
    if depth <= 0:
        return
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda entry: entry.name):
            if entry.name.startswith(".") or entry.is_symlink():
                continue
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path), depth - 1)
            elif entry.is_file(follow_symlinks=False):
                yield Path(entry.path)
