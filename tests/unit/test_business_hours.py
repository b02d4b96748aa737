"""SLA deadlines in business hours of a time zone with its own weekend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pipeline.business_hours import Calendar

TEHRAN = Calendar.of("Asia/Tehran", "iran")
RIYADH = Calendar.of("Asia/Riyadh", "gulf")
TZ_TEHRAN = ZoneInfo("Asia/Tehran")


def tehran(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ_TEHRAN)


def test_iran_skips_friday():
    thursday_4pm = tehran(2026, 11, 19, 16)  # 2026-11-19 is a Thursday
    assert TEHRAN.add(thursday_4pm, timedelta(hours=4)) == tehran(2026, 11, 21, 11)  # Saturday


def test_the_gulf_skips_friday_and_saturday():
    thursday_4pm = datetime(2026, 11, 19, 16, tzinfo=ZoneInfo("Asia/Riyadh"))
    due = RIYADH.add(thursday_4pm, timedelta(hours=4))
    assert (due.date(), due.hour) == (date(2026, 11, 22), 11)  # Sunday


def test_a_message_at_night_starts_counting_at_opening():
    night = tehran(2026, 11, 17, 23, 30)  # Tuesday
    assert TEHRAN.add(night, timedelta(hours=2)) == tehran(2026, 11, 18, 10)


def test_a_utc_start_is_counted_in_the_calendar_zone():
    start = datetime(2026, 11, 17, 5, 30, tzinfo=UTC)  # 09:00 in Tehran (UTC+3:30)
    assert TEHRAN.add(start, timedelta(hours=1)) == tehran(2026, 11, 17, 10)


def test_holidays_do_not_count():
    cal = Calendar.of("Asia/Tehran", "iran", holidays=[date(2026, 11, 18)])
    assert cal.add(tehran(2026, 11, 17, 16), timedelta(hours=2)) == tehran(2026, 11, 19, 9)


def test_between_counts_only_working_time():
    start, end = tehran(2026, 11, 19, 16), tehran(2026, 11, 21, 11)
    assert TEHRAN.between(start, end) == timedelta(hours=4)
    assert TEHRAN.between(end, start) == timedelta(0)
    for hours in (0.5, 3, 9, 20, 47):
        due = TEHRAN.add(start, timedelta(hours=hours))
        assert TEHRAN.between(start, due) == timedelta(hours=hours)


def test_bad_calendars_and_starts_are_refused():
    with pytest.raises(ValueError, match="weekend"):
        Calendar.of("Asia/Tehran", "mars")
    with pytest.raises(ValueError, match="weekday"):
        Calendar.of("Asia/Tehran", ["friday", "blursday"])
    with pytest.raises(ValueError, match="before closing"):
        Calendar.of("Asia/Tehran", "iran", opens="18:00", closes="08:00")
    with pytest.raises(ValueError, match="time zone"):
        TEHRAN.add(datetime(2026, 11, 17, 9), timedelta(hours=1))
