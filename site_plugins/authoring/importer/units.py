"""Which Polda, Polres or Polsek an article is about, from the names it writes."""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from dataclasses import dataclass, field, replace

from site_plugins.content.registry import Registry, Unit, UnitError

_SATUAN = r"Sat\s?(?:Polair(?:ud)?|Lantas|Samapta|Sabhara|Binmas|Reskrim|Intelkam|Narkoba)"
"""A Polres's satuan, which may stand for its Polres before the town: ``Satpolair ketapang``."""
_POLSEK_UNIT = r"(?:Ka|U)nit\s+(?:Lantas|Reskrim|Intelkam|Binmas|Samapta|Sabhara)(?=\s+(?!Sat|Polres)(?-i:[A-Z]))"
"""A Polsek's own unit or its head before the Polsek's name without ``Polsek``: ``Unit lantas Kramat Jati``, ``Kanit
Lantas Kramat Jati``; a Polres's unit names its Polres (``Unit Reskrim Polres Bogor``)."""
_LEVEL_WORDS = (
    ("polsek", r"(?:(?:Wa)?Ka)?Polsek(?:ta)?|(?:Kepolisian|Polisi)\s+Sektor|" + _POLSEK_UNIT),
    ("polres", r"(?:(?:Wa)?Ka)?Polres(?:ta|tabes|tro)?|(?:Kepolisian|Polisi)\s+Resor(?:t)?(?:\s+Kota(?:\s+Besar)?)?|"
               + _SATUAN
               + r"|Kepolisian(?=\s+(?!(?:resor|sektor|daerah|negara|republik|perairan|ri)\b)(?-i:[A-Z]))"),
    ("polda", r"(?:(?:Wa)?Ka)?Polda|Kepolisian\s+Daerah"),
)
# ``Kepolisian`` alone before a Polres's area (``Kepolisian Jakarta Timur``) is the Polres: the area is looked up
# among the Polres; ``Kepolisian Daerah``, ``Kepolisian Resor`` and the force itself (``Kepolisian Negara``) are not.
_NOT_UNIT_WORD = r"(?!(?:Ka)?Pol(?:sek|res|resta|restabes|da)\b|jajaran\b|rayon\b)"
"""Words that cannot start a unit's name: another unit word, ``jajaran`` (``Polsek jajaran
Polres X`` means the Polres's Polsek, not a Polsek named Jajaran) or ``rayon`` (``Polsek Rayon 1``
is a group of a Polresta's Polsek)."""
_PHOTO_CAPTION = re.compile(r"(?:[^\W\d][^–—\n]{0,40}?\s[-–—]\s*)?(?i:foto|photo)\b[^:.\n]{0,30}:\s")
"""A photo's caption, also glued after the dateline (``GEMABANTEN, PAPUA - foto istimewa: Kapolsek Sugapa Polres Intan
Jaya … bertemu masyarakat.``): the unit of the officer it shows yields to the first paragraph of the story naming one
(``Kapolres Intan Jaya … mengatakan``); where none does, the caption's is the story's."""
_UNITS_HYPHENED = re.compile(r"(?<=\w)-(?=(?:Pol(?:sek|res|resta|restabes|da))\s+[A-Z])")
"""A hyphen joining a unit's name to the next unit word (``Polsek Marawola-Polres Sigi``): the two units, not one name
(``TNI-Polri`` names no unit)."""
_LISTED_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_LISTED_NAMES = re.compile(
    rf"(?:\s*,\s*{_LISTED_NAME.pattern})+\s*,?\s+(?:dan|serta)\s+{_LISTED_NAME.pattern}"
)
"""Names listed after a unit's name, each capitalised, the last after ``dan`` or ``serta``: ``, Bengkayang, Landak,
Kapuas Hulu, Sanggau, dan Ketapang``."""
_PAIRED_NAME = re.compile(rf"(?P<first>.+?)\s+(?:dan|serta)\s+(?P<second>{_LISTED_NAME.pattern})$")
"""Two names under one unit word, joined by ``dan`` or ``serta``: ``Polsek Waigete dan Kewapante``."""
_MENTION = re.compile(
    r"(?:(?<![\w-])|(?<=\)-))(?:" + "|".join(f"(?P<{level}>{words})" for level, words in _LEVEL_WORDS) + r")"
    r"(?:\s+\((?:(?:Wa)?Ka)?(?:Polres\w*|Polsek|Polda)\))?\s+"
    rf"(?P<rest>{_NOT_UNIT_WORD}[^\W\d_][\w'’-]*(?:\s+{_NOT_UNIT_WORD}[^\W\d_][\w'’-]*){{0,4}})",
    re.IGNORECASE,
)
"""A unit word and up to five capitalised words after it: the name is a prefix of those words. The
unit word's short form may stand between in brackets: ``Kepolisian Resor Kota (Polresta) Tangerang``, also its chief's
(``Kepala Kepolisian Resor (Kapolres) Flores Timur``). A dateline's
bracket glued to it by a hyphen may stand before it (``AMBON (info-ambon.com)-Kepolisian Daerah Maluku``)."""
_ISLAND_SHORT = re.compile(r"\b(?P<unit>(?:[Ww]a)?(?:[Kk]a)?[Pp]ol(?:sek|res|resta|restabes)\s+)P\.\s*(?=[A-Z][a-z])")
"""``P.`` for ``Pulau`` (island) opening a unit's name: ``Kapolresta P. Ambon & P.P. Lease`` is the chief of Polresta
Pulau Ambon dan Pulau-Pulau Lease."""
_SECTOR_OF_POLRES = re.compile(r"(?P<polres>\bPol(?:res|resta|restabes)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s*)Sektor\s+(?=[A-Z])")
"""A Polsek written as its sector after its Polres (``Polres Berau, Sektor Maratua``): ``Sektor`` is the word the
``sek`` of ``Polsek`` stands for. A sector alone (``Sektor Maratua`` with no Polres before it) names no unit."""
_SHORT_FORM_INSIDE = re.compile(r"(?P<words>(?:[A-Z][a-z]+\s+){2,4})\((?P<short>[A-Z]{2,5})\)(?=\s+[A-Z])")
"""A short form in brackets inside a unit's name, after the words it shortens (``Polsek Kawasan Pelabuhan (KP)
Samarinda``): the name is read without it."""

_FULL_NAME_INSIDE = re.compile(
    r"(?P<unit>\bPol(?:sek|res\w*)\s+)(?P<short>[A-Z]{2,5})\s+\((?P<words>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,4})\)"
    r"(?=\s+[A-Z])"
)
"""A unit's short form with the words it shortens after it in brackets, inside the name (``Polsek KPS (Kawasan
Pelabuhan Samudera) Bitung``): the name is read with the words instead."""


def _without_short_forms_inside(text: str) -> str:
    """``text`` without the bracketed short forms of :data:`_SHORT_FORM_INSIDE` whose letters are the initials of the
    words before them, and with the bracketed words of :data:`_FULL_NAME_INSIDE` in place of the short form whose
    letters are their initials; other brackets (``Polres Pasaman Barat (PB) dan``) are left."""
    def drop(match: re.Match) -> str:
        words = match["words"].split()
        initials = "".join(word[0] for word in words[-len(match["short"]):])
        return match["words"].rstrip() if initials == match["short"] else match.group()

    def spell_out(match: re.Match) -> str:
        initials = "".join(word[0] for word in match["words"].split())
        return match["unit"] + match["words"] if initials == match["short"] else match.group()
    return _FULL_NAME_INSIDE.sub(spell_out, _SHORT_FORM_INSIDE.sub(drop, text))

SHORT_NAMES = {
    "jatim": "jawatimur", "jateng": "jawatengah", "jabar": "jawabarat", "sumut": "sumaterautara",
    "sumbar": "sumaterabarat", "sumsel": "sumateraselatan", "sultra": "sulawesitenggara",
    "sulsel": "sulawesiselatan", "sulteng": "sulawesitengah", "sulut": "sulawesiutara", "sulbar": "sulawesibarat",
    "kalbar": "kalimantanbarat", "kaltim": "kalimantantimur", "kalsel": "kalimantanselatan",
    "kalteng": "kalimantantengah", "kaltara": "kalimantanutara", "malut": "malukuutara",
    "ntb": "nusatenggarabarat", "ntt": "nusatenggaratimur", "diy": "daerahistimewayogyakarta",
    "dij": "daerahistimewayogyakarta",  # Daerah Istimewa Jogjakarta, as Jogja's papers write it (``Polda DIJ``)
    "tapteng": "tapanulitengah", "tapsel": "tapanuliselatan", "ppu": "penajampaserutara",
    "jakut": "jakartautara", "jaksel": "jakartaselatan", "jakbar": "jakartabarat", "jaktim": "jakartatimur",
    "bartim": "baritotimur", "barsel": "baritoselatan", "barut": "baritoutara", "kotim": "kotawaringintimur",
    "kobar": "kotawaringinbarat", "flotim": "florestimur", "sergai": "serdangbedagai", "madina": "mandailingnatal",
    "labusel": "labuhanbatuselatan", "polman": "polewalimandar", "minut": "minahasautara", "minsel": "minahasaselatan",
    "tanjabtim": "tanjungjabungtimur", "tanjabtimur": "tanjungjabungtimur", "tanjabbar": "tanjungjabungbarat",
    "tanjabbarat": "tanjungjabungbarat", "babel": "kepulauanbangkabelitung",
    "bangkabelitung": "kepulauanbangkabelitung", "kepri": "kepulauanriau",
    "sula": "kepulauansula", "bpmandoge": "bandarpasirmandoge",
    "sangihe": "kepulauansangihe", "halsel": "halmaheraselatan", "halut": "halmaherautara",
    "halbar": "halmaherabarat", "halteng": "halmaheratengah", "haltim": "halmaheratimur", "batola": "baritokuala",
    "polsel": "polombangkengselatan", "galsel": "galesongselatan",  # Takalar's Polsek: ``Polsek Galsel Polres Takalar``
    "bateng": "bangkatengah", "kukar": "kutaikartanegara", "kutim": "kutaitimur", "muba": "musibanyuasin",
    "inhil": "indragirihilir", "inhu": "indragirihulu", "kuansing": "kuantansingingi",  # Riau's: ``Polres Inhil``
    "aruta": "arutselatan",  # Kotawaringin Barat's Polsek Arut Selatan: ``Kapolsek Aruta``
    "tangsel": "tangerangselatan", "jakpus": "jakartapusat",
    "seltim": "selemadegtimur",  # Tabanan's Polsek Selemadeg Timur: ``Polsek Seltim``
    "nisel": "niasselatan",  # ``Polres Nisel``, not the Polres Nias that respelling the name would take
    "bangkep": "banggaikepulauan",  # ``Polres Bangkep``, not the Polres Pangkep one letter away
    "basel": "bangkaselatan",  # ``Polres Basel``
    # Sulawesi Utara's regencies of Bolaang Mongondow: ``Polres Boltim``, ``Polres Bolsel``, ``Polres Bolmut``,
    # ``Polres Bolmong``
    "boltim": "bolaangmongondowtimur", "bolsel": "bolaangmongondowselatan", "bolmut": "bolaangmongondowutara",
    "bolmong": "bolaangmongondow",
    # Sulawesi Tenggara's regencies: ``BUTENG, EDISIINDONESIA.id –``, ``Kabupaten Kolaka Utara (Kolut)``
    "buteng": "butontengah", "butur": "butonutara", "busel": "butonselatan", "kolut": "kolakautara",
    "koltim": "kolakatimur", "konut": "konaweutara", "konsel": "konaweselatan", "mubar": "munabarat",
    "morut": "morowaliutara",  # Sulawesi Tengah's ``Polres Morut``
    "pesbar": "pesisirbarat",  # Lampung's ``Polres Pesisir Barat (Pesbar)``
}
"""Short forms articles use for the place in a unit's name: ``Polda Sultra``, ``Polres Tapteng``."""
SPELLINGS = {"jogja": "yogyakarta", "jogjakarta": "yogyakarta", "labuanbadas": "labuhanbadas"}
"""Other spellings of a place in a unit's name (``Polresta Jogja``, as the city's papers write it; Sumbawa's ``Polsek
Labuan Badas``, the district's name without its ``h``): the same unit, and the same area; unlike a short form, a
dateline so spelt is written as the text writes it (``JOGJA``)."""


