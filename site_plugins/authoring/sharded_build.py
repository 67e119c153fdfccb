"""The site built as Polda shards and a merge, in local processes: the same steps a CI
matrix runs as jobs (see ``site_plugins/shards`` and docs/sharding.md).

``portal build --shard ID`` builds one shard into ``<shards>/<ID>/`` (its pages in ``site/``,
its description in ``shard.json``); ``portal build --part N`` builds part N of a merge split in
parts into ``<shards>/part-N/`` (``part.json``); ``portal build --merge`` renders what spans
shards, takes every shard's and part's files and swaps the result in place of the site;
``portal build --shards`` runs every shard, several at a time, then the parts, then the merge.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from functools import partial
from pathlib import Path

from site_plugins.authoring.site_build import (
    BuildStopped, build_site, earlier_site, end, run_mkdocs, start_mkdocs, stopping_on_signals,
)
from site_plugins.shards.description import FILE_NAME, PART_FILE_NAME
from site_plugins.shards.plan import (
    MERGE_VARIABLE, PART_VARIABLE, REUSE_VARIABLE, SHARD_OUT_VARIABLE, SHARD_VARIABLE, part_folder,
)

LOG_NAME = "build.log"
LOG_TAIL_LINES = 30
"""How much of a failed shard's log is shown; the whole log stays in its folder."""


def shards_folder(site_dir: Path) -> Path:
    """Where shards are built, next to the site: ``.site.shards/``."""
    return site_dir.with_name(f".{site_dir.name}.shards")


def build_shard(config_file: str, shard: str, folder: Path) -> int:
    """Build ``shard`` into ``folder/<shard>/``. Its earlier description is removed first: a
    shard that fails never leaves one behind for a merge to take."""
    out = _prepare(folder / shard, FILE_NAME)
    return run_mkdocs(config_file, out / "site", _shard_env(shard, out))


def build_part(config_file: str, number: int, folder: Path) -> int:
    """Build part ``number`` of a merge split in parts from the shards under ``folder``, into
    ``folder/part-<number>/``. The part built there before stays until the build has decided
    whether it still stands (``shards.kept``): if not, the build removes its description first."""
    out = part_folder(folder, number)
    out.mkdir(parents=True, exist_ok=True)
    returncode = run_mkdocs(config_file, out / "site", _part_env(number, folder))
    if returncode != 0:
        _discard_part(out)
    return returncode


def build_merge(config_file: str, site_dir: Path, folder: Path) -> int:
    """Merge the shards under ``folder`` into a new site, swapped in only when it succeeded.
    The site it replaces is kept beside it (``.site.earlier``): the next merge moves that site's
    folders whose shard files did not change into its own, instead of making them again."""
    earlier = earlier_site(site_dir)
    env = {MERGE_VARIABLE: str(folder.resolve()), REUSE_VARIABLE: str(earlier.resolve())}
    return build_site(config_file, site_dir, env, keep=earlier)


def build_all(
    config_file: str, site_dir: Path, shards: list[str], folder: Path, workers: int, parts: int = 1,
) -> int:
    """Every shard, ``workers`` at a time, each logging to its folder; then the parts 2 to
    ``parts`` of the merge, the same way; then the merge. The first build to fail stops the
    others and the merge: the site stays as it was."""
    started = time.monotonic()
    jobs = {shard: partial(_start, config_file, folder / shard, FILE_NAME, _shard_env(shard, folder / shard))
            for shard in shards}
    failed = _run_all(jobs, "shard", folder, workers)
    if failed:
        return failed
    print(f"portal: {len(shards)} shards in {time.monotonic() - started:.1f} s; merging", file=sys.stderr)
    if parts > 1:
        started = time.monotonic()
        jobs = {part_folder(folder, number).name:
                partial(_start, config_file, part_folder(folder, number), None, _part_env(number, folder))
                for number in range(2, parts + 1)}
        failed = _run_all(jobs, "part", folder, workers)
        if failed:
            return failed
        print(f"portal: parts 2 to {parts} of the merge in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return build_merge(config_file, site_dir, folder)


def _run_all(jobs: dict, kind: str, folder: Path, workers: int) -> int:
    """Run ``jobs`` (name → start), ``workers`` at a time; 0, or the exit code of the first to fail."""
    pending, running = list(jobs), {}
    try:
        with stopping_on_signals():
            while pending or running:
                while pending and len(running) < workers:
                    name = pending.pop(0)
                    running[name] = jobs[name]()
                finished = _wait_any(running)
                process, log = running.pop(finished)
                log.close()
                if process.returncode != 0:
                    if kind == "part":
                        _discard_part(folder / finished)
                    _report_failure(kind, finished, folder, process.returncode)
                    return process.returncode
                print(f"portal: {kind} {finished} built ({len(jobs) - len(pending) - len(running)}/{len(jobs)})",
                      file=sys.stderr)
    except BuildStopped as stopped:
        print(f"portal: pembangunan dihentikan ({stopped}); situs lama tidak diubah", file=sys.stderr)
        return 128 + stopped.signum
    finally:
        for process, log in running.values():
            end(process)
            log.close()
    return 0


def _discard_part(out: Path) -> None:
    """A failed part's description, gone: MkDocs fails a strict build for its warnings after the part has written
    it, and the next build would find it standing (``shards.kept``)."""
    (out / PART_FILE_NAME).unlink(missing_ok=True)


def _prepare(out: Path, description: str) -> Path:
    """A shard's folder ``out``, without its earlier description and site."""
    (out / description).unlink(missing_ok=True)
    shutil.rmtree(out / "site", ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    return out


def _shard_env(shard: str, out: Path) -> dict[str, str]:
    return {SHARD_VARIABLE: shard, SHARD_OUT_VARIABLE: str(out.resolve())}


def _part_env(number: int, folder: Path) -> dict[str, str]:
    return {MERGE_VARIABLE: str(folder.resolve()), PART_VARIABLE: str(number)}


def _start(config_file: str, out: Path, description: str | None, env: dict[str, str]):
    """Start a shard's or a part's build into ``out``, logging to its ``build.log``: a shard's
    earlier description and site are removed first (``_prepare``); a part's (``description``
    ``None``) are left to the part's own build, which keeps them when nothing it makes changed
    (``shards.kept``)."""
    if description is None:
        out.mkdir(parents=True, exist_ok=True)
    else:
        _prepare(out, description)
    log = open(out / LOG_NAME, "wb")
    return start_mkdocs(config_file, out / "site", env, output=log.fileno()), log


def _wait_any(running: dict) -> str:
    """The shard whose build ends first."""
    while True:
        for shard, (process, _) in running.items():
            if process.poll() is not None:
                return shard
        time.sleep(0.05)


def _report_failure(kind: str, name: str, folder: Path, returncode: int) -> None:
    log = folder / name / LOG_NAME
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    print(f"portal: {kind} {name} gagal dibangun (kode {returncode}); situs lama tidak diubah. "
          f"Akhir catatannya ({log}):", file=sys.stderr)
    for line in lines[-LOG_TAIL_LINES:]:
        print(f"  {line}", file=sys.stderr)


def default_workers() -> int:
    return max(1, (os.cpu_count() or 1))
