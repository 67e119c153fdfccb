"""Lighthouse (mobile defaults) on every kind of page of the sample site, served by nginx
with the deploy configuration (gzip, cache headers, Content-Security-Policy).

Run with ``make audit``; prints a score table and writes ``bench/AUDIT.md``.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.append(str(ROOT / "tests"))

from servers import CHROMIUM, CHROMIUM_ARGS, nginx  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules/.bin/lighthouse"
PAGES = {
    "home": "",
    "story": "berita/2026/01/polsek-mayangan-patroli-dialogis-lingkar-utara/",
    "polsek": "wilayah/polda-jawa-timur/polres-probolinggo-kota/polsek-mayangan/",
    "tag": "tag/patroli-dialogis/",
    "archive month": "arsip/2026/01/",
    "search": "cari/?q=patroli",
}
"""The pages the targets are set on: name and site-relative URL."""
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
FIRST_VISIT_LIMIT = 250_000
"""Bytes a first visit to a story may transfer besides its photo."""


def main() -> int:
    if not LIGHTHOUSE.exists():
        print("lighthouse is not installed: run `npm ci`", file=sys.stderr)
        return 2
    work = HERE / ".work/audit"
    site = build(work)
    with nginx(site, work / "nginx", deploy_config=ROOT / "deploy/nginx.conf") as base:
        rows = [audit(name, base + url, work) for name, url in PAGES.items()]
    report = render(rows)
    print(report)
    (HERE / "AUDIT.md").write_text(report, encoding="utf-8")
    return 0 if all(row["met"] for row in rows) else 1


def build(work: Path) -> Path:
    site = work / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return site


def audit(name: str, url: str, work: Path) -> dict:
    output = work / f"lighthouse-{name.replace(' ', '-')}.json"
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    command = [
        str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={flags}",
    ]
    subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True)
    result = json.loads(output.read_text(encoding="utf-8"))
    scores = {category: result["categories"][category]["score"] for category in CATEGORIES}
    items = result["audits"]["resource-summary"]["details"]["items"]
    sizes = {item["resourceType"]: item["transferSize"] for item in items}
    without_photos = sizes.get("total", 0) - sizes.get("image", 0)
    failed = [
        audit_id for audit_id, entry in result["audits"].items()
        if entry.get("score") is not None and entry["score"] < 1 and entry.get("scoreDisplayMode") == "binary"
    ]
    met = all(scores[c] is not None and scores[c] >= TARGETS[c] for c in CATEGORIES)
    if name == "story":
        met = met and without_photos <= FIRST_VISIT_LIMIT
    return {"name": name, "url": url, "scores": scores, "bytes": without_photos, "failed": failed, "met": met}


def render(rows: list[dict]) -> str:
    lines = [
        "# Lighthouse audit of the sample site",
        "",
        f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.node()} ({platform.machine()}, "
        f"{os.cpu_count()} cores), Lighthouse mobile defaults, Debian Chromium, nginx with `deploy/nginx.conf`.",
        "Targets: performance ≥ 0.95, accessibility, best practices and SEO 1.00; a story's first visit",
        f"≤ {FIRST_VISIT_LIMIT // 1000} KB besides photos.",
        "",
        "| page | performance | accessibility | best practices | SEO | transferred (no photos) | failed audits |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        scores = " | ".join(f"{row['scores'][c]:.2f}" if row["scores"][c] is not None else "–" for c in CATEGORIES)
        failed = ", ".join(row["failed"]) or "none"
        lines.append(f"| {row['name']} | {scores} | {row['bytes'] / 1000:.1f} KB | {failed} |")
    lines += ["", "All targets met." if all(row["met"] for row in rows) else "Some targets are not met."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
