"""``mkdocs`` run as its command line runs it, for the builds the ``portal`` command starts
(``site_build.start_mkdocs``), ending without taking its objects apart one by one.

A national build holds hundreds of thousands of objects (stories, listings, pages' records); an
interpreter ending normally frees each of them, which at 100,000 stories takes about two seconds
after the build is done. Here the process ends as soon as the command has returned and the
interpreter's own first steps of ending are done, in its order: threads that are not daemons
joined (with the exit hooks of thread pools), then the exit handlers (log handlers flushed,
temporary folders removed). The operating system takes the memory back at once. The exit status
is the command's.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading


def main() -> int:
    from mkdocs.__main__ import cli

    try:
        cli(prog_name="mkdocs")
    except SystemExit as ended:
        return _status(ended.code)
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


def _end(status: int) -> None:
    """What ending the interpreter does before it frees objects, then the end of the process.
    (``threading._shutdown`` and ``atexit._run_exitfuncs`` are the interpreter's own steps.)"""
    threading._shutdown()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


if __name__ == "__main__":
    _end(main())
