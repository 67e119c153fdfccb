"""The day and time of the event an article reports, read from where articles write them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from site_plugins.content.dates import month_number, weekday_name

from .text import SITE_ADDRESS

DAYS = r"Senin|Selasa|Rabu|Kamis|Jum\s?[,'’`]?\s?at|Jam['’`]at|Sabtu|Minggu|Ahad"
_PART_OF_DAY = (
    rf"(?:\s+(?P<part>pagi|siang|sore|malam(?:\s+(?:{DAYS}))?|dini\s*hari|subuh))?(?:\s+(?:kemarin|lalu|tadi|ini))?"
)
"""``Sabtu malam (17/1)``, ``sabtu malam minggu (27/10/18)`` (Saturday night), ``Senin kemarin (2/3/2026)``, ``Jum’at
pagi ini (01/11/19)``, ``Senin subuh 16 September 2024`` (dawn)."""
_HOURS = {"pagi": range(3, 12), "siang": range(10, 16), "sore": range(14, 20), "malam": (*range(17, 24), 0, 1, 2, 3),
          "dini": range(0, 6), "subuh": range(0, 7)}
"""The hours a part of the day can hold: a patrol on ``Kamis dini hari`` that began ``pukul 23.30``
began on the evening before."""
_DATE_WORD = r"(?:\s*,?\s*(?:tanggal|tangal|taggal|tgl\.?))?"
_WEEKDAY = rf"\b(?:hari\s+)?(?P<weekday>{DAYS})\b{_PART_OF_DAY}{_DATE_WORD}\s*(?:[,/]|\.(?=\s*\())?\s*"
"""A weekday and what may stand between it and its date: a comma, a slash, or a full stop a page typed before the
bracket (``dimulai, Selasa. (18/02/2025)``)."""
_MONTH_NAME = r"[A-Za-z]{3,9}\.?"
_LATE_PART = r"(?:\s+(?P<late>pagi|siang|sore|malam|dini\s*hari|subuh)\b)?"
"""The part of the day written after the date: ``Kamis (29/2/2024) dini hari``."""

WEEKDAY_NUMERIC = re.compile(
    _WEEKDAY + r"\({0,2}\s*(?:(?P<first>\d{1,2})-(?=\d{1,2}\s?/))?(?P<day>\d{1,2})(?:\s?/\s?|[.-])(?P<month>\d{1,2})(?:(?:\s?/\s?|[.-])(?P<year>\d{4}|\d{2}))?\b"
    rf"(?!(?<=-\d)\s+{_MONTH_NAME}\s+\d{{4}})(?!(?<=-\d\d)\s+{_MONTH_NAME}\s+\d{{4}})\s*\)?" + _LATE_PART, re.I,
)
"""``Kamis (29/01/2026)``, ``Jumat 30/01/2026``, ``jum,at ( 26/01/2024 )``, ``Sabtu malam (17/1)``, a bracket typed
twice (``Jumat ((10/10/2025)``), slashes with spaces around them as a page may set them (``Kamis malam ( 13 / 10 / 2022 )``; dots and dashes take none); not a span of
days before a month's name (``Minggu, 8-9 Februari 2025``: the span's first day, as :data:`NAMED` reads it), which
only a dash between the days makes (``Senin 12/2 sebanyak 1200 personel`` is a date). A span of days before the slash
(``Kamis hingga Jumat (18-19/7/2019)``) gives its first day, or its last where the weekday names that one."""
WEEKDAY_NAMED = re.compile(
    _WEEKDAY + rf"\(?\s*(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAME})\s+(?P<year>\d{{4}})\b\s*\)?" + _LATE_PART, re.I,
)
"""``Minggu pagi, 9 September 2018``, ``hari Selasa tanggal 13 Maret 2018``, ``Sabtu (1 Nov 2025)``."""
NAMED = re.compile(
    rf"(?<![\w/])(?:(?P<first>\d{{1,2}})(?:\s+(?P<first_month>{_MONTH_NAME}))?\s*"
    rf"(?:hingga|sampai(?:\s+dengan)?|s\.?\s?/?\s?d\.?|[-–])\s*)?"
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAME})\s+(?P<year>\d{{4}})\b",
    re.I,
)
"""``17 Februari 2023`` without a weekday; taken only where the month is a month's name. A span of
days (``mulai 9 hingga 22 September 2025``, ``9-22 September 2025``, ``pada 9 September hingga 22 September
2025``) gives its first day, in its own month when the span writes one."""
DATELINE_NUMERIC = re.compile(
    r"^[^\W\d][^–—\n]{0,40}?\s[–—-]\s*(?P<open>\()?(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})\b"
    r"(?(open)\))(?=\s+(?:[–—-]\s+)?[A-Z])"
)
"""A date set between the dateline's dash and the lead's first word, also in brackets: ``KAB. CIREBON – 13/08/2025
Dalam ...``, ``Kotim,faktaperistiwanews.co.id – (15/12/2021) Sat Lantas Polres Kotim ...``, and closed by a dash of its
own: ``DENPASAR || suarajatim.my.id - 06/12/2025 - Satgas Preventif ...``."""
DATELINE_SITE_DATE = re.compile(
    r"^[^\W\d][^–—\n()]{0,40}?\(\s*[A-Z][\w.]*\s+(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})(?=\s*\)\s*[-–—]+\s)"
)
"""A newsroom's name and the day of writing in brackets in the dateline: ``Manokwari, (Tagar 12/6/2018) -``; read as
the day of writing, as a date alone there is."""
_NO_WEEKDAY_BEFORE = "".join(
    rf"(?<!(?i:{day}), )"
    for day in ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Jum’at", "Sabtu", "Minggu")
)
"""A weekday right before a bracketed date's comma makes the two one day, read (or set aside) with its weekday."""
BRACKETED_NUMERIC = re.compile(
    r"(?:\bpada\s+\(|\b(?i:hari\s+ini|kemarin)\s+\(|(?<=[A-Za-z] )\((?=[\d/\s]+\)\s*$)|(?<=[A-Za-z], )"
    + _NO_WEEKDAY_BEFORE
    + r"\((?=[\d/\s]+\)\.?\s*$))"
    r"\s*(?P<day>\d{1,2})\s?/\s?(?P<month>\d{1,2})\s?/\s?(?P<year>\d{4})\s*\)"
)
"""A full date in brackets after ``pada`` without its weekday, spaces between as a page may set them: ``pada (7/
1/2024)``, or after the word for today or yesterday, which the date makes plain (``yang dilaksanakan hari ini
(6/10/2023) hingga 7 Oktober 2023``), or closing a paragraph right after its last word or its comma, the full stop
after it or none (``Polsek
Jombang menggelar patroli gabungan bersama TNI dan Sapol PP (30/03/2025)``, ``kata Asfuri, di GOR Ken Arok, Kota Malang,
(26/6/2019).``); a day and month without the year is no date."""
AFTER_STOP_NUMERIC = re.compile(
    r"(?<=[A-Za-z0-9)]\.)\s?\(\s*(?P<day>\d{1,2})\s?/\s?(?P<month>\d{1,2})\s?/\s?(?P<year>\d{4}|\d{2})\s*\)"
    r"(?=\.?(?:\s|$))"
)
"""A full date in brackets without its weekday right after a sentence's full stop, the year's two digits or four:
the day the sentence before it tells (``… di desa siwalan, kecamatan panceng, kabupaten gresik.(30/9/24)``,
``… GSG Boedaya kecamatan kemiling, Bandar Lampung. (06/01/23) Hadir …``)."""
EARLIER_TODAY_NUMERIC = re.compile(
    r"\b(?i:(?P<tadi>tadi\s+)?(?P<part>malam|pagi|siang|sore)(?(tadi)|\s+tadi))\s+"
    r"\(\s*(?P<day>\d{1,2})\s?/\s?(?P<month>\d{1,2})\s?/\s?(?P<year>\d{4}|\d{2})\s*\)"
)
"""A full date in brackets after the part of the day just gone, either way round (``Polsek Labuan Badas malam tadi
(28/03/22) menggelar razia``, ``tadi malam (28/03/2022)``): the date names that night or morning, its year also in two
digits."""
_DAY_PATTERNS = (
    WEEKDAY_NUMERIC, WEEKDAY_NAMED, NAMED, DATELINE_NUMERIC, BRACKETED_NUMERIC, DATELINE_SITE_DATE, AFTER_STOP_NUMERIC,
    EARLIER_TODAY_NUMERIC,
)
"""Every way the body writes a day, read in this order where two overlap."""
_DAYS_EN = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
_STAMP_START = rf"(?:[\w-]+(?:\.[\w-]+)+\s+)?(?:\d{{2}}\.\d{{2}}\.\d{{2}},\s+)?(?:(?:{DAYS}|{_DAYS_EN}),?\s+)?"
"""What may stand before a stamp's date: the site's name (``Incarkasus.com 20 April 2024``), a weekday,
in English too (``Sunday, June 22, 2025``), a Blogger theme's short form of the same day (``21.12.25, Desember 21,
2025 WIB Last Updated 2025-12-21T02:59:41Z``)."""
STAMPS = (
    re.compile(rf"{_STAMP_START}(?P<month>{_MONTH_NAME})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})", re.I),
    re.compile(rf"{_STAMP_START}(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAME})\s+(?P<year>\d{{4}})", re.I),
    re.compile(
        rf"{_STAMP_START}(?P<day>\d{{1,2}})(?P<mark>[/-])(?P<month>\d{{1,2}})(?P=mark)(?P<year>\d{{4}}|\d{{2}})", re.I,
    ),
    re.compile(r"date (?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})", re.I),
)
"""Publication stamps at the start of a line: ``Oct 22, 2025 - 10:31``, ``Sabtu, 10 Februari 2024 - 09:56 WIB``,
``Selasa 21-03-2023,11:51 WIB``."""
_STAMP_TIME = re.compile(r"\s*[-–—,|/]?\s*(?:(?i:pukul|jam)\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\b")
_TIME_AFTER = re.compile(r"[^.;“”\"]{0,40}?\b(?P<word>pukul|jam)\s+(?P<hour>\d{1,2})[.:](?P<minute>\d{2})\b", re.I)
"""The time right after a date: ``Senin (17/4/17) pukul 20.00``, ``malam, sekitar pukul 20.30 WIB``."""
_CLOCK = re.compile(r"\b(?:pukul|jam)\s+(?P<hour>\d{1,2})[.:](?P<minute>\d{2})\b", re.I)
"""A time anywhere in the text: ``Patroli mulai dilakukan pada pukul 22.00``, ``berlangsung sejak pukul 09.15``."""
_ENDS = re.compile(
    r"\b(?:hingga|sampai|s\.?\s?/?\s?d|berakhir|selesai|usai)\b[^.,;]{0,40}"
    r"(?:,\s*(?:yakni|yaitu|tepatnya)\s+|\)\s*,\s*)?$"
    r"|\b(?:jalan|arus|akses)\b[^.,;]{0,20}\b(?:kembali\s+dibuka|dibuka\s+kembali)\b[^.,;]{0,20}$",
    re.I,
)
"""Words before a time or day that make it the end of the event: ``hingga pukul 23.00``,
``hingga Selasa pagi (13/1/2026) pukul 06.00``, ``berakhir tepat waktu, yakni pukul 00.00``, the end's day in brackets
and a comma before its time (``hingga Senin (08-07), pukul 01.30 WIB``), a road closed for the event opened again
(``Namun jalan kembali dibuka sekitar pukul 11.15 WIB``)."""
_ROUTINE = re.compile(r"\b(?:setiap|tiap)\b[^.,;]{0,20}$", re.I)
"""Words before a time that make it a routine's hour, not the event's: ``Apel malam dilaksanakan setiap
pukul 21.00 WITA``, ``tiap malam pukul 22.00``."""
_SO_FAR = re.compile(r"\bselama\s+ini\b[^.!?;“”\"]{0,60}$", re.I)
"""Words before a time, in its sentence, that make it the hours kept so far, not the event's: ``Menurut Kapolda
selama ini patroli dilakukan aparat kepolisian pada pukul 22:00 – 05:00``."""
_STATE_SO_FAR = re.compile(r"\b(?:sampai|hingga)\s+(?:saat\s+ini|sekarang|kini)\b[^.!?;“”\"]{0,160}$", re.I)
"""Words before a time, in its sentence, that make it part of a state told so far, not the event's hour: ``sampai saat
ini situasi di wilayah desa … aman dan kondusif namun di kali biru pada malam hari sekitar pukul 22.00 WITA``."""
_ROUTINE_AFTER = re.compile(
    r"(?:[^.!?;“”\"]|(?<=\d)\.(?=\d)){0,60}?\b(?:setiap|tiap)\s+(?:hari|malam|minggu|pekan|bulan)(?:nya)?\b", re.I,
)
"""Words after a time, in its sentence (another time's dot within), that make it a routine's hours, not the event's:
``rutin melaksanakan Patroli Lampu Biru yang dimulai sekitar pukul 20.00 WIB malam sampai 04.00 WIB pagi setiap
harinya``."""
_ENDS_AFTER = re.compile(
    r"\s*(?:WIB|WITA|WIT)?\s*,?\s*(?:(?!(?:hingga|sampai|sebelum)\b)[a-z]+\s+){0,2}(?:berakhir|selesai)\b"
    r"(?!\s+(?:di|dilaksanakan|dilakukan)\b)"
    r"|\s*(?:WIB|WITA|WIT)?\s*,?\s*(?:seluruh\s+)?rangkaian\s+(?:kegiatan|acara|ibadah)\b"
    r"(?:(?!\b(?:hingga|sampai|dimulai|mulai)\b)[^.,;]){0,40}?\b(?:berakhir|selesai)\b",
    re.I,
)
"""Words right after a time, in its clause, that make it the end of the event: ``tepat pukul 21.00 WIB, kegiatan
berakhir``, ``pukul 23.30 patroli selesai``, also the whole event's ``selesai dilaksanakan`` (``Pada pukul 11.10 WIB,
seluruh rangkaian kegiatan Misa Natal selesai dilaksanakan``); not the start's ``pukul 20.00 hingga selesai`` (``Pada
pukul 08.00 WIB, rangkaian ibadah dimulai hingga selesai``)."""
_REACHED = re.compile(r"\b(?:dikonfirmasi|dihubungi|diwawancarai)\b[^.!?;“”\"]{0,50}$", re.I)
"""Words before a day or a time that make it when a speaker was reached for the story (``Kapolsek …, saat dikonfirmasi
Senin malam (16/2/2026) sekitar pukul 19.40 WIB menjelaskan …``): the newsroom's hour, not the event's."""
_LIMIT = re.compile(
    r"(?:\b(?:di\s?atas|lewat(?:\s+dari)?|melewati|lebih\s+dari|sebelum)|\bbatas\b[^.!?;]{0,40})\s+$", re.I,
)
"""Words before a time that make it a limit, not the event's hour: ``remaja yang masih berkeliaran diatas pukul 22.00
wita``, ``lewat pukul 23.00``, ``memastikan anak-anaknya pulang sebelum pukul 22:00 WIB``, ``Batas tempat usaha buka
adalah pukul 21.00 WIB``."""
_REPORT_IN = re.compile(
    r"(?:\b(?:laporan|pengaduan|aduan|panggilan|telepon|informasi)\s+(?:[\w-]+\s+){0,2}?(?:masuk|diterima)"
    r"|\bditerima\s+pihaknya"
    r"|\b(?:menerima|mendapat(?:kan)?)\s+(?:laporan|pengaduan|aduan|panggilan|telepon|informasi)"
    r"(?:\s+dari\s+[\w-]+(?:\s+[\w-]+)?)?)\s+(?:pada\s+)?(?:sekitar\s+|sekira\s+)?$",
    re.I,
)
"""Words before a time that make it the hour a report came in (``kurang dari 10 menit setelah pengaduan masuk pukul
00.13 WIB, petugas kepolisian sudah berada di lokasi``, ``informasi kebakaran diterima pihaknya sekitar pukul 15.15``,
``Petugas menerima informasi pada pukul 11.45 WIB``):
the call's minute, not the police's act; the day stands alone when no other time is given."""
_FOUND_AT = re.compile(
    r"\b(?:berhasil\s+)?ditemukan\b(?:\s+(?:dalam\s+keadaan|tewas|meninggal(?:\s+dunia)?|selamat)\b[\w\s]{0,12}?)?"
    r"\s+(?:pada\s+)?(?:sekitar\s+|sekira\s+)?$",
    re.I,
)
"""Words before a time that make it the hour someone sought was found (``Korban pertama … berhasil ditemukan sekitar
pukul 18.20 WIB``): the search's end, not its hour."""
_MISSING = r"(?:hilang(?:\s+kontak)?|(?:belum|tidak|tak)\s+(?:juga\s+)?(?:kembali|pulang))"
"""Words telling people went missing: ``hilang kontak``, ``belum kembali``."""
_LOST_SINCE = re.compile(rf"\b{_MISSING}\s+sejak\s+(?:sekitar\s+|sekira\s+)?$", re.I)
"""Words before a time that make it the hour people went missing from (``keduanya hilang kontak sejak pukul 07.00
WIB``): the search's start, not the rescue's hour."""
_GOES_ON = re.compile(
    r"\bakan\s+(?:terus\s+|tetap\s+)?(?:di)?(?:lakukan|laksanakan|gelar|jalankan|lanjutkan|tingkatkan)\b"
    r"[^.!?;“”\"]{0,120}$", re.I,
)
"""Words before a time, in its sentence after the lead, that make it the hours of work still to come, not the event's:
``patroli Blue Light akan terus dilakukan secara rutin, terutama pada jam-jam rawan balap liar, antara pukul 01.00
hingga 03.00 WIB``. In the lead, what the story announces is its event."""
_RULES_HOURS = re.compile(
    r"\b(?:diterapkan|diberlakukan|berlaku|tidak\s+boleh|dilarang|batas\s+(?:waktu|jam)|penutupan|ditutup)\b"
    r"[^.!?;:“”\"]{0,50}$", re.I,
)
"""Words before a time that make it the hour a rule holds from, not the event's: ``Selain itu akan diberlakukan jam
malam mulai pukul 21.00 witeng``, ``Tidak boleh ada warga yang berkeliaran mulai pukul 21.00``, a deadline the
patrol enforced (``melewati ketentuan batas waktu izin keramaian yang diberikan yakni pukul 22.00 WITA``), a place
closed from an hour (``penutupan sementara kawasan wisata Bromo mulai pukul 00.01 WIB``)."""
_BEFORE_THE_EVENT = re.compile(
    r"(?:^|[.!?]\s+)[Ss]ebelum\b[^.!?;]{0,80}$|\b(?:jam|menit)\s+sebelum\b[^.!?;]{0,60}$"
    r"|\bsejak\s+sebelum\b[^.!?;]{0,60}$"
)
"""A sentence opening with ``Sebelum`` up to a time: the hour of what comes before the event (``Sebelum melaksanakan
patroli malam terlebih dahulu sekitar pukul 20:00 wita, personil … melaksanakan apel malam``), not the event's; and
the hour hours or minutes are counted back from (``empat jam sebelum misa pertama pada pukul 16.30 WIB akan dilakukan
sterilisasi``), or that the police are there since before (``siap berjaga di masjid … sejak sebelum pelaksanaan pukul
06.00 Wita``): the mass's or the prayer's, the police's work being earlier."""
_START_TIME = re.compile(
    r"\b(?:dimulai|mulai(?:\s+dilakukan|\s+dilaksanakan)?|dilaksanakan mulai|berlangsung\s+(?:mulai|sejak|dari))\s+"
    r"(?:pada\s+)?(?:sekitar\s+|sekira\s+)?pukul\s+(?P<hour>\d{1,2})[.:](?P<minute>\d{2})\b", re.I,
)
"""A start time written later in the text: ``Kegiatan yang dimulai pukul 18.00 WIB``, ``Patroli mulai
dilakukan pada pukul 22.00``, ``Patroli obvit berlangsung sejak pukul 09.15 WIB``, ``berlangsung dari
pukul 09.30 Wita hingga 11.30 Wita``."""
_SPEECH = re.compile(
    r"\b(?:[Kk]ata|[Uu]jar|[Uu]ngkap|[Uu]cap|jelas|tutur|terang|sebut|tegas|tambah|pungkas|mengatakan|menjelaskan|"
    r"keterangan\w*|dikonfirmasi|dilansir)(?:nya)?\b",
)
"""Words that close a speaker's words; lowercase, so that a place such as "Tambah Luhur" is not one."""
_CITED_BEFORE = re.compile(
    rf"\b(?:dikutip|dilansir|mengutip|melansir)\s+(?:dari\s+)?[^,;:“”\"]{{2,40}},\s*(?:pada\s+)?(?:hari\s+)?"
    rf"(?:(?:{DAYS})\s*,?\s*)?$", re.I,
)
"""The day another medium's report is cited with (``kata Nirwan dikutip dari sumateraekspres.id, Minggu 12 Mei 2024``):
the day of the speaker's words there, as after a speech verb, also when the medium is named by its address."""
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:[Nn]omor|No\.|No(?=\s*:))\s*:?\s*[\w.-]*/[\w/.-]+,?\s*(?:[Tt]anggal|[Tt]gl\.?)?\s*$"
)
"""A letter's or an order's number before its date (``Nomor Sprint/1565/X/PAM.3.3/2021, Tanggal 28
Oktober 2021``, ``No : Mak/05/Xl/2017 tanggal 1 Nopember 2017``): the document's day, not the event's. A number
without a slash is a building's on its street (``Jalan Diponegoro No.19, Kamis, (27/06/2019)``)."""
_AWAITED_BEFORE = re.compile(
    r"\b(?:menjelang|jelang)\s+(?!(?:ibadah\s+|waktu\s+)?(?:sholat|shalat|salat|solat)\b)(?:[\w-]+\s+){1,4}$"
    r"|\b(?:menjelang|jelang)\s+(?:(?!(?:pol|kapol)\w*\b|(?:patroli|pengamanan|razia|sambang|kegiatan|giat|anggota|"
    r"personel|personil|petugas|tim|jajaran|(?:me|di(?!strik)|ber)[a-z]{3,})\b)[\w-]+\s+){4,8}"
    r"(?:pada|tanggal)\s+(?:tanggal\s+)?$",
    re.I,
)
"""What a patrol is held ahead of, named before its date (``menjelang Pilkada Serentak 27 November
2024``): the day awaited, not the event's; also a longer name with ``pada`` or ``tanggal`` before the day
(``jelang puncak perhelatan akbar KTT ke-42 ASEAN pada 9-11 Mei 2023``), when no unit, no patrol, no officers and
no verb stand between: ``Jelang Natal Polsek … melaksanakan patroli pada …``, ``jelang Natal anggota berjaga di gereja
pada …`` give the patrol's day. A prayer awaited is that day's (``menjelang ibadah Sholat Jumat (18/05/2018)``:
the Polwan stood guard the same Friday)."""
_AWAITED_LONG_BEFORE = re.compile(
    r"\b(?:menjelang|jelang)\s+(?:(?!(?:pol|kapol)\w*\b|(?:patroli|pengamanan|razia|sambang|kegiatan|giat|anggota|"
    r"personel|personil|petugas|tim|jajaran|(?:me|di(?!strik)|ber)[a-z]{3,})\b)(?:[\w-]+|\([\w-]+\))\s+){5,10}"
    rf"(?:hari\s+)?(?:(?:{DAYS})\s*,?\s*)?$",
    re.I,
)
"""What is awaited named at length right before its weekday and date, no unit, patrol, officers or verb between
(``Jelang putusan Mahkamah Konstitusi (MK) terkait perkara pilkada Bombana Rabu, 26 April 2017``): the ruling's day,
not the day the police made ready for it. A region's ``Distrik`` is no verb of ``di-`` (``H-1 jelang Kick off Liga 3
regional Kaltim Zona Distrik Selatan pada Rabu (20/12/2023)``)."""
_IN_FORCE_BEFORE = re.compile(
    r"\b(?:diterapkan|diberlakukan|berlaku|ditetapkan)\b[^.,;:“”\"]{0,40}\bsejak\s+(?:tanggal\s+)?$"
    r"|\bsejak\s+(?:mulai\s+)?(?:diterapkan|diberlakukan|berlaku|ditetapkan)\s+(?:pada\s+)?(?:tanggal\s+)?$", re.I
)
"""A rule in force since a day (``jam malam yang kini diterapkan oleh Pemkot Surabaya sejak 21 Juni 2025``, ``Pada hari
ketiga sejak berlaku pada 2 Juni 2025``): the rule's day, not the patrols' that enforce it."""
_PAST_EVENT_BEFORE = re.compile(
    r"\b(?:setelah|sesudah|usai|pasca)\s+(?:[\w-]+\s+){1,4}yang\s+(?:digelar|dilaksanakan|diselenggarakan|berlangsung)"
    r"\s+(?:pada\s+)?(?:tanggal\s+)?$",
    re.I,
)
"""What a patrol came after, its own day written in a clause of its own (``setelah pelaksanaan Pilkada Majene yang
digelar 27 November 2024``): the earlier event's day, not the patrol's."""
SPEECH_VERBS = r"(?:mengatakan|menjelaskan|menyampaikan|mengungkapkan|menuturkan|menegaskan|menerangkan)"
"""Verbs of speaking in the active form, after the speaker: ``Kapolres … mengatakan``."""
INCIDENT_WORDS = r"(?:insiden|kejadian|peristiwa|ledakan|kerusuhan|bentrok\w*|pengeboman|pemboman|penyerangan|teror)"
"""Words naming an incident the police act after (``Pasca ledakan …``, ``menyusul insiden …``): its day (here) and
its place (:mod:`.places`) are the incident's, not the police's."""
_DISASTER_WORDS = r"(?:gempa|banjir|(?:tanah\s+)?longsor|kebakaran|tsunami|erupsi|puting\s+beliung)"
_INCIDENT_PASSED_BEFORE = re.compile(
    rf"\b(?:[Pp]asca|[Ss]etelah\s+terjadi(?:nya)?)\s+(?:{INCIDENT_WORDS}\b[^.!?;“”\"]{{0,120}}"
    rf"|{_DISASTER_WORDS}\b[^.!?;“”\"]{{0,80}}\byang\b[^.!?;“”\"]{{0,80}})$"
)
"""An incident or a disaster the police act after, its day told in the same clause (``Pasca ledakan di anjungan tunai
mandiri (ATM) di Jalan Affandi, Sleman, Jogjakarta, Jumat dini hari (7/10) sekitar pukul 02.00 Wita, jajaran Kepolisian
Resor Tarakan langsung meningkatkan kewaspadaan``, ``Pasca gempa bumi berkekuatan 6,0 magnitudo yang mengguncang wilayah
Poso pada Selasa pagi (19/08/2025) pukul 09.50 WITA, aparat gabungan …``): the incident's day and hour, not the
police's. A disaster's day is its own only where a clause tells it (``yang mengguncang … pada``): ``mengunjungi Kampung
Kabare … pasca kebakaran Senin 30 September 2024 kemarin`` gives the visit's day."""
_MISSING_SINCE_BEFORE = re.compile(
    rf"\b{_MISSING}\s+sejak\s+(?:[^.!?;“”\"]{{0,40}}?\b(?:pada|tanggal)\s+)?(?:hari\s+)?(?:tanggal\s+)?$",
    re.I,
)
"""The day people missing were last heard of (``dua pendaki belum kembali sejak melakukan perjalanan pada 5 Juli
2025``, ``Enam nelayan Air Bangis yang hilang kontak sejak Kamis (20/11/2025)``): the day they set out, not the
search's or the rescue's."""
_AS_OF_BEFORE = re.compile(r"\b[Pp]er\s+(?:tanggal\s+|tgl\.?\s+)?$|\bsekarang\s+(?:tanggal|tgl\.?)\s+$")
"""The day something holds from (``kenaikan harga Bahan Bakar Minyak (BBM) oleh Presiden Joko Widodo per 3 September
2022``): a price's or a rule's day, not the event's; so is a state's day as of now (``dan sekarang tanggal 8 April 2025
kondisi air sudah turun``)."""
_TOMORROW_BEFORE = re.compile(rf"\b(?:besok|esok)(?:\s+hari)?\s*,?\s+(?:(?:{DAYS})\s*,?\s*)?(?:tanggal\s+)?$", re.I)
"""A day written as tomorrow's before it (``Imlek 2573 jatuh pada Esok Hari Selasa tanggal 01 Februari 2022``): the day
awaited, as ``besok`` after a day makes it; the patrol of the eve is not on it."""
_STATE_SINCE_BEFORE = re.compile(r"(?:^|[.!?]\s+|\s[–—-]\s+)[Ss]ejak\s+(?:tanggal\s+)?$|\)\s+Sejak\s+(?:tanggal\s+)?$")
"""``Sejak`` opening a sentence, also right after the dateline, before a day (``Karangasem, suarabali.com – Sejak 29
Oktober 2017 PVMBG telah menurunkan status Gunung Agung``, ``Metro Times (Kendal) Sejak tanggal 2 Februari 2019``, a
dateline's bracket and no dash): the day a state began, which the story goes on from; a
span's first day (``Sejak Sabtu (13/9) malam hingga Minggu pagi (14/9)``) is the event's (:func:`_state_since`)."""
_SPAN_GOES_ON = re.compile(r"[^.!?]*?\b(?:hingga|sampai|s\.?\s?d\.?)\b", re.I)


