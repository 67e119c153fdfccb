"""Reading a Markdown file with YAML front matter, keeping the line of every key."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .problems import ContentProblem

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


# libyaml's parser instead of the pure-Python one takes `portal check` on ten thousand stories
# from about 5 s to under 2 s. Both build the same safe, line-marked nodes.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FrontMatterLoader(_SafeLoader):
    """Safe YAML that leaves dates as written: the story model reads them with their zone."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class SourceFile:
    """A content file split into front matter and body.

    ``lines`` maps each front-matter key to its line in the file, so every problem
    can point at the line a writer has to fix.
    """

    path: str
    meta: dict[str, object]
    body: str
    lines: dict[str, int] = field(default_factory=dict)
    body_line: int = 1

    def line_of(self, key: str) -> int:
        """The line of ``key``, or of the front matter's start when it is absent."""
        return self.lines.get(key, 1)


def read_text(abs_path: Path, path: str) -> str | ContentProblem:
    """The file's text as UTF-8 with LF line ends; a BOM is dropped."""
    try:
        data = abs_path.read_bytes()
    except OSError as error:
        return ContentProblem(path, None, "berkas", f"tidak bisa dibaca ({error.strerror})", "periksa izin berkas ini")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return ContentProblem(
            path, line, "berkas", "bukan teks UTF-8",
            "simpan ulang berkas dengan encoding UTF-8",
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str, path: str, memo: FrontMatterMemo | None = None) -> SourceFile | ContentProblem:
    """Split ``---``-fenced YAML front matter from the Markdown body."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return ContentProblem(
            path, 1, "front matter", "berkas tidak diawali front matter",
            "mulai berkas dengan baris '---', isian seperti 'title: ...', lalu '---'",
        )
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        return ContentProblem(
            path, 1, "front matter", "front matter tidak ditutup",
            "tambahkan baris '---' setelah isian terakhir",
        )
    front = "\n".join(lines[1:end])
    parsed = memo.parse(front, path) if memo is not None else _parse_yaml(front, path, first_line=2)
    if isinstance(parsed, ContentProblem):
        return parsed
    meta, key_lines = parsed
    return SourceFile(path, meta, "\n".join(lines[end + 1 :]), key_lines, end + 2)


def read_source(abs_path: Path, path: str, memo: FrontMatterMemo | None = None) -> SourceFile | ContentProblem:
    """Read and split one content file; any problem is returned, never raised."""
    text = read_text(abs_path, path)
    if isinstance(text, ContentProblem):
        return text
    return split_front_matter(text, path, memo)


class FrontMatterMemo:
    """Parsed front matter kept between builds, by a hash of its text: most stories of a
    rebuild are unchanged, and YAML parsing is most of the time spent reading them.

    Only what survives a JSON round trip unchanged is kept (the cache is a JSON file), and a
    problem is never kept: it is found again, with its line, on every build."""

    def __init__(self, entries: dict[str, str] | None = None) -> None:
        self.entries = entries or {}
        self.used: dict[str, str] = {}

    @classmethod
    def load(cls, path: Path) -> FrontMatterMemo:
        try:
            entries = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            entries = {}
        return cls(entries if isinstance(entries, dict) else {})

    def save(self, path: Path, keep_unused: bool = False) -> None:
        """Write the entries this build used (with ``keep_unused``, the others too: stories a
        build reused without reading them), through a temporary file."""
        if keep_unused and self.used.keys() <= self.entries.keys():
            return  # nothing new: the file already holds every entry
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + f".{os.getpid()}.tmp")
        entries = {**self.entries, **self.used} if keep_unused else self.used
        temporary.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)

    def parse(self, text: str, path: str) -> tuple[dict[str, object], dict[str, int]] | ContentProblem:
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
        entry = self.entries.get(key)
        if isinstance(entry, str):
            self.used[key] = entry
            data, lines = json.loads(entry)
            return data, lines
        parsed = _parse_yaml(text, path, first_line=2)
        if not isinstance(parsed, ContentProblem):
            entry = json.dumps(list(parsed), ensure_ascii=False)
            if json.loads(entry) == list(parsed):
                self.used[key] = self.entries[key] = entry
        return parsed


def load_yaml(text: str, path: str) -> tuple[object, yaml.Node | None] | ContentProblem:
    """Parse YAML (dates left as text) and return the data with its node tree."""
    loader = _FrontMatterLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        line = _error_line(error, text)
        return ContentProblem(
            path, line, "yaml", f"YAML tidak valid: {error.problem or error.context}",
            "periksa titik dua, tanda kutip dan indentasi; beri tanda kutip pada teks yang memuat ': '",
        )
    except yaml.YAMLError as error:
        return ContentProblem(path, None, "yaml", f"YAML tidak valid: {error}", "")
    finally:
        loader.dispose()
    return data, node


def _error_line(error: yaml.MarkedYAMLError, text: str) -> int:
    """The line to show for a YAML error.

    An unclosed quote or bracket is only noticed at the end of the text: point at where
    it was opened, or else at the last line written, not at an empty line after it.
    """
    end = len(text.rstrip())
    marks = [error.problem_mark, error.context_mark]
    if error.problem_mark is not None and error.problem_mark.index >= end:
        marks.reverse()
    inside = [mark for mark in marks if mark is not None and mark.index < end]
    return inside[0].line + 1 if inside else text[:end].count("\n") + 1


def _parse_yaml(
    text: str, path: str, first_line: int
) -> tuple[dict[str, object], dict[str, int]] | ContentProblem:
    loaded = load_yaml(text, path)
    if isinstance(loaded, ContentProblem):
        return _shift(loaded, first_line - 1)
    data, node = loaded
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        return ContentProblem(
            path, first_line, "front matter", "front matter harus berupa daftar isian 'kunci: nilai'",
            "tulis satu isian per baris, mis. 'title: Judul berita'",
        )
    repeated = _repeated_key(node)
    if repeated is not None:
        key, line = repeated
        return ContentProblem(
            path, line + first_line - 1, key, "kunci ini ditulis dua kali",
            "hapus salah satunya",
        )
    return data, _key_lines(node, first_line - 1)


def _repeated_key(node: yaml.Node) -> tuple[str, int] | None:
    seen: set[str] = set()
    for key, _ in node.value:
        if key.value in seen:
            return str(key.value), key.start_mark.line + 1
        seen.add(key.value)
    return None


def _key_lines(node: yaml.Node, offset: int) -> dict[str, int]:
    return {str(key.value): key.start_mark.line + 1 + offset for key, _ in node.value}


def _shift(problem: ContentProblem, offset: int) -> ContentProblem:
    line = problem.line + offset if problem.line is not None else None
    return ContentProblem(problem.path, line, problem.field, problem.message, problem.hint)
