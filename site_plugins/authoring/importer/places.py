"""Where the event was and who wrote the article, from where articles write them."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, replace

from .text import SITE_ADDRESS
from .when import DAYS, INCIDENT_WORDS, SPEECH_VERBS, names_a_day, without_incidents

PROVINCES = frozenset({
    "aceh", "sumaterautara", "sumut", "sumaterabarat", "sumbar", "riau", "kepulauanriau", "kepri",
    "sumateraselatan", "sumsel", "lampung", "bangkabelitung", "babel", "dkijakarta", "dki",
    "jawabarat", "jabar", "jawatengah", "jateng", "daerahistimewayogyakarta", "diy", "dij", "jawatimur",
    "jatim", "banten", "bali", "nusatenggarabarat", "ntb", "nusatenggaratimur", "ntt", "kalimantanbarat", "kalbar",
    "kalimantantengah", "kalteng", "kalimantanselatan", "kalsel", "kalimantantimur", "kaltim", "kalimantanutara",
    "kaltara", "sulawesiutara", "sulut", "sulawesitengah", "sulteng", "sulawesiselatan", "sulsel",
    "sulawesitenggara", "sultra", "sulawesibarat", "sulbar", "maluku", "malukuutara", "malut", "papua",
    "papuabarat", "papuaselatan", "papuatengah", "papuapegunungan", "papuabaratdaya",
})
"""Indonesia's provinces and their short forms, as lowercase letters: what a dateline may name
after its place (``Sumbawa Barat, NTB``), and what is too wide to be an event's place. Provinces
named like their capital city (Jakarta, Yogyakarta, Jambi, Bengkulu, Gorontalo) are left out:
a dateline naming them names the city."""

_STATE_FIRMS = r"(?:Bulog|Damri|Perhutani|Peruri|Pegadaian|Jasa|PPD|LKBN)"
"""State companies whose name ``Perum`` (Perusahaan Umum) opens: no housing estate."""
_MISSPELT_LEVELS = {"kabupaten": "kota", "kecamatan": "kecamatan", "kelurahan": "desa"}
"""The long area words, whose spelling with one wrong letter after the first (``Kabuoaten Lombok Barat``) is still
the word: no name is a letter away from them."""


def _one_letter_off(word: str) -> str:
    """A pattern of ``word`` with any one of its letters after the first replaced by another."""
    return "|".join(f"{word[:at]}[a-z]{word[at + 1:]}" for at in range(1, len(word)))


_PLACE_WORD = (
    r"(?:(?:Simpang\s+)?(?:Jalan|Jl\.?|Jln\.?)|Gang|Gg\.|Gedung|(?:Kompleks?\s+)?Perumahan"
    r"|Perum(?!\s+" + _STATE_FIRMS + r"\b)|"
    r"Dusun|Dsn\.|Desa|desa|Ds\.|Kp\.|"
    r"Kelurahan|kelurahan|Kel\.|Kecamatan|kecamatan|Kec\.|[Kk]ec(?=\s)|"
    r"Kota|kota|Kabupaten|kabupaten|Kab\.|Provinsi|Prov\.|Pulau|"
    + "|".join(_one_letter_off(word.capitalize()) for word in _MISSPELT_LEVELS) + ")"
)
"""Words that open a place's name; a housing estate (``Perum Bumi Aura Persada``) is placed as a street is, and a
named hall (``Gedung Tongkonan di Jl Sam Ratulangi``) is the spot before its street; a junction's word before a street
is its own (``Simpang Jl. Medan``), and a kampung (``Kampung Mosso``, Papua's village) is placed as a village is,
but a kampung's short form is the hamlet below its village (``Kp. Margamulya Desa Jomin Barat``); a district's short
form may lose its dot (``Kel. Indra Sakti kec Tanjung Balai Selatan``)."""
_STOP_WORD = (
    r"(?:Pol(?:ri|isi|da|res|resta|restabes|sek|subsektor|air|airud|wan|antas|tabes|hut|pp)\b"
    r"|Pol\w*+(?!\s+(?!" + _PLACE_WORD + r"\b)[A-Z][a-z])"
    r"|Kapol\w*|(?:(?<!\bPasar\s)|(?=\w+\s*,?\s*\(?\s*\d))(?:Senin|Selasa|Rabu|Kamis|Jum\S*|Sabtu|Minggu)"
    r"|Brigadir|Brigpol|Bripka|Briptu|Bripda|"
    r"Bharada|Bharatu|Bharaka|Aipda|Aiptu|Ipda|Iptu|AKP|Kompol|AKBP|Kombes|Serda|Sertu|Serka|Serma|Pelda|Peltu|"
    r"Praka|Pratu|Kopda|Koptu|Kopka|Letda|Lettu|Kapten|Mayor|Danramil|Koramil|Babinsa|Bha?binkamtibmas|Bhabin|"
    r"RT|RW|Ka(?:nit|sat|si|subsi|bag|ur|des)|Waka\w+|Pawas|Sat(?:gas|lantas|samapta|sabhara|binmas|reskrim)?|"
    r"Satuan|Unit|Tim|Regu|Personel|Personil|Anggota|Petugas|Camat|Lurah|Kepala|Warga|Pukul|WIBA?|WITA?|"
    r"[A-Z][a-z]{3,}nya|Tahun(?=\s+\d{4}\b))\b"
)
"""Words a place's name never runs into: ranks, titles, units, weekdays (``Kota Batu Kanit Pam ...``; but a market named
for its day is one name, ``kawasan Pasar Minggu, Jakarta Selatan``, unless a date follows it), a year after
its word (``Pilkades serentak Kabupaten Sumbawa Barat Tahun 2022``), a word
with the possessive ``-nya`` opening the next sentence, its stop left off (``kecamatan Ngabang Hasilnya, …``); a
name's word that only starts like a unit's, with another word of the name after it, is the name's (``Desa Bagik Polak
Barat``; ``Kabupaten Polman,`` and ``Kabupaten Polman Provinsi Sulbar`` still end before the short form)."""
_LONGEST_NAME = 5
_TITLE_SHORT = "".join(
    rf"(?<!\b{short})" for short in ("Jend", "Prof", "Dr", "Drs", "Ir", "Hj", "Kol", "Letjen", "Mayjen", "Brigjen", "Tgk")
)
_ROMAN_END = "|".join(rf"(?<=\b{numeral})" for numeral in ("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"))
_NUMBER_IN_NAME = r"(?:satu|dua|tiga|empat|lima)(?=\s+(?:Dusun|Desa|Kelurahan|Kecamatan|Kabupaten|Kota)\b)"
_NAME_WORD = (
    rf"(?:(?!{_STOP_WORD})(?!\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d)[A-Z0-9]"
    rf"(?:[\w'’]|-(?=\w)|(?<=[A-Z]{{2}})/(?=[A-Z]{{2,}}\b)|(?<=\d),(?=\d)"
    rf"|(?!(?:(?<=[a-z]){_TITLE_SHORT}|{_ROMAN_END})\.\s+[A-Z][\w'’-]*\s+[a-z])\.)*"
    rf"|{_NUMBER_IN_NAME})"
)
"""A name's word, its dots kept (``Jl.``, ``H.``, ``Jend. Sudirman``), a decimal comma too (``Km 1,5``), a hyphen only
inside it (``Sape-Lambu``; ``Kota Sorong- Sebanyak`` ends at the dash), two short forms in capitals joined by a slash
one word (``Gedung DPR/MPR``), but a full stop after a lowercase letter or a numbered area's Roman numeral, with a
capitalised word and a lowercase one after it, ends the sentence (``Desa Kumpang Bis. Kegiatan ini …``, ``Kecamatan
Banyuasin III. Puluhan warga …``), unless the word is a title's short form (``Jalan Jend. Sudirman depan …``). A date
written with slashes after the name is no word of it (``Kabupaten Lembata 7/6/2018``). A number's word in lowercase with
an area's word after it is the name's last word (``Kelurahan Kandai dua Kecamatan WOJA``: Kandai Dua)."""
_HEAD_WORD = rf"(?!{_PLACE_WORD}\s){_NAME_WORD}"
_AREA_WORD = r"(?:Desa|desa|Kelurahan|kelurahan|Kecamatan|kecamatan|Kec\.|Kabupaten|kabupaten|Kab\.)"
_STREET_WORD = r"(?:Jalan|Jl|Jln|Gang|Gg)\b"
_MARKET_KIND = r"(?i:tradisional|tumpah|rakyat|modern|malam|kaget|mingguan|harian|desa|kecamatan)"
"""Words after ``Pasar`` that tell a market's kind, not its name: ``Pasar Tradisional Desa Maukabatan``
is the village's market, placed by its village."""
_AREA_WORD_AS_NAME = r"(?:Kabupaten|Kecamatan|Kelurahan|Desa|Provinsi)"
"""An area's word standing alone where a name should follow another's (``di kota Kabupaten, Kecamatan, hingga
Mushola di pedesaan``: the towns of regencies in general): no name; ``Kecamatan Kota Tambolaka`` has one."""
_PLACE_KIND = r"(?:Adat|Dinas|Wisata)"
"""Words after a place word that tell its kind, not its name: ``Berbasis Desa Adat`` names the customary
villages in general; with a name after them they are a village's own (``Desa Adat Baha``). ``Wilayah`` after a place
word is never its name, whatever follows (``di Sebuah Pulau Wilayah Patrolinya``: an island of the patrol's area)."""
_ISLAND_KIND = r"(?i:terluar|terdepan|terpencil|perbatasan)"
"""Words after ``Pulau`` that tell an island's kind, not its name: ``di Pulau Terluar`` is an outermost island, not one
called so (the text names it elsewhere: ``Pulau Sentut``); ``Pulau Besar`` and ``Pulau Kecil`` are names of islands.
A year after ``Pulau`` is an event's (``Konser Musik Anak Pulau 2025``, the islands' children's concert): no island."""
_ISLAND_IN_NAME = rf"Pulau\s+{_AREA_WORD}\s"
"""``Pulau`` right before an area's word ends a village's name, not an island's word: ``Desa Jambur Pulau Kecamatan
Perbaungan`` is the village Jambur Pulau in its district (``Pulau Kecamatan Perbaungan`` is no island)."""
_VILLAGE_WORD = r"Nagori|Nagari|Jorong|Gampong"
"""Villages and hamlets by their regions' own words: Simalungun's nagori, Minangkabau's nagari and its jorong, Aceh's
gampong; a name after them is a place where a wider area follows it (``Nagori Bahalat Bayu, Kecamatan Jawa Maraja Bah
Jambi``, ``Jorong Giri Maju Nagari Koto Baru Kecamatan Luhak Nan Duo``), not in a list of names alone (``Nagari Tabek
Panjang, Koto Tinggi, …``)."""
_SPOT_WORD = (
    r"(?:Bundaran|Bunderan|Pelabuhan|Dermaga|Pantai|Taman|Stadion|Terminal|Stasiun|Masjid|Ponpes|Pondok\s+Pesantren|Monumen"
    rf"|Pasar(?!\s+{_MARKET_KIND}\b))"
)
"""Words naming a public spot (a roundabout, a port, a pier, a beach, a park, a stadium, a bus terminal, a station, a
mosque, an Islamic boarding school, ``di Ponpes Nur Antika Tigaraksa``, a market not named by its kind: ``Pasar
Sekadau``, not ``Pasar Tradisional``): with a name after them, right
after ``di``, ``di area`` or ``kawasan`` (``di Bundaran Simpang Lima``, ``di area Pelabuhan Tobelo``, ``di Masjid
Firdaus``), or a beach, a lake or a park after ``di`` and a sight's kind, its word in lower case too (``di tempat
wisata pantai Anyer``; ``destinasi wisata Danau Toba dan Tiga Ras`` lists what is guarded), they are the event's place, ended by a comma, a stop, a lowercase word or a weekday; a spot ``yang terletak
di`` places a thing the text tells of, not the event, and a spot with its street after it is placed by the street (``di
Pasar Besar, Jalan Pasar Besar``; ``di Pelabuhan Samarinda jalan Yos Sudarso``). A field is no such spot: what follows
its word is mostly its use (``Lapangan Upacara``); nor a church, whose name runs on in lowercase words (``Gereja Masehi
Injili di Timor``)."""
_SQUARE = r"Alun-[Aa]lun"
"""A town square (``di Alun-Alun Purwokerto``, ``kawasan Alun-Alun Nganjuk``) is placed as its town: the square of
the town the text names. A square with a town after its name and a comma (``di Alun-Alun Ratu Zalecha, Martapura``)
is named for someone: no town of that name."""
_AREA_OFFICE = rf"Gedung\s+(?:Kantor|Balai)\s+(?:Desa|Kelurahan|Kecamatan)\s+{_NAME_WORD}(?:\s+{_HEAD_WORD}){{0,3}}"
"""A building named for an area's office (``Gedung Kantor Desa Sarombaya``): one spot, the village's own office, not a
building called ``Gedung Kantor`` standing in the village; ``Gedung Serbaguna, Desa …`` stays a hall and its village."""
_AFTER_PLACE_WORD = r"(?:\s+|(?<=\.)(?=[A-Z][a-z]))"
"""Between a place word and the name: a space, or nothing after a short form's dot (``Kab.Pacitan``)."""
_UNITS_HALL = (
    rf"Gedung(?:\s+{_HEAD_WORD}){{1,3}}\s+(?:Map|Mako\s+P|P)ol(?:da|res(?:ta(?:bes)?)?|sek)(?:\s+{_NAME_WORD}){{1,3}}"
)
"""A named hall and the unit it stands at (``Gedung Serbaguna Polresta Sidoarjo``): one spot, the unit's own hall, not a
hall called ``Gedung Serbaguna`` somewhere."""
_PLACE = re.compile(
    rf"(?<![\w.])(?<![Ii]bu\s){_UNITS_HALL}"
    rf"|(?<![\w.])(?<![Ii]bu\s){_AREA_OFFICE}"
    rf"|(?<![\w.])(?<![Ii]bu\s){_PLACE_WORD}(?<!Pulau(?=\s+(?:{_ISLAND_KIND}|(?:19|20)\d\d)\b)){_AFTER_PLACE_WORD}"
    rf"(?!{_STREET_WORD})"
    rf"(?!Distrik\s)(?!Wilayah\b)(?!{_PLACE_KIND}\b(?!\s+{_NAME_WORD}))"
    rf"(?!{_AREA_WORD_AS_NAME}\b(?!\s+{_NAME_WORD})){_NAME_WORD}"
    rf"(?:\s+(?!(?!{_ISLAND_IN_NAME}){_PLACE_WORD}{_AFTER_PLACE_WORD})(?!(?:{_VILLAGE_WORD})\s){_NAME_WORD})"
    rf"{{0,{_LONGEST_NAME - 1}}}"
    rf"|(?:(?<=\bdi\s)|(?<=\bwisata\s)|(?<=\bwilayah\s)){_HEAD_WORD}(?:\s+{_HEAD_WORD}){{0,4}}"
    rf"(?=(?:\s*\([A-Z]\w+\))?\s*,\s*(?:{_AREA_WORD}|Provinsi)\s)"
    rf"|(?<=\bdi\s)Pasar(?!\s+{_MARKET_KIND}\s*,?\s*{_AREA_WORD}\s)(?:\s+{_HEAD_WORD}){{1,4}}(?=\s*,?\s*{_AREA_WORD}\s)"
    rf"|(?P<spot>(?:(?:(?<=\bdi\s)(?<!\bterletak\sdi\s)|(?<=\bdi\sarea\s)|(?<=\bkawasan\s)){_SPOT_WORD}\s+"
    rf"|(?:(?<=\bdi\stempat\swisata\s)|(?<=\bdi\sobjek\swisata\s)|(?<=\bdi\slokasi\swisata\s)"
    rf"|(?<=\bdi\skawasan\swisata\s))(?:[Pp]antai|[Dd]anau|[Tt]aman)\s+"
    rf"|(?:(?<=\bdi\s{_SQUARE}\s)|(?<=\bkawasan\s{_SQUARE}\s))"
    rf"(?!{_HEAD_WORD}(?:\s+{_HEAD_WORD}){{0,2}}\s*,\s*(?!{_AREA_WORD}|Provinsi|Kota\b)(?-i:[A-Z])))"
    rf"{_HEAD_WORD}(?:\s+{_HEAD_WORD}){{0,2}}"
    rf"(?:(?:(?<=\s\d)|(?<=\s\d\d))\s+dan\s+\d{{1,2}}\b)?"
    rf"(?!\s*,?\s*(?:{_STREET_WORD}|jalan\b|jl\b))(?=\s*[,.;:(]|\s+(?-i:[a-z])|\s+{_STOP_WORD}|\s*$))"
    rf"|Kampung(?:\s+{_HEAD_WORD}){{1,3}}(?=\s*,\s*(?:{_AREA_WORD}|Distrik)\s)"
    rf"|(?<![\w.])(?:{_VILLAGE_WORD})(?:\s+{_HEAD_WORD}){{1,3}}(?=\s*,?\s*(?:{_AREA_WORD}|{_VILLAGE_WORD})\s)"
    rf"|(?<![\w.])[Pp]erairan(?:\s+{_HEAD_WORD}){{1,2}}\s+(?:hingga|sampai)\s+{_HEAD_WORD}(?:\s+{_HEAD_WORD}){{0,1}}"
    rf"|(?<=\bdi\s)Perairan(?:\s+{_HEAD_WORD}){{1,2}}(?=\s*[.,]|\s+(?-i:[a-z]))"
)
"""A named place: ``Desa Medalem``, ``Kecamatan Kota Tambolaka``, ``Jl. Ahmad Yani No. 5`` (``kota Jalan
Sisingamangaraja`` is the town's street, not a town named Jalan; ``Bina Desa Distrik Bintuni`` ends a kampung's name
with ``Desa`` before Papua's district, no village called ``Distrik Bintuni``); or a
town without a place word that heads a chain of areas: ``di Bangkinang Kota, kabupaten Kampar``,
``di Indragiri Hilir (Inhil), Provinsi Riau``, also after a sight's kind (``objek wisata Pantai Ba’batoa, Desa
Lapeo``) or an area's word (``sejumlah titik strategis wilayah Kabanjahe, Kabupaten Karo``); a market heads its areas
with or without the comma, a spot's numbered blocks joined by ``dan`` one spot (``kawasan Pasar Senen Blok 1 dan 2``):
``di Pasar Kauditan Kabupaten Minahasa Utara``; a kampung (Papua's village) heads its areas after a comma
(``Kampung Mosso, Distrik Muara Tami, Kota Jayapura``); waters told from one shore to another are a place
(``perairan Lembar hingga Sekotong``; ``perairan Tanjungbalai`` alone names its town's waters), and so are waters
named after ``di`` with the word capitalised as a name's (``di Perairan Gunung Sitoli.``); but a market's kind
is no name (``di Pasar Tradisional
Desa Maukabatan`` gives the village); a spot before a street, ``di Pasar Besar, Jalan Pasar Besar``, is
placed by its street."""
_OFFICIAL = re.compile(
    r"\b(?:(?:Kepala|Sekretaris|Perangkat|Wali|Pangulu|Keuchik|Geuchik)\s+"
    rf"(?:Desa|Dusun|Kelurahan|Kampung|{_VILLAGE_WORD})"
    r"|Wali\s+Kota|Balai\s+Kota"
    r"|(?:Staf|Staff|Pegawai)\s+(?:(?:Dinsos|Dishub|Disdik|Dinkes|Diskominfo|Disnaker|Dispora)\s+)?"
    r"(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kab\.|Kota)"
    r"|(?:Ka[Pp]|P)ol(?:res|sek|da)\w*(?:\s+[A-Z][\w'’]*){0,3}\s+[Kk]ota"
    r"|(?:(?:Ka[Pp]|P)olsek|Polisi\s+Sektor(?:\s*\(Polsek\))?|Kepolisian\s+Sektor)\s+Kecamatan"
    r"|(?:Polisi|Kepolisian)\s+(?:Sektor|Resor(?:t)?)\s+Kota"
    r"|\bpihak\s+(?:Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan)"
    r"|\b(?:Forkopimda|Forkompinda|Forkopimcam|Muspida|Muspika)\s+"
    r"(?:Kabupaten|Kab\.|Kota|Provinsi|Kecamatan|Kec\.)"
    r"|(?:Ka[Pp]|P)ol(?:res|sek|subsektor)\w*\s+Pulau"
    r"|(?:(?i:hari\s+jadi|hari\s+ulang\s+tahun|ulang\s+tahun)|HUT)\s+(?:ke-?\s*\d+\s+)?"
    r"(?:Kabupaten|Kota|Provinsi|Desa)"
    r"|(?:Dinas|Badan|Dewan\s+Pengurus|Pengurus)\s+(?:[A-Z][\w'’]*\s+|dan\s+){1,8}"
    r"\(\s*[A-Z]{2,}(?:\s+[A-Z]{2,})?\s*\)\s+"
    r"(?:Kabupaten|Kota|Provinsi))"
    r"(?:\s+[A-Z][\w'’.-]*)*"
)
"""An official's title, whose place runs into the official's name (``Kepala Desa Kota Bangun
Sayugi``; the mayor, ``Wali Kota Pontianak``; an office's staff, ``Staf Kecamatan Muara Enim``), a unit's name with a place word (``Polres Kota Karangasem``, ``Polres Tegal Kota Gelar
Patroli …``, ``Polisi Sektor (Polsek) Kecamatan Enok``, ``Kepolisian Sektor Kota Ternate Selatan``, ``Polsek Pulau
Sembilan``, named for its
islands), a region's anniversary (``hari jadi
Kabupaten Banyuwangi ke 251``), a region's government (``pihak Kabupaten Kepulauan Seribu melarang …``, ``dihadiri
juga oleh Forkopimda Kab. Minahasa``: its leaders, not where the event was) or an agency's
or a union's branch named with its short form (``Dinas Pemberdayaan
Masyarakat dan Desa (DPMD) Kabupaten Bandung Barat``, ``Dewan Pengurus Cabang Himpunan Nelayan Seluruh Indonesia (DPC
HNSI) Kabupaten Gresik``): no event's place. An office's staff may be named by the office's short name too (``Staf
Dinsos Kab. Jember``)."""
_LEVELS = {
    "jalan": "jalan", "jl": "jalan", "jln": "jalan", "gang": "jalan", "gg": "jalan",
    "perumahan": "jalan", "perum": "jalan", "komplek": "komplek", "kompleks": "komplek",
    "simpang": "jalan",
    "dusun": "dusun", "dsn": "dusun", "jorong": "dusun", "desa": "desa", "ds": "desa", "kelurahan": "desa",
    "kel": "desa", "kampung": "desa", "kp": "dusun", "nagori": "desa", "nagari": "desa", "gampong": "desa",
    "kecamatan": "kecamatan", "kec": "kecamatan", "kota": "kota", "kabupaten": "kota", "kab": "kota",
    "provinsi": "provinsi", "prov": "provinsi", "pulau": "pulau"
}
_DATELINE = re.compile(
    # the site's name first: ``TBNEWSSUMBAR.ID, Sawahlunto –``, ``detik86News.com - Deli Serdang -``,
    # ``SURYA.CO.ID, GRESIK -``
    rf"(?:(?:[A-Z]+\s)?(?:[\w-]+\.)*{SITE_ADDRESS}\s*(?:[,|]|\s[-–—])\s*)?"
    r"\[?(?P<place>(?:(?i:kab)\.\s*)?[A-Z][\w'’]*(?:\s+[A-Za-z][\w'’]*){0,3})\]?"
    r"(?:(?P<tail>(?:\s*,\s*[\w.]+(?:\s+[\w.]+){0,3})?)(?:\s*,?\s*\([^)]*\))?"
    r"(?P<dated>\s*,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})?"
    rf"(?:\s*,?\s+(?:[\w-]+\.)*{SITE_ADDRESS}\S*)?"
    r"(?:\s*-[A-Z]{2,5}-\s|\s*,?\s*(?:[–—|~]|-+)\s|(?<=[A-Z]{3})\s*[-–—](?=[A-Z][a-z])|(?<=\))\s*[-–—](?=[A-Z])"
    r"|(?:(?i:(?<=\.id)|(?<=\.com)|(?<=\.co)|(?<=\.net)|(?<=\.news)))[–—](?=[A-Z][a-z]))"
    rf"|\s*,\s*(?:{DAYS}),?\s+\d{{1,2}}\s+[A-Za-z]{{3,9}}\.?\s+\d{{4}}\s*,\s+(?=[A-Z]))"
)
"""A dateline at the start of the lead: ``Probolinggo, Jatim –``, ``TEBING TINGGI (Sumut) site.com |``,
``MASOHI, Polres Maluku Tengah -``, ``Metro7news.com|Tanjungbalai -``; a place in capitals may meet
the lead's first word at its dash: ``BATURAJA -Personel``, ``JOGJA—Patroli``, and so may the site's name in brackets:
``Tanjungbalai (Pewarta.co)-Satpolairud``, also after a comma: ``Banjarmasin, (Antaranews Kalsel) -``; the day
and a comma may close it without a dash: ``Ketapang, Sabtu 25 September 2021, Dalam …``; the place may stand in
square brackets: ``[HALSEL] –``; a site's address after the comma may meet the lead's first word at an en or em dash:
``NAMODALE, ROLLE.id–Anggota``; a tilde closes it as a dash does: ``Gunungsitoli ~ Pers kpk Tipikor ~``, and so
does a site's initials between two dashes: ``AMUNTAI -IPN-``; the day without its weekday may close it before the
dash (``MERCUSUAR, Wonosobo, 25 Juli 2024 –``, ``dated``)."""
_CREDIT_LINE = re.compile(
    r"(?:(?:redaktur|editor)\s*(?:&|dan)\s*(?=reporter|penulis|wartawan))?"
    r"(?P<key>penulis|peliput|reporter|rep(?=\s*:)|pewarta|kontributor|wartawan|jurnalis|laporan|oleh|editor|redaktur"
    r"|redaksi"
    r"|publish(?:er)?|sumber"
    r"|foto)"
    r"(?:\s*/\s*(?:editor|redaktur|posting))?"
    r"(?:\s*[:;]\s*|(?<=penulis),\s+(?=[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2}\s*$))",
    re.I,
)
"""A credit's label and its colon, or a semicolon typed for one (``Editor ; Moh.Nasir Tula``); a reporter who edited
the story too is the reporter (``Peliput/Editor: Lily Paputungan``, ``Redaktur & Reporter : Angga Setiawan``); a
writer's label closed by a comma before a name of up to three words alone (``Penulis, JURNALISA``); ``Rep:`` is the
reporter's (``Rep: Meidy Ardiansyah | Editor: Andra Daryl Permana``); an editor who also posted it is the editor
(``Editor/Posting : Imam Ghazali``)."""
_BARE_CREDIT = re.compile(
    r"(?:(?P<key>Oleh|Sumber|Penulis)|Laporan\s+Wartawan\s+[\w.-]+,"
    r"|Laporan\s+(?:Wartawan\s+)?(?!Pol\w*\b)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2},"
    r"|Laporan(?=\s+[A-Z]{2,}\s+[A-Z]{2,}))"
    r"\s+(?P<name>[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,9}),?"
)
"""Credits without a colon, every word capitalised: ``Oleh Rahmat Hidayat``, ``Penulis Dani``,
``Laporan Wartawan Tribunnews.com, Reynas Abdila``, the newsroom's name of up to three words, with or without the reporter's word
(``Laporan Tribun Kaltim, Rafan A Dwinanto``; a unit's report, ``Laporan Polres …,``, credits no one), ``Laporan HENDRAWAN KARIMAN,`` (the name in capitals)."""
_EDITOR_ALONE = re.compile(r"Editor\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,1})")
"""An editor's credit without a colon, a name of one or two words, alone on its line below the story (``Editor Jus``); a
headline opening with the word is longer (``Editor Jaga Marwah Pers, Polda Gelar Dialog``)."""
_BUREAU_CREDIT = re.compile(
    r"(?:Kaperwil|Kabiro|Kepala\s+(?:Biro|Perwakilan))\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*:\s*"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
)
"""A regional bureau chief's credit above the text, the region between the role and the colon: ``Kaperwil Jateng :
Yogie``; the chief reports the story."""
_REPORTER_ALONE = re.compile(
    r"Laporan\s+(?:oleh\s+)?(?!(?:Khusus|Utama|Kegiatan|Harian|Mingguan|Tahunan|Akhir|Langsung|Warga|Pembaca)\b)"
    r"(?P<name>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)(?:\s*\|\s*[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2}"
    r"|\s*,\s*(?:Wartawan|Reporter|Kontributor)\s+[\w.-]+(?:\s+[\w.-]+){0,2})?"
)
"""A reporter's credit without a colon, a name of one or two words after ``Laporan`` alone on its line:
``Laporan Jefrizal``, ``Laporan oleh Wakhid Muqodam``, also with the region reported from after a bar
(``Laporan Jafaruddin | Aceh Utara``) or the newsroom after a comma (``Laporan Andi Apriyadi, Wartawan Jejamo.com``);
a rubric
(``Laporan Khusus``, ``Laporan Utama``: the words are data) names no one."""
_REPORTER_WITH_DESK = re.compile(
    r"(?:Wartawan|Reporter|Jurnalis)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*\(\s*[A-Z]{2,5}\s*\)"
)
"""A reporter's credit without a colon, the desk's code in brackets after the name: ``Wartawan Joko Samudro (PSN)``."""
_DOTTED_CREDIT = re.compile(
    r"(?P<key>Reporter|Penulis|Pewarta|Wartawan|Jurnalis)\.\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})"
)
"""A writer's credit alone on its line with a full stop after the role: ``Reporter. Wayan Sukanta``."""
_STAMP_THEN_BY = re.compile(
    r"[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)? \d{4},\s*\d{1,2}[:.]\d{2},\s+by\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})(?:,\s*[\w.-]+)?"
)
"""A page's stamp in English with the writer after ``by`` and the desk: ``Jan 21st 2023, 14:26, by Hedi Malliwang,
kumparanNEWS``."""
_INITIALLED_NAME = re.compile(r"(?P<name>[A-Z]\.\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\.?")
"""A writer's name with an initial alone on a line, as a page signs the article: ``R. Hutagaol.``"""
_CREDITS_AFTER = re.compile(rf"\s[-–—|]\s(?={_CREDIT_LINE.pattern})", re.I)
_CREDITS_CLOSING = re.compile(
    rf"(?:(?<=[.!?”\"])|(?<=[.!?”\"]\s\(\*\)))\s+(?=(?:{_CREDIT_LINE.pattern})[^.!?]{{1,80}}$)", re.I
)
"""The start of credits glued after a paragraph's last sentence, also after the end mark ``(*)`` a page closes the story
with (``… pungkasnya. (*) Wartawan: Asep Sunaryo Editor: Endang Sahroni``)."""
_RELEASE = r"(?:[Rr]ilis|[Rr]elis|[Rr]elease|[Rr]ealese|[Rr]elase)"
"""A press release, as pages write the word."""
_HUMAS_CLOSING = re.compile(
    r"(?<=[.!?”\"])(?:(?:\s+\*?\((?:Humas\b[^()]{3,80}|Red\s*/\s*(?:\w*humas|hu?ms|hum|" + _RELEASE + r")\b[^()]{0,40})"
    r"|\s*\((?:foto|dok)\b[^()]{0,80})\)|\s+\[Red\s*/[^\[\]]{1,40}\])\W*$", re.I
)
"""A unit's humas or a desk's release in brackets closing a paragraph (``… warga Bantul. (Humas Polres Bantul)``, the
humas by its short form after the desk: ``… tuturnya. (Red/Hum)``, also set in italics: ``… kondusif tanpa adanya
gangguan kamtibmas. *(Humas Polres Rohul)*``), or a
photo's credit closing a paragraph too long to be dropped as a caption (``… Jumat (10/10/2025). (Foto: Dokumentasi
Humas Polres Wajo)``), or a desk's filing code in square brackets (``… tutur Januaryono. [Red/Akt-49/08/2021/Agi].``):
it credits no writer, and leaves; the sentences stay."""
_WRITERS = (
    "penulis", "peliput", "reporter", "rep", "pewarta", "kontributor", "wartawan", "jurnalis", "laporan", "oleh",
    "kaperwil", "redaksi",
)
"""Credits that name the writer, the surest first; ``Redaksi: Mito`` beside ``Editor: Win`` names the newsroom's
writer, when no other credit does."""
_END_CREDIT = re.compile(
    r"\((?:(?i:red|rep|pen|penulis)\s*/\s*(?P<name>[A-Z][^()/]{1,40})"
    r"|\s*(?P<writer>[A-Z][a-z]{3,}(?: [A-Z][a-z]+){0,2})\s*/\s*(?:[A-Z]{2,5}|(?i:red|redaksi)\b|" + SITE_ADDRESS
    + r"|(?!(?:humas|redaksi|rilis|release|admin)\b)[a-z]{3,}(?:post|news|pos|online|times))\s*)\)\W*$"
)
"""The writer and the desk in brackets closing the text, either way round: ``(Red/Yuni S)``,
``(Endah/POL)``, ``(Firasat/Red)``, ``( Ahmad Latif/RNN )``, or the writer and the site's address
(``(Ansel Deri/Odiyaiwuu.com)``), or the
paper's name in lowercase ending as a paper's does (``(Wirnaya/balipost)``;
``(Red/anekafakta.com)`` names the desk); three letters before the desk are the writer's initials, as the
desk's are (``(Har/RB)``), no name."""
_SITE_THEN_WRITER = re.compile(
    r"\(\s*(?-i:[A-Z][a-z]+(?:[A-Z]{2,}|[A-Z][a-z]+))\s*/\s*(?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]+){0,2})\s*\)\W*$"
)
"""The site's name in camel case and the writer in brackets closing the text: ``(GaluhID/Joe)``; a desk's word first
(``(Red/Yuni S)``) is :data:`_END_CREDIT`'s."""
_TWO_WRITERS = re.compile(
    r"\(\s*(?!(?i:red|rep|pen)\b)(?P<name>[A-Z](?=[a-z]*[aeiou])[a-z]{2,})\s*/\s*(?!(?i:red|rep|pen)\b)"
    r"[A-Z][a-z]*[aeiou][a-z]*\s*\)\W*$"
)
"""A writer's first name and, after a slash, a second writer's or the desk's in brackets closing the text: ``( Sri/
Reni )``, ``(Herman/Humas)``; the first is taken. Initials (``(Sdy/Sdy)``, no vowel after the first letter; ``(De/
Bidhumas)``, two letters) and a desk's word on either side (``(Red/Andi)``, :data:`_END_CREDIT`'s) are no writer so."""
_DESK_SIGNED = re.compile(r"(?P<name>[A-Z][a-z]{2,})_[a-z]{2,}\s*(?:\(\*\))?\W*")
"""The writer's name joined to the desk's, alone as the last line: ``Fachry_binmas(*)``."""
_SLASHED_TO_DESK = re.compile(
    r"(?:[A-Z]{1,4}\s*/\s*)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})\s*/\s*(?i:red)\.?"
)
"""The writer's full name between an editor's initials and the desk's ``red``, alone as the last line:
``DH/Yordani Emerald/red``."""
_DESK_ACCOUNT_THEN_NAME = re.compile(r"(?i:redaksi|admin)\d{0,3}\s*-\s*(?P<name>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+){0,2})")
"""The desk's account, numbered, a hyphen and the writer's name, alone as the last line: ``Redaksi01-Alfian``."""
_WRITERS_JOINED = re.compile(r"(?P<name>[A-Z][a-z]{2,}-[A-Z][a-z]{2,})")
"""Two writers' names joined by a hyphen, alone as the last line: ``Wahono-Riyan``."""
_END_NAME = re.compile(r"\(\s*(?P<name>[A-Z](?=[a-z]*[aeiouy])[a-z]{3,}(?: [A-Z][a-z]+| [A-Z]\.?)?)\s*\)\W*$")
"""A single name in brackets closing the text, a likely writer: ``(Ramli)``, ``( Bahri )``, ``(Arby)`` (a y its
vowel), also with a surname's initial (``(Joko S)``). Consonants alone after the
first letter (``(Shlh).``, ``(Hmbs)``) are a writer's initials, as in :data:`_TWO_WRITERS`: no name."""
_END_STARRED_NAME = re.compile(r"\(\s*\*\s*/\s*(?P<name>[A-Z](?=[a-z]*[aeiou])[a-z]{3,})\s*\)\W*$")
"""A source's mark, a slash and a single name in brackets closing the text: ``(*/Yuser)``, the writer; a name of three
letters or fewer (``(*/Can)``, ``(*/pur)``) may be initials, as in :data:`_END_NAME`: no name."""
_NAME_THEN_DESK = re.compile(
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,3})\s+[–—-]\s+(?:Redaksi|Editor|Reporter|Penulis|Wartawan|Kontributor)"
)
"""A writer's name and the desk they write for, alone on the text's last line: ``Alexander Jason – Redaksi``."""
_END_DESK_THEN_NAME = re.compile(r"\(\s*[A-Z]{2,4}\s*-\s*(?P<name>[A-Z](?=[a-z]*[aeiou])[a-z]{3,})\s*\)\W*$")
"""A desk's initials in capitals, a hyphen and a single name in brackets closing the text (``(SM-Taman)``): the name a
likely writer, as a single name alone in brackets is (:data:`_END_NAME`); a town after an agency's initials
(``(ANT-Ambon)``) is written again in the text and stays a suggestion."""
_END_FULL_NAME = re.compile(
    r"\(\s*@?(?P<name>(?:[A-Z][a-z]+['’]?|[A-Z])(?: [A-Z][a-z]+['’]?){1,2}|[A-Z]\.[A-Z][a-z]{2,}(?: [A-Z][a-z]+)?)"
    r"(?: [A-Z]\.[A-Z]{2,4})?\s*\)\W*$"
)
"""A person's full name in brackets closing the text: ``(Peni Kusumawati)``, ``(Surya Ghempar).``, also with an initial
first and the desk's code after it: ``(M Siboro C.ILJ)``, or with the initial's full stop glued to the surname:
``(F.Simanjuntak)``; this and :data:`_END_NAME` take spaces inside the brackets
(``( Yuyi Rohmatunisa)``, ``( Bahri )``); a full name written as a social handle (``(@Gus Kliwir)``) is the name without
its ``@``."""
_END_NAME_LOWER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?])|(?<=[.!?,][”\"]\s))"
    r"\(\s*(?P<name>(?!(?:red|rep|tim|foto|dok|ist|net|adv|rls|humas|redaksi|admin|sumber|selesai|rilis|release)\b)"
    r"[a-z]{3,}(?: (?!(?:red|humas|redaksi|polres|polsek|polda|post|news|online)\b)[a-z]{3,}){1,2})\s*\)\.?\s*$"
)
"""A writer's full name in lowercase in brackets closing the text, two or three words (``papar Tobing. (abidan
simbolon)``), after a sentence's end or alone: the name as written; words in brackets inside a sentence
(``di warung kopi (keude kopi),``) are none; one word (``(irn)``, ``(rima)``) may be initials and gives nothing, and a desk's
or a source's words (``(foto istimewa)``, ``(tim humas)``) are no name. A closing quote counts as a sentence's end
only after its stop: words in brackets after a quoted word (``terlibat dalam “ngelem” (menghirup lem).``) gloss it."""
_END_HANDLE = re.compile(r"(?:^|(?<=[.!?”\"]))\s*\(\s*(?P<name>[a-z][a-z.]{3,}\d{1,4})\s*\)\.?\s*$")
"""A writer's handle in brackets closing the text, lowercase letters and digits, after a sentence's end or alone
(``kriminalitas jalanan.(massing85)``): the handle as written; no initials or desk's word has digits, and a year
alone (``(2025)``), a desk's or unit's word before the digits (``(humas1)``) or words in brackets inside a sentence
are none. Words joined by an underscore (``(dk_reborn168)``) are an account's username, as the same site's
``(dk_reborn)`` closing another story is: no writer's name."""
_NOT_A_PERSON = re.compile(
    r"\b(?:\w*[Hh]umas|Hu?ms|Hum|Pol\w*|Foto|Dok\w*|Sumber|Istimewa|Antara|Tim|"
    r"(?i:redaksi|admin|administrator|webmaster)|Konten|Pen(?:dim|rem|dam)|Editor|Redaktur|"
    r"Dinas|Disdik|Dishub|Diskominfo|Dinkes|Pemkab|Pemkot|Pemprov|"
    r"Media|Partner|(?i:news)|Person[ei]l|Anggota|Metro|(?i:\w*kamtibmas)|"
    r"\w*TV\w*|\w*\d\w*|" + _RELEASE + r")\b"
)
"""Words that name a unit, a desk (``JS/Hms Res KH/red``), an office (``Disdik Majalengka``), a source or a page's label
(``Konten Media Partner``), or say the text is a press release (``(Red/Realese)``, misspelt as pages write it), not a
writer; the newsroom's desk or the site's admin in any case (``Wartawan : redaksi``, a portal's default credit), and
so is a CMS account's name above the stamp (``Administrator``, ``webmaster``). A television network's desk (``Penulis
: KompasTV Palembang``, ``Metro TV``) and a contributor's code with a digit in it (``Kontributor : B2``) name no
writer either: no one's name has a digit or ``TV`` in capitals. A CMS account named after the site (``Penulis: arash
news``) is no writer's name either: no one's name has the word ``news``; nor a report's numbered section read as an
initialled signature (``I. Kuat Personel`` above ``II. …``): no one's name has ``Personel`` or ``Anggota``. An army
information desk's account (``(pendim1002)``, a district command's ``Pendim`` and its number) is a desk's too, and an
editor's credit alone on its line (``Editor Jus``) names no writer: no one's name has ``Editor`` in it, nor has the
humas office's short form after the desk (``(Red/Hum)``). A paper's city rubric above its stamp (``Semarang Metro``)
names no one either: no one's name has ``Metro``, nor ``kamtibmas``, the police's word for public order closing a
sentence in brackets (``… ketertiban masyarakat (Sitkamtibmas).``)."""


LISTED = "teks menyebut beberapa tempat (rute atau daftar)"
"""Why a place listing several is left to the writer."""


@dataclass
class Place:
    """Where the event was, or why that is not sure and what it probably is."""

    text: str = ""
    doubt: str = ""
    suggestion: str = ""
    dateline: bool = False
    """The place is the lead's dateline: where the news was written, not always the event's place."""
    polres_dateline: bool = False
    """The place is a dateline naming a Polres (``MASOHI, Polres Maluku Tengah –``): where the
    Polres writes from, which need not be where its Polsek acted."""
    bare: bool = False
    """The dateline is its place alone, with no site's name beside it (``SAIBETIK —``)."""
    told_later: bool = False
    """The place is named neither in the lead nor in the paragraph that writes the event's day:
    it may be a place the text goes on to tell of, not where the event was."""
    region: str = ""
    """Words after a dateline's comma that may be a region or the site's name (``Singaraja,
    Buleleng –``, ``Sarolangun,MA –``): the registry tells."""
    listed: str = ""
    """The first of several districts the text lists, when the dateline is taken for them: the suggestion of the
    list's flag where the dateline cannot be filled."""


def find_location(paragraph: str, more: list[str] | None = None) -> str:
    """The place an article names: the fullest chain of named places, else the dateline."""
    return find_place([paragraph, *(more or [])]).text


def find_place(paragraphs: list[str], skipped: int = 0) -> Place:
    """The fullest chain of named places (street, village, district, city) in the first paragraphs.

    A list of places (``Desa A, Desa B``, ``Kecamatan A dan Kecamatan B``) is a route, not
    one place: it is left in doubt, and so is every other place of the paragraph that lists
    them (``kantor … Jl. A, kantor … Jl. B, dan gudang … Kec. C``: targets, not the event's place).
    Without a named place (or with only a province), the lead's dateline is taken. The first
    ``skipped`` paragraphs (another incident opening the text) give only the dateline.
    """
    # Each paragraph's chains are found once: a paragraph is checked for other places like
    # each of its chains, and a pasted text may be one paragraph of thousands of places.
    found = {paragraph: _told_chains(paragraph) for paragraph in paragraphs[skipped:skipped + 3]}
    for paragraph, its in found.items():
        if paragraph is not paragraphs[skipped] and not names_a_day(paragraph):
            # a spot told later: the story goes on, unless the text says the event centred there
            its[:] = [chain for chain in its if not _spot_alone(chain)
                      or _CENTRED_AT.search(paragraph, max(0, chain[0].start() - 30), chain[0].start())]
    if any(not _spot_alone(chain) and not _officers_post(chain, paragraph) for paragraph, its in found.items()
           for chain in its):
        for its in found.values():  # a spot is read only where the text names no place with its area word
            its[:] = [chain for chain in its if not _spot_alone(chain)]
    for paragraph, its in found.items():  # what was seen later in the text (read in the text as told), not the place
        if paragraph is not paragraphs[skipped]:
            its[:] = [chain for chain in its
                      if not _SEEN_AT.search(chain[0].string, max(0, chain[0].start() - 30), chain[0].start())]
    for paragraph, its in found.items():  # a spot the officer went to, not the ward he serves
        if any(_spot_alone(chain) for chain in its):
            its[:] = [chain for chain in its if not _officers_post(chain, paragraph)]
    chains = [(chain, paragraph) for paragraph, its in found.items() for chain in its]
    lead = next((paragraph for paragraph in paragraphs[:4] if dateline_place(paragraph)), "")
    village = _OFFICERS_VILLAGE.search(paragraphs[skipped]) if paragraphs[skipped:] else None
    if village and all(_level(part.group()) in ("kota", "provinsi") for chain, _ in chains for part in chain):
        return Place(village["place"])  # ``Kota Binjai,- … Bhabinkamtibmas Polsek … kelurahan pujidadi, AIPDA …``
    if not chains and paragraphs[skipped:] and (site := _POLDA_SITE.search(_as_told(paragraphs[skipped]))):
        return Place(site["site"])  # ``BITUNG – … di Lapangan Presisi Polda Sulut``: the Polda's field, not the dateline
    if paragraphs[skipped:] and all(paragraph is not paragraphs[skipped] for _, paragraph in chains) \
            and (site := _unit_site(_as_told(paragraphs[skipped]))):
        return Place(site)  # ``… menggelar apel … di Halaman Mapolres Lumajang, Senin``: the unit's own yard
    if not chains and (site := _roll_call_site(paragraphs[skipped + 1:skipped + 3])):
        return Place(site)  # ``di apel pergeseran pasukan … di Mapolres Nias, Minggu (24/5/2018)``: its own yard
    if not chains:
        return _dateline(lead)
    firsts = {paragraph: _first_places(its) for paragraph, its in found.items()}
    listing = {paragraph for paragraph, its in found.items()
               if any(_is_list(chain, paragraph, firsts[paragraph]) for chain in its)}
    single = [(chain, paragraph) for chain, paragraph in chains if paragraph not in listing]
    if not single and (town := _shared_town([chain for chain, _ in chains])):
        return Place(town)
    if not single and lead and all(_level(chain[0].group()) == "jalan" for chain, _ in chains):
        return _dateline(lead)  # a patrol's route of streets (each with its area), in the dateline's town
    if not single and lead and all(_level(chain[0].group()) in ("jalan", "kecamatan") for chain, _ in chains):
        # districts of the dateline's town or regency listed (``di Kecamatan Sangatta Utara dan Sangatta Selatan``):
        # the dateline holds them all; where it cannot be filled, the list's flag stands
        widest = max(chains, key=lambda found: len(found[0]))[0]
        return replace(_dateline(lead), listed=_chain_text(widest))
    chain, paragraph = max(single or chains, key=lambda found: len(found[0]))
    if _TOLD_OF.match(paragraph, chain[-1].end()) and _OPENING_ONLY.fullmatch(paragraph[:chain[0].start()]):
        return Place("", TOLD_OF, _chain_text(chain))
    if capital := _CAPITAL_OF.search(_as_told(paragraph)[:chain[0].start()]):
        return Place(capital["town"])  # ``teluk Saumlaki, Ibukota Kabupaten KepTan``: the town, not its regency
    if all(_level(part.group()) == "provinsi" for part in chain):  # the news's region, not the event's place
        return _dateline(lead, PROVINCE_ONLY, _trimmed(chain[0].group()))
    text = _chain_text(chain) + _areas_to_province(chain[-1], _as_told(paragraph))
    if byname := _BYNAME.search(text):
        named = _BYNAME.sub("", text).strip(" ,")
        if not named or _level(named) == "provinsi":
            return Place("", f"'{byname.group().strip()}' julukan kota, bukan nama tempat", text)
        text = named  # ``kota Tepian Samarinda``: the city's byname before its name
    if single and paragraph not in listing and _one_of_a_list(chain, listing):
        return Place("", LISTED, text)  # ``Dusun Tran III, Desa Simpangrimba`` told again: one of three spots listed
    opens_list = _names_listed_after(chain[-1])
    if opens_list and lead and all(_level(part.group()) == "kecamatan" for part in chain):
        return replace(_dateline(lead), listed=text)  # the district opens a list of districts: the dateline holds them
    if paragraph in listing or _COUNTED_SPOTS_BEFORE.search(_as_told(paragraph)[:chain[0].start()]) or opens_list:
        return Place("", LISTED, text)
    if any(_runs_on(part, paragraph) or _GLUED_AREA.search(part.group()) for part in chain) \
            or _KILOMETRE_AFTER.match(paragraph, chain[-1].end()) \
            or _KILOMETRE_READ.search(chain[-1].group()) and re.match(r"\s*\d", paragraph[chain[-1].end():]) \
            or _level(chain[-1].group()) == "kota" and _NAME_GOES_ON_LOWER.match(_as_told(paragraph), chain[-1].end()):
        return Place("", "nama tempat tidak jelas batasnya", text)
    if len(chain) == 1 and _level(chain[0].group()) == "jalan" \
            and _VENUE_BEFORE.search(_as_told(paragraph)[:chain[0].start()]) \
            and _ADDRESS_GOES_ON.match(_as_told(paragraph), chain[0].end()):
        return Place("", VENUE_BEFORE_STREET, text)  # ``di RPTRA Sahara, Jln. Rasela V …``: the site is unknown
    told_later = paragraph is not paragraphs[skipped] and not names_a_day(paragraph)
    again = told_later and re.search(rf"(?<!\w){re.escape(text)}(?!\w)", paragraphs[skipped], re.I)
    if again and not again.group().isupper():  # a dateline in capitals is where the news was written
        return Place(again.group())  # ``Kabupaten bima`` in the lead, ``kabupaten Bima`` later: told in the lead
    if told_later and _elsewhere_later(paragraph, single, paragraphs[skipped]):
        return Place("", TOLD_LATER, text)  # a brawl at a kelurahan, motorcycles seized on a street: several actions
    if lead and lead is paragraphs[skipped] and paragraph is not lead \
            and (town := _dateline_told_apart(paragraphs, lead, paragraph, text)):
        return Place("", f"{DATELINE_TOLD_APART}: '{town}'", text)
    return Place(text, told_later=told_later)


def _chain_text(chain: list[re.Match]) -> str:
    """A chain of places as the importer writes it: each part trimmed, commas between (``Desa A, Kecamatan B``)."""
    return ", ".join(_trimmed(part.group()) for part in chain)


_TOLD_OF = re.compile(r"\s+yang\s+(?:menjadi|merupakan|adalah)\b")
_OPENING_ONLY = re.compile(r"\s*(?:[^–—]*\s[–—-]\s*)?")
"""A place that opens its paragraph, at most a dateline before it, and that a clause after it describes (``– Jalan
Trans Sulawesi yang menjadi jalur utama menuju Sulsel … dipastikan akan mengalami peningkatan mobilitas``): what the
story tells of, the sentence's subject; the event's place (a meeting ``di Mapolres Kolut``) is elsewhere."""
TOLD_OF = "tempat disebut sebagai pokok cerita, bukan tempat kegiatan"


_CENTRED_AT = re.compile(r"\b(?:di)?(?:fokuskan|pusatkan)\s+di\s+$", re.I)
"""Words that put the event's centre at the spot after them, told after the lead (``Patroli difokuskan di Terminal
Ciamis yang menjadi salah satu titik rawan``): where the event was, not a place the story goes on to."""
_SEEN_AT = re.compile(r"\bterlihat\s+(?:berada\s+)?di\s+$", re.I)
"""Where something was seen, told after the lead (``gerombolan gajah liar … tersebut terlihat di SP-05, Desa Tri
Anggun Jaya, Kecamatan Muara Lakitan``): the sighting's place, which the police's warning in the lead names more
widely."""
_VENUE_BEFORE = re.compile(rf"\bdi\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\s*,\s*$")
"""A named site right before a street, with no place word of its own (``di RPTRA Sahara, Jln. Rasela V RT. 2/02,
Sawah Besar``): where the street alone is read and the address goes on after it, the street is narrower than the
text's place."""
_ADDRESS_GOES_ON = re.compile(rf"(?:\s+(?:RT|RW)\.?\s*\d+(?:/\d+)?)*\s*,\s*(?!(?:{DAYS})\b)[A-Z]")
"""The address going on after a street with areas not read into its chain (``Jln. Rasela V RT. 2/02, Sawah Besar``), not
the day after it (``Simpang Jl. Medan, Sabtu (10/5)``)."""
VENUE_BEFORE_STREET = "tempat kegiatan disebut dengan nama sebelum jalannya; periksa nama tempat dan alamatnya"


_AREAS_TO_PROVINCE = re.compile(
    rf"(?P<areas>(?:\s*,\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}){{1,2}})"
    rf"\s*,\s*(?P<province>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})(?=\s*(?:[,.;]|$|\s+[a-z]))"
)
"""Areas written without their words after a village or a district, down to the province (``Desa Kesiman Petilan,
Denpasar Timur, Denpasar, Bali, pada …``): the district and the town the village lies in."""


def _areas_to_province(last: re.Match, paragraph: str) -> str:
    """The areas without their words that follow ``last``, a hamlet, a village or a district, when a province closes
    them (``, Denpasar Timur, Denpasar`` of ``…, Bali``): one or two names, the province left out. Names after a town,
    after a street (``Jalan Ahmad Yani, Palangka Raya, Kalimantan Tengah``: the street's own town, kept as read),
    names not closed by a province (``Desa Amplas, Bandar Khalipah, Tembung``: a list of villages), and
    a province alone after the place give nothing."""
    if _rank(last.group()) not in (1, 2, 3):  # a hamlet, a village or a district
        return ""
    after = _AREAS_TO_PROVINCE.match(paragraph, last.end())
    names = [name.strip() for name in after["areas"].split(",") if name.strip()] if after else []
    if after is None or not is_province(after["province"]) or any(is_province(name) for name in names):
        return ""
    return "".join(f", {name}" for name in names)


_KILOMETRE_AFTER = re.compile(r"\s*,?\s*(?:[Kk]ilometer|KM|Km)\.?\s*\d+")
"""A road's kilometre after the place read (``Jalan Banda Aceh-Meulaboh, Kilometer 14, Lhoknga, Aceh Besar``): the
names after it, written without their area words, are the place's too, and where it ends is not read."""
_KILOMETRE_READ = re.compile(r"\s(?:KM|Km|km)\.?$")
"""A road's kilometre word read as the last word of the street's name, its number left after it (``Jalan Jenderal
Sudirman Km. 48 Kabupaten Kotawaringin Timur``): where the place ends is not read either."""


CITY_BYNAMES = (
    "Tepian", "Madinatul Iman", "Beriman", "Minyak", "Pahlawan", "Kembang", "Hujan", "Gudeg", "Pelajar", "Daeng",
    "Bertuah", "Atlas", "Tapis Berseri", "Seribu Sungai", "Khatulistiwa", "Santri", "Serambi Mekkah", "Angin", "Reog",
)
"""Cities' bynames that a text writes after ``kota`` as if they were names (``di kota Tepian Samarinda``, Samarinda's;
``di wilayah Kota Madinatul Iman``, Balikpapan's; ``Jaga Kota Santri``, Gresik's): kept as data."""
_BYNAME = re.compile(rf"\b[Kk]ota\s+(?:{'|'.join(CITY_BYNAMES)})\b\s*")


_POLDA_SITE = re.compile(
    rf"\bdi\s+(?P<site>(?:Lapangan|Aula|Gedung|Halaman)(?:\s+(?!Polda\b){_NAME_WORD}){{1,3}}"
    rf"\s+Polda(?:\s+(?!(?:{DAYS})\b)[A-Z][\w'’-]*){{1,2}})"
)
"""A field or a hall of a Polda named as where the event was held (``digelar Korbinmas Polri di Lapangan Presisi Polda
Sulut``): the Polda's own site, which need not be in the dateline's town (``BITUNG –``, a Polres's)."""


_UNIT_SITE = re.compile(
    rf"(?<!\bdiamankan\s)(?<!\bdibawa\s)(?<!\bditahan\s)(?<!\bdigiring\s)(?<!\bdigelandang\s)(?<!\bdititipkan\s)"
    rf"\bdi\s+(?P<site>(?:(?:(?i:halaman|lapangan(?:\s+apel)?|aula)\s+(?:Map|Mako\s+P|P)|Map|Mako\s+P)"
    rf"ol(?:da|res(?:ta(?:bes)?)?|sek)"
    rf"|(?:(?i:halaman|lapangan(?:\s+apel)?|aula)\s+)?Markas\s+Polisi\s+(?:Daerah|Resort?|Sektor)"
    rf"\s+\(Map?ol(?:da|res(?:ta(?:bes)?)?|sek)\))"
    rf"(?:\s+(?!(?:{DAYS})\b)[A-Z][\w'’-]*){{1,3}})(?=\s*[,.;)(]|\s+(?:{DAYS})\b|\s+[a-z]|\s*$)"
)
"""A unit's headquarters, or its yard, field or hall, named right after ``di`` (``di Halaman Mapolres Lumajang,
Senin``, ``di lapangan apel Polres Halteng``), also in words with the short form in brackets (``di Lapangan Markas
Polisi Daerah (Mapolda) Sulawesi Tenggara (Sultra), Jumat``). People caught and held there (``diamankan di Mapolsek
…``) were caught elsewhere."""
_HELD = re.compile(r"\b(?:menggelar|digelar|melaksanakan|dilaksanakan|mengadakan|diadakan|berlangsung)\b", re.I)
"""Words telling an event held (``Polres Lumajang menggelar apel …``)."""


def _unit_site(lead: str) -> str:
    """A unit's headquarters, its yard or its hall where the lead's sentence tells the event held (``Polres Lumajang
    menggelar apel … di Halaman Mapolres Lumajang, Senin``): the unit's own site, where the lead names no place with an
    area word (later paragraphs may tell where the men went: ``dilakukan secara serentak di Kabupaten Halteng``). Not
    the yard a patrol set out from (``Kegiatan diawali dengan apel pengecekan di halaman Mapolsek Luwuk``), where its
    vehicles stood (``terparkir di halaman Mapolda``) or where a speaker spoke (``kepada wartawan di Mapolda Metro
    Jaya``)."""
    for site in _UNIT_SITE.finditer(lead):
        sentence = lead[max(lead.rfind(". ", 0, site.start()), lead.rfind("\n", 0, site.start())) + 1:site.start()]
        if _HELD.search(sentence):
            return site["site"]
    return ""


_ROLL_CALL = re.compile(r"\b(?:apel|upacara)\b", re.I)
"""A roll call's or a ceremony's word."""


def _roll_call_site(paragraphs: list[str]) -> str:
    """A unit's headquarters named right before the day in a sentence telling a roll call or a ceremony, in the
    paragraphs after the lead (``Wakapolres Nias … di apel pergeseran pasukan pengamanan Pilgubsu di Mapolres Nias,
    Minggu (24/5/2018) meminta …``, ``Apel tersebut digelar di halaman Mako Polres Kukar pada Jumat (19/12/2025)
    pagi``): where the event was, when the text names no place with an area word."""
    for paragraph in paragraphs:
        for site in _UNIT_SITE.finditer(paragraph):
            sentence = paragraph[paragraph.rfind(". ", 0, site.start()) + 1:site.start()]
            if _ROLL_CALL.search(sentence) and re.match(rf"\s*,?\s*(?:pada\s+)?(?:hari\s+)?(?:{DAYS})\b",
                                                        paragraph[site.end():]):
                return site["site"]
    return ""


def _elsewhere_later(paragraph: str, single: list, opening: str) -> bool:
    """True when another later paragraph than ``paragraph`` (where the place found stands) and than ``opening`` (the
    paragraph the text opens with) names a place ``paragraph`` does not name: each later place is where one of the
    event's actions was, none is the event's place."""
    told = paragraph.casefold()
    return any(other is not paragraph and other is not opening
               and not all(_trimmed(part.group()).casefold() in told for part in its) for its, other in single)


TOLD_LATER = "tempat hanya disebut di paragraf lanjutan, bukan di awal berita"
DATELINE_TOLD_APART = "tempat di paragraf lanjutan diceritakan dengan hari yang sudah lalu, dateline disebut lagi di paragraf lain"
_PAST_DAY = re.compile(r"\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)\s+lalu\b")
"""A day told as past (``Minggu (27/3) lalu``): what the paragraph tells went before the story's own event."""


def _dateline_told_apart(paragraphs: list[str], lead: str, paragraph: str, text: str) -> str:
    """The dateline's town when the place found stands in a later ``paragraph`` that does not name it, and another
    later paragraph names the town again (``NAMODALE, ROLLE.id–`` over ``Desa Sanggandolu`` in the second paragraph,
    ``gereja … Namodale`` in the eighth), and the paragraph tells its day as past (``Minggu (27/3) lalu``): an earlier
    event at the place found, the story's own perhaps at the dateline's town; which is the event's the text does not
    say."""
    town = dateline_place(lead)
    named = re.compile(rf"(?<!\w){re.escape(town)}(?!\w)", re.I) if town else None
    if not named or named.search(text) or named.search(paragraph) or not _PAST_DAY.search(paragraph):
        return ""
    return town if any(named.search(other) for other in paragraphs if other is not lead and other is not paragraph) else ""


def _officers_post(chain: list[re.Match], paragraph: str) -> bool:
    """True for a place named as an officer's post (``Bhabinkamtibmas Kelurahan Menteng … melaksanakan patroli dialogis
    di kawasan Taman Sukabumi, Menteng``): the ward he serves, which keeps no spot he went to from being read."""
    return _OFFICERS_POST.search(paragraph, max(0, chain[0].start() - 20), chain[0].start()) is not None


_OFFICER = r"(?:Bha?binkamtibmas|Bhabin|Babinsa)"
"""A village's officer: the police's ``Bhabinkamtibmas`` (``Bhabin``) or the army's ``Babinsa``."""
_OFFICERS_POST = re.compile(rf"\b{_OFFICER}\s+$")
_OFFICERS_VILLAGE = re.compile(
    r"\bBha?binkamtibmas\b[^.,;]{0,60}?\s(?P<place>(?:kelurahan|desa)\s+"
    r"(?!(?:binaan|binaannya|setempat|tersebut|ini|itu|yang|dan|di)\b)[a-z][\w'’-]+)\s*,"
)
"""The village a Bhabinkamtibmas serves, named in the lead in lowercase after the officer's units (``Bhabinkamtibmas
Polsek Binjai selatan Polres Binjai kelurahan pujidadi, AIPDA …``): where the visit to the villagers was, when the
text writes no place narrower than a town with a capital."""


PROVINCE_ONLY = "teks hanya menyebut provinsi"
"""The doubt of a text naming no place but a province (``Badan Karantina Provinsi Riau``)."""


_SPEAKER_AT = re.compile(rf"\s*,?\s*(?:(?:{DAYS})\b(?:\s*\([^)]*\))?\s*,?\s*)?{SPEECH_VERBS}\b")
"""A speech verb right after a place, perhaps after the day: the place is where someone spoke, not
where the event was (``Kabid Humas Polda Papua … di Kota Jayapura, Minggu mengatakan personel Polres
Nabire melaksanakan patroli``)."""


_SAID = r"\b(?:kata|ujar|ucap|tutur|jelas|ungkap|terang)(?:nya)?"
"""A speech verb after the words said, before the speaker: ``kata``, ``ujarnya``."""
_SPEAKER_BEFORE = re.compile(rf"{_SAID}\s+(?:\(?[A-Z][\w.,'’-]*\)?\s+){{1,12}}di\s+$")
"""A speech verb, the speaker's title and name, then ``di``: the place after it is where the speaker
spoke (``kata Kepala Polresta Banyumas Komisaris Besar Polisi Edy Suranta Sitepu di Purwokerto``), a rank's
short form in brackets among them (``kata Kapolres Jembrana … Polisi (AKBP) Kadek … di Negara``)."""
_SPEAKER_LOOK_BACK = 160
_REACHED_AT = re.compile(r"\bdihubungi\s+(?:dari|di)\s+$")
"""Where a speaker was reached by telephone: ``kata Irjen Waterpauw, saat dihubungi dari Jayapura``."""


def where_someone_spoke(text: str, start: int, end: int) -> bool:
    """True when the place written from ``start`` to ``end`` is where someone spoke: a speech verb
    follows it (``di Kota Jayapura, Minggu mengatakan``) or, with the speaker, stands before it."""
    before = _SPEAKER_BEFORE.search(text, max(0, start - _SPEAKER_LOOK_BACK), start)
    return bool(_SPEAKER_AT.match(text, end) or before or _REACHED_AT.search(text, max(0, start - 30), start))


def widest_places(paragraphs: list[str]) -> list[str]:
    """The widest area of each chain of places the paragraphs tell (``Kota Palu`` of ``Kecamatan Palu Barat,
    Kota Palu``), outside quotes and titles, but for where a speaker spoke."""
    return [_trimmed(chain[-1].group()) for paragraph in paragraphs for chain in _told_chains(paragraph)]


def _spot_alone(chain: list[re.Match]) -> bool:
    """A chain of public spots only (``Pantai Pasir Putih``, no area after it): a spot the event was at when the lead
    or the paragraph telling the event's day names it, else one the story goes on to tell of; beside a place with its
    area word it is that place's spot written short (``di Pasar Batangase`` after ``Pasar Tradisional Batangase,
    Kabupaten Maros``) or a second one, and the named place is read as before."""
    return all(part.re is _PLACE and part["spot"] for part in chain)


def _told_chains(paragraph: str) -> list[list[re.Match]]:
    """The paragraph's chains of places, outside quotes and titles, but for where a speaker spoke, the post named in
    a speaker's title and a visitor's address."""
    told = _as_told(paragraph)
    return [chain for chain in _chains(told) if not where_someone_spoke(told, chain[0].start(), chain[-1].end())
            and not _SPEAKERS_POST.search(told, max(0, chain[0].start() - 40), chain[0].start())
            and not (_ADDRESS_OF.search(told, max(0, chain[0].start() - 60), chain[0].start())
                     and _VISITS_ELSEWHERE.match(told, chain[-1].end()))]


_ADDRESS_OF = re.compile(r"\b(?:yang\s+)?(?:beralamat|berlokasi)\s+(?:di\s+)?[^.,;:!?]{0,40}$", re.I)
_VISITS_ELSEWHERE = re.compile(r"[^.!?]{0,60}?\b(?:berkunjung|mengunjungi|mendatangi|datang)\b", re.I)
"""Visitors' address, where they set out from to another place (``TK Aisyiyah … yang beralamat di Kawasan Wetan Pasar
Kelurahan Sukoharjo, Kota Malang mengajak murid-muridnya berkunjung ke Markas …``, ``TK Sekolah Kinderster, yang
berlokasi di Jl. Agung Jaya IV …, bersama guru …, mengunjungi kantor polisi``): not the visit's place. The address
of people the police came to (``kepada seorang warga … yang beralamat di Dusun Tengah …``) is."""


_SPEAKERS_POST = re.compile(rf"{_SAID}\s+{_OFFICER}\s+$")
"""A speech verb and an officer's title before a place: the village the speaker serves (``ujar Bhabinkamtibmas Desa
Lembang``), not where the event was."""


def _shared_town(chains: list[list[re.Match]]) -> str:
    """The town or regency that closes each of several places (``Jl. A Kota Pasuruan dan Jl. B
    Kota Pasuruan``): the listed places are all in it. A place alone may be the town itself."""
    within = [chain for chain in chains if len(chain) > 1]
    towns = {_trimmed(chain[-1].group()) for chain in chains}
    town = towns.pop() if len(towns) == 1 else ""
    return town if len(within) > 1 and town and _level(town) == "kota" else ""


def _runs_on(part: re.Match, paragraph: str) -> bool:
    """True when a place's name may run on into the words after it: it has as many words as a
    name may have and the next word is capitalised too (``Desa Sido Makmur Tim Gabungan Patroli ...``)."""
    words = _trimmed(part.group()).split()[1:]
    return len(words) >= _LONGEST_NAME and bool(re.match(r"\s+[A-Z]", paragraph[part.end():]))


_COUNTED_SPOTS_BEFORE = re.compile(
    r"\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|sejumlah|\d{1,2})\s+"
    r"(?:titik|lokasi|tempat|ruas)\b[^.!?;]{0,40}?\b(?:yaitu|yakni|antara\s+lain|di\s?antaranya)\s*:?\s*(?:di\s+)?$",
    re.I,
)
"""A count of spots and the word that lists them, right before the place (``di tiga titik ruas jalan yaitu di Bundaran
Untan, ruas jalan perempatan Garuda dan di perempatan Brimob``): the place is the list's first, not the event's one."""
_NAME_GOES_ON_LOWER = re.compile(
    r"(?<![.,;]) {1,2}(?!(?:tersebut|itu|ini|saja|pula|juga|lalu|kemarin|tadi|sekitar|setempat|sendiri|sekalipun)\b)"
    r"[a-z]{3,}\s*[,.;]"
)
"""A lower-case word between a town's name and the clause's end (``Kota Tanjung balai, Senin (13/10)``): the name's own
last word, written small, or not; where the name ends is unclear."""
_GLUED_AREA = re.compile(r"[a-z]-(?:Kota|Kabupaten|Kecamatan|Kelurahan|Desa|Kawasan)\b")
"""A name glued by a hyphen to another area's word (``Kota Bima-Kawasan Amahami``, a site's dateline run into the lead's
first words): where one place ends is unclear (``Sape-Lambu``, two names joined, is one place)."""


def _is_list(chain: list[re.Match], paragraph: str, firsts: dict[str, set[str]]) -> bool:
    """True for several places of one kind (``Desa A, Desa B``, ``Kecamatan A dan Kecamatan B``):
    a route or a list, not one place (``firsts``: see ``_first_places``)."""
    levels = [_level(part.group()) for part in chain]
    if levels[-1] == "kota" and chain[-1].group()[:3].casefold() == "kab":
        for at in range(len(chain) - 1):
            if levels[at] == "kota" and set(levels[at + 1:-1]) <= {"kecamatan"}:
                # ``Kota Tanjung Selor, Kabupaten Bulungan``: a town in its regency, also with its district between
                # (``Kota Berastagi Kecamatan Berastagi Kabupaten Karo``)
                levels[at] = "town"
    kampung_before = _KAMPUNG_BEFORE.search(paragraph, max(0, chain[0].start() - _LOOK_BACK), chain[0].start())
    for at, (part, after) in enumerate(zip(chain, chain[1:])):
        if _head_word(part) == "kampung" and levels[at + 1] == "desa" and _head_word(after) != "kampung" \
                and not kampung_before:
            levels[at] = "dusun"  # ``Kampung Ciboja, Desa Nanjungjaya``: a hamlet in its village, as Java writes it
    listed = any(_AND_NEXT.match(paragraph, part.end()) for part in chain)
    last = chain[-1]
    listed = listed or _level(last.group()) == "jalan" and _STREETS_LISTED.match(paragraph, last.end()) is not None
    listed = listed or bool(_AFTER_DAN.search(paragraph, max(0, chain[0].start() - _LOOK_BACK), chain[0].start()))
    placed = [level for level in levels if level != "tempat"]  # spots and names between areas are no kind
    return listed or len(placed) != len(set(placed)) or _others_alike(chain, firsts)


_KAMPUNG_BEFORE = re.compile(r"\b[Kk]ampung\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s*$")
"""Another kampung right before a chain opening with one (``Kampung Ciboja, Kampung Cidahu, Desa …``): a list of
hamlets, none the place alone."""
_AND_NEXT = re.compile(r"\s+dan\s+[A-Z]")
"""``dan`` and another name right after a place: the place is one of a list."""
_AFTER_DAN = re.compile(r"(?<![Uu]mumnya )\bdan\s+$")
"""``… dan`` right before a place: the place is the last of a list."""
_LOOK_BACK = 64
"""How far back a pattern ending where a place starts looks: only the words just before it (a
pattern ending in ``$`` searched over the whole text before each place would read a pasted text
of thousands of places once per place)."""

_LISTED_NAME = (
    r"(?!(?:Camat|Bupati|Wakil|Kapol\w*|Kades|Lurah|Danramil|Babinsa|Bhabinkamtibmas|Ketua|Kepala|Pak|Bapak|Ibu)\b)"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}"
)
_NAMES_LISTED_AFTER = re.compile(rf"(?:\s*,\s*{_LISTED_NAME})+\s*,?\s+dan\s+{_LISTED_NAME}\s*[.,;]")
"""Names after a district or village listed with a last ``dan`` (``kecamatan Baebunta Selatan, Malangke dan Malangke
Barat.``): the place is the first of a list, not one place. Officials listed after a place (``…, Camat Suli dan
Kapolsek …``) are no names of places."""
def _one_of_a_list(chain: list[re.Match], listing: set[str]) -> bool:
    """True when the place, told alone in its paragraph, is one a paragraph listing places names too (``Diantaranya
    pertama di Dusun Tran III, Desa Simpangrimba, … Kedua di Desa Pancatunggal, …`` before ``untuk Dusun Tran III, Desa
    Simpangrimba kegiatan dimulai pukul 16.30``): a spot of several, not the event's one place."""
    if len(chain) < 2 or _level(chain[0].group()) not in ("jalan", "dusun", "desa"):
        return False  # a district or a town all the spots listed lie in (``… Kecamatan Kabanjahe Kabupaten Karo``)
    told = " ".join(part.group() for part in chain).casefold()
    return any(told in " ".join(listed.split()).casefold().replace(",", "") for listed in listing)


