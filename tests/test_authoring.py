"""``portal new``, ``portal import`` and ``portal build`` in a fixture project, as a writer runs them."""

import io
import os
import pty
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from conftest import jpeg
from PIL import Image

from site_plugins.authoring import mkdocs_command
from site_plugins.content.source import read_source

RAW = Path(__file__).parent / "raw"
NEW = ["new", "--title", "Polsek Mayangan Gelar Patroli: “Aman”", "--polsek", "Polsek Mayangan",
       "--location", "Jalan Lingkar Utara, Kota Probolinggo", "--author", "Dewi Lestari",
       "--tags", "patroli dialogis, kamtibmas", "--date", "2026-01-29 12:00"]
NEW_PATH = "content/berita/2026/01/polsek-mayangan-gelar-patroli-aman.md"


def fill_body(site, relative, body="Isi berita yang sebenarnya."):
    path = site.root / relative
    text = path.read_text(encoding="utf-8")
    marker = next(line for line in text.splitlines() if line.startswith("ISI:"))
    path.write_text(text.replace(marker, body), encoding="utf-8")


def test_new_writes_a_complete_story(site):
    result = site.portal(*NEW)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == NEW_PATH
    source = read_source(site.root / NEW_PATH, NEW_PATH)
    assert source.meta == {
        "title": "Polsek Mayangan Gelar Patroli: “Aman”", "date": "2026-01-29 12:00",
        "polsek": "Polsek Mayangan", "polres": "Polres Probolinggo Kota",
        "location": "Jalan Lingkar Utara, Kota Probolinggo", "author": "Dewi Lestari",
        "tags": ["patroli dialogis", "kamtibmas"],
    }
    assert "lengkapi sebelum commit (1 isian)" in result.stderr
    assert f"{NEW_PATH}:13: isi berita: belum diisi" in result.stderr
    assert site.check().returncode == 1
    fill_body(site, NEW_PATH)
    checked = site.check()
    assert (checked.returncode, checked.stdout.strip()) == (0, "1 berita valid"), checked.stderr


def test_new_never_overwrites(site):
    assert site.portal(*NEW).returncode == 0
    fill_body(site, NEW_PATH, "Sudah ditulis.")
    again = site.portal(*NEW)
    assert again.returncode == 1
    assert f"{NEW_PATH} sudah ada; berkas itu tidak ditimpa" in again.stderr
    assert "Sudah ditulis." in (site.root / NEW_PATH).read_text(encoding="utf-8")


def test_new_refuses_an_unknown_unit_with_the_closest_names(site):
    result = site.portal("new", "--title", "Apel", "--polsek", "Polsek Kanigaram")
    assert result.returncode == 2
    assert result.stderr.strip() == "portal: polsek: 'Polsek Kanigaram' tidak ada di daftar satuan — maksud Anda 'Polsek Kanigaran'?"
    assert not (site.content / "berita").exists()


def test_new_dates_now_in_the_units_zone_and_marks_what_is_missing(site):
    result = site.portal("new", "--title", "Apel Pagi", "--polsek", "Polsek Sekongkang")
    assert result.returncode == 0, result.stderr
    source = read_source(site.root / result.stdout.strip(), "x")
    written = datetime.strptime(source.meta["date"], "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=8)))
    assert abs(datetime.now(timezone.utc) - written) < timedelta(minutes=2)
    assert result.stdout.strip() == f"content/berita/{written:%Y/%m}/apel-pagi.md"
    assert source.meta["location"].startswith("ISI: ") and source.meta["author"] == "ISI: nama penulis"
    for field in ("location: belum diisi", "author: belum diisi", "isi berita: belum diisi"):
        assert field in result.stderr


def test_new_copies_the_photo_beside_the_story(site, tmp_path):
    photo = tmp_path / "Foto Apel.JPG"
    photo.write_bytes(jpeg())
    result = site.portal(*NEW, "--image", str(photo), "--image-alt", "Petugas menyapa warga")
    assert result.returncode == 0, result.stderr
    source = read_source(site.root / NEW_PATH, NEW_PATH)
    assert (source.meta["image"], source.meta["image_alt"]) == ("polsek-mayangan-gelar-patroli-aman.jpg", "Petugas menyapa warga")
    assert (site.root / NEW_PATH).with_suffix(".jpg").read_bytes() == photo.read_bytes()


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "navy").save(buffer, format="PNG")
    return buffer.getvalue()


