"""A raw article read into its parts, and the story draft made from them."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from site_plugins.authoring.writer import LOCATION, Draft, unfilled, unit_fields
from site_plugins.content.registry import LEVELS, Registry, Unit, UnitError
from site_plugins.content.stories import is_unfilled

from .chrome import is_chrome
from .places import (
    LISTED, PROVINCE_ONLY, TOLD_LATER, Place, credit_line, credits_closing, dateline_place, end_credit, find_place,
    is_credit_alone, is_person, is_province, names_site, short_end_name, stamp_credits, where_someone_spoke,
    widest_places, writer,
)
from .text import (
    MEDIUM_DATELINE, PROSE_WORDS, SITE_ADDRESS, SITE_LEAD, clean_text, content_lines, is_hard_wrapped, markdown,
    paragraphs, plain,
)
from .units import (
    UnitGuess, agrees_with_unit, area_of, area_within, find_units, named_areas, namesakes, other_polda, other_polres,
    polres_written, respelt,
)
from .when import (
    DAYS, WEEKDAY_NAMED, Dateline, EventDate, find_event_date, names_a_day, other_incident, sentence_of_day, timestamp,
    writes_full_day,
)

_BYLINE = re.compile(
    r"(?P<name>[^\W\d_][\w .,'’-]{1,60}?(?:\s+/\s+[^\W\d_][\w .,'’-]{1,60}?)?)\s+[-–—|]\s+"
    r"(?P<site>[\w-]+(?:\.[\w-]+)+|[a-z]+[A-Z][A-Za-z]+)"
)
"""``Name – site.com``, or a site's desk written in camel case: ``Muhajir Arifin - detikJatim``; two names joined by a
slash, the writer's and the editor's: ``Muh Khodiq Duhri  /  Chelin Indra Sushmita  | SOLOPOS.com``."""
_CREDIT = re.compile(r"(?:penulis|oleh|by|reporter|pewarta|kontributor)\s*:?\s+(?P<name>[^\W\d_][\w .,'’-]{1,60})", re.I)
_REPORT_CREDIT = re.compile(
    r"laporan\s+(?:wartawan|reporter|kontributor)\s+"
    r"(?:[^,]{2,60},\s*|(?-i:Tribun)\s+(?-i:[A-Z][a-z]+)\s+(?!(?-i:Tengah|Barat|Timur|Utara|Selatan)\b))"
    r"(?P<name>(?-i:[A-Z][\w.'’-]*)(?: (?-i:[A-Z][\w.'’-]*)){0,3})",
    re.I,
)
"""A reporter's credit on a line of its own, the newsroom then the name after a comma (``Laporan Wartawan Tribun
Pontianak, Hendri Chornelius``), or a Tribun paper's one-word region then the name without one (``Laporan Reporter
Tribun Lampung Anung Bayuadi``; a second word of a compass point is the region's, ``Tribun Jawa Tengah``, and gives
no name): a byline, no headline."""
_BULLET_STAMP = re.compile(r"[^•·.!?]{2,60}[•·]\s*(?:[^\W\d_]+\s+){0,3}(?=\d{1,2}\s+[^\W\d_]+\s+\d{4}\b)")
"""A contributor's name and a desk before a bullet sign, then the stamp (``Kontributor Daerah • Seputar Sumbar 27
Januari 2020 JAM 06:17:57 WIB``), or a rubric before a middle dot (``Nasional · 6 Apr 2025 16:00 WIB ·``)."""
_WHATSAPP_PREFIX = re.compile(
    r"\[(?P<hour>\d{1,2})[.:](?P<minute>\d{2}), (?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}|\d{2})\] "
    r"(?P<name>[^:\n]{1,60}): ?"
)
"""What WhatsApp puts before each message copied together with others: ``[10.31, 22/10/2025] Name: ``."""
_HASHTAGS = re.compile(r"(?:#\w+[\s,]*)+")
_ROLE_ALONE = re.compile(r"(?:penulis|reporter|pewarta|wartawan|kontributor|editor|redaktur)", re.I)
_SITE_LABEL = re.compile(
    r"Tribratanews\s+Pol\w+\s+[^|]+?\s*\|\s*(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=[A-Z][a-z]|$)"
)
"""A site's label line before the lead, sometimes glued to it: ``Tribratanews Polres Probolinggo | LecesDalam``."""
_DATELINE_ALONE = re.compile(
    r"(?P<place>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3})"
    rf"\s*(?:[-–—](?:\s*[a-z]+(?:\s[a-z]+){{1,3}})?|\|\s*[A-Z][\w .]{{1,30}}|,\s*{SITE_ADDRESS}(?:\s*[-–—])?"
    rf"|\|{{1,2}}\s*(?:https?://)?(?:www\.)?{SITE_ADDRESS}/?|\s*\([A-Z][a-z]{{2,8}}\)\s*{SITE_ADDRESS})"
)
"""A dateline the page set on a line of its own above the lead: ``Kota Pasuruan -``, or with the
paper's name after a bar or a comma: ``Tanjungbalai | Jurnal Asia``, ``Tangerang,anekafakta.com``, or after a dash in
lower case, two to four words (``Tulang Bawang Barat – pro dan kontra``, the site prodankontra.com),
``Tebing Tinggi, Indometro.club –``, or with the site's address after one or two bars: ``Batu Bara ||
http://mediakomnaspkpai.com``, or after the province's short form in brackets: ``Tebing Tinggi(Sumut)Kompas86.ID``."""
_TOWN_AND_NEWSROOM = re.compile(
    r"(?P<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2})\s*\([A-Z][\w.]*(?: [A-Z][\w.]*){0,2}\)\s*[-–—]?"
)
"""A town in capitals and the newsroom's name in brackets alone on the line above the lead (``PASAMAN BARAT
(SumbarFokus)``): the dateline, no headline."""
_SITE_AND_PLACE = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,})? [–—] (?P<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2})")
"""A site's short name and the place in capitals, an en or em dash between, alone on a line above the lead:
``GEMAS – MUSI RAWAS``, a dateline, no headline (a headline in capitals is longer, or has words of two letters)."""
_DATE_FIELD = re.compile(r"date (?P<stamp>\d{4}-\d{2}-\d{2}) (?P<rest>.+)")
"""A page's date field that a copy put before the lead: ``date 2025-09-27 jpnn.com, JAKARTA - ...``."""
_BREADCRUMB = re.compile(r"(?:Beranda|Home|Homepage|Halaman Utama|Index|Indeks)\b\s*(?:[/»›>|]\s*)?", re.I)
"""A site's menu path a copy glued before the headline: ``Beranda Hukum Terjaring Razia, ...``."""
_MENU_SIGNS = re.compile(r"\s[/»›>]\s|^\S*[a-z][A-Z][a-z]|^[/»›>]")
"""What a menu path or a run of category labels glued before the headline has and a headline
has not: ``Home / POLRI``, ``NewsPeristiwaPolri``, ``AmbonkuHukum Kriminal`` (a word such as
``ProKes`` later in the headline is no label), a path's last sign left before it (``/Perkuat Alutsista …``)."""
_NAME_ALONE = re.compile(
    r"(?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]*\.?){0,2})(?:\s*\(\s*(?i:redaksi|reporter|penulis)\s*\))?"
)
"""A writer's name alone, also with the desk's role in brackets after it: ``Dimas ( Redaksi )``."""
_SITE_NAME = re.compile(rf"\b{SITE_ADDRESS}")
_TITLE_BAR = re.compile(rf"\s[-–—|]\s+[\w .-]*\b{SITE_ADDRESS}\W*$")
"""A page's title bar: the headline and the site's address after a dash (``… Intensifkan Patroli - Berita
Indokalbar.com -->``), no sentence of the lead: the headline may stand below it."""
_SITE_AFTER = re.compile(r"\s+[-–—|~]\s+[^\W\d][\w .-]{1,40}")
"""What a page's title bar puts after the headline: `` - Warta Global Jateng``, `` | Jurnal Asia``."""
_TAG_GLUED = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}")
"""A tag a copy glued to the headline's last word, its words capitalised: ``Polresta Banyuwangi``."""
_AREA_WORD = re.compile(r"^(?:Kota|Kabupaten|Kab\.)\s+", re.I)
_AREA_WORD_ALONE = re.compile(r"(?:Kota|Kabupaten|Kab\.?|Kecamatan|Kec\.?|Desa|Kelurahan|Distrik|Provinsi)", re.I)
"""An area's word with no name after it: no place."""
_SENTENCE_END = tuple(".!?;\"”’")
_HEADLINE_WORDS = (3, 25)
_LEADING_LINES = 10


@dataclass
class Article:
    """What a raw article says, before it is matched against the registry."""

    title: str
    paragraphs: list[str]
    author: str = ""
    published: Dateline | None = None
    event: EventDate = field(default_factory=lambda: EventDate(None))
    place: Place = field(default_factory=Place)
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    likely_author: str = ""
    title_doubt: str = ""
    """Why the line taken for a headline may not be one; the line is then only the suggestion."""

    @property
    def dateline(self) -> Dateline | None:
        return self.event.found

    @property
    def location(self) -> str:
        return self.place.text


_ADDRESS_ALONE = re.compile(
    r"(?:https?://)?(?:www\.)?(?![A-Z]{2,}[.-])[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org|co|info|news)/?"
)
"""A site's web address alone as the first paragraph (``www.tribratanewsrotendao.com``, ``InterMitraNews.com`` above
the lead): the page's masthead, not the lead; the place and the units are read from the paragraph after it. A place
in capitals glued before it is a dateline (``SAMPANG-gabungnyawartawanindonesia.co.id``)."""


def parse_article(text: str) -> Article:
    """Read headline, byline, timestamp, date, place, author and body out of a raw article."""
    text, sender, sent = _whatsapp_sender(clean_text(text))
    lines = _with_site_labels(_date_fields(_units_rejoined(content_lines(text))))
    tags = [tag for line in lines if _HASHTAGS.fullmatch(line) for tag in re.findall(r"#(\w+)", line)]
    credits: dict[str, str] = {}
    lines = [_take_credit(line, credits) for line in _labels_joined(lines) if not _HASHTAGS.fullmatch(line)]
    lines = _roles_below_names(lines, credits)
    lines = ["" if is_province(line) else line for line in lines]  # a province's label above the lead
    title, author, published, dropped = _head(lines, _slugs(text))
    lines, closing_title, closing_stamp = _headline_below(lines)
    if not (title or closing_title):
        lines, closing_title = _head_pasted_after_story(lines)
    if not (title or closing_title):
        lines, closing_title = _lead_repeated_at_end(lines)
    lines, footer_title, footer_writer = _republished_footer(lines)
    if title and not author:
        lines, author, published = _byline_below_standfirst(lines, title, published)
    title, published = title or closing_title or footer_title, published or closing_stamp
    credited = writer(credits) or author
    body = [line for at, line in enumerate(lines) if at not in dropped and not _copies_title(plain(line), title)
            and not _credits_reporter_again(line, credited)]
    found = paragraphs(body, is_hard_wrapped(body))
    found = found[1:] if len(found) > 1 and _ADDRESS_ALONE.fullmatch(found[0].strip()) else found
    found = _without_caption_above_dateline(found) if title else found
    found, boxed = _author_box(found)
    sure, likely = (boxed, "") if boxed else end_credit(found[-1]) if found else ("", "")
    if likely and not _names_someone(likely):
        likely = ""  # ``(Selesai)``, ``(Humas)``: no one's name to offer
    if not sure and likely and _written_once(likely, found):
        sure, likely = likely, ""
        if re.fullmatch(rf"\(\s*{re.escape(sure)}\s*\)\W*", found[-1].strip()):
            found = found[:-1]  # ``(Umar)`` on its own line: read, and no story text
    if sure and found and is_credit_alone(found[-1]):
        found = found[:-1]  # ``(Red/Yuni S)`` on its own line: read, and no story text
    if not sure and not likely and found and _names_someone(short := short_end_name(found[-1])):
        if _LOWER_NAME.fullmatch(short) and _written_once(short, found):
            sure = short  # ``(irgun)``: a name too long for a desk's code or initials, written nowhere else
        else:
            likely = short  # ``(Zul)``: offered to the writer, never taken
    article = Article(title, [markdown(paragraph) for paragraph in found], tags=tags, likely_author=likely)
    article.published = published or sent
    article.author = writer(credits) or author or sure or footer_writer or sender
    if _credit_is_domain(article.author, text):
        article.author = ""  # ``Kabartujuhsatu`` above the stamp of ``kabartujuhsatu.news``: the site's name
    skipped = other_incident(found)
    dropped = [line for line in text.split("\n") if is_chrome(" ".join(line.split()))]
    captions = _captions_dated_apart(found) if title else 0
    article.event = find_event_date(
        found[captions:], article.published, max(0, skipped - captions), dropped + found[:captions],
    )
    article.place = find_place(found, skipped)
    title = _without_medium_after_bar(_unframed(_DANGLING_BAR.sub("", title)), text)
    title = _headline_after_menu(title, text)
    article.title = title
    article.title_doubt = _menu_in_title(title) or _caption_as_title(title) or _untold_title(title, found)
    if title.isupper():
        article.title = title_case(title, acronyms(article.paragraphs))
        article.notes.append("title: judul ditulis dengan huruf kapital semua; periksa penulisannya")
    return article


def _credits_reporter_again(line: str, writer_name: str) -> bool:
    """True for the reporter's credit on its own line naming the writer the page credits already, also where it
    stands below a standfirst (``Penulis: Rifani Halim | Editor: Rahimin`` … ``Laporan wartawan Tribun Jambi, Rifani
    Halim``): a byline again, no story text."""
    credit = _REPORT_CREDIT.fullmatch(line.strip())
    return bool(writer_name and credit and credit["name"] == writer_name)


_FRAMED = re.compile(r"//\s*(?P<headline>[^/]+?)\s*//")
"""A headline a Blogger theme sets between double slashes (``// Anggota Polsek Keb Lama Kawal Logistik Pemilu 2019 …
//``): the slashes frame it, they are no menu's."""


def _unframed(title: str) -> str:
    framed = _FRAMED.fullmatch(title)
    return framed["headline"] if framed else title


_MEDIUM_AFTER_BAR = re.compile(r"\s+\|\s+(?P<medium>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$")
_DANGLING_BAR = re.compile(r"\s+[-–—|]$")
"""A title bar's separator left closing the headline when the site's name after it was not copied (``Demo Mahasiswa di
DPR, 1.145 Personel Gabungan Dikerahkan -``): not the headline's."""


def _without_medium_after_bar(title: str, text: str) -> str:
    """The headline without the medium's name a page's title bar puts after a bar (``… Temui Para Tokoh Adat | Bali
    Tribune``) when the text names that medium again on another line (``Bali Tribune, Jumat 04 Desember 2020``); words
    after a bar the text does not repeat are the headline's own (``Sambang Warga | Imbauan Waspada …``)."""
    after = _MEDIUM_AFTER_BAR.search(title)
    if not after or len(title[:after.start()].split()) < _HEADLINE_WORDS[0]:
        return title
    medium = re.compile(rf"(?<!\w){re.escape(after['medium'])}(?!\w)")
    if any(medium.search(line) and title not in line for line in text.split("\n")):
        return title[:after.start()]
    return title


def _credit_is_domain(name: str, text: str) -> bool:
    """True when a credited name is the site's: its words written together are a domain's name in the text
    (``Kabartujuhsatu`` on a page of ``kabartujuhsatu.news``); a writer's name is no domain."""
    joined = "".join(name.split())
    return len(joined) >= 4 and bool(re.search(rf"(?<![\w.@]){re.escape(joined)}\.[a-z]{{2,}}\b", text, re.I))


_CLOSING_WORDS = re.compile(r"(?i:selesai|bersambung|tamat|advertorial|iklan|berita|info|rilis|update)")
"""Words a page closes its text with in brackets that name no one: ``(Selesai)``, ``(Bersambung)``."""


def _names_someone(name: str) -> bool:
    """True for a single word in brackets closing the text that may be a person's name: not a closing word
    (``(Selesai)``) nor a desk's (``(Humas)``, ``(Redaksi)``)."""
    return is_person(name) and not _CLOSING_WORDS.fullmatch(name)


def _written_once(name: str, paragraphs: list[str]) -> bool:
    """True when a single name in brackets closing the text (``(Umar)``, ``(Rusliady)``) is written nowhere else
    in it: it signs the text (a place, a unit or a speaker named in brackets at the end is written in the text
    too). On the real articles every such name was the writer's; initials (``(Adb)``, ``(Her)``) never come
    here: as often no writer's as a writer's."""
    text = "\n".join(paragraphs)
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I)) == 1


_LOWER_NAME = re.compile(r"[a-z]{5,}")
"""One word of five letters or more in lower case in brackets closing the text (``(irgun)``, ``(defrizal)``): a
writer's name as the page's desk writes it. Desks' codes and initials are shorter (``(awd)``, ``(fyan)``); a desk's,
a source's or a closing word is no name (:func:`_names_someone`, ``places._END_SHORT_NAME``)."""