def _names_listed_after(last: re.Match) -> bool:
    """True when the chosen place's last part, a district, village or hamlet, opens a list of names ending in ``dan``
    (``kecamatan Baebunta Selatan, Malangke dan Malangke Barat.``): one place of several. Only the place taken counts:
    a list elsewhere in its paragraph (``di kecamatan Bakauheni, Penengahan dan Ketapang. … di desa Kelaten, Kecamatan
    Penengahan.``) leaves the place told on its own."""
    return _level(last.group()) in ("dusun", "desa", "kecamatan") \
        and _NAMES_LISTED_AFTER.match(last.string, last.end()) is not None


_CAPITAL_OF = re.compile(r"(?<![\w.])(?P<town>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})\s*,\s*[Ii]bu\s?kota\s+$")
"""A town written as the capital of the area named after it: ``Saumlaki, Ibukota Kabupaten KepTan``."""
_STREETS_LISTED = re.compile(rf"(?:\s*,\s*(?!(?:{DAYS})\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}){{3}}")
"""Three names or more listed after a street: ``Jalan Sisingamangaraja, Diponegoro, Sutomo, …`` is a
route (``Jalan Ahmad Yani, Palangka Raya, Kalimantan Tengah, Senin`` is a street in its town)."""


def _dateline(lead: str, doubt: str = "", suggestion: str = "") -> Place:
    """The lead's dateline as the place; in doubt when a word after its comma may be the site's
    name rather than a region (``Sarolangun,MA –``, ``Mangupura, Surya Indonesia –``)."""
    place, unsure = _dateline_parts(lead)
    if unsure:
        doubt = f"tidak jelas apakah '{unsure}' pada dateline nama daerah atau nama situs"
        return Place("", doubt, place, region=unsure)
    found = Place(place, doubt, suggestion, polres_dateline=_names_polres(lead), dateline=bool(place))
    found.bare = bool(place) and _is_bare(lead)
    return found


