"""Build speed and scale: the portal against plain MkDocs + Material on the same stories.

For N generated stories (``bench/corpus.py``) it runs, one after another: the portal's cold
build (empty cache), a warm rebuild after adding one story, plain MkDocs + Material with its
own search plugin rendering the same stories (out of the nav, no listings), Material's blog
plugin on the first 1,000 stories, and Hugo when it is installed. It prints one table (wall
time, peak memory, output size, median story page) and writes it to ``bench/RESULTS.md``.

Run with ``make bench-build N=10000``.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BLOG_STORIES = 1000
_MEASURE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)
"""Runs a command and reports the peak resident memory (KiB) of its largest process."""

sys.path.insert(0, str(HERE))
from corpus import story, write_project  # noqa: E402


@dataclass
class Run:
    name: str
    stories: int
    seconds: float | None
    peak_mb: float | None
    output_mb: float | None
    story_kb: float | None
    note: str = ""


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak memory in MB of ``command``; fails loudly when it fails."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    process = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], cwd=cwd, env=env, capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr[-4000:]}")
    return seconds, int(process.stderr.strip().splitlines()[-1]) / 1024


def site_sizes(site: Path, stories_glob: str) -> tuple[float, float]:
    """Total output in MB and the median story page in KB."""
    total = sum(path.stat().st_size for path in site.rglob("*") if path.is_file())
    pages = [path.stat().st_size for path in site.glob(stories_glob)]
    return total / 1e6, statistics.median(pages) / 1e3 if pages else 0.0


def mkdocs(project: Path, config: dict, name: str) -> Path:
    path = project / f"mkdocs-{name}.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def portal_config(project: Path) -> Path:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    # Every environment override falls back to its default, as in a plain `make site`.
    text = re.sub(r"!ENV \[\w+, ([^\]]+)\]", r"\1", text)
    config = yaml.safe_load(text)
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "portal-cms" in plugin:
            plugin["portal-cms"]["node_modules"] = str(ROOT / "node_modules")
    config["site_dir"] = "site-portal"
    return mkdocs(project, config, "portal")


def run_portal(project: Path, count: int) -> list[Run]:
    config = portal_config(project)
    shutil.rmtree(project / ".cache", ignore_errors=True)
    command = ["-m", "mkdocs", "build", "--strict", "-q", "-f", config.name]
    cold = timed([sys.executable, *command], project)
    sizes = site_sizes(project / "site-portal", "berita/*/*/*/index.html")
    relative, text = story(random.Random(1), yaml.safe_load(
        (project / "content/satuan.yml").read_text(encoding="utf-8")), count)
    target = project / "content/berita" / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    warm = timed([sys.executable, *command], project)
    target.unlink()
    return [
        Run("portal, cold (everything, search included)", count, *cold, *sizes),
        Run("portal, warm (one story added, cache kept)", count + 1, *warm, None, None),
    ]


def run_bare(project: Path, count: int) -> Run:
    """Plain MkDocs + Material with its lunr search, the stories as ordinary pages."""
    docs = project / "bare"
    if not docs.exists():
        shutil.copytree(project / "content/berita", docs / "berita")
        (docs / "index.md").write_text("# Berita\n", encoding="utf-8")
    config = mkdocs(project, {
        "site_name": "Bare", "docs_dir": "bare", "site_dir": "site-bare", "not_in_nav": "/berita/",
        "theme": {"name": "material", "language": "id", "font": False}, "plugins": ["search"],
    }, "bare")
    seconds, peak = timed([sys.executable, "-m", "mkdocs", "build", "-q", "-f", config.name], project)
    return Run("MkDocs + Material, its search, no listings", count, seconds, peak,
               *site_sizes(project / "site-bare", "berita/**/index.html"))


def run_blog(project: Path, count: int) -> Run:
    """Material's blog plugin on the first 1,000 stories, dates and tags as it wants them."""
    docs = project / "blog-docs"
    if not docs.exists():
        posts = docs / "blog/posts"
        posts.mkdir(parents=True)
        (docs / "blog/index.md").write_text("# Blog\n", encoding="utf-8")
        for path in sorted((project / "content/berita").rglob("*.md"))[:BLOG_STORIES]:
            meta, body = path.read_text(encoding="utf-8").split("---\n", 2)[1:]
            fields = yaml.safe_load(meta)
            date = datetime.strptime(str(fields["date"]), "%Y-%m-%d %H:%M")
            head = {"date": date, "categories": fields.get("tags", [])}
            (posts / path.name).write_text(
                "---\n" + yaml.safe_dump(head, allow_unicode=True) + "---\n\n# " + fields["title"] + "\n" + body,
                encoding="utf-8",
            )
    config = mkdocs(project, {
        "site_name": "Blog", "docs_dir": "blog-docs", "site_dir": "site-blog",
        "theme": {"name": "material", "language": "id", "font": False}, "plugins": ["blog"],
    }, "blog")
    seconds, peak = timed([sys.executable, "-m", "mkdocs", "build", "-q", "-f", config.name], project)
    sizes = site_sizes(project / "site-blog", "blog/**/index.html")
    return Run("Material blog plugin", min(count, BLOG_STORIES), seconds, peak, *sizes)


def run_hugo(count: int) -> Run:
    installed = shutil.which("hugo") is not None
    return Run("Hugo", count, None, None, None, None, "not compared yet" if installed else "not installed")


def render(runs: list[Run], count: int) -> str:
    cold = runs[0].seconds
    bare = next(run for run in runs if run.name.startswith("MkDocs")).seconds
    lines = [
        f"# Build benchmark, {count:,} stories",
        "",
        f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.node()} ({platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}); stories from `bench/corpus.py`.",
        "",
        "| build | stories | wall time | peak memory | output | median story page | vs. portal cold |",
        "|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        cells = [
            run.name, f"{run.stories:,}",
            f"{run.seconds:.1f} s" if run.seconds else "–",
            f"{run.peak_mb:,.0f} MB" if run.peak_mb else "–",
            f"{run.output_mb:,.0f} MB" if run.output_mb else "–",
            f"{run.story_kb:.1f} KB" if run.story_kb else "–",
            f"{run.seconds / cold:.2f}" if run.seconds else run.note,
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        f"Cold build against plain MkDocs + Material with search: {cold / bare:.2f} (target ≤ 1.00).",
        f"Warm rebuild against the cold build: {runs[1].seconds / cold:.2f} (target ≤ 0.25).",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path, default=HERE / ".work")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    project = args.workdir / f"build-{args.stories}"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    write_project(project, args.stories)
    runs = [*run_portal(project, args.stories), run_bare(project, args.stories), run_blog(project, args.stories),
            run_hugo(args.stories)]
    report = render(runs, args.stories)
    print(report)
    args.output.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
