"""Search at archive scale: Pagefind (the portal's search) against Material's lunr search.

For N generated stories (``bench/corpus.py``) this builds the site three times from the same
content: without search, with ``portal-search`` (Pagefind, in yearly shards) and with Material's
``search`` plugin; then once more with ``portal-search`` after adding one story, the shard cache
kept. It reports build and index times, the memory of every Pagefind process (one per shard
indexed), index sizes, and what a reader's browser transfers (Debian Chromium, nginx with gzip on
loopback) for a first query and its first 10 results.

    python bench/search_bench.py --stories 10000
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.append(str(ROOT / "tests"))

from corpus import story, write_project  # noqa: E402
from servers import chromium, nginx  # noqa: E402

QUERY = "patroli"
SECOND_QUERY = "nelayan"
"""Asked on the same page once the first query's counts are shown."""
RESULTS = 10
PHONE = {"width": 390, "height": 800}
"""A phone's viewport: the search page's filter panel starts closed, and the counts wait for it."""
VARIANTS = {
    "none": ["portal"],
    "pagefind": ["portal", "portal-search"],
    "material": ["search", "portal"],
}


@dataclass
class Bundle:
    """One Pagefind bundle of a build, as its log tells: a shard or the vocabulary."""

    name: str
    stories: int | None
    indexed: bool
    seconds: float


@dataclass
class Build:
    """One build of the generated project."""

    variant: str
    seconds: float
    site: Path
    peak_mb: float
    """Peak resident memory of the build's processes together (sampled)."""
    index_seconds: float | None = None
    bundles: list[Bundle] = field(default_factory=list)
    pagefind_peak_mb: float | None = None
    """Peak resident memory of the largest Pagefind process."""
    counts_seconds: float | None = None
    """The time portal-search took to read the bundles and write the count files."""