def symlink_to_a_photo(path: Path) -> Path:
    real = path.with_name("asli.jpg")
    real.write_bytes(jpeg())
    path.symlink_to(real)
    return path


def written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make, message", [
    (lambda path: Path("/etc/passwd"), "image: '/etc/passwd' bukan berkas foto"),
    (lambda path: written(path, b"\xff\xd8\xff"), "bukan berkas foto"),
    (lambda path: written(path, b"GIF89a" + b"\0" * 10_000), "bukan berkas foto"),
    (symlink_to_a_photo, "tautan simbolik tidak diterima"),
    (lambda path: os.mkfifo(path) or path, "bukan berkas biasa"),
    (lambda path: path.mkdir() or path, "adalah folder"),
])
def test_new_refuses_a_photo_before_writing_anything(site, tmp_path, make, message):
    photo = make(tmp_path / "foto.jpg")
    result = site.portal(*NEW, "--image", str(photo))
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (site.content / "berita").exists()


def test_new_names_the_photo_by_its_real_type(site, tmp_path):
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(png())
    result = site.portal(*NEW, "--image", str(photo), "--image-alt", "Petugas")
    assert result.returncode == 0, result.stderr
    assert read_source(site.root / NEW_PATH, NEW_PATH).meta["image"] == "polsek-mayangan-gelar-patroli-aman.png"


def test_new_leaves_no_photo_behind_when_the_story_exists(site, tmp_path):
    assert site.portal(*NEW).returncode == 0
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(jpeg())
    again = site.portal(*NEW, "--image", str(photo))
    assert again.returncode == 1 and f"{NEW_PATH} sudah ada" in again.stderr
    assert sorted(path.name for path in (site.root / NEW_PATH).parent.iterdir()) == [Path(NEW_PATH).name]


def test_new_names_a_title_without_latin_letters_by_its_date(site):
    result = site.portal("new", "--title", "مركز الشرطة يسير دورية", "--polsek", "Polsek Mayangan",
                         "--date", "2026-01-29 12:00")
    path = "content/berita/2026/01/berita-2026-01-29-12-00.md"
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == path
    assert read_source(site.root / path, path).meta["title"] == "مركز الشرطة يسير دورية"
    checked = site.check().stderr.splitlines()
    assert any(line.startswith(f"  {path}:") and "isi berita: belum diisi" in line for line in checked)


def test_new_bad_date_and_missing_title(site):
    bad = site.portal(*NEW[:-1], "29-01-2026")
    assert bad.returncode == 2 and "date: format tanggal '29-01-2026' tidak dikenali" in bad.stderr
    for title in ([], ["--title", "!!!"]):
        untitled = site.portal("new", "--polsek", "Polsek Mayangan", *title)
        assert untitled.returncode == 2 and "--title" in untitled.stderr


def test_new_asks_in_a_terminal(site):
    site.write_config()
    controller, terminal = pty.openpty()
    answers = "Sambang Warga Kanigaran\nPolsek Kanigaran\nKelurahan Kanigaran\nAgus Salim\nsambang warga\n"
    os.write(controller, answers.encode())
    process = subprocess.run(
        [str(Path(sys.executable).parent / "portal"), "new", "--date", "2026-03-02 08:00"],
        cwd=site.root, stdin=terminal, capture_output=True, text=True, timeout=120,
    )
    os.close(terminal)
    os.close(controller)
    assert process.returncode == 0, process.stderr
    assert "Judul berita: " in process.stdout and "Polres: " not in process.stdout
    path = "content/berita/2026/03/sambang-warga-kanigaran.md"
    assert process.stdout.strip().endswith(path)
    meta = read_source(site.root / path, path).meta
    assert (meta["polres"], meta["location"], meta["author"], meta["tags"]) == (
        "Polres Probolinggo Kota", "Kelurahan Kanigaran", "Agus Salim", ["sambang warga"])


