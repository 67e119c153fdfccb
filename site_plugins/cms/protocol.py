"""Decap CMS's local-backend actions, answered from a :class:`~.area.StoryArea`.

A request is ``{"action": "persistEntry", "params": {...}}``; the answers have the shapes
``decap-server`` gives in its file-system mode (``info`` names the ``simple`` publish mode
only: no editorial workflow, stories are written straight into the checkout). Every path a
request names is checked before anything is written, so a refused photo leaves the story
unwritten too.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Any, Callable

from site_plugins.cms.area import ALLOWED_SUFFIXES, STORY_SUFFIX, StoryArea, printable

MEDIA_SUFFIXES = tuple(suffix for suffix in ALLOWED_SUFFIXES if suffix != STORY_SUFFIX)


class ProtocolError(Exception):
    """A request the editor cannot answer: ``status`` is the HTTP status, the message Indonesian."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Upload:
    """One file of a save: its project path and its bytes."""

    path: str
    content: bytes


def answer(area: StoryArea, request: object) -> Any:
    """The JSON answer to one request; raises ``ProtocolError`` or ``RefusedPath``."""
    if not isinstance(request, dict) or not isinstance(request.get("action"), str):
        raise ProtocolError(422, "permintaan harus objek JSON dengan 'action'")
    action, params = request["action"], request.get("params") or {}
    if not isinstance(params, dict):
        raise ProtocolError(422, f"{action}: 'params' harus objek JSON")
    handler = ACTIONS.get(action)
    if handler is None:
        hint = "penyunting lokal tidak memakai alur kerja editorial"
        raise ProtocolError(422, f"aksi '{printable(action)}' tidak dikenal — {hint}")
    return handler(area, params)


def info(area: StoryArea, params: dict) -> dict:
    return {"repo": area.root.name, "publish_modes": ["simple"], "type": "local_fs"}


def entries_by_folder(area: StoryArea, params: dict) -> list[dict]:
    extension = "." + _text(params, "extension").lstrip(".")
    if extension != STORY_SUFFIX:
        raise ProtocolError(422, f"entriesByFolder: hanya berkas {STORY_SUFFIX} yang didaftar")
    paths = area.files(params.get("folder"), _number(params, "depth"), (STORY_SUFFIX,))
    return [_entry(area, path) for path in paths]


def entries_by_files(area: StoryArea, params: dict) -> list[dict]:
    files = _list(params, "files")
    if not all(isinstance(file, dict) for file in files):
        raise ProtocolError(422, "entriesByFiles: 'files' harus daftar objek {path, label}")
    return [_entry(area, file.get("path"), file.get("label")) for file in files]


def get_entry(area: StoryArea, params: dict) -> dict:
    return _entry(area, params.get("path"))


def persist_entry(area: StoryArea, params: dict) -> dict:
    """Write the story and its new photos, then rename the story if its path changed."""
    data_files = params.get("dataFiles") or [params.get("entry")]
    if not isinstance(data_files, list) or not all(isinstance(file, dict) for file in data_files):
        raise ProtocolError(422, "persistEntry: 'dataFiles' harus daftar berkas berita")
    stories = [Upload(file.get("path"), _story_text(file)) for file in data_files]
    photos = [_upload(asset) for asset in _list(params, "assets")]
    moves = [(file["path"], file["newPath"]) for file in data_files if file.get("newPath")]
    for upload in [*stories, *photos]:
        area.file_path(upload.path)
    for source, target in moves:
        area.file_path(target)
    for upload in [*stories, *photos]:
        area.write(upload.path, upload.content)
    for source, target in moves:
        area.move(source, target)
    return {"message": "entry persisted"}


def get_media(area: StoryArea, params: dict) -> list[dict]:
    paths = area.files(params.get("mediaFolder"), 1, MEDIA_SUFFIXES)
    return [_media_file(area, path) for path in paths]


def get_media_file(area: StoryArea, params: dict) -> dict:
    return _media_file(area, params.get("path"))


def persist_media(area: StoryArea, params: dict) -> dict:
    upload = _upload(params.get("asset"))
    area.write(upload.path, upload.content)
    return _media_file(area, upload.path)


def delete_file(area: StoryArea, params: dict) -> dict:
    area.delete(params.get("path"))
    return {"message": f"deleted file {params['path']}"}


def delete_files(area: StoryArea, params: dict) -> dict:
    paths = _list(params, "paths")
    for path in paths:
        area.file_path(path)
    for path in paths:
        area.delete(path)
    return {"message": "deleted files " + ", ".join(paths)}


def get_deploy_preview(area: StoryArea, params: dict) -> None:
    return None


ACTIONS: dict[str, Callable[[StoryArea, dict], Any]] = {
    "info": info,
    "entriesByFolder": entries_by_folder,
    "entriesByFiles": entries_by_files,
    "getEntry": get_entry,
    "persistEntry": persist_entry,
    "getMedia": get_media,
    "getMediaFile": get_media_file,
    "persistMedia": persist_media,
    "deleteFile": delete_file,
    "deleteFiles": delete_files,
    "getDeployPreview": get_deploy_preview,
}
"""The actions of ``decap-server``'s file-system mode; the editorial workflow's are refused."""


def _entry(area: StoryArea, path: object, label: object = None) -> dict:
    """A story as Decap lists it; ``data`` is ``None`` for a story that does not exist."""
    content = area.read(path)
    file = {"path": path, "label": label, "id": _sha256(content) if content is not None else None}
    return {"data": content.decode("utf-8", errors="replace") if content is not None else None, "file": file}


def _media_file(area: StoryArea, path: object) -> dict:
    content = area.read(path)
    if content is None:
        raise ProtocolError(404, f"{printable(path)}: foto tidak ditemukan")
    return {
        "id": _sha256(content), "content": base64.b64encode(content).decode("ascii"), "encoding": "base64",
        "path": path, "name": path.rsplit("/", 1)[-1],
    }


def _story_text(file: dict) -> bytes:
    raw = file.get("raw")
    if not isinstance(raw, str):
        raise ProtocolError(422, f"{printable(file.get('path'))}: isi berita ('raw') harus teks")
    return raw.encode("utf-8")


def _upload(asset: object) -> Upload:
    """A photo sent base64-encoded, decoded strictly."""
    if not isinstance(asset, dict) or asset.get("encoding") != "base64" or not isinstance(asset.get("content"), str):
        raise ProtocolError(422, "foto harus dikirim sebagai {path, content, encoding: 'base64'}")
    try:
        content = base64.b64decode(asset["content"], validate=True)
    except binascii.Error:
        raise ProtocolError(422, f"{printable(asset.get('path'))}: isi foto bukan base64 yang sah") from None
    return Upload(asset.get("path"), content)


def _text(params: dict, key: str) -> str:
    if not isinstance(params.get(key), str):
        raise ProtocolError(422, f"parameter '{key}' harus teks")
    return params[key]


def _number(params: dict, key: str) -> int:
    value = params.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
        raise ProtocolError(422, f"parameter '{key}' harus bilangan 0–100")
    return value


def _list(params: dict, key: str) -> list:
    if not isinstance(params.get(key), list):
        raise ProtocolError(422, f"parameter '{key}' harus daftar")
    return params[key]


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()
