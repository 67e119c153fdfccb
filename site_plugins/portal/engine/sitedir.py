"""The site folder: the previous build deleted while the new one is made, and the new
pages' folders made ahead of their pages.

MkDocs empties ``site_dir`` before a build, one file at a time: tens of thousands of pages take
seconds. Moving the old entries into one hidden folder is instant, and MkDocs leaves hidden
entries alone; a separate ``rm`` process deletes that folder while the pages are rendered, and
the build waits for it at the end, so nothing of the old site is left behind.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time

TRASH_PREFIX = ".portal-previous-"
STAGING_PREFIX = ".portal-staged-"
"""A merge's shard files before they are moved into the site (``shards.assemble.Staging``)."""


def set_aside(site_dir: str) -> subprocess.Popen | None:
    """Move what MkDocs would delete (every entry not starting with ``.``) out of the way and
    start deleting it; returns the deleting process, or ``None`` when it was done here."""
    if not os.path.isdir(site_dir):
        return None
    names = os.listdir(site_dir)
    leftovers = [os.path.join(site_dir, name) for name in names if name.startswith((TRASH_PREFIX, STAGING_PREFIX))]
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


class Folders:
    """Creates the folders of pages that are written later, in a separate process: tens of
    thousands of pages have a folder each, and creating one waits on the file system. A thread
    would wait for the interpreter lock behind the work that goes on meanwhile; a process does
    not. That process (this module, run with ``-m``) makes each folder and each of its
    ancestors once, parents first, with one ``mkdir`` each: ``mkdir -p`` would look at every
    ancestor again for every folder."""

    def __init__(self, folders: list[str]) -> None:
        self.wanted = sorted(set(folders))
        self._process: subprocess.Popen | None = None
        self._made = True
        if not self.wanted:
            return
        # Through a file, not a pipe: writing a pipe would wait for the folders to be made.
        with tempfile.TemporaryFile() as names:
            names.write("\0".join(self.wanted).encode("utf-8", errors="surrogateescape"))
            names.seek(0)
            self._process = subprocess.Popen(
                [sys.executable, "-m", __name__], stdin=names, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )

    def wait(self) -> bool:
        """Wait until they are made; whether all of them could be (a page whose folder could
        not be made reports the reason when it is written)."""
        if self._process is not None:
            self._made = self._process.wait() == 0
            self._process = None
        return self._made

    def made(self) -> frozenset[str]:
        """The folders there are now: all of them once ``wait`` says so, otherwise none for sure."""
        return frozenset(self.wanted) if self.wait() else frozenset()


def make_folders(folders: list[str]) -> bool:
    """Make ``folders`` and their ancestors, each once and parents first (a folder sorts before
    what is inside it); one that is there already is left as it is. Whether all are folders now."""
    wanted: set[str] = set()
    for folder in folders:
        while folder not in wanted:
            wanted.add(folder)
            parent = os.path.dirname(folder)
            if not parent or parent == folder:  # the top of a relative path, or the root
                break
            folder = parent
    made = True
    for folder in sorted(wanted):
        try:
            os.mkdir(folder)
        except FileExistsError:
            made = made and os.path.isdir(folder)
        except OSError:
            made = False
    return made


if __name__ == "__main__":  # Folders
    listed = sys.stdin.buffer.read().decode("utf-8", errors="surrogateescape")
    sys.exit(0 if make_folders([folder for folder in listed.split("\0") if folder]) else 1)