def _is_bare(paragraph: str) -> bool:
    """True for a dateline that is its place alone (``SAIBETIK —``, ``KAMPAR –``), without a
    site's name beside it: the one word may be the site's own name."""
    match = _DATELINE.match(paragraph)
    around = match.group()[: match.start("place")] + match.group()[match.end("place"):] if match else ""
    return bool(match) and not re.search(r"\w", around)


def _first_places(chains: list[list[re.Match]]) -> dict[str, set[str]]:
    """The first place of each of a paragraph's chains, by its level (``desa``, ``jalan`` …)."""
    firsts: dict[str, set[str]] = {}
    for chain in chains:
        first = _first_place(chain)
        firsts.setdefault(_level(first), set()).add(first)
    return firsts


def _first_place(chain: list[re.Match]) -> str:
    """A chain's first place, a village's customary village named as the village (``Desa Adat Baha``
    is ``Desa Baha``'s: one village, not a second)."""
    return _CUSTOMARY.sub(r"\1 ", _trimmed(chain[0].group()))


_CUSTOMARY = re.compile(r"^(Desa|desa)\s+[Aa]dat\s+")


def _others_alike(chain: list[re.Match], firsts: dict[str, set[str]]) -> bool:
    """True when the paragraph (the ``firsts`` of its chains) names another place like the
    chain's first one (``Desa Lankan`` ... ``Desa Segati``): the event was in several places, not one."""
    first = _first_place(chain)
    return bool(firsts.get(_level(first), set()) - {first})