_FUNCTION_WORDS = frozenset({
    "dan", "atau", "serta", "di", "ke", "dari", "yang", "untuk", "bagi", "pada", "dalam", "dengan", "oleh",
    "kepada", "terhadap", "tentang", "melalui",
})
"""Conjunctions and prepositions a title leaves in lowercase inside it (EYD): ``… Himbauan Kamtibmas dan
Solidaritas Masyarakat``."""


ALWAYS_IN_CAPITALS = frozenset({
    "TNI", "NKRI", "KPU", "DPRD", "BPBD", "BNN", "SAR", "HUT", "SD", "SMP", "SMA", "SMK", "RT", "RW", "TPS", "UMKM",
    "ASN", "PLN", "BPJS", "KTP", "STNK",
})
"""Short forms written in capitals in every text, which a headline in capitals keeps even where its text does not
write them (``TNI POLRI BERSAMA MANGGALA AGNI …`` gives ``TNI Polri Bersama Manggala Agni …``); ``Polri`` is a word."""


def title_case(headline: str, kept: frozenset[str] = frozenset()) -> str:
    """A headline written in capitals, in a title's case: each word capitalised but the function words
    inside it (``KEGIATAN SAMBANG …: MENINGKATKAN … DAN SOLIDARITAS`` gives ``Kegiatan Sambang …:
    Meningkatkan … dan Solidaritas``), a comma glued to the next word given its space. A word of ``kept``
    (the article's own acronyms, :func:`acronyms`) keeps its capitals: ``PENGAMANAN ATM`` gives
    ``Pengamanan ATM``."""
    written = re.sub(r",(?=\w)", ", ", headline).split()  # ``NELAYAN,PATROLI``: a comma's space
    kept = (kept | ALWAYS_IN_CAPITALS) - {"POLRI"}
    words = [_cased(word, kept) for word in written]
    return " ".join(
        word.casefold() if at and word.casefold() in _FUNCTION_WORDS and not words[at - 1].endswith(":") else word
        for at, word in enumerate(words)
    )


_PUNCTUATION = string.punctuation + "“”‘’"


def _cased(word: str, kept: frozenset[str]) -> str:
    """One word of a headline in capitals in a title's case: a word of ``kept`` as written, else capitalised; a word
    joined by a hyphen to one of ``kept`` cased part by part (``TNI-POLRI`` gives ``TNI-Polri``)."""
    if word.strip(_PUNCTUATION) in kept:
        return word
    parts = word.split("-")
    if len(parts) > 1 and any(part.strip(_PUNCTUATION) in kept for part in parts):
        return "-".join(_cased(part, kept) for part in parts)
    return _first_letter_up(word)


def _first_letter_up(word: str) -> str:
    """``word`` capitalised from its first letter: an opening quote before it (``“KAPOLRES``) gives ``“Kapolres``."""
    opening = len(word) - len(word.lstrip(_PUNCTUATION))
    return word[:opening] + word[opening:].capitalize()


_DATELINE_IN_CAPITALS = re.compile(r"^[^a-z]*?\s[–—-]\s")
"""A paragraph's opening with no lowercase letter up to a dash: a dateline (``BUKITTINGGI, KLIKPOSITIF –``)."""
_ACRONYM = re.compile(r"(?<![\w.])[A-Z]{2,}(?![\w.])")


def acronyms(paragraphs: list[str]) -> frozenset[str]:
    """The words the article writes in capitals inside its sentences (``ATM``, ``TNI``, ``KRYD``): not in a
    paragraph all in capitals, nor in a dateline before its dash, where every word is in capitals."""
    return frozenset(
        word for paragraph in paragraphs if not paragraph.isupper()
        for word in _ACRONYM.findall(_DATELINE_IN_CAPITALS.sub("", paragraph))
    )


def draft_story(article: Article, registry: Registry) -> Draft:
    """The story's fields: what the text says, or the marker with the reason and a suggestion."""
    draft = Draft({}, "\n\n".join(article.paragraphs) or unfilled("tulis isi berita di sini"))
    draft.notes = list(article.notes)
    if article.title_doubt:
        suggestion = _PHOTO_CREDIT_CLOSING.sub("", _BREADCRUMB.sub("", article.title, count=1)).strip()
        _flag(draft, "title", "judul", article.title_doubt, suggestion)
    elif article.title:
        draft.fields["title"] = article.title
    else:
        _flag(draft, "title", "judul", "teks tidak punya judul" if article.paragraphs else "", _title_idea(article))
    event = article.event
    if event.found:
        draft.fields["date"] = event.found.text
    else:
        _flag(draft, "date", "tanggal kegiatan, mis. 2026-01-29 12:00", event.doubt, event.suggestion)
    _put_unit(draft, find_units(article.paragraphs, article.title, registry), registry, article.paragraphs, article.title)
    _put_place(draft, article, registry)
    if article.author:
        draft.fields["author"] = article.author
    else:
        likely = article.likely_author
        why = "" if not likely else "hanya nama dalam kurung di akhir teks" if len(likely) > 3 and likely[0].isupper() \
            else "hanya kata pendek dalam kurung di akhir teks, nama atau singkatan"  # ``(Zul)``, ``(irgun)``
        _flag(draft, "author", "nama penulis", why, likely)
    if article.tags:
        draft.fields["tags"] = article.tags
    return draft


def _put_place(draft: Draft, article: Article, registry: Registry) -> None:
    """The event's place: the place the text names or the dateline, when the text confirms it;
    else the marker with the reason and a suggestion."""
    place = article.place
    polsek = draft.fields.get("polsek")
    if place.dateline and _AREA_WORD_ALONE.fullmatch(place.text):
        # ``KOTA BIMA.OBORBIMA.ID –``: the site's address cut the city's name off its area word
        _flag(draft, "location", LOCATION, f"dateline '{place.text}' hanya kata wilayah tanpa nama")
    elif place.polres_dateline and polsek and not is_unfilled(polsek) and not any(
        unit.level == "polsek" and unit.name == polsek for unit in named_areas(place.text, registry)
    ):  # ``MARATUA, POLRESBERAU.COM –`` under Polsek Maratua: the dateline is the Polsek's own district
        doubt = f"dateline hanya menyebut kota Polres, kegiatannya di wilayah {polsek}"
        _flag(draft, "location", LOCATION, doubt, place.text)
    elif place.dateline and is_province(place.text):
        _flag(draft, "location", LOCATION, "dateline hanya menyebut provinsi", place.text)
    elif place.dateline and other_polda(place.text, _unit_names(draft), registry)[0] and (
        own := _own_area_in_wilayah(draft, article.paragraphs, registry)
        or _own_area_written(draft, "\n".join(article.paragraphs), registry, "polsek")
    ):  # ``Jakarta -`` over ``di wilayah Jepara``, or over Polsek Bengkong's story naming ``Kecamatan Bengkong``
        draft.fields["location"] = own  # the newsroom's town; the event's area
    elif place.dateline and (elsewhere := other_polda(place.text, _unit_names(draft), registry))[0]:
        doubt = f"dateline '{place.text}' berada di wilayah {elsewhere[0]}, bukan wilayah satuan berita ini"
        _flag(draft, "location", LOCATION, doubt, elsewhere[1])
    elif place.dateline and (district := _polsek_district_told(draft, article.paragraphs, registry, place.text)):
        draft.fields["location"] = district
    elif place.dateline and (district := _polsek_area_under_dateline(draft, article.paragraphs, registry, place.text)):
        draft.fields["location"] = district
    elif place.dateline and (told := _place_told_with_the_day(article, draft, registry)):
        draft.fields["location"] = told
    elif place.dateline and place.doubt == PROVINCE_ONLY and set(_unit_names(draft)) == {"polda"}:
        doubt = f"{PROVINCE_ONLY}; dateline '{place.text}' hanya tempat berita Polda ditulis"
        _flag(draft, "location", LOCATION, doubt, place.suggestion)  # ``MATARAM –`` over ``wilayah Provinsi NTB``
    elif place.dateline and (town := _town_in_brackets(place.text, article.paragraphs, registry)):
        _put_dateline(draft, town, article.paragraphs, registry)  # ``OTENTIK (BANDAR LAMPUNG) –``: the site, the town
    elif place.dateline:
        known = area_of(place.text, _unit_names(draft), registry, "\n".join(article.paragraphs))
        written = place.text if known else _spelled_out(place.text, article.paragraphs)  # ``PPU``: the registry's
        _put_dateline(draft, written, article.paragraphs, registry, place.bare)
    elif place.region.isupper() and agrees_with_unit(place.region, _unit_names(draft), registry, whole=True):
        _put_dateline(draft, string.capwords(place.region), article.paragraphs, registry)  # ``INFOKU, BLORA –``: site, area
    elif place.region and named_areas(place.region, registry) and _site_before_area(place, article, draft, registry):
        _put_dateline(draft, place.region, article.paragraphs, registry)  # ``Kata Banua, Barito Kuala –``: site, area
    elif place.region and named_areas(place.region, registry):  # ``Singaraja, Buleleng –``
        _put_dateline(draft, f"{place.suggestion}, {place.region}", article.paragraphs, registry)
    elif place.region and agrees_with_unit(place.suggestion, _unit_names(draft), registry):  # ``Tabanan, IDN Times -``
        _put_dateline(draft, place.suggestion, article.paragraphs, registry)
    elif place.text and place.told_later and not agrees_with_unit(place.text, _unit_names(draft), registry) \
            and not _in_dateline(place.text, article.paragraphs) \
            and not _narrows_lead_town(place.text, article.paragraphs):
        _flag(draft, "location", LOCATION, TOLD_LATER, place.text)
    elif place.text and _is_other_city(place.text, draft, registry) \
            and (own := _own_area_written(draft, "\n".join(article.paragraphs), registry)):
        draft.fields["location"] = own  # ``di Kota Tidore Kepulauan`` hosts; Polres Ternate guards ``Kota Ternate``
    elif place.text and _is_other_city(place.text, draft, registry) \
            and (other := other_polres(place.text, _unit_names(draft), registry)) \
            and re.search(rf"\bperbatasan\b[^.,;]{{0,40}}{re.escape(place.text)}", "\n".join(article.paragraphs)):
        # ``di kawasan perbatasan Bayang-Alahan Panjang Kabupaten Solok``: the border with a neighbour's regency
        doubt = f"'{place.text}' di perbatasan, wilayah {other}, bukan wilayah satuan berita ini"
        _flag(draft, "location", LOCATION, doubt, place.text)
    elif place.text and (district := _district_ending_in_area_word(place.text, article.paragraphs, registry)):
        doubt = f"'{place.text.split()[0]}' di sini bagian dari nama Kecamatan {district}, bukan nama desa"
        _flag(draft, "location", LOCATION, doubt, f"Kecamatan {district}")
    elif place.text:
        place_text = _own_district_run_on(place.text, draft, "\n".join(article.paragraphs), registry)
        draft.fields["location"] = _without_own_area(place_text, draft, registry)
    elif (not (place.doubt or place.suggestion) or place.doubt == PROVINCE_ONLY) \
            and (area := _unit_area_told(draft, article.paragraphs, registry)):  # a province holds every unit's area
        draft.fields["location"] = area
    elif not (place.doubt or place.suggestion) and (area := _own_area_in_lead(draft, article.paragraphs, registry, article.title)):
        draft.fields["location"] = area
    elif not (place.doubt or place.suggestion) and (district := _district_in_wilayah(article.paragraphs)):
        draft.fields["location"] = district
    elif not (place.doubt or place.suggestion) and (told := _place_told_with_the_day_alone(article, draft, registry)):
        draft.fields["location"] = told
    elif not (place.doubt or place.suggestion) and (area := _unit_area_named(draft, registry)):
        _flag(draft, "location", LOCATION, f"tempat kegiatan tidak ditemukan di teks; wilayah {area[0]}", area[1])
    else:
        _flag(draft, "location", LOCATION, place.doubt, place.suggestion)
    if place.listed and is_unfilled(draft.fields.get("location", "")):  # the dateline not filled: the districts' list
        draft.notes[:] = [note for note in draft.notes if not note.startswith("location: ")]
        _flag(draft, "location", LOCATION, LISTED, place.listed)


def _district_ending_in_area_word(place: str, paragraphs: list[str], registry: Registry) -> str:
    """The district whose name ends in the area word (``Desa``, ``Kota``) a place opens with, as the text writes them
    together: ``Keban 1 Sanga Desa Muba`` holds Kecamatan ``Sanga Desa``, not a village ``Desa Muba``; "" otherwise."""
    word = place.split()[0]
    if word.casefold() not in ("desa", "kota"):
        return ""
    before = re.compile(rf"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+{re.escape(place)}")
    for found in before.finditer("\n".join(paragraphs)):
        words = found[1].split()
        for size in range(len(words), 0, -1):
            candidate = " ".join([*words[-size:], word])
            if district := next((unit.area for unit in named_areas(candidate, registry) if unit.level == "polsek"), ""):
                return district
    return ""


def _site_before_area(place: Place, article: Article, draft: Draft, registry: Registry) -> bool:
    """True when a dateline's first part is the site's name before the story's own area (``Kata Banua, Barito Kuala
    –``, the site katabanua.com): the registry knows no area of that name, the text never writes it again (but in a
    photo's credit between slashes, ``… berlangsung/Tintanesia/Fau``), and the region after the comma is the area
    of the story's unit. A town the text names again (``Singaraja, Buleleng –`` over ``di Singaraja``) or one the
    registry knows stays the place."""
    town = place.suggestion
    text = "\n".join(article.paragraphs)
    named = re.findall(rf"(?<![\w/]){re.escape(town)}(?![\w/])", text, re.I)
    return bool(town) and len(named) < 2 and not named_areas(town, registry) \
        and not area_of(town, _unit_names(draft), registry, text) \
        and agrees_with_unit(place.region, _unit_names(draft), registry, whole=True)


_NAME_BEFORE_BRACKET = r"((?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+)\s*\(\s*{short}\s*\)"


def _spelled_out(place: str, paragraphs: list[str]) -> str:
    """The name a dateline's short form stands for, where the text writes the short form in brackets after it and
    the short form joins the start of each of its words (``PASBAR –`` over ``Polres Pasaman Barat (Pasbar)``:
    ``Pasaman Barat``); ``place`` itself otherwise, also for a short form in brackets after words it does not
    shorten (``Polres Pasaman Barat (PB)``). A short form the registry reads (``PPU``) is left to it."""
    if " " in place:
        return place
    for found in re.finditer(_NAME_BEFORE_BRACKET.format(short=re.escape(place)), "\n".join(paragraphs), re.I):
        words = found[1].split()
        for count in range(1, len(words) + 1):
            if count > 1 and _shortens_words(place.casefold(), [word.casefold() for word in words[-count:]]):
                return " ".join(words[-count:])
    return place


def _shortens_words(short: str, words: list[str]) -> bool:
    """True when ``short`` is a non-empty start of each of ``words`` in turn: ``pasbar`` of ``pasaman barat``."""
    if not words:
        return not short
    return any(_shortens_words(short[size:], words[1:])
               for size in range(1, min(len(short), len(words[0])) + 1) if short[:size] == words[0][:size])


_BRACKETED_TOWN = re.compile(r"[A-Z][A-Z'’.]+(?:\s+[A-Z][A-Z'’.]+){0,3}\s*\((?P<town>[A-Z][A-Z'’]+(?:\s+[A-Z][A-Z'’]+){0,3})\)\s*[-–—]")


def _town_in_brackets(place: str, paragraphs: list[str], registry: Registry) -> str:
    """The town a dateline in capitals writes in brackets after a name no unit's area holds (``OTENTIK (BANDAR
    LAMPUNG) –``: the site's name, then the town), where the registry knows the town; "" otherwise (``JAKARTA
    (ANTARA) –``: the town first, the agency in brackets)."""
    lead = next((paragraph for paragraph in paragraphs[:4] if dateline_place(paragraph) == place), "")
    bracketed = _BRACKETED_TOWN.match(lead)
    if not bracketed or named_areas(place, registry) or not named_areas(bracketed["town"], registry):
        return ""
    return string.capwords(bracketed["town"])


_POLDA_HEADQUARTERS = re.compile(
    r"\bdi\s+(?:[\w-]+\s+){0,3}?(?:mapolda|mako\s+polda|markas\s+(?:komando\s+)?polda)\b"
    r"(?P<town>(?:\s+(?-i:[A-Z])[\w-]*){0,3}\s+di\s+(?-i:[A-Z]))?",
    re.I,
)


def _at_polda_headquarters(units: dict[str, str], lead: list[str]) -> bool:
    """True when a Polda's own story places its event at the Polda's headquarters in its opening paragraphs (``di
    Lapangan Presisi Mapolda Sultra``, ``di halaman mapolda setempat``, ``di Mako Polda Sulteng``) without naming
    their town: the dateline's town (``KENDARI –``, ``PALU –``) is where they stand, the event's place, though the text
    never names it again. Headquarters placed in a town (``di halaman Mapolda Kalimantan Utara di Tanjung Selor``
    under ``TARAKAN –``) say nothing of the dateline."""
    found = (match for paragraph in lead for match in _POLDA_HEADQUARTERS.finditer(paragraph))
    return set(units) == {"polda"} and any(not match["town"] for match in found)


