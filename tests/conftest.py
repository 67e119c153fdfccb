"""Fixture sites: tiny portal projects written into ``tmp_path`` and built for real."""

from __future__ import annotations

import filecmp
import io
import os
import re
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterator
from urllib.parse import urljoin, urlparse

import lxml.html
import pytest
import yaml
from mkdocs.config.defaults import MkDocsConfig
from servers import chromium

if TYPE_CHECKING:
    from site_plugins.content.registry import Registry
    from site_plugins.content.stories import Story

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]

REGISTRY = """\
- polda: Polda Jawa Timur
  provinsi: Jawa Timur
  zona: WIB
  polres:
    - nama: Polres Probolinggo Kota
      wilayah: Kota Probolinggo
      polsek:
        - nama: Polsek Mayangan
          kecamatan: Mayangan
        - nama: Polsek Kanigaran
          kecamatan: Kanigaran
        - nama: Polsek Kota
          kecamatan: Kota
    - nama: Polres Malang Kota
      wilayah: Kota Malang
      polsek:
        - nama: Polsek Klojen
          kecamatan: Klojen
        - nama: Polsek Kota
          kecamatan: Kota
- polda: Polda Nusa Tenggara Barat
  provinsi: Nusa Tenggara Barat
  zona: WITA
  polres:
    - nama: Polres Sumbawa Barat
      wilayah: Kabupaten Sumbawa Barat
      polsek:
        - nama: Polsek Sekongkang
          kecamatan: Sekongkang
- polda: Polda Papua
  provinsi: Papua
  zona: WIT
"""
"""A small registry with every zone and an ambiguous polsek name ("Polsek Kota")."""


def front_matter(**fields: object) -> str:
    """A story file's text: YAML front matter from ``fields`` (``body`` is the Markdown)."""
    body = fields.pop("body", "Isi berita.")
    return "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False) + "---\n\n" + body + "\n"


