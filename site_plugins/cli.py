"""The ``portal`` command: tools for humas writers around the site's content."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from babel.numbers import format_decimal

from .problems import ContentError, ContentProblem
from .project import Project, ProjectError


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``portal`` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except ProjectError as error:
        print(f"portal: {error}", file=sys.stderr)
        return 2


def check(args: argparse.Namespace) -> int:
    """``portal check``: validate stories and the registry without building the site."""
    project = Project.load(args.config)
    try:
        registry = project.registry()
    except ContentError as error:
        return _report(error.problems, 0, args.format)
    stories, problems = project.stories(registry, [Path(path) for path in args.paths])
    return _report(problems, len(stories), args.format)


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
    return parser
