"""Whitespace compaction of the written HTML.

Templates indent for their readers; a browser shows any run of whitespace between words or
tags as one space at most, so the indentation after each line break is bytes no reader sees
(an eighth of a story page). Only what stays the same to the browser is removed: a run of
spaces, tabs and line breaks that holds a line break becomes that one line break. The text of
``pre``, ``textarea``, ``script`` and ``style`` elements is kept as it is.
"""

from __future__ import annotations

import re

_COMPACTED = re.compile(
    r"(<(pre|textarea|script|style)\b.*?</\2\s*>)|[ \t\r]*\n[ \t\r\n]*", re.DOTALL | re.IGNORECASE
)
"""A kept element (group 1), or a run of whitespace with a line break in it. Not ``\\s``: a
no-break space is text."""


def compact_html(html: str) -> str:
    """``html`` with every run of whitespace that holds a line break cut to one line break,
    outside ``pre``, ``textarea``, ``script`` and ``style``."""
    return _COMPACTED.sub(lambda match: match[1] or "\n", html)
