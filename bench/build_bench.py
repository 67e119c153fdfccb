"""Build speed and scale: the portal against plain MkDocs + Material on the same stories.

For N generated stories (``bench/corpus.py``) it runs, one after another: the portal's cold
build (empty cache), a warm rebuild after adding one story, plain MkDocs + Material with its
own search plugin rendering the same stories (out of the nav, no listings), Material's blog
plugin on the first 1,000 stories, and Hugo when it is installed (the same stories and the same
kinds of listing pages, ``bench/hugo_site.py``; cold, and again with the added story). It prints
one table (wall time, peak memory, output size, HTML pages, median story page) and writes it to
``bench/RESULTS.md``.

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
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BLOG_STORIES = 1000
STORY_PAGES = "berita/[0-9]*/[0-9]*/*/index.html"
"""Story pages in the portal's and Hugo's output: ``berita/<YYYY>/<MM>/<slug>/index.html``."""
_MEASURE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(usage.ru_utime + usage.ru_stime, usage.ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)
"""Runs a command and reports the CPU seconds of its processes and the peak resident memory (KiB)
of the largest one."""

sys.path.insert(0, str(HERE))
from corpus import story, write_project  # noqa: E402
from hugo_site import HugoSite  # noqa: E402


@dataclass
class Run:
    name: str
    stories: int
    seconds: float | None
    cpu_seconds: float | None
    """User and system time of every process: unlike wall time, barely changed by other load."""
    peak_mb: float | None
    output_mb: float | None
    story_kb: float | None
    pages: int | None
    note: str = ""


NO_SIZES = (None, None, None)


def timed(command: list[str], cwd: Path, parts: dict[str, float] | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak memory in MB of ``command``; fails loudly when it fails.

    The peak memory is of all its processes together (the build, a second rendering process,
    Pagefind), sampled every 200 ms as proportional set size, so pages two processes share count
    once; where ``/proc`` cannot tell, it is the largest single process's peak. ``parts``, when
    given, is filled with how that peak divides among the processes (MB by kind of process:
    ``mkdocs``, ``pagefind``, ``stage``, …, see :func:`_kind`).

    Files written before (the corpus, an earlier build, a deleted cache) are flushed to disk
    first, so that no build pays for the writes of the one before it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    os.sync()
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", _MEASURE, *command], cwd=cwd, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )
    sampler = TreeMemory(process.pid).start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    sampler.stop()
    if parts is not None:
        parts.update((kind, kib / 1024) for kind, kib in sampler.peak_parts.items())
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr[-4000:]}")
    cpu, peak = stderr.strip().splitlines()[-1].split()
    return seconds, float(cpu), max(sampler.peak_kib, 0) / 1024 or int(peak) / 1024


class TreeMemory:
    """The largest sum of proportional set sizes of a process and its descendants, and how that
    sum divided among them (KiB by kind of process)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_kib = 0
        self.peak_parts: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> TreeMemory:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            sizes = [(pid, _pss_kib(pid)) for pid in _tree(self.pid)]
            total = sum(kib for _, kib in sizes)
            if total > self.peak_kib:
                self.peak_kib, self.peak_parts = total, {}
                for pid, kib in sizes:
                    kind = _kind(pid)
                    self.peak_parts[kind] = self.peak_parts.get(kind, 0) + kib