def _put_dateline(draft: Draft, place: str, paragraphs: list[str], registry: Registry, bare: bool = False) -> None:
    """The lead's dateline as the place, written as the registry writes a short form (``area_of``: a name a city's
    and a regency's Polres share is written as the text writes it, or as the story's own Polres's area when the text
    writes that in full); only the suggestion of a flagged place when a dateline standing alone (``SAIBETIK —``: it may
    be the site's name) names nothing the registry knows and the text does not name it again (``Jakarta Timur`` does
    not name ``Jakarta``); where the text writes the story's Polres's area in full (``KABAR SLEMAN –`` over ``di
    Kabupaten Temanggung``), that area is filled. A wider city than the unit's area (``Jakarta –`` over a Polres Metro
    Jakarta Utara story) is the newsroom's: flagged, with the unit's area as suggestion."""
    text = "\n".join(paragraphs)
    written = area_of(place, _unit_names(draft), registry, text)
    doubt = ""
    # a dateline's one word in lower case in the text is another word (``DICUKUR –``, a photo's caption word, and
    # ``langsung dicukur``); a town of two words is the town however written (``palangka raya`` among the tags)
    named = [found for found in re.finditer(rf"(?<!\w){re.escape(place)}(?!\w)(?!\s+(?-i:[A-Z]))", text, re.IGNORECASE)
             if (found.group()[0].isupper() or " " in place)
             and not where_someone_spoke(text, found.start(), found.end())]
    if wider := area_within(place, _unit_names(draft), registry):
        doubt, written = f"dateline '{place}' lebih luas dari wilayah satuan berita ini", wider
    elif not written and bare and (len(named) < 2 or names_site(place)):  # ``RINGTIMES BALI –``, also in a credit
        if own := _own_area_written(draft, text, registry):
            draft.fields["location"] = own  # ``KABAR SLEMAN –``, a site's name; ``di Kabupaten Temanggung`` in the text
            return
        doubt = f"'{place}' pada dateline tidak dikenal sebagai daerah di daftar satuan; mungkin nama situs"
    elif not doubt and len(named) < 2 and not agrees_with_unit(place, _unit_names(draft), registry) \
            and not _at_polda_headquarters(_unit_names(draft), paragraphs[:3]):
        if own := _own_area_written(draft, text, registry):
            draft.fields["location"] = own  # the newsroom's town; the story's Polres's area, written in full
            return
        doubt = f"dateline '{place}' tidak disebut lagi di teks dan bukan wilayah satuan berita ini"
    elif not doubt and (other := other_polres(place, _unit_names(draft), registry)) \
            and not agrees_with_unit(place, _unit_names(draft), registry):
        own = registry.resolve(_unit_names(draft)).ancestor("polres")
        doubt, written = f"dateline '{place}' adalah wilayah {other}, bukan wilayah satuan berita ini", own.area
    if doubt:
        _flag(draft, "location", LOCATION, doubt, written or place)
    else:
        draft.fields["location"] = written or place


def _is_other_city(place: str, draft: Draft, registry: Registry) -> bool:
    """True when the place is a city or regency alone (``Kota Tidore Kepulauan``) that is not the area of the story's
    Polres nor of a unit above or below it: an event elsewhere the text tells of (a national day the Polres's
    guests travel to), not where the Polres acted."""
    names = _unit_names(draft)
    return bool(names) and bool(re.fullmatch(r"(?:Kota|Kabupaten)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}", place)) \
        and not agrees_with_unit(place, names, registry)


def _own_area(draft: Draft, level: str, registry: Registry) -> str:
    """The area the registry gives the story's unit at ``level`` (a Polsek's district, a Polres's city or
    regency) when the draft names it and the registry holds exactly one such unit; else ""."""
    name = draft.fields.get(level)
    units = registry.find(level, name) if name and not is_unfilled(name) else []
    return units[0].area if len(units) == 1 else ""


def _unit_area_named(draft: Draft, registry: Registry) -> tuple[str, str] | None:
    """The story's Polsek or, without one, its Polres, with the area the registry gives it, written as a place
    (``Polsek Tambora``, ``Kecamatan Tambora``; ``Polres Tabanan``, ``Kabupaten Tabanan``): a suggestion for a
    story whose text names no place, where the unit most likely acted. A Polda's province is too wide to suggest."""
    for level in ("polsek", "polres"):
        area = _own_area(draft, level, registry)
        if area:
            written = area if level == "polres" or _AREA_WORD.match(area) else f"Kecamatan {area}"
            return draft.fields[level], written
    return None


def _first_told(paragraphs: list[str]) -> str:
    """The first paragraphs, where the event is told, without the words in quotes."""
    return "\n".join(_QUOTED.sub(" ", paragraph) for paragraph in paragraphs[:_FIRST_PARAGRAPHS])


def _spaced_freely(name: str) -> str:
    """A pattern for ``name`` with or without spaces inside: ``Batu Bara`` and ``Batubara``."""
    return r"\s*".join(re.escape(char) for char in name.replace(" ", ""))


def _polres_area_name(draft: Draft, registry: Registry) -> str:
    """The story's Polres's city or regency without its area word (``Jepara`` of ``Kabupaten Jepara``), or ""."""
    area = _own_area(draft, "polres", registry)
    return _AREA_WORD.sub("", area) if _AREA_WORD.match(area) else ""


def _unit_area_told(draft: Draft, paragraphs: list[str], registry: Registry) -> str:
    """The story's Polsek's district or Polres's city or regency, as the registry holds it, when the first paragraphs
    write the event in the unit's legal area (``di Wilayah hukumnya Polsek Madapangga``, ``di wilayah Hukum
    Polresta Palu``, also without the unit's word: ``di wilayah hukum Jrengik``, with or without spaces inside the
    name: ``Polres Batu Bara`` for the registry's ``Polres Batubara``), and every place the text names
    lies in that area (``Kecamatan Palu Barat, Kota Palu``; ``kota Labuan Bajo`` in a Polres Manggarai Barat
    story may be where it was), with no spot told (``bertempat di Dermaga Feri Dobo``): the text and the
    registry agree; else ""."""
    told = _first_told(paragraphs)
    widest = {_AREA_NAME.sub("", place).casefold() for place in widest_places(paragraphs)
              if not is_province(re.sub(r"^Provinsi\s+", "", place))}
    for level in ("polsek", "polres"):
        area = _own_area(draft, level, registry)
        area = "" if _PORT_AREA.match(area) else area
        word, _, own = draft.fields[level].partition(" ") if area else ("", "", "")
        own = _spaced_freely(own)  # ``Batu Bara`` is ``Batubara``
        written = rf"(?:{re.escape(word)}\s+)?{own}"  # ``di wilayah hukum Jrengik``: without the unit's word
        if area and widest <= {_AREA_NAME.sub("", area).casefold()} and not _SPOT_TOLD.search(told) \
                and (re.search(rf"\bwilayah\s+hukum(?:nya)?\s+{written}(?!\w)", told, re.I)
                     or re.search(_ITS_OWN_AREA.format(unit=rf"(?:ka)?{re.escape(word)}\s+{own}"), told, re.I)):
            return area
    return ""


_ITS_OWN_AREA = r"\b{unit}(?!\w)(?:(?!\b(?:ka)?pol(?:da|res|sek)\w*\b)[^.!?\n])*?\bwilayah\s+hukumnya\b"
"""The unit or its chief, then in the same sentence and with no other unit between, ``wilayah hukumnya`` (``Polsek
Nyalindung melaksanakan Patroli Biru di sekitar wilayah hukumnya``, ``Kapolsek Bungus Teluk Kabung … mengatakan,
personel akan ditempatkan di lokasi wisata pantai yang berada di wilayah hukumnya``): the unit's own legal area, as
``wilayah hukum Polsek Nyalindung`` writes it."""
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_PORT_AREA = re.compile(r"Pelabuhan\s")
"""A port's Polres's area as the registry holds it (``Pelabuhan Belawan``): the legal area reaches past the port
into the town, so the port is no place of the event."""
_SPOT_TOLD = re.compile(r"\b(?:bertempat|berlokasi)\s+di\b", re.I)
"""Words that name the event's spot, which may have no place word (``bertempat di Dermaga Feri Dobo``)."""
_AREA_NAME = re.compile(r"^(?:Kota|Kabupaten|Kab\.|Kecamatan|Kec\.)\s+", re.I)
_FIRST_PARAGRAPHS = 4
"""How far the unit's legal area is looked for: the lead may stand below a stamp's line and a quote."""


def _own_area_in_lead(draft: Draft, paragraphs: list[str], registry: Registry, title: str = "") -> str:
    """The story's Polres's city or regency written without its area word after ``di`` in the lead (``sekelompok
    polisi di Luwu Timur memilih berjaga`` on a Polres Luwu Timur story) or in the headline (``Semua ATM di
    Tulungagung dijaga polisi`` on a Polres Tulungagung story), as the text writes it, when no place was found: the
    text and the registry agree on where the unit acted; else ""."""
    name = _polres_area_name(draft, registry) if paragraphs else ""
    told = re.search(rf"\bdi\s+(?P<area>{re.escape(name)})(?![\w-]|\s+[A-Z])", _QUOTED.sub(" ", f"{paragraphs[0]}\n{title}")) \
        if name else None  # ``di Bima Kota``: a longer name than the area's
    return told["area"] if told else ""


def _own_area_in_wilayah(draft: Draft, paragraphs: list[str], registry: Registry) -> str:
    """The story's Polres's city or regency written without its area word after ``di wilayah`` (or ``di wilayah
    hukum``) in the first paragraphs, outside quotes (``patroli … di wilayah Jepara digelar mulai Sabtu malam`` on a
    Polres Jepara story), as the text writes it: where the unit acted, the text and the registry agreeing; else ""
    (a longer name, ``di wilayah Jepara Utara``, is not the area)."""
    name = _polres_area_name(draft, registry) if paragraphs else ""
    told = _first_told(paragraphs)
    found = re.search(rf"\b(?i:di\s+)(?P<area>(?i:wilayah\s+(?:hukum\s+)?){re.escape(name)})(?![\w-]|\s+[A-Z])", told) \
        if name else None
    return found["area"] if found else ""


_WILAYAH_NAME = re.compile(
    r"\b(?i:di\s+wilayah)\s+(?!(?i:hukum|kota|kabupaten|kab\.|kecamatan|kec\.|desa|kelurahan|provinsi|distrik)\b)"
    r"(?!Pol)(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?=\s*[,.;]|\s+[a-z])"
)
"""A bare name after ``di wilayah``, ended by a lowercase word or a stop (``di wilayah Lubuk Basung dan sejumlah
titik``); not the unit's own jurisdiction (``wilayah hukum``, ``wilayah Polres``) nor a name with its area word."""


def _district_in_wilayah(paragraphs: list[str]) -> str:
    """A bare name after ``di wilayah`` in the first paragraphs that the text writes elsewhere with a district's or
    village's word (``di wilayah Lubuk Basung`` and ``dari luar Kecamatan Lubuk Basung``), with that word: the text
    itself tells what the name is; else "" (``di wilayah Skouw`` with no area word anywhere stays unread)."""
    found = _WILAYAH_NAME.search(_first_told(paragraphs))
    if not found:
        return ""
    named = re.search(rf"\b(?i:Kecamatan|Distrik|Kelurahan|Desa)\s+{re.escape(found['name'])}\b(?!\s+[A-Z])",
                      "\n".join(paragraphs))
    return named.group() if named else ""


def _without_own_area(place: str, draft: Draft, registry: Registry) -> str:
    """A place without the story's Polres's area written after it with no area word and no comma
    (``Kecamatan Pecangaan Jepara`` on a Polres Jepara story is ``Kecamatan Pecangaan``), as a province
    written so leaves it; a name of the area's own (``Kecamatan Jepara``, ``Kecamatan Kota Jepara``) stays. The area
    itself with a province's one word run on (``Kabupaten Simeulue Aceh`` on a Polres Simeulue story) is the area: the
    word is no part of the regency's name (a name ending in a province's word, ``Kabupaten Muaro Jambi``, is the
    area whole and stays); so is the area written with its word and a town's name run on (``Berita Kabupaten
    Kepulauan Tanimbar Larat,`` as dateline), unless the two name another unit's area or the word is a direction."""
    area = _own_area(draft, "polres", registry)
    run_on = re.fullmatch(rf"(?P<place>{re.escape(area)})\s+(?P<province>[A-Z][\w-]*)", place, re.I) if area else None
    if run_on and (is_province(run_on["province"]) or _AREA_WORD.match(area)
                   and not re.match(_DIRECTION, run_on["province"]) and not named_areas(place, registry)):
        return run_on["place"]
    name = _AREA_WORD.sub("", area)
    cut = re.fullmatch(rf"(?P<place>.*\S)(?<!,)\s+{re.escape(name)}", place, re.I) if name else None
    if cut and _NAMED_AREA.search(cut["place"]) and not _AREA_LAST.search(cut["place"]) \
            and not _TOPONYM_HEAD_LAST.search(cut["place"]):
        return cut["place"]
    return place


def _own_district_run_on(place: str, draft: Draft, text: str, registry: Registry) -> str:
    """A place cut where the rest of the story's Polsek's district is written in lowercase (``Desa sekura Kec. Teluk
    keramat`` on a Polsek Teluk Keramat story, read as far as ``Kec. Teluk``): with the rest, as the text writes it."""
    words = _own_area(draft, "polsek", registry).split()
    for count in range(1, len(words)):
        head, rest = " ".join(words[:count]), " ".join(words[count:])
        if re.search(rf"(?<!\w){re.escape(head)}$", place, re.I):
            written = re.search(rf"{re.escape(place)}(?P<rest>\s+(?i:{re.escape(rest)}))(?!\w)", text)
            if written:
                return place + written["rest"]
    return place


_TOPONYM_HEAD_LAST = re.compile(
    r"\s(?:Simpang|Sungai|Sei|Tanjung|Muara|Kuala|Pulau|Teluk|Lubuk|Rantau|Ujung|Talang|Bukit|Rawa|Danau|Labuhan|Way)$"
)
"""A word that heads a place's name, last before the Polres's area: the area's name is the rest of the place's own
(``Desa Simpang Mesuji`` on a Polres Mesuji story is the village of Simpang Mesuji, not ``Desa Simpang`` in Mesuji)."""
_NAMED_AREA = re.compile(r"\b(?:Dusun|Desa|Kelurahan|Kecamatan|Kec\.)\s+\w", re.I)
_AREA_LAST = re.compile(r"\b(?:Dusun|Desa|Kelurahan|Kecamatan|Kec\.|Kota|Kabupaten|Kab\.)$", re.I)


def _own_area_written(draft: Draft, text: str, registry: Registry, level: str = "polres") -> str:
    """The story's Polres's city or regency when the text writes it in full (``Kabupaten Kotawaringin Timur`` on
    a Polres Kotawaringin Timur story), or with ``level`` ``polsek`` its Polsek's district written with its area
    word (``Kecamatan Bengkong`` on a Polsek Bengkong story): where the unit acted, two sources agreeing; else "" (a
    port's Polres covers no town: ``Pelabuhan Tanjung Priok``)."""
    area = _own_area(draft, level, registry)
    if level == "polsek":
        area = f"Kecamatan {area}" if area else ""
    elif not _AREA_WORD.match(area):
        return ""
    return area if area and re.search(rf"(?<!\w){re.escape(area)}(?!\w)", text, re.I) else ""


_DIRECTION = r"(?:Barat|Timur|Utara|Selatan|Tengah|Daya|Laut|Tenggara)\b"
"""A direction after a district's or a regency's name makes a longer name: ``Pasaman Barat`` is a regency, not the
district Pasaman; ``Kabupaten Aceh Barat Daya`` another regency than Aceh Barat."""


_ARMY_UNIT = r"(?<!\d/)(?<!Koramil )(?<!Danramil )"
"""Before a district's name, the army's district post it names: its number and a slash (``Babinsa 1016-02/Bukit
Batu``), or its word (``Koramil Bukit Batu``, ``Danramil Bukit Batu``)."""