_UNIT_TAIL = re.compile(r"(?:Humas\s+)?Pol(?:res|sek|da)", re.I)
"""A dateline's words after its comma that name a unit or its humas: ``Polres Maluku Tengah``,
``Humas Polresta Manado``, ``POLDA KALBAR`` (where a site's name stands)."""


def _names_polres(paragraph: str) -> bool:
    """True when the paragraph's dateline names a Polres (or its humas) after the place."""
    match = _DATELINE.match(paragraph)
    return bool(match) and bool(_UNIT_TAIL.match((match["tail"] or "").strip(" ,")))


def dateline_place(paragraph: str) -> str:
    """The place of a dateline, without the site's name: ``JAKARTA, Site.com –`` gives ``Jakarta``."""
    return _dateline_parts(paragraph)[0]


def _dateline_parts(paragraph: str) -> tuple[str, str]:
    """A dateline's place (without its province: ``Sumbawa Barat, NTB`` gives ``Sumbawa Barat``), and
    the words after its comma when they are neither a province nor plainly a site's name."""
    match = _DATELINE.match(paragraph)
    if not match or re.match(rf"(?:Pol|Kapol|Humas|Tribrata|Kepolisian|(?i:{DAYS})\b)", match["place"]) \
            or _UNIT_IN_CAPITALS.match(match["place"]):
        return "", ""  # a unit's name, also in capitals (``POLRES MAMUJU TENGAH —``): the newsroom's, no place
    place, tail, unsure = match["place"], (match["tail"] or "").strip(" ,"), ""
    if place.isupper() and not tail and match.group().rstrip().endswith("|") \
            and (town := (_ANY_TOWN_AFTER_PIPE if re.search(r"\d", place) or names_site(place) else _TOWN_AFTER_PIPE)
                     .match(paragraph, match.end())):
        place = town["town"]  # ``YALPK | Trenggalek –``: the site's name in capitals, a pipe, then the town
    words = place.split()
    if len(words) > 1 and re.fullmatch(rf"(?i:{DAYS})", words[-1]) and tail[:1].isdigit():
        return "", ""  # ``Yudi Wahyono Rabu, 2 September 2020 | 08:27 WIB``: a byline glued to its stamp, no dateline
    if not tail and len(words) > 1 and _PRESS_WORD.fullmatch(words[-1]):
        return "", ""  # ``Betang Raya Post - Suluh Perjuangan …``: a paper's masthead, no dateline
    if len(words) > 1 and words[-1].isupper() and not place.isupper() and is_province(words[-1]):
        place = " ".join(words[:-1])  # ``Mataram NTB -``: a town and its province's short form
    if tail and (names_site(place) or (_SITE_INITIALS.fullmatch(place) and not is_province(place)
                                       or match["dated"] and place.isupper())
                 and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}", tail)):
        # ``TNews, KOTA TEGAL –``, ``GK, Serang –``: the site's short name, then the place; a site's name in capitals,
        # then the town and the day (``MERCUSUAR, Wonosobo, 25 Juli 2024 –``)
        place, tail = tail, ""
    site = names_site(tail) or place.isupper() and not tail.isupper() or bool(_UNIT_TAIL.match(tail)) \
        or place.isupper() and bool(_SITE_TWO_LETTERS.fullmatch(tail)) and not is_province(tail)
    if tail and not site and not tail[:1].isdigit() and not is_province(tail):
        unsure = tail
    return (string.capwords(place) if place.isupper() else place), unsure


