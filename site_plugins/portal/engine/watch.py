"""`mkdocs serve` told of edits by the operating system instead of by polling every story.

MkDocs watches the docs folder by polling: every half second it lists and stats each file
under it, 10,000 stories and more, on a thread that holds the interpreter lock while the
site rebuilds. The portal plugin takes the docs folder off MkDocs' list (``on_serve``) and a
:class:`ContentWatch` watches it with the platform's own file-change notifications (inotify
on Linux) instead; any change there moves on the time of one marker file (in a temporary
folder of its own), which MkDocs still polls and which sets off its usual rebuild. Where the
platform has no notifications (watchdog would poll too), MkDocs keeps watching the folder
itself.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

log = logging.getLogger("mkdocs.plugins.portal")

CHANGES = [
    FileClosedEvent, FileDeletedEvent, FileMovedEvent,
    DirCreatedEvent, DirDeletedEvent, DirMovedEvent,  # a folder moved in brings its stories at once
]
"""What is asked of the system: a file written and closed (not each write into it, nor its
creation, which a close follows: one saved story, one change), removed or renamed. Not reads,
which every build does to every story."""

STEP_NS = 1_000_000
"""The marker's time moves on by at least this much a change: the poller compares times as
floating-point seconds."""


class ContentWatch(FileSystemEventHandler):
    """Moves on the time of ``marker`` whenever anything under a watched folder changes."""

    def __init__(self, marker: Path | None = None) -> None:
        self._own_folder = marker is None
        self.marker = Path(tempfile.mkdtemp(prefix="portal-serve-")) / "changes" if marker is None else marker
        """Without one given, in a temporary folder of its own, removed by ``stop``: nothing
        a writer might delete while previewing (deleting ``.cache/`` is always allowed)."""
        self.changes = 0
        self._time_ns = 0
        self._lock = threading.Lock()
        self._observer: Observer | None = None

    @staticmethod
    def available() -> bool:
        """Whether this platform notifies of file changes (watchdog would otherwise poll)."""
        return not issubclass(Observer, PollingObserver)

    def start(self, folder: str) -> None:
        """Make the marker and start watching ``folder`` and everything under it."""
        self._make_marker()
        self._time_ns = os.stat(self.marker).st_mtime_ns
        self._observer = Observer()
        self._observer.schedule(self, folder, recursive=True, event_filter=CHANGES)
        self._observer.daemon = True
        self._observer.start()
        log.debug(f"portal: watching '{folder}' for changes, marker {self.marker}")

    def stop(self) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=5)
            self._observer = None
        if self._own_folder:
            shutil.rmtree(self.marker.parent, ignore_errors=True)

    def on_any_event(self, event: FileSystemEvent) -> None:
        self._touch()

    def _touch(self) -> None:
        # Only the time changes, in one step: a poll between truncating and writing the file
        # would see two changes, and MkDocs would build twice.
        with self._lock:
            self._time_ns = max(self._time_ns + STEP_NS, time.time_ns())
            try:
                os.utime(self.marker, ns=(self._time_ns, self._time_ns))
            except FileNotFoundError:  # removed meanwhile: made again, which MkDocs sees too
                self._make_marker()
                os.utime(self.marker, ns=(self._time_ns, self._time_ns))
            self.changes += 1  # counted once marked: whoever reads the count finds the marker moved on

    def _make_marker(self) -> None:
        self.marker.parent.mkdir(parents=True, exist_ok=True)
        self.marker.write_text("mkdocs serve: moved on whenever a content file changes.\n", encoding="utf-8")
