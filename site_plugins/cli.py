"""The ``portal`` command: tools for humas writers around the site's content."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

from babel.numbers import format_decimal

from .dates import DATE_FORMATS_HINT, DateFormatError
from .importer import draft_story, parse_article
from .problems import ContentError, ContentProblem
from .project import Project, ProjectError
from .registry import Registry, UnitError
from .site_build import build_site
from .writer import Draft, check_story_text, draft_new, render_story, story_slug, story_src_uri, write_new

NEW_QUESTIONS = (
    ("title", "Judul berita"),
    ("polsek", "Polsek (kosongkan untuk berita tingkat Polres/Polda)"),
    ("polres", "Polres"),
    ("polda", "Polda (hanya untuk berita tingkat Polda)"),
    ("location", "Lokasi kejadian (jalan, kelurahan/desa, kecamatan, kota/kabupaten)"),
    ("author", "Nama penulis"),
    ("tags", "Tag, dipisah koma (boleh kosong)"),
)
"""What ``portal new`` asks in a terminal for each option left out, in this order."""


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``portal`` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except ProjectError as error:
        print(f"portal: {error}", file=sys.stderr)
        return 2
    except (KeyboardInterrupt, EOFError):
        print("\nportal: dibatalkan", file=sys.stderr)
        return 130


def check(args: argparse.Namespace) -> int:
    """``portal check``: validate stories and the registry without building the site."""
    project = Project.load(args.config)
    try:
        registry = project.registry()
    except ContentError as error:
        return _report(error.problems, 0, args.format)
    stories, problems = project.stories(registry, [Path(path) for path in args.paths])
    return _report(problems, len(stories), args.format)


def new(args: argparse.Namespace) -> int:
    """``portal new``: write a new story with complete front matter and print its path."""
    project = Project.load(args.config)
    registry = _registry(project)
    answers = {key: getattr(args, key) or "" for key, _ in NEW_QUESTIONS} | {"date": args.date or ""}
    if sys.stdin.isatty():
        answers |= ask_missing(answers)
    if not story_slug(answers["title"]):
        raise ProjectError("judul berita belum diberikan — tambahkan --title \"Judul berita\" (dengan huruf latin)")
    try:
        draft, when = draft_new(answers, registry, datetime.now(timezone.utc))
    except UnitError as error:
        raise ProjectError(f"{error.field}: {error.message} — {error.hint}") from None
    except DateFormatError as error:
        raise ProjectError(f"date: {error} — {DATE_FORMATS_HINT}") from None
    src_uri = story_src_uri(project.stories_dir, when.year, when.month, draft.fields["title"])
    if args.image:
        attach_image(project, draft, src_uri, Path(args.image), args.image_alt)
    return _save(project, registry, draft, src_uri, to_stdout=False)


def ask_missing(answers: dict[str, str]) -> dict[str, str]:
    """Ask in the terminal for what the options left out; a unit is asked until one is given."""
    given_unit = any(answers[level] for level in ("polsek", "polres", "polda"))
    asked = {}
    for key, question in NEW_QUESTIONS:
        if answers[key] or (key in ("polsek", "polres", "polda") and given_unit):
            continue
        asked[key] = input(f"{question}: ").strip()
        given_unit = given_unit or (key in ("polsek", "polres", "polda") and bool(asked[key]))
    return asked


def attach_image(project: Project, draft: Draft, src_uri: str, image: Path, alt: str | None) -> None:
    """Name the photo in the story; a photo outside the content folder is copied beside it."""
    if not image.is_file():
        raise ProjectError(f"image: berkas '{image}' tidak ditemukan")
    folder = project.docs_dir / src_uri.rsplit("/", 1)[0]
    if not image.resolve().is_relative_to(project.docs_dir.resolve()):
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / (src_uri.rsplit("/", 1)[1].removesuffix(".md") + image.suffix.lower())
        if not target.exists():
            shutil.copyfile(image, target)
        image = target
    draft.fields["image"] = os.path.relpath(image.resolve(), folder.resolve()).replace(os.sep, "/")
    if alt:
        draft.fields["image_alt"] = alt
    else:
        draft.leave_unfilled("image_alt", "keterangan isi foto untuk pembaca tunanetra")


def import_(args: argparse.Namespace) -> int:
    """``portal import``: turn raw articles (web page or WhatsApp text) into stories."""
    project = Project.load(args.config)
    registry = _registry(project)
    failed = 0
    for name in args.files:
        text = sys.stdin.read() if name == "-" else _read_raw(Path(name))
        article = parse_article(text)
        if not article.paragraphs:
            print(f"portal: {name}: tidak ada teks berita yang bisa dibaca", file=sys.stderr)
            failed = 1
            continue
        draft = draft_story(article, registry)
        title = str(draft.fields["title"])
        src_uri = story_src_uri(project.stories_dir, *_folder_date(draft), title.partition("usul: ")[2] or title)
        failed |= _save(project, registry, draft, src_uri, to_stdout=args.stdout, source=name)
    return failed


def build(args: argparse.Namespace) -> int:
    """``portal build``: build the site and put it in place only when the build succeeded."""
    project = Project.load(args.config)
    return build_site(project.config_file, project.site_dir)


def _read_raw(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise ProjectError(f"'{path}' tidak bisa dibaca: {error.strerror}") from None
    except UnicodeDecodeError:
        raise ProjectError(f"'{path}' bukan teks UTF-8 — simpan ulang berkas itu dengan encoding UTF-8") from None


def _folder_date(draft: Draft) -> tuple[int, int]:
    """Year and month for the story's folder: its date (or the date a doubtful one suggests),
    or this month while the date is missing."""
    date = str(draft.fields.get("date", ""))
    date = date.partition("usul: ")[2] if "date" in draft.missing else date
    if not re.match(r"\d{4}-\d{2}", date):
        now = datetime.now(timezone.utc)
        return now.year, now.month
    return int(date[:4]), int(date[5:7])


def _registry(project: Project) -> Registry:
    try:
        return project.registry()
    except ContentError as error:
        raise ProjectError(error.report()) from None


def _save(
    project: Project, registry: Registry, draft: Draft, src_uri: str, to_stdout: bool, source: str = ""
) -> int:
    """Write (or print) the story, then list what the writer still has to check or fill in."""
    text = render_story(draft)
    path = project.display_path(src_uri)
    if to_stdout:
        print(text, end="")
    else:
        try:
            write_new(project.docs_dir / src_uri, text)
        except FileExistsError:
            print(f"portal: {path} sudah ada; berkas itu tidak ditimpa — ubah judulnya", file=sys.stderr)
            return 1
        print(path)
    label = f"{source}: " if source else ""
    for note in draft.notes:
        print(f"{label}periksa: {note}", file=sys.stderr)
    problems = check_story_text(text, src_uri, registry, project.docs_dir, project.prefix)
    if problems:
        print(f"{label}lengkapi sebelum commit ({len(problems)} isian):", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
    return 0


def _report(problems: list[ContentProblem], valid: int, format: str) -> int:
    problems = ContentError(problems).problems
    if format == "json":
        print(json.dumps({"valid": valid, "problems": [p.as_dict() for p in problems]}, ensure_ascii=False))
    elif problems:
        print(ContentError(problems).report(), file=sys.stderr)
    else:
        print(f"{format_decimal(valid, locale='id')} berita valid")
    return 1 if problems else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="portal", description="Alat bantu konten portal berita.")
    parser.add_argument(
        "--config", "-f", default=os.environ.get("PORTAL_CONFIG", "mkdocs.yml"),
        help="berkas konfigurasi situs (bawaan: mkdocs.yml)",
    )
    commands = parser.add_subparsers(required=True, metavar="PERINTAH")
    checker = commands.add_parser("check", help="periksa berita tanpa membangun situs")
    checker.add_argument("paths", nargs="*", metavar="PATH", help="berkas atau folder berita (bawaan: semua)")
    checker.add_argument("--format", choices=("text", "json"), default="text", help="bentuk laporan")
    checker.set_defaults(run=check)

    creator = commands.add_parser("new", help="tulis berita baru dengan front matter lengkap")
    for key, question in NEW_QUESTIONS:
        creator.add_argument(f"--{key}", help=question)
    creator.add_argument("--date", help="tanggal 'YYYY-MM-DD HH:MM' (bawaan: sekarang, waktu setempat satuan)")
    creator.add_argument("--image", help="foto utama; disalin ke samping berkas berita")
    creator.add_argument("--image-alt", help="keterangan isi foto")
    creator.set_defaults(run=new)

    importer = commands.add_parser("import", help="ubah artikel mentah (halaman web, WhatsApp) menjadi berita")
    importer.add_argument("files", nargs="+", metavar="FILE", help="berkas teks artikel; '-' membaca stdin")
    importer.add_argument("--stdout", action="store_true", help="tampilkan berita, jangan tulis berkas")
    importer.set_defaults(run=import_)

    builder = commands.add_parser("build", help="bangun situs; situs lama diganti hanya bila berhasil")
    builder.set_defaults(run=build)
    return parser