def _same_name(key: str) -> str:
    """The key of the name ``key`` stands for, as a short form or another spelling (``tapteng``, ``jogja``)."""
    return SHORT_NAMES.get(key) or SPELLINGS.get(key, key)


_AREA_BEFORE = re.compile(r"\bwilayah\s+(?:hukum(?:nya)?\s+)?$", re.I)
"""Words that make the unit after them the area where the event was: ``di wilayah hukum Polrestabes Medan``."""
_HELD_AT_BEFORE = re.compile(
    r"\b(?:diamankan|dibawa|digiring|digelandang|diserahkan|dititipkan|ditahan)\s+(?:ke|di)\s+(?:kantor\s+|markas\s+)?$",
    re.I,
)
"""Words that make the unit after them where people caught are held or handed over (``kedua laki-laki tersebut telah
diamankan di Polres Palu``): the unit keeps them, it did not act in the patrol."""
_FORMER_BEFORE = re.compile(r"\b(?:mantan|eks)\s+$", re.I)
"""A unit named in an officer's former post (``Mantan Kapolres Metro Jaksel ini mengatakan``): it did not act in the
story; where no other unit is named, it may still be the story's own (``data yang dilaporkan mantan Kapolres
Lembata``)."""
_PRESENT_AFTER = re.compile(
    r"(?:[^.!?“”\"]|\.(?=\S)){0,80}?\b(?:turut|juga|ikut)\s+hadir\b(?!\s*(?:pula\s+)?(?-i:[A-Z]))", re.I
)
"""A unit's officer whom the sentence goes on to call present too (``Kapolsek Wanaraja, AKP Abusono, S.H., M.H., turut
hadir dan berpartisipasi langsung dalam kegiatan tersebut``, under a lead telling the Polres's own event): a guest.
Guests named after the words are others (``dipimpin Kapolsek Wanaraja, juga hadir Camat Wanaraja``)."""
_POSTED_BEFORE = re.compile(
    r"\b(?:sebelumnya\s+(?:(?:ia|dia|beliau)\s+)?(?:pernah\s+)?|(?:ia|dia|beliau)\s+pernah\s+)"
    r"(?:bertugas|menjabat)\s+(?:sebagai\s+)?(?:wakil\s+)?$",
    re.I,
)
"""The post an officer held before the one the story tells of (``Jamaluddin mengungkapkan, sebelumnya ia bertugas
sebagai wakil Kapolsek Ladongi, namun … dirinya di tempatkan Polia-polia``, ``gagasan dari Kapolri …, dimana beliau
pernah menjabat sebagai Kapolda Papua``): a unit that has no part in the story, not even where it names no other."""
_LANDMARK_BEFORE = re.compile(
    r"\b(?:depan|samping|belakang|seberang)\s+(?:kantor\s+|markas\s+|Mako\s+)?$"
    r"|\b(?:di|ke)\s+(?:(?:halaman|lapangan(?:\s+apel)?)\s+(?:Mako\s+)?|Mako\s+)$",
    re.I,
)
"""Words that make the unit after them a landmark by which the event was (``menggelar razia … di depan Polsek Kuala
Simpang``), or the building or the field where it began (``apel kesiapan yang berlangsung di Mako Polsek Sukawati.
Apel dipimpin Kabag Ops Polres Gianyar``, ``di Lapangan Apel Polsek Kuantan Tengah``): its building places the event,
its people did not act."""
_POLSEK_CHIEFS = re.compile(
    r"\b(?:para\s+(?:kapolsek|kepala\s+polsek)|(?:kapolsek|kepala\s+polsek)\s+jajaran)\b", re.I,
)
"""The chiefs of the Polres's Polsek as a group: ``Didampingi para pejabat utama dan kapolsek jajaran seperti …
(Kapolsek Kaliwungu)``, also written out (``para Kepala Polsek jajaran``): several Polsek take part, a chief named
among them makes no Polsek's story."""
_RANK_STOP = "|".join(
    rf"(?<=\b{rank})\."
    for rank in ("Pol", "Iptu", "Ipda", "Aiptu", "Aipda", "Kompol", "AKBP", "AKP", "Inf", "Kav", "Czi", "Arh")
)
_IN_SENTENCE = rf"(?:[^.!?;“”\"]|\.(?=\S)|(?<=\b[A-Z])\.|{_RANK_STOP})*"
"""Words up to a sentence's end; a full stop inside a name or an academic title (``W. Carlos, S.Th.,``), or after a
rank or its ``Pol`` (``Kombes Pol. Rishian``, ``Iptu. Joko Susanto``), or an army officer's corps (``Letkol Inf. Laode
Muhammad Sabaruddin``: infantry, cavalry, engineers, artillery), is no end."""
_ESCORT_BEFORE = re.compile(rf"\b(?i:didampingi)\b{_IN_SENTENCE}$")
"""Words that make the unit after them an escort of the one who leads (``Operasi ini dipimpin langsung oleh Kapolda
Kalsel, …, didampingi pejabat utama TNI, Polresta Banjarmasin``): it takes part, it does not lead. A full stop inside
a name or an academic title (``IPTU W. Carlos, S.Th., Kapolsek Toulimambot``) stays within the sentence."""
_HIGHER_CHIEF = r"(?:wa)?kapol(?:da|res|resta|restabes)"
"""A Polres's or Polda's chief or deputy chief, in any case."""
_CHIEF_ESCORTED_BEFORE = re.compile(
    rf"\b(?i:{_HIGHER_CHIEF}|kabag\s?ops)\b{_IN_SENTENCE}?\b(?i:didampingi?)\b{_IN_SENTENCE}$"
)
"""A Polres's or Polda's chief or deputy chief, or a Polres's head of operations, escorted by the unit after them
(``Kapolres didampingi oleh Kasat Binmas …, Kapolsek Toulimambot …, beserta personel Polsek Toulimambot``, ``dipimpin
langsung oleh Wakapolres Minahasa …, didampingi Kapolsek Kakas``, ``ditambahkan Kabag Ops Kompol Herry Widodo SH
didampingi Kapolsek Pagar Alam Utara``, also misspelt: ``ujar Kapolres yang didamping Kasat Binmas … dan Kapolsek
Pancoran``): the Polsek's people escort the chief's patrol."""
_CHIEF_MEETS_BEFORE = re.compile(
    rf"\b(?i:{_HIGHER_CHIEF})\b{_IN_SENTENCE}?\b(?i:menjumpai|menemui|memerintahkan)\b{_IN_SENTENCE}$"
)
"""A Polres's or Polda's chief meeting or ordering the unit after him (``Kapolres bersama Dandim tiba di lokasi … dan
langsung menjumpai Kapolsek Tambang``, ``Kapolres Kampar memerintahkan Kapolsek Tambang … untuk memasang police line``):
the Polsek's chief takes part in the chief's visit, it is not the Polsek's story."""
_GUESTS_BEFORE = re.compile(
    rf"(?:\b(?i:dihadiri|(?:turut|juga|tampak)\s+hadir|hadir\s+(?:pula|juga)|kehadiran(?:nya)?\s+bersama)\b"
    rf"|(?:^|(?<=[.!?]\s))(?:Terlihat|Tampak)\s*,){_IN_SENTENCE}$"
    rf"|\b(?i:dalam\s+(?:kegiatan|acara)\s+(?:ini|itu|tersebut)\s+hadir)\b(?:[^.!?“”\"]|\.(?=\S)|(?<=\b[A-Z])\.)*$"
)
"""The guests of an event listed after ``dihadiri`` (``Acara Jumat Curhat itu juga dihadiri Kompol … (Polairud), …,
Kapolsek Balikpapan Timur AKP Djajat Sudradjat``, ``Kemudian juga hadir Kapolsek Tamalanrea``), or with a guest's
presence (``Kehadirannya bersama jajaran kepolisian dan pejabat setempat seperti …, Kapolsek Tamalate …``), or after a
sentence opening with ``Terlihat,`` or ``Tampak,`` (seen present: ``… sedang berkumpul. Terlihat, Kapolsek Bunguran
Timur Kompol M Sibarani. Kabag Ren, …``): the unit attends what another holds, it does not act in it. ``Tampak Kapolsek
… memimpin`` without the comma tells who acts. After ``Dalam kegiatan ini hadir`` the guests may be listed apart by
semicolons (``hadir Kabag Ops …; Kasat Binmas …; Kapolsek Sawah Besar …``)."""
_SENT_BEFORE = re.compile(r"\bBKO\s+(?:dari\s+)?$")
"""The unit after ``BKO`` (officers put under another unit's command for an operation) sends them (``tambahan pasukan
pengamanan dari BKO Polda Sulawesi Utara``) or commands them (``Satu Regu Satbrimob Polda Kaltim BKO Polda Papua
Barat``): either way the story is the other unit's, the one the officers reinforce or the one they come from."""
_LENT_TO_BEFORE = re.compile(r"\bBKO\s+ke\s+$")
"""The unit after ``BKO ke`` commands officers lent to it, where the unit that lends them is named before it
(``Samapta Polda Gorontalo yang melaksanakan BKO ke Polres Boalemo``): the story is the lender's. Named alone
(``Personel Brimob yang BKO ke Polres Boalemo melaksanakan patroli``), it is the story's unit."""
_ENTOURAGE_BEFORE = re.compile(
    rf"\b(?i:rombongan)\s+(?i:kapol(?:da|res|resta|restabes))\b{_IN_SENTENCE}?\b(?i:terdiri\s+(?:dari|atas))\b{_IN_SENTENCE}$"
    rf"|\b(?i:bersama)\s+(?:(?i:wakapol(?:da|res|resta|restabes))|(?i:pejabat\s+utama)|PJU)\b{_IN_SENTENCE}$"
)
"""The members of a Polres's or Polda's chief's party listed after it (``Rombongan Kapolres terdiri dari Wakapolres …,
Kasat Binmas, Ka SPKT, Kapolsek Ransiki, …``), or after ``bersama`` with the deputy chief or the main officers first
(``Kunjungan ini dilakukan bersama Wakapolres, Pejabat Utama (PJU) Polres Nganjuk, dan Kapolsek Warujayeng``): the
Polsek's chief travels with the chief, it is not the Polsek's story."""
_HELPERS_BEFORE = re.compile(rf"\b(?i:mengundang|dibantu)\b{_IN_SENTENCE}$")
"""The units the one who leads invites or is helped by (``Kapolres juga mengundang 3 orang personel Polsek Belawan, …
untuk membantu``): they take part, the story is the leader's."""
_TIPPED_OR_BACKED_BEFORE = re.compile(r"\b(?i:informasi|laporan|info)\s+dari\s+$|\b(?i:back\s?-?up)\s+$")
"""Words that make the unit after them the one that tipped the story's unit off or that it backs up (``mendapatkan
informasi dari Polsek Mamajang``, ``memberi back up Polsek Mamajang``): it neither acts in the story nor makes it its
own, also in the lead."""
_HOSTS_BEFORE = re.compile(rf"\b(?i:disambut)\s+(?:langsung\s+)?(?i:oleh)\b{_IN_SENTENCE}$")
"""The hosts who welcome a visit, listed after ``disambut oleh`` (``kedatangan rombongan yang disambut langsung oleh
Camat Rote Timur bersama …, tokoh adat dan personel Polsek Rote Timur``): the Polsek receives the visit, it does not
make the story."""
_WITH_CHIEF_BEFORE = re.compile(r"\b(?:dengan|bersama)\s+(?:[A-Z][\w.'’]*,?\s+){1,5}selaku\s+$")
"""A unit's chief named as the one the story's actor works with (``kolaborasi pemikiran dirinya dengan Iptu Rudi selaku
Kapolsek Gucialit``, the Kapolres speaking): the Polsek's chief takes part in the Polres's work, it is not his story."""
_ESCORT_REACH = 300
"""How far back in its sentence ``didampingi`` still makes a unit an escort: a list of the escorts' offices may come
between (``didampingi sejumlah pejabat utama Polda Maluku, antara lain Direktur Intelkam, …, serta Kapolsek Sirimau
Polresta Pulau Ambon dan Pulau-Pulau Lease``)."""
_COORDINATED_BEFORE = re.compile(r"\b(?:ber)?koordinasi\s+dengan\s+(?:[\w-]+\s+){0,3}$", re.I)
"""Words that make the unit after them a partner the actors coordinated with (``Tim Patra … langsung menuju lokasi dan
berkoordinasi dengan tim patroli Polresta Palu``): it did not lead."""
_PARTNER_BEFORE = re.compile(r"\bbersama\s+$")
"""The word right before a unit named as the partner of the one before it: ``… Ditreskrimum bersama Polresta …``."""
_JOINT_BEFORE = re.compile(r"\bgabungan\s+(?:dari|yang\s+terdiri\s+dari)\b[^.;:“”\"]*$", re.I)
"""Words that make the units after them parts of one joint team: ``personel gabungan dari Satsamapta, … serta``."""
_JOINT_REACH = 120
"""How far back before a unit ``gabungan dari`` still makes it a part of the joint team."""
_RANK_ON = re.compile(
    r"\s(?i:Irjen|Brigjen|Kombes|AKBP|Kompol|AKP|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigadir|Brigpol|Briptu|Bripda"
    r"|Bharada)\b.*",
    re.S,
)
"""An officer's rank and name after a unit's name the registry lacks (``Kabag Ops Polres Lobar Kompol Fauzan Wadi``,
``Polsek Buko Polres Bangkep BRIGPOL ABDIANTO``): the name ends before the rank, written in capitals too."""
_KAPOLDA_ON = r"\bKapolda\b(?:[^.;:“”\"]|\.(?=\S)){0,80}?"
"""The Polda's chief and the words after him within his clause; a full stop inside a name (``A.Rachmad``) stays in it."""
_CHIEFS_TOGETHER = re.compile(_KAPOLDA_ON + r"\bbersama(?:\s+dengan)?\s+Kapol(?:res|resta|restabes)\b", re.I)
"""The Polda's chief and a Polres's chief acting together (``Kapolda Sulsel Irjen Pol Yudhiawan bersama Kapolrestabes
Makassar Kombes Pol Arya Perdana, turun langsung melakukan patroli``): the Polres's patrol, the Polda's chief joining
it; the Polda's chief first does not make it the Polda's story."""
_CHIEF_REPRESENTED = re.compile(_KAPOLDA_ON + r"\bdiwakili\b", re.I)
"""The Polda's chief represented by an officer (``Kapolda Kalimantan Selatan Irjen Pol Andi Rian Djajadi diwakili Irwasda
… mengukuhkan 115 anggota Polri dari Polresta Banjarmasin``): the chief does not act, his name first does not make it the
Polda's story; the unit the lead names below the Polda does (set 29's ``tawaeli-jumatcurhat``, the Kapolda represented
at a Polsek's Friday session)."""
_CHIEF_VISITS = re.compile(
    r"\b(?:Kapolda|Kepala\s+Kepolisian\s+Daerah)\b"
    r"(?:[^.;:“”\"]|\.(?=\S)|(?<=\b(?:Dr|Ir|Hj))\.\s|(?<=\b(?:Drs|Pol))\.\s){0,120}?"
    r"\b(?:berkunjung|kunjungan|kunker|safari)\b"
    r"|\b(?:kunjungan\s+kerja(?:nya)?|kunker)\b[^.;:“”\"]{0,60}?\b(?:Kapolda|Kepala\s+Kepolisian\s+Daerah)\b",
    re.I,
)
"""The Polda's chief visiting, told in the lead (``Kepala Kepolisian Daerah Nusa Tenggara Timur (Kapolda NTT) Irjen Pol
Drs. Setyo Budiyanto, SH, MH melakukan kunjungan perdana di Kabupaten Alor``): the Polda's story; the Polres a later
paragraph names receives the visit (its chief among those who welcome him), it does not make the story its own. An
academic title's full stop (``Drs.``) stays within the chief's clause, and so does a rank's (``Irjen Pol. Drs. Waris
Agono``). The visit may be told first (``Dalam kunjungan
kerjanya (Kunker) ke Polres Buleleng, Kapolda Bali …``)."""
_BESIDES_BEFORE = re.compile(r"(?:^|[.!?”\"]\s+)Selain\s+(?:di|ke)\b[^.!?;“”\"]*$")
"""A sentence opening with ``Selain di`` or ``Selain ke`` (besides at the story's places) up to the unit: the unit's
work elsewhere, told besides the story's. ``Selain itu`` (moreover) or ``Selain menjaga rasa aman, anggota Polsek
Tulangan …`` (besides another aim) tells no other work."""
_OWN_AREA_AFTER = re.compile(rf"{_IN_SENTENCE}?\b(?i:untuk\s+(?:di\s+)?wilayah(?:nya|\s+hukumnya))\b")
"""A chief's words set apart as about his own area (``Kapolsek Banjarmasin Selatan … menambahkan, untuk di wilayahnya
tidak ada pos pam tersebut``): he speaks of his area beside the story's, his Polsek does not act in it."""
_SAME_DONE_BEFORE = re.compile(
    r"\bHal\s+(?:yang\s+sama|serupa)\s*,?\s+(?:juga\s+)?(?:dilakukan|dilaksanakan|digelar)\s+(?:oleh\s+)?"
    r"(?:(?:anggota|personel|personil|jajaran)\s+)?$",
    re.I,
)
"""Words that make the unit after them do the same as what the text told before: ``Hal yang sama juga dilakukan
Kapolres Tanah Laut``."""
_DOERS = re.compile(
    r"(?:(?:(?:anggota|personel|personil)(?:\s+dari)?|orang\s+dari)(?:\s+Polsubsektor\s+(?-i:[A-Z])[\w-]*\s*,)?"
    r"|kapolsek|jajaran|piket|\bkepala"
    r"|bhabinkamtibmas(?:\s+(?:desa|kelurahan)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
    r"|(?:dilakukan|dilaksanakan|digelar)\s+oleh"
    r"|\b(?:razia|patroli|operasi|penertiban|sweeping)\b(?:(?!\b(?:juga|pula)\b)[^.;,]){0,40}\s+oleh)\s*$",
    re.I,
)
"""Words that make the unit after them the one acting: ``anggota Polsek …``, ``personel dari Polsek …``, ``Giat Patroli
Gabungan ini dilakukan oleh Polsek Anjir Pasar``, its chief written out (``Kepala Kepolisian Daerah Maluku Utara``, as
``Kapolda`` is), a village's officer of the unit (``pengamanan dari Bhabinkamtibmas Desa Jatirejo Polsek Banyakan``),
people from it counted (``Lima orang dari Polsubsektor Pulaubesar, Polsek Payung``, a sub-sector named before its
Polsek), a raid's or a patrol's agent (``razia penyakit masyarakat (pekat) oleh Polsek Tegal Barat``; not others doing
it too: ``kegiatan patroli ini dilakukan juga oleh Polsek sejajaran``)."""


