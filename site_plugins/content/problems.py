"""Content problems: what is wrong with a story or the registry, said for its writer."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterable

_UNSHOWABLE = frozenset(("Cc", "Cf", "Cn", "Co", "Cs", "Zl", "Zp"))
"""Unicode categories escaped in messages: controls, format characters (bidi overrides such as
U+202E, zero-width joiners), unassigned and private code points, line and paragraph separators."""


def printable(text: str) -> str:
    r"""``text`` safe to show in a terminal: every character that could move the cursor, hide
    text or reorder it is written as its escape: a name holding the override U+202E shows as
    ``a\u202egpj.md``, not as a reversed ``amd.jpg``.

    File names and content reach messages as they are; a writer must see what is really there.
    """
    if text.isprintable():
        return text
    return "".join(_escape(char) if unicodedata.category(char) in _UNSHOWABLE else char for char in text)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


@dataclass(frozen=True)
class ContentProblem:
    """One thing wrong with one file, in Indonesian, with a hint on how to fix it.

    Shown as ``path:line: field: message — hint``; ``line`` is ``None`` when the
    problem concerns the whole file.
    """

    path: str
    line: int | None
    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        text = f"{where}: {self.field}: {self.message}"
        return printable(f"{text} — {self.hint}" if self.hint else text)

    def as_dict(self) -> dict[str, object]:
        """The problem as plain data, for machine-readable reports."""
        return {
            "path": self.path,
            "line": self.line,
            "field": self.field,
            "message": self.message,
            "hint": self.hint,
        }


class ContentError(Exception):
    """Raised with every problem found, so a writer sees all of them at once."""

    def __init__(self, problems: Iterable[ContentProblem]) -> None:
        self.problems = sorted(problems, key=_sort_key)
        super().__init__(self.report())

    def report(self) -> str:
        """A readable report: a heading, then one problem per line."""
        count = len(self.problems)
        lines = [f"Konten tidak valid ({count} masalah):"]
        lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)


def _sort_key(problem: ContentProblem) -> tuple[str, int, str]:
    return (problem.path, problem.line or 0, problem.field)
