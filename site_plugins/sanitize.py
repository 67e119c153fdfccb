"""Story bodies made safe after Markdown: nh3 (Ammonia) removes what could run or mislead.

Before cleaning, the body is scanned for what will be removed, so the writer is told
exactly what was taken out of which story.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from html.parser import HTMLParser
from urllib.parse import urlsplit

import nh3

GENERIC_ATTRIBUTES = {"id", "class", "title", "lang", "dir"}
EXTRA_ATTRIBUTES = {
    "img": {"loading", "decoding"},
    "iframe": {"src", "width", "height", "title", "allowfullscreen", "loading"},
}
SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
_URL_ATTRIBUTES = {"href", "src", "cite"}


@dataclass(frozen=True)
class Sanitizer:
    """Cleans rendered story bodies; ``embed_hosts`` may be shown in an ``<iframe>``."""

    embed_hosts: frozenset[str]

    @cached_property
    def tags(self) -> set[str]:
        return set(nh3.ALLOWED_TAGS) | {"iframe"}

    @cached_property
    def attributes(self) -> dict[str, set[str]]:
        allowed = {tag: set(names) for tag, names in nh3.ALLOWED_ATTRIBUTES.items()}
        for tag, names in EXTRA_ATTRIBUTES.items():
            allowed.setdefault(tag, set()).update(names)
        allowed.setdefault("a", set()).discard("rel")
        allowed["*"] = set(GENERIC_ATTRIBUTES)
        return allowed

    @cached_property
    def cleaner(self) -> nh3.Cleaner:
        """Made once: building Ammonia's rules costs more than cleaning a story."""
        return nh3.Cleaner(
            tags=self.tags,
            attributes=self.attributes,
            generic_attribute_prefixes=set(),
            attribute_filter=self._keep_attribute,
            url_schemes=SAFE_SCHEMES,
            link_rel="noopener",
        )

    def clean(self, html: str) -> tuple[str, list[str]]:
        """The safe body, and what was removed, in Indonesian (empty when nothing was)."""
        scanner = _Scanner(self)
        scanner.feed(html)
        scanner.close()
        return self.cleaner.clean(html), list(dict.fromkeys(scanner.removed))

    def allowed_attribute(self, tag: str, name: str) -> bool:
        return name in GENERIC_ATTRIBUTES or name in self.attributes.get(tag, set())

    def allowed_embed(self, src: str) -> bool:
        parts = urlsplit(src)
        return parts.scheme == "https" and parts.hostname in self.embed_hosts

    def _keep_attribute(self, tag: str, name: str, value: str) -> str | None:
        if tag == "iframe" and name == "src" and not self.allowed_embed(value):
            return None
        return value


class _Scanner(HTMLParser):
    """Lists what the cleaning will remove: tags, event handlers, styles, unsafe addresses."""

    def __init__(self, sanitizer: Sanitizer) -> None:
        super().__init__(convert_charrefs=True)
        self.sanitizer = sanitizer
        self.removed: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.sanitizer.tags:
            self.removed.append(f"tag <{tag}> dihapus")
            return
        for name, value in attrs:
            self._check_attribute(tag, name, value or "")

    def _check_attribute(self, tag: str, name: str, value: str) -> None:
        if tag == "a" and name == "rel":
            return
        if not self.sanitizer.allowed_attribute(tag, name):
            self.removed.append(f"atribut {name} pada <{tag}> dihapus")
        elif tag == "iframe" and name == "src" and not self.sanitizer.allowed_embed(value):
            host = urlsplit(value).hostname or value
            self.removed.append(f"sematan <iframe> dari {host} dihapus (tidak ada di daftar yang diizinkan)")
        elif name in _URL_ATTRIBUTES and _unsafe_url(value):
            self.removed.append(f"alamat {value.split(':', 1)[0]}: pada <{tag} {name}> dihapus")


def _unsafe_url(value: str) -> bool:
    scheme = urlsplit(value.strip()).scheme.lower()
    return bool(scheme) and scheme not in SAFE_SCHEMES
