"""Story photos: resized WebP and JPEG derivatives, a social-sharing image, a cleaned original.

Pillow does the work once per photo content: results live in a cache folder keyed by a hash
of the photo's bytes and of the settings below, so rebuilds only copy them.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from PIL import Image, ImageOps

from site_plugins.content.allowlist import read_plain
from site_plugins.publish.handed import HandedTexts

PROCESSING_VERSION = "2"
"""Bump when the derivatives change, so cached ones are made again."""

WIDTHS = (480, 960, 1600)
SOCIAL_SIZE = (1200, 630)
SOCIAL_MAX_BYTES = 300_000
ORIGINAL_MAX_WIDTH = 2400
ORIGINAL_SUFFIXES = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "AVIF": "avif"}
"""Every format a photo may have; each is published re-encoded, in its own format."""
_SAVE_OPTIONS = {
    "webp": {"format": "WEBP", "quality": 78, "method": 4},
    "jpg": {"format": "JPEG", "quality": 82, "optimize": True, "progressive": True},
}


@dataclass(frozen=True)
class Variant:
    """One derivative file: where it is cached and the site-relative URL it gets."""

    url: str
    cached: str
    width: int
    height: int


@dataclass(frozen=True)
class Photo:
    """Every published form of one photo."""

    source: str
    width: int
    height: int
    original: Variant
    webp: tuple[Variant, ...]
    jpeg: tuple[Variant, ...]
    social: Variant

    @property
    def fallback(self) -> Variant:
        """The JPEG an ``<img>`` shows where ``srcset`` is not understood."""
        return self.jpeg[min(1, len(self.jpeg) - 1)]

    @property
    def thumbnail(self) -> Variant:
        return self.jpeg[0]

    def variants(self) -> tuple[Variant, ...]:
        return (*self.webp, *self.jpeg, self.social)


def photo_record(photo: Photo) -> dict:
    """What pages need of ``photo`` (sizes and URLs, not its cached files), as JSON data: a
    shard hands it to the merge, whose story cards show the photo."""
    def variant(v: Variant) -> list:
        return [v.url, v.width, v.height]

    return {
        "source": photo.source, "width": photo.width, "height": photo.height,
        "original": variant(photo.original), "webp": [variant(v) for v in photo.webp],
        "jpeg": [variant(v) for v in photo.jpeg], "social": variant(photo.social),
    }


def read_photo(record: dict) -> Photo:
    """The photo of ``record``, without cached files: only for showing it."""
    def variant(values: list) -> Variant:
        url, width, height = values
        return Variant(url, "", width, height)

    return Photo(
        source=record["source"], width=record["width"], height=record["height"],
        original=variant(record["original"]), webp=tuple(variant(v) for v in record["webp"]),
        jpeg=tuple(variant(v) for v in record["jpeg"]), social=variant(record["social"]),
    )


class HandedPhotos:
    """The featured photos every shard hands the merge and its parts, kept in a database file
    (:class:`~site_plugins.publish.handed.HandedTexts`) as each description is read. The photos
    of the stories the build shows are read once into memory (:meth:`keep`); a card reads its
    photo with :meth:`get`, which reads any other from the file and keeps the latest of those
    decoded. ``folder`` is made here and deleted by :meth:`close`."""

    KEPT = 4096
    """How many photos besides the kept ones stay decoded once read."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._texts = HandedTexts(folder / "photos.sqlite")
        self._kept: dict[str, Photo] = {}
        self._other = lru_cache(maxsize=self.KEPT)(self._read)

    def add(self, records: dict[str, dict]) -> None:
        """Keep one shard's photos, as its description gives them (:func:`photo_record`)."""
        self._texts.add((uri, json.dumps(record, separators=(",", ":"))) for uri, record in records.items())

    def keep(self, uris: Iterable[str]) -> None:
        """Read the photos at ``uris`` (those of the stories the build shows) into memory."""
        wanted = set(uris) - self._kept.keys()
        self._kept.update((uri, read_photo(json.loads(record))) for uri, record in self._texts.many(wanted))

    def get(self, uri: str) -> Photo | None:
        """The photo at ``uri``, or ``None`` when no shard handed one."""
        photo = self._kept.get(uri)
        return photo if photo is not None else self._other(uri)

    def _read(self, uri: str) -> Photo | None:
        record = self._texts.get(uri)
        return read_photo(json.loads(record)) if record is not None else None

    def close(self) -> None:
        self._texts.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class PhotoError(ValueError):
    """A photo file that Pillow cannot read, or of a format that is not published."""


def identify(abs_path: Path) -> str:
    """The photo's format from its header (``JPEG``, ``GIF``...), without decoding it."""
    try:
        with Image.open(io.BytesIO(read_plain(abs_path))) as opened:
            return _published_format(opened)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise PhotoError(str(error)) from None