def test_import_writes_the_story_and_lists_what_to_fill(site):
    result = site.portal("import", str(RAW / "blog-kanigaran.txt"))
    path = "content/berita/2025/12/polsek-kanigaran-sambangi-pedagang-pasar-baru-ajak-warga-jaga-kamtibmas-jelang.md"
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == path
    assert f"{path}:7: author: belum diisi — ganti 'ISI: nama penulis' dengan isian yang benar" in result.stderr
    check = site.check()
    assert check.returncode == 1 and "author: belum diisi" in check.stderr
    story = site.root / path
    story.write_text(story.read_text(encoding="utf-8").replace("'ISI: nama penulis'", "Humas Polsek"), encoding="utf-8")
    assert site.check().returncode == 0
    again = site.portal("import", str(RAW / "blog-kanigaran.txt"))
    assert again.returncode == 1 and "sudah ada" in again.stderr


def test_import_to_stdout_and_from_stdin(site):
    text = (RAW / "portal-kanigaran.txt").read_text(encoding="utf-8")
    result = site.portal("import", "--stdout", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("---\ntitle: Polsek Kanigaran Gelar Patroli Malam di Kawasan Alun-Alun\n")
    assert "author: Dewi Lestari\n" in result.stdout
    assert result.stderr == ""
    assert not (site.content / "berita").exists()


def test_import_warns_about_doubts_and_empty_input(site, tmp_path):
    raw = tmp_path / "salah-hari.txt"
    raw.write_text("Polsek Klojen Patroli\n\nPolsek Klojen berpatroli di Kota Malang, Selasa (22/10/25).", encoding="utf-8")
    empty = tmp_path / "kosong.txt"
    empty.write_text("Header Ads\n\n\xa0\n\nNo comments\n", encoding="utf-8")
    result = site.portal("import", str(raw), str(empty))
    assert result.returncode == 1
    assert f"{raw}: periksa: date: teks menulis 'Selasa', padahal 22/10/2025 jatuh pada hari Rabu" in result.stderr
    assert f"portal: {empty}: tidak ada teks berita yang bisa dibaca" in result.stderr
    assert result.stdout.strip() == "content/berita/2025/10/polsek-klojen-patroli.md"
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Judul Café".encode("latin-1"))
    refused = site.portal("import", str(latin1))
    assert refused.returncode == 2 and "bukan teks UTF-8" in refused.stderr


def run_portal(site, *args, stdin=b"", timeout=60):
    """``portal`` with bytes on standard input and a short time limit: a hang fails the test."""
    site.write_config()
    return subprocess.run(
        [str(Path(sys.executable).parent / "portal"), *args], cwd=site.root, input=stdin,
        capture_output=True, timeout=timeout, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


@pytest.mark.parametrize("data, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "stdin berisi data biner (byte NUL)"),
    ("Judul Café\n\nIsi berita.".encode("latin-1"), "stdin bukan teks UTF-8"),
])
def test_import_refuses_binary_input_before_writing(site, data, message):
    result = run_portal(site, "import", "-", stdin=data)
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert message in stderr and "Traceback" not in stderr
    assert not (site.content / "berita").exists()


def test_import_refuses_special_and_unreadable_files_before_writing(site, tmp_path):
    fifo = tmp_path / "pipa.txt"
    os.mkfifo(fifo)
    for path, message in ((fifo, "bukan berkas biasa"), (tmp_path, "adalah folder"),
                          (Path("/proc/self/mem"), "tidak bisa dibaca: galat baca")):
        result = run_portal(site, "import", str(RAW / "blog-kanigaran.txt"), str(path))
        stderr = result.stderr.decode()
        assert result.returncode == 2, stderr
        assert f"portal: '{path}' {message}" in stderr and "Traceback" not in stderr
        assert not (site.content / "berita").exists()


def test_import_names_a_title_without_latin_letters_by_its_date(site, tmp_path):
    raw = tmp_path / "arab.txt"
    article = "دورية الشرطة\n\nPolsek Klojen berpatroli di Kota Malang, Rabu (22/10/25)."
    raw.write_text(article, encoding="utf-8")
    result = run_portal(site, "import", str(raw))
    assert result.returncode == 0, result.stderr.decode()
    written = result.stdout.decode().strip()
    assert written.startswith("content/berita/2025/10/berita-2025-10-22")
    # Two words are too few to be sure of a headline: the writer confirms it, named by the date meanwhile.
    assert read_source(site.root / written, written).meta["title"].endswith("usul: دورية الشرطة")


def children(pid: int) -> list[int]:
    """Processes whose parent is ``pid``, from ``/proc``."""
    found = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat_file.parent.name))
    return found


