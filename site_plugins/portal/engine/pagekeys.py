"""Cache keys of the portal's pages: a hash of everything that shapes each page.

A page's key joins the build's fingerprint (what every page depends on) with the data that
page shows. Every story page and listing page is rendered from the story model, the listing
model and the build's configuration only, so these keys are complete; the test suite checks
that a rebuild from the cache writes exactly what a build without it writes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import sys
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, distributions, version
from pathlib import Path
from typing import Iterable, Mapping

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.utils.yaml import RelativeDirPlaceholder

from site_plugins.content.listings import Listing, ListingPage
from site_plugins.content.stories import Story
from site_plugins.portal.engine.pagecache import digest, tree_digest

PACKAGES = ("mkdocs", "Jinja2", "Markdown", "MarkupSafe", "nh3", "pymdown-extensions", "Babel")
"""Libraries whose version shapes the HTML besides those found by ``EXTENSION_GROUPS``."""
EXTENSION_GROUPS = frozenset({"mkdocs.plugins", "mkdocs.themes", "markdown.extensions"})
"""Entry-point groups of MkDocs plugins, themes and Markdown extensions: every installed
package offering one can change a page (templates of installed themes count by version)."""
PLUGIN_CODE = Path(__file__).resolve().parents[2]
"""The ``site_plugins`` package: its code shapes every page, but for ``OUTSIDE_BUILDS``."""
OUTSIDE_BUILDS = frozenset({"authoring"})
"""Sub-packages no build loads: the ``portal`` command, the importer and the editor run a
build as another process and pass it only options and the environment, which keys hold
already. A change to them keeps every cached page and search bundle."""

_RENDER_KEYS = ("site_url", "markdown_extensions", "mdx_configs", "use_directory_urls", "validation")
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_CONFIG_KEYS = (
    "site_name", "site_url", "site_description", "site_author", "copyright", "repo_url", "repo_name",
    "edit_uri", "extra", "extra_css", "extra_javascript", "markdown_extensions", "mdx_configs",
    "use_directory_urls", "docs_dir", "validation",
)


def canonical(value: object) -> object:
    """``value`` as nested tuples of plain values, the same in every run (sets sorted,
    mappings by key, objects without a stable form by type and address-free text)."""
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    if isinstance(value, dict) or hasattr(value, "items"):
        return tuple(sorted((str(key), canonical(item)) for key, item in value.items()))
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(repr(canonical(item)) for item in value))
    if isinstance(value, (list, tuple)):
        return tuple(canonical(item) for item in value)
    if dataclasses.is_dataclass(value):
        return canonical(dataclasses.asdict(value))
    if isinstance(value, RelativeDirPlaceholder):  # `!relative`: the folder of the page converted
        return type(value).__name__, value.suffix
    return type(value).__name__, _ADDRESS.sub("", str(value))


def build_fingerprint(config: MkDocsConfig, nav: Navigation, preview: bool) -> str:
    """What every page depends on: what renders a story's body (``render_fingerprint``), the
    project's templates, the rest of the configuration, the navigation, and whether drafts are
    previewed."""
    return digest(*_site_inputs(config), _nav(nav.items), preview)


def configuration_fingerprint(config: MkDocsConfig) -> str:
    """What every page depends on, known before the build lists its files: the navigation by
    its setting rather than as built (an older part of the merge, deciding whether to build at
    all; its navigation is made of that setting alone)."""
    return digest(*_site_inputs(config), canonical(config.nav))


def _site_inputs(config: MkDocsConfig) -> tuple:
    theme = config.theme
    custom = [Path(theme.custom_dir)] if theme.custom_dir else []
    return (
        render_fingerprint(config), tree_digest(*custom),
        canonical({key: config.get(key) for key in _CONFIG_KEYS}),
        theme.name, canonical(dict(theme.items())), sorted(theme.static_templates),
    )


def render_fingerprint(config: MkDocsConfig) -> str:
    """What turns a story's Markdown into its body: libraries, the plugins' code and options,
    the Markdown configuration. The same in every part of a build (a shard's or the merge's
    ``docs_dir``, which the build's fingerprint holds, is not among it)."""
    return digest(
        sys.version, [_version(name) for name in PACKAGES], extension_packages(), plugin_code(),
        canonical({key: config.get(key) for key in _RENDER_KEYS}),
        [(name, _plugin_state(plugin)) for name, plugin in config.plugins.items()],
    )


@lru_cache(maxsize=1)
def plugin_code() -> str:
    """A hash of the plugins' code (``PLUGIN_CODE`` but ``OUTSIDE_BUILDS``), read once a process:
    the code that renders is the code loaded when it started."""
    return tree_digest(PLUGIN_CODE, skip=OUTSIDE_BUILDS)


def story_fingerprint(story: Story, badge: str | None, extras: Iterable[str]) -> str:
    """Everything about ``story`` that any page shows; ``extras`` come from other plugins
    (the photo derivatives of ``portal-publish``)."""
    date, updated = story.date, story.updated
    return digest(
        story.src_uri, story.path, story.url, story.title, date.iso, date.display, date.short,
        [(unit.name, unit.level, unit.area, unit.url) for unit in story.unit.lineage],
        story.location, story.author.name, story.author.url,
        [(tag.name, tag.url) for tag in story.tags], story.summary, story.summary_written, text_digest(story.body),
        story.image,
        story.image_url, story.image_alt, updated and (updated.iso, updated.display), story.draft,
        badge, list(extras),
    )


def text_digest(text: str) -> str:
    """A hash of a long text, made without ``repr`` copying and escaping it first."""
    return hashlib.blake2b(text.encode("utf-8", errors="surrogatepass"), digest_size=16).hexdigest()


def story_page_key(build: str, story: str, related: list[str], newer: str | None, older: str | None) -> str:
    """A story page: the story, the related stories and the neighbours it links to."""
    return digest("story", build, story, related, newer, older)


def listing_fingerprint(listing: Listing, front: bool) -> str:
    """A listing's place, and on its front page its directory: what a page of it shows
    besides its stories. Of the breadcrumbs, their titles and links: the counts a tag's, a
    writer's or a year's link carries are shown in directories, not by the pages they lead to,
    so a new story does not change every page of the listings it joins."""
    unit = [(u.name, u.level, u.area, u.url) for u in listing.unit.lineage] if listing.unit else None
    crumbs = [(crumb.title, crumb.url) for crumb in listing.crumbs]
    shown = (listing.directory, listing.directory_title, listing.highlights) if front else None
    return digest(
        listing.url, listing.title, listing.kind, crumbs, listing.description, unit, listing.lists_stories, shown,
    )


def listing_page_key(build: str, listing: str, page: ListingPage, fingerprints: Mapping[str, str]) -> str:
    """A listing page: its listing's fingerprint, its place among the listing's pages and its
    stories (``fingerprints`` by source path). An archive page's key does not change when newer
    stories arrive."""
    return digest("listing", build, listing, page.number, page.shape,
                  [fingerprints[story.src_uri] for story in page.stories])


def _plugin_state(plugin: object) -> object:
    """A plugin's options; for a hook (a module named in ``hooks:``, which has none), its code."""
    options = getattr(plugin, "config", None)
    if options is not None:
        return canonical(dict(options))
    source = getattr(plugin, "__file__", None)
    return text_digest(Path(source).read_text(encoding="utf-8")) if source else type(plugin).__name__


def _nav(items: Iterable) -> tuple:
    return tuple(
        (type(item).__name__, item.title, getattr(item, "url", None), _nav(getattr(item, "children", None) or ()))
        for item in items
    )


@lru_cache(maxsize=1)
def extension_packages() -> tuple[tuple[str, str], ...]:
    """Name and version of every installed package that provides an MkDocs plugin, theme or
    Markdown extension, whether or not this site uses it (a plugin may patch another's output)."""
    found = {
        (dist.metadata["Name"].lower(), dist.version)
        for dist in distributions()
        if any(entry.group in EXTENSION_GROUPS for entry in dist.entry_points)
    }
    return tuple(sorted(found))


def _version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None
