"""Raw articles, as copied from a web page or a WhatsApp message, turned into story drafts.

Everything here is a pure function of the text (and the unit registry). What cannot be read
from the text is left with the ``ISI:`` marker, never guessed: the check fails until a writer
fills it in.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from .dates import month_number, weekday_name
from .registry import LEVELS, Registry, UnitError
from .writer import LOCATION, Draft, unfilled, unit_fields

DAYS = r"Senin|Selasa|Rabu|Kamis|Jum['’`]?at|Sabtu|Minggu|Ahad"
_MONTH = r"[A-Za-z]{3,9}\.?"
_YEAR = r"\d{4}|\d{2}"

_CHROME = re.compile(
    r"(header ads|no comments?|\d+ comments?|\d+ komentar|tidak ada komentar|post(ing)? (a )?komentar|"
    r"post a comment|polri|share|share this:?|bagikan:?|bagikan ke:?|tweet|facebook|twitter|x|whatsapp|"
    r"telegram|pinterest|linkedin|email this.*|blogthis.*|share to .*|copy link|salin (tautan|link)|print|"
    r"cetak|baca juga\b.*|labels?:.*|posting lebih baru|posting lama|beranda|newer post|older post|home|"
    r"related posts?|berita terkait|advertisement|iklan|scroll to continue.*|diteruskan|forwarded|"
    r"pesan ini telah dihapus|this message was deleted)",
    re.IGNORECASE,
)
"""Whole lines that are page furniture, not story: blog chrome, share widgets, the site logo."""

_BYLINE = re.compile(r"(?P<name>[^\W\d_][\w .,'’-]{1,60}?)\s+[-–—|]\s+(?P<site>[\w-]+(?:\.[\w-]+)+)")
_CREDIT = re.compile(r"(?:penulis|oleh|reporter|pewarta|kontributor)\s*:?\s+(?P<name>[^\W\d_][\w .,'’-]{1,60})", re.I)
_TIME = r"(?:\s*[-–—,|]?\s*(?:pukul\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*(?:WIB|WITA|WIT))?)?"
_STAMPS = (
    re.compile(rf"(?:(?:{DAYS}),?\s+)?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}){_TIME}", re.I),
    re.compile(rf"(?:(?:{DAYS}),?\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}}){_TIME}", re.I),
    re.compile(rf"(?:(?:{DAYS}),?\s+)?(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/(?P<year>{_YEAR}){_TIME}", re.I),
)
"""Timestamps under a headline: ``Oct 22, 2025 - 10:31``, ``22 Oktober 2025 10.31 WIB``."""

_DATELINE_TIME = r"(?:[^.]{0,30}?\bpukul\s+(?P<hour>\d{1,2})[.:](?P<minute>\d{2}))?"
_DATELINES = (
    re.compile(
        rf"\b(?P<weekday>{DAYS})\b\s*,?\s*\(\s*(?P<day>\d{{1,2}})[/.-](?P<month>\d{{1,2}})[/.-](?P<year>{_YEAR})\s*\)"
        + _DATELINE_TIME, re.I,
    ),
    re.compile(
        rf"\b(?P<weekday>{DAYS})\b\s*,?\s*\(?\s*(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}})\b\s*\)?"
        + _DATELINE_TIME, re.I,
    ),
    re.compile(
        rf"\b(?P<weekday>{DAYS})\b\s*,\s*(?P<day>\d{{1,2}})[/.-](?P<month>\d{{1,2}})[/.-](?P<year>{_YEAR})\b"
        + _DATELINE_TIME, re.I,
    ),
)
"""Indonesian datelines: ``Kamis (29/01/2026)``, ``Selasa (22/10/25)``, ``Senin, 3 Maret 2025``."""

_PLACE_WORD = r"(?:Jalan|Jl\.|Jln\.|Gang|Gg\.|Dusun|Dsn\.|Desa|Kelurahan|Kel\.|Kecamatan|Kec\.|Kota|Kabupaten|Kab\.)"
_NAME_WORD = r"[A-Z0-9][\w'’.-]*"
_PLACE = re.compile(rf"(?<![\w.]){_PLACE_WORD}\s+{_NAME_WORD}(?:\s+(?!{_PLACE_WORD}\s){_NAME_WORD})*")
_CITY_WORDS = ("Kota ", "Kabupaten ", "Kab. ")
_DATELINE_PLACE = re.compile(r"(?P<place>[A-Z][\w'’]*(?:[ ,]+[A-Z][\w'’]*){0,4})\s*[–—-]\s+")
_UNIT_WORD = {"polsek": r"Polsek", "polres": r"Polres(?:ta|tabes)?", "polda": r"Polda"}
_NOT_UNIT_WORD = r"(?!Pol(?:sek|res|resta|restabes|da)\b)"
_WHATSAPP_PREFIX = re.compile(
    r"\[(?P<hour>\d{1,2})[.:](?P<minute>\d{2}), (?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}|\d{2})\] "
    r"(?P<name>[^:\n]{1,60}): ?"
)
"""What WhatsApp puts before each message copied together with others: ``[10.31, 22/10/2025] Name: ``."""
_HASHTAGS = re.compile(r"(?:#\w+[\s,]*)+")
_WHATSAPP_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_WHATSAPP_STRIKE = re.compile(r"(?<![\w~])~(?=\S)([^~\n]+?)(?<=\S)~(?![\w~])")
_BULLET = re.compile(r"^[•●▪︎◦·]\s*")
_SENTENCE_END = tuple(".!?:;\"”’)»")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u2060\ufeff"), None) | {0xA0: " ", 0x202F: " "}


@dataclass
class Dateline:
    """A date read from the text, with the weekday it was written with (if any)."""

    day: date
    hour: int | None = None
    minute: int | None = None
    weekday: str = ""

    @property
    def text(self) -> str:
        """The date as the front matter takes it: ``2026-01-29`` or ``2026-01-29 10:31``."""
        if self.hour is None:
            return self.day.isoformat()
        return f"{self.day.isoformat()} {self.hour:02d}:{self.minute:02d}"


@dataclass
class Article:
    """What a raw article says, before it is matched against the registry."""

    title: str
    paragraphs: list[str]
    author: str = ""
    published: Dateline | None = None
    dateline: Dateline | None = None
    location: str = ""
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse_article(text: str) -> Article:
    """Read headline, byline, timestamp, dateline, place and body out of a raw article."""
    text, sender, sent = _whatsapp_sender(text)
    blocks = _blocks(text)
    title, notes = _headline(_pop_line(blocks)) if blocks else ("", [])
    author, published = _byline(blocks)
    author, published = author or sender, published or sent
    tags = [tag for block in blocks if _HASHTAGS.fullmatch(block) for tag in _hashtags(block)]
    paragraphs = _join_broken([_markdown(block) for block in blocks if not _HASHTAGS.fullmatch(block)])
    article = Article(title, paragraphs, author, published, tags=tags, notes=notes)
    article.dateline = find_dateline(paragraphs, article.notes)
    article.location = find_location(paragraphs[0]) if paragraphs else ""
    return article


def draft_story(article: Article, registry: Registry) -> Draft:
    """The story's fields from an article: found values, or the marker and a note for each gap."""
    draft = Draft({}, "\n\n".join(article.paragraphs) or unfilled("tulis isi berita di sini"))
    draft.notes = list(article.notes)
    _put(draft, "title", article.title, "judul berita")
    _put(draft, "date", _story_date(article, draft.notes), "tanggal kegiatan, mis. 2026-01-29 12:00")
    _put_unit(draft, find_units(article.paragraphs, article.title, registry), registry)
    _put(draft, "location", article.location, LOCATION)
    _put(draft, "author", article.author, "nama penulis")
    if article.tags:
        draft.fields["tags"] = article.tags
    return draft


