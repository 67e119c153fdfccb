"""Reading a Markdown file with YAML front matter, keeping the line of every key."""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.composer import Composer

from site_plugins.content.problems import ContentProblem

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_PLAIN_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "seq", "map")
)
"""The only types a story or the registry may hold: what JSON holds too. An explicit
``!!binary``, ``!!set`` or ``!!timestamp`` would give values no field expects."""
_MERGE_TAG = "tag:yaml.org,2002:merge"
_NUMBER_TAGS = frozenset({"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"})

MAX_DEPTH = 16
"""Nesting levels a YAML document may have (a story needs 2, the registry 6). Checked while
reading, before a deeper level is built: 50,000 nested brackets overflowed the C stack."""
MAX_FRONT_MATTER = 64 * 1024
"""Characters a story's front matter may have; long text belongs in the body."""
MAX_NUMBER_LENGTH = 64
"""Characters of a number: longer ones take Python seconds to read, or fail to print."""

class _ControlCharacters:
    """Finds the characters no story text may hold: C0 and C1 controls but tab and line ends,
    lone surrogates and Unicode noncharacters. Most are not allowed in XML, so one in a title
    would make every feed and sitemap carrying it unreadable; the others are never typed on
    purpose.

    One character class holding the noncharacters of all 17 planes made ``re`` ten times
    slower on every body (1 s for 10,000 stories): the class here holds the Basic
    Multilingual Plane's, and any other plane's character found is then looked at alone."""

    _FOUND = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
                        "|[\U00010000-\U0010ffff]")
    _ASTRAL_NONCHARACTER = re.compile("[" + "".join(
        f"{chr(plane * 0x10000 + 0xFFFE)}-{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17)
    ) + "]")

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        """The first such character of ``text`` from ``pos`` on, as ``re.search`` gives it."""
        found = self._FOUND.search(text, pos)
        while found is not None and found.group() > "\uffff" and not self._ASTRAL_NONCHARACTER.match(found.group()):
            found = self._FOUND.search(text, found.end())
        return found


CONTROL_CHARACTER = _ControlCharacters()
"""What no story text may hold (see ``_ControlCharacters``)."""


def control_character_problem(text: str) -> str | None:
    """What is wrong with ``text`` when it holds a :data:`CONTROL_CHARACTER`, else ``None``."""
    found = CONTROL_CHARACTER.search(text)
    if found is None:
        return None
    return f"memuat karakter kendali atau tak sah U+{ord(found.group()):04X}"


CONTROL_CHARACTER_HINT = "hapus karakter itu; biasanya terbawa saat menyalin teks dari aplikasi lain"


# libyaml's parser instead of the pure-Python one takes `portal check` on ten thousand stories
# from about 5 s to under 2 s. Both give the same safe, line-marked events.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlRefused(Exception):
    """YAML that is valid but not accepted as content: an alias, a tag, too deep, a repeated key."""

    def __init__(self, mark: yaml.Mark, field: str, message: str, hint: str) -> None:
        super().__init__(message)
        self.mark, self.field, self.message, self.hint = mark, field, message, hint