_UNIT_IN_CAPITALS = re.compile(r"(?:KA)?POL(?:RES(?:TA(?:BES)?)?|SEK|DA)\b|HUMAS\b|KEPOLISIAN\b")
"""A police unit's or office's name in capitals opening a dateline: ``POLRES MAMUJU TENGAH —`` on the Polres's own
site; ``POLEWALI —`` is a town."""
_TOWN_AFTER_PIPE = re.compile(r"(?P<town>[A-Z][a-z][\w'’]*(?:\s+[A-Z][a-z][\w'’]*){0,2})\s*[–—-]\s")
"""A town in title case and its dash after a site's name in capitals and a pipe (``YALPK | Trenggalek –``); the
lead's first words after the pipe (``PONTIANAK | Polisi menggelar …``) have no dash after them."""
_ANY_TOWN_AFTER_PIPE = re.compile(r"(?P<town>[A-Z][A-Za-z'’]+(?:\s+[A-Z][A-Za-z'’]+){0,2})\s*[–—-]\s")
"""A town also in capitals after a name with a digit in it, which no town has, or with a news word (``news``, a
domain's dot): a site's name (``TARGET24JAM | MEDAN –``, ``BIDIK NEWS | JEMBER –``)."""
_SITE_INITIALS = re.compile(r"[A-Z]{2,3}")
"""A site's initials before a dateline's place (``GK, Serang –``); a province's short form (``NTB``) is none."""
_SITE_TWO_LETTERS = re.compile(r"[A-Z]{2}")
"""A site's two initials after a town in capitals (``PONTIANAK, KN –``, Kalimantan News): no area is written so."""
_PRESS_WORD = re.compile(r"Post|Pos|Times|Ekspres|Express|Today|Online", re.I)
"""Words that end a paper's or a site's name, never a place's: ``Betang Raya Post``, ``Kendari Pos``."""


