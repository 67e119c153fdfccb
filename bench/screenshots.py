"""Phone (390×844) and desktop (1366×768) screenshots of every kind of page of the sample
site into ``bench/screenshots/``, for review. Run with ``make screenshots``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.append(str(ROOT / "tests"))

from audit import PAGES, build  # noqa: E402
from servers import chromium, nginx  # noqa: E402

VIEWPORTS = {"ponsel": (390, 844), "desktop": (1366, 768)}


def main() -> int:
    work = HERE / ".work/screenshots"
    site = build(work)
    output = HERE / "screenshots"
    output.mkdir(exist_ok=True)
    pages = {**PAGES, "wilayah": "wilayah/", "404": "tidak-ada/"}
    with nginx(site, work / "nginx", deploy_config=ROOT / "deploy/nginx.conf") as base, chromium() as browser:
        for device, (width, height) in VIEWPORTS.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            for name, url in pages.items():
                page.goto(base + url)
                page.wait_for_load_state("networkidle")
                path = output / f"{name.replace(' ', '-')}-{device}.png"
                page.screenshot(path=str(path), full_page=True)
                print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