@dataclass
class UnitGuess:
    """The units an article names for itself (level -> name), or why that is not sure."""

    names: dict[str, str] = field(default_factory=dict)
    doubt: str = ""
    candidates: list[str] = field(default_factory=list)
    level: str = "polsek"
    """The level the doubt is about."""


@dataclass
class _Named:
    level: str
    name: str
    doer: bool
    area: bool = False
    """The unit is named as the area where the event was (``di wilayah hukum Polrestabes Medan``), or as an escort
    of the one who leads (``didampingi pejabat utama TNI, Polresta Banjarmasin``), not as who acted."""
    after: str = ""
    """The level of the unit named right before it in a list (``Polres OKI serta Polsek Mesuji``), if any."""
    joint: bool = False
    """The unit is named as a part of a joint team (``personel gabungan dari Satsamapta, Satlantas, piket fungsi serta
    jajaran Polsek Bebesen``): it takes part in the lead's unit's work."""
    escort: bool = False
    """The unit is named after a Polres's or Polda's chief and ``didampingi`` in its sentence (``Kapolres didampingi oleh
    …, Kapolsek Toulimambot …, beserta personel Polsek Toulimambot``), or among the guests (``dihadiri …, Kapolsek
    Balikpapan Timur``): its people escort the chief or attend, they do not make the story theirs."""
    guest: bool = False
    """The unit is named among the guests (``dihadiri …``, ``juga hadir Kapolsek Tamalanrea``)."""
    besides: bool = False
    """The unit is named in a sentence opening with ``Selain di`` (``Selain di Kecamatan Kelapa Lima dan Kota Lama, Polsek
    Maulafa juga menggelar patroli``): its own work besides the story's, not the story's unit."""
    same: bool = False
    """The unit is named as doing the same as what the text told before (``Hal yang sama juga dilakukan Kapolres Tanah
    Laut``): a Polda's programme told first, this unit's event after it."""
    partner: bool = False
    """The unit is named right after ``bersama`` (``… Ditreskrimum bersama Polresta Kendari``): it worked with the one
    named before it."""


