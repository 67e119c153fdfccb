"""Relative URLs as MkDocs' ``url`` template filter makes them, with the parsing remembered.

A build prints about 40 URLs per page (stylesheets, scripts, navigation, cards), each made
relative to the page: MkDocs normalises both paths on every call. Here a path's parts are
worked out once per distinct path, so a URL costs a comparison of two short tuples. The
results are MkDocs' own (``tests/test_urls.py`` compares them).
"""

from __future__ import annotations

import posixpath
from functools import lru_cache
from urllib.parse import urlsplit


@lru_cache(maxsize=1 << 17)
def _parts(path: str) -> tuple[str, ...]:
    if not path.startswith("/"):
        path = "/" + path
    path = posixpath.normpath(path)[1:]
    return tuple(path.split("/")) if path else ()


@lru_cache(maxsize=1 << 12)
def directory_parts(page_url: str) -> tuple[str, ...]:
    directory, _, name = page_url.rpartition("/")
    return _parts(directory if "." in name else page_url)


def relative_url(url: str, page_url: str) -> str:
    """``url`` relative to the page at ``page_url`` (``mkdocs.utils.get_relative_url``)."""
    here = directory_parts(page_url)
    there = _parts(url)
    common = 0
    for a, b in zip(here, there):
        if a != b:
            break
        common += 1
    relative = "/".join(("..",) * (len(here) - common) + there[common:]) or "."
    return relative + "/" if url.endswith("/") else relative


@lru_cache(maxsize=1 << 16)
def is_plain(path: str) -> bool:
    """Whether ``path`` is a site-relative path that ``normalize_url`` only makes relative
    (no scheme, no leading ``/`` or ``#``, no ``..``, no backslash)."""
    if not path or "\\" in path or path.startswith(("/", "#")):
        return False
    parsed = urlsplit(path)
    return not (parsed.scheme or parsed.netloc) and not (posixpath.normpath(path) + "/").startswith("../")


def rooted_path(url: str) -> str:
    """``url`` written from the site root, as ``relative_url`` writes it for the home page;
    ``""`` for the root itself."""
    parts = _parts(url)
    if not parts:
        return ""
    return "/".join(parts) + "/" if url.endswith("/") else "/".join(parts)