def _polsek_district_told(draft: Draft, paragraphs: list[str], registry: Registry, dateline: str = "") -> str:
    """The story's Polsek's district when the lead, or the first paragraph writing a day, writes it as a place, not as a
    unit's name (``Mimika- … personel Polsek Kuala Kencana … didaerah perumahan Kuala Kencana``; ``Di Blahbatuh, Kamis
    (12/5), …`` below a general lead): narrower than a dateline, and the registry and the text agree; else "". The name
    inside another unit's (``Polres Pasaman Barat`` over Polsek Pasaman), inside the Polsek's own with ``Metro``
    (``Polsek Metro Penjaringan``), or a longer area's name (``Pasaman Barat |``) is not the district, nor the Polsek's
    own name written in full (``Kepolisian Sektor (Polsek) Pangenan``) under a dateline naming the story's Polres's area
    (``Cirebon –``); under a dateline of another town (``Maninjau, KABA12.com —`` over ``kepolisian sektor (Polsek)
    Tanjung Raya``) it still is. Nor is the army's post that shares the district's name (``Babinsa 1016-02/Bukit Batu``,
    ``Koramil Bukit Batu``): a unit's, no place."""
    district = _own_area(draft, "polsek", registry)
    if not paragraphs or not district:
        return ""
    told_day = "" if names_a_day(paragraphs[0]) else next((text for text in paragraphs[1:3] if names_a_day(text)), "")
    own_name = r"(?<!\(Polsek\) )(?<!Sektor )" if agrees_with_unit(dateline, _unit_names(draft), registry) else ""
    place = (rf"(?<![\w-])(?<!Pol(?:sek|res) )(?<!Kapol(?:sek|res) )(?<!Polresta )(?<!Pol(?:sek|res) Metro )"
             rf"(?<!Kapol(?:sek|res) Metro ){_ARMY_UNIT}{own_name}{re.escape(district)}(?!\w)(?!\s+{_DIRECTION})")
    told = district and any(re.search(place, paragraph, re.I) for paragraph in (paragraphs[0], told_day))
    return district if told else ""


_NARROWER_THAN_DISTRICT = re.compile(r"^(?:Jalan|Jl\.?|Jln\.?|Gang|Gg\.|Dusun|Dsn\.|Desa|Ds\.|Kelurahan|Kel\.|Kampung)\s", re.I)


def _polsek_area_under_dateline(draft: Draft, paragraphs: list[str], registry: Registry, dateline: str) -> str:
    """The story's Polsek's district, as the registry holds it, when the dateline names the story's Polres's own area
    (``WAJO | DETIKREPORTASE.COM –`` on a Polsek Gilireng story) and the first paragraphs write the event in the
    Polsek's legal area (``di beberapa titik wilayah hukum Polsek Gilireng``), every other place the text names being
    a street or a village (``Kelurahan Gilireng, Desa Abbatireng``): narrower than the dateline, and the text and the
    registry agree; else "". A Polsek named otherwise than its district (``Polsek Perdagangan`` over Bandar, ``Polsek
    Kawasan Pelabuhan Padangbai`` over Manggis) does not name the place by its unit. A town or district the text names
    besides (another Polsek's, another regency) leaves the dateline to the rules after."""
    district = _own_area(draft, "polsek", registry)
    name = draft.fields["polsek"].partition(" ")[2] if district else ""
    if not paragraphs or not district or not agrees_with_unit(dateline, _unit_names(draft), registry, whole=True) \
            or name.replace(" ", "").casefold() != _AREA_NAME.sub("", district).replace(" ", "").casefold():
        return ""  # ``Polsek Perdagangan`` over the district Bandar: the legal area is no district's name
    if re.search(rf"(?<!\w){re.escape(name)}\s+\w", dateline, re.I):
        return ""  # ``Pasaman Barat |`` over Polsek Pasaman: a longer area's name, the regency's
    own = _spaced_freely(name)
    told = _first_told(paragraphs)
    if not re.search(rf"\bwilayah\s+hukum(?:nya)?\s+(?:Polsek|Polisi\s+Sektor|Kepolisian\s+Sektor)\s+{own}(?!\w)", told, re.I):
        return ""
    others = [place for place in widest_places(paragraphs)
              if not _NARROWER_THAN_DISTRICT.match(place)
              and _AREA_NAME.sub("", place).casefold() != _AREA_NAME.sub("", district).casefold()]
    return "" if others else district


def _place_told_with_the_day(article: Article, draft: Draft, registry: Registry) -> str:
    """A district or village written in the sentence that gives the event's day, below the first paragraphs where
    places are read (``sudah mulai dilaksanakan sejak tanggal 9 Januari 2026 lalu di Kawasan Pendidikan Kecamatan
    Jatinangor``), under a dateline naming the story's Polres's own area: narrower, and told with the event; else ""."""
    day = article.event.found.day if article.event.found else None
    at, sentence = sentence_of_day(article.paragraphs, day) if day else (-1, "")
    if at < _FIRST_PARAGRAPHS - 1 or not agrees_with_unit(article.place.text, _unit_names(draft), registry, whole=True):
        return ""
    told = find_place([sentence])
    return told.text if not told.doubt and _NAMED_AREA.search(told.text) else ""


def _place_told_with_the_day_alone(article: Article, draft: Draft, registry: Registry) -> str:
    """With no dateline and no place in the first paragraphs, a village or district written in the sentence that gives
    the event's day below them (``digelar di Gedung Olahraga (GOR) Desa Katonsari, Kecamatan Demak, Jumat (12/9/2025)``),
    when it lies in the story's unit's area (``Kecamatan Demak`` on a Polres Demak story); else ""."""
    day = article.event.found.day if article.event.found else None
    at, sentence = sentence_of_day(article.paragraphs, day) if day else (-1, "")
    if at < _FIRST_PARAGRAPHS - 1:
        return ""
    paragraph = article.paragraphs[at]
    end = paragraph.find(sentence) + len(sentence)
    starts = [0] + [match.end() for match in re.finditer(r"(?<=[.!?])\s", paragraph[:end - len(sentence)])]
    told = find_place([paragraph[starts[-1]:end]])  # the whole sentence: the place stands before the day
    if told.doubt or not _NAMED_AREA.search(told.text) or not agrees_with_unit(told.text, _unit_names(draft), registry):
        return ""
    return told.text


def _in_dateline(place: str, paragraphs: list[str]) -> bool:
    """True when the lead's dateline names the place a later paragraph gives (``KOTA MANNA,
    Bengkulu Ekspress –`` and ``di wilayah Kota Manna``): two sources agree."""
    named = dateline_place(paragraphs[0]).casefold() if paragraphs else ""
    return bool(named) and named in {place.casefold(), _AREA_WORD.sub("", place).casefold()}


def _narrows_lead_town(place: str, paragraphs: list[str]) -> bool:
    """True when a later paragraph's place closes with the dateline's town and the lead places the event in that town
    (``Surabaya - … bertemu Polisi RW … di Surabaya, Kamis (27/7/2023).`` and ``di Kelurahan Tambak Segaran, Kecamatan
    Simokerto, Kota Surabaya``): the later paragraph tells where in the lead's town, not another place."""
    lead = next((paragraph for paragraph in paragraphs[:4] if dateline_place(paragraph)), "")
    town = dateline_place(lead)
    widest = _AREA_WORD.sub("", place.split(",")[-1].strip())
    return bool(town) and "," in place and widest.casefold() == town.casefold() \
        and re.search(rf"\bdi\s+{re.escape(town)}\b(?!\s+[A-Z])", lead) is not None


def _flag(draft: Draft, key: str, what: str, doubt: str, suggestion: str = "") -> None:
    """The marker for ``key``: ``ISI: what — why; usul: suggestion`` (just ``ISI: what`` when absent)."""
    if doubt:
        draft.notes.append(f"{key}: {doubt}")
        what = f"{what} — {doubt}" + (f"; usul: {suggestion}" if suggestion else "")
    draft.leave_unfilled(key, what)


def _headline_after_menu(title: str, text: str) -> str:
    """The headline alone where a page glued its menu path to it and printed it again below on its own line
    (``BerandaDaerahJaga Situasi Kamtibmas, …`` over ``Jaga Situasi Kamtibmas, …``): the line below, which ends the
    glued one, or whose start the glued one ends in, cut short (:func:`_cut_short_of`); else ``title`` as it is."""
    if not _menu_in_title(title):
        return title
    lines = (" ".join(line.split()) for line in text.split("\n")[:_HEADLINE_AGAIN_WITHIN])
    return next((line for line in lines if len(line.split()) >= 3 and (
        len(line) < len(title) and title.endswith(line) or line != title and _cut_short_of(title, line))), title)


def _cut_short_of(glued: str, line: str) -> bool:
    """True when ``glued`` ends in the start of ``line`` and dots (``BerandaNewsKapolsek Widodaren : … Kelancaran Dan
    Keamanan...`` over ``Kapolsek Widodaren : … Kelancaran Dan Keamanan Pertandingan``): the menu path glued to the
    headline, which the page then printed whole. At least three of its words, and most of it, must be there."""
    cut = glued.rstrip(".… ")
    if cut == glued.rstrip():
        return False
    for start in range(len(cut)):
        tail = cut[start:]
        if len(tail) < len(line) * 0.6:
            return False
        if line.startswith(tail) and len(tail.split()) >= 3:
            return True
    return False


_HEADLINE_AGAIN_WITHIN = 12
"""How many lines from the top a headline printed again below the menu path may stand."""


def _caption_as_title(title: str) -> str:
    """Why a headline looks like a photo's caption, or "": it closes with the photo's credit in brackets (``Polsek
    Gunung Meriah Gencar Laksanakan Patroli jelang Pilpres dan Pileg. ( Foto dok. Ramli Manik )``), which no
    headline carries; the page's own headline was not pasted. So does a photographer's code in lower case in
    brackets (``Petugas melakukan pemeriksaan identitas pengunjung di salah satu THM di Karimun (kmg)``)."""
    closing = _PHOTO_CREDIT_CLOSING.search(title) or _PHOTOGRAPHERS_CODE_CLOSING.search(title)
    return "judul tampak keterangan foto (ditutup kredit foto)" if closing else ""


_PHOTOGRAPHERS_CODE_CLOSING = re.compile(r"\s\(\s*[a-z]{2,4}\s*\)\W*$")


_UNTOLD_TITLE_WORDS = 3


def _untold_title(title: str, paragraphs: list[str]) -> str:
    """Why a headline looks like another story's, or "": of its words longer than three letters, three or more, the
    text uses none (``Kominfo Makassar Tingkatkan Kapasitas OPD Lewat Bimtek Arsitektur SPBE`` from a portal's ticker
    above a Polres's guard of an election warehouse). A story's own headline shares its unit, its place or its
    subject with the text."""
    words = set(_long_words(title))
    text = " ".join(paragraphs).casefold()
    if len(words) < _UNTOLD_TITLE_WORDS or any(word in text for word in words):
        return ""
    return "tidak satu kata judul pun muncul di isi teks; mungkin judul berita lain"


_PHOTO_CREDIT_CLOSING = re.compile(
    r"\(\s*(?:foto\s*(?::|dok\b|oleh\b)|dok(?:umen(?:tasi)?)?\b)[^()]*\)\W*$"
    r"|\s\|\s*(?:antara|foto|dok)\b\s*[/:.]?[^|]*$",
    re.I,
)
"""A photo's credit in brackets closing a line: ``( Foto dok. Ramli Manik )``, ``(Foto: Humas)``, ``(Dok. Polsek)``,
``(dokumen Polsek Kaliwungu)``; or after a bar: ``… Sabtu (24/6/2023). | Antara/Bayu Pratama S``."""


def _menu_in_title(title: str) -> str:
    """Why a headline looks like it carries the site's menu path or category labels, or ""."""
    if _BREADCRUMB.match(title) or _MENU_SIGNS.search(title):
        return "judul tampak memuat menu atau kategori situs"
    return ""


def _title_idea(article: Article) -> str:
    """The lead's first words, as a start for a headline the writer still has to write."""
    if not article.paragraphs:
        return ""
    lead = re.split(r"\s?[–—]\s|\s[|-]\s(?:-+\s)*", article.paragraphs[0], maxsplit=1)[-1]  # "site.id– Lead"
    words = re.split(r"[,.]", plain(lead))[0].split()
    return " ".join(words[:12])


def _unit_names(draft: Draft) -> dict[str, str]:
    """The units the draft names, level -> name, without the flagged ones."""
    return {level: draft.fields[level] for level in LEVELS if draft.fields.get(level) and not is_unfilled(draft.fields[level])}


def _put_unit(draft: Draft, guess: UnitGuess, registry: Registry, paragraphs: list[str], title: str = "") -> None:
    if guess.doubt:
        for known, name in guess.names.items():
            if known != guess.level:
                draft.fields[known] = name
        if guess.level == "polsek" and "polres" not in draft.fields and (polres := _common_polres(guess, registry)):
            draft.fields["polres"] = polres  # two Polsek of one Polres patrolling together: the Polres is sure
        _flag(draft, guess.level, "satuan", guess.doubt, " atau ".join(guess.candidates))
        return
    if not guess.names:
        if polres := _polres_of_bare_officer(paragraphs, registry):
            draft.fields.update(unit_fields(polres, registry))
            return
        draft.leave_unfilled("polsek", "satuan, mis. Polsek Mayangan (dengan polres: Polres Probolinggo Kota)")
        return
    try:
        unit = registry.resolve(guess.names)
    except UnitError as error:  # a name the registry lacks, or units it does not nest: flagged
        if written := polres_written(guess.names, [title, *paragraphs], registry):  # the headline's area too
            # a Polsek's name several Polres hold, or a Polres's two Polda hold, one's area in the text
            draft.fields.update(unit_fields(written, registry))
            return
        unit = _respelt_unit(guess.names, error, paragraphs, registry)
        if unit is None:
            draft.fields.update({level: name for level, name in guess.names.items() if level != error.field})
            _flag(draft, error.field, "satuan", error.message, error.hint or guess.names.get(error.field, ""))
            return
        draft.notes.append(f"{error.field}: '{guess.names[error.field]}' dibaca sebagai '{unit.ancestor(error.field).name}'")
    else:
        written, same = namesakes(guess.names, paragraphs, registry)
        if same and written is None:
            doubt = f"'{guess.names['polsek']}' bisa {_listed_units(same)}; teks tidak menyebut wilayah polresnya"
            _flag(draft, "polsek", "satuan", doubt, " atau ".join(unit.name for unit in same))
            return
        unit = written or unit  # ``Kapolsek Kota Baru`` in ``Kecamatan Kota Baru, Kota Jambi``: Polresta Jambi's
    draft.fields.update(unit_fields(unit, registry))


def _listed_units(units: list[Unit]) -> str:
    """``Polsek Kotabaru (Polres Karawang) atau Polsek Kota Baru (Polresta Jambi)``."""
    return " atau ".join(f"{unit.name} ({unit.parent.name})" if unit.parent else unit.name for unit in units)