def find_units(paragraphs: list[str], title: str, registry: Registry) -> UnitGuess:
    """The unit the headline and the first paragraph naming one name (a photo caption may come
    before the lead); later paragraphs only refine it.

    Names are matched against the registry without regard to spaces or case ("Polres
    Tebingtinggi" is "Polres Tebing Tinggi"), through "Kapolsek"/"Kapolres" and the usual
    short forms. A Polsek named later in the body counts only where its people act
    ("anggota Polsek Loura ..."), also under a headline naming its Polres (``Polres Sidoarjo Tingkatkan Patroli …``
    over ``anggota Polsek Tulangan melakukan patroli``); two different Polsek, or a Polsek of another Polres
    where the headline does not name the lead's unit, leave the unit in doubt. The Polda's chief or people named
    first in the lead, before any Polres (``Kapolda Sumsel … memimpin apel … Personil Polrestabes Palembang``),
    make it the Polda's story: the units named after them take part in what the Polda leads.
    """
    index = _Index(registry)
    named = [index.mentions(text) for text in paragraphs]
    told = [number for number, mentions in enumerate(named) if mentions]
    first = next((number for number in told if not _PHOTO_CAPTION.match(paragraphs[number])),
                 told[0] if told else len(named))
    lead = index.mentions(title, unknown=False) + (named[first] if first < len(named) else [])
    later = [mention for mentions in named[first + 1:] for mention in mentions]
    if not lead:
        water = _water_police(paragraphs, index)
        if not water.names:
            water = _headquarters(paragraphs, index)
        if not water.names:
            water = _english_unit(paragraphs, index)
        return water if water.names else _directorate_of_province(paragraphs, index)
    if all(named.guest for named in lead):
        return _host_among_guests(lead, named[first + 1:], index)
    lead = [named for named in lead if not named.guest]  # ``Kapolres … menyerahkan … dihadiri …, Kapolsek Kaligesing``
    if any(named.doer and not named.escort and named.level != "polsek" for named in lead):
        # ``dipimpin langsung oleh Kapolres Bateng … didampingi Kabag Ops …, Kasat Pol Air dan Kapolsek Koba``: the
        # Polres acts, the Polsek's chief escorts its chief
        lead = [named for named in lead if not (named.escort and named.level == "polsek")]
    acting_in_lead = [named for named in lead if not named.area]
    polda_leads = False
    if acting_in_lead and all(named.level == "polda" for named in acting_in_lead) and len(acting_in_lead) < len(lead):
        lead = acting_in_lead  # ``Sat Brimob Polda Sumut … di wilayah hukum Polrestabes Medan``: the Polda's people
        polda_leads = any(named.doer for named in lead)  # ``dipimpin langsung oleh Kapolda …, didampingi … Polresta``
    lead = _without_site_dateline(lead, paragraphs, first, title, named, index)
    guess = _decide(lead, index)
    together = first < len(paragraphs) and (
        _CHIEFS_TOGETHER.search(paragraphs[first]) or _CHIEF_REPRESENTED.search(paragraphs[first])
    )
    if (visit := _chiefs_visit(guess, lead, first < len(paragraphs) and paragraphs[first], index)) is not None:
        return visit  # the Polda's visit: the units it reaches, named later, do not make it theirs
    if (advice := _polda_advice(lead, first < len(paragraphs) and paragraphs[first], index)) is not None:
        return advice
    with_polres = len(lead) > 1 and lead[1].level == "polres" and lead[1].after == "polda" and not lead[1].area
    if lead[0].level == "polda" and lead[0].doer and "polda" not in guess.names and not guess.doubt \
            and not (together and index.agrees({"polda": lead[0].name, **guess.names})) \
            and not (with_polres and index.agrees({"polda": lead[0].name, "polres": lead[1].name})):
        # ``personil Polda SulTeng & Polres Sigi``: the Polda's people with the Polres's, in its area, are the Polres's story
        guess = UnitGuess({"polda": lead[0].name})  # ``Kapolda Sumsel … memimpin … Personil Polrestabes Palembang``
    elif set(guess.names) == {"polda"} and not polda_leads and not _title_names(title, guess, index) \
            and not _bureau_acts(lead, first < len(paragraphs) and paragraphs[first]) \
            and not (first < len(paragraphs) and _CHIEF_VISITS.search(paragraphs[first])):
        spoken = [[] if _speaks_only(text, mentions) else mentions
                  for text, mentions in zip(paragraphs[first + 1:], named[first + 1:])]
        guess = _below_polda(guess, spoken, index)
    first_named: dict[str, _Named] = {}
    for mention in [*lead, *later]:
        first_named.setdefault(mention.name, mention)
    # Its people acting first make it the story's unit; a unit first named escorting or besides the story (``Selain
    # di …, Polsek Maulafa juga …``) does not.
    escorts = {name for name, mention in first_named.items() if mention.escort or mention.besides}
    acting = list(dict.fromkeys(
        named.name for named in later if named.doer and named.level == "polsek" and named.name not in escorts
    ))  # a Polsek escorting the lead's chief takes part, also where its chief opens the event later: not its story
    if guess.doubt or "polsek" in guess.names or len(acting) != 1:
        return guess  # the lead's unit; several Polsek taking part make it the Polres's story
    if any(_POLSEK_CHIEFS.search(text) for text in paragraphs[first:]) or (
        first_named[acting[0]].after == "polres" or first_named[acting[0]].joint
    ):
        return guess  # the Polsek chiefs escorting, or a Polsek first listed with its Polres in one team
    if (other := _other_polsek_in_title(title, acting[0])) and index.agrees({"polsek": acting[0], **guess.names}):
        doubt = f"judul menyebut '{other}', isi menyebut '{acting[0]}'"  # ``Polsek KKP`` over ``Kapolsek Sekupang``
        return UnitGuess(guess.names, doubt, [acting[0]], "polsek")
    if index.agrees({"polsek": acting[0], **guess.names}):
        return UnitGuess({"polsek": acting[0], **guess.names})  # also under a headline naming the Polres
    if _title_names(title, guess, index):
        return guess
    guess.doubt = f"pembuka menyebut {_listed(guess.names.values())}, isi menyebut {_listed(acting)}"
    guess.candidates = [*acting, *guess.names.values()]
    return guess


_STANDING_ADVICE = re.compile(
    r"\bKapolda\b[^.\"“]{0,80}?\b(?:selalu|senantiasa)\s+"
    r"(?:mengingatkan|menekankan|berpesan|mengimbau|menghimbau|menegaskan|menyampaikan)\b",
    re.I,
)
"""The Polda's chief giving standing advice (``Kapolda Gorontalo … selalu mengingatkan dalam setiap arahannya``), which
frames what a Polres does, not an event of the Polda's."""


def _polda_advice(lead: list[_Named], opening: str | bool, index: _Index) -> UnitGuess | None:
    """A lead opening with the Polda's chief's standing advice, then a Polres of that Polda acting (``… jelas Kapolda.
    terkait hal tersebut, Kapolres Bone Bolango … menyampaikan, bahwa "Kami telah memerintahkan jajaran
    Bhabinkamtimas …``): whose story it is stays in doubt, the Polres suggested. None where that is not so."""
    if not opening or lead[0].level != "polda" or not _STANDING_ADVICE.search(opening):
        return None
    polres = next((named for named in lead[1:] if named.level == "polres" and named.doer and not named.area), None)
    if polres is None or not index.agrees({"polda": lead[0].name, "polres": polres.name}):
        return None
    doubt = f"pesan Kapolda disebut lebih dulu, tetapi {polres.name} yang bertindak; " \
            f"kosongkan bila ini berita {lead[0].name}"
    return UnitGuess({"polda": lead[0].name}, doubt, [polres.name], "polres")


