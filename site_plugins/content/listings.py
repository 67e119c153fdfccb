"""Listing pages: home, regions, tags, archive and authors, each paginated.

Every listing is built from the published stories in one pass over them; no page
does work that grows with the size of the whole archive.

A listing's pages can also be made for a *window* of the archive's months alone: what the
directories count and where each page starts comes from a ``Census`` of the whole archive, and
the stories held are the window's own and the few older ones its first pages share
(``window_stories``). The pages of a window are those of the whole listing whose newest story
is in the window, identical to them; every page belongs to exactly one window of a partition of
the months. This is how the merge of a national archive can be split by time
(``docs/sharding.md``).
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import timedelta, timezone
from typing import Callable, Generic, Iterable, Iterator, TypeVar

from site_plugins.content.dates import month_name
from site_plugins.content.registry import Registry, Unit
from site_plugins.content.stories import Label, Story

T = TypeVar("T")

POPULAR_TAGS = 8
"""How many of the most used tags the home page shows."""

PAGE_SEGMENT = "halaman"
"""Archive page N of a listing lives at ``<listing>/halaman/<N>/``; N = 1 holds the oldest stories."""

REGION_SEGMENT = "wilayah/"
"""The region directory; each unit's listing lives below it (``Unit.url``)."""

WINDOW_ZONE = timezone(timedelta(hours=7))
"""The zone whose calendar months cut the archive into windows (WIB, the zone of most units).
Listings order stories by their moment, so a window must be a range of moments: a story's window
month is the month of its moment in this zone, which is the month written for every WIB story."""


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
    months: Counter[int] = field(default_factory=Counter)
    """How many stories the listing holds in the whole archive, by window month (``Census``):
    with a ``Window``, ``stories`` holds only some of them."""

    def paginate(self, per_page: int, window: Window | None = None) -> list[ListingPage]:
        """The front page and the archive pages, newest first; with a ``window``, only the
        pages whose newest story is in it (``stories`` holding what ``window_stories`` chose).

        Stories are cut into pages of ``per_page`` counted from the oldest, so an archive
        page keeps its stories and its number while new stories arrive: a new story changes
        the front page, and once every ``per_page`` stories one archive page is added and
        its older neighbour links to it. The front page shows the newest cut, together with
        the one before while the newest is not full (``per_page`` to ``2 × per_page - 1``
        stories). A listing without stories still has its front page."""
        if window is None:
            plan = PagePlan.of(0, len(self.stories), len(self.stories), per_page)
        else:
            plan = window.plan(self.months, per_page)
            if plan is None:  # a listing of no story at all has its front page in the newest window
                return [ListingPage(self, FRONT, 0, [])] if window.newest and not sum(self.months.values()) else []
        held = self.stories[: plan.shown]
        if len(held) < plan.shown:
            raise ValueError(f"{self.url}: the window holds {len(held)} of the {plan.shown} stories its pages show")
        start, archived = plan.start, plan.archived
        pages = []
        if plan.front:
            front_start = max(archived * per_page, start)
            pages.append(ListingPage(self, FRONT, archived, held[: start + plan.shown - front_start]))
        for number in plan.numbers:
            end = start + len(held) - (number - 1) * per_page  # index in ``held`` past the page's oldest
            pages.append(ListingPage(self, number, archived, held[end - per_page:end]))
        return pages


FRONT = 0
"""The number of a listing's front page; archive pages are numbered from 1, the oldest."""


