"""Story dates: the formats writers use, Indonesia's three time zones, Indonesian display."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from babel.dates import get_day_names, get_month_names

ZONES: dict[str, timezone] = {
    "WIB": timezone(timedelta(hours=7), "WIB"),
    "WITA": timezone(timedelta(hours=8), "WITA"),
    "WIT": timezone(timedelta(hours=9), "WIT"),
}
"""Indonesia keeps no daylight saving time, so each zone is a fixed offset."""

DATE_FORMATS_HINT = "tulis YYYY-MM-DD, YYYY-MM-DD HH:MM atau ISO 8601 dengan zona, mis. 2026-01-29 12:00"

_DATE = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[ T](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"(?P<offset>Z|[+-]\d{2}:?\d{2})?)?"
)
_LOCALE = "id"
_MONTH_NAMES = get_month_names("wide", locale=_LOCALE)
_DAY_NAMES = get_day_names("wide", locale=_LOCALE)
# Articles copied from the web write months in Indonesian or English, in full or abbreviated.
_MONTH_NUMBERS = {
    str(name).casefold(): number
    for locale in (_LOCALE, "en")
    for width in ("wide", "abbreviated")
    for number, name in get_month_names(width, locale=locale).items()
} | {"agt": 8, "ags": 8, "sept": 9, "pebruari": 2, "peb": 2, "nopember": 11, "nop": 11}
"""Besides the locales' names, short forms pages use and the old spellings still written (``8 Nopember 2024``,
``Pebruari``)."""


class DateFormatError(ValueError):
    """A date a writer wrote that cannot be read; the message is in Indonesian."""


@dataclass(frozen=True, slots=True)
class StoryDate:
    """A story's moment: an aware datetime in the unit's zone, and how it was written.

    ``year`` and ``month`` are the ones written in the front matter: they make the
    story's URL, so converting zones never moves a story to another month's URL.
    """

    value: datetime
    has_time: bool
    year: int
    month: int

    @property
    def iso(self) -> str:
        """ISO 8601 with offset, for ``<time datetime>`` and machine readers."""
        return self.value.isoformat()

    @property
    def day(self) -> str:
        """The calendar day in ISO 8601, for the ``<time datetime>`` of a date shown without
        its time (``short``): ``"2026-01-29"``."""
        return self.value.date().isoformat()

    @property
    def display(self) -> str:
        """Indonesian date, with time and zone when the writer gave a time.

        ``"Kamis, 29 Januari 2026 12.00 WIB"`` or ``"Kamis, 29 Januari 2026"``.
        """
        value = self.value
        # Babel's names and the patterns "EEEE, d MMMM y" and "HH.mm", put together directly:
        # a build shows tens of thousands of dates (tests compare with Babel's formatting).
        text = f"{_DAY_NAMES[value.weekday()]}, {value.day} {_MONTH_NAMES[value.month]} {value.year}"
        if not self.has_time:
            return text
        return f"{text} {value.hour:02d}.{value.minute:02d} {value.tzname()}"

    @property
    def short(self) -> str:
        """Compact Indonesian date for listings: ``"29 Januari 2026"``."""
        return f"{self.value.day} {month_name(self.value.month)} {self.value.year}"


def parse_story_date(text: str, zone: timezone) -> StoryDate:
    """Read a front-matter date; a time without offset is local time in ``zone``.

    Raises :class:`DateFormatError` for unknown formats and impossible dates.
    """
    match = _DATE.fullmatch(text.strip())
    if match is None:
        raise DateFormatError(f"format tanggal '{text}' tidak dikenali")
    parts = {key: int(value) for key, value in match.groupdict().items() if value and key != "offset"}
    try:
        moment = datetime(
            parts["year"], parts["month"], parts["day"],
            parts.get("hour", 0), parts.get("minute", 0), parts.get("second", 0),
        )
    except ValueError:
        raise DateFormatError(f"tanggal '{text}' tidak ada di kalender") from None
    offset = match["offset"]
    if offset:
        moment = moment.replace(tzinfo=_parse_offset(offset)).astimezone(zone)
    else:
        moment = moment.replace(tzinfo=zone)
    return StoryDate(moment, match["hour"] is not None, parts["year"], parts["month"])


def month_name(month: int) -> str:
    """Indonesian month name: ``month_name(1) == "Januari"``."""
    return _MONTH_NAMES[month]


def month_number(name: str) -> int | None:
    """The month a name stands for, Indonesian or English, full or short: ``"Okt"`` → 10."""
    return _MONTH_NUMBERS.get(name.strip(".").casefold())


def weekday_name(day: date) -> str:
    """Indonesian name of the day of the week: ``weekday_name(date(2026, 1, 29)) == "Kamis"``."""
    return _DAY_NAMES[day.weekday()]


def _parse_offset(text: str) -> timezone:
    if text == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 14 or minutes > 59:
        raise DateFormatError(f"zona waktu '{text}' tidak valid")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
