"""NPS and CSAT windows: bands, means, local-time windows, exact merges."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pipeline.scores import ScoreWindow, jalali, window_key, window_label, window_start

TEHRAN = ZoneInfo("Asia/Tehran")


def test_nps_bands_and_score():
    w = ScoreWindow()
    for score in (10, 9, 9, 8, 7, 6, 0):
        w.add("nps", score)
    assert (w.promoters, w.passives, w.detractors) == (3, 2, 2)
    assert w.nps == pytest.approx(100 * (3 - 2) / 7)


def test_csat_mean_and_satisfied_share():
    w = ScoreWindow()
    for score in (5, 4, 3, 1):
        w.add("csat", score)
    assert w.csat_mean == pytest.approx(13 / 4)
    assert w.csat_satisfied_pct == pytest.approx(50.0)
    assert ScoreWindow().nps is None and ScoreWindow().csat_mean is None


def test_scores_off_their_scale_are_refused():
    with pytest.raises(ValueError):
        ScoreWindow().add("csat", 0)
    with pytest.raises(ValueError):
        ScoreWindow().add("nps", 11)


def test_a_day_is_a_day_of_local_time():
    late_utc = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)  # 00:30 on the 21st in Tehran
    assert window_start(late_utc, "day", TEHRAN) == datetime(2026, 11, 21, tzinfo=TEHRAN)
    assert window_start(late_utc, "hour", TEHRAN) == datetime(2026, 11, 21, 0, tzinfo=TEHRAN)
    assert window_key("day", window_start(late_utc, "day", TEHRAN), None, "nps-q4", "sms", "fa") \
        == "day|2026-11-21T00:00:00+03:30|-|nps-q4|sms|fa"


def test_windows_merged_in_any_split_equal_a_brute_force_recount():
    rng = random.Random(5)
    answers = [("nps", rng.randrange(11)) if rng.random() < 0.6 else ("csat", rng.randrange(1, 6))
               for _ in range(500)]
    whole = ScoreWindow()
    for scale, score in answers:
        whole.add(scale, score)
    cut = rng.randrange(500)
    left, right = ScoreWindow(), ScoreWindow()
    for scale, score in answers[:cut]:
        left.add(scale, score)
    for scale, score in answers[cut:]:
        right.add(scale, score)
    merged = ScoreWindow.from_dict(left.to_dict()).merge(right)
    assert merged == whole
    nps = [s for k, s in answers if k == "nps"]
    brute = 100 * (sum(s >= 9 for s in nps) - sum(s <= 6 for s in nps)) / len(nps)
    assert merged.nps == pytest.approx(brute)


def test_bad_windows_are_refused():
    with pytest.raises(ValueError, match="size"):
        window_start(datetime(2026, 1, 1, tzinfo=UTC), "week", TEHRAN)
    with pytest.raises(ValueError, match="time zone"):
        window_start(datetime(2026, 1, 1) + timedelta(hours=1), "day", TEHRAN)


def test_summaries_can_show_jalali_dates():
    assert jalali(date(1979, 2, 11)) == "1357/11/22"  # 22 Bahman
    assert jalali(date(2025, 3, 21)) == "1404/01/01"  # Nowruz 1404
    start = datetime(2026, 11, 22, 9, tzinfo=TEHRAN)
    assert window_label(start, "day", "jalali") == "1405/09/01"
    assert window_label(start, "hour") == "2026-11-22 09:00"
    with pytest.raises(ValueError, match="calendar"):
        window_label(start, "day", "lunar")
