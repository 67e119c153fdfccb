"""URL slugs: lowercase ASCII words joined by hyphens."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_FOLDED = {"ß": "ss", "ẞ": "ss", "þ": "th", "Þ": "th", "ð": "d"}
"""Latin letters whose Unicode names give no base letter."""
_LATIN_NAME = re.compile(r"LATIN (?:SMALL|CAPITAL) (?:LETTER|LIGATURE) (?:DOTLESS )?([A-Z]{1,2})\b")


def slugify(text: str) -> str:
    """Turn a name into a URL slug.

    Latin letters are folded to ASCII (accents dropped, ``ø`` to ``o``, ``æ`` to ``ae``), every
    run of other characters becomes one hyphen: ``slugify("Polda Jawa Timur") == "polda-jawa-timur"``.
    An empty result means the text has nothing a URL can carry (another script, only signs).
    """
    ascii_text = "".join(_ascii(char) for char in unicodedata.normalize("NFKD", text))
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")


@lru_cache(maxsize=4096)
def _ascii(char: str) -> str:
    """The character itself when ASCII, else the base letter its Unicode name gives (a Latin
    letter with a stroke or a ligature, which decomposition leaves alone), else nothing."""
    if char.isascii() or char in _FOLDED:
        return _FOLDED.get(char, char)
    found = _LATIN_NAME.match(unicodedata.name(char, ""))
    return found.group(1) if found else ""
