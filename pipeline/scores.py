"""NPS and CSAT over tumbling windows in a configured time zone (pure).

A window is an hour or a day of the operator's local time (a day in Tehran
starts at 00:00 Tehran time, not UTC), per tenant, campaign, channel and
language. Counts are kept, not ratios, so windows merge exactly and a restart
that re-reads a changelog ends with the same figures as a brute-force recount.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import jdatetime

SIZES = {"hour": timedelta(hours=1), "day": timedelta(days=1)}


def window_start(ts: datetime, size: str, zone: ZoneInfo) -> datetime:
    """Start of the ``size`` window (hour or day, local time in ``zone``) that holds ``ts``.

    Raises:
        ValueError: an unknown size or a naive ``ts``.
    """
    if size not in SIZES:
        raise ValueError(f"unknown window size {size!r}: hour or day")
    if ts.tzinfo is None:
        raise ValueError("ts must carry a time zone")
    local = ts.astimezone(zone)
    if size == "hour":
        return local.replace(minute=0, second=0, microsecond=0)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def jalali(day: date) -> str:
    """The Solar Hijri (Jalali) date as ``YYYY/MM/DD``, as Iranian operators read dates."""
    return str(jdatetime.date.fromgregorian(date=day).strftime("%Y/%m/%d"))


def window_label(start: datetime, size: str, calendar: str = "gregorian") -> str:
    """A window's start for people: ``2026-11-22`` / ``1405/09/01``, with ``HH:00`` for hours.

    Raises:
        ValueError: an unknown calendar.
    """
    if calendar not in ("gregorian", "jalali"):
        raise ValueError(f"unknown calendar {calendar!r}: gregorian or jalali")
    day = jalali(start.date()) if calendar == "jalali" else start.date().isoformat()
    return f"{day} {start:%H}:00" if size == "hour" else day


def window_key(size: str, start: datetime, tenant: str | None, campaign: str | None, channel: str,
               language: str) -> str:
    """Table key of a window: size, local start and the four dimensions (``-`` when unset)."""
    return "|".join([size, start.isoformat(), tenant or "-", campaign or "-", channel, language])


@dataclass
class ScoreWindow:
    """Counts of one window: NPS bands and CSAT answers."""

    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    csat_answers: int = 0
    csat_sum: int = 0
    csat_satisfied: int = 0

    def add(self, scale: str, score: int) -> None:
        """Count one survey answer (``nps`` 0-10 or ``csat`` 1-5).

        Raises:
            ValueError: a score outside its scale.
        """
        if scale == "nps" and 0 <= score <= 10:
            if score >= 9:
                self.promoters += 1
            elif score >= 7:
                self.passives += 1
            else:
                self.detractors += 1
        elif scale == "csat" and 1 <= score <= 5:
            self.csat_answers += 1
            self.csat_sum += score
            self.csat_satisfied += score >= 4
        else:
            raise ValueError(f"score {score} is not on the {scale} scale")

    @property
    def nps_answers(self) -> int:
        """NPS answers counted."""
        return self.promoters + self.passives + self.detractors

    @property
    def nps(self) -> float | None:
        """% promoters - % detractors (-100 to 100); None without answers."""
        n = self.nps_answers
        return 100.0 * (self.promoters - self.detractors) / n if n else None

    @property
    def csat_mean(self) -> float | None:
        """Mean CSAT score; None without answers."""
        return self.csat_sum / self.csat_answers if self.csat_answers else None

    @property
    def csat_satisfied_pct(self) -> float | None:
        """% of CSAT answers that are 4 or 5; None without answers."""
        return 100.0 * self.csat_satisfied / self.csat_answers if self.csat_answers else None

    def merge(self, other: ScoreWindow) -> ScoreWindow:
        """The window holding both windows' answers."""
        return ScoreWindow(**{k: v + getattr(other, k) for k, v in asdict(self).items()})

    def to_dict(self) -> dict[str, int]:
        """Plain counts, for a table."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ScoreWindow:
        """Back from :meth:`to_dict` (None: an empty window)."""
        return cls(**(data or {}))


_COUNTS = ("promoters", "passives", "detractors", "csat_answers", "csat_sum", "csat_satisfied")


def answers(enriched: Mapping[str, Any], zone: ZoneInfo) -> list[tuple[str, dict[str, Any]]]:
    """``(window key, SurveyAnswer)`` for each window size a scored survey answer belongs to; [] otherwise."""
    score, scale = enriched.get("survey_score"), enriched.get("survey_scale")
    if score is None or scale not in ("nps", "csat"):
        return []
    raw = enriched["message"]
    out = []
    for size in SIZES:
        start = window_start(raw["received_at"], size, zone)
        key = window_key(size, start, raw.get("tenant"), raw.get("in_reply_to"), raw["channel"],
                         enriched["language"])
        out.append((key, {
            "window": key, "size": size, "window_start": start, "message_id": raw["id"],
            "tenant": raw.get("tenant"), "campaign": raw.get("in_reply_to"), "channel": raw["channel"],
            "language": enriched["language"], "scale": scale, "score": int(score),
            "received_at": raw["received_at"],
        }))
    return out


def count(state: Mapping[str, Any] | None, answer: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    """The window's ``ScoreWindowState`` with ``answer`` counted, and whether it changed.

    An answer already counted (a replay) changes nothing; a score off its scale
    is not counted.
    """
    current: dict[str, Any] = dict(state) if state else {
        "window": answer["window"], "size": answer["size"], "window_start": answer["window_start"],
        "tenant": answer["tenant"], "campaign": answer["campaign"], "channel": answer["channel"],
        "language": answer["language"], **dict.fromkeys(_COUNTS, 0), "message_ids": []}
    if answer["message_id"] in current["message_ids"]:
        return current, False
    window = ScoreWindow(**{k: current[k] for k in _COUNTS})
    try:
        window.add(answer["scale"], answer["score"])
    except ValueError:
        return current, False
    current.update(window.to_dict())
    current["message_ids"] = [*current["message_ids"], answer["message_id"]]
    return current, True


def window_document(state: Mapping[str, Any], zone: ZoneInfo) -> dict[str, Any]:
    """The Elasticsearch document of a window: dimensions, counts, NPS, CSAT mean and % satisfied."""
    window = ScoreWindow(**{k: state[k] for k in _COUNTS})
    start = state["window_start"].astimezone(zone)
    return {
        "window": state["window"], "size": state["size"], "start": start.isoformat(),
        "label": window_label(start, state["size"]),
        "label_jalali": window_label(start, state["size"], "jalali"),
        "tenant": state["tenant"], "campaign": state["campaign"], "channel": state["channel"],
        "language": state["language"], **window.to_dict(), "nps_answers": window.nps_answers,
        "nps": window.nps, "csat_mean": window.csat_mean, "csat_satisfied_pct": window.csat_satisfied_pct,
    }


def band(scale: str, score: int) -> str:
    """Metric label of an answer: promoter/passive/detractor for NPS, the score for CSAT."""
    if scale == "nps":
        return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
    return str(score)