@dataclass(frozen=True)
class PagePlan:
    """Which pages of a listing a build makes, from counts alone: those showing the ``shown``
    stories from the ``start``-th oldest on, of a listing with ``archived`` archive pages; the
    front page among them when ``front``; ``numbers``, the archive pages, newest first."""

    start: int
    shown: int
    archived: int
    front: bool
    numbers: tuple[int, ...]

    @classmethod
    def of(cls, start: int, shown: int, total: int, per_page: int) -> PagePlan:
        archived = archived_pages(total, per_page)
        numbers = tuple(range(min(archived, (start + shown) // per_page), start // per_page, -1))
        return cls(start, shown, archived, start + shown == total, numbers)

    @property
    def shapes(self) -> tuple:
        """What each page shows of the listing's length (``ListingPage.shape``), front page first."""
        numbers = ((FRONT,) if self.front else ()) + self.numbers
        return tuple(page_shape(number, self.archived) for number in numbers)


def page_shape(number: int, archived: int) -> tuple[int, bool]:
    """What of a listing's length its page ``number`` shows, of ``archived`` archive pages: the front page links to
    the newest archive page; an archive page, whether it is the newest one."""
    return (archived, True) if number == FRONT else (number, number == archived)


def archived_pages(total: int, per_page: int) -> int:
    """How many archive pages a listing of ``total`` stories has: every full cut of
    ``per_page`` but the newest, and that one too while a part-filled cut follows it."""
    cuts = -(-total // per_page)
    on_front = 1 if total % per_page == 0 else 2
    return max(0, cuts - on_front)


def first_page_start(older: int, total: int, per_page: int) -> int:
    """Where the page holding the story after the ``older`` oldest ones starts, counted from
    the oldest: the front page's start, or an archive page's."""
    return min(older // per_page * per_page, archived_pages(total, per_page) * per_page)


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
        """What of the listing's length this page shows, for its cache key (``page_shape``)."""
        return page_shape(self.number, self.archived)

    @property
    def newest_url(self) -> str | None:
        """The front page, when it is neither this page nor the next newer one."""
        return page_url(self.listing.url, FRONT) if not self.is_front and self.number < self.archived else None


def page_url(base: str, number: int) -> str:
    """URL of the listing page ``number`` of the listing at ``base`` (``FRONT``: the listing's own)."""
    return base if number == FRONT else f"{base}{PAGE_SEGMENT}/{number}/"


def newest_first(stories: Iterable[Story]) -> list[Story]:
    """Stories by date, newest first; the source path breaks ties so builds are stable."""
    return sorted(stories, key=order_key, reverse=True)


def order_key(story: Story) -> tuple:
    """Where a story stands in every listing: by its moment, then its source path."""
    return (story.date.value, story.src_uri)


def window_month(story: Story) -> int:
    """The month of the archive's windows the story belongs to (``WINDOW_ZONE``), as a number
    (``month_number``)."""
    moment = story.date.value.astimezone(WINDOW_ZONE)
    return month_number(moment.year, moment.month)


def month_number(year: int, month: int) -> int:
    """Months counted from year 0: consecutive months are consecutive numbers."""
    return year * 12 + month - 1


def month_of(number: int) -> tuple[int, int]:
    """The year and month of ``month_number``."""
    return number // 12, number % 12 + 1


def is_region_url(url: str) -> bool:
    """Whether ``url`` is a unit's region listing (``wilayah/polda-…/``), which a Polda's shard renders."""
    return url.startswith(REGION_SEGMENT) and url != REGION_SEGMENT


def listing_urls(story: Story) -> Iterator[str]:
    """The URL of every listing that shows the story: home, each unit of its lineage, each
    tag, its writer and its month of the archive."""
    yield ""
    for unit in story.unit.lineage:
        yield unit.url
    for label in (*story.tags, story.author):
        yield label.url
    yield _month_url(story.date.year, story.date.month)


@dataclass(frozen=True)
class Window:
    """A range of window months (``window_month``), oldest to newest, whose listing pages a
    build makes."""

    first: int
    last: int
    newest: bool = False
    """Whether the window holds the archive's newest month: the front pages of listings without
    any story (the directories) are its own."""
    shows_newest: int = 0
    """How many of a listing's newest stories a window making its front page holds besides
    the pages' (the listing's feed)."""

    def holds(self, story: Story) -> bool:
        return self.first <= window_month(story) <= self.last

    def counts(self, months: Counter[int]) -> tuple[int, int, int]:
        """Of a listing's stories by month: how many are older than the window, how many in
        it, and how many in all."""
        older = sum(count for month, count in months.items() if month < self.first)
        inside = sum(count for month, count in months.items() if self.first <= month <= self.last)
        return older, inside, sum(months.values())

    def plan(self, months: Counter[int], per_page: int) -> PagePlan | None:
        """The pages of a listing of ``months`` (its stories by month) whose newest story is in
        the window; ``None`` when it has no story there."""
        older, inside, total = self.counts(months)
        if not inside:
            return None
        start = first_page_start(older, total, per_page)
        return PagePlan.of(start, older - start + inside, total, per_page)

    def lookback(self, months: Counter[int], per_page: int) -> int:
        """How many of a listing's stories just older than the window it needs: those its first
        page shows, and on its front page's window the rest of its ``shows_newest``."""
        older, inside, total = self.counts(months)
        if not inside:
            return 0
        shown = older - first_page_start(older, total, per_page)
        if older + inside == total:
            shown = max(shown, min(total, self.shows_newest) - inside)
        return shown


@dataclass
class Census:
    """What the listings count across the whole archive: each listing's stories by window
    month, and how each tag and writer is spelled; and the archive's stories by the day written
    in their dates (for the search index's bundles). Directories, counts and page numbers come
    from it, so a build holding a window of the stories shows them as a whole build does."""

    months: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    """Stories by window month, by listing URL (``listing_urls``)."""
    spellings: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """How often each name of a tag or writer is written, by its listing URL."""
    days: Counter[tuple[int, int, int]] = field(default_factory=Counter)
    """Stories by the year, month and day written in their dates."""

    @classmethod
    def of(cls, stories: Iterable[Story]) -> Census:
        census = cls()
        for story in stories:
            census.add(story)
        return census

    def add(self, story: Story) -> None:
        month = window_month(story)
        for url in listing_urls(story):
            self.months[url][month] += 1
        for label in (*story.tags, story.author):
            self.spellings[label.url][label.name] += 1
        self.days[story.date.year, story.date.month, story.date.value.day] += 1

    def update(self, other: Census) -> None:
        """Add the counts of ``other``, a census of other stories: censuses of the shards taken
        in their order make the census of their stories read in that order."""
        for url, months in other.months.items():
            self.months[url].update(months)
        for url, spellings in other.spellings.items():
            self.spellings[url].update(spellings)
        self.days.update(other.days)

    def to_data(self) -> dict:
        """The census as JSON data (:meth:`from_data` reads it back, in the same order)."""
        return {
            "months": {url: [[month, count] for month, count in months.items()] for url, months in self.months.items()},
            "spellings": {url: dict(spellings) for url, spellings in self.spellings.items()},
            "days": [[*day, count] for day, count in self.days.items()],
        }

    @classmethod
    def from_data(cls, data: dict) -> Census:
        census = cls()
        for url, months in data["months"].items():
            census.months[url] = Counter(dict(months))
        for url, spellings in data["spellings"].items():
            census.spellings[url] = Counter(spellings)
        census.days = Counter({(year, month, day): count for year, month, day, count in data["days"]})
        return census

    def names(self, kind: str) -> dict[str, str]:
        """Label slug -> the name its listing shows, the spelling writers use most, for the
        labels of ``kind`` (``"tag"``, ``"penulis"``)."""
        prefix = f"{kind}/"
        return {url[len(prefix):-1]: _most_common(spellings)
                for url, spellings in self.spellings.items() if url.startswith(prefix)}

    def total(self, url: str) -> int:
        months = self.months.get(url)
        return sum(months.values()) if months else 0

    def window_months(self) -> list[int]:
        """Every window month with stories, oldest first."""
        return sorted(self.months.get("", ()))


class WindowStories(Generic[T]):
    """Chooses the stories a build of ``window`` holds from every story of the archive, given
    one at a time in any order (``add``), each with a ``payload`` kept beside it: the window's
    own and, for each listing it ``renders`` (by URL), the older ones it needs
    (``Window.lookback``). No more older stories are kept at a time than those."""

    def __init__(self, census: Census, window: Window, per_page: int,
                 renders: Callable[[str], bool] = lambda url: True) -> None:
        self.window = window
        self.wanted = {url: window.lookback(months, per_page) for url, months in census.months.items() if renders(url)}
        self._inside: list[tuple[Story, T]] = []
        self._older: dict[str, list[tuple]] = defaultdict(list)
        """Per listing, a heap of its newest older stories."""

    def add(self, story: Story, payload: T = None) -> None:
        if self.window.holds(story):
            self._inside.append((story, payload))
        elif window_month(story) < self.window.first:
            for url in listing_urls(story):
                wanted = self.wanted.get(url)
                if wanted:
                    _keep_newest(self._older[url], (order_key(story), id(story), story, payload), wanted)

    def held(self) -> list[tuple[Story, T]]:
        """The stories chosen, newest first, with their payloads."""
        chosen = {id(story): (story, payload) for heap in self._older.values() for _, _, story, payload in heap}
        return sorted([*self._inside, *chosen.values()], key=lambda item: order_key(item[0]), reverse=True)


def window_candidates(
    stories: Iterable[tuple[int, Story]], window: Window, per_page: int, renders: Callable[[str], bool] = lambda url: True,
) -> set[int]:
    """Of one shard's stories, given with their positions, the positions of those a build of ``window`` may hold
    whatever the other shards hold (``WindowStories``): its stories in the window, and for each listing it renders
    the newest ``2 × per_page + window.shows_newest`` before the window, more than a listing's lookback can ask
    (``Window.lookback``: the rest of its front page, or its feed's newest). A month's listing more than a month
    before the window has none: a story's window month is its moment's in WIB, its month's listing the month
    written, a day apart at most."""
    most = 2 * per_page + window.shows_newest
    chosen: set[int] = set()
    older: dict[str, list[tuple]] = defaultdict(list)
    for position, story in stories:
        month = window_month(story)
        if window.first <= month <= window.last:
            chosen.add(position)
            continue
        if month > window.last:
            continue
        own_month = _month_url(story.date.year, story.date.month)
        written_before = month_number(story.date.year, story.date.month) < window.first - 1
        entry = (order_key(story), position)
        for url in listing_urls(story):
            if not renders(url) or written_before and url == own_month:
                continue
            _keep_newest(older[url], entry, most)
    return chosen | {position for heap in older.values() for _, position in heap}


def _keep_newest(heap: list[tuple], entry: tuple, size: int) -> None:
    """Add ``entry`` to ``heap``, which keeps the ``size`` largest entries (a listing's newest stories) seen so far."""
    if len(heap) < size:
        heapq.heappush(heap, entry)
    elif entry > heap[0]:
        heapq.heapreplace(heap, entry)


def window_stories(
    stories: Iterable[Story], census: Census, window: Window, per_page: int,
    renders: Callable[[str], bool] = lambda url: True,
) -> list[Story]:
    """The stories a build of ``window`` holds, newest first (``WindowStories``)."""
    chosen: WindowStories[None] = WindowStories(census, window, per_page, renders)
    for story in stories:
        chosen.add(story)
    return [story for story, _ in chosen.held()]


def build_listings(stories: list[Story], registry: Registry, census: Census | None = None) -> list[Listing]:
    """Every listing of the site, for the given (published) stories; with a ``census`` of the
    whole archive, for the stories of a window of it (``window_stories``)."""
    ordered = newest_first(stories)
    census = census or Census.of(ordered)
    home, *regions = region_listings(ordered, registry, census)
    tags = list(label_listings(ordered, "tag", "Tag", lambda story: story.tags, census))
    home.highlights = tuple(sorted(tags[0].directory, key=lambda link: -link.count)[:POPULAR_TAGS])
    listings = [
        home,
        *regions,
        *tags,
        *label_listings(ordered, "penulis", "Penulis", lambda story: (story.author,), census),
        *archive_listings(ordered, census),
    ]
    for listing in listings:
        if listing.lists_stories:
            listing.months = census.months.get(listing.url, Counter())
    return listings


def region_listings(ordered: list[Story], registry: Registry, census: Census) -> Iterator[Listing]:
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
    poldas = tuple(_unit_link(polda, census) for polda in by_province)
    home_directory = tuple(replace(link, children=()) for link in poldas)
    yield Listing("", "Berita Terbaru", "beranda", ordered, directory=home_directory, directory_title="Wilayah")
    root = Link("Wilayah", REGION_SEGMENT)
    yield Listing(root.url, "Wilayah", "wilayah", [], crumbs=(root,), directory=poldas, directory_title="Polda",
        lists_stories=False,
    )
    for unit in registry.units():
        if not census.total(unit.url):
            continue
        children = tuple(_unit_link(child, census) for child in unit.children)
        crumbs = (root, *(Link(u.name, u.url) for u in unit.lineage))
        child_level = unit.children[0].level.capitalize() if unit.children else ""
        yield Listing(
            unit.url, unit.name, "wilayah", by_unit.get(unit, []), crumbs=crumbs, directory=children,
            directory_title=child_level, description=_unit_description(unit), unit=unit,
        )


def label_listings(
    ordered: list[Story], kind: str, title: str, labels_of: Callable[[Story], Iterable[Label]], census: Census,
) -> Iterator[Listing]:
    """An index of every label with counts, and one listing per label."""
    stories: dict[str, list[Story]] = defaultdict(list)
    for story in ordered:
        for label in labels_of(story):
            stories[label.slug].append(story)
    root = Link(title, f"{kind}/")
    names = census.names(kind)
    slugs = sorted(names, key=lambda slug: (names[slug].casefold(), slug))
    entries = {slug: Link(names[slug], f"{kind}/{slug}/", census.total(f"{kind}/{slug}/")) for slug in slugs}
    yield Listing(
        root.url, title, kind, [], crumbs=(root,), directory=tuple(entries.values()),
        directory_title=title, lists_stories=False,
    )
    for slug, entry in entries.items():
        yield Listing(entry.url, entry.title, kind, stories.get(slug, []), crumbs=(root, entry))


def archive_listings(ordered: list[Story], census: Census) -> Iterator[Listing]:
    """``/arsip/`` with its years, each year with its months, and a listing per month."""
    by_month: dict[str, list[Story]] = defaultdict(list)
    for story in ordered:
        by_month[_month_url(story.date.year, story.date.month)].append(story)
    months: dict[int, dict[int, int]] = defaultdict(dict)
    for url in census.months:
        if url.startswith("arsip/"):
            year, month = url.split("/")[1:3]
            months[int(year)][int(month)] = census.total(url)
    root = Link("Arsip", "arsip/")
    years = {year: _year_link(year, months[year]) for year in sorted(months, reverse=True)}
    yield Listing(
        root.url, "Arsip", "arsip", [], crumbs=(root,), directory=tuple(years.values()),
        directory_title="Tahun", lists_stories=False,
    )
    for year, link in years.items():
        # A year is the directory of its months: its stories are listed there, not a second
        # time in pages of their own (docs/output-size.md).
        yield Listing(
            link.url, f"Arsip {year}", "arsip", [], crumbs=(root, link), directory=link.children,
            directory_title="Bulan", lists_stories=False,
        )
        for month_link in link.children:
            yield Listing(
                month_link.url, f"Arsip {month_link.title} {year}", "arsip", by_month.get(month_link.url, []),
                crumbs=(root, link, month_link),
            )


def _month_url(year: int, month: int) -> str:
    return f"arsip/{year}/{month:02d}/"


def _year_link(year: int, months: dict[int, int]) -> Link:
    children = tuple(
        Link(month_name(month), _month_url(year, month), months[month])
        for month in sorted(months, reverse=True)
    )
    return Link(str(year), f"arsip/{year}/", sum(link.count for link in children), children=children)


def _unit_link(unit: Unit, census: Census) -> Link:
    """A unit in a directory: a link to its page, or, without stories, its name and the
    units below it (none of which has a page either)."""
    count = census.total(unit.url)
    if count:
        return Link(unit.name, unit.url, count, note=unit.area)
    below = tuple(_unit_link(child, census) for child in unit.children)
    return Link(unit.name, None, 0, note=unit.area, children=below)


def _unit_description(unit: Unit) -> str:
    place = {"polda": "Provinsi", "polres": "", "polsek": "Kecamatan"}[unit.level]
    area = f"{place} {unit.area}".strip() if unit.area else ""
    return f"Berita {unit.name}" + (f", wilayah hukum {area}" if area else "")


def _most_common(counter: Counter[str]) -> str:
    return min(counter, key=lambda name: (-counter[name], name))