_BARE_OFFICER = re.compile(
    r"\bKapolres(?:ta)?\s+(?=(?:AKBP|Kombes|Kompol|AKP)\b)|\bBha?binkamtibmas\s+(?=[Dd]esa\b|[Kk]elurahan\b)"
    r"|\bBha?binkamtibmas\s+(?=(?:Aiptu|Aipda|Bripka|Brigadir|Briptu|Bripda)\s+[A-Z])"
)
"""A Kapolres named by his rank alone (``dipimpin Kapolres AKBP Wahyu S. Bintoro``) and a Bhabinkamtibmas named by his
village alone (``Bhabinkamtibmas Desa Mekarjaya, Kecamatan Kabandungan, Kabupaten Sukabumi``) or by his rank and name
(``PALOPO — Lurah Salubattang … bersama Bhabinkamtibmas Bripka Hasbul``): police of the area's Polres, the unit
unnamed."""
_AREA_IN_FULL = re.compile(r"\b(?:Kabupaten|Kota)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
_VILLAGE_OFFICER = re.compile(r"\bBha?binkamtibmas\s+(?=[Dd]esa\b|[Kk]elurahan\b)")
_DISTRICT_IN_FULL = re.compile(r"\b[Kk]ecamatan\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


_VILLAGE_OF_OFFICER = re.compile(
    r"\bBha?binkamtibmas\s+(?:[Dd]esa|[Kk]elurahan)\s+(?P<village>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)


def _officers_village_district(lead: str, paragraphs: list[str]) -> str:
    """The district the lead writes in full right after the village whose Bhabinkamtibmas acts further down (the lead's
    ``Desa Bagik Polak Barat, Kecamatan Labuapi``, then ``Bhabinkamtibmas Desa Bagik Polak Barat``), or "" where the
    officers' villages are several or the lead writes none of them with its district."""
    villages = {match["village"] for paragraph in paragraphs for match in _VILLAGE_OF_OFFICER.finditer(paragraph)}
    districts = {
        match["name"] for village in villages
        for match in re.finditer(rf"\b(?:[Dd]esa|[Kk]elurahan)\s+{re.escape(village)},\s*{_DISTRICT_IN_FULL.pattern}", lead)
    }
    return districts.pop() if len(villages) == 1 and len(districts) == 1 else ""


def _polres_of_bare_officer(paragraphs: list[str], registry: Registry) -> Unit | None:
    """The one Polres whose area the lead writes (its dateline, or a regency or city in full) where no unit is named
    but a Kapolres by his rank or a Bhabinkamtibmas by his village acts; None where the lead's areas are two Polres's
    or none's, or no such officer acts. A Bhabinkamtibmas by his village in a lead writing a district in full gives the
    one Polsek the registry has over that district (a Bhabinkamtibmas is a Polsek's officer); two such Polsek, or
    none, leave the Polres's rule to decide."""
    if not any(_BARE_OFFICER.search(paragraph) for paragraph in paragraphs):
        return None
    lead = next((paragraph for paragraph in paragraphs[:4] if dateline_place(paragraph)), paragraphs[0] if paragraphs else "")
    if _VILLAGE_OFFICER.search(lead):
        # ``Bhabinkamtibmas Desa Tanjakan, Kecamatan Rajeg``: the village's officer serves the one Polsek of its district
        districts = {unit for match in _DISTRICT_IN_FULL.finditer(lead) for unit in named_areas(match["name"], registry)
                     if unit.level == "polsek" and unit.area.casefold() == match["name"].casefold()}
        if len(districts) == 1:
            return districts.pop()
    elif (district := _officers_village_district(lead, paragraphs)) and len(
        polsek := [unit for unit in named_areas(district, registry)
                   if unit.level == "polsek" and unit.area.casefold() == district.casefold()]
    ) == 1:
        return polsek[0]  # ``Bhabinkamtibmas Desa Bagik Polak Barat`` below a lead writing ``Desa Bagik Polak Barat, Kecamatan Labuapi``
    written = [match.group() for match in _AREA_IN_FULL.finditer(lead)]
    areas = {unit for name in written for unit in named_areas(name, registry)
             if unit.level == "polres" and unit.area.casefold() == name.casefold()}
    if not written and (place := dateline_place(lead)):
        areas = {unit for unit in named_areas(place, registry) if unit.level == "polres"}
    return next(iter(areas)) if len(areas) == 1 else None


def _respelt_unit(names: dict[str, str], error: UnitError, paragraphs: list[str], registry: Registry) -> Unit | None:
    """The unit of a misspelt name the text confirms (see ``respelt``), or None."""
    respelling = respelt(names, error.field, paragraphs, registry)
    try:
        return registry.resolve(respelling) if respelling else None
    except UnitError:
        return None


def _common_polres(guess: UnitGuess, registry: Registry) -> str:
    """The one Polres above every Polsek a doubtful guess names (``Polsek Ngawen`` and ``Polsek
    Japah``, both Polres Blora's), or ""."""
    try:
        parents = {registry.resolve({"polsek": name}).parent for name in guess.candidates}
    except UnitError:
        return ""
    parent = parents.pop() if len(parents) == 1 else None
    return parent.name if parent else ""


def _whatsapp_sender(text: str) -> tuple[str, str, Dateline | None]:
    """The text without WhatsApp's message prefixes, and the first message's sender and time."""
    first = _WHATSAPP_PREFIX.search(text)
    if first is None:
        return text, "", None
    found = timestamp(f"{first['day']}/{first['month']}/{first['year']} {first['hour']}:{first['minute']}")
    return _WHATSAPP_PREFIX.sub("", text), " ".join(first["name"].split()), found


def _units_rejoined(lines: list[str]) -> list[str]:
    """A unit's word alone on a line joined to the name the next line goes on with: ``Polres`` over
    ``Sanggau – Polsek Batang Tarang`` is the label ``Polres Sanggau – …``, no dateline ``Sanggau``."""
    result: list[str] = []
    for line in lines:
        if result and _UNIT_WORD_ALONE.fullmatch(result[-1]) and re.match(r"[A-Z]", line):
            line = f"{result.pop()} {line}"
        result.append(line)
    return result


_UNIT_WORD = r"Pol(?:res(?:ta(?:bes)?)?|sek|da)"
"""A unit's word: ``Polres``, ``Polresta``, ``Polrestabes``, ``Polsek``, ``Polda``."""
_UNIT_WORD_ALONE = re.compile(_UNIT_WORD)


def _with_site_labels(lines: list[str]) -> list[str]:
    """A site label, or a dateline alone on its line, before the lead turned into the lead's
    dateline: ``Leces – Dalam rangka ...``, ``Kota Pasuruan – Polres Pasuruan Kota ...``; a credit line is none."""
    result: list[str] = []
    pending = ""
    for line in lines:
        label = _SITE_LABEL.match(line) or _DATELINE_ALONE.fullmatch(line) or _SITE_AND_PLACE.fullmatch(line) \
            or _TOWN_AND_NEWSROOM.fullmatch(line)
        if label and not credit_line(line):  # ``Laporan Jafaruddin | Aceh Utara``: a reporter's credit, no label
            rest = line[label.end():].strip()
            line, pending = (f"{label['place']} – {rest}", "") if rest else ("", f"{label['place']} – ")
        elif line and pending:
            line, pending = pending + line, ""
        result.append(line)
    return result


_LABEL_ALONE = re.compile(r"(?:Sumber|Foto|Penulis|Reporter|Editor)\s*:", re.I)


_COLON_AND_NAME = re.compile(r":\s*(?P<name>\S[^:]{0,60})")
_EDITOR_ALONE = re.compile(r"(?:editor|redaktur)", re.I)


def _labels_joined(lines: list[str]) -> list[str]:
    """A credit's label alone on its line joined to the name on the next line with text, a list's item of up
    to four words (``Sumber :`` / ``• Istimewa``, a photo's source below its caption): one credit, read as
    such, and no paragraph ``Istimewa``; so is an editor's role alone and its colon and name on the next line
    (``Editor`` / ``: Donna Hutagalung``). A writer's label split the same way is left as it is: the name may be a
    desk's code (``Penulis`` / ``: Mtc/rel``)."""
    result = list(lines)
    for at, line in enumerate(lines):
        after = next((next_at for next_at in range(at + 1, min(at + 3, len(lines))) if lines[next_at]), None)
        name = lines[after][2:] if after is not None and lines[after].startswith("- ") else ""
        if _LABEL_ALONE.fullmatch(line) and name and len(name.split()) <= 4:
            result[at], result[after] = f"{line} {name}", ""
        elif after is not None and _EDITOR_ALONE.fullmatch(line) \
                and (named := _COLON_AND_NAME.fullmatch(lines[after])) and len(named["name"].split()) <= 4:
            result[at], result[after] = f"{line} : {named['name']}", ""
    return result


def _date_fields(lines: list[str]) -> list[str]:
    """A date field glued before the lead put on a line of its own, where stamps are read."""
    result = []
    for line in lines:
        glued = _DATE_FIELD.fullmatch(line)
        result.extend([f"date {glued['stamp']}", glued["rest"]] if glued else [line])
    return result


def _roles_below_names(lines: list[str], credits: dict[str, str]) -> list[str]:
    """A credit set as a name with its role on the line below (``SOFIYAN`` / ``REDAKTUR``), also with a blank line
    between them (``Fabian Januarius Kuwado`` / / ``Penulis``), recorded, and both lines blanked."""
    result = list(lines)
    for at, line in enumerate(lines[1:], start=1):
        role = _ROLE_ALONE.fullmatch(line)
        above = at - 2 if at > 1 and not result[at - 1] else at - 1  # also a blank line between them
        name = result[above]
        if role and name and len(name.split()) <= 3 and not name.endswith(_SENTENCE_END):
            credits.setdefault(role.group().casefold(), string.capwords(name) if name.isupper() else name)
            result[above] = result[at] = ""
    return result


_STAMP_AFTER_BAR = re.compile(r"\|\s*(?P<stamp>[^|]{6,60})$")
"""What follows a credit line's last bar, read as a publication stamp when it is one."""


def _take_credit(line: str, credits: dict[str, str]) -> str:
    """A credit line (``Penulis : ...``, ``Editor : ... Publish : ...``) recorded and blanked, a stamp after its last
    bar kept; credits after a publication stamp recorded, and the stamp kept. A sentence closed by a photo's credit
    (``… memeriksa pemuda, Minggu, (02/03/2025) dini hari. Foto: Abdul Majid``) is the photo's caption: blanked."""
    line, closing = credits_closing(line)
    if closing:
        found = credit_line(closing) or {}
        credits.update({key: name for key, name in found.items() if key not in credits})
        if list(found) == ["foto"]:
            return ""
    found, kept = credit_line(line), ""
    if found and (after := _STAMP_AFTER_BAR.search(line)) and timestamp(after["stamp"]):
        kept = after["stamp"]  # ``Penulis: Reporter Satuharapan 21:35 WIB | Kamis, 17 Oktober 2019``: the stamp stays
    if not found:
        kept, found = stamp_credits(line)
        if not (found and timestamp(kept)):
            return line
    for key, name in found.items():
        credits.setdefault(key, name)
    return kept


_CAPITALS_ADDRESS = r"[A-Z][A-Z\d-]*(?:\.[A-Z]{2,})+"
_CAPITALS_TOWN = r"[A-Z][A-Z'’]+(?:\s+[A-Z][A-Z'’]+){0,3}"
_CAPITALS_SITE_DATELINE = re.compile(rf"{_CAPITALS_ADDRESS},\s*{_CAPITALS_TOWN}\s*[-–—]{{1,2}}\s")
"""A medium's name as an address in capitals, a comma and the town in capitals, then a dash or two hyphens:
``REPUBLIKA.CO.ID, CIANJUR —``, ``REPUBLIKA.CO.ID, JAYAPURA --``, the story's own dateline."""
_CAPITALS_TOWN_DATELINE = re.compile(rf"{_CAPITALS_TOWN},\s*{_CAPITALS_ADDRESS}\s*[-–—]\s")
"""The same, the town first: ``WAIBAKUL, HALAMANSEMBILAN.COM –``."""
_PULL_QUOTE_WORDS = 8
_CAPTION_PARAGRAPHS = 2


def _without_caption_above_dateline(found: list[str]) -> list[str]:
    """The story from its own dateline on, when one or two paragraphs stand between the headline and a paragraph
    opening with a medium's dateline in capitals (``REPUBLIKA.CO.ID, CIANJUR —``): a copy's photo caption of another
    story, with its own unit, place and date. Above a dateline with the town first (``WAIBAKUL, HALAMANSEMBILAN.COM
    –``), the paragraphs are dropped only when one of them is a pull quote, a later paragraph written again (a
    regent's words ``di Kecamatan Umbu Ratu Nggay Barat, Senin, (8/7/2019)``), with its speaker's caption; a caption
    alone above such a dateline is the story's own photo and stays. A dateline opening the first paragraph, or only
    further down, drops nothing. Above any dateline, one paragraph written twice without a sentence's end is a photo's
    text and its caption (``Anak-anak asyik bermain di Pantai Ancol merayakan liburan Lebaran``, twice, above
    ``JAKARTA (Pos Kota)-Pengunjung …``): no story text, its place not the story's. So is a caption written twice
    between a standfirst and a medium's dateline in capitals (``Sejumlah polisi berbaris … Sabtu (31/8/2019).`` twice
    above ``REPUBLIKA.CO.ID, JAYAPURA --``): the story starts at the dateline, as it does with one or two paragraphs
    above it."""
    for at, paragraph in enumerate(found[1:_CAPTION_PARAGRAPHS + 1], start=1):
        if _CAPITALS_SITE_DATELINE.match(paragraph) \
                or _CAPITALS_TOWN_DATELINE.match(paragraph) and _told_again(found[:at], found[at + 1:]) \
                or at == 2 and _caption_twice(found[0], found[1]) and dateline_place(paragraph):
            return found[at:]
    at = _CAPTION_PARAGRAPHS + 1
    if len(found) > at and _CAPITALS_SITE_DATELINE.match(found[at]) and _written_twice(found[at - 2], found[at - 1]):
        return found[at:]
    return found


def _written_twice(first: str, second: str) -> bool:
    """True for one paragraph written twice, whatever its spacing."""
    return " ".join(first.split()) == " ".join(second.split())


def _caption_twice(first: str, second: str) -> bool:
    """True for one paragraph written twice, without a sentence's end: a photo's text and its caption."""
    return _written_twice(first, second) and not re.search(r"[.!?”\"]\s*$", first)


_QUOTE_MARK = re.compile(r"[“”\"]")
_BOXED_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


def _author_box(found: list[str]) -> tuple[list[str], str]:
    """The text without an author box closing it, and the name in it: a person's name of two or three words alone
    as the last paragraph and again as the one before it (``Achmad Sarjono`` twice after the story's ``(*)``), as a
    portal's template sets the writer's box; a name written once (the page's editor below a credit), and a unit's,
    a desk's or a label's words written twice (``Polres Bitung``), are none. A blog's box sets the name once, with the
    writer's motto below it as a paragraph wholly in quotes (``Muhammad Elhami`` / ``“sesobek catatan di antara
    perjalanan …”``)."""
    name = found[-1].strip() if found else ""
    if len(found) > 2 and _BOXED_NAME.fullmatch(name) and found[-2].strip() == name and is_person(name):
        return found[:-2], name
    name = found[-2].strip() if len(found) > 2 else ""
    if name and _BOXED_NAME.fullmatch(name) and _MOTTO.fullmatch(found[-1].strip()) and is_person(name):
        return found[:-2], name
    return found, ""


_MOTTO = re.compile(r"“[^“”]{20,400}”|\"[^\"]{20,400}\"")
"""A paragraph wholly in quotes, as a blog's author box sets the writer's motto below the name."""


def _captions_dated_apart(found: list[str]) -> int:
    """How many paragraphs above a medium's dateline in capitals, the town first (``BRAGA, MAPAYBANDUNG.COM -``),
    are photo captions whose day is the photo's, not the event's: only when a caption writes a full date and the story
    below the dateline writes one of its own (``dikutip Jumat 12 April 2024`` under a caption's ``Kamis, 11 April
    2024``); else 0, and a caption's day may still be the only one the page gives. A paragraph with a quote above
    the dateline is someone's words, no caption: its day is the text's as before."""
    for at, paragraph in enumerate(found[1:_CAPTION_PARAGRAPHS + 1], start=1):
        if _CAPITALS_TOWN_DATELINE.match(paragraph):
            above, below = found[:at], found[at:]
            dated = any(map(writes_full_day, above)) and any(map(writes_full_day, below)) \
                and not any(_QUOTE_MARK.search(text) for text in above)
            return at if dated else 0
    return 0


def _told_again(above: list[str], below: list[str]) -> bool:
    """True when a paragraph of ``_PULL_QUOTE_WORDS`` words or more above the dateline is written again, word for
    word, as a paragraph below it: a pull quote, no story text of its own."""
    later = {" ".join(paragraph.split()) for paragraph in below}
    return any(len(paragraph.split()) >= _PULL_QUOTE_WORDS and " ".join(paragraph.split()) in later for paragraph in above)


def _head(lines: list[str], slugs: set[str] = frozenset()) -> tuple[str, str, Dateline | None, set[int]]:
    """Headline, byline and stamp among the lines before the lead, and the lines to drop.

    Lines before a headline (category labels, breadcrumbs, the site's name) are dropped, and
    so are one- and two-word lines after it. Without a headline, such lines stay in the body:
    they may be the start of a wrapped lead.
    """
    title, author, published = "", "", None
    stamp_below = False
    title_at = 0
    dropped: set[int] = set()
    before_title: list[int] = []
    leading = [at for at, line in enumerate(lines) if line][:_LEADING_LINES]
    above_story = [lines[at] for at in leading]
    above_story = above_story[:next((at for at, line in enumerate(above_story) if _is_sentence(line)), len(above_story))]
    repeated = _spelt_by_slug([lines[at] for at in leading], slugs) or _repeated_headline(above_story)
    newsroom = _newsroom(lines)
    for number, at in enumerate(leading):
        line = lines[at]
        after = lines[at + 1] if at + 1 < len(lines) else ""
        if not title and published is None and (closed := _headline_closed_by_stamp(line, after)):
            (title, published), title_at = closed, at
            dropped.update(before_title)
            dropped.add(at)
            continue
        if published is None:
            stamp = timestamp(line) or _stamp_after_bullet(line) or _stamp_of_dateline(line)
        else:
            # a date above the headline may be the site's calendar (``Kamis, 1 Januari 2026`` by the masthead): the
            # stamp below the headline and its byline is the story's
            stamp = title and not stamp_below and timestamp(line)
        stamp_below = stamp_below or bool(stamp and title)
        if not (stamp or author) and title and (before := _NAME_BEFORE_STAMP.match(line)) \
                and is_person(before["name"]) and (stamp := published is None and timestamp(line[before.end():])):
            author = before["name"]  # ``Achmad Irfan Fauzi | Selasa, 18 Januari 2022 | 16:33``: byline and stamp
        if not (stamp or author) and title and (meta := _BYLINE_STAMP_TOPIC.fullmatch(line.strip())) \
                and (stamp := published is None and timestamp(meta["stamp"])):
            author = meta["name"] if is_person(meta["name"]) else ""  # ``Oleh Admin // 13 Februari 2013 // Ekonomi``
        if not (stamp or author) and title and (team := _WRITERS_ABOVE_TEAM.match("\n".join(lines[at:at + 6]))):
            author = " ".join(team["names"].split())  # ``M. Elgana Mubarokah,`` / ``I Kadek Wira Aditya`` / ``Tim Redaksi``
            dropped.update(range(at, at + team["names"].count("\n") + 1))
            continue
        below = next((other for other in lines[at + 1:at + 3] if other.strip()), "")
        credit = not author and (
            _byline(line, lines) or _credit(line, lines) or _REPORT_CREDIT.fullmatch(line)
            or title and (_name_above_stamp(line, below) or _name_above_post(line, below, lines))
        )
        if stamp:
            published = stamp
        elif published and (again := timestamp(line)) and again.day == published.day:
            pass  # the page's stamp shown again below the headline (``. Minggu, 09 Oktober 2011``), dropped
        elif credit:
            name = " ".join(credit["name"].split()).strip(" ,")
            author = name if is_person(name) else ""  # ``oleh Humas Polda Kalsel``: an office's byline, no writer
        elif _CREDITS_JOINED.match(line):
            pass  # ``Peliput: … — Editor: …``: the page's credits above the lead, dropped
        elif not title and (plain(line) == repeated if repeated else _is_headline(line, after)) \
                and not (newsroom and newsroom.search(line)):
            title, title_at = _unquoted(plain(line)), at
            dropped.update(before_title)
        elif not title and at == leading[0] and _is_stopped_headline(line):
            title, title_at = plain(line).removesuffix("."), at
        elif title and leading[number - 1] == title_at and _is_headline_below_labels(title, line, after):
            title = plain(line)
            dropped.update(range(title_at, at))  # category labels in capitals, glued into one line
        elif title and leading[number - 1] == title_at and _is_headline_below_topic(title, line, lines[at + 1:]):
            title = plain(line)
            dropped.update(range(title_at, at))  # the topic a portal files the page under
        elif title and leading[number - 1] == title_at and _is_headline_below_kicker(title, line, after):
            title = plain(line)
            dropped.update(range(title_at, at))  # a phrase of circumstance above the headline: ``Pada Kegiatan …``
        elif title and leading[number - 1] == title_at and (rubric := _RUBRIC_OF_REGION.fullmatch(title)) \
                and (not rubric["province"] or is_province(rubric["province"])) \
                and len(line.split()) >= 5 and _is_headline(line, after):
            title = plain(line)
            dropped.update(range(title_at, at))  # the region or Polda a portal files the page under
        elif title and number and _in_list_below(lines, leading[:number], title) \
                and _is_headline_below_other_story(title, line, lines[at + 1:]):
            title = plain(line)
            dropped.update(range(title_at, at))  # other stories' headlines, a portal's list, above the story's own
        elif title and len(title.split()) >= 5 and _is_headline_below_topic(title, line, lines[at + 1:]):
            title = plain(line)
            dropped.update(range(title_at, at))  # another story's teaser above the section label and the headline
        elif title and number >= 2 and leading[number - 2] == title_at and stamp_below \
                and WEEKDAY_NAMED.fullmatch(lines[leading[number - 1]].strip()) and _is_headline(line, below) \
                and _is_prose(below, ""):
            # a blog's name, its post's date header alone (``Kamis, 25 Juli 2013``, a weekday and no hour) and the
            # post's own title right above the lead: Blogger's layout, the name above the date is the blog's
            title = plain(line)
            dropped.update(range(title_at, at))
        elif title and _repeats_without_label(plain(line), title):
            title = plain(line)
            dropped.update(range(title_at, at))  # the page's title bar and its menu, above the headline
        elif title and _headline_again(plain(line), title):
            pass  # the headline again below the page's menu, dropped
        elif title and _ticker_holding(plain(line), title):
            pass  # a ticker of the portal's headlines, this one's among them, above the story
        elif title and _DANGLING_BAR.search(title) and plain(line).startswith(_DANGLING_BAR.sub("", title) + " ") \
                and _is_headline(line, after):
            title = plain(line)  # the whole headline below the page's title bar, which cut it short
            dropped.update(range(title_at, at))
        elif _HUMAS_OFFICE.fullmatch(plain(line)):
            pass  # a humas office's name alone on its line, above the lead: the page's, dropped
        elif not title and repeated and _headline_again(" ".join(line.split()), repeated):
            before_title.append(at)  # the page's title bar above the headline shown twice: ``… ~ Pojok Kiri Malang``
            continue
        elif not title and repeated and _ends_in_headline(plain(line), repeated):
            # a breadcrumb or the site's contact line ending in the headline shown twice: ``Home Jabar Kabid Humas …``
            before_title.append(at)
            continue
        elif not title and _menu_in_title(plain(line)) and _cut_short_of(plain(line), plain(below)):
            pass  # the menu path glued to the headline cut short (``BerandaNewsKapolsek … Keamanan...``), then it whole
        elif _is_prose(line, after) or not title and (
            _CAPITALS_DATELINE.match(line) or _is_wrapped_medium_dateline(line)
        ):
            break  # the lead, also a wrapped lead's first line after its dateline (``JANTHO - Kapolres``)
        elif not title and _name_above_stamp(line, below):
            pass  # a word or two alone above the stamp, no headline before them (``Suhardiman`` / ``Minggu, 16 Maret
            # 2025 | 17:16 WIB``): a writer or the page's label (``Nasional``, ``Medan``), not the lead; dropped
        elif not title:
            before_title.append(at)
            continue
        elif len(line.split()) > 2:
            continue
        dropped.add(at)
    return title, author, published, dropped


_NEWSROOM = re.compile(r"[A-Z][\w'’. ]{1,40}?\s*\((?P<name>[A-Z][\w.-]*(?:\s+[\w.-]+){1,3})\)\s*[-–—]")
"""A dateline with the newsroom's name in brackets: ``Ngabang (Suara Landak) -``."""


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){3,}")
"""A page's address slug left as a line of its own (``minimalisir-laka-air-satpolairud-polres-muba-…``)."""


def _slugs(text: str) -> set[str]:
    """The address slugs of four words or more standing alone on a line of the pasted text."""
    return {line.strip() for line in text.split("\n") if _SLUG.fullmatch(line.strip())}


def _spelt_by_slug(lines: list[str], slugs: set[str]) -> str:
    """The headline-shaped line whose words the page's address slug spells out: that is the headline, whatever line
    stands above it (``Kompas TV regional berita daerah``, a section line, above ``Minimalisir Laka Air, …``). A slug
    spelling no line leaves the headline to the other rules. Numbers count for neither: a slug may leave them out
    (``anak-tidak-mampu-ikut-…`` for ``33 Anak Tidak Mampu Ikut …``)."""
    spelt = {_slug_words(slug) for slug in slugs}
    for line in lines:
        if spelt and _slug_words(plain(line).casefold()) in spelt and _is_headline(line, ""):
            return plain(line)
    return ""


def _slug_words(text: str) -> str:
    return "-".join(word for word in re.split(r"[^a-z0-9]+", text) if word and not word.isdigit())


def _newsroom(lines: list[str]) -> re.Pattern | None:
    """The newsroom's name of two words or more that a dateline writes in brackets, as a pattern: a line
    above the lead naming it (``Streaming Radio Suara Landak``, the station's player) is the site's, no
    headline. One word (``(ANTARA)``, ``(HK)``) may be a headline's word too."""
    found = next((match for line in lines if (match := _NEWSROOM.match(line))), None)
    return re.compile(rf"(?<!\w){re.escape(found['name'])}(?!\w)", re.I) if found else None


def _is_headline_below_labels(labels: str, line: str, after: str) -> bool:
    """True for a headline in mixed case of five words or more right below a line in capitals
    taken for it: that line was the page's category labels (``BERITA POLRESBERITA POLSEKLAYANAN …``);
    a headline in capitals has the lead or the page's furniture below it, not another headline."""
    return labels.isupper() and not line.isupper() and len(line.split()) >= 5 and _is_headline(line, after)


def _is_headline_below_topic(topic: str, line: str, rest: list[str]) -> bool:
    """True for a headline of five words or more right below a line taken for it whose words the text never uses
    again (of a line of up to three words, at most a third), while it uses the headline's: that line was the topic a
    portal files the page under (``Bom di Makassar`` above ``Gereja di Wilayah Kota … di Gresik Dijaga Polisi``;
    ``Serba Serbi Ramadan``, told again only by ``ramadan``, above ``Patroli Jalanan, …``); so was a line of one to
    four words closed by a year and naming no unit, an event's rubric, whatever the text tells (``Tahun Baru 2018``
    above ``Pastikan Keamanan Jelang Pergantian Tahun, …``, ``Arus Mudik dan Balik 2025``; ``Polres Gresik Jaga Gereja
    2021`` is a headline), and a topic the long headline below holds whole (:func:`_topic_of_headline`)."""
    text = " ".join(rest).casefold()
    topic_words = _long_words(topic)
    told = sum(word in text for word in topic_words)
    topic_told = (told * 3 > len(topic_words) if len(topic.split()) <= _TOPIC_WORDS else told > 0) \
        and not (_YEAR_RUBRIC.fullmatch(topic) and not _UNIT_NAMED.search(topic))
    topic_told = topic_told and not _topic_of_headline(topic, line)
    headline_told = any(word in text for word in _long_words(plain(line)))
    return len(line.split()) >= 5 and _is_headline(line, rest[0] if rest else "") and headline_told and not topic_told


_KICKER = re.compile(r"(?:Pada|Dalam|Saat|Usai|Selama|Jelang|Menjelang)(?:\s+[^\s,.:;!?]+){1,5}")
"""A phrase of two to six words opening with a preposition of time or circumstance, without a stop or a comma."""


def _is_headline_below_kicker(kicker: str, line: str, after: str) -> bool:
    """True for a longer headline right below a line taken for it that is only a phrase of circumstance, opening
    with a preposition and without a clause of its own: a kicker (``Pada Kegiatan Polmas Perairan Kalbut`` above
    ``Kapolres Situbondo Ajak Nelayan Jadi Pelopor Keselamatan Saat Berlayar``)."""
    return bool(_KICKER.fullmatch(kicker)) and len(line.split()) > len(kicker.split()) and _is_headline(line, after)


_TOPIC_WORDS = 3
_TOPIC_HEADLINE_WORDS = 8


def _topic_of_headline(topic: str, line: str) -> bool:
    """True for a topic of up to three words whose every long word the long headline below it holds (``Pilkada Konawe
    Kepulauan`` above ``Bilik hingga Surat Suara Pilkada 2024 di Konawe Kepulauan Sultra Mulai Didistribusikan ke
    Kecamatan``): a portal's topic, told by the story as its headline is."""
    words = _long_words(topic)
    return len(topic.split()) <= _TOPIC_WORDS and len(line.split()) >= _TOPIC_HEADLINE_WORDS and bool(words) \
        and set(words) <= set(_long_words(plain(line)))


def _is_headline_below_other_story(above: str, line: str, rest: list[str]) -> bool:
    """True for a headline of five words or more right below a line taken for it, when the headline names a police
    unit the text below names and that line names none, and the text tells at least half of the headline's long words
    and at most a third of that line's: that line was another story's headline in the portal's list above the story
    (``Wali Kota dan Wawako Pekanbaru Shalat Idul Fitri …`` above ``Patroli, Polres Tana Toraja Tindaki Warga yang
    Membandel``). A deck below the headline, telling the story as it does, and a caption naming no unit (``Bupati Sumba
    Tengah, Paulus SK Limu, memantau patroli``) leave the headline."""
    text = " ".join(rest).casefold()
    above_words, words = _long_words(above), _long_words(plain(line))
    unit = _UNIT_NAMED.search(line)
    unit_words = unit.group().casefold().split() if unit else []
    if not unit or _UNIT_NAMED.search(above) or unit_words[:2] and " ".join(unit_words[:2]) not in text \
            or len(line.split()) < 5 \
            or not above_words or not words or not _is_headline(line, rest[0] if rest else ""):
        return False
    above_told = sum(word in text for word in above_words) / len(above_words)
    told = sum(word in text for word in words) / len(words)
    return told >= 0.5 and above_told <= 1 / 3


_LIST_BETWEEN = 2


def _in_list_below(lines: list[str], above: list[int], title: str) -> bool:
    """True when the last of the lines at ``above`` is the headline taken, or is one of at most two more headlines below
    it naming no unit, each on a line of its own: a portal's list of other stories (``Dari Desa Terpencil Teluk
    Kiambang, …`` / ``Warga Temukan Mayat Mengapung di Perairan Kateman, Ini Kata Polisi``) running on to the story's
    own headline."""
    taken = next((number for number in range(len(above) - 1, -1, -1) if plain(lines[above[number]]) == title), None)
    if taken is None:
        return False
    between = above[taken + 1:]
    return len(between) <= _LIST_BETWEEN and all(
        not _UNIT_NAMED.search(lines[at]) and _is_headline(lines[at], lines[at + 1] if at + 1 < len(lines) else "")
        for at in between
    )


_UNIT_NAMED = re.compile(rf"\b{_UNIT_WORD}\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}", re.I)
"""A police unit and its name: ``Polres Tana Toraja``, ``POLSEK KOTA``."""
_UNIT_IN_CAPITALS = _UNIT_WORD.upper()
"""A unit's word in capitals: ``POLRES``, ``POLRESTA``, ``POLRESTABES``, ``POLDA``, ``POLSEK``."""
_RUBRIC_OF_REGION = re.compile(r"Berita(?: [A-Z][\w-]*){1,3}|Polda (?P<province>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})")
"""A regional portal's rubric above the headline, ``Berita`` and a region's capitalised name (``Berita Bangka
Belitung``), or a Polda's name alone (``Polda Kalimantan Utara`` above ``Lewat Jumat Curhat, Polda Kaltara …``): a
headline of five words or more right below it is the page's. A headline opening with ``Berita`` over a caption or the
lead (``Berita Hoaks Bikin Resah``) stays, and so does a Polda's name over the lead; a headline opening with a unit's
word (``Polres Larang Warga Bakar Lahan``) is none: only a province's name follows ``Polda``."""
_SITE_GLUED_BY_UNDERSCORE = re.compile(r"[\w-]+\.(?i:co\.id|my\.id|com|id|net|org|info|news|club|online|site|co)_\S")
"""A site's address glued by an underscore to the next word (``Wartabelanegara.com_Polewali Mandar Sat Samapta
…``): the lead behind its dateline, no headline."""
_HUMAS_OFFICE = re.compile(
    r"(?i:(?:bid|sub ?bag|si|sie|seksi)\.? ?)?(?i:humas) (?i:pol(?:res(?:ta(?:bes)?)?|da|sek))"
    r" [A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
    rf"|HUMAS {_UNIT_IN_CAPITALS}(?: [A-Z][A-Z-]*){{1,3}}"
)
"""A humas office's name alone on its line (``Humas Polres Minsel``, ``HUMAS POLRES REMBANG``): the page's or the
credit's, no headline; a headline telling what the office did (``Humas Polres Berau Gelar Bakti Sosial``) is longer."""
_YEAR_RUBRIC = re.compile(r"[A-Z]\w*(?: \w+){0,3} (?:19|20)\d{2}")


def _long_words(line: str) -> list[str]:
    """The line's words longer than three letters, in lowercase without punctuation: those that tell."""
    return [word for word in map(_key_word, line.split()) if len(word) > 3]


def _key_word(word: str) -> str:
    return word.strip(_PUNCTUATION).casefold()


def _headline_below(lines: list[str]) -> tuple[list[str], str, Dateline | None]:
    """The lines without a headline and its stamp that a copy took from below the article, as a
    news agency's page sets them (``Polres Bengkayang rutin patroli dialogis jaga Kamtibmas`` /
    ``Jumat, 8 Mei 2020 15:41 WIB`` as the last two lines), and that headline and stamp."""
    filled = [at for at, line in enumerate(lines) if line]
    if len(filled) < 3 or not (stamp := timestamp(lines[filled[-1]])):
        return lines, "", None
    line = lines[filled[-2]]
    if line.endswith((*_SENTENCE_END, ",", ":")) or not _HEADLINE_WORDS[0] <= len(line.split()) <= 15:
        return lines, "", None
    return lines[:filled[-2]], plain(line), stamp


_LONG_CLOSING_HEADLINE = 10
"""How many words a headline set only at the end needs before one of them may be missing from the lead."""


def _lead_repeated_at_end(lines: list[str]) -> tuple[list[str], str]:
    """The lines without a headline a page set only at the end, and that headline: a headline-shaped
    last line of six words or more every word of which the lead writes (``Patroli Blue Light Polsek Lembar, Merangkaikannya
    …`` below ``Kegiatan patroli blue light Polsek Lembar, merangkaikannya …``): two sources agree. A headline of ten
    words or more may have one word the lead does not write, its verb (``Police Goes To School, Polres Aceh Utara
    Sambang SD Negeri 1 Lhoksukon`` below ``… menggelar kegiatan Police Goes to School ke SD Negeri 1 Lhoksukon``)."""
    filled = [at for at, line in enumerate(lines) if line]
    if len(filled) < 3 or not _is_headline(line := lines[filled[-1]], "") or len(line.split()) < 6:
        return lines, ""  # a blog's labels may close the paste (``Patroli Srikandi Polda Sultra``)
    if _is_lead_again(line, lines[filled[0]]):
        return lines, ""  # the lead's own words pasted once more, cut: no headline
    lead = {_key_word(word) for word in lines[filled[0]].split()}
    missing = [word for word in line.split() if _key_word(word) not in lead]
    if len(missing) > (1 if len(line.split()) >= _LONG_CLOSING_HEADLINE else 0):
        return lines, ""
    return lines[:filled[-1]], plain(line)


def _is_lead_again(line: str, lead: str) -> bool:
    """True for a line of six words or more that the lead's first line writes word for word, in the same case: the
    lead pasted once more and cut, not a headline made of its words."""
    return len(line.split()) >= 6 and plain(line).rstrip(" .…") in plain(lead)


_STAMP_SHAPE = re.compile(rf"(?:{DAYS}),\s*\d[\d\s:./-]*(?:WIB|WITA|WIT)?")
"""A stamp's shape, the weekday and digits, also when the digits are broken (``Selasa, 00 0000 - 00:00:00 WIB``)."""


_BYLINE_AND_STAMP = re.compile(
    r"(?!(?:Kota|Kabupaten|Provinsi|Jawa|Sumatera|Kalimantan|Sulawesi|Nusa|Papua|Laporan)\b)"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,3})\s+\|\s+(?P<stamp>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}.*)"
)
"""A writer's name and a stamp without its weekday, joined by a bar on a line of their own (``Rustam Agus | 30 November
2018 11:57 WIB``)."""


