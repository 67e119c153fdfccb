"""Pasted text made plain: control characters out, lines cleaned, hard wraps joined."""

from __future__ import annotations

import re
import unicodedata

from .chrome import CREDIT_INTO_LEAD, ends_article, is_chrome, is_photo_credit, is_photographer_credit

_SPACES = {0xA0: " ", 0x202F: " ", 0x2007: " ", 0x3000: " ", 0x09: " "}
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SENTENCE_END = tuple(".!?:;\"”’)»")
_BULLET = re.compile(r"^[•●▪︎◦·]\s*")
PROSE_WORDS = 12
"""A line this long is the article's text, not a menu or a label."""
_CAPTION_LENGTH = 150
"""Characters a photo caption closed by its credit runs to at most."""
_CAPTION_BELOW_CREDIT = re.compile(r"[A-Z]{3,}: [A-Z][^.!?]{10,200}[.!?]")
"""A paper's photo caption, its first word in capitals and a colon, one sentence: ``MEMBAUR: Kapolda DIJ … malam.``"""
_LOOK_ALIKES = str.maketrans(
    "аеіјорсухѕԁһӏԛԝАВЕІЈКМНОРСТХЅ", "aeijopcyxsdhlqwABEIJKMHOPCTXS",
)
"""Cyrillic letters that look like Latin ones (``Mаnоkwаrі``, ``Pаtrоl``), as some sites write them to fool copying."""
_MIXED_WORD = re.compile(r"\w*[a-zA-Z]\w*[\u0400-\u04ff]\w*|\w*[\u0400-\u04ff]\w*[a-zA-Z]\w*")
"""A word with Latin and Cyrillic letters both: Latin text with look-alikes put in."""
_COMMENT_CLOSE_AFTER = re.compile(r"(?<=\S)\s+-->$")
"""The end of an HTML comment a site's template leaves after a line's text (``… Pencegahan Karhutla -->``): no part of
the line. Alone on its line it is chrome; an arrow inside a line (``Desa A --> Desa B``) stays."""
_PHOTO_CREDIT_AFTER = re.compile(r"(?<=\S)\s+--\s*[Ff]oto\s*:\s*[\w ./]{1,40}$")
"""A photo's credit after two hyphens closing a line (``Perayaan Natal, Polres Prabumulih Patroli ke Gereja --Foto:
Prabupos``): no part of the line, which is the photo's caption, here the headline again."""
_CREDIT_INTO_LEAD = re.compile(CREDIT_INTO_LEAD, re.I)
_WHATSAPP_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_WHATSAPP_STRIKE = re.compile(r"(?<![\w~])~(?=\S)([^~\n]+?)(?<=\S)~(?![\w~])")