def _published_format(opened: Image.Image) -> str:
    if opened.format not in ORIGINAL_SUFFIXES:
        raise PhotoError(f"format {opened.format} tidak didukung")
    return opened.format


class PhotoProcessor:
    """Makes and caches the derivatives of photos under ``cache_dir``."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir

    def process(self, abs_path: Path, src_uri: str) -> Photo:
        """The photo's derivatives, made on first sight of its content. Every format is
        re-encoded (an animated GIF keeps its first frame), so no metadata is published."""
        try:
            data = read_plain(abs_path)
        except OSError as error:
            raise PhotoError(str(error)) from None
        key = hashlib.sha256(data + PROCESSING_VERSION.encode()).hexdigest()
        folder = self.cache_dir / key[:2] / key
        manifest = folder / "manifest.json"
        if not manifest.exists():
            try:
                made = _make_derivatives(data, folder)
            except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
                raise PhotoError(str(error)) from None
            _write_atomic(manifest, json.dumps(made).encode())
        return _photo(json.loads(manifest.read_text()), folder, key, src_uri)


def _photo(manifest: dict, folder: Path, key: str, src_uri: str) -> Photo:
    stem = Path(src_uri).stem
    base = f"foto/{key[:12]}/"

    def variant(name: str) -> Variant:
        width, height = manifest["files"][name]
        suffix = Path(name).suffix
        return Variant(f"{base}{stem}-{Path(name).stem}{suffix}", str(folder / name), width, height)

    original_name = manifest["original"]
    original = manifest["files"][original_name]
    return Photo(
        source=src_uri,
        width=original[0],
        height=original[1],
        original=Variant(src_uri, str(folder / original_name), *original),
        webp=tuple(variant(f"{w}.webp") for w in manifest["widths"]),
        jpeg=tuple(variant(f"{w}.jpg") for w in manifest["widths"]),
        social=variant("social.jpg"),
    )


def _make_derivatives(data: bytes, folder: Path) -> dict:
    with Image.open(io.BytesIO(data)) as opened:
        source_format = _published_format(opened)
        image = ImageOps.exif_transpose(opened)
        image.load()
    image = _flatten(image)
    files: dict[str, tuple[int, int]] = {}
    widths = [w for w in WIDTHS if w < image.width] or [image.width]
    if image.width < WIDTHS[-1] and image.width not in widths:
        widths.append(image.width)
    for width in widths:
        resized = _resize(image, width)
        for suffix, options in _SAVE_OPTIONS.items():
            files[f"{width}.{suffix}"] = _save(resized, folder / f"{width}.{suffix}", **options)
    files["social.jpg"] = _save_social(image, folder / "social.jpg")
    original_name = "original." + ORIGINAL_SUFFIXES[source_format]
    files[original_name] = _save_original(image, folder / original_name, source_format)
    return {"widths": widths, "files": files, "original": original_name}


def _flatten(image: Image.Image) -> Image.Image:
    """RGB, with transparency laid on white (JPEG has no alpha), and without the source's
    metadata: encoders write what ``info`` holds (JPEG and GIF comments, ICC profiles, XMP)."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
    else:
        flat = image.convert("RGB")
    flat.info = {}
    return flat


def _resize(image: Image.Image, width: int) -> Image.Image:
    if width >= image.width:
        return image
    height = round(image.height * width / image.width)
    return image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)


def _save_social(image: Image.Image, path: Path) -> tuple[int, int]:
    """A 1200×630 crop for link previews, re-encoded until it is under 300 KB."""
    card = ImageOps.fit(image, SOCIAL_SIZE, Image.Resampling.LANCZOS, centering=(0.5, 0.4))
    for quality in (85, 78, 70, 62, 55, 45):
        encoded = _encode(card, format="JPEG", quality=quality, optimize=True, progressive=True)
        if len(encoded) < SOCIAL_MAX_BYTES:
            break
    _write_atomic(path, encoded)
    return card.size


def _save_original(image: Image.Image, path: Path, source_format: str) -> tuple[int, int]:
    """The photo as linked from the story, without its metadata (GPS, camera) and at a sane size."""
    cleaned = _resize(image, ORIGINAL_MAX_WIDTH)
    options = {
        "JPEG": _SAVE_OPTIONS["jpg"], "WEBP": _SAVE_OPTIONS["webp"], "PNG": {"format": "PNG", "optimize": True},
        "GIF": {"format": "GIF", "optimize": True}, "AVIF": {"format": "AVIF", "quality": 70},
    }
    return _save(cleaned, path, **options[source_format])


def _save(image: Image.Image, path: Path, **options) -> tuple[int, int]:
    _write_atomic(path, _encode(image, **options))
    return image.size


def _encode(image: Image.Image, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, **options)
    return buffer.getvalue()


def _write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file, so an interrupted build never leaves half a cache entry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    os.replace(temporary, path)
