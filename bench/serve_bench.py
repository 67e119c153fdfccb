"""Edit latency of ``make serve``: seconds from saving a story until the served pages show it.

For N generated stories (``bench/corpus.py``) it starts ``mkdocs serve --strict --livereload``
as ``make serve`` does (no search index), with the portal's configuration as the build
benchmark uses it, on a free loopback port. After the first build it changes the title of the
newest story several times. For each edit it measures the seconds from the file write until
the story's page, and the home page which lists it, return the new title: an HTTP GET every
50 ms (during a rebuild the server holds requests until the new site is complete). It also
reads each rebuild's time from the server's log. Median and maximum go to
``bench/RESULTS-serve.md``; the server is stopped however the benchmark ends.

    python bench/serve_bench.py --stories 10000       (or: make bench-serve N=10000)
"""

from __future__ import annotations

import argparse
import html
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import yaml

from site_plugins.content.registry import load_registry
from site_plugins.content.stories import Story

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.append(str(HERE.parent / "tests"))
from build_bench import portal_config  # noqa: E402
from corpus import read_stories, write_project  # noqa: E402
from servers import free_port  # noqa: E402

POLL_SECONDS = 0.05
TARGET_SECONDS = 3.0
TARGET_STORIES = 10_000
STARTUP_SECONDS = 1800
"""How long the first build may take before the benchmark gives up (10,000 stories on 2 cores)."""
EDIT_SECONDS = 600
"""How long one edit may take to show before the benchmark gives up."""
_BUILT = re.compile(r"Documentation built in ([\d.]+) seconds")


@dataclass
class Edit:
    """One saved title change and when it showed."""

    story_seconds: float
    listing_seconds: float
    rebuilds: list[float]
    """Seconds of each rebuild the server logged after the write (normally one)."""
    cpu_seconds: float
    """CPU time the server spent from the write until it was idle again: what the edit costs on
    an otherwise idle machine, where the wall times above also include waiting for the cores."""


