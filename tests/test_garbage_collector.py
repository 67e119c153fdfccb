"""Python's cycle collector, paused while a build makes its long-lived objects: on again after
every build, good or failed."""

from __future__ import annotations

from conftest import FixtureSite, four_stories


def test_cycle_collector_is_on_after_every_build(site: FixtureSite) -> None:
    """The collector is paused while a build makes its long-lived objects and frozen objects
    are thawed at the end: after a build, good or failed, it runs as before, over everything."""
    import gc

    from mkdocs.commands.build import build
    from mkdocs.exceptions import Abort, PluginError

    four_stories(site)
    for broken in (False, True):
        if broken:
            site.write("berita/2026/01/kanigaran.md", "---\ntitle: Rusak\ndate: 2026-13-40 09:00\n---\n\nIsi.\n")
        with site.started() as config:
            try:
                build(config)
                assert not broken
            except (Abort, PluginError):
                assert broken
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0