def _byline_below_standfirst(
    lines: list[str], title: str, published: Dateline | None,
) -> tuple[list[str], str, Dateline | None]:
    """The lines without a byline and its stamp set below a headline's standfirst (a summary repeating the lead), the
    writer and the stamp: :data:`_BYLINE_AND_STAMP` among the first lines, its stamp whole, with the hour, or a name
    alone on the line right above such a stamp, below the headline (``Tasmalinda`` / ``Minggu, 11 Desember 2022 |
    13:02 WIB``; a city or a rubric above the headline is none); a region
    before a bar (``Kota Tangerang | …``), a reporter's label (``Laporan Jafaruddin | Aceh Utara``) or a site's name
    before a dateline (``Media Rakyat | Banyuwangi –``) is none."""
    filled = [at for at, line in enumerate(lines) if line][:_LEADING_LINES]
    for at in filled:
        if (byline := _BYLINE_AND_STAMP.fullmatch(lines[at].strip())) and is_person(byline["name"]) \
                and (stamp := timestamp(byline["stamp"])) and stamp.hour is not None:
            return lines[:at] + lines[at + 1:], byline["name"], published or stamp
    headline = next((at for at in filled if plain(lines[at]) == title), len(lines))
    for at in filled:
        if at > headline and at + 1 < len(lines) and (name := _name_above_stamp(lines[at].strip(), lines[at + 1])) \
                and (stamp := timestamp(lines[at + 1])) and stamp.hour is not None:
            return lines[:at] + lines[at + 2:], name["name"], published or stamp
    return lines, "", published


