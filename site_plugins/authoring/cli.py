"""The ``portal`` command: tools for humas writers around the site's content."""

from __future__ import annotations

import argparse
import json
import os
import re
import stat
import sys
from datetime import datetime, timezone
from pathlib import Path

from babel.numbers import format_decimal

from site_plugins.authoring.inputs import explain_os_error, read_article, read_photo
from site_plugins.authoring.project import Project, ProjectError
from site_plugins.authoring.sharded_build import (
    build_all, build_merge, build_part, build_shard, default_workers, shards_folder,
)
from site_plugins.authoring.site_build import build_site
from site_plugins.shards.plan import shard_ids
from site_plugins.authoring.writer import (
    Draft,
    HiddenNameError,
    check_story_text,
    draft_new,
    render_story,
    story_src_uri,
    write_all,
)
from site_plugins.cms.server import DEFAULT_PORT, run_editor
from site_plugins.content.dates import DATE_FORMATS_HINT, DateFormatError
from site_plugins.content.problems import ContentError, ContentProblem, printable
from site_plugins.content.registry import Registry, UnitError

NewFiles = list[tuple[Path, bytes]]
"""Files written beside a story, in one go with it (a copied photo)."""

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
        say(f"portal: {error}")
        return 2
    except (KeyboardInterrupt, EOFError):
        say("\nportal: dibatalkan")
        return 130


def say(text: str, file=None) -> None:
    """Print a message (to standard error unless ``file`` says otherwise), line by line with every
    control or format character escaped: file names and story text reach the terminal as what
    they are, never as terminal commands or reordered text."""
    print("\n".join(printable(line) for line in text.split("\n")), file=file or sys.stderr)


def check(args: argparse.Namespace) -> int:
    """``portal check``: validate stories and the registry without building the site."""
    project = Project.load(args.config)
    paths = [_checkable(Path(path)) for path in args.paths]
    try:
        registry = project.registry()
    except ContentError as error:
        return _report(error.problems, 0, args.format)
    stories, problems = project.stories(registry, paths)
    return _report(problems, len(stories), args.format)


def new(args: argparse.Namespace) -> int:
    """``portal new``: write a new story with complete front matter and print its path."""
    project = Project.load(args.config)
    registry = _registry(project)
    photo = read_photo(Path(args.image)) if args.image else None
    answers = {key: getattr(args, key) or "" for key, _ in NEW_QUESTIONS} | {"date": args.date or ""}
    if sys.stdin.isatty():
        answers |= ask_missing(answers)
    if not any(char.isalnum() for char in answers["title"]):
        raise ProjectError('judul berita belum diberikan — tambahkan --title "Judul berita" (dengan huruf atau angka)')
    try:
        draft, when = draft_new(answers, registry, datetime.now(timezone.utc))
    except UnitError as error:
        raise ProjectError(f"{error.field}: {error.message} — {error.hint}") from None
    except DateFormatError as error:
        raise ProjectError(f"date: {error} — {DATE_FORMATS_HINT}") from None
    src_uri = story_src_uri(project.stories_dir, when.year, when.month, draft.fields["title"], draft.fields["date"])
    photos = attach_image(project, draft, src_uri, Path(args.image), photo, args.image_alt) if photo else []
    return _save(project, registry, draft, src_uri, to_stdout=False, beside=photos)


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


def attach_image(
    project: Project, draft: Draft, src_uri: str, image: Path, photo: tuple[bytes, str], alt: str | None
) -> NewFiles:
    """Name the photo in the story; a photo outside the content folder is to be copied beside
    it (returned, written with the story), unless that copy is already there."""
    folder = project.docs_dir / src_uri.rsplit("/", 1)[0]
    copies = []
    if not image.resolve().is_relative_to(project.docs_dir.resolve()):
        data, suffix = photo
        target = folder / (src_uri.rsplit("/", 1)[1].removesuffix(".md") + suffix)
        if not (target.is_file() and not target.is_symlink() and target.read_bytes() == data):
            copies.append((target, data))
        image = target
    draft.fields["image"] = os.path.relpath(image.resolve(), folder.resolve()).replace(os.sep, "/")
    if alt:
        draft.fields["image_alt"] = alt
    else:
        draft.leave_unfilled("image_alt", "keterangan isi foto untuk pembaca tunanetra")
    return copies