def jpeg(width: int = 640, height: int = 480, exif: bytes | None = None) -> bytes:
    """A real JPEG photo of the given size (a colour gradient with shapes)."""
    from PIL import Image, ImageDraw

    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(image)
    for i in range(0, width, max(1, width // 12)):
        draw.ellipse((i, height // 4, i + width // 10, height // 2), fill=(i % 255, 90, 160))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90, **({"exif": exif} if exif else {}))
    return buffer.getvalue()


def story_fields(**overrides: object) -> dict[str, object]:
    """A valid story's fields, with ``overrides`` applied (``None`` removes a field)."""
    fields: dict[str, object] = {
        "title": "Polsek Mayangan Gelar Patroli Dialogis",
        "date": "2026-01-29 12:00",
        "polsek": "Polsek Mayangan",
        "location": "Jalan Lingkar Utara, Kelurahan Mangunharjo, Kota Probolinggo",
        "author": "Humas Polres Probolinggo Kota",
        "tags": ["patroli dialogis", "kamtibmas"],
    }
    fields.update(overrides)
    return {key: value for key, value in fields.items() if value is not None}


def read_stories(docs: Path, stories: dict[str, dict[str, object]]) -> tuple[list[Story], Registry]:
    """Write the fixture registry and ``stories`` (``berita/<relative>`` → ``story_fields``
    overrides) into ``docs`` and read them as a build does; every one of them must be valid."""
    from site_plugins.content.registry import load_registry
    from site_plugins.content.stories import load_stories

    (docs / "satuan.yml").write_text(REGISTRY, encoding="utf-8")
    for relative, overrides in stories.items():
        path = docs / "berita" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(front_matter(**story_fields(**overrides)), encoding="utf-8")
    registry = load_registry(docs / "satuan.yml", "content/satuan.yml")
    read, problems = load_stories(docs, [f"berita/{relative}" for relative in stories], registry, "content/")
    assert problems == []
    return read, registry


@dataclass
class BuildResult:
    returncode: int
    output: str
    site: Path

    def page(self, url: str) -> lxml.html.HtmlElement:
        """The built page at site-relative ``url`` (``""`` is the home page)."""
        path = self.site / url / "index.html" if not url.endswith(".html") else self.site / url
        return lxml.html.fromstring(path.read_bytes())

    def exists(self, url: str) -> bool:
        return (self.site / url / "index.html").is_file()


@dataclass
class FixtureSite:
    """A portal project in a temporary folder, using the project's real templates."""

    root: Path
    per_page: int = 20
    registry: str = REGISTRY
    search: bool = False
    """Also run the ``portal-search`` plugin (Pagefind index, ``/cari/``)."""
    search_options: dict = field(default_factory=dict)
    """Options of the ``portal-search`` plugin, e.g. a small ``shard_size``."""
    extra_config: dict = field(default_factory=dict)
    cms: dict | None = None
    """Options of the ``portal-cms`` plugin (the web editor at ``/admin/``); ``None`` leaves it out."""
    portal_options: dict = field(default_factory=dict)
    """More options of the ``portal`` plugin, e.g. ``merge_parts``."""

    @property
    def content(self) -> Path:
        return self.root / "content"

    def write(self, relative: str, text: str | bytes) -> Path:
        path = self.content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def story(self, relative: str, **overrides: object) -> Path:
        """Write a valid story at ``content/berita/<relative>`` with ``overrides``."""
        return self.write(f"berita/{relative}", front_matter(**story_fields(**overrides)))

    def write_config(self) -> Path:
        config = {
            "site_name": "Portal Uji",
            "site_url": "https://contoh.polri.example/",
            "site_description": "Berita uji dari satuan kepolisian.",
            "docs_dir": "content",
            "site_dir": "site",
            "theme": {"name": "material", "custom_dir": str(ROOT / "overrides"), "language": "id", "font": False,
                      "features": ["navigation.tabs"]},
            "plugins": [
                {"portal": {"per_page": self.per_page, **self.portal_options}}, "portal-publish",
                *([{"portal-search": self.search_options}] if self.search else []),
                *([{"portal-cms": {"node_modules": str(ROOT / "editor/node_modules"), **self.cms}}] if self.cms is not None else []),
            ],
            "nav": [{"Beranda": "index.md"}, {"Wilayah": "wilayah/index.md"}, {"Tag": "tag/index.md"}],
            **self.extra_config,
        }
        path = self.root / "mkdocs.yml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        if not (self.content / "satuan.yml").exists():
            self.write("satuan.yml", self.registry)
        return path

    @contextmanager
    def started(self, command: str = "build") -> Iterator[MkDocsConfig]:
        """The project's configuration with its plugins started for ``command``, as MkDocs
        starts them, to build in this process (``mkdocs.commands.build.build``) once or, like
        ``mkdocs serve``, again with the same plugins; they are shut down afterwards."""
        from mkdocs.config import load_config

        config = load_config(str(self.write_config()))
        config.plugins.on_startup(command=command, dirty=False)
        try:
            yield config
        finally:
            config.plugins.on_shutdown()

    def build(self, *args: str, strict: bool = True) -> BuildResult:
        """Run ``mkdocs build --strict`` in the project, as a writer's CI would."""
        self.write_config()
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        process = subprocess.run(
            [*MKDOCS, "build", *(["--strict"] if strict else []), *args], cwd=self.root, env=env,
            capture_output=True, text=True, timeout=600,
        )
        return BuildResult(process.returncode, process.stdout + process.stderr, self.root / "site")

    def check(self, *args: str) -> subprocess.CompletedProcess:
        """Run ``portal check`` in the project."""
        return self.portal("check", *args)

    def portal(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
        """Run the ``portal`` command in the project, without a terminal."""
        self.write_config()
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        return subprocess.run(
            [str(Path(sys.executable).parent / "portal"), *args], cwd=self.root, env=env,
            input=stdin, capture_output=True, text=True, timeout=600,
        )


def build_sample(site_dir: Path, **env: str) -> BuildResult:
    """Build the project's own ``mkdocs.yml`` and sample content into ``site_dir``, strictly,
    as ``make site`` does (``env`` adds environment variables, e.g. ``PORTAL_SITE_URL``)."""
    from servers import require_node_tools

    require_node_tools()  # mkdocs.yml enables the web editor, copied from editor/node_modules
    process = subprocess.run(
        [*MKDOCS, "build", "--strict", "-d", str(site_dir)], cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env}, capture_output=True, text=True, timeout=600,
    )
    result = BuildResult(process.returncode, process.stdout + process.stderr, site_dir)
    assert result.returncode == 0, result.output
    return result


RENDERED = re.compile(r"Pages: (\d+) rendered, (\d+) taken from the cache")


def render_counts(output: str) -> tuple[int, int]:
    """(rendered, taken from the cache) as the build reported them."""
    match = RENDERED.search(output)
    assert match, output
    return int(match[1]), int(match[2])


def differences(left: Path, right: Path) -> list[str]:
    """Files that differ or exist on one side only, as site-relative paths."""
    found = []
    comparison = filecmp.dircmp(left, right)
    stack = [(comparison, "")]
    while stack:
        current, prefix = stack.pop()
        found += [prefix + name for name in current.left_only + current.right_only + current.funny_files]
        _, mismatch, errors = filecmp.cmpfiles(current.left, current.right, current.common_files, shallow=False)
        found += [prefix + name for name in mismatch + errors]
        stack += [(sub, f"{prefix}{name}/") for name, sub in current.subdirs.items()]
    return sorted(found)


def four_stories(site: FixtureSite) -> None:
    """Four stories of four units in two zones and two months; one has a photo, one a heading."""
    site.story("2026/01/mayangan.md", image="mayangan.jpg", image_alt="Patroli di Mayangan")
    site.write("berita/2026/01/mayangan.jpg", jpeg(800, 600))
    site.story("2026/01/kanigaran.md", title="Polsek Kanigaran Sambang Warga", polsek="Polsek Kanigaran",
               date="2026-01-20 09:00", tags=["sambang warga", "kamtibmas"])
    site.story("2026/01/klojen.md", title="Polsek Klojen Atur Lalu Lintas", polsek=None, date="2026-01-10 07:00",
               polres="Polres Malang Kota", tags=["lalu lintas"], body="Isi.\n\n## Jalur sekolah\n\nLanjutan.")
    site.story("2025/12/sekongkang.md", title="Polsek Sekongkang Patroli Pantai", polsek="Polsek Sekongkang",
               date="2025-12-24 16:00", author="Humas Polres Sumbawa Barat", tags=["patroli dialogis"])


REAL_PARTS = frozenset({
    "site", "page", "base_url", "browser", "built", "built_site", "served", "repo", "corpus", "injected",
    "editor", "project",
})
"""Fixtures that build a site, start a server or a browser: a test using one is an integration test."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Marks integration tests (``make test-fast`` leaves them out): those using a fixture of
    ``REAL_PARTS``, and those marked ``integration`` by hand (they run a command themselves)."""
    for item in items:
        if REAL_PARTS.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def site(tmp_path: Path) -> FixtureSite:
    """An empty fixture project with the test registry."""
    return FixtureSite(tmp_path)


@pytest.fixture
def page(base_url):
    """A Chromium page for the module's ``base_url``; fails the test on a script error,
    a console error or any request that leaves the site."""
    with chromium() as browser:
        page = browser.new_page()
        page.problems = []
        page.on("console", lambda message: message.type == "error" and page.problems.append(message.text))
        page.on("pageerror", lambda error: page.problems.append(str(error)))
        page.on("request", lambda request: _outside(request.url, base_url) and page.problems.append(request.url))
        page.on("response", lambda response: response.status >= 400 and page.problems.append(f"{response.status} {response.url}"))
        yield page
        assert page.problems == []


def _outside(url: str, base_url: str) -> bool:
    return urlparse(url).scheme in ("http", "https") and urlparse(url).netloc != urlparse(base_url).netloc


def story_links(page: lxml.html.HtmlElement, page_url: str) -> list[str]:
    """Site-relative URLs of the stories listed on a listing page."""
    return [_resolve(page_url, href) for href in page.xpath('//div[contains(@class, "portal-listing")]//a[@class="portal-story-link"]/@href')]


def follow_listing(result: BuildResult, url: str) -> list[str]:
    """Every story URL of a listing, following its "next" links through all pages."""
    found: list[str] = []
    seen_pages = set()
    while url is not None and url not in seen_pages:
        seen_pages.add(url)
        page = result.page(url)
        found += story_links(page, url)
        following = page.xpath('//nav[@class="portal-pagination"]/a[@rel="next"]/@href')
        url = _resolve(url, following[0]) if following else None
    return found


def _resolve(page_url: str, href: str) -> str:
    return urljoin("/" + page_url, href).lstrip("/")