def _chiefs_visit(guess: UnitGuess, lead: list[_Named], opening: str | bool, index: _Index) -> UnitGuess | None:
    """The Polda, not the unit a headline names as what its chief visits (``Kapoldasu Sambangi Polsek Muara Sipongi``),
    where the lead tells him visiting (``Kapolda Sumut … melakukan kunjungan kerja (kunker) ke Kabupaten Mandailing
    Natal``): the Polda's visit, carried out at one of its units, as set 68's ``alor-kunjungankapolda`` and set 66's
    ``bitung-safarikamtibmas``. None where that is not so: a unit already in doubt, or of another Polda, stays as it
    is, and so does a unit that acts named before the chief (``Bhabinkamtibmas Polsek Toili menindaklanjuti program
    Kapolda Sulteng … dengan melakukan kunjungan``)."""
    chief = next((named for named in lead if named.level == "polda" and named.doer and not named.area), None)
    if not chief or not opening or not _CHIEF_VISITS.search(opening) or "polda" in guess.names or not guess.names \
            or guess.doubt or not index.agrees({"polda": chief.name, **guess.names}):
        return None
    if any(named.doer and named.level != "polda" for named in lead[:lead.index(chief)]):
        return None  # ``Bhabinkamtibmas Polsek Toili menindaklanjuti program Kapolda … melakukan kunjungan``: theirs
    return UnitGuess({"polda": chief.name})


_UNIT_DATELINE = re.compile(r"\s*(?P<unit>Pol(?:res|resta|restabes|sek)\s+[^–—\-.,;:]{2,40}?)\s*[–—-]\s")
"""A unit's name and a dash opening the lead, as its site's dateline: ``Polres Pandeglang – Guna mencegah …``."""


def _without_site_dateline(lead: list[_Named], paragraphs: list[str], first: int, title: str,
                           named: list[list[_Named]], index: _Index) -> list[_Named]:
    """The lead's units without a Polres or Polsek written only as the dateline (``Polres Pandeglang –``, the site's
    own unit) where the headline and the lead after the dateline name a Polda acting (``Ditreskrimum Polda Banten
    Laksanakan Patroli Gabungan`` over ``Ditreskrimum dan Ditsamapta Polda Banten melaksanakan patroli … Kota Serang``):
    the site carries its Polda's story. A unit named again anywhere in the text or the headline stays."""
    if first >= len(paragraphs) or not (dateline := _UNIT_DATELINE.match(paragraphs[first])):
        return lead
    site = index.mentions(dateline["unit"])
    headline = index.mentions(title, unknown=False)
    after = index.mentions(paragraphs[first][dateline.end():])
    if len(site) != 1 or site[0].level == "polda":
        return lead
    poldas = {mention.name for mention in headline if mention.level == "polda"}
    if not poldas & {mention.name for mention in after if mention.level == "polda" and not mention.area}:
        return lead
    times = sum(mention.name == site[0].name for mentions in [headline, *named] for mention in mentions)
    if times != 1 or not index.agrees({site[0].level: site[0].name, "polda": min(poldas)}):
        return lead
    return [mention for mention in lead if mention.name != site[0].name]


def _host_among_guests(guests: list[_Named], rest: list[list[_Named]], index: _Index) -> UnitGuess:
    """The unit where the lead names units only as guests of an event (``Kegiatan dihadiri Wadir Binmas Polda Sulsel …
    Kemudian juga hadir Kapolsek Tamalanrea``): the first of them a later paragraph names not as a guest (``Wadir Binmas
    Polda Sulsel mengatakan``), the one whose officer speaks for the event; else the first unit a later paragraph names
    acting (``Kapolres Pohuwato, AKP Joko Sulistiono mengatakan`` below officers sent by another Polda); if none, the
    unit is in doubt."""
    names = {named.name for named in guests}
    for mentions in rest:
        hosts = [named for named in mentions if not named.guest and not named.area and named.name in names]
        if hosts:
            return _decide(hosts[:1], index)
    for mentions in rest:
        hosts = [named for named in mentions if not named.guest and not named.area and named.doer]
        if hosts:
            return _decide(hosts[:1], index)
    listed = list(dict.fromkeys(named.name for named in guests))
    return UnitGuess({}, f"teks hanya menyebut satuan yang hadir sebagai tamu: {_listed(listed)}", listed,
                     guests[-1].level)


