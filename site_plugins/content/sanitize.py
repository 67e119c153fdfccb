"""Story bodies made safe after Markdown: nh3 (Ammonia) removes what could run or mislead.

A body shares its page with the theme, so besides scripts it must not reach what the theme's
scripts look up: every body id is moved into its own namespace (``isi-``, with the same-page
links and table headers that point at it), and only the classes Markdown itself writes are
kept. Addresses are parsed as browsers parse them (the WHATWG URL standard, through
``ada-url``) before any rule looks at their scheme or host; images come from the site
itself only. The rules are described in ``docs/sanitizer.md``.

Before cleaning, the body is scanned with the same rules, so the writer is told exactly what
was taken out of which story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from html.parser import HTMLParser

import ada_url
import nh3

GENERIC_ATTRIBUTES = {"id", "class", "title", "lang", "dir"}
EXTRA_ATTRIBUTES = {
    "img": {"loading", "decoding"},
    "iframe": {"src", "width", "height", "title", "allowfullscreen", "loading"},
}
SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
URL_ATTRIBUTES = {"href", "src", "cite"}

ID_NAMESPACE = "isi-"
"""Put before every id of a body: no id of the theme or the portal's templates starts with it."""

MARKDOWN_CLASSES = frozenset({"footnote", "footnote-ref", "footnote-backref", "toc", "headerlink"})
"""The classes the portal's Markdown extensions write (footnotes, toc); a writer's own go."""
_CODE_LANGUAGE = re.compile(r"language-[A-Za-z0-9_+#.-]+\Z")  # fenced_code's class on <code>

PAGE = ada_url.URL("https://isi-berita.invalid/berita/")
"""Stands for the story's own page: an address that resolves onto its host is on the site."""
_AMBIGUOUS = re.compile(r"[\\\x00-\x1f\x7f]")  # read differently by RFC 3986 tools and browsers


@dataclass(frozen=True)
class Sanitizer:
    """Cleans rendered story bodies; ``embed_hosts`` may be shown in an ``<iframe>``, and
    images may come from ``site_url`` (besides relative addresses)."""

    embed_hosts: frozenset[str]
    site_url: str | None = None

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
    def site_origin(self) -> str | None:
        site = _parse(self.site_url or "")
        return site.origin if self.site_url and site else None

    @cached_property
    def cleaner(self) -> nh3.Cleaner:
        """Made once: building Ammonia's rules costs more than cleaning a story."""
        return nh3.Cleaner(
            tags=self.tags,
            attributes=self.attributes,
            generic_attribute_prefixes=set(),
            attribute_filter=lambda tag, name, value: self.judge(tag, name, value)[0],
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

    def judge(self, tag: str, name: str, value: str) -> tuple[str | None, list[str]]:
        """The value an allowed attribute keeps (``None``: dropped) and what was removed."""
        if name in ("id", "headers"):  # headers: the ids of a cell's header cells
            return _namespaced(value), []
        if name == "class":
            return _judge_classes(tag, value)
        if name in URL_ATTRIBUTES:
            kept, problem = self._judge_url(tag, name, value)
            return kept, [problem] if problem else []
        return value, []

    def _judge_url(self, tag: str, name: str, value: str) -> tuple[str | None, str | None]:
        where = f"pada <{tag} {name}>"
        url = _parse(value)
        if url is None:
            return None, f"alamat tidak sah {where} dihapus"
        scheme = url.protocol.removesuffix(":")
        if scheme not in SAFE_SCHEMES:
            return None, f"alamat {scheme}: {where} dihapus"
        if url.username or url.password:
            return None, f"alamat dengan nama pengguna atau sandi {where} dihapus"
        if tag == "img" and name == "src" and not self._on_site(url):
            host = url.hostname or value
            return None, f"gambar dari {host} dihapus (hanya gambar dari situs ini) — simpan fotonya di folder berita"
        if tag == "iframe" and name == "src" and not (scheme == "https" and url.hostname in self.embed_hosts):
            return None, f"sematan <iframe> dari {url.hostname or value} dihapus (tidak ada di daftar yang diizinkan)"
        if _AMBIGUOUS.search(value.strip()):
            return None, f"alamat yang memuat \\ atau karakter kendali {where} dihapus"
        return _written(value, url), None

    def _on_site(self, url: ada_url.URL) -> bool:
        return url.origin in (PAGE.origin, self.site_origin)


def _parse(value: str, base: str = PAGE.href) -> ada_url.URL | None:
    """``value`` as a browser on the page at ``base`` (by default the story's) reads it, or
    ``None`` if it cannot."""
    try:
        return ada_url.URL(value, base=base)
    except ValueError:
        return None


def resolve_url(value: str, base: str) -> str | None:
    """``value`` made absolute against ``base`` as browsers do; ``None`` when it does not
    parse or carries a user name or password."""
    url = _parse(value, base)
    return None if url is None or url.username or url.password else url.href


def _written(value: str, url: ada_url.URL) -> str:
    """How an accepted address is written out: an address that leaves the page in its
    WHATWG serialisation (what every reader will load), a same-page link to the namespaced
    target, any other relative address as the writer wrote it."""
    address = value.strip()
    if address.startswith("#"):
        return "#" + ID_NAMESPACE + address[1:] if address[1:] else address
    return address if url.origin == PAGE.origin else url.href


def _namespaced(names: str) -> str | None:
    """Each of the space-separated ``names`` in the body's own id namespace."""
    return " ".join(ID_NAMESPACE + name for name in names.split()) or None


def _judge_classes(tag: str, value: str) -> tuple[str | None, list[str]]:
    names = value.split()
    kept = [name for name in names if _markdown_class(tag, name)]
    removed = [f"kelas {name} pada <{tag}> dihapus" for name in names if name not in kept]
    return " ".join(kept) or None, removed


def _markdown_class(tag: str, name: str) -> bool:
    return name in MARKDOWN_CLASSES or (tag == "code" and _CODE_LANGUAGE.match(name) is not None)


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
        else:
            self.removed += self.sanitizer.judge(tag, name, value)[1]
