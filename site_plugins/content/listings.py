"""Listing pages: home, regions, tags, archive and authors, each paginated.

Every listing is built from the published stories in one pass over them; no page
does work that grows with the size of the whole archive.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Iterator

from site_plugins.content.dates import month_name
from site_plugins.content.registry import Registry, Unit
from site_plugins.content.stories import Label, Story

POPULAR_TAGS = 8
"""How many of the most used tags the home page shows."""

PAGE_SEGMENT = "halaman"
"""Archive page N of a listing lives at ``<listing>/halaman/<N>/``; N = 1 holds the oldest stories."""


@dataclass(frozen=True)
class Link:
    """A titled site-relative URL, for breadcrumbs and directories."""

    title: str
    url: str | None
    """``None`` for a unit that has no page yet: the directory shows its name, unlinked."""
    count: int | None = None
    note: str = ""
    children: tuple[Link, ...] = ()


@dataclass(eq=False)
class Listing:
    """Stories shown at one URL, newest first, with the listing's place on the site."""

    url: str
    title: str
    kind: str
    stories: list[Story]
    crumbs: tuple[Link, ...] = ()
    directory: tuple[Link, ...] = ()
    directory_title: str = ""
    description: str = ""
    unit: Unit | None = None
    lists_stories: bool = True
    highlights: tuple[Link, ...] = ()
    """Links shown beside the stories: the popular tags on the home page."""

    def paginate(self, per_page: int) -> list[ListingPage]:
        """The front page and the archive pages, newest first.

        Stories are cut into pages of ``per_page`` counted from the oldest, so an archive
        page keeps its stories and its number while new stories arrive: a new story changes
        the front page, and once every ``per_page`` stories one archive page is added and
        its older neighbour links to it. The front page shows the newest cut, together with
        the one before while the newest is not full (``per_page`` to ``2 × per_page - 1``
        stories). A listing without stories still has its front page."""
        oldest_first = self.stories[::-1]
        cuts = [oldest_first[start:start + per_page] for start in range(0, len(oldest_first), per_page)]
        on_front = 1 if not cuts or len(cuts[-1]) == per_page else 2
        archived = max(0, len(cuts) - on_front)
        front = ListingPage(self, FRONT, archived, self.stories[: len(self.stories) - archived * per_page])
        return [front, *(ListingPage(self, number, archived, cuts[number - 1][::-1])
                         for number in range(archived, 0, -1))]


FRONT = 0
"""The number of a listing's front page; archive pages are numbered from 1, the oldest."""


@dataclass(eq=False)
class ListingPage:
    """One page of a listing: its front page (``number`` 0) or an archive page."""

    listing: Listing
    number: int
    archived: int
    """How many archive pages the listing has."""
    stories: list[Story]

    @property
    def url(self) -> str:
        return page_url(self.listing.url, self.number)

    @property
    def src_uri(self) -> str:
        return self.url + "index.md"

    @property
    def is_front(self) -> bool:
        return self.number == FRONT

    @property
    def title(self) -> str:
        if self.is_front:
            return self.listing.title
        return f"{self.listing.title} — halaman {self.number}"

    @property
    def lead(self) -> Story | None:
        """The story shown large: the newest one, on the front page of the home page."""
        if self.listing.kind == "beranda" and self.is_front and self.stories:
            return self.stories[0]
        return None

    @property
    def cards(self) -> list[Story]:
        """The stories shown as cards: all but the lead."""
        return self.stories[1:] if self.lead else self.stories

    @property
    def newer_url(self) -> str | None:
        """The page with the next newer stories: the front page after the newest archive page."""
        if self.is_front:
            return None
        return page_url(self.listing.url, FRONT if self.number == self.archived else self.number + 1)

    @property
    def older_url(self) -> str | None:
        """The page with the next older stories."""
        older = self.archived if self.is_front else self.number - 1
        return page_url(self.listing.url, older) if older >= 1 else None

    @property
    def oldest_url(self) -> str | None:
        """Archive page 1, when it is neither this page nor the next older one."""
        shown = self.archived > 1 if self.is_front else self.number > 2
        return page_url(self.listing.url, 1) if shown else None

    @property
    def shape(self) -> tuple[int, bool]:
        """What of the listing's length this page shows, for its cache key: the front page
        links to the newest archive page; an archive page, whether it is the newest one."""
        return (self.archived, True) if self.is_front else (self.number, self.number == self.archived)

    @property
    def newest_url(self) -> str | None:
        """The front page, when it is neither this page nor the next newer one."""
        return page_url(self.listing.url, FRONT) if not self.is_front and self.number < self.archived else None


def page_url(base: str, number: int) -> str:
    """URL of the listing page ``number`` of the listing at ``base`` (``FRONT``: the listing's own)."""
    return base if number == FRONT else f"{base}{PAGE_SEGMENT}/{number}/"


def newest_first(stories: Iterable[Story]) -> list[Story]:
    """Stories by date, newest first; the source path breaks ties so builds are stable."""
    return sorted(stories, key=lambda story: (story.date.value, story.src_uri), reverse=True)


def build_listings(stories: list[Story], registry: Registry) -> list[Listing]:
    """Every listing of the site, for the given (published) stories."""
    ordered = newest_first(stories)
    home, *regions = region_listings(ordered, registry)
    tags = list(label_listings(ordered, "tag", "Tag", lambda story: story.tags))
    home.highlights = tuple(sorted(tags[0].directory, key=lambda link: -link.count)[:POPULAR_TAGS])
    return [
        home,
        *regions,
        *tags,
        *label_listings(ordered, "penulis", "Penulis", lambda story: (story.author,)),
        *archive_listings(ordered),
    ]