def find_dateline(paragraphs: list[str], notes: list[str]) -> Dateline | None:
    """The first Indonesian dateline in the body; a weekday that disagrees is noted, not trusted."""
    for paragraph in paragraphs:
        for pattern in _DATELINES:
            match = pattern.search(paragraph)
            found = match and _dateline(match, notes)
            if found:
                _check_weekday(found, notes)
                return found
    return None


def find_location(paragraph: str) -> str:
    """Street, kelurahan/desa, kecamatan and city named in the first paragraph, in order.

    Without a city there, the place of a dateline (``Sumbawa Barat, NTB – ...``) is added.
    """
    parts = list(dict.fromkeys(_trim_place(match.group()) for match in _PLACE.finditer(paragraph)))
    has_city = any(part.startswith(_CITY_WORDS) for part in parts)
    dateline = _DATELINE_PLACE.match(paragraph)
    if dateline and not has_city and not re.search(r"\b(Pol\w+|Humas)\b", dateline["place"]):
        parts.append(dateline["place"].strip(" ,"))
    return ", ".join(parts)


def find_units(paragraphs: list[str], title: str, registry: Registry) -> dict[str, str]:
    """The Polsek and Polres an article names (the first mention of each), else its Polda.

    Registry names are preferred, from the body and then the headline; an unknown "Polsek X"
    is taken as written from the body (a headline in title case would run on past the name),
    so the check can say what is wrong with it and which names are close.
    """
    found = {level: _first_unit(paragraphs, title, registry, level) for level in ("polsek", "polres")}
    found = {level: name for level, name in found.items() if name}
    if not found:
        polda = _first_unit(paragraphs, title, registry, "polda")
        found = {"polda": polda} if polda else {}
    return found


