"""``portal editor``: the built site and a local backend for its web editor, on loopback only.

Decap CMS, opened on ``localhost``/``127.0.0.1``, saves through a *local backend* instead of
GitHub or GitLab: JSON requests ``{"action": ..., "params": ...}`` posted to ``/api/v1`` (the
protocol of Decap's ``decap-server`` in its file-system mode). This server answers them with
limits ``decap-server`` does not have; the files it may touch are decided in ``editor_area``
(stories and photos under ``content/berita/`` only), the actions in ``editor_protocol``.

- Bound to ``127.0.0.1``: nobody else on the network reaches it.
- ``Host`` must be ``127.0.0.1:<port>`` or ``localhost:<port>``: a foreign domain that
  re-resolves to 127.0.0.1 (DNS rebinding) gets nothing, not even the site.
- Saving (``POST /api/v1``) needs an ``Origin`` on loopback (any port, so ``mkdocs serve``
  on :8000 works too) and ``Content-Type: application/json``: a page of another web site can
  neither send it (the browser's CORS preflight is refused) nor read the answer.
- Requests are limited to :data:`MAX_REQUEST_BYTES`.
- Any other path is a file of the built site (``site/``): dot-led names and folder listings
  are not served.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from site_plugins.authoring.project import Project, ProjectError
from site_plugins.cms.area import RefusedPath, StoryArea, printable
from site_plugins.cms.protocol import ProtocolError, answer

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 8081
API_PATH = "/api/v1"
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
MAX_REQUEST_BYTES = 32 * 1024 * 1024
"""A story with a large photo, base64-encoded (a third larger), fits with room to spare."""


class EditorServer(ThreadingHTTPServer):
    """Serves the site in ``site_dir`` and answers the editor for ``area``, on loopback."""

    daemon_threads = True

    def __init__(self, area: StoryArea, site_dir: Path, port: int) -> None:
        self.area = area
        self.site_dir = site_dir
        super().__init__((LOOPBACK, port), EditorHandler)

    @property
    def port(self) -> int:
        return self.server_address[1]


class EditorHandler(SimpleHTTPRequestHandler):
    """One request: a file of the site, a CORS preflight, or an editor action."""

    server: EditorServer
    server_version = "portal-editor"
    sys_version = ""

    def __init__(self, request, client_address, server: EditorServer) -> None:
        super().__init__(request, client_address, server, directory=str(server.site_dir))

    def do_GET(self) -> None:
        if not self._refused_site_file():
            super().do_GET()

    def do_HEAD(self) -> None:
        if not self._refused_site_file():
            super().do_HEAD()

    def do_OPTIONS(self) -> None:
        if self._refused_host() or self._refused_origin():
            return
        self.send_response(HTTPStatus.NO_CONTENT)
        self._send_cors_headers()
        self.send_header("Access-Control-Allow-Methods", "POST")
        self.send_header("Access-Control-Allow-Headers", "Content-Type")
        self.send_header("Access-Control-Max-Age", "600")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self) -> None:
        if self._refused_host() or self._refused_origin():
            return
        if urlsplit(self.path).path != API_PATH:
            self._send_json(HTTPStatus.NOT_FOUND, {"error": f"alamat penyunting adalah {API_PATH}"})
            return
        if self.headers.get_content_type() != "application/json":
            self._send_json(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"error": "kirim permintaan sebagai application/json"})
            return
        body = self._read_body()
        if body is not None:
            self._answer(body)

    def list_directory(self, path):
        """No folder listings: a folder without ``index.html`` is simply not found."""
        self.send_error(HTTPStatus.NOT_FOUND)
        return None

    def log_message(self, format: str, *args) -> None:
        """Quiet for pages; saves and refusals are reported by :meth:`_answer`."""

    def _answer(self, body: bytes) -> None:
        try:
            request = json.loads(body)
            self._send_json(HTTPStatus.OK, answer(self.server.area, request))
        except (ValueError, RecursionError) as error:
            self._send_json(HTTPStatus.BAD_REQUEST, {"error": f"permintaan bukan JSON yang sah: {error}"})
        except RefusedPath as error:
            _say(f"ditolak: {error}")
            self._send_json(HTTPStatus.FORBIDDEN, {"error": str(error)})
        except ProtocolError as error:
            self._send_json(error.status, {"error": str(error)})
        except OSError as error:
            _say(f"gagal: {error}")
            message = f"gagal membaca atau menulis berkas: {error.strerror}"
            self._send_json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": message})

    def _read_body(self) -> bytes | None:
        """The request body, or ``None`` after answering a missing or too large one."""
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._send_json(HTTPStatus.LENGTH_REQUIRED, {"error": "permintaan tanpa Content-Length"})
            return None
        if not 0 <= length <= MAX_REQUEST_BYTES:
            self.close_connection = True
            limit = MAX_REQUEST_BYTES // (1024 * 1024)
            self._send_json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                            {"error": f"permintaan terlalu besar (batas {limit} MB) — perkecil fotonya"})
            return None
        return self.rfile.read(length)

    def _refused_site_file(self) -> bool:
        """Answer 404 for dot-led names (``/.git/``, ``/.env``) or when there is no built site."""
        if self._refused_host():
            return True
        segments = unquote(urlsplit(self.path).path).split("/")
        if any(segment.startswith(".") for segment in segments) or not self.server.site_dir.is_dir():
            self.send_error(HTTPStatus.NOT_FOUND)
            return True
        return False

    def _refused_host(self) -> bool:
        """Answer 403 unless ``Host`` names this server on loopback (no DNS rebinding)."""
        allowed = {f"{name}:{self.server.port}" for name in ("127.0.0.1", "localhost", "[::1]")}
        if self.headers.get("Host", "").lower() in allowed:
            return False
        message = "Host ditolak: buka penyunting lewat 127.0.0.1 atau localhost"
        self._send_json(HTTPStatus.FORBIDDEN, {"error": message})
        return True

    def _refused_origin(self) -> bool:
        """Answer 403 unless the request comes from a page on loopback."""
        if self._loopback_origin():
            return False
        origin = printable(self.headers.get("Origin", "(tanpa Origin)"))
        message = f"Origin {origin} ditolak: hanya halaman di 127.0.0.1/localhost"
        self._send_json(HTTPStatus.FORBIDDEN, {"error": message})
        return True

    def _loopback_origin(self) -> str | None:
        """The request's ``Origin`` when it is a page on loopback (any port), else ``None``."""
        origin = self.headers.get("Origin", "")
        try:
            parts = urlsplit(origin)
            parts.port
        except ValueError:
            return None
        plain = f"{parts.scheme}://{parts.netloc}" == origin
        return origin if plain and parts.scheme in ("http", "https") and parts.hostname in LOOPBACK_NAMES else None

    def _send_cors_headers(self) -> None:
        origin = self._loopback_origin()
        if origin:
            self.send_header("Access-Control-Allow-Origin", origin)
        self.send_header("Vary", "Origin")

    def _send_json(self, status: int, value: object) -> None:
        body = json.dumps(value, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self._send_cors_headers()
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def run_editor(args: argparse.Namespace) -> int:
    """``portal editor``: serve the built site and let ``/admin/`` save into the stories folder."""
    project = Project.load(args.config)
    area = story_area(project)
    try:
        server = EditorServer(area, project.site_dir, args.port)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise ProjectError(f"port {args.port} sudah dipakai — pilih port lain dengan --port") from None
        raise ProjectError(f"penyunting tidak dapat dijalankan: {error.strerror}") from None
    with server:
        _say(f"penyunting lokal: http://{LOOPBACK}:{server.port}/admin/ (hanya dari komputer ini)")
        _say(f"menyimpan hanya ke {area.folder}/; tekan Ctrl+C untuk berhenti")
        problem = site_problem(project.site_dir, server.port)
        if problem:
            _say(f"peringatan: {problem}")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            _say("penyunting dihentikan")
    return 0


def story_area(project: Project) -> StoryArea:
    """The stories folder, relative to the project folder (where Decap's paths start)."""
    # Not resolved, as MkDocs joins docs_dir: a symlink on the way is refused at each request.
    root = Path(os.path.abspath(project.config_file)).parent
    stories = project.docs_dir / project.stories_dir
    folder = Path(os.path.relpath(stories, root)).as_posix()
    if folder.split("/")[0] in ("..", "."):
        raise ProjectError(f"folder berita {stories} harus di dalam folder proyek {root}")
    return StoryArea(root, folder, report=_say)


def site_problem(site_dir: Path, port: int) -> str | None:
    """Why ``/admin/`` of the built site would not reach this server, if it would not."""
    hint = "bangun situsnya dulu: PORTAL_CMS_WORKFLOW=false make site"
    config = site_dir / "admin" / "config.yml"
    if not config.is_file():
        return f"{config} belum ada — {hint}"
    local = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("local_backend") or {}
    url = urlsplit(local.get("url", "") if isinstance(local, dict) else "")
    if url.hostname not in LOOPBACK_NAMES or url.port != port or url.path != API_PATH:
        expected = f"http://{LOOPBACK}:{port}{API_PATH}"
        return f"{config} tidak menunjuk ke penyunting ini (local_backend_url: {expected}) — {hint}"
    return None


def _say(message: str) -> None:
    print(f"portal editor: {message}", file=sys.stderr, flush=True)