def names_site(words: str) -> bool:
    """True for words that name a site rather than a place: ``Site.com``, ``TNews``, ``Infosulbar News``, a news
    word glued to a name (``BERITAFLORES``, ``Kabarsumbar``, ``RINGTIMES BALI``), and a short name with a capital after
    its apostrophe (``D'On``: a place's apostrophe is followed in lowercase, ``Ma'rang``)."""
    return "." in words or "news" in words.casefold() or bool(re.search(r"\w['’][A-Z]", words)) \
        or bool(_NEWS_WORD_GLUED.fullmatch(words)) or bool(_GLUED_TO_NEWS_WORD.match(words))


_NEWS_WORD_GLUED = re.compile(r"(?:berita|kabar|warta|portal)[a-z]{3,}", re.I)
_GLUED_TO_NEWS_WORD = re.compile(r"[a-z]{3,}(?:times|post)\b", re.I)
"""A name with a paper's word glued after it opening the words (``RINGTIMES BALI``): a site's name."""


def is_province(name: str) -> bool:
    """True for a province's name or short form: ``NTB``, ``Jatim``, ``Jawa Timur``, ``Bali``."""
    return re.sub(r"\W", "", name).casefold() in PROVINCES


_BRACKETED = re.compile(r"\(\s*(?P<inner>[^()]+?)\s*\)")


