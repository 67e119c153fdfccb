"""Rendering pages outside MkDocs' page loop (``portal/engine/render.py``): in two processes
as in one, and with each page's log messages kept apart from those of other threads."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FixtureSite, differences, render_counts
from corpus import write_corpus


@pytest.mark.integration  # builds sites
def test_two_processes_write_what_one_writes(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path / "project", per_page=5)
    write_corpus(site, 120)
    results = {}
    for workers in (1, 2):
        site.extra_config = {"plugins": [{"portal": {"per_page": 5, "workers": workers, "cache": False}},
                                         "portal-publish"]}
        results[workers] = site.build("-d", str(tmp_path / f"site-{workers}"))
        assert results[workers].returncode == 0, results[workers].output
    assert render_counts(results[2].output)[0] > 64
    assert differences(tmp_path / "site-1", tmp_path / "site-2") == []

def test_messages_of_other_threads_are_not_kept_with_a_page() -> None:
    """While a page renders, the search index logs from its own thread: that message is
    printed as usual, never stored with the page (it would be repeated on every reuse)."""
    import logging
    import threading

    from site_plugins.portal.engine.render import captured_messages

    seen: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    logger = logging.getLogger("mkdocs")
    handler = Collect()
    logger.addHandler(handler)
    kept: list[tuple[str, int, str]] = []
    try:
        with captured_messages(kept):
            logging.getLogger("mkdocs.plugins.portal").warning("dari halaman")
            other = threading.Thread(target=lambda: logging.getLogger("mkdocs.plugins.portal-search").warning("indeks"))
            other.start()
            other.join()
    finally:
        logger.removeHandler(handler)
    assert [message for _, _, message in kept] == ["dari halaman"]
    assert "indeks" in seen and "dari halaman" not in seen


@pytest.mark.parametrize("resident, processes", [(100.0, 2), (5000.0, 1)])
def test_a_large_build_renders_in_one_process(monkeypatch, resident: float, processes: int) -> None:
    """A second process is forked only while the build is small enough to be copied: a forked
    process comes to hold as much as the build once rendering has touched its stories."""
    import os

    from site_plugins.portal.engine import render

    monkeypatch.setattr(render, "resident_mb", lambda: resident)
    pids = render.in_two_processes(list(range(render.PARALLEL_FROM)), lambda item: os.getpid(), workers=2)
    assert len(pids) == render.PARALLEL_FROM
    assert len(set(pids)) == processes
    assert os.getpid() in pids


def test_resident_memory_is_this_process() -> None:
    from site_plugins.portal.engine.render import resident_mb

    before = resident_mb()
    ballast = bytearray(64 * 2**20)
    ballast[::4096] = b"x" * len(ballast[::4096])  # touched, so resident
    assert resident_mb() - before > 48
