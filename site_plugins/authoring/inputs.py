"""What the ``portal`` command reads from its writer: article text and photos.

All of it is read and checked before anything is written. A path is opened without waiting
(a FIFO never blocks the command), must be a regular file, and is read only up to a size
limit; article text must be UTF-8 without NUL bytes, a photo an image Pillow can read of a type
the site publishes. Every refusal is a :class:`~site_plugins.authoring.project.ProjectError` in Indonesian.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
from pathlib import Path

from PIL import Image

from site_plugins.authoring.project import ProjectError

ARTICLE_MAX_BYTES = 5_000_000
"""Largest article accepted by ``portal import``: a saved web page with its markup fits."""

PHOTO_MAX_BYTES = 25_000_000
"""Largest photo accepted by ``portal new --image``: a full-size camera JPEG fits."""

PHOTO_SUFFIXES = {"JPEG": (".jpg", ".jpeg"), "PNG": (".png",), "WEBP": (".webp",), "GIF": (".gif",), "AVIF": (".avif",)}
"""The photo types the site publishes, by Pillow format, with the file name endings of each."""

_REASONS = {
    errno.EACCES: "tidak ada izin membaca",
    errno.EPERM: "tidak ada izin membaca",
    errno.EIO: "galat baca pada perangkat",
    errno.ELOOP: "tautan simbolik tidak diterima",
}


def read_article(name: str) -> str:
    """The text of an article to import: the file ``name``, or standard input for ``-``."""
    if name == "-":
        data = _limited(sys.stdin.buffer.read(ARTICLE_MAX_BYTES + 1), "stdin", ARTICLE_MAX_BYTES)
    else:
        data = read_regular_file(Path(name), ARTICLE_MAX_BYTES, follow_symlinks=True)
    shown = "stdin" if name == "-" else f"'{name}'"
    if b"\0" in data:
        raise ProjectError(f"{shown} berisi data biner (byte NUL), bukan teks — berikan teks artikelnya saja")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectError(f"{shown} bukan teks UTF-8 — simpan ulang berkas itu dengan encoding UTF-8") from None


def read_photo(path: Path) -> tuple[bytes, str]:
    """A photo's bytes and the file name ending for its real type (``.jpg``, ``.png``, ...).

    The photo must be a regular file (not a symbolic link) that Pillow reads, by its content,
    as one of :data:`PHOTO_SUFFIXES`; the name's own ending is kept when it fits that type.
    """
    try:
        data = read_regular_file(path, PHOTO_MAX_BYTES, follow_symlinks=False)
    except ProjectError as error:
        raise ProjectError(f"image: {error}") from None
    found = _image_format(data)
    if found not in PHOTO_SUFFIXES:
        allowed = ", ".join(suffix for suffixes in PHOTO_SUFFIXES.values() for suffix in suffixes)
        raise ProjectError(f"image: '{path}' bukan berkas foto — gunakan foto {allowed}")
    suffixes = PHOTO_SUFFIXES[found]
    return data, path.suffix.lower() if path.suffix.lower() in suffixes else suffixes[0]


def read_regular_file(path: Path, limit: int, follow_symlinks: bool) -> bytes:
    """The bytes of ``path``, refused unless it is a readable regular file of at most ``limit``."""
    flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow_symlinks else os.O_NOFOLLOW)
    try:
        handle = os.open(path, flags)
    except FileNotFoundError:
        raise ProjectError(f"berkas '{path}' tidak ditemukan") from None
    except OSError as error:
        raise ProjectError(f"'{path}' tidak bisa dibaca: {explain_os_error(error)}") from None
    try:
        _require_regular(path, os.fstat(handle).st_mode)
        with os.fdopen(handle, "rb", closefd=False) as file:
            return _limited(file.read(limit + 1), f"'{path}'", limit)
    except OSError as error:
        raise ProjectError(f"'{path}' tidak bisa dibaca: {explain_os_error(error)}") from None
    finally:
        os.close(handle)


def _require_regular(path: Path, kind: int) -> None:
    if stat.S_ISDIR(kind):
        raise ProjectError(f"'{path}' adalah folder — berikan satu berkas")
    if not stat.S_ISREG(kind):
        raise ProjectError(f"'{path}' bukan berkas biasa (FIFO, soket atau perangkat) — berikan berkas biasa")


def _limited(data: bytes, shown: str, limit: int) -> bytes:
    if len(data) > limit:
        raise ProjectError(f"{shown} lebih besar dari {limit // 1_000_000} MB — perkecil dulu")
    return data


def _image_format(data: bytes) -> str | None:
    """Pillow's name for the image type of ``data``, or ``None`` when it is no image Pillow reads."""
    try:
        with Image.open(io.BytesIO(data), formats=list(PHOTO_SUFFIXES)) as image:
            image.verify()
            return image.format
    # Decoders of hostile data fail in many ways; each one means "not a photo we can publish".
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError):
        return None


def explain_os_error(error: OSError) -> str:
    """Why a file could not be read, in Indonesian where the reason is a common one."""
    return _REASONS.get(error.errno, error.strerror or "galat tidak dikenal")