class Server:
    """``mkdocs serve`` over a project, in its own process group, logging to a file."""

    def __init__(self, project: Path, config: Path) -> None:
        self.project = project
        self.config = config
        self.log = project / "serve.log"
        self.url = f"http://127.0.0.1:{free_port()}/"
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Server:
        address = self.url.removeprefix("http://").rstrip("/")
        command = [sys.executable, "-m", "mkdocs", "serve", "--strict", "--livereload", "-a", address,
                   "-f", self.config.name]
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PORTAL_SEARCH_ON_SERVE": "false"}
        with self.log.open("w", encoding="utf-8") as log:
            self.process = subprocess.Popen(
                command, cwd=self.project, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        return self

    def __exit__(self, *exc: object) -> None:
        # The whole group: mkdocs and anything it started.
        self._signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._signal(signal.SIGKILL)
            self.process.wait()

    def _signal(self, number: int) -> None:
        try:
            os.killpg(self.process.pid, number)
        except ProcessLookupError:
            pass

    def builds(self) -> list[float]:
        """Seconds of every build finished so far, from the log."""
        return [float(seconds) for seconds in _BUILT.findall(self.log.read_text(encoding="utf-8"))]

    def cpu_seconds(self) -> float:
        """User and system time of the server so far (Linux ``/proc``), its waited-for children included."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        # utime, stime, cutime, cstime: fields 14 to 17 of proc(5), counted from the state (field 3).
        return sum(int(ticks) for ticks in fields[11:15]) / os.sysconf("SC_CLK_TCK")

    def idle(self) -> bool:
        """No build running: as many builds finished as started."""
        text = self.log.read_text(encoding="utf-8")
        return text.count("Building documentation...") == len(_BUILT.findall(text))

    def fail(self, message: str) -> SystemExit:
        return SystemExit(f"{message}\nserver log ({self.log}):\n{self.log.read_text(encoding='utf-8')[-4000:]}")

    def shows(self, path: str, text: str) -> bool:
        """Whether the served page at ``path`` contains ``text``; False while it cannot be fetched."""
        if self.process.poll() is not None:
            raise self.fail("mkdocs serve stopped")
        try:
            with urllib.request.urlopen(self.url + path, timeout=EDIT_SECONDS) as response:
                return text in response.read().decode("utf-8")
        except OSError:
            return False


def newest_story(content: Path) -> Story:
    """The newest story: the first card on the home page."""
    stories = read_stories(content, load_registry(content / "satuan.yml", "satuan.yml"))
    return max(stories, key=lambda story: story.date.value)


def write_title(path: Path, title: str) -> None:
    """Save the story with a new title, the rest of its file unchanged."""
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    fields = yaml.safe_load(front)
    fields["title"] = title
    path.write_text("---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False) + "---\n" + body,
                    encoding="utf-8")


def wait_until(condition, seconds: float, server: Server, what: str) -> float:
    """Poll ``condition`` every 50 ms; returns the moment it held, or stops the benchmark."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        if condition():
            return time.perf_counter()
        time.sleep(POLL_SECONDS)
    raise server.fail(f"{what} did not happen within {seconds:.0f} s")


def measure_edit(server: Server, story: Story, path: Path, number: int) -> Edit:
    """Change the title once; seconds until the story page and the home page show it."""
    title = f"{story.title} (koreksi {number})"
    shown = html.escape(title, quote=False)
    before, cpu = len(server.builds()), server.cpu_seconds()
    write_title(path, title)
    written = time.perf_counter()
    story_at = wait_until(lambda: server.shows(story.url, shown), EDIT_SECONDS, server, f"edit {number} on its page")
    listing_at = wait_until(lambda: server.shows("", shown), EDIT_SECONDS, server, f"edit {number} on the home page")
    wait_until(server.idle, EDIT_SECONDS, server, f"the rebuilds after edit {number}")
    return Edit(story_at - written, listing_at - written, server.builds()[before:], server.cpu_seconds() - cpu)


def render(count: int, edits: list[Edit], first_build: tuple[float, float], load: float) -> str:
    """The report; ``first_build`` is the wall and CPU seconds until the first page was served."""
    story = [edit.story_seconds for edit in edits]
    listing = [edit.listing_seconds for edit in edits]
    lines = [
        f"# `make serve` edit latency, {count:,} stories",
        "",
        f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.node()} ({platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, load average {load:.1f} at the start); "
        "stories from `bench/corpus.py`; `mkdocs serve --strict --livereload` with the portal's `mkdocs.yml`, "
        "no search index (as `make serve`). Each edit changes the title of the newest story; the time runs from "
        "the file write until an HTTP GET (every 50 ms) returns the new title.",
        "",
        f"First build, from start until the first page was served: {first_build[0]:.1f} s "
        f"(server CPU time {first_build[1]:.1f} s, starting Python and MkDocs included).",
        "",
        "| edit | story page | home page (lists the story) | rebuilds in the server log | server CPU time |",
        "|---|---|---|---|---|",
    ]
    for number, edit in enumerate(edits, start=1):
        rebuilds = ", ".join(f"{seconds:.1f} s" for seconds in edit.rebuilds)
        lines.append(f"| {number} | {edit.story_seconds:.2f} s | {edit.listing_seconds:.2f} s | {rebuilds} "
                     f"| {edit.cpu_seconds:.1f} s |")
    cpu = [edit.cpu_seconds for edit in edits]
    lines += [
        "",
        f"Story page: median {statistics.median(story):.2f} s, max {max(story):.2f} s. "
        f"Home page: median {statistics.median(listing):.2f} s, max {max(listing):.2f} s. "
        f"Server CPU time per edit: median {statistics.median(cpu):.1f} s (wall times include waiting for the "
        "cores while other work runs; CPU time does not).",
        "",
        verdict(count, max(story)),
    ]
    return "\n".join(lines) + "\n"


def verdict(count: int, slowest: float) -> str:
    target = f"Target: a saved edit shows within {TARGET_SECONDS:.0f} s at {TARGET_STORIES:,} stories"
    if count != TARGET_STORIES:
        return f"{target} (not measured at this size)."
    return f"{target}: {'met' if slowest <= TARGET_SECONDS else 'not met'} (slowest edit {slowest:.2f} s)."


def stop_server_on_signals() -> None:
    """A benchmark terminated or hung up on still stops its server (``Server.__exit__``)."""
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, lambda received, _: sys.exit(128 + received))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=TARGET_STORIES)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=HERE / ".work")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS-serve.md")
    args = parser.parse_args()
    stop_server_on_signals()
    load = os.getloadavg()[0]
    project = args.workdir / f"serve-{args.stories}"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    content = write_project(project, args.stories)
    story = newest_story(content)
    path = content / story.src_uri
    with Server(project, portal_config(project)) as server:
        started = time.perf_counter()
        shown = html.escape(story.title, quote=False)
        ready = wait_until(lambda: server.shows(story.url, shown), STARTUP_SECONDS, server, "the first build")
        wait_until(server.idle, EDIT_SECONDS, server, "the first build")
        first_cpu = server.cpu_seconds()
        edits = [measure_edit(server, story, path, number) for number in range(1, args.edits + 1)]
    report = render(args.stories, edits, (ready - started, first_cpu), load)
    print(report)
    args.output.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
