"""NPS/CSAT windows from the stream: answers per window size, counting once by id, documents, and a
batch of answers equal to a brute-force recount."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from pipeline import process, schemas, scores
from pipeline.loadgen import messages

TEHRAN = ZoneInfo("Asia/Tehran")
T0 = datetime(2026, 11, 22, 20, 10, tzinfo=UTC)  # 23:40 in Tehran: the next hour is the next day


def enriched(mid: str, scale: str | None, score: int | None, minutes: float = 0, channel: str = "sms",
             language: str = "fa", campaign: str | None = "survey:q4") -> dict:
    raw = next(messages(1, prefix=mid))
    raw.update(id=mid, channel=channel, in_reply_to=campaign, tenant=None,
               received_at=T0 + timedelta(minutes=minutes))
    return {"message": raw, "language": language, "survey_scale": scale, "survey_score": score}


def test_an_answer_belongs_to_its_local_hour_and_day():
    [(hour_key, hour), (_, day)] = scores.answers(enriched("a", "nps", 9), TEHRAN)
    assert (hour["size"], day["size"]) == ("hour", "day")
    assert hour["window_start"] == datetime(2026, 11, 22, 23, 0, tzinfo=TEHRAN)
    assert day["window_start"] == datetime(2026, 11, 22, 0, 0, tzinfo=TEHRAN)
    assert hour_key == "hour|2026-11-22T23:00:00+03:30|-|survey:q4|sms|fa"
    schemas.validate("SurveyAnswer", hour)
    later = scores.answers(enriched("b", "nps", 9, minutes=30), TEHRAN)
    assert later[1][1]["window_start"] == datetime(2026, 11, 23, 0, 0, tzinfo=TEHRAN)
    assert scores.answers(enriched("c", None, None), TEHRAN) == []


def test_an_answer_is_counted_once():
    [(_, answer), _] = scores.answers(enriched("a", "csat", 4), TEHRAN)
    state, counted = scores.count(None, answer)
    again, counted_again = scores.count(state, answer)
    assert counted and not counted_again and again == state
    assert (state["csat_answers"], state["csat_sum"], state["csat_satisfied"]) == (1, 4, 1)
    schemas.validate("ScoreWindowState", state)
    doc = scores.window_document(state, TEHRAN)
    assert (doc["csat_mean"], doc["csat_satisfied_pct"], doc["nps"]) == (4.0, 100.0, None)
    assert (doc["label"], doc["label_jalali"]) == ("2026-11-22 23:00", "1405/09/01 23:00")


def test_a_batch_of_windows_equals_a_brute_force_recount():
    rng = random.Random(5)
    recs = []
    for i in range(300):
        scale = rng.choice(["nps", "csat"])
        score = rng.randint(0, 10) if scale == "nps" else rng.randint(1, 5)
        recs.append(enriched(f"m{i}", scale, score, minutes=rng.uniform(0, 180),
                             channel=rng.choice(["sms", "survey"]), language=rng.choice(["fa", "en"])))
    items = [(answer, f"ev{n}") for n, rec in enumerate(recs) for _, answer in scores.answers(rec, TEHRAN)]
    stored: dict[str, dict] = {}
    # Two batches, the second replaying the last 100 answers of the first.
    for batch in (items[:400], items[300:]):
        changed, _ = process.score_windows(batch, lambda key, token: stored.get(key))
        stored.update({k: s for k, (s, _) in changed.items()})
    expected: dict[str, scores.ScoreWindow] = {}
    for rec in recs:
        for key, answer in scores.answers(rec, TEHRAN):
            expected.setdefault(key, scores.ScoreWindow()).add(answer["scale"], answer["score"])
    assert {k: scores.ScoreWindow(**{f: s[f] for f in expected[k].to_dict()}) for k, s in stored.items()} \
        == expected