def _state_since(paragraph: str, start: int, end: int) -> bool:
    """True for a day after ``Sejak`` opening its sentence, no span's end after it (:data:`_STATE_SINCE_BEFORE`)."""
    return bool(_STATE_SINCE_BEFORE.search(paragraph, max(0, start - 60), start)) \
        and not _SPAN_GOES_ON.match(paragraph, end)


_FALLS_ON_BEFORE = re.compile(r"\bjatuh\s+pada\s+(?:hari\s+)?(?:tanggal\s+)?$", re.I)
"""The day an anniversary or a holiday falls on (``ulang tahun ke 70 Polri yang jatuh pada 1 Juli 2016``): that day's
own, not the event held for it."""
_AWAITED_FALLS_ON_BEFORE = re.compile(
    r"\b(?:[Mm]enjelang|[Jj]elang)\s[^.!?;“”\"]{0,100}?\byang\s+bertepatan\s+(?:pada|dengan)\s+"
    r"(?:hari\s+)?(?:tanggal\s+)?$"
)
"""What is awaited, then the day it coincides with in a clause of its own (``Menjelang perayaan Tahun Baru Islam, 1
Muharram 1445, yang bertepatan pada tanggal 20 Juli 2023 …, Polres Madiun Kota telah menyiapkan skema pengamanan``):
the holiday's day, which the police make ready for, not the day they do so. ``jatuh pada`` says it without what is
awaited (:data:`_FALLS_ON_BEFORE`)."""
_SCHEDULED_BEFORE = re.compile(
    rf"\b(?:di)?jadwalkan\s+(?:akan\s+)?(?:pada\s+)?(?:hari\s+)?(?:(?:{DAYS})\s*,?\s*)?(?:tanggal\s+)?$", re.I,
)
"""A day something is scheduled for, told after the lead (``Keberangkatan resmi Kloter 31 dijadwalkan pada Selasa, 13
Mei 2025 pukul 04.30 WIB``): a day to come, as :data:`_TO_COME_BEFORE`'s, not the event's."""
_TO_COME_BEFORE = re.compile(
    r"\bakan\s+(?:di)?(?:laksanakan|melaksanakan|gelar|menggelar|adakan|mengadakan|selenggarakan|menyelenggarakan|"
    r"berlangsung)\b[^.!?;“”\"]{0,80}?\b(?:pada|tanggal|mulai(?:\s+dari)?)\s+(?:hari\s+)?(?:tanggal\s+)?$",
    re.I,
)
"""What the text says will be held, on a day after its verb (``Polres Kota Pariaman akan melaksanakan Simulasi
pengamanan Pilkada Kota Pariaman pada tanggal 31 Januari 2018``, ``operasi … yang akan digelar pada 17 hari ke depan,
mulai dari 23 Maret 2025 sampai dengan 8 April 2025``), after the lead: a day to come, not the event's. In
the lead it is what the story announces (``Hari Nusantara yang akan diselenggarakan … pada tanggal 10-13 Desember
2023``)."""
_VOTE_TO_COME_BEFORE = re.compile(
    r"\b(?:Pilkada|Pemilu|Pilkades|Pilpres|Pileg|Pemilihan|pemungutan\s+suara)\b[^.!?;“”\"]{0,60}?\byang\s+akan\s+"
    r"(?:di)?(?:gelar|laksanakan|selenggarakan|berlangsung)\s+(?:pada\s+)?(?:hari\s+)?(?:tanggal\s+)?$",
    re.I,
)
"""An election's day to come (``sosialisasi pengamanan Pemilihan Kepala Daerah (Pilkada) serentak yang akan digelar
pada 9 Desember 2015``): the vote the police prepare for, not the day they do so, also in the lead."""
_STAY_SPAN_BEFORE = re.compile(
    r"\bselama\s+(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh)\s+hari\s*\(?\s*(?:tanggal\s+)?$", re.I,
)
"""A stay or a work visit of some days, then its span (``kunjungan kerja selama 3 hari (09-11 Juli 2023)``): the
visit's days; the story tells which of them its event was on, or leaves it in doubt."""
_AGREED_BEFORE = re.compile(r"\b(?:di|ter)?sepakati\s+(?:pada\s+)?(?:hari\s+)?(?:tanggal\s+)?$", re.I)
"""A day agreed on for what comes next (``mediasi dilakukan di polres Mukomuko, yang disepakati tanggal 14 Juni 2021
mendatang``): a day to come, not the event's."""
_NEW_YEAR_BEFORE = re.compile(r"(?<!\bmalam\s)(?<!\bpergantian\s)\btahun\s+baru\s+$", re.I)
_NEW_YEARS_DAY = re.compile(rf"(?:(?:{DAYS}),?\s+)?\(?0?1(?:\s+januari\b|/0?1/)", re.I)
"""The new year named right before its own day (``perayaan ibadah hari raya Natal dan tahun baru 1 Januari 2020``): the
feast's day, which the police make ready for, not the day they do so. The night before it or the turn of the year is
a patrol's (``malam tahun baru 31 Desember``, ``pergantian tahun baru 1 Januari 2020 dini hari``), and so is another
day early in the year (``razia di awal tahun baru 2 Januari 2020``)."""
_NOT_THE_EVENTS_BEFORE = (
    _DOCUMENT_BEFORE, _AWAITED_BEFORE, _IN_FORCE_BEFORE, _PAST_EVENT_BEFORE, _AS_OF_BEFORE, _TOMORROW_BEFORE,
    _FALLS_ON_BEFORE, _VOTE_TO_COME_BEFORE, _MISSING_SINCE_BEFORE, _AGREED_BEFORE,
)
_OPERATION_SPAN_BEFORE = re.compile(
    r"\b(?:[Oo]perasi|[Ss]osialisasi|[Kk]ampanye)\b[^.;:“”\"]{0,60}?\b(?:digelar|dilaksanakan|berlangsung|dimulai)\s+"
    r"(?:mulai\s+|sejak\s+|dari\s+)(?:tanggal\s+)?$"
    r"|\b[Oo]perasi\s+[A-Z][^.;:“”\"]{0,80}?\b(?:sejak|dari)\s+(?:tanggal\s+)?$"
    r"|\brentang\s+waktu\s+(?:mulai\s+|sejak\s+|dari\s+)?(?:tanggal\s+)?$"
)
"""An operation, or a campaign, held over a span of days (``operasi digelar sejak 28 Maret sampai dengan 6 April
2022``, ``sosialisasi yang akan berlangsung dari 1 hingga 30 Juni 2025``, ``razia pada rentang waktu mulai tanggal 21
Juli 2022 hingga 23 Agustus 2022``, ``tim Operasi
Ketupat, dimana Polres Tanjung Priok telah mendahului sejak tanggal 21 Mei hingga 21 Juni 2019``, ``Operasi Sapu dari
1-14 November 2017``): the operation's
days, of which the patrol the text tells is one; the span does not say which."""