class _LimitedComposer(Composer):
    """PyYAML's composer (events to nodes) with the limits content needs, checked per event,
    before anything is built: libyaml's own composer recurses in C and builds every alias.

    ``fields`` holds, for the document and each node above the current one, the mapping key
    it is the value of (or its parent's): the innermost names the field in a problem.
    Anchors are not recorded (an alias is refused), nor are path resolvers consulted (none
    are registered): reading every story, this composer is on the hot path."""

    fields: list[str]

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        event = self.peek_event()
        field = index.value if type(index) is yaml.ScalarNode else self.fields[-1]
        self._check_event(event, field)
        self.fields.append(field)
        if type(event) is yaml.ScalarEvent:
            node = self.compose_scalar_node(None)
        elif type(event) is yaml.SequenceStartEvent:
            node = self.compose_sequence_node(None)
        else:
            node = self.compose_mapping_node(None)
        self.fields.pop()
        return node

    def compose_scalar_node(self, anchor: None) -> yaml.ScalarNode:
        node = super().compose_scalar_node(anchor)
        # The text was searched before parsing: only an escape such as "\\x01" can add one.
        if node.style == '"':
            problem = control_character_problem(node.value)
            if problem is not None:
                raise YamlRefused(node.start_mark, self.fields[-1], problem, CONTROL_CHARACTER_HINT)
        if node.tag in _NUMBER_TAGS and len(node.value) > MAX_NUMBER_LENGTH:
            raise YamlRefused(
                node.start_mark, self.fields[-1], f"angka lebih dari {MAX_NUMBER_LENGTH} karakter",
                "beri tanda kutip bila ini teks",
            )
        return node

    def compose_mapping_node(self, anchor: None) -> yaml.MappingNode:
        node = super().compose_mapping_node(anchor)
        seen: set[str] = set()
        for key, _ in node.value:
            if type(key) is yaml.ScalarNode:
                if key.tag == _MERGE_TAG:  # '<<' adds keys past the duplicate check below
                    raise YamlRefused(key.start_mark, key.value, "kunci gabungan YAML '<<' tidak didukung",
                                      "tulis setiap isian langsung, tanpa '<<'")
                if key.value in seen:
                    raise YamlRefused(key.start_mark, key.value, "kunci ini ditulis dua kali", "hapus salah satunya")
                seen.add(key.value)
        return node

    def _check_event(self, event: yaml.Event, field: str) -> None:
        """Refuse an alias, a level past :data:`MAX_DEPTH`, a tag that is not plain data."""
        if type(event) is yaml.AliasEvent:
            raise YamlRefused(
                event.start_mark, field, f"alias YAML '*{event.anchor}' tidak didukung",
                "tulis nilainya langsung, tanpa '&' dan '*'",
            )
        if len(self.fields) > MAX_DEPTH and type(event) is not yaml.ScalarEvent:
            raise YamlRefused(
                event.start_mark, field, f"bersarang lebih dari {MAX_DEPTH} tingkat",
                "tulis isian dengan susunan yang lebih datar",
            )
        if event.tag is not None and event.tag != "!" and event.tag not in _PLAIN_TAGS:
            shown = event.tag.replace("tag:yaml.org,2002:", "!!")
            raise YamlRefused(
                event.start_mark, field, f"tag YAML '{shown}' tidak didukung",
                f"hapus '{shown}'; tulis nilainya sebagai teks, angka atau daftar biasa",
            )


class _FrontMatterLoader(_LimitedComposer, _SafeLoader):
    """Safe YAML within limits that leaves dates as written: the story model reads them
    with their zone."""

    def __init__(self, stream: str) -> None:
        _SafeLoader.__init__(self, stream)
        self.anchors: dict = {}
        self.fields = ["yaml"]


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
    if len(front) > MAX_FRONT_MATTER:
        return ContentProblem(
            path, 1, "front matter", f"front matter lebih dari {MAX_FRONT_MATTER} karakter",
            "pindahkan teks panjang ke isi berita, di bawah baris '---' penutup",
        )
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


_MEMO_RULES = b"plain-data-1"
"""Part of every memo key, changed whenever what parsing accepts changes: front matter that
older rules let through is parsed again, not taken from a cache written under them."""


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
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=16, person=_MEMO_RULES).hexdigest()
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
    """Parse YAML (dates left as text) and return the data with its node tree.

    Only plain data is accepted (no aliases, no tags such as ``!!binary``, no repeated keys,
    at most :data:`MAX_DEPTH` levels, no control characters); anything else is a problem
    with its line, found before it is built."""
    raw = _raw_character_problem(text, path)
    if raw is not None:
        return raw
    loader = _FrontMatterLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except YamlRefused as refused:
        return ContentProblem(path, refused.mark.line + 1, refused.field, refused.message, refused.hint)
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


_KEY_AT_LINE_START = re.compile(r"[ \t]*(?:-[ \t]+)*([^\s:#'\"\[\]{},&*!|>-][^:\n]*?):(?:[ \t]|$)")


def _raw_character_problem(text: str, path: str) -> ContentProblem | None:
    """A control character written as it is, with its line and the key that line (or the
    nearest one above it) starts with: libyaml would only name its position in the text."""
    found = CONTROL_CHARACTER.search(text)
    if found is None:
        return None
    lines = text[: found.start()].split("\n")
    keys = (_KEY_AT_LINE_START.match(line) for line in reversed(lines))
    field = next((key.group(1) for key in keys if key), "yaml")
    return ContentProblem(path, len(lines), field, control_character_problem(found.group()), CONTROL_CHARACTER_HINT)


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
    return data, _key_lines(node, first_line - 1)


def _key_lines(node: yaml.Node, offset: int) -> dict[str, int]:
    return {str(key.value): key.start_mark.line + 1 + offset for key, _ in node.value}


def _shift(problem: ContentProblem, offset: int) -> ContentProblem:
    line = problem.line + offset if problem.line is not None else None
    return ContentProblem(problem.path, line, problem.field, problem.message, problem.hint)