def _whatsapp_sender(text: str) -> tuple[str, str, Dateline | None]:
    """The text without WhatsApp's message prefixes, and the first message's sender and time."""
    first = _WHATSAPP_PREFIX.search(text)
    if first is None:
        return text, "", None
    return _WHATSAPP_PREFIX.sub("", text), " ".join(first["name"].split()), _dateline(first, [])


def _blocks(text: str) -> list[str]:
    """Paragraphs of the text: lines without chrome, empty lines separating blocks."""
    blocks: list[list[str]] = [[]]
    for raw in text.translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        if not line or _CHROME.fullmatch(line) or not any(ch.isalnum() for ch in line):
            blocks.append([])
        else:
            blocks[-1].append(_BULLET.sub("- ", line))
    return ["\n".join(block) for block in blocks if block]


def _headline(block: str) -> tuple[str, list[str]]:
    title = " ".join(_strip_decoration(block).split())
    if title.isupper():
        return string.capwords(title), ["title: judul ditulis dengan huruf kapital semua; periksa penulisannya"]
    return title, []


def _strip_decoration(text: str) -> str:
    """Text without WhatsApp markers and emoji, for a title."""
    text = unicodedata.normalize("NFC", re.sub(r"[*_~]", "", text))
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Sk", "Cf", "Mn"))


def _byline(blocks: list[str]) -> tuple[str, Dateline | None]:
    """Author and timestamp from the lines right under the headline; they are removed."""
    author, published = "", None
    while blocks and (not author or published is None):
        line = blocks[0].partition("\n")[0]
        stamp = published is None and _timestamp(line)
        credit = not author and (_BYLINE.fullmatch(line) or _CREDIT.fullmatch(line))
        if stamp:
            published = stamp
        elif credit:
            author = " ".join(credit["name"].split()).strip(" ,")
        else:
            break
        _pop_line(blocks)
    return author, published


def _pop_line(blocks: list[str]) -> str:
    """Take the first line of the first block (a headline or byline may have no empty line after it)."""
    first, _, rest = blocks[0].partition("\n")
    if rest:
        blocks[0] = rest
    else:
        blocks.pop(0)
    return first


def _timestamp(line: str) -> Dateline | None:
    for pattern in _STAMPS:
        match = pattern.fullmatch(line)
        if match:
            return _dateline(match, [])
    return None


def _dateline(match: re.Match, notes: list[str]) -> Dateline | None:
    month = int(match["month"]) if match["month"].isdigit() else month_number(match["month"])
    year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
    try:
        day = date(year, month or 0, int(match["day"]))
        hour = int(match["hour"]) if match["hour"] else None
        minute = int(match["minute"]) if match["minute"] else None
        if hour is not None:
            datetime(year, day.month, day.day, hour, minute)
    except ValueError:
        notes.append(f"date: '{match.group().strip()}' bukan tanggal yang ada")
        return None
    weekday = match.groupdict().get("weekday") or ""
    return Dateline(day, hour, minute, weekday)