def region_listings(ordered: list[Story], registry: Registry) -> Iterator[Listing]:
    """Home, ``/wilayah/`` and one listing per unit with stories, stories included from the
    unit and every unit below it.

    A unit without any story has no page (no thin pages for readers or search engines): the
    directory of the nearest page above it names it, unlinked, with the units below it."""
    by_unit: dict[Unit, list[Story]] = defaultdict(list)
    for story in ordered:
        for unit in story.unit.lineage:
            by_unit[unit].append(story)
    # Alphabetical by province, the way a reader looks for a region.
    by_province = sorted(registry.poldas, key=lambda polda: ((polda.area or polda.name).casefold(), polda.name))
    poldas = tuple(_unit_link(polda, by_unit) for polda in by_province)
    home_directory = tuple(replace(link, children=()) for link in poldas)
    yield Listing("", "Berita Terbaru", "beranda", ordered, directory=home_directory, directory_title="Wilayah")
    root = Link("Wilayah", "wilayah/")
    yield Listing(root.url, "Wilayah", "wilayah", [], crumbs=(root,), directory=poldas, directory_title="Polda",
        lists_stories=False,
    )
    for unit in registry.units():
        if unit not in by_unit:
            continue
        children = tuple(_unit_link(child, by_unit) for child in unit.children)
        crumbs = (root, *(Link(u.name, u.url) for u in unit.lineage))
        child_level = unit.children[0].level.capitalize() if unit.children else ""
        yield Listing(
            unit.url, unit.name, "wilayah", by_unit[unit], crumbs=crumbs, directory=children,
            directory_title=child_level, description=_unit_description(unit), unit=unit,
        )


def label_listings(
    ordered: list[Story], kind: str, title: str, labels_of: Callable[[Story], Iterable[Label]]
) -> Iterator[Listing]:
    """An index of every label with counts, and one listing per label."""
    stories: dict[str, list[Story]] = defaultdict(list)
    for story in ordered:
        for label in labels_of(story):
            stories[label.slug].append(story)
    root = Link(title, f"{kind}/")
    names = label_names(ordered, labels_of)
    slugs = sorted(stories, key=lambda slug: (names[slug].casefold(), slug))
    entries = {slug: Link(names[slug], f"{kind}/{slug}/", len(stories[slug])) for slug in slugs}
    yield Listing(
        root.url, title, kind, [], crumbs=(root,), directory=tuple(entries.values()),
        directory_title=title, lists_stories=False,
    )
    for slug, entry in entries.items():
        yield Listing(entry.url, entry.title, kind, stories[slug], crumbs=(root, entry))


def label_names(stories: Iterable[Story], labels_of: Callable[[Story], Iterable[Label]]) -> dict[str, str]:
    """Label slug -> the name its listing shows: the spelling writers use most."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for story in stories:
        for label in labels_of(story):
            spellings[label.slug][label.name] += 1
    return {slug: _most_common(counter) for slug, counter in spellings.items()}


def archive_listings(ordered: list[Story]) -> Iterator[Listing]:
    """``/arsip/`` with its years, each year with its months, and a listing per month."""
    by_month: dict[int, dict[int, list[Story]]] = defaultdict(lambda: defaultdict(list))
    for story in ordered:
        by_month[story.date.year][story.date.month].append(story)
    root = Link("Arsip", "arsip/")
    years = {year: _year_link(year, by_month[year]) for year in sorted(by_month, reverse=True)}
    yield Listing(
        root.url, "Arsip", "arsip", [], crumbs=(root,), directory=tuple(years.values()),
        directory_title="Tahun", lists_stories=False,
    )
    for year, link in years.items():
        months = [by_month[year][month] for month in sorted(by_month[year], reverse=True)]
        # A year is the directory of its months: its stories are listed there, not a second
        # time in pages of their own (docs/output-size.md).
        yield Listing(
            link.url, f"Arsip {year}", "arsip", [], crumbs=(root, link), directory=link.children,
            directory_title="Bulan", lists_stories=False,
        )
        for month_link, stories in zip(link.children, months):
            yield Listing(
                month_link.url, f"Arsip {month_link.title} {year}", "arsip", stories,
                crumbs=(root, link, month_link),
            )


def _year_link(year: int, months: dict[int, list[Story]]) -> Link:
    children = tuple(
        Link(month_name(month), f"arsip/{year}/{month:02d}/", len(months[month]))
        for month in sorted(months, reverse=True)
    )
    return Link(str(year), f"arsip/{year}/", sum(link.count for link in children), children=children)


def _unit_link(unit: Unit, by_unit: dict[Unit, list[Story]]) -> Link:
    """A unit in a directory: a link to its page, or, without stories, its name and the
    units below it (none of which has a page either)."""
    if unit in by_unit:
        return Link(unit.name, unit.url, len(by_unit[unit]), note=unit.area)
    below = tuple(_unit_link(child, by_unit) for child in unit.children)
    return Link(unit.name, None, 0, note=unit.area, children=below)


def _unit_description(unit: Unit) -> str:
    place = {"polda": "Provinsi", "polres": "", "polsek": "Kecamatan"}[unit.level]
    area = f"{place} {unit.area}".strip() if unit.area else ""
    return f"Berita {unit.name}" + (f", wilayah hukum {area}" if area else "")


def _most_common(counter: Counter[str]) -> str:
    return min(counter, key=lambda name: (-counter[name], name))
