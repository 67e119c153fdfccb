"""Screenshots of the web editor for the humas guide in the README, into ``readme/``.

Builds a project with the sample registry, starts ``portal editor`` on it and fills the form as
the end-to-end test does. Run with ``make cms-screenshots`` (needs ``npm ci``).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.append(str(ROOT / "tests"))

from conftest import FixtureSite, jpeg  # noqa: E402
from servers import chromium, free_port, portal_editor  # noqa: E402
from test_cms_browser import fill_story_form  # noqa: E402

OUTPUT = ROOT / "readme"


def main() -> int:
    work = HERE / ".work/cms"
    shutil.rmtree(work, ignore_errors=True)
    port = free_port()
    site = FixtureSite(work / "proyek", registry=(ROOT / "content/satuan.yml").read_text(encoding="utf-8"), cms={
        "repo": "humas/portal", "editorial_workflow": False, "local_backend_url": f"http://127.0.0.1:{port}/api/v1",
    })
    for story in sorted((ROOT / "content/berita").rglob("*.md"))[:4]:
        site.write(str(story.relative_to(ROOT / "content")), story.read_text(encoding="utf-8"))
    built = site.build()
    if built.returncode:
        print(built.output)
        return 1
    photo = work / "patroli-malam.jpg"
    photo.write_bytes(jpeg())
    OUTPUT.mkdir(exist_ok=True)
    with portal_editor(site.root, port), chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(f"http://127.0.0.1:{port}/admin/")
        page.get_by_role("button", name="Masuk").click()
        page.get_by_text("+ Berita baru").wait_for()
        shoot(page, "1-daftar-berita")
        page.get_by_text("+ Berita baru").click()
        page.get_by_label("Satuan").fill("Polsek Ma")
        page.wait_for_timeout(300)
        shoot(page, "2-pilih-satuan")
        page.keyboard.press("Escape")
        choice = "Polsek Taliwang — Polres Sumbawa Barat, Polda Nusa Tenggara Barat"
        fill_story_form(page, photo, unit="Polsek Taliwang", choice=choice)
        page.get_by_label("Judul").scroll_into_view_if_needed()
        page.wait_for_timeout(500)
        shoot(page, "3-formulir-dan-pratinjau")
    return 0


def shoot(page, name: str) -> None:
    path = OUTPUT / f"penyunting-{name}.png"
    page.screenshot(path=str(path))
    print(path.relative_to(ROOT))


if __name__ == "__main__":
    sys.exit(main())
