"""The benchmark's stories as a Hugo site, for a side-by-side build.

Each story is read once through the portal's own model (``site_plugins.content.stories``), so Hugo gets
the same title, the date with the zone offset of the story's Polda, the summary and the body.
Front matter maps to three taxonomies: ``unit`` (one term per level of the story's unit, named
by the portal's region path, ``polda-x/polres-y/polsek-z``, so Hugo publishes them nested like
``/wilayah/``), ``tags`` and ``penulis``. As in the portal, every unit of the registry has its
page, with its name as title, even without stories; the archive by year and month is sections.
The theme is ``bench/hugo_theme/``: story, list and taxonomy templates, 12 stories a page, no
external resources.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from corpus import read_stories

from site_plugins.content.registry import Unit, load_registry
from site_plugins.content.stories import Story

THEMES = Path(__file__).resolve().parent
THEME = "hugo_theme"
PER_PAGE = 12
MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
    "November", "Desember",
]


def site_config() -> dict:
    """Hugo's configuration: Indonesian, paginated by 12, feeds for home and every term."""
    return {
        "baseURL": "https://berita.polri.example/",
        "title": "Portal Berita Patroli Polri",
        "copyright": "Humas Polri",
        "languageCode": "id",
        "defaultContentLanguage": "id",
        "themesDir": str(THEMES),
        "theme": THEME,
        "paginate": PER_PAGE,
        "paginatePath": "halaman",
        "taxonomies": {"unit": "unit", "tag": "tags", "penulis": "penulis"},
        "outputs": {"home": ["HTML", "RSS"], "section": ["HTML"], "taxonomy": ["HTML"], "term": ["HTML", "RSS"]},
        "services": {"rss": {"limit": 50}},
        "related": {
            "includeNewer": True,
            "threshold": 80,
            "indices": [{"name": "unit", "weight": 100}, {"name": "tags", "weight": 80}],
        },
        "menu": {"main": [
            {"name": name, "url": url, "weight": weight}
            for weight, (name, url) in enumerate([
                ("Beranda", "/"), ("Wilayah", "/unit/"), ("Tag", "/tags/"), ("Arsip", "/berita/"),
                ("Penulis", "/penulis/"),
            ], start=1)
        ]},
    }


class HugoSite:
    """A Hugo site in ``root`` made from a portal project's ``content`` folder."""

    def __init__(self, root: Path, content: Path) -> None:
        self.root = root
        self.content = content
        self.registry = load_registry(content / "satuan.yml", "satuan.yml")

    def write(self) -> None:
        """Write the configuration, a page per unit, every story and the archive sections."""
        shutil.rmtree(self.root, ignore_errors=True)
        self.root.mkdir(parents=True)
        (self.root / "config.yaml").write_text(yaml.safe_dump(site_config(), allow_unicode=True), encoding="utf-8")
        for unit in self.registry.units():
            self._write_index(f"unit/{unit_term(unit)}", unit.name)
        stories = read_stories(self.content, self.registry)
        for story in stories:
            self._write_story(story)
        for folder, title in archive_sections(stories).items():
            self._write_index(folder, title)

    def add(self, src_uris: list[str]) -> list[Path]:
        """Write the given portal stories as Hugo pages; returns the pages' paths."""
        return [self._write_story(story) for story in read_stories(self.content, self.registry, src_uris)]

    def check(self, stories: int, story_pages: str) -> None:
        """Stop the benchmark unless Hugo wrote every story and a full first page of the home."""
        public = self.root / "public"
        written = len(list(public.glob(story_pages)))
        cards = (public / "index.html").read_text(encoding="utf-8").count('class="card"')
        if written != stories or cards != min(stories, PER_PAGE):
            raise SystemExit(f"Hugo wrote {written} of {stories} stories and {cards} on the home page")

    def _write_story(self, story: Story) -> Path:
        # The story's folder in content/ gives Hugo the portal's URL, berita/<YYYY>/<MM>/<slug>/.
        path = self.root / "content" / (story.url.rstrip("/") + ".md")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page(story), encoding="utf-8")
        return path

    def _write_index(self, folder: str, title: str) -> None:
        path = self.root / "content" / folder / "_index.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("---\n" + yaml.safe_dump({"title": title}, allow_unicode=True) + "---\n", encoding="utf-8")


def unit_term(unit: Unit) -> str:
    """The unit's ``unit`` term: its region path, ``polda-x/polres-y/polsek-z``."""
    return "/".join(upper.slug for upper in unit.lineage)


def page(story: Story) -> str:
    """The story as a Hugo page: front matter in Hugo's terms, then the Markdown body."""
    front = {
        "title": story.title,
        "date": story.date.iso,
        "summary": story.summary,
        "location": story.location,
        "unit": [unit_term(unit) for unit in story.unit.lineage],
        "tags": [tag.name for tag in story.tags],
        "penulis": [story.author.name],
    }
    return "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\n" + story.body


def archive_sections(stories: list[Story]) -> dict[str, str]:
    """``berita/`` and a section per year and month, with titles, as the portal's ``/arsip/``."""
    sections = {"berita": "Arsip"}
    for story in stories:
        year, month = story.date.year, story.date.month
        sections[f"berita/{year:04d}"] = f"Arsip {year}"
        sections[f"berita/{year:04d}/{month:02d}"] = f"{MONTHS[month - 1]} {year}"
    return sections