def import_(args: argparse.Namespace) -> int:
    """``portal import``: turn raw articles (web page or WhatsApp text) into stories."""
    # Imported here: compiling the importer's patterns takes half a second, which every
    # ``portal build`` job (each shard, part and merge) would otherwise spend for nothing.
    from site_plugins.authoring.importer import draft_story, parse_article

    project = Project.load(args.config)
    registry = _registry(project)
    texts = [(name, read_article(name)) for name in args.files]  # every input checked before writing
    failed = 0
    for name, text in texts:
        article = parse_article(text)
        if not article.paragraphs:
            say(f"portal: {name}: tidak ada teks berita yang bisa dibaca")
            failed = 1
            continue
        draft = draft_story(article, registry)
        title = str(draft.fields["title"])
        file_title = title.partition("usul: ")[2] or title  # a doubtful title: named after its suggestion
        src_uri = story_src_uri(project.stories_dir, *_folder_date(draft), file_title, _date_text(draft))
        failed |= _save(project, registry, draft, src_uri, to_stdout=args.stdout, source=name)
    return failed


def build(args: argparse.Namespace) -> int:
    """``portal build``: build the site and put it in place only when the build succeeded;
    or one shard, one part of the merge, the merge, or every shard, part and the merge
    (docs/sharding.md)."""
    project = Project.load(args.config)
    folder = Path(args.shards_dir) if args.shards_dir else shards_folder(project.site_dir)
    if args.shard:
        if args.shard not in _shard_list(project):
            print(f"portal: shard '{args.shard}' tidak ada; lihat 'portal shards'", file=sys.stderr)
            return 2
        return build_shard(project.config_file, args.shard, folder)
    parts = project.options.merge_parts
    if args.part is not None:
        if not 2 <= args.part <= parts:
            print(f"portal: bagian {args.part} tidak ada; merge dibagi {parts} bagian (merge_parts), "
                  f"bagian 2 sampai {parts} dibangun sebelum merge; lihat 'portal shards'", file=sys.stderr)
            return 2
        return build_part(project.config_file, args.part, folder)
    if args.merge:
        return build_merge(project.config_file, project.site_dir, folder)
    if args.all_shards:
        return build_all(project.config_file, project.site_dir, _shard_list(project), folder, args.workers, parts)
    return build_site(project.config_file, project.site_dir)


def shards(args: argparse.Namespace) -> int:
    """``portal shards``: the shards of the site, one per Polda of the registry, or with
    ``--parts`` the numbers of the merge's parts built before it (for CI)."""
    project = Project.load(args.config)
    listed = [str(number) for number in range(2, project.options.merge_parts + 1)] if args.parts else _shard_list(project)
    print(json.dumps(listed) if args.json else "\n".join(listed))
    return 0


def _shard_list(project: Project) -> list[str]:
    return shard_ids(project.registry())


def _checkable(path: Path) -> Path:
    """A path named to ``portal check``: a folder or a readable regular file, never a FIFO,
    device or symbolic link (reading those could hang or read outside the content)."""
    try:
        kind = path.lstat().st_mode
    except FileNotFoundError:
        return path  # the project names it: "tidak ditemukan"
    except OSError as error:
        raise ProjectError(f"'{path}' tidak bisa dibaca: {explain_os_error(error)}") from None
    if stat.S_ISLNK(kind):
        raise ProjectError(f"'{path}' adalah tautan simbolik — periksa berkas atau folder aslinya")
    if not (stat.S_ISDIR(kind) or stat.S_ISREG(kind)):
        raise ProjectError(f"'{path}' bukan berkas biasa atau folder (FIFO, soket atau perangkat)")
    if not os.access(path, os.R_OK | (os.X_OK if stat.S_ISDIR(kind) else 0)):
        raise ProjectError(f"'{path}' tidak bisa dibaca: tidak ada izin membaca")
    return path


