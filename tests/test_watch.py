"""The content watch of ``mkdocs serve`` (``portal/engine/watch.py``): one change marked per
saved edit, none for a read."""

import os
import shutil
import time

import pytest
from servers import wait_until

from site_plugins.portal.engine.watch import ContentWatch


@pytest.mark.skipif(not ContentWatch.available(), reason="this system has no file-change notifications")
@pytest.mark.integration  # real file-change notifications, waited for
def test_content_watch_marks_each_saved_change_once_and_no_reads(tmp_path):
    folder, marker = tmp_path / "content", tmp_path / "cache" / "serve-changes"
    (folder / "berita").mkdir(parents=True)
    story = folder / "berita" / "a.md"
    story.write_text("satu", encoding="utf-8")
    watch = ContentWatch(marker)
    watch.start(str(folder))
    try:
        times = [os.stat(marker).st_mtime_ns]
        story.read_text(encoding="utf-8")
        time.sleep(0.5)
        assert watch.changes == 0  # every build reads every story
        story.write_text("dua", encoding="utf-8")
        wait_until(lambda: watch.changes == 1, timeout=10)
        time.sleep(0.5)
        assert watch.changes == 1  # one save, one change: MkDocs builds once
        times.append(os.stat(marker).st_mtime_ns)
        shutil.rmtree(folder / "berita")
        wait_until(lambda: watch.changes > 1, timeout=10)
        times.append(os.stat(marker).st_mtime_ns)
        assert times == sorted(set(times))
    finally:
        watch.stop()
    assert marker.exists()  # a marker given is left where it was
    own = ContentWatch()  # as mkdocs serve makes it: in a temporary folder of its own
    own.start(str(folder))
    assert own.marker.is_file()
    own.stop()
    assert not own.marker.parent.exists()
