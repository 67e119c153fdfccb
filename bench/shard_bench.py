"""The site built as Polda shards and a merge, against one build of the whole site.

For N generated stories across the 34 Polda (``bench/corpus.py``) it runs: every shard cold,
one after another, each measured on its own (wall time, CPU time, peak memory of all its
processes); the merge's older parts by year (``--parts K``: parts 2 to K, ``merge_parts`` in
``mkdocs.yml`` by default), each on its own; the merge; ``portal build --shards`` with W workers
(the whole flow, wall time); then ``--commits`` one-story commits in a row: a story added to one
Polda, that shard rebuilt warm, the parts and the merge (the first without an earlier site to
take folders from), each commit once the site the one before replaced is deleted (commits come
minutes apart). Results go to ``bench/RESULTS-shards.md`` (or ``--out``).

Run with ``make bench-shards N=10000``; a million stories with ``N=1000000 OUT=bench/RESULTS-1m.md``
(hours on two cores: never part of ``make test``). ``--shards-only K`` (make: ``SHARDS_ONLY=K``)
builds only the first K shards and no merge: what one shard job costs at that scale.
``--keep-shards`` takes the shards an earlier run built (their descriptions) instead of building
them again: to measure the parts and the merge alone. ``--jobs J`` builds J shards, then J parts,
side by side, each measured on its own (as J CI runners would, on a machine with the cores);
``--drop-caches --commits 0`` deletes each job's search cache once it is built, which a cold run
at a million stories needs to fit on a smaller disk.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from build_bench import add_story, portal_config, timed  # noqa: E402
from corpus import write_project  # noqa: E402

PORTAL = str(Path(sys.executable).parent / "portal")


def shard_list(project: Path, config: Path) -> list[str]:
    result = subprocess.run([PORTAL, "-f", config.name, "shards"], cwd=project, capture_output=True, text=True,
                            check=True)
    return result.stdout.split()


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", default=str(HERE / "RESULTS-shards.md"))
    parser.add_argument("--no-flow", action="store_true", help="skip the whole flow with --workers (slow at scale)")
    parser.add_argument("--commits", type=int, default=3,
                        help="one-story commits measured one after another, each its shard and the merge")
    parser.add_argument("--shards-only", type=int, default=0, metavar="K",
                        help="build only the first K shards and no merge: one job's time and memory at scale")
    parser.add_argument("--parts", type=int, default=0, metavar="K",
                        help="split the merge by year into K parts (default: merge_parts of mkdocs.yml)")
    parser.add_argument("--keep-shards", action="store_true", help="take the shards an earlier run built")
    parser.add_argument("--jobs", type=int, default=1, metavar="J",
                        help="build J shards (then J parts) side by side, each measured on its own, as J CI runners would")
    parser.add_argument("--drop-caches", action="store_true",
                        help="delete each job's search cache once it is built (cold runs only: saves disk at a million)")
    args = parser.parse_args()
    if args.drop_caches and args.commits:
        parser.error("--drop-caches measures cold builds only: add --commits 0")
    project = HERE / ".work" / f"shards-{args.stories}"
    if not (project / "content").exists():
        shutil.rmtree(project, ignore_errors=True)
        started = time.monotonic()
        write_project(project, args.stories)
        print(f"corpus of {args.stories} stories written in {time.monotonic() - started:.0f} s", file=sys.stderr)
    config = portal_config(project, args.parts or None)
    args.parts = merge_parts_of(config)
    if args.keep_shards:
        for cache in (project / ".cache/portal").glob("*"):
            if cache.name != "shards":  # the shards' caches stay with their descriptions
                shutil.rmtree(cache, ignore_errors=True)
    else:
        shutil.rmtree(project / ".cache", ignore_errors=True)
    shutil.rmtree(project / ".site-portal.earlier", ignore_errors=True)  # the cold merge takes nothing
    shards = shard_list(project, config)
    if args.shards_only:
        shards = shards[:args.shards_only]
    folder = project / "shards"

    def build_shard(shard: str) -> tuple:
        if args.keep_shards:
            return shard, len(_stories_of(folder / shard)), None, None, None
        wall, cpu, peak = timed([PORTAL, "-f", config.name, "build", "--shard", shard, "--shards-dir", "shards"], project)
        if args.drop_caches:
            drop_search_cache(project, f"shards/{shard}")
        stories = len(_stories_of(folder / shard))
        print(f"{shard}: {stories} stories, {wall:.1f} s, {peak:.0f} MB", file=sys.stderr)
        return shard, stories, wall, cpu, peak

    with ThreadPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(build_shard, shards))
    parts = [] if args.shards_only else build_parts(project, config, args.parts, jobs=args.jobs,
                                                     drop_caches=args.drop_caches)
    merge_parts: dict[str, float] = {}
    merge = None if args.shards_only else timed([PORTAL, "-f", config.name, "build", "--merge", "--shards-dir", "shards"],
                                                project, merge_parts)
    if merge:
        print(f"merge: {merge[0]:.1f} s ({merge[1]:.1f} s CPU), {merge[2]:.0f} MB ({by_process(merge_parts)})", file=sys.stderr)
    site = project / "site-portal"
    size = du(site) if merge else None
    # The whole flow as `make site SHARDS=1` runs it, with the caches of the runs above removed.
    flow = None
    if not args.no_flow and not args.shards_only:
        shutil.rmtree(project / ".cache", ignore_errors=True)
        flow = timed([PORTAL, "-f", config.name, "build", "--shards", "--workers", str(args.workers),
                      "--shards-dir", "shards"], project)
    # One story more in one Polda, COMMITS times: that shard again (warm) and the merge (warm). The
    # first merge has no earlier site to take folders from; the later ones do (docs/sharding.md).
    commits, added = [], []
    for number in range(args.commits):
        # Commits come minutes apart, not back to back: the site a merge replaced is deleted by a
        # process the command does not wait for, and a merge timed while it runs shares the disk.
        settle(project)
        added.append(add_story(project, args.stories + number))
        head = added[-1].read_text(encoding="utf-8")
        polda = next(line.split(":", 1)[1].strip() for line in head.splitlines() if line.startswith(("polda:", "satuan:")))
        target = _slug(polda.split("/")[0].strip())
        warm_shard = (timed([PORTAL, "-f", config.name, "build", "--shard", target, "--shards-dir", "shards"], project)
                      if target in shards else None)
        inputs = {number: _part_inputs(folder / f"part-{number}") for number in range(2, args.parts + 1)}
        part_runs = []
        for number, _, wall, cpu, peak, _ in build_parts(project, config, args.parts, quiet=True):
            kept = inputs[number] is not None and _part_inputs(folder / f"part-{number}") == inputs[number]
            part_runs.append((number, wall, cpu, peak, kept))
            print(f"part {number}, one story added: {wall:.1f} s ({cpu:.1f} s CPU), {peak:.0f} MB"
                  f"{', kept as built' if kept else ''}", file=sys.stderr)
        warm_parts: dict[str, float] = {}
        warm_merge = merge and timed([PORTAL, "-f", config.name, "build", "--merge", "--shards-dir", "shards"],
                                     project, warm_parts)
        commits.append((target, warm_shard, warm_merge, warm_parts, part_runs))
        for job, result in (("shard, one story added", warm_shard), ("merge, one story added", warm_merge)):
            if result:
                print(f"{job}: {result[0]:.1f} s ({result[1]:.1f} s CPU), {result[2]:.0f} MB", file=sys.stderr)
    for path in added:
        path.unlink()
    write(args, rows, merge, flow, commits, size, merge_parts, parts)


def merge_parts_of(config: Path) -> int:
    import yaml

    plugins = yaml.safe_load(config.read_text(encoding="utf-8"))["plugins"]
    portal = next(plugin["portal"] for plugin in plugins if isinstance(plugin, dict) and "portal" in plugin)
    return int(portal.get("merge_parts", 1))


def build_parts(project: Path, config: Path, count: int, quiet: bool = False, jobs: int = 1,
                drop_caches: bool = False) -> list[tuple]:
    """Parts 2 to ``count`` of the merge, ``jobs`` at a time: number, months, wall, CPU, peak, by process."""
    import json

    from site_plugins.content.listings import month_of

    def build(number: int) -> tuple:
        parts: dict[str, float] = {}
        wall, cpu, peak = timed([PORTAL, "-f", config.name, "build", "--part", str(number), "--shards-dir", "shards"],
                                project, parts)
        if drop_caches:
            drop_search_cache(project, f"parts/{number}")
        described = json.loads((project / "shards" / f"part-{number}" / "part.json").read_text(encoding="utf-8"))
        months = "–".join("-".join(map(str, month_of(month))) for month in described["sections"]["portal"]["months"])
        if not quiet:
            print(f"part {number} ({months}): {wall:.1f} s ({cpu:.1f} s CPU), {peak:.0f} MB "
                  f"({by_process(parts)})", file=sys.stderr)
        return number, months, wall, cpu, peak, parts

    with ThreadPoolExecutor(jobs) as pool:
        return list(pool.map(build, range(2, count + 1)))


def drop_search_cache(project: Path, job: str) -> None:
    """A job's search cache (its Pagefind bundles kept for the next build), deleted: a cold run's disk at a million
    stories. Its pages' cache entries stay: they are the very files of its site (hard links)."""
    shutil.rmtree(project / ".cache/portal/search" / job, ignore_errors=True)