def credit_line(line: str) -> dict[str, str] | None:
    """``Penulis : Candra Lukito`` or ``Editor : A Penulis : B Publish : C`` as key -> name;
    ``Oleh Rahmat Hidayat``, ``Penulis Dani`` and ``Sumber Kasi Humas …`` without a colon too, and a name with an
    initial signing the article (``R. Hutagaol.``), and any of them in brackets (``( Reporter : pros hansen )``)."""
    if (bracketed := _BRACKETED.fullmatch(line.strip())) and _CREDIT_LINE.match(bracketed["inner"]):
        return credit_line(bracketed["inner"])
    keys = list(_CREDIT_LINE.finditer(line.lstrip("- ")))
    if not keys or keys[0].start() != 0:
        if signed := _INITIALLED_NAME.fullmatch(line):
            return {"oleh": signed["name"]}
        if byline := _STAMP_THEN_BY.fullmatch(line):
            return {"oleh": byline["name"]}
        if bureau := _BUREAU_CREDIT.fullmatch(line):
            return {"kaperwil": bureau["name"]}
        if (reporter := _REPORTER_ALONE.fullmatch(line)) and is_person(reporter["name"]):
            return {"laporan": reporter["name"]}
        if (dotted := _DOTTED_CREDIT.fullmatch(line)) and is_person(dotted["name"]):
            return {dotted["key"].casefold(): dotted["name"]}
        if (desk := _REPORTER_WITH_DESK.fullmatch(line)) and is_person(desk["name"]):
            return {"wartawan": desk["name"]}
        if editor := _EDITOR_ALONE.fullmatch(line):
            return {"editor": editor["name"]}
        bare = _BARE_CREDIT.fullmatch(line)
        return {(bare["key"] or "reporter").casefold(): bare["name"]} if bare else None
    text = line.lstrip("- ")
    ends = [match.start() for match in keys[1:]] + [len(text)]
    return {match["key"].casefold(): _credited(text[match.end():end]) for match, end in zip(keys, ends)}


_WRITER_AFTER_STAMP = re.compile(
    r"(?<=\d[:.]\d{2})\s*(?:WIB|WITA|WIT|Wib|Wita|Wit)\s*/\s*(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\s*$"
)
"""A writer's name after a slash closing a page's stamp: ``Rabu, 01 Mei 2019 | 19:47 WIB / Cholid``."""


def stamp_credits(line: str) -> tuple[str, dict[str, str]]:
    """A publication stamp and the credits a page put after it on the same line:
    ``Senin, 22 Agustus 2022 | 21:06 Wita - Editor: A - Reporter: B - Site.com``."""
    match = _CREDITS_AFTER.search(line)
    if not match and (slashed := _WRITER_AFTER_STAMP.search(line)):
        return line[:slashed.start()], {"oleh": slashed["name"]}
    if not match:
        return line, {}
    return line[:match.start()], credit_line(line[match.end():]) or {}


def _credited(text: str) -> str:
    """A credited name without what follows it after a dash or bar (``Endra Sahar - Site.com``), or after a slash
    and the office it writes for (``Wanda/Humas Polda``)."""
    name = re.split(r"\s[-–—|]\s", text)[0].strip(" ,|-–—")
    name = re.sub(r"\s*/\s*(?:\w*[Hh]umas|Pol(?:res|sek|da|ri)\w*)\b.*$", "", name)  # ``Wanda/Humas Polda``: the writer
    return re.sub(r"(?<=[a-z]{2})\.$", "", name)  # ``Muhammad Ilham Yahya.``: the line's full stop; ``Yuni S.`` keeps it


def writer(credits: dict[str, str]) -> str:
    """The writer among credits; an editor or publisher is not the writer, nor a unit's humas, nor initials in lower
    case (``Penulis : non``, as ``(ded)`` closing a text)."""
    return next((credits[key] for key in _WRITERS if credits.get(key) and not _NOT_A_PERSON.search(credits[key])
                 and not _CREDITED_INITIALS.fullmatch(credits[key])), "")


_CREDITED_INITIALS = re.compile(r"[a-z]{1,3}|[A-Z]{2,3}|[a-z]{1,6}(?:\s*/\s*[a-z]{1,6})+")
"""A credit's name of three letters or fewer, all in lower case or all in capitals (``Reporter: JAS``), or short words
in lower case joined by slashes (``Pewarta: tofa/hms``, a writer's code and the humas desk's): a writer's initials or
a CMS account's, no name."""


def is_person(name: str) -> bool:
    """True for words that may be a writer's name: none names a unit, a desk, a source or a label."""
    return not _NOT_A_PERSON.search(name)


def credits_closing(line: str) -> tuple[str, str]:
    """A paragraph's text and the credit line a page glued after its last sentence
    (``… kamtibmas. Penulis : Humas Polres Belu Publish : Eja Manto``), or (line, ""); a unit's
    humas or a photo's credit in brackets glued there (:data:`_HUMAS_CLOSING`) credits no writer and leaves."""
    line = _HUMAS_CLOSING.sub("", line)
    match = _CREDITS_CLOSING.search(line)
    return (line[:match.start()], line[match.end():]) if match else (line, "")


def end_credit(paragraph: str) -> tuple[str, str]:
    """A writer credited at the end of the text: ``(Red/Yuni S)`` and ``(Peni Kusumawati)`` are
    sure, a single name such as ``(Ramli)`` only likely.

    Returns (sure name, likely name); initials such as ``(ptn)`` or ``(Sdy/Sdy)`` give neither.
    """
    sure = _END_CREDIT.search(paragraph) or _END_FULL_NAME.search(paragraph) or _DESK_SIGNED.fullmatch(paragraph) \
        or _WRITERS_JOINED.fullmatch(paragraph) or _SLASHED_TO_DESK.fullmatch(paragraph.strip()) \
        or _DESK_ACCOUNT_THEN_NAME.fullmatch(paragraph.strip()) \
        or _END_NAME_LOWER.search(paragraph) or _SITE_THEN_WRITER.search(paragraph) or _TWO_WRITERS.search(paragraph) \
        or _END_STARRED_NAME.search(paragraph) or _NAME_THEN_DESK.fullmatch(paragraph.strip())
    handle = None if sure else _END_HANDLE.search(paragraph)
    if handle and not _NOT_A_PERSON.search(handle["name"].rstrip("0123456789").capitalize()):
        return handle["name"], ""
    name = sure and (sure.groupdict().get("writer") or sure["name"])
    if name and not _NOT_A_PERSON.search(name):
        return " ".join(name.split()), ""
    likely = _END_NAME.search(paragraph) or _END_DESK_THEN_NAME.search(paragraph)
    return "", likely["name"] if likely else ""


_END_SHORT_NAME = re.compile(
    r"(?:^|(?<=[.!?”\"–—])\s*)\(\s*(?P<name>"
    r"(?!(?i:red|rel|rls|adv|ant|ist|dok|net|tim|hms|ref|rep|foto|humas|redaksi|admin|sumber|selesai|rilis|release"
    r"|editor|penulis|radar|team)\b)"
    r"(?:[A-Z](?=[a-z]*[aeiouy])[a-z]{2}|[a-z](?=[a-z]*[aeiou])[a-z]{2,7}))\s*\)\W*$"
)
"""A name of three letters, or one word in lower case, in brackets closing the text after a sentence's end (``ungkap
Lurah. (Zul).``, ``hingga saat ini. (Sam)``, ``ujar Teguh. (irgun)``, also after a dash: ``lancar – (imam)``): as
often a writer's short name as initials, a code or an account, so only offered, but for a word of five letters or more
the text writes nowhere else, which signs it; a desk's or a source's word (``(Red)``, ``(Ant)``, ``(humas)``,
a newspaper's ``(radar)``) is not offered."""


def short_end_name(paragraph: str) -> str:
    """The short name :data:`_END_SHORT_NAME` finds closing ``paragraph``, to offer as the writer, or ""."""
    found = _END_SHORT_NAME.search(paragraph)
    return found["name"] if found and is_person(found["name"]) else ""


def is_credit_alone(paragraph: str) -> bool:
    """True for a paragraph that is only the writer's credit: ``(Red/Yuni S)``, ``Fachry_binmas(*)``,
    ``Wahono-Riyan``, ``Alexander Jason – Redaksi``."""
    alone = paragraph.strip()
    patterns = (
        _END_CREDIT, _END_FULL_NAME, _DESK_SIGNED, _WRITERS_JOINED, _SLASHED_TO_DESK, _DESK_ACCOUNT_THEN_NAME,
        _NAME_THEN_DESK,
    )
    return any(pattern.fullmatch(alone) for pattern in patterns)


_WITHIN = re.compile(r"[\s,]*(?:(?:di|ibu\s?kota)\s+)?", re.I)
"""What may stand between a place and the wider area it lies in: commas and spaces, or ``di`` and
``ibukota`` (``Desa Krajankulon di Kecamatan Kaliwungu``, ``Kota Mulia, ibukota Kabupaten Puncak Jaya``)."""
_RANKS = ("jalan", "dusun", "desa", "kecamatan", "kota", "kabupaten", "provinsi")
"""Levels from the narrowest out; a town (``Kota Mulia``) lies in its regency."""


_ROAD_GOES_ON = re.compile(
    rf"\s+[–—-]\s+(?!{_PLACE_WORD}\b){_HEAD_WORD}(?:\s+{_HEAD_WORD}){{0,2}}(?=\s*[,.;]|\s*$)"
    r"|\s+(?:gang|gg\.?)\s*(?:\d+[A-Za-z]?|[IVX]+|[A-Z][\w'’-]*)\b"
)
"""A road's other end after a spaced dash, closed by a comma or a stop (``Jalan Soreang – Seroja, Kabupaten Bandung``),
or an alley off it written in lowercase (``Jalan Sidotopo Kidul gang 2``): part of the street's name. Capitalised
words after a dash that a sentence goes on from (``Jalan Merdeka – Sebanyak 20 kendaraan ditilang``) are the next
sentence's."""


def _with_road_end(match: re.Match, paragraph: str) -> re.Match:
    """A street named by the two places it joins or with its alley, whole (``Jalan Soreang – Seroja``, ``Jalan Sidotopo
    Kidul gang 2``); any other place as matched, and so is a street opening its paragraph, where a dash after it is a
    dateline's or a caption's (``Jalan lintas Sumatra - Bisnis/…``)."""
    end = _ROAD_GOES_ON.match(paragraph, match.end())
    if not match.start() or _level(match.group()) != "jalan" or not end:
        return match
    return re.compile(re.escape(paragraph[match.start():end.end()])).match(paragraph, match.start())


def _chains(paragraph: str) -> list[list[re.Match]]:
    """Named places next to each other, separated only by commas and spaces, or by ``di`` or
    ``ibukota`` before a wider area: one place in its areas."""
    chains: list[list[re.Match]] = []
    for match in (_with_road_end(found, paragraph) for found in _PLACE.finditer(paragraph)):
        if chains and match.start() < chains[-1][-1].end():
            continue  # inside a road read with its other end (``Jalan Soreang – Kampung Baru``)
        if chains and _lies_in(chains[-1][-1], match, paragraph):
            chains[-1].append(match)
        elif chains and (between := _area_between(chains[-1][-1], match, paragraph)):
            chains[-1].extend((between, match))
        else:
            chains.append([match])
    return chains


_NAME_BETWEEN = re.compile(rf"\s*,\s*(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s*,\s*")


def _area_between(place: re.Match, next_place: re.Match, paragraph: str) -> re.Match | None:
    """The name without a place word between a place and a wider area, commas around it: the
    village the place lies in (``Jalan Adi Sucipto, Sungai Ayak III, Kecamatan Belitang Hilir``)."""
    between = _NAME_BETWEEN.fullmatch(paragraph, place.end(), next_place.start())
    if between is None or not -1 < _rank(place.group()) < _rank(next_place.group()):
        return None
    return re.compile(re.escape(between["name"])).match(paragraph, between.start("name"))


_TITLE_STOP = r"(?<!\b(?:Prof|Jend|Letj|Mayj|Brig|Kapt|Laks|Komp))"
"""A title's short form in a street's name, whose full stop ends no sentence: ``Jalan Prof. Dr.
Soepomo``, ``Jl. Jend. Sudirman``; and a housing estate's (``Jl. Komp. Hartaco``, kompleks)."""


def _lies_in(place: re.Match, next_place: re.Match, paragraph: str) -> bool:
    """True when ``next_place`` follows ``place`` as an area it lies in: only commas and spaces
    between them, or ``di`` or ``ibukota`` before a wider area."""
    between = paragraph[place.end():next_place.start()]
    if not between.strip(" ,"):
        return True
    return bool(_WITHIN.fullmatch(between)) and -1 < _rank(place.group()) < _rank(next_place.group())


def _rank(part: str) -> int:
    """Where a place's level stands in ``_RANKS``; -1 for a spot without a place word."""
    level = "kabupaten" if part[:3].casefold() == "kab" else _level(part)
    return _RANKS.index(level) if level in _RANKS else -1


_WORD_WITH_STOP = re.compile(r"(?:Dusun|Desa|Kelurahan|Kecamatan|Kabupaten|Kota|Prov)\.\s+(?=[A-Z])")


