"""``portal editor``, the web editor's local backend, spoken to over HTTP as Decap CMS does.

A real ``portal editor`` process serves a fixture project (a git checkout with a built site);
the requests are the JSON actions Decap's proxy backend posts to ``/api/v1``. What it must
refuse, ``decap-server`` (the backend it replaces) accepted: writes into ``.git/hooks/``
through ``..``, an absolute path or a symlinked folder, requests from another web site, and
connections from other machines.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import socket
import subprocess
from pathlib import Path

import pytest
from conftest import FixtureSite, front_matter, jpeg, story_fields
from servers import free_port, portal_editor

STORIES = "content/berita"
HOOK = "#!/bin/sh\necho pwned\n"


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> FixtureSite:
    """A git checkout of a portal project with one story, built with the editor in local mode."""
    site = FixtureSite(tmp_path_factory.mktemp("editor") / "proyek", cms={"repo": "humas/portal-uji"})
    site.root.mkdir()
    subprocess.run(["git", "init", "-q", str(site.root)], check=True)
    site.story("2026/01/patroli-lingkar-utara.md")
    built = site.build()
    assert built.returncode == 0, built.output
    return site


@pytest.fixture(scope="module")
def editor(project):
    """``(port, process)`` of ``portal editor`` running in the project."""
    port = free_port()
    with portal_editor(project.root, port) as process:
        yield port, process


def post(port: int, body: object, origin: str | None = "", host: str = "", content_type: str = "application/json"):
    """POST ``body`` (JSON) to ``/api/v1`` as the editor page on :8000 would: status, headers, JSON answer."""
    headers = {"Content-Type": content_type, "Host": host or f"127.0.0.1:{port}"}
    if origin is not None:
        headers["Origin"] = origin or "http://127.0.0.1:8000"
    return request(port, "POST", "/api/v1", json.dumps(body).encode(), headers)


def request(port: int, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {"Host": f"127.0.0.1:{port}"})
        response = connection.getresponse()
        data = response.read()
        answer = json.loads(data) if response.getheader("Content-Type", "").startswith("application/json") else data
        return response.status, {k.lower(): v for k, v in response.getheaders()}, answer
    finally:
        connection.close()


def persist_media(path: str, content: bytes) -> dict:
    asset = {"path": path, "content": base64.b64encode(content).decode(), "encoding": "base64"}
    return {"action": "persistMedia", "params": {"branch": "main", "asset": asset, "options": {"commitMessage": "x"}}}


def persist_entry(path: str, raw: str, assets: list[dict] = ()) -> dict:
    data_file = {"slug": Path(path).stem, "path": path, "raw": raw}
    options = {"commitMessage": "Berita baru", "useWorkflow": False, "status": "draft"}
    return {"action": "persistEntry", "params": {"branch": "main", "dataFiles": [data_file], "assets": list(assets),
                                                 "options": options}}


def story_text(**overrides: object) -> str:
    return front_matter(**story_fields(**overrides))


# What Decap does: list, save a story with its photo, read both back.

def test_the_editor_answers_decap_info(editor):
    port, _ = editor
    status, headers, answer = post(port, {"action": "info"})
    assert status == 200
    assert answer == {"repo": "proyek", "publish_modes": ["simple"], "type": "local_fs"}
    assert headers["access-control-allow-origin"] == "http://127.0.0.1:8000"


def test_a_story_and_its_photo_are_saved_and_read_back(project, editor):
    port, _ = editor
    path, photo = f"{STORIES}/2026/02/patroli-pasar.md", f"{STORIES}/2026/02/patroli-pasar.jpg"
    raw = story_text(title="Patroli Pasar", date="2026-02-03 21:30")
    asset = persist_media(photo, jpeg())["params"]["asset"]
    assert post(port, persist_entry(path, raw, [asset]))[0] == 200
    assert (project.root / path).read_text(encoding="utf-8") == raw
    assert (project.root / photo).read_bytes() == jpeg()
    _, _, entry = post(port, {"action": "getEntry", "params": {"branch": "main", "path": path}})
    assert entry["data"] == raw and entry["file"]["path"] == path
    _, _, listed = post(port, {"action": "entriesByFolder",
                               "params": {"branch": "main", "folder": STORIES, "extension": "md", "depth": 3}})
    assert {item["file"]["path"] for item in listed} >= {path, f"{STORIES}/2026/01/patroli-lingkar-utara.md"}
    _, _, media = post(port, {"action": "getMedia", "params": {"branch": "main", "mediaFolder": f"{STORIES}/2026/02"}})
    assert [(item["name"], base64.b64decode(item["content"])) for item in media] == [("patroli-pasar.jpg", jpeg())]
    assert not list((project.root / STORIES / "2026/02").glob(".*")), "no temporary file is left behind"


def test_a_photo_is_deleted(project, editor):
    port, _ = editor
    photo = f"{STORIES}/2026/03/hapus.png"
    assert post(port, persist_media(photo, b"\x89PNG\r\n"))[0] == 200
    status, _, _ = post(port, {"action": "deleteFile", "params": {"branch": "main", "path": photo,
                                                                  "options": {"commitMessage": "x"}}})
    assert status == 200 and not (project.root / photo).exists()


# Where it may write: only stories and photos under content/berita/.

REFUSED = [
    (f"{STORIES}/../../.git/hooks/pre-commit", "'..'"),
    (".git/hooks/pre-commit", "di luar folder berita"),
    (f"{STORIES}/2026/02/.git/hooks/pre-commit", "berawalan titik"),
    (f"{STORIES}/.htaccess", "berawalan titik"),
    ("content/satuan.yml", "di luar folder berita"),
    (f"{STORIES}/2026/02/skrip.html", "hanya berkas .md"),
    (f"{STORIES}/2026//02/ganda.md", "kosong"),
    (f"{STORIES}\\..\\..\\.git\\hooks\\pre-commit.md", "garis miring terbalik"),
    (f"{STORIES}/2026/02/\u202egpj.md", "karakter kendali"),
]


@pytest.mark.parametrize("path, reason", REFUSED)
def test_paths_outside_the_stories_are_refused(project, editor, path, reason):
    port, _ = editor
    before = files_of(project.root)
    status, _, answer = post(port, persist_media(path, HOOK.encode()))
    assert status == 403
    assert reason in answer["error"] and "content/berita/" in answer["error"]
    assert files_of(project.root) == before


def test_an_absolute_path_into_the_checkout_is_refused(project, editor):
    port, _ = editor
    hook = project.root / ".git/hooks/pre-commit"
    status, _, answer = post(port, persist_entry(str(hook), HOOK))
    assert status == 403 and "jalur absolut" in answer["error"]
    assert not hook.exists()


def test_a_refused_photo_leaves_its_story_unwritten(project, editor):
    port, _ = editor
    path = f"{STORIES}/2026/04/dengan-foto-liar.md"
    wild = persist_media(".git/hooks/post-checkout", HOOK.encode())["params"]["asset"]
    assert post(port, persist_entry(path, story_text(), [wild]))[0] == 403
    assert not (project.root / path).exists() and not (project.root / ".git/hooks/post-checkout").exists()


def test_a_symlinked_folder_is_not_written_through(project, editor):
    port, _ = editor
    (project.content / "berita/2026/arsip").symlink_to(project.root / ".git")
    status, _, answer = post(port, persist_entry(f"{STORIES}/2026/arsip/hooks/pre-commit.md", HOOK))
    assert status == 403 and "'content/berita/2026/arsip' adalah symlink" in answer["error"]
    assert not (project.root / ".git/hooks/pre-commit.md").exists()


def test_a_symlinked_story_is_neither_read_nor_listed(project, editor):
    port, _ = editor
    (project.content / "berita/2026/01/konfigurasi.md").symlink_to(project.root / ".git/config")
    path = f"{STORIES}/2026/01/konfigurasi.md"
    status, _, answer = post(port, {"action": "getEntry", "params": {"branch": "main", "path": path}})
    assert status == 403 and "symlink" in answer["error"]
    _, _, listed = post(port, {"action": "entriesByFolder",
                               "params": {"branch": "main", "folder": STORIES, "extension": "md", "depth": 3}})
    assert path not in {item["file"]["path"] for item in listed}


def test_special_files_are_refused_without_hanging(project, editor):
    port, _ = editor
    folder = project.content / "berita/2026/07"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "antrean.md")
    (folder / "folder.md").mkdir()
    for name in ("antrean.md", "folder.md"):
        status, _, answer = post(port, {"action": "getEntry", "params": {"branch": "main", "path": f"{STORIES}/2026/07/{name}"}})
        assert status == 403 and "bukan berkas biasa" in answer["error"]


def test_refusals_are_reported_in_the_terminal(project):
    port = free_port()
    with portal_editor(project.root, port) as process:
        post(port, persist_media(".git/hooks/pre-commit", HOOK.encode()))
        process.terminate()
        output = process.communicate(timeout=30)[1].decode()
    assert f"penyunting lokal: http://127.0.0.1:{port}/admin/" in output
    assert "ditolak: .git/hooks/pre-commit: di luar folder berita" in output


MALFORMED = [
    (b"{", 400, "bukan JSON"),
    (b"[" * 100_000 + b"]" * 100_000, 400, "bukan JSON"),
    (json.dumps({"action": "unpublishedEntries", "params": {"branch": "main"}}).encode(), 422, "alur kerja editorial"),
    (json.dumps(persist_media(f"{STORIES}/2026/06/foto.jpg", b"")).replace('"content": ""', '"content": "!!"').encode(),
     422, "bukan base64"),
    (json.dumps({"action": "persistEntry", "params": {"dataFiles": 5}}).encode(), 422, "'dataFiles' harus daftar"),
]


@pytest.mark.parametrize("body, status, message", MALFORMED)
def test_a_malformed_request_gets_a_clear_error(editor, body, status, message):
    port, _ = editor
    headers = {"Host": f"127.0.0.1:{port}", "Origin": f"http://127.0.0.1:{port}", "Content-Type": "application/json"}
    answer_status, _, answer = request(port, "POST", "/api/v1", body, headers)
    assert answer_status == status and message in answer["error"]


# Who may ask: this machine, pages on loopback, plain JSON of a bounded size.

def test_it_listens_on_loopback_only(editor):
    port, _ = editor
    assert listening_addresses(port) == {"127.0.0.1"}


@pytest.mark.parametrize("origin", ["https://evil.example", "http://127.0.0.1.evil.example:8000", "null", None])
def test_a_page_of_another_site_cannot_save(project, editor, origin):
    port, _ = editor
    path = f"{STORIES}/2026/05/dari-situs-lain.md"
    status, headers, answer = post(port, persist_entry(path, story_text()), origin=origin)
    assert status == 403 and "Origin" in answer["error"]
    assert "access-control-allow-origin" not in headers
    assert not (project.root / path).exists()


def test_the_preflight_of_another_site_is_refused(editor):
    port, _ = editor
    headers = {"Host": f"127.0.0.1:{port}", "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    status, answer_headers, _ = request(port, "OPTIONS", "/api/v1", headers=headers)
    assert status == 403 and "access-control-allow-origin" not in answer_headers
    headers["Origin"] = "http://localhost:8000"
    status, answer_headers, _ = request(port, "OPTIONS", "/api/v1", headers=headers)
    assert status == 204 and answer_headers["access-control-allow-origin"] == "http://localhost:8000"


def test_a_rebound_domain_is_refused(project, editor):
    """DNS rebinding: evil.example resolving to 127.0.0.1 makes its pages same-origin."""
    port, _ = editor
    path = f"{STORIES}/2026/05/rebinding.md"
    host = f"evil.example:{port}"
    status, _, _ = post(port, persist_entry(path, story_text()), origin=f"http://{host}", host=host)
    assert status == 403 and not (project.root / path).exists()
    assert request(port, "GET", "/admin/config.yml", headers={"Host": host})[0] == 403


def test_a_form_post_is_refused(project, editor):
    """A plain HTML form can send text/plain across sites without a preflight."""
    port, _ = editor
    path = f"{STORIES}/2026/05/formulir.md"
    status, _, _ = post(port, persist_entry(path, story_text()), content_type="text/plain")
    assert status == 415 and not (project.root / path).exists()


def test_an_oversized_request_is_refused_before_it_is_read(editor):
    port, _ = editor
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(
            f"POST /api/v1 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {200 * 1024 * 1024}\r\n\r\n".encode()
        )
        reply = b"".join(iter(lambda: connection.recv(4096), b"")).decode()
    assert reply.startswith("HTTP/1.0 413") and "batas 32 MB" in reply


# The built site, served alongside.

def test_it_serves_the_built_site_but_no_dotfiles_or_listings(project, editor):
    port, _ = editor
    (project.root / "site/.env").write_text("TOKEN=rahasia\n")
    (project.root / "site/berkas").mkdir(exist_ok=True)
    status, headers, body = request(port, "GET", "/admin/config.yml")
    assert status == 200 and b"http://127.0.0.1:8081/api/v1" in body
    assert request(port, "GET", "/.env")[0] == 404
    assert request(port, "GET", "/berkas/")[0] == 404


def test_a_port_in_use_is_a_clear_error(project):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = project.portal("editor", "--port", str(port))
    assert result.returncode == 2
    assert f"port {port} sudah dipakai — pilih port lain dengan --port" in result.stderr
    assert "Traceback" not in result.stderr


def files_of(root: Path) -> set[Path]:
    return {path for path in root.rglob("*") if "site" not in path.relative_to(root).parts[:1]}


def listening_addresses(port: int) -> set[str]:
    """Local addresses of the TCP sockets listening on ``port`` (IPv4 and IPv6), from ``/proc``."""
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, local_port = local.split(":")
            if state == "0A" and int(local_port, 16) == port:
                found.add(_address(address, width))
    return found


def _address(hex_address: str, width: int) -> str:
    """``/proc/net/tcp`` addresses are little-endian words: ``0100007F`` is 127.0.0.1."""
    words = [bytes.fromhex(hex_address[i:i + 8])[::-1] for i in range(0, width, 8)]
    packed = b"".join(words)
    return socket.inet_ntop(socket.AF_INET if width == 8 else socket.AF_INET6, packed)