def settle(project: Path, limit: float = 900) -> None:
    """Wait until the sites earlier builds replaced are deleted (``site_build.swap_in``)."""
    deadline = time.monotonic() + limit
    while any(project.glob(".site-portal.old-*")):
        if time.monotonic() > deadline:
            print(f"still deleting an earlier site after {limit:.0f} s: the next commit shares the disk with it",
                  file=sys.stderr)
            return
        time.sleep(1)


def _part_inputs(folder: Path) -> str | None:
    """The hash of what a part was built from, as its description holds it: the same after a build that kept the
    part as built (a part is built again only when it changed)."""
    import json

    try:
        return json.loads((folder / "part.json").read_text(encoding="utf-8"))["sections"]["portal"]["inputs"]
    except (OSError, ValueError, KeyError):
        return None


def _stories_of(folder: Path):
    from site_plugins.shards.description import Description
    from site_plugins.shards.records import StoryRecords

    return StoryRecords.of(Description.read(folder / "shard.json"))


def _slug(name: str) -> str:
    from site_plugins.content.slugs import slugify

    return slugify(name)


def by_process(parts: dict[str, float]) -> str:
    """``mkdocs 930 MB, pagefind 1,210 MB, stage 120 MB``: a peak divided among kinds of process."""
    return ", ".join(f"{kind} {mb:,.0f} MB" for kind, mb in sorted(parts.items(), key=lambda item: -item[1]))


