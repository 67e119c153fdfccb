"""Building the site beside the live one and swapping it in only when the build succeeded."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
"""Signals that stop a build: the build's own processes end with it and the old site stays."""

CHILD_GRACE_SECONDS = 10
"""How long the stopped build may take to end before it is killed."""


class BuildStopped(Exception):
    """The build was stopped by one of :data:`STOP_SIGNALS`."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def build_site(
    config_file: str, site_dir: Path, env: dict[str, str] | None = None, keep: Path | None = None,
) -> int:
    """Run ``mkdocs build --strict`` into a fresh folder next to ``site_dir``, then swap it in
    (``env``: more environment for the build, e.g. which part of the site it makes; ``keep``:
    where the replaced site is kept, see :func:`swap_in`).

    A failed or stopped build leaves the previous site untouched and removes its own
    half-written output; a stopped build ends ``mkdocs`` and whatever it started.
    """
    fresh = _sibling(site_dir, "new")
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        with stopping_on_signals():
            returncode = run_mkdocs(config_file, fresh, env)
    except BuildStopped as stopped:
        print(f"portal: pembangunan dihentikan ({stopped}); situs lama tidak diubah", file=sys.stderr)
        returncode = 128 + stopped.signum
    if returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        return returncode
    with _signals_held():
        swap_in(fresh, site_dir, keep)
    return 0


def swap_in(fresh: Path, site_dir: Path, keep: Path | None = None) -> None:
    """Replace ``site_dir`` by ``fresh`` with two renames. The old site, and any an earlier
    swap left, are then deleted by an ``rm`` of their own that the command does not wait for:
    a national archive's site is a hundred thousand folders, and the new one is live already.
    With ``keep``, the old site is kept there instead (for the next build to take its unchanged
    folders from), and what was kept there before is deleted."""
    old = _sibling(site_dir, f"old-{os.getpid()}-{time.time_ns()}")
    if keep is not None and os.path.lexists(keep):
        keep.rename(old)
    if site_dir.exists():
        site_dir.rename(keep or old)
    fresh.rename(site_dir)
    delete_later(sorted(site_dir.parent.glob(f".{site_dir.name}.old-*")))


def earlier_site(site_dir: Path) -> Path:
    """Where the site before the live one is kept, when it is (``swap_in``'s ``keep``)."""
    return _sibling(site_dir, "earlier")


def delete_later(folders: list[Path]) -> None:
    """Delete ``folders`` in a process that outlives this one (here, when there is no ``rm``)."""
    rm = shutil.which("rm")
    if not folders:
        return
    if rm is None:
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
        return
    subprocess.Popen([rm, "-rf", "--", *map(str, folders)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=True)


def run_mkdocs(config_file: str, site_dir: Path, env: dict[str, str] | None = None) -> int:
    """Run the build in a process group of its own, so that stopping it reaches every process
    it started (the search indexer, cleanup jobs), not only ``mkdocs`` itself."""
    process = start_mkdocs(config_file, site_dir, env)
    try:
        return process.wait()
    finally:
        end(process)
        _end_leftovers(process)


def start_mkdocs(
    config_file: str, site_dir: Path, env: dict[str, str] | None = None, output: int | None = None,
) -> subprocess.Popen:
    """``mkdocs build --strict`` into ``site_dir``, started in its own process group;
    ``output``: a file descriptor for its output (default: this process's). MkDocs runs as its
    command line does, through ``mkdocs_command``, which ends the process without freeing the
    build's objects one by one."""
    command = [sys.executable, "-m", "site_plugins.authoring.mkdocs_command", "build", "--strict", "-f", config_file,
               "-d", str(site_dir)]
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.Popen(command, env=environment, process_group=0, stdout=output, stderr=output)


def end(process: subprocess.Popen) -> None:
    """End a build started by :func:`start_mkdocs` that is still running, with its group."""
    if process.returncode is None and process.poll() is None:
        _end_group(process)


def _end_leftovers(process: subprocess.Popen) -> None:
    """End what the finished build left running in its process group: nothing, unless it
    failed before waiting for a process of its own (the merge's gathering of the shards' files)."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        pass  # the group is empty


def _end_group(process: subprocess.Popen) -> None:
    """Ask the build's process group to end, and kill it when it has not after a grace time."""
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=CHILD_GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@contextmanager
def stopping_on_signals() -> Iterator[None]:
    """Turn the first stop signal into :class:`BuildStopped`; later ones are ignored while the
    build's processes are ended and its output removed."""
    def stop(signum: int, frame: object) -> None:
        for each in STOP_SIGNALS:
            signal.signal(each, signal.SIG_IGN)
        raise BuildStopped(signum)

    previous = {each: signal.signal(each, stop) for each in STOP_SIGNALS}
    try:
        yield
    finally:
        for each, handler in previous.items():
            signal.signal(each, handler)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold stop signals back until the swap is done: a site is never left half swapped."""
    before = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _sibling(site_dir: Path, role: str) -> Path:
    # Same parent folder, so the renames stay on one file system and are atomic.
    return site_dir.with_name(f".{site_dir.name}.{role}")
