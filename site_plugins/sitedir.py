"""The previous build in ``site_dir``, deleted while the new one is made.

MkDocs empties ``site_dir`` before a build, one file at a time: tens of thousands of pages take
seconds. Moving the old entries into one hidden folder is instant, and MkDocs leaves hidden
entries alone; a separate ``rm`` process deletes that folder while the pages are rendered, and
the build waits for it at the end, so nothing of the old site is left behind.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time

TRASH_PREFIX = ".portal-previous-"


def set_aside(site_dir: str) -> subprocess.Popen | None:
    """Move what MkDocs would delete (every entry not starting with ``.``) out of the way and
    start deleting it; returns the deleting process, or ``None`` when it was done here."""
    if not os.path.isdir(site_dir):
        return None
    names = os.listdir(site_dir)
    leftovers = [os.path.join(site_dir, name) for name in names if name.startswith(TRASH_PREFIX)]
    entries = [name for name in names if not name.startswith(".")]
    if entries:
        trash = os.path.join(site_dir, f"{TRASH_PREFIX}{os.getpid()}-{time.time_ns()}")
        os.mkdir(trash)
        for name in entries:
            try:
                os.rename(os.path.join(site_dir, name), os.path.join(trash, name))
            except OSError:  # e.g. a mount point: MkDocs deletes it as usual
                continue
        leftovers.append(trash)
    if not leftovers:
        return None
    rm = shutil.which("rm")
    if rm is None:
        for folder in leftovers:
            shutil.rmtree(folder, ignore_errors=True)
        return None
    return subprocess.Popen([rm, "-rf", "--", *leftovers])