def running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_stopping_the_build_ends_mkdocs_and_keeps_the_old_site(site, signum):
    for number in range(150):
        site.story(f"2026/01/berita-{number}.md", title=f"Berita {number}")
    (site.root / "site").mkdir()
    (site.root / "site/index.html").write_text("situs lama")
    site.write_config()
    # Output to a file, not a pipe: a pipe would wait for every process holding it, mkdocs too.
    log = (site.root.parent / "portal.log").open("w+b")
    portal = subprocess.Popen(
        [str(Path(sys.executable).parent / "portal"), "build"], cwd=site.root,
        stdout=log, stderr=log, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        deadline = time.monotonic() + 60
        while not (site.root / ".site.new").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        builders = children(portal.pid)
        assert builders, "mkdocs did not start"
        portal.send_signal(signum)
        portal.wait(timeout=60)
    finally:
        portal.kill()
    log.seek(0)
    stderr = log.read()
    still_running = [pid for pid in builders if running(pid)]
    for pid in still_running:
        os.kill(pid, signal.SIGKILL)
    assert still_running == []
    assert portal.returncode == 128 + signum
    assert "pembangunan dihentikan" in stderr.decode() and "Traceback" not in stderr.decode()
    assert (site.root / "site/index.html").read_text() == "situs lama"
    assert not (site.root / ".site.new").exists()


def test_build_swaps_in_a_good_site_and_keeps_the_old_one_on_failure(site):
    site.story("2026/01/pertama.md")
    first = site.portal("build")
    assert first.returncode == 0, first.stderr
    home = site.root / "site" / "index.html"
    assert home.is_file()
    (site.root / "site" / "sisa-lama.txt").write_text("lama")
    site.story("2026/01/kedua.md", title="Berita Kedua")
    assert site.portal("build").returncode == 0
    assert (site.root / "site/berita/2026/01/kedua/index.html").is_file()
    assert not (site.root / "site" / "sisa-lama.txt").exists()
    site.story("2026/01/rusak.md", polsek="Polsek Entah")
    failed = site.portal("build")
    assert failed.returncode != 0
    assert "polsek: 'Polsek Entah' tidak ada di daftar satuan" in failed.stderr
    assert (site.root / "site/berita/2026/01/kedua/index.html").is_file()
    # Nothing half-built is left beside the site (.cache holds photo derivatives between builds);
    # the old site is deleted by a process of its own once the new one is live.
    deadline = time.monotonic() + 30
    while any(site.root.glob(".site.old-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(path.name for path in site.root.iterdir() if path.name != ".cache") == ["content", "mkdocs.yml", "site"]


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (1, 1), (2, 2), ("Aborted", 1)])
def test_the_build_process_ends_with_the_status_mkdocs_exits_with(code, status, capsys):
    assert mkdocs_command._status(code) == status
    assert capsys.readouterr().err == ("Aborted\n" if isinstance(code, str) else "")


def test_the_build_process_ends_after_its_exit_handlers_with_mkdocs_output_whole(tmp_path):
    script = tmp_path / "probe.py"
    script.write_text("import atexit, sys\natexit.register(lambda: print('handler ran', file=sys.stderr))\n"
                      "import runpy\nsys.argv = ['mkdocs_command', '--version']\n"
                      "runpy.run_module('site_plugins.authoring.mkdocs_command', run_name='__main__')\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.startswith("mkdocs, version ") and done.stderr == "handler ran\n"


def test_a_swap_keeping_the_replaced_site_takes_the_place_of_what_was_kept(tmp_path):
    from site_plugins.authoring.site_build import swap_in

    site, fresh, keep = tmp_path / "site", tmp_path / ".site.new", tmp_path / ".site.earlier"
    for folder, text in ((site, "live"), (fresh, "new")):
        folder.mkdir()
        (folder / "index.html").write_text(text)
    keep.symlink_to(tmp_path / "gone")  # what was kept there is replaced even when it is a dangling link
    swap_in(fresh, site, keep)
    assert (site / "index.html").read_text() == "new" and (keep / "index.html").read_text() == "live"
    assert not fresh.exists()

