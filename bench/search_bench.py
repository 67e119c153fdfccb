"""Search at archive scale: Pagefind (the portal's search) against Material's lunr search.

For N generated stories (``bench/corpus.py``) this builds the site three times from the same
content: without search, with ``portal-search`` (Pagefind) and with Material's ``search`` plugin.
It reports build and index times, index sizes, and what a reader's browser transfers (Debian
Chromium, nginx with gzip on loopback) for a first query and its first 10 results.

    python bench/search_bench.py --stories 10000
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.append(str(ROOT / "tests"))

from corpus import write_project  # noqa: E402
from servers import chromium, nginx  # noqa: E402

QUERY = "patroli"
RESULTS = 10
VARIANTS = {
    "none": ["portal"],
    "pagefind": ["portal", "portal-search"],
    "material": ["search", "portal"],
}


@dataclass
class Build:
    """One build of the generated project."""

    variant: str
    seconds: float
    site: Path
    index_seconds: float | None = None


@dataclass
class Transfer:
    """What the browser fetched for one search, by URL, in bytes on the wire."""

    sizes: dict[str, int] = field(default_factory=dict)
    started: dict[str, float] = field(default_factory=dict)
    results: int = 0
    at_results: dict[str, int] = field(default_factory=dict)
    """What was requested before the first results were on screen."""

    @property
    def total(self) -> int:
        return sum(self.sizes.values())

    def part(self, pattern: str, sizes: dict[str, int] | None = None) -> int:
        chosen = self.sizes if sizes is None else sizes
        return sum(size for url, size in chosen.items() if re.search(pattern, url))


SEARCH = {"pagefind": r"/pagefind/|portal-search\.js", "material": r"search_index\.json|workers/search"}
"""What each search adds to a page: the rest (page, theme CSS and JavaScript) is the same."""

PARTS = {
    "page, theme CSS/JS, portal-search.js": r"^(?!.*/pagefind/)",
    "Pagefind engine (pagefind.js, worker, wasm, entry)": r"/pagefind/(pagefind[-.a-z]*\.js|wasm\.|pagefind-entry)",
    "Pagefind page list and sort order (pf_meta)": r"\.pf_meta",
    "Pagefind index chunks for the query": r"\.pf_index",
    "Pagefind results (10 fragments)": r"\.pf_fragment",
    "Pagefind filters (facet counts)": r"\.pf_filter",
}


def build(project: Path, variant: str) -> Build:
    """Build the project with the variant's plugins; time the whole ``mkdocs build``."""
    config = project / f"mkdocs-{variant}.yml"
    site = project / f"site-{variant}"
    config.write_text(yaml.safe_dump({
        "site_name": "Portal Bench", "docs_dir": "content", "site_dir": site.name, "use_directory_urls": True,
        "theme": {"name": "material", "custom_dir": str(ROOT / "overrides"), "language": "id", "font": False},
        "plugins": VARIANTS[variant],
    }), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    process = subprocess.run(
        # Quiet, except where portal-search logs its index time.
        [sys.executable, "-m", "mkdocs", "build", *([] if variant == "pagefind" else ["-q"]), "-f", config.name],
        cwd=project, env=env, capture_output=True, text=True,
    )
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{variant} build failed:\n{process.stderr[-4000:]}")
    logged = re.search(r"Search: indexed \d+ stories, ready ([\d.]+) s", process.stderr)
    return Build(variant, seconds, site, float(logged[1]) if logged else None)


def measure(base_url: str, path: str, result_selector: str) -> Transfer:
    """Open ``path`` in a fresh browser, wait for the first results, sum bytes received."""
    transfer = Transfer()
    with chromium() as browser:
        page = browser.new_page()
        page.on("requestfinished", lambda request: _record(transfer, request))
        page.add_init_script(_WATCH % (result_selector, RESULTS))
        page.goto(base_url + path)
        page.wait_for_function("window.firstResultsAt !== undefined", timeout=300_000)
        page.wait_for_load_state("networkidle")
        shown_at = page.evaluate("window.firstResultsAt")
        transfer.at_results = {url: size for url, size in transfer.sizes.items() if transfer.started[url] < shown_at}
        transfer.results = page.locator(result_selector).count()
        page.close()
    return transfer


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


def report(count: int, builds: dict[str, Build], transfers: dict[str, Transfer], sizes: dict[str, str]) -> str:
    baseline = builds["none"].seconds
    pagefind, material = transfers["pagefind"], transfers["material"]
    rows = [
        ("build without search", f"{baseline:.1f} s", "—"),
        ("build with search", f"{builds['pagefind'].seconds:.1f} s", f"{builds['material'].seconds:.1f} s"),
        ("index time (build with search − without)", f"{builds['pagefind'].seconds - baseline:.1f} s",
         f"{builds['material'].seconds - baseline:.1f} s"),
        ("index ready after rendering began (portal-search log)", f"{builds['pagefind'].index_seconds:.1f} s", "—"),
        ("index on disk", sizes["pagefind"], sizes["material"]),
        (f"first query “{QUERY}”, first {RESULTS} results on screen: whole page",
         kib(sum(pagefind.at_results.values())), kib(sum(material.at_results.values()))),
        ("… of which search (index, engine, search script)",
         kib(pagefind.part(SEARCH["pagefind"], pagefind.at_results)),
         kib(material.part(SEARCH["material"], material.at_results))),
        ("then facets with counts loaded (network idle): whole page", kib(pagefind.total), kib(material.total)),
        ("… of which search", kib(pagefind.part(SEARCH["pagefind"])), kib(material.part(SEARCH["material"]))),
        ("requests", str(len(pagefind.sizes)), str(len(material.sizes))),
    ]
    lines = [
        f"# Search benchmark: {count:,} stories",
        "",
        f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC with `make bench-search N={count}` on: {machine()}.",
        "",
        "Transfers are bytes on the wire (bodies as sent, plus headers) measured in Chromium against nginx",
        "with gzip on loopback, from an empty cache: Pagefind loads `/cari/?q=patroli`, Material loads",
        "`/?q=patroli`. Counted are the requests made before the first 10 results are on screen, and",
        "all requests once the network is idle (for Pagefind, after the facet counts have loaded).",
        "",
        "| measure | Pagefind (portal-search) | Material search (lunr) |",
        "|---|---|---|",
        *(f"| {name} | {left} | {right} |" for name, left, right in rows),
        "",
        "Target: a first query with its first 10 results transfers at most 300 KB. "
        + verdict(pagefind),
        "",
        "Where Pagefind's bytes go (whole visit, network idle):",
        "",
        "| part | transferred |",
        "|---|---|",
        *(f"| {name} | {kib(pagefind.part(pattern))} |" for name, pattern in PARTS.items()),
        "",
    ]
    return "\n".join(lines)


def verdict(pagefind: Transfer) -> str:
    """The target, checked (KB = 1,000 bytes) for the search's own bytes and the whole page."""
    search = pagefind.part(SEARCH["pagefind"], pagefind.at_results) / 1000
    whole = sum(pagefind.at_results.values()) / 1000
    met = {True: "met", False: "not met"}
    return (
        f"At the first results, Pagefind's bytes are {search:,.0f} KB (target {met[search <= 300]}); "
        f"the whole page with the theme's CSS and JavaScript is {whole:,.0f} KB ({met[whole <= 300]})."
    )


def index_sizes(builds: dict[str, Build]) -> dict[str, str]:
    pagefind_bytes, pagefind_files = folder_size(builds["pagefind"].site / "pagefind")
    lunr = (builds["material"].site / "search" / "search_index.json").read_bytes()
    return {
        "pagefind": f"{kib(pagefind_bytes)} in {pagefind_files} files (fragments and chunks gzipped by Pagefind)",
        "material": f"search_index.json {kib(len(lunr))}, gzipped {kib(len(gzip.compress(lunr, 6)))}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path, default=HERE / ".work")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS-search.md")
    args = parser.parse_args()
    project = args.workdir / f"search-{args.stories}"
    subprocess.run(["rm", "-rf", str(project)], check=True)
    write_project(project, args.stories)
    builds = {variant: build(project, variant) for variant in VARIANTS}
    for variant, item in builds.items():
        print(f"{variant}: built in {item.seconds:.1f} s", flush=True)
    transfers = {}
    with nginx(builds["pagefind"].site, project / "nginx-pagefind", gzip=True) as url:
        transfers["pagefind"] = measure(url, f"cari/?q={QUERY}", ".portal-search__list .portal-card")
    with nginx(builds["material"].site, project / "nginx-material", gzip=True) as url:
        transfers["material"] = measure(url, f"?q={QUERY}", ".md-search-result__item")
    text = report(args.stories, builds, transfers, index_sizes(builds))
    args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