_SPAN_END_BEFORE = re.compile(
    rf"(?:\b\d{{4}}|\b\d{{1,2}}\s+{_MONTH_NAME}|(?P<numbers>\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?))\s*\)?\s*"
    r"(?i:mendatang\s+)?"
    r"(?i:hingga|sampai(?:\s+dengan)?|s\.?\s?/?\s?d\.?)\s+"
    r"(?:[A-Z][\w'’]*\s+){0,3}\(?\s*(?i:tanggal\s+)?$"
)
"""A span's first day, then its last after the word for until, its feast's name between them perhaps (``mulai dari 23
Maret 2025 sampai dengan 8 April 2025``, ``sejak Kamis Putih (17 April) hingga Minggu Paskah (20 April 2025)``,
``mulai Rabu (29/5) hingga Senin (10/6)``, ``sejak tanggal 6 Mei mendatang hingga 17 Mei 2021``): the last day is no
event's; the first is, or, without its year, leaves the day to the rest of the text. A last day with its year after a
first in numbers without one (``sejak Minggu, (11/1) sampai Senin (12/1/2026)``) gives the first its year, as before."""
_SPAN_END_AFTER = re.compile(r"\s*(?:hingga|sampai(?:\s+dengan)?|s\.?\s?/?\s?d\.?|[-–])\s*(?:tanggal\s+)?\d", re.I)
"""A span's last day right after a full date (``21 Juli 2022 hingga 23 Agustus 2022``): the date is the span's first."""
_OPERATION_SPAN_REACH = 120
"""How far back before a span's first day the operation it is held for is looked for."""


def _operation_span_before(paragraph: str, start: int) -> bool:
    """True when the span whose first day is written at ``start`` is an operation's (:data:`_OPERATION_SPAN_BEFORE`)."""
    return bool(_OPERATION_SPAN_BEFORE.search(paragraph, max(0, start - _OPERATION_SPAN_REACH), start))


_OPERATION_DAYS_BEFORE = re.compile(
    rf"\b[Oo]perasi\b[^.;:“”\"]{{0,60}}?\b\d{{1,3}}\s+hari\s*,?\s*(?:terhitung\s+)?(?:mulai\s+|sejak\s+|dari\s+)?"
    rf"(?:tanggal\s+)?(?:\d{{1,2}}\s+{_MONTH_NAME}\s+\d{{4}}\s*(?:hingga|sampai(?:\s+dengan)?|s\.?\s?/?\s?d\.?|[-–])\s*"
    rf"(?:tanggal\s+)?)?$",
    re.I,
)
"""An operation's length in days, then its first or its last day (``Operasi pengamanan berlangsung 14 hari, terhitung
20 Desember 2025 hingga 2 Januari 2026``): the operation's days, each with its year; the span does not say which is
the patrol's."""
_OPERATION_DAYS_REACH = 140
"""How far back before a day the operation's length in days is looked for."""


def _in_operation_days(paragraph: str, start: int) -> bool:
    """True when the day written at ``start`` follows an operation's length in days (:data:`_OPERATION_DAYS_BEFORE`)."""
    return bool(_OPERATION_DAYS_BEFORE.search(paragraph, max(0, start - _OPERATION_DAYS_REACH), start))

_AWAITED_AFTER = re.compile(r"\)?\s*(?:besok|esok(?:\s+hari)?|nanti)\b", re.I)
"""A day written as tomorrow's (``pemilihan kepala daerah secara serentak pada Rabu (9/12/2015) besok``) or as one
still to come (``pemilihan kepala desa serentak pada tanggal 30 Oktober 2019 nanti``): the day awaited, not the
patrols' before it. ``nantinya`` is not ``nanti``. ``mendatang`` is left alone: it also closes a span whose first day is
the event's (``30 November hingga 1 Desember 2022 mendatang``)."""
_CASUALTIES_AFTER = re.compile(
    r"\)?\s*,?\s*yang\s+(?:menewaskan|menelan\s+korban\s+jiwa|merenggut\s+nyawa)\b", re.I
)
"""A day followed by the lives it took (``peristiwa ledakan bom di sekitar Sarinah, jalan MH Thamrin, Jakarta Pusat, 14
Januari 2016 yang menewaskan …``): a deadly incident's day, which the police's work answers, not the work's own. Damage
alone (``Selasa (17/2/2026) siang, yang mengakibatkan dua rumah warga …``) is the day the police came too."""
_KNOWN_BEFORE = re.compile(r"(?:^|[.!?]\s)[\s“\"]*Diketahui\b[^.!?]*$")
_DONE_AFTER = re.compile(r"\)?\s*,?\s*(?:telah|sudah)\s+\w+")
"""A sentence opening with ``Diketahui`` that tells, at a day, what had already been done (``Diketahui KPU Kota
Surabaya, pada Senin, 20 November 2023 telah menerima pendistribusian logistik pemilu``): background the story
recalls, its day no day of the story's own; the story's day is then in doubt, not taken from it."""
_CRIME_SCENE_BEFORE = re.compile(r"(?:^|[.!?]\s)[\s“\"]*TKP\b[^.!?]*$")
"""A sentence opening with ``TKP`` (the crime scene) up to a day (``TKP pertama berada di jalan Singsingamangaraja pada
hari minggu 1 Oktober 2023``): the day of the arrest the story recalls, not of the event it tells (the drugs destroyed
weeks later). A scene examined in the story (``melakukan olah TKP``) opens no sentence so."""
_EXAMPLE_BEFORE = re.compile(
    r"(?:^|[.!?]\s)[\s“\"]*(?:Seperti|Sebagaimana)\s+yang\s+(?:pernah\s+)?(?:dialami|menimpa|terjadi)\b[^.!?;“”\"]*$"
)
"""A sentence opening with an example of what befell someone (``Seperti yang dialami Rosevelty Kapoh, Lurah Woloan II,
Selasa (9/8) lalu sekitar pukul 03.00 Wita di Cafe Tifar Tomohon``): an earlier incident told to show why the police
act, its day not theirs."""
_EARLIER_WORD = r"[\s“\"]*Sebelumnya(?:\s*,|\s+sempat\b)"
_EARLIER = re.compile(rf"^{_EARLIER_WORD}|(?:[.!?]\s){_EARLIER_WORD}[^.!?]*$")
"""A paragraph or a sentence opening with ``Sebelumnya,`` or ``Sebelumnya sempat`` (``Sebelumnya, Jumat (27/5)
Direktorat Polair Polda Kalbar mengamankan 90 batang kayu``; ``Sebelumnya, Aksi Demo yang terjadi di Fakfak …. … Rabu
(21/8/2019)``): it recalls what came before the event, so its days are not the event's. ``Sebelumnya`` inside a
sentence (``yang sebelumnya digelar``) or without its comma (``Sebelumnya pada pukul 19.00 petugas apel``) is left
alone."""
_EARLIER_GOES_ON = re.compile(r"[\s“\"]*(?:Kemudian|Lalu|Setelah\s+itu)\b")
"""A paragraph going on with the earlier events the paragraph before it opened to recall (``Sebelumnya sempat viral
acara hajatan …`` / ``Kemudian dibubarkan oleh personil Polsek …, Senin 06 Mei 2024.``): its days are theirs too."""
_AGO_OPENING = re.compile(
    r"(?:^|[.!?]\s)[\s“\"]*(?:\w+\s+)?(?:hari|pekan|minggu|bulan)\s+(?:yang\s+)?lalu\s*,?\s*(?:tepatnya\s+)?"
    r"(?:pada\s+)?(?:hari\s+)?$",
    re.I,
)
"""A sentence opening with how long ago its day was (``DUA pekan lalu, tepatnya Sabtu (12/5/2018) …``): the text
recalls an earlier day."""
_INCIDENT_AFTER = re.compile(
    r"(?:[^.!?]|(?<=\d)\.(?=\d))*\b(?:terjadi|terjadinya)\b[^.!?]*?\b(?:peristiwa|insiden|kejadian|penyerangan|perusakan|kerusuhan|"
    r"bentrok\w*|pencurian|pembunuhan|perampokan|kecelakaan|tawuran|penganiayaan|kebakaran|bencana)\b",
    re.I,
)
"""The rest of a sentence after its day telling an incident happening (``warga … dikejutkan dengan terjadinya
peristiwa penyerangan pada Markas Polsek Bayah``); a time's full stop (``pukul 09.00``) ends no sentence."""
_DAY_OPENS_HAPPENING_BEFORE = re.compile(r"(?:^|[.!?:]\s+)Pada\s+(?:hari\s+\w+\s*,?\s*)?tanggal\s+$")
_HAPPENING_AFTER = re.compile(r"[^.!?]{0,80}?\btelah\s+terjadi\b")
"""A sentence opening with its day and telling what happened there (``Pada tanggal 10 April 2025 di Polsek Waropen Atas
telah terjadi naiknya air sungai``): a report's incident, one of several days it may tell, not the police's own."""
_CLOSED_QUOTES = re.compile(r"“[^”\"]*[”\"]|\"[^\"”]*[\"”]")
"""A speaker's words with their closing mark, a straight opening mark also closed by a curly one (as in
:data:`_QUOTES`)."""
_QUOTES = re.compile(r"^\s*”[^“”\"]*”|“[^”\"]*[”\"]?|\"[^\"”]*[\"”]?")
"""A speaker's words, their closing mark left off at the paragraph's end, or opened at the paragraph's start with the
closing mark (``” Sekitar Pukul 10.15 WITA, Petugas melakukan Penangkapan …,” ungkap Kasat Polair.``), or opened with a
straight mark and closed with a curly one (``"Kita sudah … 4 Pos Terpadu,” kata Kapolres …, Rabu (5/5).``)."""
_PUBLISHED_BEFORE = re.compile(
    r"(?:\b(?:diposting|diposkan|dipublikasikan|diterbitkan|terbit|diperbarui|diunggah|update[ds]?|posted|published)\b"
    rf"[^.]{{0,20}}|^[^\w…]*(?:[\w-]+\.)*{SITE_ADDRESS}\W{{0,3}}(?:\w+,?\s+)?)$",
    re.I,
)
"""Words a publication stamp stands after: ``Diposting pada``, ``Update:``, the site's name
opening the paragraph."""
_DATELINE_DASH = re.compile(r"(?:\s*\)|(?<=\)))\s*[-–—]+\s")
"""The dash that opens the lead, right after a date in brackets: ``Kota Bima, NTB (19 April 2025) –``, also after a
weekday's date in its brackets (``ntt.tribratanews.com, Kupang, Jumat (5/4/2024) -``)."""
_CLOCK_AFTER = re.compile(
    r"\s*\)?\s*[-–—,|]\s*\d{1,2}[:.]\d{2}\b|\s*\d{1,2}[:.]\d{2}(?:\s*WI(?:B|TA?))?[ \t]*(?:\n|$)"
)
"""A clock time set after a date with a dash, comma or bar (``20/04/2024 - 10:31``), or with a space and closing its
line with no stop (``Senin, 1 September 2025 6:54 WIB`` under a headline): a stamp's, written without the ``pukul`` an
event's time takes."""


