"""Business hours in a time zone with its own weekend: SLA deadlines counted in working time (pure).

Iran's working week ends on Friday; the Gulf's weekend is Friday and Saturday;
Europe's Saturday and Sunday. A deadline of "4 business hours" from Thursday
16:00 in Tehran (08:00-17:00, Friday off) falls on Saturday 11:00. Holidays are
optional dates on which nothing counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

#: Weekday numbers as Python counts them (Monday = 0).
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
#: Weekends of the markets Seda serves first, by name.
WEEKENDS = {"iran": ("fri",), "gulf": ("fri", "sat"), "western": ("sat", "sun")}


@dataclass(frozen=True)
class Calendar:
    """Working hours (``opens``-``closes`` local time) on the days that are not weekend or holiday."""

    zone: ZoneInfo
    weekend: frozenset[int]
    opens: time = time(8, 0)
    closes: time = time(17, 0)
    holidays: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.opens >= self.closes:
            raise ValueError(f"opening time {self.opens} must be before closing time {self.closes}")
        if len(self.weekend) >= 7:
            raise ValueError("a week needs at least one working day")

    @classmethod
    def of(cls, zone: str, weekend: str | Iterable[str], opens: str = "08:00", closes: str = "17:00",
           holidays: Iterable[date] = ()) -> Calendar:
        """Build from names: ``Calendar.of("Asia/Tehran", "iran")`` or ``weekend=("fri", "sat")``.

        Raises:
            ValueError: an unknown weekend name or day, or hours that do not parse.
        """
        days = WEEKENDS.get(weekend) if isinstance(weekend, str) else tuple(weekend)
        if days is None:
            raise ValueError(f"unknown weekend {weekend!r}: one of {', '.join(WEEKENDS)} or a list of days")
        unknown = [d for d in days if d.lower()[:3] not in WEEKDAYS]
        if unknown:
            raise ValueError(f"unknown weekday(s) {unknown}: use {', '.join(WEEKDAYS)}")
        return cls(ZoneInfo(zone), frozenset(WEEKDAYS[d.lower()[:3]] for d in days),
                   time.fromisoformat(opens), time.fromisoformat(closes), frozenset(holidays))

    def is_working_day(self, day: date) -> bool:
        """Whether anything counts on ``day``."""
        return day.weekday() not in self.weekend and day not in self.holidays

    def _open_at(self, day: date) -> datetime:
        return datetime.combine(day, self.opens, tzinfo=self.zone)

    def _close_at(self, day: date) -> datetime:
        return datetime.combine(day, self.closes, tzinfo=self.zone)

    def add(self, start: datetime, duration: timedelta) -> datetime:
        """The moment ``duration`` of working time after ``start`` (an aware datetime), in this zone.

        Time outside working hours does not count: a start at night or on a
        weekend begins counting when the next working day opens.

        Raises:
            ValueError: ``start`` without a time zone, or a negative duration.
        """
        if start.tzinfo is None:
            raise ValueError("start must carry a time zone")
        if duration < timedelta(0):
            raise ValueError("duration must not be negative")
        now = start.astimezone(self.zone)
        left = duration
        while True:
            day = now.date()
            if not self.is_working_day(day) or now >= self._close_at(day):
                now = self._open_at(self._next_working_day(day))
                continue
            now = max(now, self._open_at(day))
            available = self._close_at(day) - now
            if left <= available:
                return now + left
            left -= available
            now = self._open_at(self._next_working_day(day))

    def between(self, start: datetime, end: datetime) -> timedelta:
        """Working time from ``start`` to ``end`` (zero when ``end`` is not after ``start``)."""
        if end <= start:
            return timedelta(0)
        total = timedelta(0)
        now, stop = start.astimezone(self.zone), end.astimezone(self.zone)
        while now < stop:
            day = now.date()
            if self.is_working_day(day):
                lo = max(now, self._open_at(day))
                hi = min(stop, self._close_at(day))
                if hi > lo:
                    total += hi - lo
            now = self._open_at(day + timedelta(days=1))
        return total

    def _next_working_day(self, day: date) -> date:
        nxt = day + timedelta(days=1)
        while not self.is_working_day(nxt):
            nxt += timedelta(days=1)
        return nxt
