"""Real tools started by tests: nginx serving a built site, Chromium driven by Playwright.

Locally a missing tool skips its test with the reason; in CI (``CI=true``) it fails.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

CHROMIUM = "/usr/bin/chromium"
_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


def require(condition: bool, reason: str) -> None:
    """Skip (locally) or fail (in CI) when a tool the test needs is missing."""
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI must run this test; make test installs it)")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def nginx(site: Path, workdir: Path, deploy_config: Path | None = None, gzip: bool = False) -> Iterator[str]:
    """Serve ``site`` with nginx on a loopback port; yields the base URL.

    With ``deploy_config`` (the project's ``deploy/nginx.conf``), that configuration serves the
    site, with only its port and root replaced; otherwise a minimal server block does.
    ``gzip`` compresses HTML, CSS, JavaScript and JSON as a production server would.
    """
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    require(os.path.exists(binary), "nginx is not installed (apt-get install nginx)")
    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    if deploy_config is None:
        server = _TEST_SERVER.format(port=port, site=site)
    else:
        server = for_test(deploy_config.read_text(encoding="utf-8"), port, site)
    config = workdir / "nginx.conf"
    config.write_text(_NGINX_CONF.format(
        user="user root;" if os.geteuid() == 0 else "", tmp=workdir, server=server,
        gzip=_GZIP if gzip else "",
    ))
    process = subprocess.Popen([binary, "-c", str(config), "-p", str(workdir)], stderr=subprocess.PIPE)
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=30)


def for_test(deploy_config: str, port: int, site: Path) -> str:
    """The deploy configuration listening on ``127.0.0.1:port`` and serving ``site``."""
    replacements = {"listen 80;": f"listen 127.0.0.1:{port};", "root /srv/portal/site;": f"root {site};"}
    for old, new in replacements.items():
        if deploy_config.count(old) != 1:
            raise AssertionError(f"deploy/nginx.conf should contain '{old}' exactly once")
        deploy_config = deploy_config.replace(old, new)
    return deploy_config


def wait_until(condition: Callable[[], bool], timeout: float = 60) -> None:
    """Return once ``condition()`` holds; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not so within {timeout} s")
        time.sleep(0.1)


def wait_for_port(port: int, process: subprocess.Popen, name: str = "nginx", timeout: float = 20) -> None:
    """Wait until ``process`` (started with ``stderr=PIPE``) listens on ``port`` of loopback."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited: {process.stderr.read().decode()}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.1)
    raise RuntimeError(f"{name} did not listen on port {port}")


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """Debian's Chromium, headless, driven by Playwright."""
    require(os.path.exists(CHROMIUM), "chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "playwright is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


DECAP_CMS = _ROOT / "editor" / "node_modules" / "decap-cms" / "dist" / "decap-cms.js"


def require_node_tools() -> str:
    """node, and Decap CMS (``make editor``); skips locally, fails in CI."""
    node = shutil.which("node")
    require(node is not None, "node is not installed (apt-get install nodejs npm)")
    require(DECAP_CMS.is_file(), "decap-cms is not installed (make editor)")
    return node


@contextlib.contextmanager
def portal_editor(project: Path, port: int) -> Iterator[subprocess.Popen]:
    """``portal editor`` started in ``project`` on ``port``: its site and the editor's backend.

    Yields the process; its ``stderr`` (a pipe) holds what it reported, once it has ended.
    """
    portal = Path(sys.executable).parent / "portal"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    process = subprocess.Popen(
        [str(portal), "editor", "--port", str(port)], cwd=project, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(port, process, "portal editor")
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def record_csp_violations(page) -> None:
    """Collect the page's Content-Security-Policy violations; read them with :func:`csp_violations`."""
    page.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )


def csp_violations(page) -> list[str]:
    """Every violation since the page loaded: ``"<directive> <blocked URL>"``."""
    return page.evaluate("window.__violations")


_NGINX_CONF = """\
{user}
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    {gzip}
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
{server}
}}
"""

_TEST_SERVER = """\
server {{
    listen 127.0.0.1:{port};
    root {site};
    index index.html;
    error_page 404 /404.html;
}}
"""

_GZIP = "gzip on; gzip_comp_level 6; gzip_types text/css application/javascript application/json image/svg+xml;"