def _date_text(draft: Draft) -> str:
    """The story's date as written (or the date a doubtful one suggests), or now while the
    date is missing."""
    date = str(draft.fields.get("date", ""))
    if "date" in draft.missing:
        date = date.partition("usul: ")[2]
    if not re.match(r"\d{4}-\d{2}", date):
        return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")
    return date


def _folder_date(draft: Draft) -> tuple[int, int]:
    """Year and month for the story's folder: its date, or this month while the date is missing."""
    date = _date_text(draft)
    return int(date[:4]), int(date[5:7])


def _registry(project: Project) -> Registry:
    try:
        return project.registry()
    except ContentError as error:
        raise ProjectError(error.report()) from None


def _save(
    project: Project, registry: Registry, draft: Draft, src_uri: str, to_stdout: bool, source: str = "",
    beside: NewFiles | None = None,
) -> int:
    """Write (or print) the story, then list what the writer still has to check or fill in."""
    text = render_story(draft)
    path = project.display_path(src_uri)
    if to_stdout:
        print(text, end="")
    else:
        try:
            write_all([*(beside or []), (project.docs_dir / src_uri, text.encode("utf-8"))])
        except FileExistsError as error:
            existing = _shown(project, error.filename2 or error.filename)
            say(f"portal: {existing} sudah ada; berkas itu tidak ditimpa — ubah judulnya")
            return 1
        except HiddenNameError as error:
            raise ProjectError(f"{path}: {error}") from None
        say(path, sys.stdout)
    label = f"{source}: " if source else ""
    for note in draft.notes:
        say(f"{label}periksa: {note}")
    problems = check_story_text(text, src_uri, registry, project.docs_dir, project.prefix)
    if problems:
        say(f"{label}lengkapi sebelum commit ({len(problems)} isian):")
        for problem in problems:
            say(f"  {problem}")
    return 0


def _shown(project: Project, name: str) -> str:
    """A file inside the content folder as writers see it (``content/berita/...``)."""
    path = Path(name)
    if not path.is_relative_to(project.docs_dir):
        return name
    return project.display_path(path.relative_to(project.docs_dir).as_posix())


def _report(problems: list[ContentProblem], valid: int, format: str) -> int:
    problems = ContentError(problems).problems
    if format == "json":
        # ASCII escapes keep the report exact for programs and harmless in a terminal.
        print(json.dumps({"valid": valid, "problems": [p.as_dict() for p in problems]}))
    elif problems:
        say(ContentError(problems).report())
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
    part = builder.add_mutually_exclusive_group()
    part.add_argument("--shard", metavar="ID", help="bangun satu shard (satu Polda) saja")
    part.add_argument("--part", type=int, metavar="N",
                      help="bangun bagian N (2 dst.) dari merge yang dibagi per bulan, sebelum merge")
    part.add_argument("--merge", action="store_true", help="gabungkan shard yang sudah dibangun menjadi situs")
    part.add_argument("--shards", dest="all_shards", action="store_true",
                      help="bangun semua shard berdampingan, lalu gabungkan")
    builder.add_argument("--shards-dir", help="folder shard (bawaan: .site.shards di samping situs)")
    builder.add_argument("--workers", type=int, default=default_workers(), help="shard yang dibangun bersamaan")
    builder.set_defaults(run=build)

    lister = commands.add_parser("shards", help="daftar shard situs (satu per Polda), untuk CI")
    lister.add_argument("--json", action="store_true", help="sebagai larik JSON")
    lister.add_argument("--parts", action="store_true", help="nomor bagian merge yang dibangun sebelum merge")
    lister.set_defaults(run=shards)

    editor = commands.add_parser("editor", help="penyunting web lokal: situs dan /admin/ yang menyimpan berita")
    editor.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port di 127.0.0.1 (bawaan: {DEFAULT_PORT})")
    editor.set_defaults(run=run_editor)
    return parser
