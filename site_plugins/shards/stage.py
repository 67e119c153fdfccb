"""Link (or copy) the shards' files into the merge's staging folder: run by
:class:`site_plugins.shards.assemble.Staging` as its own process.

Reads from standard input, NUL-separated, pairs of a shard's site folder and a path in it;
writes each file at the same path under the folder named as its argument, making folders as
needed. A file that cannot be taken is named on standard error, the others are still taken,
and the exit status is 1.
"""

from __future__ import annotations

import os
import shutil
import sys


def stage(target: str, listed: bytes) -> list[str]:
    """Take every listed file into ``target``; returns the problems."""
    fields = listed.decode("utf-8", errors="surrogateescape").split("\0")
    made: set[str] = set()
    problems = []
    for site, path in zip(fields[0:-1:2], fields[1::2]):
        source, destination = os.path.join(site, path), os.path.join(target, path)
        folder = os.path.dirname(destination)
        try:
            if folder not in made:
                os.makedirs(folder, exist_ok=True)
                made.add(folder)
            try:
                os.link(source, destination)
            except OSError:  # another file system, or no hard links here
                if not os.path.isfile(source):
                    raise
                shutil.copy2(source, destination)
        except OSError as error:
            problems.append(f"/{path}: {source} could not be taken ({error.strerror or error})")
    return problems


if __name__ == "__main__":
    found = stage(sys.argv[1], sys.stdin.buffer.read())
    for problem in found:
        print(problem, file=sys.stderr)
    sys.exit(1 if found else 0)