_WATER_POLICE = re.compile(
    r"\b(?:Kasat\s*|Sat\s*)?(?:Polair(?:ud)?|Kepolisian\s+Perairan)\s+(?P<rest>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
"""A Polres's water police named with the Polres's area and no unit word (``Kasat Polair Merauke``, ``Kepolisian
Perairan Merauke``)."""


def _water_police(paragraphs: list[str], index: _Index) -> UnitGuess:
    """The Polres whose water police the text names, where it names no unit (``Polair Merauke Gandeng Masyarakat`` /
    ``kata Kasat Polair Merauke AKP Sakka``): the Satpolair is that Polres's; one Polres only, else nothing."""
    names = {name for paragraph in paragraphs for found in _WATER_POLICE.finditer(paragraph)
             if (name := index._known("polres", found["rest"]))}
    return UnitGuess({"polres": names.pop()}) if len(names) == 1 else UnitGuess()


_HEADQUARTERS = re.compile(
    r"\bMa(?P<word>pol(?:res(?:ta|tabes)?|sek))\s+(?P<rest>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
"""A unit's headquarters, ``Mapolres`` or ``Mapolsek`` and its name (``apel … di pusatkan di Mapolres Ternate``)."""


def _headquarters(paragraphs: list[str], index: _Index) -> UnitGuess:
    """The unit whose headquarters the text names, where it names no unit by a unit word (``apel dan briefing anggota
    di pusatkan di Mapolres Ternate yang dipimpin Kabag Ops Polres Kompol Jufri Dukulamo``): one unit the registry holds
    only, else nothing."""
    names = set()
    for found in (found for paragraph in paragraphs for found in _HEADQUARTERS.finditer(paragraph)):
        level = "polsek" if found["word"].casefold() == "polsek" else "polres"
        if name := index._known(level, found["rest"], city=found["word"].casefold() == "polresta"):
            names.add((level, name))
    return UnitGuess(dict(names)) if len(names) == 1 else UnitGuess()


_ENGLISH_UNIT = re.compile(
    r"\b(?P<rest>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?P<word>District|Resort|Regional|Sector)\s+Police\b"
)
"""A unit as an English edition writes it: the area, then ``District Police`` or ``Resort Police`` (a Polres),
``Regional Police`` (a Polda) or ``Sector Police`` (a Polsek): ``Boalemo District Police``."""
_ENGLISH_LEVELS = {"District": "polres", "Resort": "polres", "Regional": "polda", "Sector": "polsek"}


def _english_unit(paragraphs: list[str], index: _Index) -> UnitGuess:
    """The unit an English text names, where it names none in Indonesian (``The headquarters at the Boalemo District
    Police Water Police station``): one unit only, and one the registry holds; else nothing."""
    names = set()
    for found in (found for paragraph in paragraphs for found in _ENGLISH_UNIT.finditer(paragraph)):
        level, words = _ENGLISH_LEVELS[found["word"]], found["rest"].split()
        # the longest run of words before the unit's word the registry knows: ``The Boalemo`` is Boalemo
        known = (index._known(level, " ".join(words[start:])) for start in range(len(words)))
        if name := next((name for name in known if name), ""):
            names.add((level, name))
    return UnitGuess(dict(names)) if len(names) == 1 else UnitGuess()


_DIRECTORATE = re.compile(
    r"\bDit\s?(?i:polair(?:ud)?|samapta|sabhara|binmas|lantas|reskrimum|reskrimsus|resnarkoba|intelkam|pamobvit)\b"
)
"""A Polda's directorate written without its Polda: ``Ditpolairud``, ``Ditsamapta``."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def _directorate_of_province(paragraphs: list[str], index: _Index) -> UnitGuess:
    """The Polda whose directorate acts in a sentence naming its province, where the text names no unit (``Di NTB,
    Ditpolairud aktif melakukan patroli di sekitar Pelabuhan Lembar``): a directorate is a Polda's. One Polda only, and
    the province in the directorate's own sentence; else nothing (``Ditpolairud bersama instansi lain`` names none)."""
    provinces = {_key(unit.area): unit.name for unit in index.registry.units() if unit.level == "polda" and unit.area}
    names = set()
    for sentence in (part for paragraph in paragraphs for part in _SENTENCE_END.split(paragraph)):
        if not _DIRECTORATE.search(sentence):
            continue
        for capitals in re.finditer(r"\b[A-Z]\w*(?:\s+[A-Z]\w*){0,3}", sentence):
            words = capitals.group().split()  # ``Nusa Tenggara Barat``, or its short form ``NTB``
            spans = (" ".join(words[start:end]) for start in range(len(words)) for end in range(start + 1, len(words) + 1))
            names.update(name for span in spans if (name := provinces.get(_same_name(_key(span)))))
    return UnitGuess({"polda": names.pop()}) if len(names) == 1 else UnitGuess()


def _decide(mentions: list[_Named], index: _Index) -> UnitGuess:
    """The most specific level named; two names at that level are a doubt."""
    names: dict[str, str] = {}
    for level in ("polsek", "polres", "polda"):
        found = list(dict.fromkeys(named.name for named in mentions if named.level == level))
        if len(found) > 1 and not index.same_unit(found):
            return UnitGuess({}, f"teks menyebut dua {level}: {_listed(found)}", found, level)
        if found:
            names[level] = next((name for name in found if index.is_known(name)), found[0])
    if "polsek" in names or "polres" in names:
        names.pop("polda", None)
    return UnitGuess(names)


_POLDA_BUREAU = re.compile(
    r"\bBiro\s+(?:[A-Z][\w-]*\s+){1,4}(?:\([A-Z]{2,6}\)\s+)?(?:Polda|Kepolisian\s+Daerah)\b"
)
"""A Polda's bureau by its name, its short form in brackets perhaps, before the Polda (``Biro Sumber Daya Masyarakat
(SDM) Kepolisian Daerah``)."""


def _bureau_acts(lead: list[_Named], opening: str | bool) -> bool:
    """True when the lead's only unit is a Polda whose bureau acts (``Biro Sumber Daya Masyarakat (SDM) Kepolisian
    Daerah (Polda) Sulsel melakukan kunjungan``): its own work, which a Polres named later (``saat melakukan kunjungan
    kerja di Polres Bone``) does not take."""
    return bool(opening) and len(lead) == 1 and lead[0].level == "polda" and bool(_POLDA_BUREAU.search(opening))


def _below_polda(guess: UnitGuess, rest: list[list[_Named]], index: _Index) -> UnitGuess:
    """A Polda alone in the lead (the operation it holds, or its name where a dateline puts the
    site's: ``PONTIANAK, POLDA KALBAR –``) yields to the unit of that Polda the next paragraph naming
    one names: ``… yang digelar Polda Jatim`` / ``Seperti dilakukan Polrestabes Surabaya, …``; not where that paragraph
    has the Polda's chief act and names the unit only as a partner after ``bersama`` (``Kapolda Sultra … memaparkan
    hasil operasi jajaran … Ditreskrimum bersama Polresta Kendari``): the Polda's press conference stays its story."""
    acting = ([named for named in mentions if not named.area] for mentions in rest)  # not the area kept safe
    following = next((mentions for mentions in acting if mentions), [])
    below_it = [named for named in following[1:] if named.level != "polda"]
    if following and following[0].level == "polda" and following[0].doer and below_it \
            and all(named.partner and not named.doer for named in below_it):
        return guess  # ``Kapolda Sultra … memaparkan hasil operasi … bersama Polresta Kendari``: the Polda's chief acts
    below = _decide(following, index)
    if below.names == guess.names:
        below = _decide(_same_done(rest)[:1], index)
    return below if below.names and not below.doubt and index.agrees({**below.names, **guess.names}) else guess


_SPOKESMAN = re.compile(r"\bKabid\s*[Hh]umas\s+Polda\b")
"""The Polda's press officer named with his Polda: ``Kabidhumas Polda NTT``, ``Kabid Humas Polda NTT``."""


def _speaks_only(text: str, mentions: list[_Named]) -> bool:
    """True when a paragraph names only the Polda, each time as its press officer's (``Hal tersebut di benarkan
    Kabidhumas Polda NTT …``): he tells the story, the unit the next paragraph has act (``personil gabungan Polres
    Nagekeo …``) makes it."""
    return bool(mentions) and all(named.level == "polda" for named in mentions) \
        and len(_SPOKESMAN.findall(text)) >= len(mentions)


def _same_done(rest: list[list[_Named]]) -> list[_Named]:
    """The units named as doing the same as the Polda's programme the lead tells of (``Hal yang sama juga dilakukan
    Kapolres Tanah Laut …``), in order."""
    return [named for mentions in rest for named in mentions if named.same and named.level != "polda"]


_POLSEK_IN_TITLE = re.compile(r"\bPolsek\s+(?P<name>[A-Z][\w'’-]*)")


def _other_polsek_in_title(title: str, acting: str) -> str:
    """The Polsek the headline names by a word that does not start the acting Polsek's name (``Polsek KKP Periksa
    Identitas Penumpang`` over a lead naming the Polresta and a later ``Kapolsek Sekupang``), or '': a Polsek the registry
    does not know, which the later one need not be."""
    found = _POLSEK_IN_TITLE.search(title)
    if not found or _key(acting.removeprefix("Polsek")).startswith(_key(found["name"])):
        return ""
    return f"Polsek {found['name']}"


def _title_names(title: str, guess: UnitGuess, index: _Index) -> bool:
    return any(named.name in guess.names.values() for named in index.mentions(title, unknown=False))


def _listed(names) -> str:
    return " dan ".join(f"'{name}'" for name in names)


_GLUED_VERB = re.compile(r"(?P<name>[A-Z][a-z]+)(?P<verb>(?:ber|me|di|ter)[a-z]{2,})")
"""A name's last word and the verb after it written without the space: ``Tengahbergerak``."""
_REGENCY_WORD = re.compile(r"^(?:Kabupaten|Kab\.?)\s+", re.I)
"""The area word a regency's Polres may be written with: ``Polres Kabupaten Sumba Barat Daya``."""
_DISTRICT_WORD = re.compile(r"^(?:Kecamatan|Kec\.?)\s+(?=\S)", re.I)
"""The area word a Polsek may be written with: ``Polsek Kecamatan Batang Tuaka``."""


class _Index:
    """Registry names by level, keyed without spaces and case."""

    def __init__(self, registry: Registry) -> None:
        self.keys = {
            level: {_key(name.split(" ", 1)[1]): name for name in registry.names(level) if " " in name}
            for level in ("polsek", "polres", "polda")
        }
        self.full = {level: {_key(name): name for name in registry.names(level)} for level in self.keys}
        """Whole names, for units that differ only in their unit word: Polresta Bandung, Polrestabes Bandung."""
        self.initials: dict[str, dict[str, list[str]]] = {level: {} for level in self.keys}
        """Each level's units by the initials of their names (``OKU``); initials two units share
        name neither."""
        self.first_part: dict[str, dict[str, list[str]]] = {level: {} for level in self.keys}
        """Each level's units whose names join two areas by ``dan``, by the first area alone: ``Pulau Ambon`` for
        Polresta Pulau Ambon dan Pulau-Pulau Lease."""
        for level, names in self.keys.items():
            for name in names.values():
                initials = "".join(word[0] for word in name.split()[1:]).casefold()
                self.initials[level].setdefault(initials, []).append(name)
                if " dan " in name:
                    first = name.split(" ", 1)[1].split(" dan ", 1)[0]
                    self.first_part[level].setdefault(_key(first), []).append(name)
        self.city_areas = {_key(unit.area): unit.name for unit in registry.units()
                           if unit.level == "polres" and unit.area.startswith("Kota ")}
        """Polres by their city's area: ``Polres Kota Banjar`` is the Polres whose area is Kota Banjar."""
        self.registry = registry

    def mentions(self, text: str, unknown: bool = True) -> list[_Named]:
        """Every registry unit ``text`` names, in order; with ``unknown``, other names as written.

        A headline is read without unknown names: in title case its name would run on.
        """
        found: list[_Named] = []
        text = re.sub(r"[*_~]", " ", text)  # WhatsApp's bold, italics and strike-through
        text = _UNITS_HYPHENED.sub(" ", text)  # ``Polsek Marawola-Polres Sigi``: two units, the second above the first
        text = _without_short_forms_inside(text)  # ``Polsek Kawasan Pelabuhan (KP) Samarinda``
        text = _ISLAND_SHORT.sub(r"\g<unit>Pulau ", text)  # ``Polresta P. Ambon``: Polresta Pulau Ambon
        text = _SECTOR_OF_POLRES.sub(r"\g<polres>Polsek ", text)  # ``Polres Berau, Sektor Maratua``: Polsek Maratua
        previous_end = -1
        for match in _MENTION.finditer(text):
            level = next(level for level, _ in _LEVEL_WORDS if match[level])
            head = " ".join(text[match.start():match.start("rest")].split()).casefold()
            # ``Polresta Sorong``, ``Kepolisian Resor Kota (Polresta) Sorong``: the city's Polres (``Polresta Sorong Kota``)
            city = head.endswith(("polresta", "polsekta", "(polresta)")) or bool(re.search(r"\bresort? kota$", head))
            word = re.sub(r"^(?:wa)?ka(?=pol)", "", match[level], flags=re.I)
            name = self._known(level, match["rest"], city, word) or (unknown and self._unknown(match, level))
            if name:
                listed = found and re.fullmatch(r"\s*(?:,|&|dan|serta)?\s*", text[previous_end:match.start()])
                # Only the words just before the unit: the whole text before each unit would be
                # read once per unit named.
                before = max(0, match.start() - 64)
                doer = bool(_DOERS.search(text, before, match.start())) or match[level].lower().startswith(("ka", "waka"))
                reach = max(0, match.start() - _ESCORT_REACH)
                escort = any(pattern.search(text, reach, match.start())
                             for pattern in (_CHIEF_ESCORTED_BEFORE, _ENTOURAGE_BEFORE, _HOSTS_BEFORE,
                                             _WITH_CHIEF_BEFORE, _HELPERS_BEFORE, _CHIEF_MEETS_BEFORE))
                area = bool(_AREA_BEFORE.search(text, before, match.start())) or bool(
                    _FORMER_BEFORE.search(text, before, match.start())) or bool(
                    _HELD_AT_BEFORE.search(text, before, match.start())) or bool(
                    _COORDINATED_BEFORE.search(text, before, match.start())) or bool(
                    found and _ESCORT_BEFORE.search(text, reach, match.start()))
                guest = bool(_GUESTS_BEFORE.search(text, reach, match.start())) or bool(
                    _SENT_BEFORE.search(text, before, match.start())) or bool(
                    found and _LENT_TO_BEFORE.search(text, before, match.start())) or bool(
                    _TIPPED_OR_BACKED_BEFORE.search(text, before, match.start())) or bool(
                    _LANDMARK_BEFORE.search(text, before, match.start())) or bool(
                    _POSTED_BEFORE.search(text, before, match.start())) or bool(
                    _PRESENT_AFTER.match(text, match.end()))  # neither acts nor makes the story
                area, escort = area or guest, escort or guest
                after = found[-1].level if listed else ""
                joint = bool(_JOINT_BEFORE.search(text, max(0, match.start() - _JOINT_REACH), match.start()))
                besides = bool(_BESIDES_BEFORE.search(text, reach, match.start())) or bool(
                    word != match[level] and _OWN_AREA_AFTER.match(text, match.end()))
                found.append(_Named(
                    level, name, doer or bool(listed and found[-1].doer), area, after, joint, escort, guest, besides,
                    bool(_SAME_DONE_BEFORE.search(text, before, match.start())),
                    bool(_PARTNER_BEFORE.search(text, before, match.start())),
                ))
                previous_end = match.end()
                for other in self._listed_after(level, text, match.end()) or self._paired(level, match["rest"], name):
                    found.append(replace(found[-1], name=other, after=level))
        return found

    def _listed_after(self, level: str, text: str, end: int) -> list[str]:
        """The registry's units of ``level`` listed after a unit's name under its one unit word (``Polres Singkawang,
        Bengkayang, Landak, Kapuas Hulu, Sanggau, dan Ketapang``): a list closed by ``dan`` or ``serta`` whose names
        spell two or more of that level's units. Fewer are a place after the unit's name (``Polres Bantul,
        Yogyakarta``)."""
        listed = _LISTED_NAMES.match(text, end)
        if not listed:
            return []
        known = [name for name in (self._known(level, words) for words in _LISTED_NAME.findall(listed.group())) if name]
        return list(dict.fromkeys(known)) if len(known) >= 2 else []

    def _paired(self, level: str, rest: str, name: str) -> list[str]:
        """The second unit of ``level`` where the words after one unit word (``rest``) name two joined by ``dan``
        (``Polsek Waigete dan Kewapante``), the first of them ``name``; none where the words are one unit's name
        (``Polresta Pulau Ambon dan Pulau-Pulau Lease``)."""
        paired = _PAIRED_NAME.match(" ".join(rest.split()))
        if not paired or self._known(level, paired["first"]) != name or _key(paired["second"]) in _key(name):
            return []
        second = self._known(level, paired["second"])
        return [second] if second and second != name else []

    def agrees(self, names: dict[str, str]) -> bool:
        """True when the registry has each of ``names`` inside the wider ones."""
        try:
            self.registry.resolve(names)
        except UnitError:
            return False
        return True

    def same_unit(self, names: list[str]) -> bool:
        """True when the names are one unit written two ways: ``Polres Tapteng`` and ``Polres Tapanuli
        Tengah``; a registry name and its short form, ``Polsek Denpasar Barat (Polsek Denbar)``,
        ``Polsek Kawasan Pelabuhan Padangbai`` and ``Polsek Padangbai``; a registry name and the same with a letter
        more or less, which the registry does not hold (``Polsek Pringgabaya`` and ``Polsek Peringgabaya``)."""
        keys = {_key(name.split(" ", 1)[-1]) for name in names}
        if len({_same_name(key) for key in keys}) == 1:
            return True
        known = [name for name in names if self.is_known(name)]
        return len(known) == 1 and all(_shortens(name, known[0]) or _one_letter_apart(name, known[0])
                                       for name in names if name != known[0])

    def is_known(self, name: str) -> bool:
        """True for a unit the registry holds under that name."""
        return any(name in by_key.values() for by_key in self.keys.values())

    def _known(self, level: str, words: str, city: bool = False, word: str = "") -> str:
        """The registry name that the longest run of ``words`` spells, with the unit word as
        written first (``Polresta Bandung`` beside ``Polrestabes Bandung``); ``Polresta X`` is
        ``Polres X Kota`` when the registry has it (``city``; ``Polres X`` is the regency's); a word
        in capitals may be the initials of one registry name (``Polres PALI``, Penukal Abab Lematang Ilir), and a name
        joining two areas by ``dan`` may be written with the first alone (``Polresta Pulau Ambon``).
        A regency's Polres may be written with its area word (``Polres Kabupaten Sumba Barat Daya``), and a
        Metro Polres without ``Metro`` (``Polres Jakarta Timur``), also as a Polresta (``Polresta Depok``, a city's
        Polres Metro Depok) or by the short form of both words (``Polrestro Bekasi Kota``), and a Polsek with its
        district's word (``Polsek Kecamatan Batang Tuaka``)."""
        area_word = _REGENCY_WORD if level == "polres" else _DISTRICT_WORD if level == "polsek" else None
        parts = area_word.sub("", words).split() if area_word else words.split()
        for count in range(len(parts), 0, -1):
            key = _key(" ".join(parts[:count]))
            if level == "polsek" and 1 < count < len(parts) and parts[count - 1].casefold() == "kota" \
                    and (shorter := self._polsek_of_city(parts[:count - 1], parts[count - 1:count + 1])):
                return shorter  # ``Polsek Purwakarta Kota Cilegon``: Polres Cilegon's Polsek Purwakarta, its city
            if whole := self.full[level].get(_key(word) + key):
                return whole
            for form in (key + "kota", key, "metro" + key) if city \
                    else ("metro" + key, key) if word.casefold() == "polrestro" \
                    else (key, "metro" + key) if level == "polres" else (key,):
                name = self.keys[level].get(_same_name(form))
                if name:
                    return name
            short = key.removeprefix("metro")  # ``Polres Metro Jakbar``: a Metro Polres by its area's short form
            if level == "polres" and short in SHORT_NAMES \
                    and (name := self.keys[level].get("metro" + SHORT_NAMES[short])):
                return name
        if glued := self._glued(level, parts):
            return glued
        if level == "polres" and parts and parts[0].casefold() == "kota":
            for count in range(len(parts), 1, -1):
                if name := self.city_areas.get(_key(" ".join(parts[:count]))):
                    return name
        if spelled_on := self._initials_with_words(level, parts):
            return spelled_on
        for count in range(len(parts), 0, -1):
            if len(joined := self.first_part[level].get(_key(" ".join(parts[:count])), [])) == 1:
                return joined[0]  # ``Polresta Pulau Ambon``: the first of the two areas its name joins
        if parts and len(parts[0]) >= 3 and parts[0].isupper():
            spelled = self.initials[level].get(parts[0].casefold(), [])
            return spelled[0] if len(spelled) == 1 else ""
        return ""

    def _polsek_of_city(self, name: list[str], city: list[str]) -> str:
        """The Polsek ``name`` spells when the registry holds it under the Polres of the city ``city`` writes (``Kota
        Cilegon``), else "": a Polsek's name, then its city, may read as another Polsek's name ending in ``Kota``
        (Polres Purwakarta's ``Polsek Purwakarta Kota``)."""
        polres = self.city_areas.get(_key(" ".join(city)))
        shorter = self.keys["polsek"].get(_key(" ".join(name)))
        units = self.registry.find("polsek", shorter) if shorter else []
        return shorter if polres and any(unit.parent and unit.parent.name == polres for unit in units) else ""

    def _initials_with_words(self, level: str, parts: list[str]) -> str:
        """The one registry name whose first words a word in capitals spells by their initials and whose last words
        follow it as written (``Polres OKU Selatan``, Ogan Komering Ulu Selatan, not Ogan Komering Ulu); the most
        words that follow first. ``Polres OKU`` alone is left to the initials."""
        if not parts or len(parts[0]) < 3 or not parts[0].isupper():
            return ""
        for count in range(len(parts) - 1, 0, -1):
            tail = _key(" ".join(parts[1:count + 1]))
            spelled = [name for name in self.keys[level].values()
                       if len(name.split()) > count + 1 and _key(" ".join(name.split()[-count:])) == tail
                       and "".join(word[0] for word in name.split()[1:-count]).casefold() == parts[0].casefold()]
            if len(spelled) == 1:
                return spelled[0]
        return ""

    def _glued(self, level: str, parts: list[str]) -> str:
        """The registry name whose last word a missing space glues to the verb after it (``Polda Sulawesi
        Tengahbergerak cepat``): the verb in lower case with its prefix (``ber-``, ``me-``, ``di-``, ``ter-``) and at
        least five letters. Only the name's exact key is taken: ``Polres Batubara`` is read before, as written."""
        for count in range(len(parts), 0, -1):
            glued = _GLUED_VERB.fullmatch(parts[count - 1])
            if glued and (name := self.keys[level].get(_key(" ".join([*parts[:count - 1], glued["name"]])))):
                return name
        return ""

    def _unknown(self, match: re.Match, level: str) -> str:
        """``Polsek X`` as written, for a name the registry lacks (the check names close ones)."""
        word = match[level]
        written = re.match(r"(?:[A-Z][\w'’-]*\s*)+", match["rest"])
        if level == "polda" or not word.startswith("Pol") or word.startswith("Polisi") or not written \
                or match["rest"].isupper() or _RANK_ON.match(" " + written.group()):
            return ""  # ``Kasat Sabhara Polres AKP M Amin``: the officer's rank and name, the unit's name unsaid
        return f"{word} {_RANK_ON.sub('', written.group())}".strip(" -")


def _one_letter_apart(name: str, known: str) -> bool:
    """True when ``name``'s place is ``known``'s with one letter more or less (``Peringgabaya``, ``Pringgabaya``), in
    names of six letters or more: a misspelling, not another unit."""
    one, other = sorted((_key(name.split(" ", 1)[-1]), _key(known.split(" ", 1)[-1])), key=len)
    if len(other) - len(one) != 1 or len(one) < 6:
        return False
    return any(other[:at] + other[at + 1:] == one for at in range(len(other)))


def _shortens(short: str, full: str) -> bool:
    """True when ``short`` is ``full`` without its first words (``Padangbai``), or made of the
    starts of its words (``Denbar`` for ``Denpasar Barat``)."""
    short_key = _key(short.split(" ", 1)[-1])
    words = [_key(word) for word in full.split()[1:]]
    return short_key == "".join(words[-1:]) or _initial_parts(short_key, words)


def _initial_parts(short: str, words: list[str]) -> bool:
    """True when ``short`` is a start of every word in turn: ``denbar`` from ``denpasar``, ``barat``."""
    if not words:
        return not short
    return any(
        short.startswith(words[0][:size]) and _initial_parts(short[size:], words[1:])
        for size in range(1, len(words[0]) + 1)
    )


def _key(text: str) -> str:
    return re.sub(r"[\s'’-]", "", text).casefold()


_AREA_PREFIX = re.compile(
    r"^(?:(?:Kota|Kabupaten|Kab\.|Provinsi|DKI|Daerah\s+Istimewa|Administrasi|Pol(?:da|res\w*|sek))\s+)+", re.I
)


def _place_key(place: str) -> str:
    """``place`` without its area word, as :func:`_key` writes it, a short form of :data:`SHORT_NAMES` or another
    spelling (:data:`SPELLINGS`) as the name it stands for: ``Kabupaten Tanjung Jabung Timur`` and ``TANJABTIM`` have
    one key."""
    return _same_name(_key(_AREA_PREFIX.sub("", place)))


def respelt(names: dict[str, str], level: str, paragraphs: list[str], registry: Registry) -> dict[str, str]:
    """``names`` with the one at ``level``, which the registry lacks, as the registry spells it when
    exactly one of its close names has its place written elsewhere in the text (``Polresta Bayuwangi``
    under the dateline ``BANYUWANGI``: two sources agree on ``Polresta Banyuwangi``); else {}. A name written without
    its first words (``Polsek Ambawang`` for Polsek Sungai Ambawang) is close too: ``Kecamatan Sungai Ambawang`` in the
    text agrees."""
    written = names.get(level, "")
    text = "\n".join(paragraphs).replace(written, "")
    tail = " " + written.split(" ", 1)[-1].casefold()
    shortened = [name for name in registry.names(level) if name.split(" ", 1)[-1].casefold().endswith(tail)]
    agreeing = [
        name for name in dict.fromkeys([*registry.close_names(level, written), *shortened])
        if re.search(rf"(?<!\w){re.escape(name.split(' ', 1)[-1])}(?!\w)", text, re.I)
    ]
    return {**names, level: agreeing[0]} if written and len(agreeing) == 1 else {}


def polres_written(names: dict[str, str], paragraphs: list[str], registry: Registry) -> Unit | None:
    """The one Polsek of that name whose Polres's area the text writes, where the registry holds the Polsek's name under
    several Polres and the text names none of them (``Polsek Cibatu``, under Polres Garut and Polres Purwakarta, in a
    text under the dateline ``GARUT –``); None where the text writes both areas or neither, or a Polres is given. So
    too the one Polres of that name whose area the text writes in full, with its word, where two Polda hold the name
    and the text names neither (``Polres Banjar``, Kota Banjar's in Jawa Barat and Kabupaten Banjar's in Kalimantan
    Selatan, in a text writing ``Kota Banjar``)."""
    text = "\n".join(paragraphs)
    if "polsek" not in names and "polres" in names and "polda" not in names:
        written = [unit for unit in registry.find("polres", names["polres"])
                   if unit.area and re.search(rf"(?<!\w){re.escape(unit.area)}(?!\w)", text, re.I)]
        return written[0] if len(written) == 1 else None
    if "polres" in names or "polsek" not in names:
        return None
    written = [
        unit for unit in registry.find("polsek", names["polsek"])
        if unit.parent and re.search(rf"(?<!\w){re.escape(_AREA_PREFIX.sub('', unit.parent.area))}(?!\w)", text, re.I)
    ]
    return written[0] if len(written) == 1 else None


def namesakes(names: dict[str, str], paragraphs: list[str], registry: Registry) -> tuple[Unit | None, list[Unit]]:
    """Where the text names a Polsek and no Polres, and the registry holds that Polsek's name, spaces aside, under
    several Polres (``Polsek Kotabaru`` of Polres Karawang, ``Polsek Kota Baru`` of Polresta Jambi): the one whose
    Polres's area the text writes, and every such Polsek. ``(None, [])`` where the name is one unit's or a Polres is
    given; ``(None, namesakes)`` where the text writes the area of none of them or of several."""
    if "polres" in names or "polsek" not in names:
        return None, []
    key = _key(names["polsek"])
    same = [unit for unit in registry.units() if unit.level == "polsek" and _key(unit.name) == key]
    if len(same) < 2:
        return None, []
    text = "\n".join(paragraphs)
    written = [
        unit for unit in same
        if unit.parent and re.search(rf"(?<!\w){re.escape(_AREA_PREFIX.sub('', unit.parent.area))}(?!\w)", text, re.I)
    ]
    return (written[0] if len(written) == 1 else None), same


def other_polda(place: str, names: dict[str, str], registry: Registry) -> tuple[str, str]:
    """The Polda whose area ``place`` names when it is not the story's own Polda's, and the
    area of the story's unit (the better suggestion); ("", "") when the place may be its own.

    A dateline is where the news was written: ``JAKARTA-`` over a Polda Jawa Timur story in
    Surabaya is the newsroom, not the event's place.
    """
    own = _own_unit(names, registry)
    poldas = {unit.ancestor("polda"): None for unit in named_areas(place, registry)}
    if own is None or not poldas or own.ancestor("polda") in poldas:
        return "", ""
    return next(iter(poldas)).name, own.area


def other_polres(place: str, names: dict[str, str], registry: Registry) -> str:
    """The Polres whose city or regency ``place`` is when the story is another Polres's or one of its
    Polsek's, else "". ``PEKANBARU -`` over a Polres Pelalawan story is the province's capital, where the
    news was written (Polresta Pekanbaru's city), not the event's place, though the text names the city."""
    own = _own_unit(names, registry)
    polres = own.ancestor("polres") if own else None
    wanted = _place_key(place)
    others = [
        unit for unit in registry.units()
        if unit.level == "polres" and unit.area and _key(_AREA_PREFIX.sub("", unit.area)) == wanted
    ]
    return others[0].name if polres and others and polres not in others else ""


def named_areas(place: str, registry: Registry) -> list[Unit]:
    """The units whose area or name ``place`` names, without its area word and in any of the
    short forms of :data:`SHORT_NAMES`: ``BANDUNG`` names Polresta Bandung (Kabupaten Bandung),
    ``PPU`` Polres Penajam Paser Utara. In the registry's order."""
    index = _AREAS.get(registry)
    if index is None:
        index = _AREAS[registry] = defaultdict(list)
        for unit in registry.units():
            for key in dict.fromkeys((_key(_AREA_PREFIX.sub("", unit.area)), _key(_AREA_PREFIX.sub("", unit.name)))):
                index[key].append(unit)
    return list(index.get(_place_key(place), ()))


_AREAS: weakref.WeakKeyDictionary[Registry, dict[str, list[Unit]]] = weakref.WeakKeyDictionary()
"""Each registry's units by the key of their area and of their name (``named_areas``), made
once: a pasted text asks for the places it names many times."""


def _writes(text: str, area: str) -> bool:
    """True when ``text`` writes the area in full, its area word too: ``Kota Serang``."""
    return bool(re.search(rf"(?<!\w){re.escape(area)}(?!\w)", text, re.I))


def area_of(place: str, names: dict[str, str], registry: Registry, told: str = "") -> str:
    """How a dateline's ``place`` is written, as the registry knows it; "" when no unit's area or name holds it.

    A short form is written as the area it stands for (``PPU``: Kabupaten Penajam Paser Utara), a name written
    joined up as the registry spaces it (``BANDARLAMPUNG``: Bandar Lampung).
    A name both a city's and a regency's Polres hold (``SERANG``: Kota Serang or Kabupaten Serang) is written as the
    text writes it, the bare name, unless its area word tells which (``KOTA TEGAL``, ``KAB. CIREBON``) or the text
    ``told`` writes one of the two areas in full: the story's own Polres's (``SERANG –`` and ``Kabupaten Serang`` on a
    Polres Serang story), or the only one written when the story is not the other area's Polres's (``GK, Serang –``
    over ``pusat keramaian Kota Serang``). The bare name says no more than the text does; which area it is, the text
    does not tell.
    """
    units = named_areas(place.split(",")[0], registry)
    if not units:
        return ""
    areas = sorted({unit.area for unit in units if unit.level == "polres"})
    as_written = re.sub(r"^Kab\.\s*", "Kabupaten ", place.split(",")[0], flags=re.I).casefold()  # ``KAB. CIREBON``
    if written := next((area for area in areas if area.casefold() == as_written), ""):
        areas = [written]  # ``KOTA TEGAL``: the area word tells the city from the regency
    if len(areas) > 1:
        own = _own_unit(names, registry)
        mine = [unit.area for unit in own.lineage if unit.area in areas] if own else []
        in_full = [area for area in areas if _writes(told, area)]
        if mine and mine[-1] in in_full:
            return mine[-1]  # the story's own Polres's area, written in full
        if len(in_full) == 1 and not mine:
            return in_full[0]  # the one area the text writes in full, and no Polres of the name is the story's
        return place
    if areas and _key(place) in SHORT_NAMES:
        return areas[0]
    spaced = _AREA_PREFIX.sub("", areas[0]) if areas else ""
    if spaced.count(" ") > place.count(" ") and _key(spaced) == _key(place):
        return spaced  # ``BANDARLAMPUNG``: the city as the registry spaces it, ``Bandar Lampung``
    return place


def agrees_with_unit(place: str, names: dict[str, str], registry: Registry, whole: bool = False) -> bool:
    """True when ``place`` names the area or the name of the story's unit or of a unit above it
    (``Desa Sidomulyo, Kecamatan Rejoso`` on a Polsek Rejoso story); with ``whole``, when it is
    that area or name and nothing more (``BLORA``, not ``RADAR BANYUMAS``); a short form of
    :data:`SHORT_NAMES` names the area it stands for (``TANJABTIM`` on a Polres Tanjung Jabung Timur story), and so
    does another spelling (``JOGJA`` on a Polresta Yogyakarta story)."""
    own = _own_unit(names, registry)
    written = _same_name(_key(place))
    return own is not None and any(
        key and (key == written if whole else key in written)
        for unit in own.lineage if unit.level != "polda"
        for key in (_key(_AREA_PREFIX.sub("", unit.area)), _key(_AREA_PREFIX.sub("", unit.name)))
    )


def area_within(place: str, names: dict[str, str], registry: Registry) -> str:
    """The area of the story's Polres when ``place`` is a wider city that area is a part of (``Jakarta``
    over a Polres Metro Jakarta Utara story gives ``Jakarta Utara``), else "". (A city over its
    Polsek's district, ``Denpasar`` over Polsek Denpasar Barat, is the Polres's own city.)"""
    own = _own_unit(names, registry)
    areas = [_AREA_PREFIX.sub("", unit.area) for unit in (own.lineage if own else ()) if unit.level == "polres"]
    return next((area for area in areas if area.casefold().startswith(place.casefold() + " ")), "")


def _own_unit(names: dict[str, str], registry: Registry) -> Unit | None:
    try:
        return registry.resolve(names)
    except UnitError:
        return None
