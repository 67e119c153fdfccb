"""Content problems: what is wrong with a story or the registry, said for its writer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


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
        return f"{text} — {self.hint}" if self.hint else text

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