@dataclass
class Dateline:
    """A date read from the text, with the weekday it was written with (if any)."""

    day: date
    hour: int | None = None
    minute: int | None = None
    weekday: str = ""
    part: str = field(default="", compare=False)
    """The part of the day written after the weekday: ``pagi``, ``malam``, ``dini hari``."""
    eve: bool = field(default=False, compare=False)
    """The date follows ``malam`` and its weekday (``malam Rabu 13 Juli 2022``): the night before that weekday
    as people say it, or that weekday's night as the date says; an evening's hour does not settle which day."""
    of_dateline: bool = field(default=False, compare=False)
    """The date is a dateline's, alone on its line (``Zonapers – Jakarta Utara, 29/12/2024``): the newsroom's day at
    the place, not a page's posting stamp."""

    @property
    def text(self) -> str:
        """The date as the front matter takes it: ``2026-01-29`` or ``2026-01-29 10:31``."""
        if self.hour is None:
            return self.day.isoformat()
        return f"{self.day.isoformat()} {self.hour:02d}:{self.minute:02d}"


@dataclass
class _Mention:
    """A date written in the body, and what kind of date it is."""

    match: re.Match
    paragraph: str
    statement: bool
    partial: bool
    stamp: bool = False
    """The date is the page's publication stamp inside the text (``Diposting 20 April 2024``,
    ``Incarkasus.com 20 April 2024``, ``Selasa 21-03-2023, 11:51 WIB``), not the event's."""


@dataclass
class EventDate:
    """The event's date, or why it is not sure and what it probably is."""

    found: Dateline | None
    doubt: str = ""
    suggestion: str = ""


_ANNOUNCED = re.compile(
    r"[^.,“”\"]{0,80}?\b(?P<will>akan|bakal)\s+(?:kembali\s+|terus\s+)?"
    r"(?:melakukan|menggelar|melaksanakan|mengintensifkan|meningkatkan|berpatroli|patroli)\b",
    re.I,
)
_VERB = re.compile(r"\b(?:me|be|di|te)[a-z]{3,}\b")
"""A word in lowercase with a verb's prefix (``menggelar``, ``berpatroli``, ``digelar``)."""


def _announces(lead: str) -> bool:
    """True for a lead whose subject's first verb tells of an activity to come (``Polda Metro Jaya akan melakukan
    patroli ke rumah-rumah warga …``): a speaker's date then dates the announcement, not a patrol. A patrol held that
    will go on (``… menggelar patroli dan akan …``) has its verb first."""
    match = _ANNOUNCED.match(lead)
    return bool(match) and not _VERB.search(lead[:match.start("will")])


_GONE_BY = re.compile(r"\s+(?:yang\s+)?lalu\b")


_TO_COME = re.compile(r"\b(?:akan|bakal)\b[^.!?]{0,80}\b(?:pada|pd)\s+(?:tanggal\s+)?$", re.I)
"""What will be, then ``pada`` right before a date: ``akan menggelar Pilkada serentak pada 15 Februari 2017``."""


_PLANNED_UNTIL = re.compile(
    r"\b(?:berencana|rencananya|direncanakan|akan)\s+(?:\w+\s+){0,2}?(?:melanjutkan|dilanjutkan|berlanjut|diperpanjang)"
    r"\b[^.!?,;]{0,60}\b(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?)(?!\w)[\s,]*(?:hari\s+|tanggal\s+)?$",
    re.I,
)
"""The work under way planned to go on until a day: ``Polsek Benowo berencana melanjutkan razia ini hingga, Jumat, 1
Januari 2021``."""


def _to_come(mention: _Mention) -> bool:
    """True for a full date without a weekday that closes a clause of what will be (``Ketiga wilayah tersebut, akan
    menggelar Pilkada serentak pada 15 Februari 2017``), or for any full date a plan runs until (``berencana
    melanjutkan razia ini hingga, Jumat, 1 Januari 2021``): a day the text looks forward to. Beside another date it
    is not the event's, as a recalled day is not."""
    without_weekday = not mention.match.groupdict().get("weekday")
    return _carried_on_until(mention) or (
        without_weekday and bool(_TO_COME.search(mention.paragraph, 0, mention.match.start()))
    )


def _carried_on_until(mention: _Mention) -> bool:
    """True for a date a plan runs until (``berencana melanjutkan razia ini hingga, Jumat, 1 Januari 2021``): the
    work is under way, and the day it is to go on until tells of no other day it was done."""
    return bool(_PLANNED_UNTIL.search(mention.paragraph, 0, mention.match.start()))


def _recalled(mention: _Mention) -> bool:
    """True for a full date without a weekday that ``lalu`` closes (``saat gempa dan tsunami 28 September 2018
    lalu``): a day gone by that the text recalls. Beside another date, even one without its year (``Kamis (8/11)``),
    it is not the event's."""
    return not mention.match.groupdict().get("weekday") and bool(_GONE_BY.match(mention.paragraph, mention.match.end()))


def find_event_date(
    paragraphs: list[str], published: Dateline | None, skipped: int, dropped: list[str] | None = None,
) -> EventDate:
    """The day of the event: the first full date in the body that is not in a quote.

    A date only given after a speaker (``ujar AKP Feri, Jumat (17/05/2024)``), a date without
    a year, a weekday that disagrees with the date, or no date but the publication stamp
    leave the date in doubt, with the likely value as a suggestion. ``skipped``: how many opening
    paragraphs tell another incident (:func:`other_incident`). ``dropped``: lines that left the text as
    page furniture (a caption with the agency's credit); a day they write with its weekday keeps a
    weekday alone from taking the stamp's day.
    """
    paragraphs = [_LETTER_FOR_ZERO.sub("0", paragraph) for paragraph in paragraphs]
    preamble = paragraphs[:skipped]
    paragraphs = _without_tickers(_without_pull_quotes(paragraphs))
    every = [mention for mention in _mentions(paragraphs) if mention.paragraph not in preamble]
    if not every and (before := [mention for mention in _mentions(preamble) if not mention.partial]):
        doubt = f"'{_written(before[0].match)}' ada di pembuka yang menceritakan hal lain, bukan kegiatan polisi"
        return EventDate(None, doubt, _reading(before[0].match).text if _reading(before[0].match) else "")
    mentions = [mention for mention in every if not mention.stamp]
    if not mentions and every and (_in_dateline(every[0].match) or _opens_lead(every[0], paragraphs)):
        mentions = every[:1]  # the day of writing, and no other day
    if not mentions and every and not every[0].partial:
        published = _reading(every[0].match) or published
    full = [mention for mention in mentions if not mention.partial]
    set_aside = [mention for mention in full if _recalled(mention) or _to_come(mention)]
    set_aside = set_aside if len(set_aside) < len(mentions) else []  # beside another date only
    full = [mention for mention in full if mention not in set_aside]
    told = [mention for mention in full if not mention.statement]
    lead = next((paragraph for paragraph in paragraphs if paragraph not in preamble), "")
    if told or full:
        event = _checked(_with_weekday_first(told or full))
        lead_day = event.found and _lead_day_in_year(mentions, _with_weekday_first(told or full), event.found, lead)
        if lead_day:
            event = EventDate(lead_day)  # the lead's own day: none of the doubts below, about the span, is its
        elif not told and not event.doubt and (not _same_day(event.found, published) or _earlier_day_said(paragraphs)) \
                and not _told_without_year(event.found, mentions, paragraphs[0]) \
                and (sign := _another_day_told(event.found, mentions, paragraphs)):
            event.doubt = f"hanya tanggal pernyataan narasumber yang tertulis, dan teks menyebut {sign}"
            event.suggestion, event.found = event.found.text, None
        elif not told and not event.doubt and paragraphs and _announces(paragraphs[0]):
            event.doubt = "hanya tanggal pernyataan narasumber yang tertulis, dan berita mengabarkan kegiatan yang akan datang"
            event.suggestion, event.found = event.found.text, None
        elif event.found and told and (chosen := _with_weekday_first(told)) and _ends_another(chosen):
            said = next((mention for mention in full if mention.statement), None)
            doubt = f"'{_written(chosen.match)}' adalah hari berakhirnya kegiatan lain, bukan hari kegiatan ini"
            event = EventDate(None, doubt, (_reading(said.match) or event.found).text if said else "")
        elif event.found and told and (chosen := _with_weekday_first(told)) and not _tells_event(chosen, paragraphs):
            doubt = f"'{_written(chosen.match)}' tanpa nama hari, jauh dari awal berita dan kata kegiatan"
            event = EventDate(None, doubt, event.found.text)
        elif event.found and (first := _span_start_without_year(end := _with_weekday_first(told or full), mentions)):
            written, day, weekday = first
            if weekday and _weekday_key(weekday) == weekday_name(day):
                event = EventDate(Dateline(day, weekday=weekday))  # the span's first day, its year the end's
            else:
                event = EventDate(None, f"'{written}' tanpa tahun memulai rentang hari sampai '{_written(end.match)}'",
                                  day.isoformat())
        elif event.found and (span := _long_span_later(_with_weekday_first(told or full), paragraphs)):
            doubt = f"'{span}' rentang beberapa hari; hari kegiatan polisi tidak disebut"
            event = EventDate(None, doubt, event.found.text)
        elif event.found and (other := _other_day(event.found, told, paragraphs[:2])):
            event = EventDate(None, f"teks menyebut dua tanggal kegiatan: {event.found.day:%d/%m/%Y} dan "
                              f"{other:%d/%m/%Y}", event.found.text)
    elif mentions:  # a day told before a day of speaking (``Rabu (11/2) lalu`` after ``Jumat (13/2) menyebutkan``)
        kept = [mention for mention in mentions if mention not in set_aside]
        chosen = next((mention for mention in kept if not mention.statement), kept[0])
        event = _without_year(chosen, published, paragraphs)
        if event.found and (eve := _eve_named(event.found, paragraphs)):
            event.doubt = f"'{_written(chosen.match)}' tanpa tahun, dan teks menyebut {eve}"
            event.suggestion, event.found = date(event.found.day.year, 12, 24).isoformat(), None
        elif event.found and chosen.statement and (quoted := _other_day_quoted(event.found, paragraphs)):
            # ``“Jumat, 25 Desember 2020 dari pantauan personel …,” kata Kamal …, Sabtu (26/12).``
            event.doubt = f"hanya tanggal pernyataan narasumber yang tertulis, dan teks menyebut {quoted}"
            event.suggestion, event.found = event.found.text, None
    elif published and _weekdays_alone(paragraphs, published.of_dateline) == {weekday_name(published.day)}:
        if other := _other_caption_day(dropped or [], published):
            doubt = f"hari '{weekday_name(published.day)}' tanpa tanggal; keterangan foto menyebut {other:%d/%m/%Y}"
            return EventDate(None, doubt, other.isoformat())
        event = EventDate(Dateline(published.day))  # ``saat dihubungi, Jumat.`` under a Friday's stamp
    elif published and every and _lead_weekday_of_dateline(every[0], paragraphs, published):
        event = EventDate(Dateline(published.day))  # ``Cilegon, 3 Maret 2025 – … pada Senin pagi``, a Monday
    elif published and _yesterday_in_lead(paragraphs):
        event = EventDate(Dateline(published.day - timedelta(days=1)))  # ``dilakukan kemarin`` under the stamp
    elif published and (before := _weekday_before_stamp(paragraphs, published)):
        weekday, day = before
        doubt = f"teks hanya menyebut hari '{weekday}' tanpa tanggal, dan waktu terbit jatuh pada hari " \
                f"{weekday_name(published.day)}"
        return EventDate(None, doubt, day.isoformat())
    elif published:
        return EventDate(None, "teks hanya menyebut waktu terbit, bukan tanggal kegiatan", published.day.isoformat())
    elif span := _operation_span(paragraphs):
        return EventDate(None, f"teks hanya menyebut masa operasi ({span}), bukan hari kegiatan")
    elif glued := _glued_year(paragraphs):
        written, day = glued
        return EventDate(None, f"'{written}' salah tulis; periksa tanggalnya", day.isoformat() if day else "")
    elif said := _day_in_quotes_only(paragraphs):
        return EventDate(None, f"tanggal hanya ada dalam kata-kata narasumber ('{_written(said.match)}')",
                         reading.text if (reading := _reading(said.match)) else "")
    else:
        return EventDate(None)
    if event.found and (doubt := _after_publication(event.found, published)) \
            and not (full and _dated_in_lead(_with_weekday_first(told or full), event.found, published, lead)):
        return EventDate(None, doubt, event.found.text)
    if event.found and (cut := _cut_year(paragraphs[skipped:skipped + 2], event.found)):
        return EventDate(None, f"'{cut.group().strip()}' tahunnya terpotong", f"{cut['day']}/{cut['month']}/tahun")
    if event.found and (told or full) and _newsrooms_own(_with_weekday_first(told or full)):
        return event  # the newsroom's own ride, timed: its hours are not the police's
    if event.found and full and not told and not _same_day(event.found, published):
        return event  # the day the speaker spoke: the text's hours may be every night's (``mulai pukul 20.00``)
    if event.found:
        return _with_event_time(event, full, paragraphs)
    return event


def _lead_day_in_year(mentions: list[_Mention], chosen: _Mention, found: Dateline, lead: str) -> Dateline | None:
    """The lead's own day with its weekday and no year (``… bertempat di Gedung Serba guna Sanggulan Tabanan, Senin
    (25/6).``) when the full date chosen is a span of days later in the text, without a weekday (``mulai dari 28 juni
    sampai 4 juli 2018``, the vote's count): the lead's day, in the span's year where its weekday falls on it; None
    otherwise."""
    groups = chosen.match.groupdict()
    if chosen.paragraph is lead or groups.get("weekday") or not groups.get("first"):
        return None
    for mention in mentions:
        if mention.paragraph is lead and mention.partial and not mention.statement \
                and mention.match.groupdict().get("weekday"):
            day, month = _day_and_month(mention)
            weekday = _weekday_key(mention.match["weekday"])
            if _falls_on(found.day.year, month, day, weekday, date.min, date.max):
                return Dateline(date(found.day.year, month, day), weekday=mention.match["weekday"],
                                part=_part_of_day(mention.match))
            return None
    return None


def _day_in_quotes_only(paragraphs: list[str]) -> _Mention | None:
    """The first full date written only inside a speaker's words, when the text writes none outside them (``“…
    melalui Strong Point pada Senin (25/8/2025) mulai pukul 06.45 WIB hingga selesai,” jelasnya``): likely the event's,
    but the speaker's, so only a suggestion."""
    unquoted = [_QUOTE_MARKS.sub(" ", paragraph) for paragraph in paragraphs]
    return next((mention for mention in _mentions(unquoted) if not mention.partial and not mention.stamp), None)


_QUOTE_MARKS = re.compile(r"[“”\"]")
_LETTER_FOR_ZERO = re.compile(r"(?<=\d/)O(?=\d/\d)")
"""A capital O typed for a zero in a date's month (``Selasa (23/O1/2024)``): the zero it stands for."""
_GLUED_YEAR = re.compile(_WEEKDAY + r"\(\s*(?P<day>\d{1,2})/(?P<month>\d)(?P<year>\d{2})\s*\)", re.I)
"""A weekday's date with the month and a two-digit year run together, the slash between them lost: ``Minggu
(16/624)``."""


def _glued_year(paragraphs: list[str]) -> tuple[str, date | None] | None:
    """The first date written as :data:`_GLUED_YEAR` outside quotes, and the day it would be if its weekday agrees
    (``Minggu (16/624)``: 16 June 2024, a Sunday), else None for the day; None when the text writes no such date. A
    date so misprinted is never read as sure: its reading is offered."""
    for paragraph in paragraphs:
        for match in _GLUED_YEAR.finditer(_QUOTES.sub(lambda quote: " " * len(quote.group()), paragraph)):
            year, month, day = 2000 + int(match["year"]), int(match["month"]), int(match["day"])
            weekday = _weekday_key(match["weekday"])
            fits = month and _falls_on(year, month, day, weekday, date.min, date.max)
            return match.group().strip(), date(year, month, day) if fits else None
    return None