_REPUBLISHED_FOOTER = re.compile(
    r"(?:Berita|Artikel|Tulisan)\s+dengan\s+[Jj]udul\s*:?\s*(?P<title>\S.{10,200}?)\s+pertama\s+kali\s+terbit\s+di\s*:?"
    r"\s*(?P<site>.+?)(?:\s+oleh\s+(?:(?i:reporter|penulis|pewarta|wartawan)\s*:\s*)?(?P<name>[^:]{2,40}?))?\s*\.?"
)
"""A news site's footer naming its own story, as a feed copies it (``Berita dengan Judul: Antisipasi Bali, Polda
Kalteng Gelar Blue Light Patroli pertama kali terbit di: Berita Terkini, … – Liputan4.com oleh Reporter : Antonius
P``): the headline, the site and the writer; the line is no story text. A portal's note that it took the story
from another paper under another headline (``Artikel ini telah tayang di bangkapos.com dengan judul …``) names the
other paper's headline, not this page's, and is not read so."""


def _republished_footer(lines: list[str]) -> tuple[list[str], str, str]:
    """The lines without a site's footer naming its story (:data:`_REPUBLISHED_FOOTER`), the headline it names and
    the writer after ``oleh``, if a person's name. The footer closes the page: only the last three lines, never the
    first, are read so."""
    filled = [at for at, line in enumerate(lines) if line]
    for at in filled[1:][-3:]:
        if footer := _REPUBLISHED_FOOTER.fullmatch(lines[at].strip()):
            name = " ".join((footer["name"] or "").split())
            return lines[:at] + lines[at + 1:], plain(footer["title"]), name if is_person(name) else ""
    return lines, "", ""


def _head_pasted_after_story(lines: list[str]) -> tuple[list[str], str]:
    """The lines without the page's head that a copy took once more after the story, and its headline: the
    headline, perhaps a desk's line of one or two words (``Redaksi``), a stamp, even a broken one, and the lead's
    first words again, cut (``Polresta Pekanbaru Gelar Patroli Kahutla`` / ``Redaksi`` / ``Selasa, 00 0000 -
    00:00:00 WIB`` / ``Jajaran Sat Sabhara Polresta Pekanbaru kembali …``). The headline is a headline's shape and
    shares two words or more with the lead; without the lead again at the end, or without the stamp, nothing is
    taken."""
    filled = [at for at, line in enumerate(lines) if line]
    if len(filled) < 5 or not _is_lead_again(lines[filled[-1]], lines[filled[0]]):
        return lines, ""
    if not (timestamp(stamp := lines[filled[-2]]) or _STAMP_SHAPE.fullmatch(stamp)):
        return lines, ""
    lead = set(_long_words(lines[filled[0]]))
    for back in (3, 4):
        headline, between = lines[filled[-back]], [lines[at] for at in filled[-back + 1:-2]]
        if all(len(line.split()) <= 2 for line in between) and _is_headline(headline, "") \
                and len(lead.intersection(_long_words(headline))) >= 2:
            return lines[:filled[-back]], plain(headline)
    return lines, ""


_BYLINE_STAMP_TOPIC = re.compile(r"(?i:oleh)\s+(?P<name>[^/]{2,40}?)\s*//\s*(?P<stamp>[^/]{6,40}?)\s*//\s*[^/]{1,30}")
"""A theme's line below the headline: the byline, the stamp and the topic between double slashes (``Oleh Admin  //  13
Februari 2013  //  Ekonomi``)."""
_NAME_BEFORE_STAMP = re.compile(
    r"(?!(?:Kota|Kabupaten|Provinsi|Jawa|Sumatera|Kalimantan|Sulawesi|Nusa|Papua)\b)"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,3})(?:\s+/\s+[A-Z]{2,5})?\s+(?:[|•·–—-]\s+|ยท\s+)?"
    r"(?=(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu),)"
)
"""A writer's name before the stamp on the line below the headline, a bar, a bullet or a middle dot between, or only a
space: the byline and the day (``Achmad Irfan Fauzi | Selasa, 18 Januari 2022 | 16:33``, ``Muhammad Khoirur Rosyid •
Selasa, 08 Dec 2015 17:54 WIB``, ``Leo Muhammad Nur · Rabu, 19 Februari 2020 - 14:45 WITA``, its dot garbled as ``ยท``
where a page's text was read in the wrong encoding, ``Yudi Wahyono Rabu, 2 September 2020 | 08:27 WIB``), a dash
(``Dia Saputra - Senin, 3 Oktober 2022 | 14:05 WIB``), or the editor's initials after a slash (``Bayu Marhaenjati / CAH
Selasa, 16 April 2019 | 17:36 WIB``); a region there (``Kota Tangerang | …``) is none."""


_WEEKDAY_STAMP = re.compile(rf"\s(?=(?:{DAYS}),\s*\d)")
"""Where the page's stamp may start after a headline: a weekday, a comma and the day's number."""


def _headline_closed_by_stamp(line: str, after: str) -> tuple[str, Dateline] | None:
    """The headline and the page's stamp a copy glued after it on one line, with its hour (``Tim SAR Diturunkan Cari
    Nadit, Balita yang Tenggelam di Sungai Kampar Kamis, 23/03/2023 | 10:34``); None for any other line. A sentence
    closing on its day (``… di Sungai Kampar, Kamis (23/3/2023).``) writes it in brackets, with no hour."""
    for start in _WEEKDAY_STAMP.finditer(line):
        head, tail = line[:start.start()].rstrip(" ,–-|"), line[start.end():]
        stamp = timestamp(tail)
        if stamp and stamp.hour is not None and _is_headline(head, after):
            return plain(head), stamp
    return None


def _stamp_after_bullet(line: str) -> Dateline | None:
    """The stamp after a contributor's name and a desk set before a bullet sign (``Kontributor Daerah • Seputar Sumbar
    27 Januari 2020 JAM 06:17:57 WIB``); a line without the bullet, or with a sentence before it, has none."""
    match = _BULLET_STAMP.match(line)
    return timestamp(line[match.end():]) if match else None


_TEAM_NAME = r"[A-Z][a-z]*\.?(?: [A-Z][a-z]*\.?){1,4}"
_WRITERS_ABOVE_TEAM = re.compile(rf"(?P<names>(?:{_TEAM_NAME},\n)*{_TEAM_NAME})\n(?:[ \t]*\n)?Tim Redaksi[ \t]*(?:\n|$)")
"""Writers' names a line each, all but the last closed by a comma, above a portal's ``Tim Redaksi`` label (``M. Elgana
Mubarokah,`` / ``I Kadek Wira Aditya`` / / ``Tim Redaksi``): the byline, the names joined as written."""


def _name_above_stamp(line: str, after: str) -> re.Match | None:
    """A writer's name alone on its line between the headline and the stamp (``Sunartono`` /
    ``Sabtu, 21 Februari 2026 - 05:27 WIB``), also with a blank line between (``Arsad Ddin`` / / ``1 Februari 2026``);
    a page's label there (``Konten Media Partner``) is none."""
    name = _NAME_ALONE.fullmatch(line) if timestamp(after) else None
    return name if name and is_person(name["name"]) else None


def _byline(line: str, lines: list[str] = ()) -> re.Match | None:
    """``Name – site.com``; a single word before the site, or words ending in a province or a region's word, are
    the dateline's place, not a name (``Karangasem – detikperistiwa.co.id``, ``Pesisir Barat
    Lampung – jurnalpolisi.id``, ``Aceh Tengah – wartagayo.com``), and so are words the text writes after a unit's
    or an area's word (``Batu Bara – jelasnews.com`` over ``Personel Polres Batu Bara``)."""
    match = _BYLINE.fullmatch(line) or _paper_byline(line, lines)
    if not match or len(words := match["name"].split()) < 2 or _REGION_LAST.match(words[-1]):
        return None
    if any(_named_as_area(match["name"], other) for other in lines if other != line):
        return None
    return None if any(is_province(" ".join(words[-count:])) for count in (1, 2, 3)) else match


_PAPER_BYLINE = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,4})\s+[-–—]\s+(?P<site>[A-Z]\w+(?: [A-Z]\w+){0,2})")
"""``Name - Paper``, the paper's name in words, without its address: ``I Made Darna - Bali Tribune``."""


def _paper_byline(line: str, lines: list[str]) -> re.Match | None:
    """``I Made Darna - Bali Tribune`` when the page writes the paper's name as its own elsewhere: after a bar closing
    the page's title (``… Temui Para Tokoh Adat | Bali Tribune``) or opening a line before a comma or a slash (``Bali
    Tribune, Jumat 04 Desember 2020``, a caption's ``Bali Tribune/ Kapolres …``). Without that, the words after the dash
    may be a place or a unit (``Kapolsek Kota - Polres Badung``)."""
    match = _PAPER_BYLINE.fullmatch(line)
    if not match:
        return None
    site = re.escape(match["site"])
    own = re.compile(rf"\|\s*{site}\s*$|^\s*{site}\s*[,/]")
    return match if any(own.search(other) for other in lines if other != line) else None


def _credit(line: str, lines: list[str]) -> re.Match | None:
    """``Penulis: Name``, ``Reporter Name``, ``by Name``; not a reporter's post, the place the text names as a unit's
    or an area's (``Reporter Wakatobi`` on a page telling of Polres Wakatobi: the name is the line above it), nor an
    account after ``By`` whose last word is such a place (``By Pidres Wonosobo``)."""
    if posted := _POSTED_CREDIT.fullmatch(line):
        return posted  # ``Kontributor Yogyakarta, Wijaya Kusuma``: the contributor's town, then his name
    match = _CREDIT.fullmatch(line)
    if match and line[:2].casefold() == "by" and any(_named_as_area(match["name"].split()[-1], other) for other in lines):
        return None  # ``By Pidres Wonosobo`` over ``Polres Wonosobo``: a desk's account, named for its area
    return None if match and _names_post(match["name"], lines) else match


def _name_above_post(line: str, below: str, lines: list[str]) -> re.Match | None:
    """A writer's name alone on its line above the role and post (``Wa Ode Hesti`` above ``Reporter Wakatobi``)."""
    role = _CREDIT.fullmatch(below)
    return _WRITER_ALONE.fullmatch(line) if role and _names_post(role["name"], lines) else None


_POSTED_CREDIT = re.compile(
    r"(?:reporter|pewarta|kontributor|wartawan)\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2},\s+"
    r"(?P<name>(?-i:[A-Z][\w.'’-]*)(?: (?-i:[A-Z][\w.'’-]*)){0,3})",
    re.I,
)
"""A reporter's credit with the town he reports from before a comma, then his name (``Kontributor Yogyakarta, Wijaya
Kusuma``)."""
_WRITER_ALONE = re.compile(r"(?P<name>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){1,3})")
"""A person's name of two to four capitalised words alone on a line: ``Wa Ode Hesti``."""


def _names_post(name: str, lines: list[str]) -> bool:
    """True when ``name`` after a reporter's role is the post the text names as a place (``Polres Wakatobi``)."""
    return len(name.split()) <= 3 and any(_named_as_area(name, other) for other in lines)


def _named_as_area(name: str, text: str) -> bool:
    """True when ``text`` writes ``name`` after a unit's or an area's word: ``Polres Batu Bara``, ``Kabupaten
    Batu Bara``; a person's name there would be no unit's and no area's."""
    return bool(re.search(rf"\b(?:Pol(?:sek|res|resta|restabes|da)|Kabupaten|Kab\.|Kota|Kecamatan|Kec\.|Desa|Kelurahan)"
                          rf"\s+{re.escape(name.strip())}(?!\w)", text, re.I))


_REGION_LAST = re.compile(r"(?:Utara|Selatan|Barat|Timur|Tengah|Raya|Kota|Kabupaten)$")
"""A region's last word, which ends no person's name: ``Aceh Tengah – wartagayo.com`` is a dateline, and so is
``Bandung Kabupaten - Infopol.co.id``."""


def _is_headline(line: str, after: str) -> bool:
    """Short, no closing full stop, not a wrapped fragment, not a site's name, mostly capitalised
    words (or alone, or right above a lead that opens with the site's name); a capitalised
    headline may end in ``!`` or ``?``. A line ending in a conjunction or preposition in lowercase
    (``… Hutapea melalui``) breaks off a sentence: a hard-wrapped lead's first line, no headline."""
    if quoted := _QUOTED_HEADLINE.fullmatch(line):
        line = quoted["inner"]  # ``" PATROLI MALAM POLRES KOBAR : … HATI WARGA! "``: the headline inside its quote signs
    line = _TEASER_TAIL.sub("", line)  # ``… Balapan Kuda? Simak Yuk...``: the headline before a call to read on
    words = plain(line).split()
    if _SITE_NAME.search(line) or _NO_HEADLINE.search(line) or len(words) > 1 and len(set(words)) == 1 \
            or _HUMAS_OFFICE.fullmatch(plain(line)) or _SITE_GLUED_BY_UNDERSCORE.match(line) \
            or _CREDITS_JOINED.match(line) or _PHOTO_LABEL.fullmatch(plain(line)) \
            or _TOWN_AND_MEDIUM_DASHED.fullmatch(line) or _PERSON_CAPTION.fullmatch(line):
        return False
    if (dateline := _CAPITALS_DATELINE.match(line)) and (
        "(" in dateline.group() or not _is_label_before_headline(line[dateline.end():].split())
        or _sentence_goes_on(after)
    ):
        return False
    if _is_wrapped_medium_dateline(line) or _DASHED_DATELINE.fullmatch(line) or _UNITS_CLOSED_BY_HYPHEN.fullmatch(line) \
            or _MEDIUM_DATELINE_ALONE.fullmatch(line) or _DATED_DATELINE_ALONE.fullmatch(line):
        return False
    if not _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1] or _without_closing_name_quote(line).endswith(
        (*_SENTENCE_END, ",", ":")
    ):
        if not line.endswith(("!", "?")) or line.endswith(("!!", "?!", "!?")):
            return False
    if words and words[-1] in _FUNCTION_WORDS:
        return False  # ``Kapolresta Serang Kota AKBP … Hutapea melalui``: a hard-wrapped lead's first line
    site_lead = bool(SITE_LEAD.match(after))
    if after[:1].islower() and not site_lead or timestamp(line):
        return False
    capitalised = _capitalised(words, 0.6)
    if line.endswith(("!", "?")):
        return capitalised and _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1]
    return capitalised or not after or site_lead