def write(args, rows, merge, flow, commits, size, merge_parts, parts) -> None:
    count = args.stories
    walls = [row[2] for row in rows if row[2] is not None]
    lines = [
        f"# Sharded build: {count:,} stories",
        "",
        f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC with `python bench/shard_bench.py {' '.join(sys.argv[1:])}` "
        f"on {platform.machine()}, {os.cpu_count()} cores; Python {platform.python_version()}. Times are wall "
        "seconds (CPU seconds of all processes in brackets); memory is the peak of all of a job's processes "
        "together. Other work shared the machine's cores.",
        "",
        "| job | stories | wall (CPU) | peak memory |",
        "|---|---|---|---|",
        *(f"| shard {shard} | {stories:,} | {wall:.1f} s ({cpu:.1f} s) | {peak:,.0f} MB |"
          for shard, stories, wall, cpu, peak in rows if wall is not None),
        *(f"| merge part {number} (the months {months}) | | {wall:.1f} s ({cpu:.1f} s) | {peak:,.0f} MB "
          f"({by_process(by)}) |" for number, months, wall, cpu, peak, by in parts),
        (f"| **merge** (home, tags, authors, archive, feeds, sitemaps, search index) | {count:,} | "
         f"{merge[0]:.1f} s ({merge[1]:.1f} s) | {merge[2]:,.0f} MB |" if merge else
         f"| merge | {count:,} | not run (`--shards-only {len(rows)}`) | |"),
        "",
        (f"- Shards: {len(rows)}; largest shard {max(row[1] for row in rows):,} stories; shard wall time median "
         f"{statistics.median(walls):.1f} s, longest {max(walls):.1f} s; largest shard memory "
         f"{max(row[4] for row in rows):,.0f} MB." if walls else
         f"- Shards: {len(rows)}, taken as an earlier run built them (`--keep-shards`)."),
        f"- The merge split into {args.parts} part{'s' if args.parts > 1 else ''} by time (`merge_parts`).",
        (f"- Whole flow, `portal build --shards --workers {args.workers}` from empty caches: {flow[0]:.1f} s "
         f"({flow[1]:.1f} s CPU), peak {flow[2]:,.0f} MB for all processes together." if flow else
         "- Whole flow with workers: not run (`--no-flow`)."),
        *(_commit_line(number, target, warm_shard, warm_merge, parts, part_runs)
          for number, (target, warm_shard, warm_merge, parts, part_runs) in enumerate(commits, start=1)),
        (f"- The merge's peak by process: {by_process(merge_parts)}." if merge else ""),
        f"- Site: {size / 1e6:,.1f} MB, {size / count / 1e3:.1f} KB per story." if size else "- Site: not assembled.",
        "",
    ]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def _commit_line(number, target, warm_shard, warm_merge, parts, part_runs) -> str:
    """One one-story commit: its shard, the merge's older parts (built again, or standing as they
    were built), and the merge with its peak by process."""
    earlier = "no earlier site" if number == 1 else "the earlier site's unchanged folders taken"
    line = (f"- Commit {number}, one story added to {target}, caches kept: that shard {warm_shard[0]:.1f} s "
            f"({warm_shard[1]:.1f} s CPU, {warm_shard[2]:,.0f} MB)" if warm_shard else
            f"- Commit {number}, one story added to {target}: its shard was not built here")
    for part, wall, cpu, peak, kept in part_runs:
        line += (f", part {part} {wall:.1f} s ({cpu:.1f} s CPU, {peak:,.0f} MB"
                 f"{'; stood as built' if kept else '; built again'})")
    if warm_merge:
        line += (f", the merge {warm_merge[0]:.1f} s ({warm_merge[1]:.1f} s CPU, {warm_merge[2]:,.0f} MB: "
                 f"{by_process(parts)}; {earlier})")
    return line + "."


if __name__ == "__main__":
    main()
