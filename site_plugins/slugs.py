"""URL slugs: lowercase ASCII words joined by hyphens."""

from __future__ import annotations

import re
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Turn a name into a URL slug.

    Accents are folded to ASCII, every run of other characters becomes one hyphen:
    ``slugify("Polda Jawa Timur") == "polda-jawa-timur"``. An empty result means the
    text has nothing a URL can carry.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