def clean_text(text: str) -> str:
    """The text with Unix line ends, plain spaces, and no control or invisible characters.

    NUL and other control characters come along with text copied out of some apps; they
    would end up in the story file, where YAML and Markdown treat them differently.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_SPACES).translate(_INVISIBLE)
    text = _latin_look_alikes(text)
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")


def _latin_look_alikes(text: str) -> str:
    """The text with the Cyrillic look-alikes inside Latin words made Latin (``Mіnggu (24/8/2025)`` reads as
    ``Minggu``), and in a line with such mixed words the words of look-alikes alone too (``Bluе``'s neighbour
    ``ѕе``): a site writing Latin text in look-alikes, not Cyrillic text, which keeps its own letters."""
    lines = text.split("\n")
    for at, line in enumerate(lines):
        if _MIXED_WORD.search(line):
            lines[at] = re.sub(r"\w+", lambda word: _fold_if_latin(word.group()), line)
    return "\n".join(lines)


def _fold_if_latin(word: str) -> str:
    """A word as Latin when all its Cyrillic letters have Latin look-alikes; else as written."""
    folded = word.translate(_LOOK_ALIKES)
    return folded if not re.search(r"[\u0400-\u04ff]", folded) else word


def _title_cased(line: str) -> bool:
    """True for a headline's line in title case (``Polres Aceh Tengah Sikat Balap Liar Tengah Malam, Patroli Cipkon
    …``): most words capitalised, no prose however long."""
    words = [word for word in line.split() if word[:1].isalpha()]
    return sum(word[:1].isupper() for word in words) >= 0.8 * len(words)


_EMPTY_IMAGE_ROW = re.compile(r"!\[\]\(\)\s*\|")
"""An image without its address or text, the first cell of a table the paste opens with (``![]() |``)."""
_TABLE_CELL = re.compile(r"\|\s*(?P<cell>[^|]+?)\s*\|")


def _headline_cell(line: str) -> str:
    """The headline a page sets as the one cell of a table's row under an empty image, the paste's first text (``|
    Jaga Kondusivitas, Polres Kendal Perketat Pengawasan Malam Libur Panjang |``), without its closing full stop: five
    to twenty words, nearly all capitalised. A caption there is written as a sentence (``| Bhabinkamtibmas Nagari Kapa
    menyapa warga saat patroli dialogis di area pasar. |``) or labelled (``| Foto : Kapolsek …``) and stays a row, chrome."""
    cell = _TABLE_CELL.fullmatch(line)
    if cell is None or not 5 <= len(cell["cell"].split()) <= 20 or not _title_cased(cell["cell"]) \
            or re.match(r"(?i)foto\b", cell["cell"]):
        return line
    return cell["cell"].removesuffix(".") if not cell["cell"].endswith("..") else cell["cell"]


_SUBSCRIBE_CALL_GLUED = re.compile(r"(?i:thank you for reading this post, don['’]?t forget to subscribe!)\s*(?=\S)")
"""A WordPress plugin's call glued before the paragraph it stands above (``Thank you for reading this post, don't
forget to subscribe!Imbasnya, para pelaku …``): the call goes, the paragraph stays; alone on its line, the call is
chrome (``DROPPED_LINES``)."""
_READING_TIME_GLUED = re.compile(r"(?:[•·-]\s*)?\d+\s*(?i:min(?:ute)?s?\s+read)(?=[A-Z])")
"""A reading time in English glued before the line it stands above (``1 min readMALANG, TABLOIDJAWATIMUR. COM –``):
the time goes, the line stays; alone on its line, it is chrome (``DROPPED_LINES``)."""
_SENTENCE_OPENERS = (
    "Dalam", "Selain", "Sementara", "Menurut", "Kegiatan", "Pada", "Saat", "Adapun", "Usai", "Setelah", "Sebelumnya",
    "Kemudian", "Selanjutnya",
)
_TEASER_INSIDE = re.compile(
    r"(?<=[.!?”\"])\s+(?:\*\*)?Baca\s+[Jj]uga\s*:\s*(?:[A-Z0-9][\w'’.,-]*\s+){3,20}?"
    rf"(?=(?:{'|'.join(_SENTENCE_OPENERS)})\s+[a-z])"
)
"""Another story's headline glued inside a paragraph after ``Baca Juga:``, every word capitalised, up to the next
sentence's opening word (``… personil polres Lembata. Baca Juga: Di Lembata Pengemudi Angkutan Umum, Dapat Pelayanan
Kesehatan Gratis Dalam kesempatan ini …``); where the next sentence opens otherwise, the headline's end is unclear and
the paragraph is left whole."""


def content_lines(text: str) -> list[str]:
    """The lines of the article: spaces collapsed, chrome lines blank, nothing after the comments.

    A line that ends an article (``Tag Terpopuler``) above the first line of prose (a sentence,
    or a line of twelve words or more not in a headline's title case) is the page's menu, not the end: it is blanked
    like other chrome. A line of page furniture is no prose: a photo caption above the headline, dropped, leaves a
    comment widget's ``Komentar`` below the headline a menu.
    """
    lines: list[str] = []
    with_text: list[int] = []  # where the lines with text are: no walk back over blank ones
    prose = False
    menu = _menu_items(text.split("\n"))
    raw_previous = ""  # the last line with text, chrome or not: a photographer's credit tells of the caption below it
    lead_line = lead_site = ""  # the first line of prose and the site's address it opens with (``tribratanews.com -``)
    for number, raw in enumerate(text.split("\n")):
        line = _PHOTO_CREDIT_AFTER.sub("", _COMMENT_CLOSE_AFTER.sub("", _BULLET.sub("- ", " ".join(raw.split()))))
        line = line[credit.end():] if (credit := _CREDIT_INTO_LEAD.match(line)) else line
        line = _SUBSCRIBE_CALL_GLUED.sub("", _TEASER_INSIDE.sub(" ", line), count=1)
        line = line[glued.end():] if (glued := _READING_TIME_GLUED.match(line)) else line
        line = _headline_cell(line) if not with_text and _EMPTY_IMAGE_ROW.fullmatch(raw_previous) else line
        ends = ends_article(line)
        if ends and prose:
            break
        previous = lines[with_text[-1]] if with_text else ""
        if lead_site and _opens_with_site(line) == lead_site and _is_next_headline(previous) \
                and not _same_opening(line, lead_line):
            lines[with_text.pop()] = ""  # a listing page: the next story's headline, and its lead opening as the first
            break
        credited = bool(raw_previous) and is_photographer_credit(raw_previous)
        chrome = ends or is_chrome(line) or credited and bool(_CAPTION_BELOW_CREDIT.fullmatch(line)) \
            or not prose and number in menu or _caption_again(line, raw_previous, previous)
        was_prose = prose
        prose = prose or not chrome and (len(line.split()) >= PROSE_WORDS and not _title_cased(line)
                                         or line.endswith((".", "!", "?", "”", '"')))
        if prose and not was_prose:
            lead_site, lead_line = _opens_with_site(line), line
        raw_previous = line if line else raw_previous
        alt_text = len(previous) > 20 and line.startswith(previous)
        if alt_text and not chrome and previous in lines[-2:] and _cut_in_a_word(previous, line):
            lines[with_text.pop()] = ""  # a card's copy of the headline, cut inside a word, right above the headline
        elif chrome and previous in lines[-2:] and (alt_text or _is_caption(previous, line)):
            blanked = lines.index(previous, len(lines) - 2)
            lines[blanked] = ""  # a photo's alt text, or a caption above its credit
            del with_text[with_text.index(blanked, max(0, len(with_text) - 2))]
        lines.append("" if chrome or not any(ch.isalnum() for ch in line) else line)
        if lines[-1]:
            with_text.append(len(lines) - 1)
    return lines


def _caption_again(line: str, raw_previous: str, previous: str) -> bool:
    """True when ``line`` is the caption of the line of page furniture right above it shown again, without what made
    that one furniture (``… Kamis 21 Agustus 2025. Perbesar`` / ``… Kamis 21 Agustus 2025.``): the photo's caption
    twice."""
    return len(line) >= _CAPTION_AGAIN and raw_previous != previous and raw_previous.startswith(line) \
        and raw_previous != line


_CAPTION_AGAIN = 40
"""At least so many characters of a dropped line repeated below it make the repeat a caption too."""


def _opens_with_site(line: str) -> str:
    """The site's address a line opens with as its dateline, in lowercase (``tribratanewstuban.com –``), or ``""``."""
    opening = _OPENING_SITE.match(line)
    return opening["site"].casefold() if opening else ""


def _is_next_headline(line: str) -> bool:
    """True for a line standing as a headline: three to twenty-five words, no sentence's end. Above a lead opening
    with the site's address as the story's own lead does, it is the next story's on a listing page (``BIAR PANAS DAN
    HUJAN BUKAN HAMBATAN …`` / ``tribratanewstuban.com – Petugas …``), pasted below the story."""
    return 3 <= len(line.split()) <= 25 and not line.endswith((".", "!", "?", "”", '"', ",", ":"))


def _same_opening(line: str, lead: str) -> bool:
    """True when ``line`` opens with the words ``lead`` opens with after its dateline: the story's own lead shown again
    below its caption (``faktakalimantan.co.id – KUALA KURUN – Dalam mengantisipasi …``), not the next story's."""
    first, second = (" ".join(re.findall(r"[^\W\d_]+", text[_OPENING_SITE.match(text).end():])[:6]).casefold()
                     for text in (line, lead))
    return first == second


def _cut_in_a_word(cut: str, line: str) -> bool:
    """True when ``cut`` is ``line`` cut off inside a word (``… Melaksanakan Patroli Mal`` above ``… Melaksanakan
    Patroli Malam di Titik-titik Keramaian.``), not a headline the lead opens with again, nor one the dateline is glued
    to (``… Jelang Buka Puasa`` above ``… Jelang Buka PuasaTuban – Momen ngabuburit …``)."""
    return len(line) > len(cut) and cut[-1].isalnum() and line[len(cut)].islower()


_MENU_ITEM = re.compile(r"[•●▪︎◦·]\s*[^\W\d][^\d.,!?:;]{0,30}")
"""A site's menu entry as a bullet: a word or a few, no number, no sentence's sign (``• KODE ETIK JURNALISTIK``,
``• TNI/Polri``)."""
_MENU_RUN = 3


_HEADLINE_ITEM = re.compile(r"-\s+(?:\S+\s+){3,}\S*[^\s.!?]")
"""Another story's headline as a list's item: four words or more after a hyphen, no sentence's end (``- Pura-Pura
Titip Dagangan, Pria Ini Curi HP Pedagang Kue di Pasar Pringsewu``)."""


def _menu_items(raw_lines: list[str]) -> set[int]:
    """The lines of runs of at least :data:`_MENU_RUN` menu entries, or of other stories' headlines in title case as a
    list's items, one below the other: a site's menu or a ticker of headlines pasted as a list. Above the article's
    first prose line (:func:`content_lines`) they are furniture; a list inside the story keeps its items."""
    items = [bool(_MENU_ITEM.fullmatch(line := " ".join(raw.split()))) and len(line.split()) <= 4
             or bool(_HEADLINE_ITEM.fullmatch(line)) and _title_cased(line) for raw in raw_lines]
    found: set[int] = set()
    start = None
    for at, item in enumerate([*items, False]):
        if item and start is None:
            start = at
        elif not item and start is not None:
            if at - start >= _MENU_RUN:
                found.update(range(start, at))
            start = None
    return found


def _is_caption(line: str, credit: str) -> bool:
    """True for one short sentence right above a photo's credit alone on its line."""
    return is_photo_credit(credit) and len(line) <= _CAPTION_LENGTH and len(re.findall(r"[.!?](?:\s|$)", line)) == 1


def is_hard_wrapped(lines: list[str]) -> bool:
    """True for text broken inside sentences (blog text copied with its line breaks).

    A line without closing punctuation followed by one that starts in lowercase is a break
    inside a sentence; two of them tell that the breaks are the page's, not the writer's.
    """
    breaks = sum(
        1 for line, after in zip(lines, lines[1:])
        if line and after[:1].islower() and not line.endswith(_SENTENCE_END)
    )
    return breaks >= 2


def paragraphs(lines: list[str], wrapped: bool) -> list[str]:
    """Lines grouped into paragraphs.

    Wrapped text: a line continues the one before unless that one closes a sentence.
    Otherwise each line is a paragraph, and a line starting in lowercase or with a bracket
    after one without closing punctuation, or any line after a comma, is joined to it (a paragraph the copy
    broke in two: ``… Patroli Cahaya Biru`` / ``(Blue Light Patrol) di wilayah …``).
    """
    found: list[str] = []
    gap = False
    for line in lines:
        if not line:
            gap = True
            continue
        previous = found[-1] if found else ""
        if previous and not gap and previous.rpartition("\n")[2].startswith("- ") and line.startswith("- "):
            found[-1] += "\n" + line
        elif previous and _continues(previous, line, wrapped and not gap):
            found[-1] += ("" if line.startswith(",") else " ") + line
        elif previous and not gap and _DROP_CAP.fullmatch(previous) and line[:1].isupper() and len(line.split()) > 5:
            found[-1] += " " + line  # ``SITUASI`` / ``Kota Palembang pada Minggu malam …``: a drop cap's first word
        else:
            found.append(line)
        gap = False
    return found


_DROP_CAP = re.compile(r"[A-Z]{3,}")
"""A paragraph's first word in capitals alone on its line, the line below going on with the sentence."""


SITE_ADDRESS = r"[\w-]+\.(?i:co\.id|my\.id|com|id|net|org|info|news|club|online|site|co)\b"
"""A site's address as a page writes it: ``anekafakta.com``, ``SURYA.CO.ID``, ``Indometro.club``."""
_OPENING_SITE = re.compile(rf"(?P<site>{SITE_ADDRESS})\s*[-–—]")
"""A site's address opening a line as its dateline: ``tribratanewstuban.com –``."""
SITE_LEAD = re.compile(
    r"[\w-]+(?:\.[\w-]+)+\s*[-–—|]|[\w-]+(?:\.[\w-]+)+_\s"
    r"|[a-z][\w-]*(?:\.[\w-]+)+,\s*[A-Z][A-Z'’]+(?:\s+[A-Z][A-Z'’]+){0,3}\s*[-–—|]"
    r"|[a-z][\w-]*(?:\.[\w-]+)+,\s*[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){0,2},\s*"
    r"(?:Senin|Selasa|Rabu|Kamis|Jum\S*|Sabtu|Minggu)\s*\(\d{1,2}/\d{1,2}/\d{2,4}\)\s*[-–—|]"
)
"""A lead opening with the site's name in lowercase: ``ntt.tribratanews.com - Guna ...``, also closed by an
underscore: ``tribratanewsflorestimur.com_ Untuk ...``, or with the town in capitals after a comma:
``jogja.jpnn.com, GUNUNGKIDUL - Masyarakat ...``, or with the town and the day after commas:
``ntt.tribratanews.com, Kupang, Jumat (5/4/2024) - Dirpolairud ...``."""


MEDIUM_DATELINE = re.compile(
    r"[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2},\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*(?:--|[-–—])\s+(?=[^\s\d]*[a-z])"
)
"""A town in title case, a comma, the medium's name and a dash (also two hyphens), then the lead's first words
(``Semarang, CNN Indonesia -- Jajaran Polrestabes``: a lead hard-wrapped after its second word): no headline, unless the
words after the dash are a headline's (``article._is_label_before_headline``)."""


def _continues(previous: str, line: str, wrapped: bool) -> bool:
    """True when ``line`` goes on with the paragraph before: a wrapped line, one in lowercase or opening with a
    bracket, or any line after a comma (``… Pilkada Serentak 2024,`` / ``Polres Tulang Bawang menggelar …``: a
    sentence the page broke with blank lines) or after an opening bracket (``… pandemi corona (`` / ``Covid-19).``), or
    any line after a medium's dateline with the lead's first one or two
    words (:data:`MEDIUM_DATELINE`), or a line opening with a comma or with a word that goes on with a clause, which
    no sentence does (``KOTABARU`` / ``, kalimantanprime.com – Kapolsek …``: a dateline the page set over two lines)."""
    if _BRACKETS_CLOSING.search(previous) and line[:1].islower():
        return True  # ``… AKBP Erwin Ardiansyah, S.Ik, MH, kamis (11/4/2019)`` / ``memimpin Apel …``: a wrapped sentence
    if previous.endswith(_SENTENCE_END) or line.startswith("- ") or SITE_LEAD.match(line):
        return False
    if (dateline := MEDIUM_DATELINE.match(previous)) and "\n" not in previous and len(previous[dateline.end():].split()) < 3:
        return True  # ``Semarang, CNN Indonesia -- Jajaran Polrestabes`` / ``Semarang, Jawa Tengah, menggiatkan …``
    return wrapped or line[:1].islower() or line.startswith(("(", ",")) or previous.endswith((",", "(")) \
        or bool(_CLAUSE_GOES_ON.match(line))


_BRACKETS_CLOSING = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)$|\s\([A-Z][A-Za-z-]{1,9}\)$")
"""A date or a short form in brackets closing a line (``kamis (11/4/2019)``, ``Bahan Bakar Umum (SPBU)``): with a line
in lowercase after it, a sentence the page wrapped after the brackets, not one they close."""
_CLAUSE_GOES_ON = re.compile(r"(?:Berupa|Yakni|Yaitu)\b")
"""Words that go on with a clause and never open a sentence, capitalised where a page broke the line before them
(``… menggelar bakti sosial`` / ``Berupa pelayanan kesehatan gratis, …``)."""


def markdown(paragraph: str) -> str:
    """A paragraph as Markdown: WhatsApp's *bold* made bold, HTML and headings kept as text."""
    text = _WHATSAPP_BOLD.sub(r"**\1**", paragraph)
    text = _WHATSAPP_STRIKE.sub(r"\1", text)
    text = text.replace("<", "&lt;")
    return re.sub(r"^([#>])", r"\\\1", text, flags=re.MULTILINE)


def plain(text: str) -> str:
    """Text without WhatsApp markers and emoji, for a title."""
    text = unicodedata.normalize("NFC", re.sub(r"[*_~]", "", text))
    kept = "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Sk", "Cf", "Mn"))
    return " ".join(kept.split())