def _trimmed(part: str) -> str:
    """A place without the full stop that ended its sentence, also with no space before the next sentence
    (``kota Manokwari.Patroli ini …``, ``Desa Geulanggang Teungoh.AKP Ahmad …``); ``Kab.`` keeps its own, and so
    does a title in a street's name (``Jalan Prof. Dr. Soepomo``), and a site's address is no sentence
    (``Kilasbali.com``), nor a stop typed after the place word itself (``Desa. Waykanan``)."""
    sentence_end = rf"(?<=\w{{4}}){_TITLE_STOP}\.\s|(?<=[a-z]{{4}})\.(?=[A-Z][a-z]|[A-Z]{{2,}}\b)"
    word = _WORD_WITH_STOP.match(part)
    start = word.end() if word else 0
    part = part[:start] + re.split(sentence_end, part[start:])[0]
    return _without_province(part if part.endswith((" Jl.", " Kel.", " Kec.", " Kab.")) else part.rstrip("."))


def _without_province(part: str) -> str:
    """A place without the province written after its name with no comma: ``Kabupaten Maros Sulawesi
    Selatan`` is ``Kabupaten Maros``, ``Kota Bima NTB`` is ``Kota Bima``, ``Kota Sorong Papua Barat Daya`` (a province
    of three words) is ``Kota Sorong``; a province's one word may end a
    town's own name (``Kota Bandar Lampung``), unless written as a short form in capitals, also when a hyphen glues
    it to the name (``Kabupaten Karo-SUMUT`` is ``Kabupaten Karo``)."""
    words = part.split()
    if _level(part) == "provinsi":
        return part
    glued = _PROVINCE_GLUED.search(part)
    if glued and len(words) > 1 and is_province(glued["province"]):
        return part[:glued.start()]
    for size in (3, 2, 1):
        tail = " ".join(words[-size:])
        if len(words) > size + 1 and is_province(tail) and (size > 1 or tail.isupper()):
            return " ".join(words[:-size])
    return part


_PROVINCE_GLUED = re.compile(r"(?<=\w)-(?P<province>[A-Z]{3,})$")
"""A province's short form in capitals glued by a hyphen to a place's last word (``Karo-SUMUT``)."""


def _head_word(part: re.Match) -> str:
    """A place's first word, its kind, in lowercase without its full stop: ``kampung``, ``desa``, ``kec``."""
    return part.group().split()[0].strip(".").casefold()


def _level(part: str) -> str:
    """``desa``, ``kecamatan``, ... for a named place; ``tempat`` for a spot without a place word."""
    word = part.split()[0].strip(".").casefold()
    misspelt = (level for right, level in _MISSPELT_LEVELS.items() if re.fullmatch(_one_letter_off(right), word))
    return _LEVELS.get(word) or next(misspelt, "tempat")


def _as_told(paragraph: str) -> str:
    """The paragraph without quoted speech, officials' titles, sentences recalling a past year, telling an
    incident happening or a case someone raises, programmes named with a place word, and places the event was far
    from, where no event's place stands."""
    told = _FAR_OR_SENT_TO.sub(_blanked, _RECALLED.sub(_blanked, without_incidents(_without_quotes(paragraph))))
    told = _without_named_programmes(_CASE_RAISED.sub(_blanked, told))
    told = _SHORT_THEN_WORDS.sub(
        lambda match: _blanked(match) if _names_programme(match["words"].split(), match["short"]) else match.group(),
        told,
    )
    told = _IN_GENERAL.sub(_blanked, _COUNTED.sub(_blanked, _FOLLOWED_INCIDENT.sub(_blanked, told)))
    told = _ARRESTED_HOME.sub(_blanked, _PROTESTERS_HOME.sub(_blanked, told))
    told = _PUPILS_OF.sub(_blanked, _ORIGIN.sub(_blanked, told))
    told = _JOINT_TEAM.sub(lambda team: _TEAM_RESIDENTS.sub(_blanked, team.group()), told)
    return _OFFICIAL.sub(_blanked, _SLOGAN_PLACE.sub(_blanked, told))


_ORIGIN = re.compile(
    r"\b(?:asal|berasal\s+dari)\s+(?=[A-Z])[^.;!?]*?(?=\s+(?-i:[a-z])|[.;!?]|$)"
    r"|\bdari\s+berbagai\s+(?:kecamatan|desa|kelurahan|daerah|wilayah)\s*,?\s*"
    r"(?:di\s*antaranya|antara\s+lain|yaitu|seperti|meliputi)\b[^.;!?]*"
)
"""Where someone comes from (``seorang pelajar asal Kecamatan Kintom membawa senjata tajam``, ``warga berasal dari Desa
…``), and the places listed after ``dari berbagai kecamatan, diantaranya`` (``warga dari berbagai kecamatan, diantaranya
Kecamatan Garut Kota, Tarogong, …``): the people's homes, not where the event was; ``Asal`` capitalised is a name's
word (``Desa Asal Jaya``)."""
_ARRESTED_HOME = re.compile(
    r"(?:\(\s*\d{1,3}\s*(?:th|thn|tahun)?\s*\)\s*,?\s*(?:warga|penduduk)"
    r"|\b(?:pemuda|pria|remaja|wanita|pelajar)(?=\s+(?:Desa|Kelurahan|Dusun|Kampung)\s))\s+(?=[A-Z])[^.;!?]*?"
    r"(?=,?\s+(?:di(?:tangkap|amankan|ringkus|bekuk|tahan|cokok)|tertangkap)\b)"
)
"""The home of someone told by their age and then arrested (``Seorang pria berinisial A (51), warga Desa Piong,
Kecamatan Sanggar, Kabupaten Bima, ditangkap``), or of young people named by their village (``Dua orang pemuda Desa
Rendubutowe Nagekeo diamankan Polisi``): not where the arrest was. The home of someone visited is where the
visit was (``mendatangi Atim (52) warga Dusun Jebug 1 RT 01/02, Desa Sukamekar``)."""
_PROTESTERS_HOME = re.compile(
    r"\bwarga\s+(?=[A-Z])[^.;!?]*?(?=\s+(?:menggelar|melakukan)\s+(?:aksi|unjuk\s+rasa|demo)\w*\b[^.!?]*?"
    r"\s(?:di|ke)\s+(?:depan\s+)?[A-Z])"
)
"""The home of residents who protest somewhere they name (``Ratusan warga Kecamatan Pintu Rime Gayo menggelar aksi unjuk
rasa di depan Gedung DPRK Bener Meriah``): not where the protest, and the police's guard, was."""
_JOINT_TEAM = re.compile(r"\bgabungan\s+(?:dari|(?:yang\s+)?terdiri\s+(?:dari|atas))\s+[^.;!?]*")
"""A joint team and who it is made of (``tim pencari gabungan dari Polsek dan Koramil Ngoro, warga Dusun Kandangan dan
petugas posko``): where its residents live is not where the team worked."""
_TEAM_RESIDENTS = re.compile(r"\b(?:warga|masyarakat|penduduk)\s+(?=[A-Z])[^,;]*?(?=\s+dan\s|,|$)")
"""Residents of a named place among a joint team's members, up to the next member (``warga Dusun Kandangan``)."""
_PUPILS_OF = re.compile(r"\b(?:siswa|siswi|murid|guru)\s+(?=[A-Z])[^.;!?,]*?(?=\s+(?-i:[a-z])|[.;!?,]|$)")
"""The school whose pupils or teachers are told of (``Puluhan siswa TK Dharma Wanita Desa Duwet tampak antusias``): a
village in its name is the school's, not where the event was (the pupils' visit to the Polsek's yard). The words in
lower case only: ``Jalan Guru Tua`` is a street."""
_SLOGAN_PLACE = re.compile(r"\b(?:[Kk]ota|[Kk]ampung|[Dd]esa|[Kk]elurahan)\s+Presisi\b")
"""A place word before ``Presisi``, Polri's slogan (``Patroli Kota Presisi``, ``Kampung Presisi``): a programme's
name, no place called so."""


_FOLLOWED_INCIDENT = re.compile(
    rf"\b(?:menyusul|pasca|usai|setelah)\s+(?:adanya\s+)?(?:kasus|{INCIDENT_WORDS})\b[^.!?]*",
    re.I,
)
"""The incident a patrol follows, told in a clause (``Pengerahan pasukan tersebut menyusul insiden ledakan mesin ATM di
wilayah Karangploso, Kabupaten Malang``, ``Pasca ledakan di anjungan tunai mandiri (ATM) di Jalan Affandi, Sleman``):
the incident's place, not the patrol's."""
_COUNTED = re.compile(
    r"(?<![\w./-])(?<!\d,)(?<!(?:RT|RW|rt|rw|No|Km|KM) )\d{1,3}"
    r"\s+(?:[Dd]esa|[Kk]elurahan|[Kk]ecamatan|[Kk]abupaten|[Kk]ota|[Dd]usun)"
    r"\b(?:\s+[A-Z][\w'’-]*)*"
)
"""A count of areas (``264 Desa Menggelar Pilkades Serentak``, ``di 12 Kecamatan``): their kind, no area's name, so the
capitalised words after it name none; a number after ``RT``, ``RW``, ``No`` or ``Km`` is an address's (``RT 02 Desa
Sukamaju``), and a decimal's last digit (``Km 1,5 Kecamatan Pahandut``) and a year (``Tahun 2022 Kabupaten Bolaang
Mongondow``) are no count."""


_RECALLED = re.compile(r"[^.!?]*\b(?:pada|tahun|sejak)\s+(?:tahun\s+)?(?:19|20)\d{2}\s+(?:lalu|silam)\b[^.!?]*")
"""A sentence recalling a year gone by (``Berkaca pada 2022 lalu, seorang remaja di Kecamatan Mandalawangi …
meregang nyawa``): another incident, whose place is not the event's (a day's date before ``lalu``,
``Sabtu (1/3/2025) lalu``, is the event's own)."""


_IN_GENERAL = re.compile(r"\b(?:kota|kabupaten|provinsi)\s+[^.,;!?]{2,40}?\s+umumnya\b(?=\s+dan\s)", re.I)
"""The wide area named as the frame before the narrower one (``di wilayah kota Surabaya Umumnya dan Kecamatan
Mulyorejo khusunya``): the narrower is the event's place, and the two make no list."""
_SHORT_FORM = re.compile(r"\(\s*(?P<short>[A-Z]{2,6})\s*\)")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


_SHORT_THEN_WORDS = re.compile(r"\b(?P<short>[A-Z]{2,6})\s*\((?P<words>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,5})\)")
"""A short form with the words it stands for in brackets after it (``PJR (Patroli Jalan Raya)``)."""


def _names_programme(words: list[str], short: str) -> bool:
    """True when ``words`` are what ``short`` stands for, their initials spelling it, with a place word inside them,
    not first: a programme's or a unit's name (``Patroli Gang Sempit``, PGS; ``Patroli Jalan Raya``, PJR, the highway
    patrol), no place; a place's own words (``Kampung Bedan``, KB) stay a place."""
    inside = any(re.fullmatch(_PLACE_WORD, word) for word in words[1:])
    return "".join(word[0] for word in words) == short and inside and not re.fullmatch(_PLACE_WORD, words[0])


def _without_named_programmes(paragraph: str) -> str:
    """The paragraph with a programme's name blanked where the initials in brackets after it spell its words and a
    place word stands inside it, not first (``Patroli Gang Sempit (PGS)``): the word names the programme, not a
    place. Initials of a place's own words (``Kampung Bedan (KB)``) leave the place."""
    result, at = [], 0
    for short in _SHORT_FORM.finditer(paragraph):
        letters = short["short"]
        words = list(_WORD.finditer(paragraph, at, short.start()))[-len(letters):]
        if len(words) == len(letters) and _names_programme([word.group() for word in words], letters):
            result.append(paragraph[at:words[0].start()] + " " * (short.end() - words[0].start()))
            at = short.end()
    return "".join(result) + paragraph[at:]


_CASE_RAISED = re.compile(
    r"[^.!?]*\b(?:menyinggung|menyoroti|mengadukan|membahas)\s+(?:[^.!?]*?\s)?(?:kasus|perkara|sengketa)\b[^.!?]*"
)
"""A sentence telling of a case someone raises (``Marwandy menyinggung salah satu kasus yang … ia dampingi, yaitu sengketa
lahan sawit … di Kabupaten Sintang Kecamatan Serawai``): the case's place, not the event's."""
_FAR_OR_SENT_TO = re.compile(
    r"\bjauh\s+dari\s+[^.,;!?]*|\b(?:dipindahkan|dipindah|dikirim|dirujuk)\s+ke\s+[^.,;!?]*"
    r"|\b(?:membawa|mengangkut)\s+(?:\w+\s+){0,2}ke\s+[^.,;!?]*?(?=\s+di\s|[.,;!?]|$)"
    r"|\b(?:pergeseran|pergerakan)\s+(?:[\w-]+\s+){0,4}?dari\s+[^.,;!?]*?\bke\s+[^.,;!?]*"
    r"|\b(?:untuk|hendak|akan)\s+melakukan\s+aksi\s+[\w-]+\s+di\s+[^.;!?]*?(?=\s+(?:dengan|melawan)\b|[.;!?]|$)", re.I
)
"""A place the event was far from (``daerah yang jarang diakses serta jauh dari pusat kabupaten Sijunjung``), a
measure of distance, or where people or things were sent to (``24 tahanan … dipindahkan ke Lembaga Pemasyarakatan
(Lapas) Kota Batam``; ``kapal angkut penumpang membawa wisatawan ke Pulau Seribu di dermaga Kaliadem``), the
journey's end, or a crowd's way from one town to another (``pergeseran massa aksi unjuk rasa dari Kota Palu ke
Kabupaten Sigi``), which the police anticipate, or where others meant to act (``geng motor melintas di daerahnya untuk
melakukan aksi tawuran di wilayah Kandang Roda, Kecamatan Sukaraja, Kabupaten Bogor dengan kelompok Bocimi``), which
the police prevented: not where the event was."""


def _blanked(match: re.Match) -> str:
    return " " * len(match.group())


def _without_quotes(paragraph: str) -> str:
    """The paragraph with quoted speech blanked (a place someone mentions is not the event's)."""
    return re.sub(r"“[^”]*”|\"[^\"]*\"", lambda match: " " * len(match.group()), paragraph)
