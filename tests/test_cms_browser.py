"""The web editor end to end: Decap CMS in its local mode writes a story into a fixture project.

Chromium opens ``/admin/`` of the built fixture site, served by ``portal editor``, which also
writes into the project's ``content/berita/``, as on a writer's own checkout (or served by
nginx on another port, as ``mkdocs serve`` would, with ``portal editor`` saving). The story
written through the form must pass ``portal check`` and build into a page.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Iterator

import pytest
from conftest import ROOT, FixtureSite, jpeg
from servers import chromium, csp_violations, free_port, nginx, portal_editor, record_csp_violations, require_node_tools

pytestmark = pytest.mark.integration  # builds sites, starts servers or a browser


@pytest.fixture
def project(tmp_path: Path) -> tuple[FixtureSite, int]:
    """A fixture project with one story, built with the editor in local mode on a free port."""
    require_node_tools()
    port = free_port()
    site = FixtureSite(tmp_path / "proyek", cms={
        "repo": "humas/portal-uji", "editorial_workflow": False,
        "local_backend_url": f"http://127.0.0.1:{port}/api/v1",
    })
    site.story("2026/01/patroli-lingkar-utara.md")
    built = site.build()
    assert built.returncode == 0, built.output
    return site, port


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "patroli-malam.jpg"
    path.write_bytes(jpeg())
    return path


@contextlib.contextmanager
def editor(site: FixtureSite, port: int, workdir: Path, nginx_site: bool = False) -> Iterator[object]:
    """Chromium at the editor's list of stories; saving writes into ``site`` (``portal editor``).

    The page comes from ``portal editor`` itself, or with ``nginx_site`` from nginx on another
    port (the editor then saves across origins). ``page.errors`` collects uncaught script errors.
    """
    with contextlib.ExitStack() as stack:
        base = f"http://127.0.0.1:{port}/"
        stack.enter_context(portal_editor(site.root, port))
        if nginx_site:
            base = stack.enter_context(nginx(site.root / "site", workdir / "nginx"))
        browser = stack.enter_context(chromium())
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.goto(base + "admin/")
        page.get_by_role("button", name="Masuk").click()
        yield page


def publish_now(page) -> None:
    page.get_by_role("button", name="Terbitkan").click()
    page.get_by_text("Terbitkan sekarang").click()


def stories_in(site: FixtureSite) -> set[Path]:
    return set((site.content / "berita").rglob("*.md"))


def test_a_story_written_in_the_editor_passes_the_check_and_builds(project, photo, tmp_path):
    site, port = project
    before = stories_in(site)
    with editor(site, port, tmp_path) as page:
        page.get_by_text("+ Berita baru").click()
        fill_story_form(page, photo)
        publish_now(page)
        page.get_by_role("button", name="Sudah terbit").wait_for()
        assert page.errors == []
    [written] = stories_in(site) - before
    # Decap fills {{year}}/{{month}} of the path from the story's date.
    assert written.parent == site.content / "berita" / "2026" / "02"
    text = written.read_text(encoding="utf-8")
    assert "satuan: Polda Jawa Timur / Polres Malang Kota / Polsek Kota" in text
    assert (written.parent / "patroli-malam.jpg").is_file()
    check = site.check()
    assert check.returncode == 0, check.stdout + check.stderr
    built = site.build()
    assert built.returncode == 0, built.output
    story = built.page(f"berita/2026/02/{written.stem}/")
    assert story.findtext(".//h1").strip() == "Patroli Malam di Pasar Klojen"
    assert "Polsek Kota" in story.text_content()
    assert story.xpath("//img[@alt='Petugas menyapa pedagang pasar']")


def test_a_photo_without_its_description_is_not_saved(project, photo, tmp_path):
    site, port = project
    before = stories_in(site)
    with editor(site, port, tmp_path) as page:
        page.get_by_text("+ Berita baru").click()
        fill_story_form(page, photo, alt="")
        publish_now(page)
        # Decap reports the refusal, and also leaves the rejected save uncaught in the console.
        page.get_by_text("Keterangan foto wajib diisi bila ada foto").wait_for()
    assert stories_in(site) == before


def test_a_hand_written_story_edited_in_the_editor_keeps_one_unit(project, tmp_path):
    site, port = project
    path = site.content / "berita/2026/01/patroli-lingkar-utara.md"
    with editor(site, port, tmp_path, nginx_site=True) as page:
        page.get_by_text("Polsek Mayangan Gelar Patroli Dialogis").click()
        page.get_by_label("Satuan").fill("Polsek Mayangan")
        page.get_by_text("Polsek Mayangan — Polres Probolinggo Kota, Polda Jawa Timur", exact=True).click()
        page.get_by_label("Lokasi").fill("Jalan Lingkar Utara, Kota Probolinggo")
        publish_now(page)
        page.get_by_role("button", name="Sudah terbit").wait_for()
        assert page.errors == []
    text = path.read_text(encoding="utf-8")
    assert "satuan: Polda Jawa Timur / Polres Probolinggo Kota / Polsek Mayangan" in text
    assert "polsek:" not in text
    assert "tags:" in text
    check = site.check()
    assert check.returncode == 0, check.stdout + check.stderr


def fill_story_form(
    page, photo: Path, unit: str = "Polsek Kota", choice: str = "Polsek Kota — Polres Malang Kota, Polda Jawa Timur",
    alt: str = "Petugas menyapa pedagang pasar",
) -> None:
    """Fill every field a writer fills: title, unit from the list, date, place, tags, photo, body."""
    page.get_by_label("Judul").fill("Patroli Malam di Pasar Klojen")
    page.get_by_label("Satuan").fill(unit)
    page.get_by_text(choice, exact=True).click()
    page.get_by_label("Tanggal dan jam").fill("2026-02-03T21:30")
    page.get_by_label("Lokasi").fill("Pasar Klojen, Kecamatan Klojen, Kota Malang")
    page.get_by_label("Penulis").fill("Humas Polres Malang Kota")
    page.get_by_label("Tag").fill("patroli malam, pasar")
    page.get_by_role("button", name="Pilih foto").click()
    # The media library's "Unggah" control is a file input laid over the button.
    page.locator("input[type=file]").set_input_files(str(photo))
    # The uploaded photo comes back selected.
    page.get_by_text("patroli-malam.jpg").first.wait_for()
    page.get_by_role("button", name="Pakai yang dipilih").click()
    page.get_by_label("Keterangan foto").fill(alt)
    body = page.locator("[data-slate-editor]")
    body.click()
    page.keyboard.type("Personel Polsek Kota menyambangi pedagang Pasar Klojen pada malam hari.")


def test_the_editor_starts_under_the_deploy_policy(tmp_path):
    """With deploy/nginx.conf, /admin/ gets its own policy, and the editor runs under it."""
    require_node_tools()
    # Served on 127.0.0.1 the editor would look for portal editor; on the portal's host it never does.
    site = FixtureSite(tmp_path / "proyek", cms={"repo": "humas/portal-uji", "local_backend": False})
    site.story("2026/01/patroli-lingkar-utara.md")
    built = site.build()
    assert built.returncode == 0, built.output
    deploy = ROOT / "deploy" / "nginx.conf"
    with nginx(built.site, tmp_path / "nginx", deploy_config=deploy) as base, chromium() as browser:
        page = browser.new_page()
        problems, requests = [], []
        record_csp_violations(page)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on("response", lambda response: response.status >= 400 and problems.append(f"{response.status} {response.url}"))
        page.on("request", lambda request: requests.append(request.url))
        response = page.goto(base + "admin/")
        page.get_by_role("button", name="Masuk dengan GitHub").wait_for()
        assert "'unsafe-eval'" in response.headers["content-security-policy"]
        assert csp_violations(page) == []
        assert problems == []
        assert [url for url in requests if not url.startswith(base)] == []
        home = page.goto(base)
        assert "'unsafe-eval'" not in home.headers["content-security-policy"]