def _kind(pid: int) -> str:
    """What a process of a build is: ``pagefind``, ``stage`` (the merge's linking of the shards'
    files), ``mkdocs`` (the build itself), ``mkdocs, forked`` (a process it forked to render pages
    beside it, sharing its memory until either writes to it), ``portal`` (the command that started
    the build), or its command's name."""
    arguments = _arguments(pid)
    if not arguments:
        return "gone"
    if "site_plugins.shards.stage" in arguments:
        return "stage"
    name = os.path.basename(arguments[0])
    if "pagefind" in name:
        return "pagefind"
    if "mkdocs" in arguments[1:3] or "site_plugins.authoring.mkdocs_command" in arguments[1:3]:
        name = "mkdocs"
    elif len(arguments) > 1 and os.path.basename(arguments[1]) == "portal":
        name = "portal"
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            parent = int(stat.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return name
    return f"{name}, forked" if _arguments(parent) == arguments else name


def _arguments(pid: int) -> list[str]:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as file:
            return [part.decode(errors="replace") for part in file.read().split(b"\0") if part]
    except OSError:
        return []


def _tree(root: int) -> list[int]:
    """The process and its descendants, from each process's ``children`` list in ``/proc``."""
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                    stack += [int(child) for child in children.read().split()]
        except OSError:
            continue
    return found


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def site_sizes(site: Path, stories_glob: str) -> tuple[float, float, int]:
    """Total output in MB, the median story page in KB and the number of HTML pages."""
    files = [path for path in site.rglob("*") if path.is_file()]
    total = sum(path.stat().st_size for path in files)
    stories = [path.stat().st_size for path in site.glob(stories_glob)]
    html = sum(1 for path in files if path.suffix == ".html" and not is_redirect(path))
    return total / 1e6, statistics.median(stories) / 1e3 if stories else 0.0, html


def is_redirect(page: Path) -> bool:
    """A page that only sends the browser elsewhere, like Hugo's ``<listing>/halaman/1/``."""
    with page.open("rb") as file:
        return b'http-equiv="refresh"' in file.read(1024)


def mkdocs(project: Path, config: dict, name: str) -> Path:
    path = project / f"mkdocs-{name}.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def portal_config(project: Path, merge_parts: int | None = None) -> Path:
    """The project's ``mkdocs.yml`` for the benchmark project (``merge_parts``: the merge's
    parts by year, instead of the project's)."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    # Every environment override falls back to its default, as in a plain `make site`.
    text = re.sub(r"!ENV \[\w+, ([^\]]+)\]", r"\1", text)
    config = yaml.safe_load(text)
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "portal-cms" in plugin:
            plugin["portal-cms"]["node_modules"] = str(ROOT / "editor/node_modules")
        if isinstance(plugin, dict) and "portal" in plugin and merge_parts:
            plugin["portal"]["merge_parts"] = merge_parts
    config["site_dir"] = "site-portal"
    return mkdocs(project, config, "portal")


def run_portal(project: Path, count: int, rounds: int = 1, bare: bool = True) -> tuple[list[Run], list[Run], Run]:
    """The portal's cold build (no cache) and, right after each, bare MkDocs + Material, ``rounds``
    times over: one pair of builds sees the same machine, whatever it does meanwhile. Then a warm
    rebuild after adding one story, with the cache of the last cold build."""
    config = portal_config(project)
    command = ["-m", "mkdocs", "build", "--strict", "-q", "-f", config.name]
    colds, bares = [], []
    for _ in range(rounds):
        shutil.rmtree(project / ".cache", ignore_errors=True)
        cold = timed([sys.executable, *command], project)
        sizes = site_sizes(project / "site-portal", STORY_PAGES)
        colds.append(Run("portal, cold (everything, search included)", count, *cold, *sizes))
        if bare:
            bares.append(run_bare(project, count))
    added = add_story(project, count)
    warm = timed([sys.executable, *command], project)
    added.unlink()
    return colds, bares, Run("portal, warm (one story added, cache kept)", count + 1, *warm, *NO_SIZES)


def median_run(runs: list[Run]) -> Run:
    """The run with the median wall time (the lower middle one of an even number)."""
    return sorted(runs, key=lambda run: run.seconds)[(len(runs) - 1) // 2]


def add_story(project: Path, count: int) -> Path:
    """Write the same one story more into the project's content; returns its path."""
    relative, text = story(random.Random(1), yaml.safe_load(
        (project / "content/satuan.yml").read_text(encoding="utf-8")), count)
    target = project / "content/berita" / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


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
    measured = timed([sys.executable, "-m", "mkdocs", "build", "-q", "-f", config.name], project)
    return Run("MkDocs + Material, its search, no listings", count, *measured,
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
    measured = timed([sys.executable, "-m", "mkdocs", "build", "-q", "-f", config.name], project)
    sizes = site_sizes(project / "site-blog", "blog/**/index.html")
    return Run("Material blog plugin", min(count, BLOG_STORIES), *measured, *sizes)


def run_hugo(project: Path, count: int) -> list[Run]:
    """Hugo over the same stories (``bench/hugo_site.py``), and again with the added story.

    Hugo keeps no build cache between runs, so its second build is a full one too.
    """
    if shutil.which("hugo") is None:
        return [Run("Hugo", count, None, None, None, *NO_SIZES, "not installed (apt-get install hugo)")]
    name = f"Hugo {hugo_version()}"
    site = HugoSite(project / "hugo", project / "content")
    site.write()
    command = ["hugo", "--quiet"]
    cold = timed(command, site.root)
    site.check(count, STORY_PAGES)
    sizes = site_sizes(site.root / "public", STORY_PAGES)
    added = add_story(project, count)
    pages = site.add([added.relative_to(site.content).as_posix()])
    warm = timed(command, site.root)
    for path in [added, *pages]:
        path.unlink()
    return [
        Run(f"{name}, cold (no search)", count, *cold, *sizes),
        Run(f"{name}, one story added (no cache: a full build)", count + 1, *warm, *NO_SIZES),
    ]


HUGO_SITE = (
    "Hugo builds the same stories with a minimal theme (`bench/hugo_site.py`, `bench/hugo_theme/`): story pages "
    "with the unit's breadcrumb, tags, author and 5 related stories; home, archive (year and month), unit "
    "(Polda, Polres, Polsek), tag and author listings of 12 stories a page; RSS for home and every term; a "
    "sitemap. It has no search index, no photos and no Material theme (hence its smaller pages), and renders on "
    "every core with threads; the portal renders in two processes, with Pagefind beside them."
)


def hugo_version() -> str:
    """``0.111.3`` from ``hugo version``."""
    output = subprocess.run(["hugo", "version"], capture_output=True, text=True, check=True).stdout
    found = re.search(r"v(\d+\.\d+\.\d+)", output)
    return found[1] if found else output.strip()


def render(runs: list[Run], count: int, load: float, pairs: list[tuple[Run, Run]] | None = None) -> str:
    """The table; ``runs`` starts with the cold and the warm portal build. ``pairs`` are the rounds
    of a cold portal build and bare MkDocs + Material, whose median ratio is the one reported."""
    cold, warm = runs[0], runs[1]
    bare = next((run for run in runs if run.name.startswith("MkDocs")), None)
    pairs = pairs or ([(cold, bare)] if bare else [])
    lines = [
        f"# Build benchmark, {count:,} stories",
        "",
        f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.node()} ({platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, load average {load:.1f} at the start); "
        "stories from `bench/corpus.py`.",
        "",
        "| build | stories | wall time | CPU time | peak memory | output | HTML pages | median story page "
        "| vs. portal cold |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        cells = [
            run.name, f"{run.stories:,}",
            f"{run.seconds:.1f} s" if run.seconds else "–",
            f"{run.cpu_seconds:.1f} s" if run.cpu_seconds else "–",
            f"{run.peak_mb:,.0f} MB" if run.peak_mb else "–",
            f"{run.output_mb:,.0f} MB" if run.output_mb else "–",
            f"{run.pages:,}" if run.pages else "–",
            f"{run.story_kb:.1f} KB" if run.story_kb else "–",
            f"{run.seconds / cold.seconds:.2f}" if run.seconds else run.note,
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        *([f"Cold build against plain MkDocs + Material with search: {paired_ratio(pairs)} (target ≤ 1.00)."]
          if pairs else []),
        f"Warm rebuild against the cold build: {ratios(warm, cold)} (target ≤ 0.25).",
        "Peak memory: all processes of a build together (proportional set size, sampled every 200 ms).",
        *([f"The portal's cold build and bare MkDocs + Material ran in turn, {len(pairs)} times each; their "
           "rows are the runs with the median wall time."] if len(pairs) > 1 else []),
        "",
        "Wall times move with whatever else the machine runs; CPU times much less. Each build starts "
        "after earlier writes are flushed to disk (`sync`).",
    ]
    if any(run.name.startswith("Hugo ") for run in runs):
        lines += ["", HUGO_SITE]
    return "\n".join(lines) + "\n"


def paired_ratio(pairs: list[tuple[Run, Run]]) -> str:
    """The median of each pair's ratio, wall and CPU time; with several rounds, each one's too."""
    if len(pairs) == 1:
        return ratios(*pairs[0])
    walls = [run.seconds / base.seconds for run, base in pairs]
    cpus = [run.cpu_seconds / base.cpu_seconds for run, base in pairs]
    each = ", ".join(f"{run.seconds:.1f} s against {base.seconds:.1f} s" for run, base in pairs)
    return (f"{statistics.median(walls):.2f} (CPU time {statistics.median(cpus):.2f}), the median of "
            f"{len(pairs)} rounds of one build each, the portal first: {each}")


def ratios(run: Run, base: Run) -> str:
    """``0.52 (CPU time 0.48)``: how long ``run`` took against ``base``."""
    return f"{run.seconds / base.seconds:.2f} (CPU time {run.cpu_seconds / base.cpu_seconds:.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path, default=HERE / ".work")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--portal-only", action="store_true", help="only the portal's cold and warm builds")
    parser.add_argument("--rounds", type=int, default=3, help="cold portal and bare MkDocs builds, in turn")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    project = args.workdir / f"build-{args.stories}"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    write_project(project, args.stories)
    colds, bares, warm = run_portal(project, args.stories, args.rounds, bare=not args.portal_only)
    runs = [median_run(colds), warm]
    if not args.portal_only:
        runs += [median_run(bares), run_blog(project, args.stories), *run_hugo(project, args.stories)]
    report = render(runs, args.stories, load, list(zip(colds, bares)))
    print(report)
    args.output.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
