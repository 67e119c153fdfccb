"""Building the site beside the live one and swapping it in only when the build succeeded."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def build_site(config_file: str, site_dir: Path) -> int:
    """Run ``mkdocs build --strict`` into a fresh folder next to ``site_dir``, then swap it in.

    A failed build leaves the previous site untouched and removes its own half-written output.
    """
    fresh = _sibling(site_dir, "new")
    shutil.rmtree(fresh, ignore_errors=True)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config_file, "-d", str(fresh)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    returncode = subprocess.run(command, env=env).returncode
    if returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        return returncode
    swap_in(fresh, site_dir)
    return 0


def swap_in(fresh: Path, site_dir: Path) -> None:
    """Replace ``site_dir`` by ``fresh`` with two renames; the old site is removed afterwards."""
    old = _sibling(site_dir, "old")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    fresh.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)


def _sibling(site_dir: Path, role: str) -> Path:
    # Same parent folder, so the renames stay on one file system and are atomic.
    return site_dir.with_name(f".{site_dir.name}.{role}")