_PERSON_CAPTION = re.compile(
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4},\s*"
    r"(?:Irjen|Brigjen|Kombes|AKBP|Kompol|AKP|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigadir|Briptu|Bripda|Bharada)\b\.?"
    r"(?:\s*Pol\b\.?)?\s+[A-Z][^,]*?(?:,\s*[\w.,\s]+?)?\s+(?:saat|ketika|sedang|tengah)\s+[a-z]\w*\b[^.!?]*"
)
"""A photo's caption: an officer's post, his rank and name set off by commas, and what he is doing as the photo is
taken (``Kapolres Simalungun, AKBP. Agus Waluyo, SIK saat memimpin apel di Mapolres``): no headline. A headline names
an officer without setting his rank and name off (``Kapolres Simalungun Pimpin Apel Ops Lilin``)."""
_CAPITALS_DATELINE = re.compile(
    r"[A-Z][A-Z'’.]{2,}(?:\s+[A-Z][A-Z'’.]+){0,3}(?:\s*\([A-Z][^)]*\))?\s*[-–—]\s+(?=[^\s\d]*[a-z])"
)
"""A site's name or a town in capitals, with or without the town in brackets, and the lead's first words after its
dash (``SALAM PAPUA (TIMIKA) – Aparat gabungan Polres Mimika, Brimob``, ``JANTHO - Kapolres``: a hard-wrapped lead's
first line): no headline; a headline in capitals is in capitals to its end, and one after a label and a dash is a
headline's words (:func:`_is_label_before_headline`)."""
_DASHED_DATELINE = re.compile(
    r"[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2}(?:\s*[-–—]\s*[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})*\s*[-–—]\s*"
    r"\w[\w-]*\s?\.\s?(?i:com|co\.id|id|net|org)\W*"
)
"""Towns in capitals split by dashes and a site's name closing them, its domain perhaps after a space (``PELALAWAN –
RIAU – 1Fakta. Com``): a dateline on its own line, no headline."""


_MEDIUM_DATELINE_ALONE = re.compile(
    r"[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2},\s*(?:"
    r"(?:Media|Harian|Koran|Tribun|Radar|Suara|Warta|Kabar|Berita)(?:\s+[A-Z][\w.]*){1,2}"
    r"|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+(?:Post|Pos|Times|Ekspres|Express|Today|Online|News|TV))"
)
"""A town in title case, a comma and a medium's name, alone on the line above the lead (``Kuala Pembuang, Media
Dayak``): the dateline set on its own line, no headline. The medium's name opens with a press word (``Media``,
``Harian``, ``Tribun``, …) or closes with one (``Kendari Pos``, ``IDN Times``); a headline with a comma names no
medium (``Patroli Malam, Polres Siaga``)."""


_QUOTES = {"’": "‘", "”": "“", '"': '"', "'": "'"}


def _without_closing_name_quote(line: str) -> str:
    """The line without the closing quote of a name it quotes at its end (``… Lewat Program ‘Ngopi Bareng’``): that
    quote closes a name, not a sentence; a quote closing words that end in a full stop (``… aman.”``) stays."""
    opener = _QUOTES.get(line[-1:])
    if opener and len(line) > 2 and line[-2] not in ".!?,:;" and opener in line[:-1].rstrip(line[-1]):
        return line[:-1]
    return line


_DATED_DATELINE_ALONE = re.compile(
    r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2}\s*[-–—|]\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2},?\s*"
    r"(?P<date>\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d\W*)"
)
"""A site's name, a dash, a town and a numeric date alone on the line above the lead (``Zonapers – Jakarta Utara,
29/12/2024``): the dateline set on its own line, no headline; a headline writes words after its date or none."""


def _stamp_of_dateline(line: str) -> Dateline | None:
    """The date of a dateline alone on its line with a numeric date (:data:`_DATED_DATELINE_ALONE`)."""
    if not (dateline := _DATED_DATELINE_ALONE.fullmatch(line)):
        return None
    found = timestamp(dateline["date"])
    if found:
        found.of_dateline = True
    return found


_UNITS_CLOSED_BY_HYPHEN = re.compile(
    rf"{_UNIT_IN_CAPITALS}(?: [A-Z][A-Z.]*){{1,3}}(?:\s*-\s*{_UNIT_IN_CAPITALS}(?: [A-Z][A-Z.]*){{1,3}})*"
    r"\s*[-–—]"
)
"""Units joined by hyphens and closed by one, alone on a line below the site's address (``POLRES SIMEULUE-POLDA
ACEH-``): the site's dateline, no headline. A headline naming units goes on after them (``Polres Simeulue Gelar …``)."""


def _is_wrapped_medium_dateline(line: str) -> bool:
    """True for a medium's dateline and the first words of a lead wrapped after them (:data:`MEDIUM_DATELINE`)."""
    dateline = MEDIUM_DATELINE.match(line)
    return bool(dateline) and not _is_label_before_headline(line[dateline.end():].split())


_QUOTED_HEADLINE = re.compile(r"[\"“]\s*(?P<inner>[^\"“”]+?[!?.]?)\s*[\"”]")
"""A whole line inside quote signs: a headline set in them, read as the words inside."""


def _unquoted(line: str) -> str:
    """A headline without the quote signs it was set in."""
    quoted = _QUOTED_HEADLINE.fullmatch(line)
    return quoted["inner"] if quoted else line


def _sentence_goes_on(after: str) -> bool:
    """True for a line below a capitals dateline's line that carries on its sentence from a number (``BLORA -
    Meskipun dalam pandemi Corona Virus Disease`` / ``2019 (Covid-19), Polsek Sambong … tetap intensif …``): the words
    after the dash are a hard-wrapped lead's first words, no headline. A stamp below a headline (``20 April 2024``)
    or a short line of numbers carries on nothing."""
    return after[:1].isdigit() and not timestamp(after) and sum(word.islower() for word in after.split()) >= 3


def _is_label_before_headline(words: list[str]) -> bool:
    """True for the words after a capitals dateline's dash that are a headline of their own (``KABAR – Kapolsubsektor
    Pasar Induk … Ajak Warga Jaga Keamanan``: the site's label joined to it), not a wrapped lead's first words."""
    return len(words) >= _HEADLINE_WORDS[0] and _capitalised(words, 0.6)


_NO_HEADLINE = re.compile(r"^[-•*] |\w/[A-Z][\w.]+$")
"""Lines above the headline, shaped like it or like the lead, that are neither: another story's
headline as a list item (``- Gubernur Banten : Kerukunan Umat …``, a ticker above the headline) and a
photo's caption closed by its source after a slash (``… rumah kosong yang mulai ditinggal
mudik/RMOLJatim``). A brand's name repeated on one line (``Skintific Skintific Skintific``), an
advertisement, is no headline either."""
_CREDITS_JOINED = re.compile(r"[A-Z]\w+\s*:\s*[^:]{2,50}?\s[-–—|]\s*(?i:editor|redaktur|penulis|reporter|pewarta|foto)\s*:")
"""Credits on one line, a label and a name, a dash, then a credit's label (``Peliput: Hengki TA — Editor: Ardi
Toris``): the page's credits, no headline, whatever the first label is. A headline with a colon
(``Gubernur Banten : Kerukunan Umat Terjaga``) has no credit's label after a dash."""
_TOWN_AND_MEDIUM_DASHED = re.compile(
    r"(?:(?:Kota|Kabupaten|Kab\.)\s+)?[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2},\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2}"
    r"\s*\.?\s*[-–—]\s*"
)
"""A town, a comma and a medium's name closed by a dash, alone on the line above the lead (``Kabupaten Bima, Garda
Asakota.-``): the dateline set on its own line, no headline; a headline ends in no dash."""
_PHOTO_LABEL = re.compile(r"(?:Foto|FOTO|Ilustrasi|ILUSTRASI|Dokumentasi)(?:\s+\w+){1,3}")
"""A photo's label of two to four words without a colon (``Foto di Lokasi``, ``Ilustrasi Patroli Malam``): where the
page's picture stood, no headline."""


def _is_stopped_headline(line: str) -> bool:
    """True for a first line closed by one full stop that is still a headline: six words or more,
    no comma unless all in capitals, nearly every word capitalised (``Polsek Cisoka Melaksanakan Program …
    Dini Hari.``, ``CEGAH KONFLIK ANTAR NELAYAN,PATROLI POLAIR …``: no sentence of a lead is in capitals)."""
    words = plain(line).split()
    return (
        6 <= len(words) <= _HEADLINE_WORDS[1] and line.endswith(".") and not line.endswith("..")
        and ("," not in line or line.isupper()) and _capitalised(words, 0.8) and not _SITE_NAME.search(line)
    )


_TWO_SENTENCES = re.compile(r"\w[.!?]\s+[A-Z]")
"""A sentence's end inside a line: a photo's caption and its credit (``… barang bawaan pengendara. Foto
istimewa``), which a page may show twice, not a headline."""


def _repeated_headline(lines: list[str]) -> str:
    """A headline-shaped line the page shows twice before the lead (in its title bar and above
    the story, also glued after a breadcrumb or the site's contact line: :func:`_ends_in_headline`): that is the
    headline, whatever stands before it (``Login Kirim Tulisan``); a caption
    shown twice is not, its photo's credit closing it or not (``… Rabu 20 november 2024. (dokumen Polsek Kaliwungu)``),
    nor is a line written as a sentence (most of its words in lowercase: ``Kapolres Sorong Kota,
    … mendatangi kediaman salah satu tokoh masyarakat Aifat``) below a headline in title case."""
    shaped = [
        plain(line) for line in lines
        if (_is_headline(line, "") or _is_stopped_line_shown_twice(line, lines)) and not _TWO_SENTENCES.search(line)
        and not _PHOTO_CREDIT_CLOSING.search(line)
    ]
    for line in shaped:
        if shaped.count(line) > 1 or any(_ends_in_headline(plain(other), line) for other in lines):
            above = shaped[:shaped.index(line)]
            if _capitalised(line.split(), 0.6) or not any(_capitalised(other.split(), 0.8) for other in above):
                return line
    return ""


def _is_stopped_line_shown_twice(line: str, lines: list[str]) -> bool:
    """True for a headline closed by one full stop that the page shows twice above the lead (``Bhabinkamtibmas Bripka
    Kaldius, Bersama Babinsa Cek Titik Lokasi Karhutla.``): nearly every word capitalised, as no sentence of a lead
    or a caption is; a line shown once stays for :func:`_is_stopped_headline`. Below a headline-shaped line it is a
    photo's caption shown twice (``Polres Sidoarjo Tingkatkan Patroli Malam Antisipasi Petasan (ilustrasi).``)."""
    words = plain(line).split()
    if not (line.endswith(".") and not line.endswith("..") and lines.count(line) > 1):
        return False
    above = lines[:lines.index(line)]
    return (
        _is_headline(line.removesuffix("."), "") and _capitalised(words, 0.8)
        and not any(_is_headline(other, "") for other in above)
    )


def _copies_title(line: str, title: str) -> bool:
    """True for the headline again, whole or cut short by the page (``... Gelar Patroli KR...``), or with the one full
    stop that closed it and that the title leaves out (``… Patroli Skala Besar Dan Bagikan Bansos.``), or all in
    lowercase, as a page sets it again below (``sat binmas polres batu bara cek persiapan lomba pos kamling``)."""
    stem = line.rstrip(".… ")
    return bool(title) and (
        line in (title, f"{title}.") or line.islower() and line == title.casefold() or line.endswith(("...", "…")) and len(stem) > 20 and title.startswith(stem)
    )


def _headline_again(line: str, title: str) -> bool:
    """True when ``line`` is the headline again: alone, twice on one line (a photo's alternative text and its caption:
    ``Polresta Pekanbaru Bagikan … Membutuhkan Polresta Pekanbaru Bagikan … Membutuhkan.``), or with the site's name
    its title bar puts after it (``Polres Madiun Gelar Operasi Yustisi, … Siap-siap Ya! - JPNN.com Jatim``)."""
    line = line.removesuffix(".")
    if line in (title, f"{title} {title}"):
        return True
    return line.startswith(title) and bool(_SITE_AFTER.fullmatch(line[len(title):]))


def _ticker_holding(line: str, title: str) -> bool:
    """True when ``line`` is a ticker of a portal's headlines with the story's among them, after others (``… Israel
    Kerahkan 60.000 Tentara Cadangan Tambahan untuk Perluas Operasi di Gaza Demo Mahasiswa di DPR, 1.145 Personel
    Gabungan Dikerahkan untuk Pengamanan Maryono Bagikan …``): a headline of six words or more, in a line at least
    twice as long, not at its start, another headline's capitalised word on each side of it. A lead that tells the
    headline's words goes on in lower case (``… laksanakan pengecekan Gudang Logistik KPU Banyuasin yang di …``)."""
    title = _DANGLING_BAR.sub("", title)
    at = line.find(title)
    return at > 0 and len(title.split()) >= _TICKER_TITLE_WORDS and len(line) >= 2 * len(title) \
        and bool(_TICKER_NEIGHBOURS.search(line[:at])) and bool(_TICKER_NEXT.match(line, at + len(title)))


_TICKER_NEIGHBOURS = re.compile(r"(?:^|\s)[A-Z][\w.,'’-]*\s$")
_TICKER_NEXT = re.compile(r"\s[A-Z]")


_TICKER_TITLE_WORDS = 6


def _ends_in_headline(line: str, headline: str) -> bool:
    """True when ``line`` is the page's furniture with the headline glued after it: a breadcrumb (``Home Jabar …``) or
    the site's name and contact line (``infopol.co.id Kontak Redaksi- 085784424805 wa Program Rutilahu …``), a few
    words before the whole headline."""
    before = line.removesuffix(headline)
    return before != line and before.endswith(" ") and len(before.split()) <= _FURNITURE_WORDS


_FURNITURE_WORDS = 8
"""At most so many words of a page's furniture glued before its headline."""


def _repeats_without_label(line: str, title: str) -> bool:
    """True when ``line`` is the headline again without the breadcrumb a copy glued before its
    first instance (``Beranda Hukum Terjaring Razia, ...`` then ``Terjaring Razia, ...``), also glued to its last
    label (``BerandaIndexTNI & POLRICegah Aksi …`` then ``Cegah Aksi …``), or
    without the site's name the page's title bar puts after it (``... selama Ramadan - Warta
    Global Jateng`` then ``... selama Ramadan``), or without the tag glued to its last word (``… di
    BanyuwangiPolresta Banyuwangi`` then ``… di Banyuwangi``)."""
    if len(line.split()) < _HEADLINE_WORDS[0] or title == line:
        return False
    tail = title[len(line):] if title.startswith(line) else ""
    return title.endswith(" " + line) or bool(_menu_in_title(title)) and title.endswith(line) or bool(tail) and (
        bool(_SITE_AFTER.fullmatch(tail)) or line[-1].islower() and bool(_TAG_GLUED.fullmatch(tail))
    )


def _is_sentence(line: str) -> bool:
    """True for a line of twelve words or more closed by a sentence's end: the story has begun, and a headline shown
    twice below it (a related story's, ``Check Also``) is no headline shown twice above the story."""
    return len(line.split()) >= PROSE_WORDS and line.endswith(_SENTENCE_END)


_TEASER_TAIL = re.compile(r"(?<=[?!])\s+Simak(?:\s+(?:Yuk|Yuks|Selengkapnya|Berikut|di\s+Sini))?\s*(?:\.{3}|…)?\s*$")
"""A call to read on after a headline's question or exclamation: `` Simak Yuk...``, `` Simak Selengkapnya``."""


def _is_prose(line: str, after: str) -> bool:
    """True for a line of the lead; a page's title bar, a list item and a breadcrumb ending in the headline cut
    short (``Beranda Berita Polres Optimalkan … hadirkan rasa...``) are none, whatever their length."""
    if _NO_HEADLINE.search(line) or _TITLE_BAR.search(line) or _BREADCRUMB.match(line) and line.endswith(("...", "…")):
        return False
    if _TEASER_TAIL.search(line) and _is_headline(line, after):
        return False  # a headline with a call to read on: ``Apa Kata Kapolres … Balapan Kuda? Simak Yuk...``
    return len(line.split()) >= 12 and not _is_ticker(line) or line.endswith(_SENTENCE_END) \
        or after[:1].islower() and not _SITE_ADDRESS.fullmatch(after.strip())


_SITE_ADDRESS = re.compile(rf"(?:[\w-]+\.)*{SITE_ADDRESS}")
"""A site's address alone on a line (``beritaplus.id`` below ``Avatar``, above the stamp): written in lower case, yet
no sentence's continuation."""


def _is_ticker(line: str) -> bool:
    """True for a line of other headlines run together, longer than a headline, nearly every word
    capitalised and no closing stop (``KPK Tahan 2 Tersangka … Makna Isra Miraj, Mukjizat Besar …``):
    the page's ticker above the headline, no sentence of the lead."""
    words = plain(line).split()
    return len(words) > _HEADLINE_WORDS[1] and _capitalised(words, 0.8)


def _capitalised(words: list[str], share: float) -> bool:
    """True when at least ``share`` of the words longer than three letters start with a capital."""
    long_words = [word for word in words if len(word) > 3 and word[0].isalpha()]
    return sum(word[0].isupper() for word in long_words) >= share * len(long_words)
