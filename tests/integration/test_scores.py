"""NPS/CSAT windows on the real stack: the indexed windows equal a brute-force recount of the indexed
answers, and replaying every answer changes nothing."""

from __future__ import annotations

import random
from datetime import timedelta
from zoneinfo import ZoneInfo

from pipeline import records, scores
from pipeline.loadgen import messages

from .conftest import send_messages, wait_until
from .test_resilience import _metric
from .test_suppression import _at_least, _search

DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _windows(ns) -> dict[str, dict]:
    return {d["window"]: d for d in _search(ns, ns.settings.scores_index, {"match_all": {}})}


def test_windows_equal_a_recount_and_survive_a_replay(namespace):
    ns = namespace("scores", 8106)
    ns.start_worker()
    rng = random.Random(3)
    start = records.now_utc() - timedelta(hours=2)
    msgs = list(messages(40, prefix="nps"))
    for i, m in enumerate(msgs):
        scale = "nps" if i % 2 else "csat"
        score = rng.randint(0, 10) if scale == "nps" else rng.randint(1, 5)
        text = str(score) if i % 3 else str(score).translate(DIGITS)
        m.update(id=f"nps-{i}", text=text, channel="survey", survey_scale=scale, in_reply_to="survey:q4",
                 customer_id=None, sender=f"+98912200{i:04d}", received_at=start + timedelta(minutes=3 * i))
    send_messages(ns, msgs)
    port = ns.stack.worker_service(0).port

    def counted() -> float:
        return _metric(port, "seda_messages_out_total", {"agent": "aggregate_scores", "outcome": "counted"})

    wait_until(lambda: counted() >= 80, 120, "every answer counted in its hour and its day")
    # index_messages is another agent: its documents may come after the counts.
    docs = wait_until(_at_least(lambda: _search(ns, ns.settings.messages_alias,
                                                {"exists": {"field": "survey_score"}}), 40),
                      120, "the 40 answers indexed")
    assert len(docs) == 40
    zone = ZoneInfo(ns.settings.time_zone)
    expected: dict[str, scores.ScoreWindow] = {}
    for d in docs:
        raw = {"id": d["message_id"], "received_at": records.to_datetime(d["received_at"]),
               "tenant": d["tenant"], "in_reply_to": d["in_reply_to"], "channel": d["channel"]}
        enriched = {"message": raw, "language": d["language"], "survey_scale": d["survey_scale"],
                    "survey_score": d["survey_score"]}
        for key, answer in scores.answers(enriched, zone):
            expected.setdefault(key, scores.ScoreWindow()).add(answer["scale"], answer["score"])
    windows = wait_until(_at_least(lambda: _windows(ns), len(expected)), 60, "every window indexed")
    fields = scores.ScoreWindow().to_dict()
    assert {k: scores.ScoreWindow(**{f: w[f] for f in fields}) for k, w in windows.items()} == expected
    assert all(w["label_jalali"].startswith("14") for w in windows.values())

    send_messages(ns, msgs)  # the same answers again
    wait_until(lambda: _metric(port, "seda_messages_out_total",
                               {"agent": "aggregate_scores", "outcome": "replay"}) >= 80, 120, "the replay")
    assert {k: {f: w[f] for f in fields} for k, w in _windows(ns).items()} == {
        k: {f: w[f] for f in fields} for k, w in windows.items()}
