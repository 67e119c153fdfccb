"""Output size: every file of the built site, per story and by where the bytes go.

For N generated stories (``bench/corpus.py``) it builds the portal once (``mkdocs build``, the
project's ``mkdocs.yml`` as in ``make site``) and counts every file of ``site/``: apparent bytes
(the files' lengths) and bytes on disk (the blocks they take), in total, per story, by top-level
folder and by kind of file (story pages, listings, region pages, tag pages, feeds, search index,
assets, sitemaps, photos, redirect stubs). Files hard-linked to each other count once. It prints
the tables and writes them to ``bench/RESULTS-size.md``; ``--site`` measures a site already built
instead.

Run with ``make bench-size N=10000``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_bench import is_redirect, portal_config  # noqa: E402
from corpus import write_project  # noqa: E402

STORY = re.compile(r"^berita/\d{4}/\d{2}/[^/]+/index\.html$")
LISTINGS = ("arsip/", "penulis/", "halaman/")
"""Top-level folders of listing pages besides ``wilayah/`` and ``tag/``; ``halaman/`` is the home
page's archive pages."""
FEED = re.compile(r"(^|/)feed(\.\w+)?\.xml$|\.rss$|\.atom$")
ASSETS = ("assets/", "stylesheets/", "javascripts/", "admin/")
TARGET_KB = 25.0
TAR_BLOCK = 512


@dataclass
class Tally:
    """Files, apparent bytes and bytes on disk of one group of files."""

    files: int = 0
    apparent: int = 0
    disk: int = 0

    def add(self, apparent: int, disk: int) -> None:
        self.files += 1
        self.apparent += apparent
        self.disk += disk


@dataclass
class Measure:
    total: Tally = field(default_factory=Tally)
    tar: int = 0
    """The site as one uncompressed tar archive (what ``actions/upload-pages-artifact`` packs
    and GitHub Pages counts against its 1 GB): a 512-byte header per file and folder, each
    file's bytes in 512-byte blocks, two closing blocks."""
    folders: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    kinds: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))


def measure(site: Path) -> Measure:
    """Every regular file under ``site`` once (hard links once), by folder and by kind."""
    result, seen = Measure(), set()
    result.tar = 2 * TAR_BLOCK
    for path in sorted(site.rglob("*")):
        status = path.lstat()
        result.tar += TAR_BLOCK + -(-status.st_size // TAR_BLOCK) * TAR_BLOCK * path.is_file()
        if not path.is_file() or path.is_symlink() or (status.st_dev, status.st_ino) in seen:
            continue
        seen.add((status.st_dev, status.st_ino))
        relative = path.relative_to(site).as_posix()
        sizes = status.st_size, status.st_blocks * 512
        result.total.add(*sizes)
        result.folders[folder(relative)].add(*sizes)
        result.kinds[kind(relative, path)].add(*sizes)
    return result


def folder(relative: str) -> str:
    """``berita/`` for ``berita/2024/01/x/index.html``; ``(root)`` for a file at the top."""
    return relative.split("/", 1)[0] + "/" if "/" in relative else "(root)"


def kind(relative: str, path: Path) -> str:
    """What a file is to a reader: the groups the size report adds up."""
    top = folder(relative)
    if top == "pagefind/":
        return "search index (Pagefind)"
    if relative.startswith(ASSETS) or top == "(root)" and not relative.endswith((".html", ".xml", ".txt")):
        return "assets (CSS, JS, icons, fonts, editor)"
    if FEED.search(relative):
        return "feeds"
    if "sitemap" in relative or relative == "robots.txt":
        return "sitemaps, robots.txt"
    if not relative.endswith(".html"):
        return "photos and other media" if top in ("berita/", "foto/", "media/") else f"other ({top})"
    if is_redirect(path):
        return "redirect stubs"
    if STORY.match(relative):
        return "story pages"
    if top == "wilayah/":
        return "region pages (wilayah/)"
    if top == "tag/":
        return "tag pages (tag/)"
    if top in ("arsip/", "penulis/", "halaman/") or relative == "index.html":
        return "home, archive and author listings"
    return "other pages"


def build(project: Path) -> tuple[Path, float]:
    """The portal's site of ``project`` from an empty cache; its path and the wall seconds."""
    config = portal_config(project)
    shutil.rmtree(project / ".cache", ignore_errors=True)
    shutil.rmtree(project / "site-portal", ignore_errors=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", config.name], cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, check=True,
    )
    return project / "site-portal", time.perf_counter() - started


def kb(bytes_: int, stories: int) -> str:
    return f"{bytes_ / stories / 1000:.1f} KB"


def table(title: str, groups: dict[str, Tally], total: Tally, stories: int) -> list[str]:
    """One Markdown table of ``groups``, largest on disk first, with each one's share."""
    lines = [
        f"| {title} | files | apparent | on disk | on disk per story | share on disk |",
        "|---|---|---|---|---|---|",
    ]
    for name, tally in sorted(groups.items(), key=lambda item: -item[1].disk):
        lines.append(
            f"| {name} | {tally.files:,} | {tally.apparent / 1e6:,.1f} MB | {tally.disk / 1e6:,.1f} MB "
            f"| {kb(tally.disk, stories)} | {100 * tally.disk / total.disk:.1f} % |"
        )
    return lines


def render(result: Measure, stories: int, seconds: float | None) -> str:
    total = result.total
    built = f", built in {seconds:.0f} s" if seconds else ""
    return "\n".join([
        f"# Output size, {stories:,} stories",
        "",
        f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.machine()}, Python "
        f"{platform.python_version()}: `python bench/size_bench.py --stories {stories}` (stories from "
        f"`bench/corpus.py`, one `mkdocs build` of the project's `mkdocs.yml`{built}). Apparent: the files' "
        "lengths; on disk: the blocks they take (`st_blocks`, here 4 KiB blocks), what a host counts "
        "against its quota more or less; hard-linked files count once. KB and MB are 1,000 and 1,000,000 bytes.",
        "",
        f"- Files: {total.files:,}; apparent {total.apparent / 1e6:,.1f} MB "
        f"({kb(total.apparent, stories)} per story); on disk {total.disk / 1e6:,.1f} MB "
        f"(**{kb(total.disk, stories)} per story**, target ≤ {TARGET_KB:.0f} KB); as one tar archive "
        f"{result.tar / 1e6:,.1f} MB ({kb(result.tar, stories)} per story).",
        "",
        "## By kind of file",
        "",
        *table("kind", result.kinds, total, stories),
        "",
        "## By top-level folder",
        "",
        *table("folder", result.folders, total, stories),
        "",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path, default=HERE / ".work")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS-size.md")
    parser.add_argument("--site", type=Path, help="measure this built site instead of building one")
    args = parser.parse_args()
    seconds = None
    if args.site:
        site = args.site
    else:
        project = args.workdir / f"size-{args.stories}"
        shutil.rmtree(project, ignore_errors=True)
        project.mkdir(parents=True)
        write_project(project, args.stories)
        site, seconds = build(project)
    report = render(measure(site), args.stories, seconds)
    print(report)
    args.output.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