def _without_pull_quotes(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a quote the text repeats word for word further on (a pull quote set above the lead:
    ``“Jadi Pemkab Sumba Tengah sudah sepakat …,” jelas Bupati …, Senin, (8/7/2019).`` before ``WAIBAKUL – Mulai Sabtu
    (13/7/2019) malam, …``): its day is read where the text tells it, not before the lead."""
    return [paragraph for at, paragraph in enumerate(paragraphs)
            if not (paragraph.startswith(("“", '"')) and paragraph in paragraphs[at + 1:])]


_TICKER_BREAK = re.compile(r"\s-{3,}(?:\s|$)")
"""A run of three or more hyphens between a news ticker's items: ``… hingga batas akhir, Minggu, 19 Januari 2025 -----
BMKG Hang Nadim Batam keluarkan peringatan … -----``."""


def _without_tickers(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a news ticker's line: two or more items, each closed by a run of hyphens. Its dates are
    the other news' (a ticker's ``Minggu, 19 Januari 2025`` above a parade told as ``Rabu (4/12/2024)``). One run of
    hyphens in a line (a rule under a dateline, ``Senin (6/1/2025) --- Polres …``) makes no ticker."""
    return [paragraph for paragraph in paragraphs if len(_TICKER_BREAK.findall(paragraph)) < 2]


def _operation_span(paragraphs: list[str]) -> str:
    """The span of days of an operation the text writes (``28 Maret sampai dengan 6 April 2022``), or ''."""
    for paragraph in paragraphs:
        for match in NAMED.finditer(paragraph):
            if match["first"] and _operation_span_before(paragraph, match.start()):
                return _written(match)
            if _in_operation_days(paragraph, match.start()):
                return _written(match)  # the first day of ``14 hari, terhitung 20 Desember 2025 hingga 2 Januari 2026``
    return ""


_CUT_YEAR = re.compile(_WEEKDAY + r"\(?\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})/\d{3}(?![\d/])", re.I)
"""A day with its year cut short, its weekday written as :data:`WEEKDAY_NUMERIC` reads it: ``Selasa, 9/11/202.``"""


def _cut_year(lead: list[str], found: Dateline) -> re.Match | None:
    """A day whose year is cut short in the lead's first two paragraphs, other than the day found (``Selasa,
    9/11/202.`` over the village elections' ``11 November 2021`` the next paragraph writes): the lead's day
    is unread, so the day found may be another event's."""
    for paragraph in lead:
        for match in _CUT_YEAR.finditer(paragraph):
            if (int(match["day"]), int(match["month"])) != (found.day.day, found.day.month):
                return match
    return None


_NEWSROOMS_OWN = re.compile(r"\b(?:tim\s+(?:redaksi|liputan)|awak\s+redaksi|wartawan\s+(?:media\s+ini|kami))\b", re.I)
"""The newsroom itself as the one acting (``Tim redaksi melakukan penyusuran pada Senin (31/3/2025) malam``)."""


def _newsrooms_own(mention: _Mention) -> bool:
    """True when the sentence that writes the day tells the newsroom's own doing (its night ride, where it found the
    police at their post): the day is the story's, the hours the text gives are the newsroom's, not the police's."""
    before = mention.paragraph[:mention.match.start()]
    sentence = re.split(r"(?<=[.!?])\s", before)[-1]
    return bool(_NEWSROOMS_OWN.search(sentence))


_ANOTHER_DAY = re.compile(
    rf"\b(?:kemarin|semalam|tadi\s+(?:pagi|siang|sore|malam)|malam\s+tadi|(?:hari|pekan|minggu|malam|pagi|siang|sore|"
    rf"{DAYS})\s+lalu)\b",
    re.I,
)
"""Words that set something the text tells on a day before the one written: ``kemarin``, ``semalam``, ``tadi
malam``, ``Sabtu lalu``, ``malam minggu lalu``, ``beberapa hari lalu`` (not ``tahun lalu``, nor ``lalu lintas``)."""
_CHRISTMAS_EVE = re.compile(r"\bmalam\s+natal\b", re.I)
"""Christmas Eve, a day of its own: 24 December."""


def _eve_named(found: Dateline, paragraphs: list[str]) -> str:
    """``'Malam Natal' (24 Desember)`` when the text names Christmas Eve and the date read is another day, else ''."""
    for paragraph in paragraphs:
        if (eve := _CHRISTMAS_EVE.search(paragraph)) and (found.day.month, found.day.day) != (12, 24):
            return f"'{eve.group()}' (24 Desember)"
    return ""


_WEEKDAY_WORD = re.compile(rf"\b(?P<night>malam\s+)?(?P<weekday>{DAYS})\b", re.I)


_TO_COME_AFTER = re.compile(r"\s*(?:\([^()]{0,12}\)\s*)?(?:besok|mendatang|nanti)\b", re.I)
"""``besok``, ``mendatang`` or ``nanti`` after a weekday and its date, if blanked: the day is still to come."""


def _another_day_told(found: Dateline, mentions: list[_Mention], paragraphs: list[str]) -> str:
    """What in the text tells of another day than a speaker's date (the only full date written), or '': a
    second day (with or without its year), a word setting something on an earlier day (``kemarin``, ``Sabtu
    lalu``, in a quote too), or a weekday outside quotes and dates that is not the date's (``malam Minggu`` is
    a Saturday's night). Without such a sign the day the speaker spoke is the event's: on the real articles it
    was, every time; with one, the patrol may have been the day before. A day a plan is carried on until
    (:func:`_carried_on_until`) is no such sign."""
    for mention in mentions:
        if _carried_on_until(mention):
            continue
        reading = None if mention.partial else _reading(mention.match)
        if _day_and_month(mention) != (found.day.day, found.day.month) or reading and reading.day != found.day:
            return f"hari lain ('{_written(mention.match)}')"
    if eve := _eve_named(found, paragraphs):
        return eve
    if quoted := _other_day_quoted(found, paragraphs):
        return quoted
    for paragraph in paragraphs:
        dates = [mention.match.span() for mention in mentions if mention.paragraph == paragraph]
        if sign := _ANOTHER_DAY.search(_blanked(paragraph, dates)):  # in a quote too: ``itu kemarin adanya …``
            return f"'{sign.group()}'"
        told = _blanked(paragraph, dates + [match.span() for match in _QUOTES.finditer(paragraph)])
        for match in _WEEKDAY_WORD.finditer(told):
            if re.match(rf"\s+(?:{_PROGRAMME_WORDS})\b", told[match.end():], re.I) \
                    or re.search(r"\bsetiap\s+(?:hari\s+)?$", told[:match.start()], re.I):
                continue  # ``Giat Jum’at Curhat``, ``setiap hari jum’at``: a weekly programme, no day told
            if _TO_COME_AFTER.match(told, match.end()):
                continue  # ``pemungutan suara …, Rabu (17/4/2019) besok``: a day still to come, no other day of it
            named = _weekday_key(match["weekday"])
            if match["weekday"].islower() and named == "Minggu" and not match["night"]:
                continue  # ``minggu`` in lowercase is most often a week
            night_of = match["night"] and named == weekday_name(found.day + timedelta(days=1))
            if named != weekday_name(found.day) and not night_of:
                return f"hari '{match.group()}'"
    return ""


def _told_without_year(found: Dateline, mentions: list[_Mention], lead: str) -> bool:
    """True when the lead tells the event on the speaker's day, written without its year (``Anggota Polsek
    Prabumulih Barat …, Jumat (26/4), tadi pagi, bersama warga …`` and ``…,” kata …, Jumat (26/4/2024)``): the
    event's day, the speaker's year its year. The day told later (``… ke Mapolresta Malang Kota, pada Sabtu dini
    hari (15/11)``, after a raid from Friday's midnight) may be a later part of the event, and leaves the doubt; so
    does another day told."""
    told = [mention for mention in mentions if mention.partial and not mention.statement]
    return bool(told) and all(mention.paragraph == lead for mention in told) \
        and all(_day_and_month(mention) == (found.day.day, found.day.month) for mention in told)


def _day_and_month(mention: _Mention) -> tuple[int, int]:
    month = mention.match["month"]
    return int(mention.match["day"]), int(month) if month.isdigit() else month_number(month)


def _earlier_day_said(paragraphs: list[str]) -> bool:
    """True where the text sets what it tells on an earlier day (:data:`_ANOTHER_DAY`), in a quote too: ``dilakukan
    selama dua hari pada Selasa dan Rabu kemarin," kata Umi, Jumat (31/5/2024)`` under the page's stamp of that Friday
    tells of the Tuesday, not of the day the spokeswoman spoke and the page came out."""
    return any(_ANOTHER_DAY.search(paragraph) for paragraph in paragraphs)


def _other_day_quoted(found: Dateline, paragraphs: list[str]) -> str:
    """A full date with its weekday inside a speaker's words that is not the day they spoke (``“Hari Jumat
    (18/11/2022), pukul 08.00 WIB … menggelar kegiatan …,” kata Kasat Lantas …, Sabtu (19/11/2022).``): the speaker
    tells the event's day, or another's; either way the day they spoke is in doubt. '' when there is none. A date
    without its weekday is most often an operation's span (``mulai dari 22 Desember 2023 hingga 2 Januari 2024``)."""
    for paragraph in paragraphs:
        for quote in _QUOTES.finditer(paragraph):
            for pattern in (WEEKDAY_NUMERIC, WEEKDAY_NAMED):
                for match in pattern.finditer(quote.group()):
                    reading = _reading(match) if match["year"] else None  # ``Kamis (24/12)``: no year to read
                    if reading and reading.weekday and reading.day != found.day:
                        return f"hari lain dalam kutipan ('{_written(match)}')"
    return ""


_YESTERDAY = re.compile(r"\b(?:dilakukan|dilaksanakan|digelar|berlangsung)\s+(?:pada\s+)?kemarin\b", re.I)
"""The lead telling its event done ``kemarin`` (``patroli dengan menunggang kuda dilakukan kemarin``)."""


def _yesterday_in_lead(paragraphs: list[str]) -> bool:
    """True when the lead, outside quotes, tells its event done the day before (``dilakukan kemarin``) and no
    other paragraph writes a day: with only the stamp, the event's day is the stamp's day before."""
    if not paragraphs or any(_ANOTHER_DAY.search(paragraph) for paragraph in paragraphs[1:]):
        return False
    told = _blanked(paragraphs[0], [match.span() for match in _QUOTES.finditer(paragraphs[0])])
    return bool(_YESTERDAY.search(told))


def _blanked(paragraph: str, spans: list[tuple[int, int]]) -> str:
    """The paragraph with the spans given blanked, its other characters where they stood."""
    for start, end in spans:
        paragraph = paragraph[:start] + " " * (end - start) + paragraph[end:]
    return paragraph


_REPORTED_WITHIN = timedelta(days=7)
"""How long after its event a patrol is reported: the real articles' stamps stand zero to three
days after the event's date."""


def _same_day(found: Dateline | None, published: Dateline | None) -> bool:
    """True when the publication stamp is the day a date gives: two sources agree."""
    return bool(found and published and found.day == published.day)


def _after_publication(found: Dateline, published: Dateline | None) -> str:
    """Why the event's date cannot be right beside the stamp (after it, or long before), or ''."""
    if published is None or timedelta(0) <= published.day - found.day <= _REPORTED_WITHIN:
        return ""
    when = "sesudah" if found.day > published.day else "lebih dari seminggu sebelum"
    return f"tanggal kegiatan {found.day:%d/%m/%Y} {when} tanggal terbit {published.day:%d/%m/%Y}"


def _dated_in_lead(chosen: _Mention, found: Dateline, published: Dateline, lead: str) -> bool:
    """True when the lead writes the event's full date with its own weekday (``pada Sabtu malam (15/2/2025)``) and
    a stamp of a day alone, without its hour, stands long after it: that is the page's day, a date widget above its
    menu (``Selasa, 13 Januari 2026``), not the report's; the lead's own words outweigh it. A stamp with its hour
    (``Selasa, 10 Jun 2025 21:45 WIB``) is the report's, and a date after the stamp stays in doubt."""
    return found.day < published.day and published.hour is None and chosen.paragraph == lead and not chosen.statement \
        and bool(found.weekday) and _weekday_key(found.weekday) == weekday_name(found.day)


def _other_caption_day(dropped: list[str], published: Dateline) -> date | None:
    """The first day a dropped caption writes with its weekday, when it is not the stamp's day
    (``… di Palu, Minggu malam (7/1/2024). (ANTARA/HO-Humas Polda Sulteng)`` above a stamp of 8 January):
    the photographed patrol's day, which a weekday alone in a speaker's words does not tell."""
    for line in dropped:
        for match in (*WEEKDAY_NUMERIC.finditer(line), *WEEKDAY_NAMED.finditer(line)):
            found = _reading(match) if match["year"] else None
            if found and found.day != published.day:
                return found.day
    return None


_PROGRAMME_WORDS = r"curhat|berkah|bersih|barokah|kasih|keliling|sehat|ceria|peduli|religi"
"""Words that make a weekday a weekly programme's name (``Jumat Curhat``, ``Jumat Berkah``, ``Minggu Kasih``)."""
_WEEKDAY_WORD_ALONE = re.compile(rf"\b(?:{DAYS})\b(?!\s*,?\s*(?:\(|\d|{_MONTH_NAME}\s+\d))", re.I)
"""A weekday written without its date, a programme's (``Minggu Kasih``) too."""
_WEEKDAY_ALONE = re.compile(rf"{_WEEKDAY_WORD_ALONE.pattern}(?!\s+(?:{_PROGRAMME_WORDS})\b)", re.I)
"""A weekday written without its date: ``kata Kanit … saat dihubungi, di Bengkayang, Jumat.``; a weekday naming a
programme (``Jumat Curhat``, ``Minggu Kasih``) is the programme's name, no day told."""


def _weekdays_alone(paragraphs: list[str], programmes: bool = False) -> set[str]:
    """The weekdays the text writes without a date: one that is the stamp's day gives the day. A weekly programme's
    weekday (``Jumat Curhat``) counts only with ``programmes``, under a dateline's date: the newsroom dated the story
    at the place, and the programme's weekday agreeing with it confirms the day; under a page's posting stamp the
    programme's name tells no day of its own."""
    pattern = _WEEKDAY_WORD_ALONE if programmes else _WEEKDAY_ALONE
    return {_weekday_key(match.group()) for paragraph in paragraphs for match in pattern.finditer(paragraph)}


_WEEKDAY_CLOSING = re.compile(rf",\s+(?P<weekday>{DAYS})(?:\s+(?:pagi|siang|sore|malam))?\s*\.")
"""A weekday alone closing a sentence after a comma, as a news agency dates what it tells: ``… di Kapuk Muara,
Penjaringan, Jakarta Utara, Sabtu.``"""


_DASH_AFTER_DATE = re.compile(r"\s*[-–—]+\s")
"""The dash after a dateline's date that opens the lead: ``Cilegon, 3 Maret 2025 –``."""
_WEEKDAY_OF_ANOTHER_WEEK = re.compile(
    rf"\b(?:setiap|tiap)\s+(?:hari\s+)?(?:{DAYS})\b|\b(?:{DAYS})"
    r"(?:\s+(?:pagi|siang|sore|malam))?\s+(?:(?:pekan|minggu)\s+)?(?:lalu|kemarin|depan|mendatang)\b",
    re.I,
)
"""A weekday of another week or of every week: ``Senin lalu``, ``Senin pekan depan``, ``setiap hari Senin``."""


def _lead_weekday_of_dateline(stamp: _Mention, paragraphs: list[str], published: Dateline) -> bool:
    """True when the lead's dateline writes the day (``Detikperkara.com Cilegon, 3 Maret 2025 –``) and the lead names
    that day's weekday alone and no other (``… di Lapangan Apel Polres Cilegon pada Senin pagi``): the newsroom dated
    the story the day it happened. Weekdays later in the text (a weekend's duty the chief thanks) do not count, nor
    does a weekday of another week in the lead (``pada Senin lalu``), which leaves the day in doubt."""
    return bool(paragraphs) and stamp.paragraph is paragraphs[0] and stamp.match.start() < 60 \
        and bool(_DASH_AFTER_DATE.match(stamp.paragraph, stamp.match.end())) \
        and not _WEEKDAY_OF_ANOTHER_WEEK.search(paragraphs[0]) \
        and _weekdays_alone(paragraphs[:1]) == {weekday_name(published.day)}


def _weekday_before_stamp(paragraphs: list[str], published: Dateline) -> tuple[str, date] | None:
    """The one weekday the text writes alone closing its sentences, when it is not the stamp's, with the last such day
    before the stamp (``… Jakarta Utara, Sabtu.`` under a Sunday's stamp: the Saturday before): a suggestion only, for a
    page may be posted a week or more after the day it tells."""
    weekdays = {_weekday_key(match["weekday"]) for paragraph in paragraphs
                for match in _WEEKDAY_CLOSING.finditer(paragraph)}
    if len(weekdays) != 1 or weekdays == {weekday_name(published.day)}:
        return None
    weekday = next(iter(weekdays))
    back = next(days for days in range(1, 7) if weekday_name(published.day - timedelta(days=days)) == weekday)
    return weekday, published.day - timedelta(days=back)


def _with_weekday_first(mentions: list[_Mention]) -> _Mention:
    """The first date written with its weekday, else the first date: a bare ``14 Februari 2024``
    is often another day the text recalls (``pemilihan umum 14 Februari 2024 lalu``)."""
    return next((mention for mention in mentions if mention.match.groupdict().get("weekday")), mentions[0])


def find_dateline(paragraphs: list[str], notes: list[str]) -> Dateline | None:
    """The first full date in the body, as written; a weekday that disagrees, or no such day, is noted."""
    for mention in _mentions(paragraphs):
        if not mention.partial:
            event = _checked(mention)
            if event.doubt:
                notes.append(f"date: {event.doubt}")
            return event.found or _reading(mention.match)
    return None


_POSTING_LABEL = re.compile(
    r"^(?:(?:diposting|diposkan|dipublikasikan|diterbitkan|posted|published)(?:\s+pada)?\s*:|\(\d+\s+views?\)|"
    r"(?-i:On)(?=\s+[A-Z][a-z]+\s+\d)|written\s+by\s+[^|:\n]{1,60}?\s+on(?=\s+\d))\s*",
    re.I,
)
"""A posting word and a colon opening a stamp's line (``Diposting : 22 October 2020 04:23``), or the page's counter
of views in brackets (``(619 Views) September 26, 2016 3:24 pm | …``), or a theme's ``On`` (``On Januari 08,
2026``), or a blog's writer before it (``Written By Nusantara Bicara on 8 Jun 2025 | Juni 08, 2025``): the line is
the page's stamp, the label no part of its date."""


def timestamp(line: str) -> Dateline | None:
    """The publication stamp a line starts with, with its time; None when the line is prose."""
    # ``, Oktober 29, 2025``: a template whose weekday came out empty; ``/ Selasa, 14 Oktober 2025 / 16.49.00 WIB``:
    # one whose fields stand between slashes, or bars (``| Jumat 27 Sep 2019 16:42 WIB | 5289``)
    line = line.lstrip("-,/.| ").strip()
    line = _POSTING_LABEL.sub("", line, count=1)  # ``Diposting : 22 October 2020 04:23``
    if len(line) > 100 or line.endswith("."):
        return None
    for pattern in STAMPS:
        match = pattern.match(line)
        if match and (month_number(match["month"]) or match["month"].isdigit()):
            found = _reading(match) or _month_first(match)
            time = _STAMP_TIME.match(line, match.end())
            if found and time:
                found.hour, found.minute = int(time["hour"]), int(time["minute"])
            return found if found and (found.hour is None or found.hour < 24 and found.minute < 60) else None
    return None


def _month_first(match: re.Match) -> Dateline | None:
    """A stamp's numeric date in a template's month-first order, where day-first is no date (``Rabu, 3/13/2024
    07:16:00 PM WIB``): read so when its weekday, if written, agrees."""
    if not (match["month"].isdigit() and match.groupdict().get("mark")):
        return None
    try:
        day = date(_full_year(match["year"]), int(match["day"]), int(match["month"]))
    except ValueError:
        return None
    weekday = re.match(rf"(?:{DAYS})", match.group(), re.I)
    return Dateline(day) if not weekday or _weekday_key(weekday.group()) == weekday_name(day) else None


def sentence_of_day(paragraphs: list[str], day: date) -> tuple[int, str]:
    """Where the text first writes ``day`` in full: the paragraph's number and the sentence from the date on
    (``sejak tanggal 9 Januari 2026 lalu di Kawasan Pendidikan Kecamatan Jatinangor.``); (-1, "") if nowhere."""
    for mention in _mentions(paragraphs):
        reading = None if mention.partial else _reading(mention.match)
        if reading and reading.day == day:
            rest = mention.paragraph[mention.match.start():]
            return paragraphs.index(mention.paragraph), re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
    return -1, ""


def _mentions(paragraphs: list[str]):
    """Every date written in the body outside quotes, in reading order."""
    for number, paragraph in enumerate(paragraphs):
        quoted = [match.span() for match in _QUOTES.finditer(paragraph)
                  if not _names_a_title(match, paragraph) and not _closes_speech(match)]
        found: list[re.Match] = []  # kept in order of their starts, apart: neighbours tell overlaps
        for pattern in _DAY_PATTERNS:
            for match in pattern.finditer(paragraph):
                start, end = match.span()
                quote = bisect.bisect_left(quoted, (start,)) - 1
                inside = quote >= 0 and quoted[quote][0] < start < quoted[quote][1]
                at = bisect.bisect_left(found, start, key=re.Match.start)
                overlaps = (at > 0 and found[at - 1].end() > start) or (at < len(found) and found[at].start() < end)
                before = max(0, start - 60)
                others = any(pattern.search(paragraph, before, start) for pattern in _NOT_THE_EVENTS_BEFORE)
                others = others or _incidents_day(paragraph, start) or bool(_AWAITED_AFTER.match(paragraph, end))
                others = others or bool(_CASUALTIES_AFTER.match(paragraph, end))
                others = others or bool(_EARLIER.search(paragraph[:start])) or _recalled_incident(paragraph, start, end)
                others = others or bool(number and _EARLIER.match(paragraphs[number - 1])
                                        and _EARLIER_GOES_ON.match(paragraph))
                others = others or bool(_KNOWN_BEFORE.search(paragraph[:start]) and _DONE_AFTER.match(paragraph, end))
                others = others or bool(_CRIME_SCENE_BEFORE.search(paragraph[:start]))
                others = others or bool(_EXAMPLE_BEFORE.search(paragraph, max(0, start - 160), start))
                span_end = _SPAN_END_BEFORE.search(paragraph, before, start)
                others = others or bool(span_end and not (span_end["numbers"] and match["year"]))
                spans = match.groupdict().get("first") or _SPAN_END_AFTER.match(paragraph, end)
                others = others or bool(spans and (_operation_span_before(paragraph, start)
                                                   or _STAY_SPAN_BEFORE.search(paragraph, before, start)))
                others = others or _in_operation_days(paragraph, start) or _state_since(paragraph, start, end)
                # a day to come in the lead is what the story announces; told later, another event's
                others = others or bool(number and _TO_COME_BEFORE.search(paragraph, max(0, start - 140), start))
                others = others or bool(number and _SCHEDULED_BEFORE.search(paragraph, before, start))
                others = others or bool(_INCIDENT_PASSED_BEFORE.search(paragraph, max(0, start - 140), start))
                others = others or bool(_AWAITED_LONG_BEFORE.search(paragraph, max(0, start - 140), start))
                others = others or bool(_AWAITED_FALLS_ON_BEFORE.search(paragraph, max(0, start - 140), start))
                others = others or bool(_NEW_YEAR_BEFORE.search(paragraph, before, start)
                                        and _NEW_YEARS_DAY.match(paragraph, start))
                others = others or bool(_DAY_OPENS_HAPPENING_BEFORE.search(paragraph, before, start)
                                        and _HAPPENING_AFTER.match(paragraph, end))
                if not inside and not overlaps and not others and _is_month(match["month"]):
                    found.insert(at, match)
        for match in found:
            yield _Mention(
                match, paragraph,
                _after_speaker(paragraph, match.start()) or bool(_SAYS_AFTER.match(paragraph, match.end())),
                match["year"] is None, _is_stamp(match),
            )


_UNCLOSED_TITLE = re.compile(r"[^\W\d_][\w,]*\s+$")
"""A word right before an opening mark, no colon or sentence's end between: the mark opens a name in a sentence
(``menggelar kegiatan unik, “Patroli Santa Rompi Merah Maron, Kamis (14/12/2023) malam.``), not a speaker's words."""


def _closes_speech(quote: re.Match) -> bool:
    """True for a straight mark never closed in its paragraph with a speech verb (:data:`_SPEECH`, capitalised as the
    mark left it) right after it (``… demi keselamatan diri dan keluarga, "Ujar Kanit Polairud …, Minggu ( 29/05/2022
    )``): it closes words that began in the paragraph before; what follows is the writer's, its day too."""
    after = quote.group()[1:].lstrip()
    return quote.group().count('"') == 1 and bool(_SPEECH.match(after[:1].lower() + after[1:]))


def _names_a_title(quote: re.Match, paragraph: str) -> bool:
    """True for an opening mark never closed in its paragraph, in the middle of a sentence after a word: the quoted
    name's closing mark was lost, the rest of the sentence is the writer's; a speaker's words opening a paragraph or
    after a colon may run on into the next and stay quoted."""
    unclosed = not quote.group().endswith(("”", '"'))
    return quote.group().startswith("“") and unclosed and bool(_UNCLOSED_TITLE.search(paragraph, 0, quote.start())) \
        and not _SPEECH.search(paragraph, max(0, quote.start() - 30), quote.start())


_EVENT_WORDS = re.compile(
    r"\b(?:patroli|melaksanakan|dilaksanakan|menggelar|digelar|melakukan|dilakukan|kegiatan|giat|sambang|"
    r"menyambangi|berlangsung|mengadakan|diadakan|pengamanan|razia|operasi)\b",
    re.I,
)
"""Words that tell the event happening: a bare date beside them is the event's day."""


_DATE_LABEL = re.compile(r"\b(?:hari\s*[/,]?\s*)?tanggal\s*:\s*$", re.I)
"""The label of a date in a list of the event's when and where: ``Tanggal: 13–14 Desember 2025``."""


_ENDED = re.compile(r"\b(?:telah|sudah)\s+(?:\w+\s+)?(?:berakhir|selesai|usai|ditutup)\b", re.I)
"""Something told as having ended: ``telah berakhir``, ``sudah ditutup``."""


def _ends_another(mention: _Mention) -> bool:
    """True when the sentence of a date tells that something ended then (``2 Januari 2026 lalu, gelaran Operasi
    Lilin Semeru 2025 secara resmi telah berakhir``): the day an earlier operation closed, not the story's."""
    start, end = mention.match.start(), mention.match.end()
    before = re.split(r"[.!?]\s", mention.paragraph[:start])[-1]
    after = re.split(r"[.!?](?:\s|$)", mention.paragraph[end:])[0]
    return bool(_ENDED.search(before + " " + after))


def _tells_event(mention: _Mention, paragraphs: list[str]) -> bool:
    """True when a date is the event's by where it stands: written with its weekday, in the lead's
    first two paragraphs, within a sentence naming the event (``digelar pada 17 Februari 2023``), or
    after the label of a list of the event's when (``Tanggal: 13–14 Desember 2025``)."""
    start = mention.match.start()
    if mention.match.groupdict().get("weekday") or mention.paragraph in paragraphs[:2]:
        return True
    if _DATE_LABEL.search(mention.paragraph, max(0, start - 20), start):
        return True
    sentence = re.split(r"[.!?]\s", mention.paragraph[max(0, start - 120):start])[-1]
    return bool(_EVENT_WORDS.search(sentence + mention.paragraph[mention.match.end():mention.match.end() + 60]))


_POLICE_WORK = re.compile(
    r"\b(?:[Pp]ol(?:ri|res\w*|sek|da|isi|subsektor)|Kapol\w+|[Kk]epolisian|[Pp]ersone?il?|[Aa]nggota|[Pp]etugas|"
    r"[Aa]parat|Bha?binkamtibmas|Sat\s?[A-Z]\w+|Satuan|Unit|Tim|[Pp]atroli|[Ss]ambang|[Rr]azia|[Pp]engamanan)\b",
)
"""Words that tell police work."""
_INCIDENT = re.compile(
    r"\b(?:[Kk]asus|[Kk]ejadian|[Pp]eristiwa|[Pp]eng[ae]?royokan|[Pp]encurian|[Pp]embunuhan|[Pp]erampokan|"
    r"[Kk]ecelakaan|[Tt]awuran|[Pp]enganiayaan|[Pp]embegalan|[Bb]egal|[Kk]ebakaran|[Bb]encana|[Ii]nsiden|"
    r"[Pp]engeboman|[Pp]emboman|[Kk]ejahatan|[Bb]entrok(?:an)?|[Gg]empa)\b"
)
"""Words that tell an incident: a crime, an accident, a disaster, an earthquake, a clash (``Dua kelompok “geng motor”
bentrok di sekitar masjid``)."""


def other_incident(paragraphs: list[str]) -> int:
    """How many paragraphs open the text with another incident before any names the police or
    their work (``Kasus terakhir, pengroyokan di Sempidi … pada Selasa (16/1/2024)``, then
    ``Polres Tabanan menggelar blue light patrol``): their days and places are not the event's."""
    first = next((at for at, text in enumerate(paragraphs) if _POLICE_WORK.search(text)), 0)
    return first if any(_INCIDENT.search(text) for text in paragraphs[:first]) else 0


def writes_full_day(paragraph: str) -> bool:
    """True when the paragraph writes a day with its month and year that is not a publication stamp."""
    return any(not mention.stamp and not mention.partial for mention in _mentions([paragraph]))


def names_a_day(paragraph: str) -> bool:
    """True when the paragraph writes a day that is not a publication stamp: where the event is told."""
    return any(not mention.stamp for mention in _mentions([paragraph]))


_HAPPENED = re.compile(
    r"(?<!\bbisa saja )(?<!\bdapat saja )(?<!\bmungkin )(?<!\bbisa )(?<!\bdapat )(?<!\bakan )"
    r"\b(?:terjadi|dialami|menimpa)\b(?![^.!?]*\b(?:patroli|razia|sambang)\b)"
)
"""The verb that tells an incident happening, or someone suffering it (``Kejadian terbaru dialami bocah … Rabu 27
Januari 2021``), with no police work after it in the sentence; an incident that may happen (``ancaman kejahatan yang
bisa saja terjadi kapan dan dimana saja``) tells none."""
_SENTENCE_BACK = 200
"""How far back the start of a date's sentence is looked for."""


def _incidents_day(paragraph: str, start: int) -> bool:
    """True when the date closes a sentence that tells an incident happening (``Salah satu insiden … terjadi di
    Jalan Bangau I, Kelurahan Remu, pada 29 September 2025``): the incident's day, not the patrol's; a sentence
    saying none happened (``tidak terjadi``) tells no incident, nor one pointing back at what the text told (``Kejadian
    ini terjadi pada tanggal 22 Februari 2026``, ``Peristiwa tragis ini terjadi …``: the patrol's arrest, the officer's
    death told before it). A speaker's words closed before the date are not read: the date is the day they were said
    (``"… kejahatan yang marak terjadi seperti perang sarung atau tawuran remaja," Ungkap kapolsek, Minggu pagi
    (2/4/2023)``)."""
    said = _CLOSED_QUOTES.sub(lambda quote: " " * len(quote.group()), paragraph[:start])
    sentence = re.split(r"[.!?]\s", said[max(0, start - _SENTENCE_BACK):])[-1]
    happened = _HAPPENED.search(sentence)
    incident = _INCIDENT.search(sentence, 0, happened.start()) if happened else None
    return bool(incident and not re.match(r"\s+(?:[a-z]+\s+)?(?:ini|tersebut)\b", sentence[incident.end():])
                and not re.search(r"\btidak\s+(?:ada\s+)?$", sentence[:happened.start()]))


def _recalled_incident(paragraph: str, start: int, end: int) -> bool:
    """True when the date stands in a sentence opening with how long ago it was and telling an incident after it
    (``DUA pekan lalu, tepatnya Sabtu (12/5/2018) sekitar pukul 09.00, warga … dikejutkan dengan terjadinya peristiwa
    penyerangan pada Markas Polsek Bayah``): the incident the text recalls, not the patrol it tells after. A patrol
    told as some days ago (``Sepekan lalu, Sabtu (12/5/2018), Polsek Bayah menggelar patroli``) keeps its day."""
    return bool(_AGO_OPENING.search(paragraph[:start]) and _INCIDENT_AFTER.match(paragraph, end))


_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


def without_incidents(paragraph: str) -> str:
    """The paragraph with each sentence that tells an incident happening blanked (``Aksi pengeboman yang terjadi di
    Kota Surabaya, …``, ``Salah satu insiden … terjadi di Jalan Bangau I``): its places are the incident's, not
    the patrol's; a sentence saying none happened (``tidak terjadi``) stays."""
    def blank(sentence: re.Match) -> str:
        happened = _HAPPENED.search(sentence.group())
        told = happened and _INCIDENT.search(sentence.group(), 0, happened.start()) and not re.search(
            r"\btidak\s+(?:ada\s+)?$", sentence.group()[:happened.start()])
        return " " * len(sentence.group()) if told else sentence.group()
    return _SENTENCE.sub(blank, paragraph)


def _is_stamp(match: re.Match) -> bool:
    """True for a date that stands after publication words or the site's name, before a clock
    time set off by a dash or comma, in brackets in the dateline (the day the newsroom wrote), or
    with its year as a paragraph of its own (``Selasa, 31 Oktober 2000`` above a paper's headline):
    the page's stamp, however it came into the text. A day without its year alone on its line
    below the lead (``Minggu (23/10) pagi``) is the event's."""
    text, start = match.string, match.start()
    newline = text.rfind("\n", max(0, start - 41), start)  # only the end of the line is read
    line = text[newline + 1:start] if newline >= 0 or start <= 41 else None
    before = line if line is not None and len(line) <= 40 else "…" + text[max(0, start - 40):start]
    alone = match["year"] is not None and match.span() == (0, len(text))
    return bool(alone or _PUBLISHED_BEFORE.search(before) or _CLOCK_AFTER.match(text, match.end())
                or _in_dateline(match))


_LONG_SPAN = 3
"""Days from which a span of one month, written after the lead, leaves the police's own day among them unsaid."""
_HELD_ON_BEFORE = re.compile(r"\b(?:diselenggarakan|digelar|berlangsung)\s+(?:pada\s+)?(?:tanggal\s+)?$", re.I)
"""The verb holding an event right before its days: ``diselenggarakan pada``."""


def _long_span_later(mention: _Mention, paragraphs: list[str]) -> str:
    """The span of three days or more of one month that the chosen date opens, written after the lead without a
    weekday right after the verb that holds an event (``JFC diselenggarakan pada 26-30 Agustus 2015``): the event's
    days, of which the text does not say the police's; "" otherwise. Days the police keep watch over (``selama masa
    liburan panjang Hari Raya Waisak, 11–13 Mei 2025``) start with the span."""
    groups = mention.match.groupdict()
    spanned = groups.get("first") and not groups.get("first_month") and not groups.get("weekday")
    if not spanned or mention.paragraph == paragraphs[0]:
        return ""
    held = _HELD_ON_BEFORE.search(mention.paragraph, max(0, mention.match.start() - 40), mention.match.start())
    return _written(mention.match) if held and int(groups["day"]) - int(groups["first"]) + 1 >= _LONG_SPAN else ""


_LEAD_GOES_ON = re.compile(r"\s*,\s+[A-Z][\w-]*(?:\s+[^\s.]+){7}")
"""The lead's sentence going on after a day and its comma, for eight words at least."""


def _opens_lead(mention: _Mention, paragraphs: list[str]) -> bool:
    """True for a day right after the site's name that opens the lead, the lead's sentence going on after its comma
    (``Karo-Surakaro.com. Kamis 03/12/2020,  Patroli Sekala Besar TNI-POLRI dalam rangka …``): the day of writing in
    the dateline, not a stamp on a line of its own."""
    match = mention.match
    return mention.paragraph in paragraphs[:3] and match.start() < 60 \
        and "\n" not in match.string[:match.start()] and not _CLOCK_AFTER.match(match.string, match.end()) \
        and _LEAD_GOES_ON.match(match.string, match.end()) is not None


def _in_dateline(match: re.Match) -> bool:
    """True for a date in brackets in the lead's dateline: ``Kota Bima, NTB (19 April 2025) –``; a clock time after
    the dash is a posting stamp's (``Diposting pada Jumat (5/4/2024) - 10:31 WIB``)."""
    return match.start() < 60 and "\n" not in match.string[:match.start()] \
        and bool(_DATELINE_DASH.match(match.string, match.end())) and not _CLOCK_AFTER.match(match.string, match.end())


def _is_month(text: str) -> bool:
    return text.isdigit() or month_number(text) is not None


def _after_speaker(paragraph: str, at: int) -> bool:
    """True when the date closes a speaker's words: ``kata Rum, Minggu (30/10/2022)``, a cited report's
    (:data:`_CITED_BEFORE`), also after a long name with its degrees and the chief the speaker stands for, right after
    the quote (``,” kata Kasat Lantas, Iptu Glend Felix, S.Tr.K, SIK, mewakili Kapolres Tulang Bawang, AKBP Hujra
    Soumena, SIK, MH, Sabtu (19/11/2022)``)."""
    before = re.split(r"[.”\"]", paragraph[max(0, at - 90):at])[-1]
    if (said := _SPEECH.search(before)) and not _REPORTED.search(before, said.end()):
        return True
    if _CITED_BEFORE.search(paragraph, max(0, at - 90), at):
        return True
    reach = max(0, at - _SPEAKER_REACH)
    closed = max(paragraph.rfind("”", reach, at), paragraph.rfind('"', reach, at))
    tail = paragraph[closed + 1:at] if closed >= 0 else ""
    said = _SPEECH.match(tail.lstrip(" ,"))
    return bool(said) and not _NOT_ONE_CLAUSE.search(tail) \
        and all(_NAME_OR_TITLE.fullmatch(word) for word in tail.lstrip(" ,")[said.end():].replace(",", " ").split())


_SAYS_AFTER = re.compile(rf"\s*\)?\s*,?\s*(?:menyebutkan|{SPEECH_VERBS})\b")
"""A speech verb right after the date, the speaker named before it (``Kepala Polres Pesisir Selatan AKBP Toto Fajar
Prasetyo Jumat (13/2) menyebutkan, …``): the day of speaking, as a date closing a speaker's words is."""
_REPORTED = re.compile(r"\b(?:bahwa|pihaknya)\b")
"""Words after a speech verb that open what was said, told in the writer's words (``mengatakan, pihaknya melakukan
pengamanan selama dua hari yaitu Selasa 28 Januari 2025``): a day there is the told event's, not the day of speaking."""
_SPEAKER_REACH = 200
"""How far before a date a quote may close, its speaker's verb right after it, for the date to close the words."""
_NAME_OR_TITLE = re.compile(r"[A-Z][\w.'’-]*|mewakili|melalui|selaku|kepada|dan")
"""The words of a speaker's names, ranks, degrees and offices after the speech verb (``kata Kasat Lantas, Iptu Glend
Felix, S.Tr.K, SIK, mewakili Kapolres Tulang Bawang``); a word in lower case else is a clause of its own (``ungkap
Kapolres Khairul usai memimpin Patroli …, Kamis pagi kemarin (01/04/2021)``: the patrol's day)."""
_NOT_ONE_CLAUSE = re.compile(r"[.!?]\s+[A-Z][a-z]{2,}|[.!?]\s*$|[a-z]{2,}\.[a-z]")
"""Between a quote's speaker and a date, what makes them more than the speaker's clause of names and degrees
(``S.Tr.K, SIK``): a sentence's end, a stop right before the date (``AKP Muklis, S.E. Minggu, (15/02/2026)``), or
a site's address (``kepada serambijambi.com, Selasa (5/6/18)``), as the nearer reading takes them."""


def _checked(mention: _Mention) -> EventDate:
    found = _reading(mention.match)
    if found is None:
        return EventDate(None, f"'{_written(mention.match)}' bukan tanggal yang ada")
    _time_after(found, mention)
    written = _weekday_key(found.weekday)
    if found.day.year > _LAST_YEAR:
        return EventDate(None, f"tahun {found.day.year} pada '{_written(mention.match)}' salah tulis; periksa tanggalnya",
                         found.text)
    actual = weekday_name(found.day)
    if written and written != actual and not _night_before(found, written, mention):
        doubt = (
            f"teks menulis '{found.weekday}', padahal {found.day:%d/%m/%Y} jatuh pada hari {actual}; "
            "periksa tanggalnya"
        )
        return EventDate(None, doubt, found.text)
    return EventDate(found)


_LAST_YEAR = 2100
"""No patrol is reported with a later year: a year past it is misprinted (``Rabu (30/4/3025)``)."""


def _misprinted_year(day: date, weekday: str) -> int | None:
    """The year a misprinted year past ``_LAST_YEAR`` stands for: the one year of this century's and the
    last decade's that differs from it in one digit and puts the day on its weekday (``Rabu (30/4/3025)``:
    2025, a Wednesday); None when the year is no misprint or the weekday leaves it unsure."""
    if day.year <= _LAST_YEAR:
        return None
    written = str(day.year)
    fitting = []
    for year in range(1990, _LAST_YEAR):
        if sum(a != b for a, b in zip(str(year), written)) == 1 and _falls_on(year, day.month, day.day, weekday,
                                                                              date.min, date.max):
            fitting.append(year)
    return fitting[0] if len(fitting) == 1 else None


def _night_before(found: Dateline, written: str, mention: _Mention) -> bool:
    """True when the weekday written is the day before the date and the event starts after midnight,
    before dawn, in the same paragraph: the night of that weekday (``selasa, (28/05/2025) … dilaksanakan
    mulai pukul 00.07 WIB``, a Wednesday past midnight); the weekday and the hour agree on the date."""
    if written != weekday_name(found.day - timedelta(days=1)):
        return False
    clock = _CLOCK.search(mention.paragraph, mention.match.end())
    return bool(clock) and int(clock["hour"]) < 5 and _valid_time(clock)


_YEAR = re.compile(
    r"(?:(?<=\d{4} H/)|(?<![\d/.-]))(?<![A-Z] [–-] )(?<![A-Z][–-])20\d\d(?![\d/-]|\.\d|\s+(?:yang\s+)?lalu\b)", re.I,
)
"""A year written on its own in the text: ``Pilkada 2024``, ``1444 Hijriah atau 2023 Masehi``, ``Idul Fitri 1444
H/2023`` (the Hijri year, a slash, the year); a number after a
code in capitals and a dash is the code's, no year (a ship's hull number, ``Nomor Lambung XXI – 2014``), and a year
closed by ``lalu`` is one the text recalls, never the event's (``lokasi tersebut pada tahun 2015 lalu telah
terbakar``)."""


_UNTIL_NOW = re.compile(
    r"\b(?i:sejak|semenjak|dari)\s+(?:(?i:awal\s+|bulan\s+)?[A-Z][a-z]+\s+)?(20\d\d)\s+"
    r"(?i:sampai|hingga)\s+(?:(?i:dengan)\s+)?(?i:saat\s+ini|sekarang|kini)\b"
)
"""A span from a year up to now (``Sejak Januari 2019 sampai saat ini``): the text is written in that year or later."""


_TEASER_LIST = re.compile(r"(?:- [^\n]*[^\n.!?:;,\"”]\n?){2,}")
"""Two or more lines, each a list's item without a sentence's end: other stories' headlines the page lists among the
text (``- Operasi PETI 2024 Dimulai, Kapolda Sumsel Ajak Semua Pihak Bersinergi`` above a ``Baca Juga`` label). A year
in them is another story's, not one the text gives."""


def _without_year(mention: _Mention, published: Dateline | None, paragraphs: list[str]) -> EventDate:
    """A day and month without a year: the year of the publication stamp when the weekday agrees
    and the stamp is at most 31 days later; else the year the text writes, when it writes only
    one and its calendar puts the day on its weekday (two sources agree). Of several years
    (``pergantian tahun 2021 ke 2022``), the weekday alone would choose, and it may be wrong; a span from a year up to
    now (``Sejak Januari 2019 sampai saat ini``) leaves out the years before it (``Dibandingkan tahun 2018``). Other
    stories' headlines listed among the text (:data:`_TEASER_LIST`) give no year."""
    day, month = int(mention.match["day"]), int(mention.match["month"])
    weekday = _weekday_key(mention.match["weekday"])
    if published:
        recent = [year for year in (published.day.year, published.day.year - 1)
                  if _falls_on(year, month, day, weekday, published.day - timedelta(days=31), published.day)]
    paragraphs = [paragraph for paragraph in paragraphs if not _TEASER_LIST.fullmatch(paragraph)]
    written = {int(year) for paragraph in paragraphs for year in _YEAR.findall(paragraph)} | _dates_years(paragraphs)
    now = [int(year) for paragraph in paragraphs for year in _UNTIL_NOW.findall(paragraph)]
    if len(written) > 1 and now and len(still := {year for year in written if year >= max(now)}) == 1:
        written = still  # ``Sejak Januari 2019 sampai saat ini``: the years before it (``Dibandingkan tahun 2018``) are past
    agreeing = recent if published and recent else [
        year for year in written if len(written) == 1
        and _falls_on(year, month, day, weekday, date.min, published.day if published else date.max)
    ]
    if len(agreeing) == 1:
        found = Dateline(date(agreeing[0], month, day), weekday=mention.match["weekday"], part=_part_of_day(mention.match))
        _time_after(found, mention)
        return EventDate(found)
    return EventDate(None, f"'{_written(mention.match)}' tidak menyebut tahun", f"{day:02d}/{month:02d}/tahun")


def _dates_years(paragraphs: list[str]) -> set[int]:
    """The four-digit years of the full dates the text writes, the days that are not the event's among them (the
    riots' ``Rabu (21/8/2019)`` in a paragraph opening ``Sebelumnya,``): a year the text gives, whatever day it
    closes."""
    return {int(match["year"]) for paragraph in paragraphs
            for pattern in _DAY_PATTERNS
            for match in pattern.finditer(paragraph) if match["year"] and len(match["year"]) == 4}


def _falls_on(year: int, month: int, day: int, weekday: str, earliest: date, latest: date) -> bool:
    """True when ``day/month/year`` exists, falls on ``weekday`` and lies between the two days."""
    try:
        candidate = date(year, month, day)
    except ValueError:
        return False
    return bool(weekday) and weekday == weekday_name(candidate) and earliest <= candidate <= latest


def _written(match: re.Match) -> str:
    """The date as written, without the part of the day after it."""
    end = match.start("late") if match.groupdict().get("late") else match.end()
    return match.string[match.start():end].strip()


def _full_year(written: str) -> int:
    """A date's year as written, two digits standing for this century's (``17`` is 2017)."""
    return int(written) + (2000 if len(written) == 2 else 0)


def _reading(match: re.Match) -> Dateline | None:
    first, first_month = match.groupdict().get("first"), match.groupdict().get("first_month")
    if first_month and month_number(first_month) is None:
        first = first_month = None  # ``9 personel - 22 September 2025``: no span, the day alone
    month = int(match["month"]) if match["month"].isdigit() else month_number(first_month or match["month"])
    year = _full_year(match["year"])
    try:
        day = date(year, month or 0, int(first or match["day"]))
    except ValueError:
        return None
    weekday = match.groupdict().get("weekday") or ""
    if first and weekday and not first_month and _weekday_key(weekday) != weekday_name(day):
        try:  # ``Kamis hingga Jumat (18-19/7/2019)``: the span's day its weekday names
            if weekday_name(last := day.replace(day=int(match["day"]))) == _weekday_key(weekday):
                day = last
        except ValueError:
            pass
    if weekday and (misprinted := _misprinted_year(day, _weekday_key(weekday))):
        day = day.replace(year=misprinted)
    eve = bool(weekday) and bool(_EVE_BEFORE.search(match.string, max(0, match.start() - 7), match.start()))
    return Dateline(day, weekday=weekday, part=_part_of_day(match), eve=eve)


_EVE_BEFORE = re.compile(r"\bmalam\s+$", re.I)


def _part_of_day(match: re.Match) -> str:
    """The part of the day written with a date, one word: ``malam``, ``dini`` (also ``dinihari``)."""
    groups = match.groupdict()
    part = (groups.get("part") or groups.get("late") or "").casefold()
    return "dini" if part.startswith("dini") else part.split(" ")[0]


def _time_after(found: Dateline, mention: _Mention) -> None:
    """The time written right after the date, unless an end's day stands between them (``Minggu (07-07-2024), hingga
    Senin (08-07), pukul 01.30 WIB``): that time is the end day's hour, not the first day's; nor when the day is when
    a speaker was reached (``saat dikonfirmasi pada Kamis malam (04/12/2025) sekitar pukul 19.10 WIB``)."""
    time = _TIME_AFTER.match(mention.paragraph, mention.match.end())
    reached = _REACHED.search(mention.paragraph, max(0, mention.match.start() - 80), mention.match.start())
    ended = time and _ENDS.search(mention.paragraph, mention.match.end(), time.start("word"))
    if time and _valid_time(time) and not reached and not ended:
        found.hour, found.minute = int(time["hour"]), int(time["minute"])


def _time_of_same_day(found: Dateline, mentions: list[_Mention]) -> bool:
    """The time written after a later mention of the same day: a photo caption's
    ``Jumat (5/9/2025) malam`` first, then ``pada Jumat, 5 September 2025 pukul 20.30 WIB``."""
    for mention in mentions:
        again = _reading(mention.match)
        if again and again.day == found.day:
            _time_after(again, mention)  # none where the day is when a speaker was reached
            if again.hour is not None:
                found.hour, found.minute = again.hour, again.minute
                return True
    return False


def _other_day(found: Dateline, mentions: list[_Mention], lead: list[str]) -> date | None:
    """Another day given with a weekday in the lead's paragraphs: the text contradicts itself
    (``Jumat (5/9/2025)`` in one sentence, ``Sabtu (6/9/2025)`` in the next); or a later day the text reaches as the
    next one anywhere (:data:`_NEXT_DAY_BEFORE`). The day a speaker was reached for the story is none."""
    for mention in mentions:
        again = _reading(mention.match)
        in_lead = any(mention.paragraph is paragraph for paragraph in lead)
        ended = _ENDS.search(mention.paragraph[max(0, mention.match.start() - 45):mention.match.start()])
        ended = ended or _dangling(mention)
        start = mention.match.start()
        if _REACHED.search(mention.paragraph, max(0, start - 80), start):
            continue  # ``Dikonfirmasi wartawan, Selasa (24/10/17)``: the day the newsroom reached a speaker
        following = _NEXT_DAY_BEFORE.search(mention.paragraph, max(0, start - 30), start)
        if again and again.weekday and again.day > found.day and following:
            return again.day  # ``esok harinya Jumat (26/5/2023)``: the story goes on to a later day
        if again and again.weekday and again.day != found.day and in_lead and not ended:
            return again.day
    return None


_NEXT_DAY_BEFORE = re.compile(r"\b(?:ke)?esok(?:an)?\s+harinya\s*,?\s*(?:pada\s+)?(?:hari\s+)?$", re.I)
"""The next day, told as such before its date (``esok harinya Jumat (26/5/2023) mereka pun beniat pulang``): the story
goes on past the first day it tells, anywhere in the text, and which of its days is the event's is in doubt."""


def _span_start_without_year(chosen: _Mention, mentions: list[_Mention]) -> tuple[str, date, str] | None:
    """The first day of a span as written without its year, the day it is in the end's year (the year before when it
    would fall after the end) and its weekday as written, when the chosen date is the span's end (``sejak Minggu, (11/1)
    sampai Senin (12/1/2026)``): the span's first day is the event's; it is taken when its weekday agrees."""
    text, start = chosen.paragraph, chosen.match.start()
    if not _ENDS.search(text[max(0, start - 45):start]):
        return None
    found = _reading(chosen.match)
    for mention in mentions:
        if mention.paragraph is text and mention.partial and mention.match.end() <= start \
                and start - mention.match.end() < _SPAN_START_REACH and found:
            month = mention.match["month"]
            try:
                day = date(found.day.year, int(month) if month.isdigit() else month_number(month) or 0,
                           int(mention.match["day"]))
                day = day if day <= found.day else day.replace(year=day.year - 1)
            except ValueError:
                return None
            return _written(mention.match), day, mention.match.groupdict().get("weekday") or ""
    return None


_SPAN_START_REACH = 40
"""How far before a span's last day its first day is looked for."""


def _dangling(mention: _Mention) -> bool:
    """True for a date left after the paragraph's last sentence, with no sentence of its own (``… Bangka Belitung
    (Babel). Rabu (30/7/2025)``): the day the page was written, which contradicts no event's day."""
    text, match = mention.paragraph, mention.match
    return bool(re.search(r"[.!?”\"]\s*$", text[:match.start()])) and not text[match.end():].strip(" .")


def _with_event_time(event: EventDate, mentions: list[_Mention], paragraphs: list[str]) -> EventDate:
    """The event's time: the one after its date (or after a later mention of the same day), else
    the start time the text gives (``Patroli mulai dilakukan pada pukul 22.00``), else its only
    time. Times that disagree leave the date in doubt, with the likeliest as the suggestion."""
    found = event.found
    if found.eve:
        found.hour = found.minute = None
        return event  # ``malam Rabu 13 Juli 2022`` and ``dari pukul 20.30``: the 12th's evening or the 13th's
    if found.hour is None:
        _time_of_same_day(found, mentions)
    if found.hour is None and (earlier := _time_of_earlier_weekday(found, paragraphs)):
        return earlier
    bound = [(found.hour, found.minute)] if found.hour is not None else []
    starts = _distinct(_times(paragraphs, _START_TIME))
    times = bound + [time for time in starts if time not in bound] or _distinct(_times(paragraphs, _CLOCK))
    if not times:
        return event
    found.hour, found.minute = times[0]
    if len(times) == 1:
        return _part_of_day_checked(event)
    if _one_side_of_dawn(times) and (not found.part or all(hour in _HOURS[found.part] for hour, _ in times)):
        found.hour = found.minute = None
        return event  # ``pukul 20.30`` … ``pukul 22.00``: the day is sure, the hour is not
    if not bound and sum(len(_ROTA.findall(paragraph)) for paragraph in paragraphs) >= 2:
        found.hour = found.minute = None
        return event  # ``Regu 1 Pukul 21:00 - 12:00 WIT`` / ``Regu 2 Pukul 12:00 - 03:00``: shifts, no one start
    written = ", ".join(f"{hour:02d}.{minute:02d}" for hour, minute in times)
    return EventDate(None, f"teks menyebut beberapa waktu kegiatan (pukul {written})", found.text)


_DAWN = 5
"""The hour before which a time may be the night's end, the day after the evening it began."""
_ROTA = re.compile(
    r"\b(?:regu|shift|sif|kelompok|tim)\s+(?:\d{1,2}|[IVX]{1,4})\b\s*:?\s*(?:pukul|jam)?\s*\d{1,2}[:.]\d{2}"
    r"\s*(?:WI(?:B|TA?)\s*)?(?:-|–|—|s\.?/?d\.?|sampai|hingga)\s*\d{1,2}[:.]\d{2}",
    re.I,
)
"""A shift of a rota with its hours (``Regu 1 Pukul 21:00 - 12:00 WIT``): two or more, and no hour written with the
date, leave the day sure and the hour not, whichever way their times fall around dawn."""

_EARLIER_WEEKDAY_TIME = re.compile(
    rf"\b(?P<weekday>{DAYS})(?:\s+(?:pagi|siang|sore|malam|dini\s*hari))?\s+lalu\b[^.!?]{{0,40}}?"
    r"\b(?:pukul|jam)\s+(?P<hour>\d{1,2})[.:](?P<minute>\d{2})\b",
    re.I,
)
"""A time told on a weekday gone by (``Pohon tersebut tumbang pada Jum’at malam lalu sekitar pukul 19.30 WIB``)."""


def _time_of_earlier_weekday(found: Dateline, paragraphs: list[str]) -> EventDate | None:
    """The date in doubt when the text's time is told on an earlier weekday than the date's (``Sabtu (16/12/2023)``,
    then ``Jum’at malam lalu sekitar pukul 19.30``): the date is the day of writing, the hour another day's; that
    day and hour are the suggestion. An incident's hour (``korban Gempa yang terjadi pada pada hari Jumat lalu pukul
    02:28:17 Wita``) is the incident's, and leaves the date alone."""
    for paragraph in paragraphs:
        for told in _EARLIER_WEEKDAY_TIME.finditer(without_incidents(_QUOTES.sub("", paragraph))):
            named = _weekday_key(told["weekday"])
            if named == weekday_name(found.day) or not _valid_time(told):
                continue
            day = next(found.day - timedelta(days=back) for back in range(1, 7)
                       if weekday_name(found.day - timedelta(days=back)) == named)
            doubt = (f"pukul {told['hour']}.{told['minute']} pada '{told.group('weekday')} … lalu', "
                     "hari sebelum tanggal tertulis")
            return EventDate(None, doubt, f"{day.isoformat()} {int(told['hour']):02d}:{told['minute']}")
    return None


def _one_side_of_dawn(times: list[tuple[int, int]]) -> bool:
    """True when every time is before dawn (``pukul 00.30`` … ``pukul 03.30``) or every time after it (``pukul 15.00``
    … ``pukul 17.00``): they tell one day's hours, and the date written is that day's. A night over midnight
    (``pukul 23.00`` … ``pukul 01.30``) may be written with either day."""
    return len({hour < _DAWN for hour, _ in times}) == 1


def _part_of_day_checked(event: EventDate) -> EventDate:
    """The event, or a doubt when its time does not fall in the part of the day written with
    its date (``Kamis (29/2/2024) dini hari`` and ``dimulai dari jam 23.30``)."""
    found = event.found
    if not found.part or found.hour in _HOURS[found.part]:
        return event
    day = found.day - timedelta(days=1) if found.part == "dini" and found.hour >= 12 else found.day
    written = "dini hari" if found.part == "dini" else found.part
    doubt = f"teks menulis '{written}', padahal pukul {found.hour:02d}.{found.minute:02d}; periksa harinya"
    return EventDate(None, doubt, f"{day.isoformat()} {found.hour:02d}:{found.minute:02d}")


def _times(paragraphs: list[str], pattern: re.Pattern):
    """The times ``pattern`` finds outside quotes, but not ends (``hingga pukul 23.00``), a routine's
    hours (``setiap pukul 21.00``, ``pukul 20.00 … setiap harinya``), work still to come after the lead
    (:data:`_GOES_ON`), limits (``diatas pukul 22.00``) nor the hour of
    what comes before the event (``Sebelum melaksanakan patroli … sekitar pukul 20:00``), nor the hour of an incident
    the text tells happening (``Kasus tawuran remaja yang terjadi dini hari sebelumnya, pada pukul 01.30 WIB``), nor an end
    told after its time (``tepat pukul 21.00 WIB, kegiatan berakhir``), nor an hour within a state told so far
    (``sampai saat ini situasi … aman namun … pada malam hari sekitar pukul 22.00``)."""
    for number, paragraph in enumerate(paragraphs):
        text = without_incidents(_QUOTES.sub("", paragraph))
        for time in pattern.finditer(text):
            before = text[max(0, time.start() - 45):time.start()]
            if _valid_time(time) and not any(words.search(before) for words in _NOT_THE_EVENTS_NEAR) \
                    and not (number and _GOES_ON.search(text, max(0, time.start() - 160), time.start())) \
                    and not any(words.search(text, max(0, time.start() - reach), time.start())
                                for words, reach in _NOT_THE_EVENTS_IN_SENTENCE) \
                    and not _ROUTINE_AFTER.match(text, time.end()) \
                    and not _ENDS_AFTER.match(text, time.end()) \
                    and not _BEFORE_THE_EVENT.search(text[:time.start()]) \
                    and not _DATE_RIGHT_BEFORE.search(text, max(0, time.start() - 60), time.start()):
                yield int(time["hour"]), int(time["minute"])


_DATE_RIGHT_BEFORE = re.compile(
    r"(?:\b\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\s*\)?)"
    r"(?:\s+(?:pagi|siang|sore|malam|dini\s*hari|subuh))?"
    r"\s*,?\s*(?:sekitar|sekira|kurang\s+lebih|tepatnya)?\s*(?:pada\s+)?$",
    re.I,
)
"""A date right before a time, also with the part of the day between them: the time is that date's hour (``sejak 30
Agustus 2024 sekitar pukul 04.00``, a climber's start weeks before the search; ``tiba di Pelabuhan Bolok pada Rabu
(3/9/2025) pagi sekitar pukul 09.30``, a day before the one told); the event's own date and hour are read together
where the date is read."""
_NOT_THE_EVENTS_NEAR = (_ENDS, _ROUTINE, _LIMIT, _REPORT_IN, _FOUND_AT, _LOST_SINCE)
"""Words right before a time (45 characters) that make it another hour than the event's start."""
_FOUND_BY_RESIDENTS = re.compile(r"\b(?:di)?temukan\s+(?:oleh\s+)?(?:warga|masyarakat|seorang\s+warga)\b[^.!?]*$", re.I)
"""A thing residents found, earlier in the time's sentence (``mortir tersebut ditemukan warga di kawasan kebun …, Selasa
sekitar pukul 09.30 WIB``): the hour of the finding, before the police came."""
_CROWD_S_OWN = re.compile(r"(?:^|[.!?]\s)[\s“\"]*Massa\b[^.!?;“”\"]*$")
"""A sentence whose subject is the crowd (``Massa dijadwalkan mulai berkumpul pukul 14.00 WIB``): the protesters' hour,
not the police's who stand ready for them."""
_NIGHT_BEFORE = re.compile(r"\bkemarin\s+malam\b[^.!?;“”\"]{0,20}$", re.I)
"""``kemarin malam`` right before a time, in its sentence: the hour of the night before the day the text tells
(``… posko-posko pengamanan sudah mulai menjalankan tugasnya kemarin malam pukul 00.00 WIB`` under ``Selasa
(18/4/2023)``)."""
_NOT_THE_EVENTS_IN_SENTENCE = (
    (_REACHED, 80), (_SO_FAR, 80), (_RULES_HOURS, 80), (_STATE_SO_FAR, 200), (_FOUND_BY_RESIDENTS, 200),
    (_EXAMPLE_BEFORE, 200), (_CROWD_S_OWN, 80), (_NIGHT_BEFORE, 40),
)
"""Words earlier in a time's sentence (within so many characters) that make it another hour than the event's start."""


def _distinct(times) -> list[tuple[int, int]]:
    return list(dict.fromkeys(times))


def _valid_time(match: re.Match) -> bool:
    return int(match["hour"]) < 24 and int(match["minute"]) < 60


def _weekday_key(written: str | None) -> str:
    """``jum,at``, ``Jum'at`` and ``Jam’at`` (its misspelling) as ``Jumat``; ``Ahad`` as ``Minggu``."""
    if not written:
        return ""
    return re.sub(r"[\s,'’`]", "", written).capitalize().replace("Ahad", "Minggu").replace("Jamat", "Jumat")
