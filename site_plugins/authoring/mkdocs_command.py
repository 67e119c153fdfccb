"""``mkdocs`` run as its command line runs it, for the builds the ``portal`` command starts
(``site_build.start_mkdocs``), ending without taking its objects apart one by one.

A national build holds hundreds of thousands of objects (stories, listings, pages' records); an
interpreter ending normally frees each of them, which at 100,000 stories takes about two seconds
after the build is done. Here the process ends as soon as the command has returned and the
exit handlers have run (log handlers flushed, temporary folders removed): the operating system
takes the memory back at once. The exit status is the command's.
"""

from __future__ import annotations

import atexit
import os
import sys


def main() -> int:
    from mkdocs.__main__ import cli

    try:
        cli(prog_name="mkdocs")
    except SystemExit as exit:
        return _status(exit.code)
    return 0


def _status(code: object) -> int:
    """The status ``sys.exit(code)`` would give: ``None`` is 0, a number itself, anything else
    printed and 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


if __name__ == "__main__":
    status = main()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
