from datetime import datetime, timedelta

import pytest

from site_plugins.content.dates import ZONES, DateFormatError, StoryDate, parse_story_date


@pytest.mark.parametrize(
    ("text", "zone", "iso", "display"),
    [
        ("2026-01-29 12:00", "WIB", "2026-01-29T12:00:00+07:00", "Kamis, 29 Januari 2026 12.00 WIB"),
        ("2025-10-22 10:31", "WITA", "2025-10-22T10:31:00+08:00", "Rabu, 22 Oktober 2025 10.31 WITA"),
        ("2025-12-24 17:30", "WIT", "2025-12-24T17:30:00+09:00", "Rabu, 24 Desember 2025 17.30 WIT"),
        ("2025-03-03", "WIB", "2025-03-03T00:00:00+07:00", "Senin, 3 Maret 2025"),
        ("2026-01-29T12:00:00+07:00", "WIB", "2026-01-29T12:00:00+07:00", "Kamis, 29 Januari 2026 12.00 WIB"),
        ("2026-01-29T05:00:00Z", "WIB", "2026-01-29T12:00:00+07:00", "Kamis, 29 Januari 2026 12.00 WIB"),
        ("2026-01-29T12:00+0800", "WIB", "2026-01-29T11:00:00+07:00", "Kamis, 29 Januari 2026 11.00 WIB"),
        ("2026-08-17 07:05:30", "WIT", "2026-08-17T07:05:30+09:00", "Senin, 17 Agustus 2026 07.05 WIT"),
        ("2028-02-29", "WIB", "2028-02-29T00:00:00+07:00", "Selasa, 29 Februari 2028"),
    ],
)
def test_parse_and_display(text, zone, iso, display):
    date = parse_story_date(text, ZONES[zone])
    assert date.iso == iso
    assert date.display == display


def test_offset_does_not_move_the_url_month():
    date = parse_story_date("2026-01-31T23:30:00+00:00", ZONES["WIB"])
    assert (date.year, date.month) == (2026, 1)
    assert date.value.month == 2


def test_short_date():
    assert parse_story_date("2026-05-02 08:00", ZONES["WIB"]).short == "2 Mei 2026"


@pytest.mark.parametrize(("text", "day"), [
    ("2026-05-02 08:00", "2026-05-02"),
    ("2026-05-02T23:30:00+00:00", "2026-05-03"),  # the day in the unit's zone, as shown
    ("2026-05-02", "2026-05-02"),
])
def test_the_day_of_a_short_date_for_machines(text, day):
    date = parse_story_date(text, ZONES["WIB"])
    assert date.day == day and date.short == {"2026-05-02": "2 Mei 2026", "2026-05-03": "3 Mei 2026"}[day]


def test_zones_are_indonesian_offsets():
    assert {name: zone.utcoffset(None) for name, zone in ZONES.items()} == {
        "WIB": timedelta(hours=7), "WITA": timedelta(hours=8), "WIT": timedelta(hours=9),
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-02-30", "tidak ada di kalender"),
        ("2026-13-01 10:00", "tidak ada di kalender"),
        ("2026-01-29 25:00", "tidak ada di kalender"),
        ("2025-02-29", "tidak ada di kalender"),
        ("29/01/2026", "tidak dikenali"),
        ("Kamis, 29 Januari 2026", "tidak dikenali"),
        ("kemarin", "tidak dikenali"),
        ("2026-1-29", "tidak dikenali"),
        ("2026-01-29T12:00:00+25:00", "zona waktu"),
    ],
)
def test_rejects_impossible_and_unknown_dates(text, message):
    with pytest.raises(DateFormatError, match=message):
        parse_story_date(text, ZONES["WIB"])


def test_display_matches_babel_for_every_day_of_a_year_in_every_zone():
    from babel.dates import format_datetime

    for zone_name, zone in ZONES.items():
        for day in range(0, 366, 7):
            for has_time in (True, False):
                moment = datetime(2024, 1, 1, 7, 5, tzinfo=zone) + timedelta(days=day, hours=day % 24)
                date = StoryDate(moment, has_time, moment.year, moment.month)
                expected = format_datetime(moment, "EEEE, d MMMM y", locale="id")
                if has_time:
                    expected += f" {format_datetime(moment, 'HH.mm', locale='id')} {zone_name}"
                assert date.display == expected