def _check_weekday(found: Dateline, notes: list[str]) -> None:
    if not found.weekday:
        return
    written = re.sub(r"['’`]", "", found.weekday).capitalize().replace("Ahad", "Minggu")
    actual = weekday_name(found.day)
    if written != actual:
        notes.append(
            f"date: teks menulis '{found.weekday}', padahal {found.day:%d/%m/%Y} jatuh pada hari {actual}; "
            "periksa tanggalnya"
        )


def _story_date(article: Article, notes: list[str]) -> str:
    """The dateline gives the day of the event; a timestamp of the same day gives its time."""
    dateline, published = article.dateline, article.published
    if dateline and published and published.day == dateline.day and dateline.hour is None:
        return published.text
    if dateline and published and published.day != dateline.day:
        notes.append(f"date: dipakai tanggal kegiatan {dateline.text}, bukan waktu terbit {published.text}")
    found = dateline or published
    return found.text if found else ""


def _trim_place(text: str) -> str:
    return text.rstrip(".") if not text.endswith((" Jl.", " Kel.", " Kec.", " Kab.")) else text


def _first_unit(paragraphs: list[str], title: str, registry: Registry, level: str) -> str:
    known = _first_known([*paragraphs, title], registry.names(level))
    return known or _first_unknown(paragraphs, level)


def _first_known(texts: list[str], names: list[str]) -> str:
    """The registry name mentioned first (the longest one where several start at one place)."""
    keys = [(name, name.casefold()) for name in names]
    for text in texts:
        folded = text.casefold()
        hits = [(at, -len(key), name) for name, key in keys if (at := _find_word(folded, key)) >= 0]
        if hits:
            return min(hits)[2]
    return ""


def _find_word(text: str, word: str) -> int:
    """Where ``word`` first occurs in ``text`` as whole words, or -1.

    Plain ``str.find`` rather than a regex per name: a national registry has thousands of names.
    """
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return at
        at = text.find(word, at + 1)
    return -1


def _first_unknown(texts: list[str], level: str) -> str:
    """``Polsek X`` as written in the body: capitalised words up to the next unit word."""
    word = rf"{_NOT_UNIT_WORD}[A-Z][\w'’-]*"
    pattern = re.compile(rf"(?<!\w)(?P<kind>{_UNIT_WORD[level]})\s+(?P<name>{word}(?:\s+{word})*)")
    for text in texts:
        match = pattern.search(text)
        if match:
            return f"{match['kind']} {match['name']}"
    return ""


def _put(draft: Draft, key: str, value: str, what: str) -> None:
    if value:
        draft.fields[key] = value
    else:
        draft.leave_unfilled(key, what)


def _put_unit(draft: Draft, found: dict[str, str], registry: Registry) -> None:
    if not found:
        draft.leave_unfilled("polsek", "satuan, mis. Polsek Mayangan (dengan polres: Polres Probolinggo Kota)")
        return
    try:
        draft.fields.update(unit_fields(registry.resolve(found)))
    except UnitError as error:
        draft.fields.update({level: found[level] for level in reversed(LEVELS) if level in found})
        draft.notes.append(f"{error.field}: {error.message} — {error.hint}")


def _markdown(block: str) -> str:
    """A paragraph as Markdown: WhatsApp's *bold* made bold, HTML and headings kept as text."""
    text = _WHATSAPP_BOLD.sub(r"**\1**", block)
    text = _WHATSAPP_STRIKE.sub(r"\1", text)
    text = text.replace("<", "&lt;")
    return re.sub(r"^([#>])", r"\\\1", text, flags=re.MULTILINE)


def _join_broken(paragraphs: list[str]) -> list[str]:
    """Join a paragraph that a copy broke in two: no closing punctuation, next one lowercase."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and not joined[-1].endswith(_SENTENCE_END) and paragraph[:1].islower():
            joined[-1] += " " + paragraph
        else:
            joined.append(paragraph)
    return joined


def _hashtags(block: str) -> list[str]:
    return re.findall(r"#(\w+)", block)