class ProcessWatch:
    """Samples every 50 ms the resident memory of a process and its descendants (Linux /proc):
    the largest sum at one moment, and each indexing Pagefind process's own peak (``VmHWM``) in
    the order they started."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_kb = 0
        self.pagefind: dict[int, int] = {}
        self._running = True
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._running = False
        self._thread.join()

    def _run(self) -> None:
        while self._running:
            tree = _descendants(self.pid) | {self.pid}
            total = 0
            for pid in tree:
                status = _status(pid)
                total += status.get("VmRSS", 0)
                if status.get("Name") == "pagefind" and b"--site" in _cmdline(pid):
                    self.pagefind[pid] = max(self.pagefind.get(pid, 0), status.get("VmHWM", 0))
            self.peak_kb = max(self.peak_kb, total)
            time.sleep(0.05)


def _descendants(root: int) -> set[int]:
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _status(pid: int) -> dict:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    fields = dict(line.split(":", 1) for line in lines if ":" in line)
    status = {key: int(fields[key].split()[0]) for key in ("VmRSS", "VmHWM") if key in fields}
    status["Name"] = fields.get("Name", "").strip()
    return status


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


_BUNDLE_LINE = re.compile(
    r"Search: (?:shard (\S+), (\d+) stories|(vocabulary) of \d+ shards), (indexed|copied from the cache) in ([\d.]+) s"
)


def bundles(log: str) -> list[Bundle]:
    """The bundles a build's log reports (two are indexed at a time, so the peaks of the
    Pagefind processes are not matched to bundles)."""
    return [
        Bundle(shard or vocabulary, int(stories) if stories else None, how == "indexed", float(seconds))
        for shard, stories, vocabulary, how, seconds in _BUNDLE_LINE.findall(log)
    ]


@dataclass
class Transfer:
    """What the browser fetched for one search, by URL, in bytes on the wire."""

    sizes: dict[str, int] = field(default_factory=dict)
    started: dict[str, float] = field(default_factory=dict)
    results: int = 0
    at_results: dict[str, int] = field(default_factory=dict)
    """What was requested before the first results were on screen."""
    second: dict[str, int] = field(default_factory=dict)
    """What the second query of the visit requested, until the network was idle again."""

    @property
    def total(self) -> int:
        return sum(self.sizes.values())

    def part(self, pattern: str, sizes: dict[str, int] | None = None) -> int:
        chosen = self.sizes if sizes is None else sizes
        return sum(size for url, size in chosen.items() if re.search(pattern, url))


SEARCH = {"pagefind": r"/pagefind/|portal-search\.js", "material": r"search_index\.json|workers/search"}
"""What each search adds to a page: the rest (page, theme CSS and JavaScript) is the same."""

_SHARD = r"/pagefind/(?!vocabulary/)[^/]+/"
PARTS = {
    "page, theme CSS/JS, portal-search.js": r"^(?!.*/pagefind/)",
    "list of shards (shards.json)": r"/pagefind/shards\.json",
    "the one Pagefind engine (pagefind.js, worker, wasm)": r"/pagefind/[^/]+/(pagefind[-.a-z]*\.js|wasm\.)",
    "vocabulary: which shards hold the words (entry, index, filter)":
        r"/pagefind/vocabulary/(?!pagefind[-.a-z]*\.js|wasm\.)",
    "shards: entry (pagefind-entry.json)": _SHARD + r"pagefind-entry",
    "shards: page list and sort order (pf_meta)": _SHARD + r".*\.pf_meta",
    "shards: index chunks for the query (pf_index)": _SHARD + r".*\.pf_index",
    "shards: results (fragments)": _SHARD + r".*\.pf_fragment",
    "shards: filters (facet counts)": _SHARD + r".*\.pf_filter",
    "counts of one-word queries (counts/N.json)": r"/pagefind/counts/",
}


def shards_loaded(sizes: dict[str, int]) -> list[str]:
    """The shards whose page list the page loaded (merged into the engine)."""
    return sorted({match[1] for url in sizes if (match := re.search(r"/pagefind/([^/]+)/[^/]*\.pf_meta", url))}
                  - {"vocabulary"}, reverse=True)


def engines_loaded(sizes: dict[str, int]) -> int:
    """How many Pagefind engines (pagefind.js) the page loaded."""
    return sum(1 for url in sizes if re.search(r"/pagefind/[^/]+/pagefind\.js", url))


def build(project: Path, variant: str) -> Build:
    """Build the project with the variant's plugins; time the whole ``mkdocs build`` and watch
    its memory."""
    config = project / f"mkdocs-{variant}.yml"
    site = project / f"site-{variant}"
    config.write_text(yaml.safe_dump({
        "site_name": "Portal Bench", "docs_dir": "content", "site_dir": site.name, "use_directory_urls": True,
        "theme": {"name": "material", "custom_dir": str(ROOT / "overrides"), "language": "id", "font": False},
        "plugins": VARIANTS[variant],
    }), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    process = subprocess.Popen(
        # Quiet, except where portal-search logs its bundles and index time.
        [sys.executable, "-m", "mkdocs", "build", *([] if variant == "pagefind" else ["-q"]), "-f", config.name],
        cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    watch = ProcessWatch(process.pid)
    _, log = process.communicate()
    seconds = time.perf_counter() - started
    watch.stop()
    if process.returncode != 0:
        raise SystemExit(f"{variant} build failed:\n{log[-4000:]}")
    ready = re.search(r"Search: \d+ stories in \d+ shards \(.*\) in ([\d.]+) s", log)
    peaks = list(watch.pagefind.values())
    counted = re.search(r"Search: counts of \d+ files for one-word queries in ([\d.]+) s", log)
    return Build(variant, seconds, site, watch.peak_kb / 1024, float(ready[1]) if ready else None,
                 bundles(log), max(peaks) / 1024 if peaks else None, float(counted[1]) if counted else None)


def add_story(project: Path, number: int) -> Path:
    """One more generated story, dated like the others, as a writer would add it."""
    units = yaml.safe_load((project / "content" / "satuan.yml").read_text(encoding="utf-8"))
    relative, text = story(random.Random(1), units, number)
    target = project / "content" / "berita" / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def measure(
    base_url: str, path: str, result_selector: str, second_query: bool = False, viewport: dict | None = None
) -> Transfer:
    """Open ``path`` in a fresh browser, wait for the first results, sum bytes received; with
    ``second_query``, then search ``SECOND_QUERY`` on the same page (the search page's form) and
    sum what that adds until its counts are shown and the network is idle."""
    transfer = Transfer()
    with chromium() as browser:
        page = browser.new_page(viewport=viewport)
        page.on("requestfinished", lambda request: _record(transfer, request))
        page.add_init_script(_WATCH % (result_selector, RESULTS))
        page.goto(base_url + path)
        page.wait_for_function("window.firstResultsAt !== undefined", timeout=300_000)
        page.wait_for_load_state("networkidle")
        if second_query:
            _counted(page, QUERY)
        shown_at = page.evaluate("window.firstResultsAt")
        transfer.at_results = {url: size for url, size in transfer.sizes.items() if transfer.started[url] < shown_at}
        transfer.results = page.locator(result_selector).count()
        if second_query:
            before = dict(transfer.sizes)
            page.fill("#portal-search-q", SECOND_QUERY)
            page.press("#portal-search-q", "Enter")
            _counted(page, SECOND_QUERY)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(500)  # requests still finishing when the counts were shown
            transfer.second = {url: size for url, size in transfer.sizes.items() if url not in before}
            transfer.sizes = before  # the first query's visit alone
        page.close()
    return transfer


def _counted(page, query: str) -> None:
    """Wait until the search page states how many stories match ``query``."""
    page.wait_for_function(
        f"/^\\d+ berita untuk “{query}”/.test(document.querySelector('.portal-search__status').textContent)",
        timeout=300_000,
    )


# When the results are on screen, by the page's clock (the same wall clock as the requests').
_WATCH = """
new MutationObserver((_, observer) => {
  if (document.querySelectorAll(%r).length >= %d) {
    window.firstResultsAt = Date.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });
"""


def _record(transfer: Transfer, request) -> None:
    sizes = request.sizes()
    transfer.sizes[request.url] = sizes["responseBodySize"] + sizes["responseHeadersSize"]
    transfer.started[request.url] = request.timing["startTime"]


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder``."""
    files = [path for path in folder.rglob("*") if path.is_file()]
    return sum(path.stat().st_size for path in files), len(files)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = int(Path("/proc/meminfo").read_text().split()[1]) // (1024 * 1024)
    chromium_version = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True).stdout.strip()
    return f"{cpu}, {os.cpu_count()} cores, {memory} GiB; Python {platform.python_version()}; {chromium_version}"


def kib(size: float) -> str:
    return f"{size / 1024:,.1f} KiB"


def report(
    count: int, builds: dict[str, Build], warm: Build | None, transfers: dict[str, Transfer], sizes: dict[str, str],
    shards: int,
) -> str:
    pagefind, material = transfers["pagefind"], transfers.get("material")

    def other(value) -> str:
        return value if material is not None else "not run"

    baseline = builds["none"].seconds if "none" in builds else None
    rows = [
        ("build without search", f"{baseline:.1f} s" if baseline else "not run", "—"),
        ("build with search", f"{builds['pagefind'].seconds:.1f} s",
         other(material and f"{builds['material'].seconds:.1f} s")),
        ("index time (build with search − without)",
         f"{builds['pagefind'].seconds - baseline:.1f} s" if baseline else "—",
         other(material and baseline and f"{builds['material'].seconds - baseline:.1f} s")),
        ("indexing on its thread, all bundles (portal-search log)", f"{builds['pagefind'].index_seconds:.1f} s", "—"),
        ("peak memory of the build, all processes together", f"{builds['pagefind'].peak_mb:,.0f} MB",
         other(material and f"{builds['material'].peak_mb:,.0f} MB")),
        ("peak memory of the largest Pagefind process", largest_pagefind(builds["pagefind"]), "—"),
        ("warm rebuild (one story added, cache kept): whole build", f"{warm.seconds:.1f} s" if warm else "not run", "—"),
        ("… indexing on its thread", f"{warm.index_seconds:.1f} s" if warm else "—", "—"),
        ("… bundles indexed again", (", ".join(b.name for b in warm.bundles if b.indexed) or "none") if warm else "—",
         "—"),
        ("… counts of one-word queries read and written (cold build; warm rebuild)",
         f"{builds['pagefind'].counts_seconds:.1f} s; {warm.counts_seconds:.1f} s" if warm
         else f"{builds['pagefind'].counts_seconds:.1f} s", "—"),
        ("bundles: shards in shards.json (plus the vocabulary)", str(shards), "—"),
        ("count files (counts/N.json)", sizes["counts"], "—"),
        ("index on disk", sizes["pagefind"], other(sizes.get("material"))),
        (f"first query “{QUERY}”, first {RESULTS} results on screen: whole page",
         kib(sum(pagefind.at_results.values())), other(material and kib(sum(material.at_results.values())))),
        ("… of which search (index, engine, search script)",
         kib(pagefind.part(SEARCH["pagefind"], pagefind.at_results)),
         other(material and kib(material.part(SEARCH["material"], material.at_results)))),
        ("… shards merged into the engine by then", ", ".join(shards_loaded(pagefind.at_results)), "—"),
        ("then counts shown (network idle): whole page", kib(pagefind.total), other(material and kib(material.total))),
        ("… of which search", kib(pagefind.part(SEARCH["pagefind"])),
         other(material and kib(material.part(SEARCH["material"])))),
        ("… requests", str(len(pagefind.sizes)), other(material and str(len(material.sizes)))),
        ("… Pagefind engines loaded (pagefind.js)", str(engines_loaded(pagefind.sizes)), "—"),
        ("… shards merged into the engine", str(len(shards_loaded(pagefind.sizes))), "—"),
        (f"second query “{SECOND_QUERY}” in the same visit, until its counts are shown",
         kib(sum(pagefind.second.values())), "—"),
        ("on a phone (filter panel closed, so no counts yet): first query until network idle",
         kib(transfers["phone"].total), "—"),
        ("… of which search", kib(transfers["phone"].part(SEARCH["pagefind"])), "—"),
    ]
    lines = [
        f"# Search benchmark: {count:,} stories",
        "",
        f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC with `{' '.join(['python', *sys.argv])}` on: {machine()}.",
        "",
        "Transfers are bytes on the wire (bodies as sent, plus headers) measured in Chromium against nginx",
        "with gzip on loopback, from an empty cache: Pagefind loads `/cari/?q=patroli`, Material loads",
        "`/?q=patroli`. Counted are the requests made before the first 10 results are on screen, and",
        "all requests once the network is idle and the counts are shown. Then, on the same page, a",
        f"second query “{SECOND_QUERY}” is typed into the form; counted are its new requests until its",
        "counts are shown. Memory is resident memory sampled every 50 ms from /proc.",
        "",
        "| measure | Pagefind (portal-search) | Material search (lunr) |",
        "|---|---|---|",
        *(f"| {name} | {left} | {right} |" for name, left, right in rows),
        "",
        verdict(pagefind, count),
        "",
        "Bundles of the cold build, one Pagefind process each, two at a time (so a bundle's time",
        "includes sharing the cores; the largest process's memory is in the table above):",
        "",
        "| bundle | stories | indexed in |",
        "|---|---|---|",
        *(f"| {b.name} | {b.stories if b.stories is not None else '—'} | {b.seconds:.1f} s |"
          for b in builds["pagefind"].bundles),
        "",
        "Where Pagefind's bytes go (first query, whole visit until the counts are shown; second query):",
        "",
        "| part | first query | second query |",
        "|---|---|---|",
        *(f"| {name} | {kib(pagefind.part(pattern))} | {kib(pagefind.part(pattern, pagefind.second))} |"
          for name, pattern in PARTS.items()),
        "",
    ]
    return "\n".join(lines)


def largest_pagefind(build: Build) -> str:
    return f"{build.pagefind_peak_mb:,.0f} MB" if build.pagefind_peak_mb is not None else "not measured"


def verdict(pagefind: Transfer, count: int) -> str:
    """The targets, checked (KB = 1,000 bytes): the first query's whole visit, counts included,
    at most 300 KB up to 10,000 stories and 350 KB beyond; a second query at most 60 KB."""
    first = pagefind.total / 1000
    second = sum(pagefind.second.values()) / 1000
    limit = 300 if count <= 10_000 else 350
    met = {True: "met", False: "not met"}
    return (
        f"Targets: the first query, whole page until the counts are shown, is {first:,.0f} KB "
        f"(at most {limit} KB: {met[first <= limit]}); the second query adds {second:,.0f} KB "
        f"(at most 60 KB: {met[second <= 60]})."
    )


def index_sizes(builds: dict[str, Build]) -> dict[str, str]:
    pagefind_bytes, pagefind_files = folder_size(builds["pagefind"].site / "pagefind")
    sizes = {"pagefind": f"{kib(pagefind_bytes)} in {pagefind_files} files (fragments and chunks gzipped by Pagefind)"}
    counts = sorted((builds["pagefind"].site / "pagefind" / "counts").glob("*.json"))
    gzipped = [len(gzip.compress(path.read_bytes(), 6)) for path in counts]
    sizes["counts"] = (f"{len(counts)} files, {kib(sum(path.stat().st_size for path in counts))} "
                       f"(gzipped: {kib(sum(gzipped))}, the largest {kib(max(gzipped, default=0))})")
    if "material" in builds:
        lunr = (builds["material"].site / "search" / "search_index.json").read_bytes()
        sizes["material"] = f"search_index.json {kib(len(lunr))}, gzipped {kib(len(gzip.compress(lunr, 6)))}"
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path, default=HERE / ".work")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS-search.md")
    parser.add_argument("--pagefind-only", action="store_true",
                        help="build only with portal-search: no build without search, no Material search")
    parser.add_argument("--no-rebuild", action="store_true", help="skip the warm rebuild with one story added")
    args = parser.parse_args()
    project = args.workdir / f"search-{args.stories}"
    subprocess.run(["rm", "-rf", str(project)], check=True)
    write_project(project, args.stories)
    variants = ["pagefind"] if args.pagefind_only else list(VARIANTS)
    builds = {variant: build(project, variant) for variant in variants}
    for variant, item in builds.items():
        print(f"{variant}: built in {item.seconds:.1f} s", flush=True)
    transfers = {}
    with nginx(builds["pagefind"].site, project / "nginx-pagefind", gzip=True) as url:
        transfers["pagefind"] = measure(url, f"cari/?q={QUERY}", ".portal-search__list .portal-card", second_query=True)
        transfers["phone"] = measure(url, f"cari/?q={QUERY}", ".portal-search__list .portal-card", viewport=PHONE)
    if "material" in builds:
        with nginx(builds["material"].site, project / "nginx-material", gzip=True) as url:
            transfers["material"] = measure(url, f"?q={QUERY}", ".md-search-result__item")
    sizes = index_sizes(builds)
    shards = len(json.loads((builds["pagefind"].site / "pagefind" / "shards.json").read_text())["shards"])
    warm = None
    if not args.no_rebuild:
        add_story(project, args.stories)
        warm = build(project, "pagefind")
        print(f"pagefind, one story added: built in {warm.seconds:.1f} s", flush=True)
    text = report(args.stories, builds, warm, transfers, sizes, shards)
    args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
