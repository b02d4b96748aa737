"""SLA timers: deadlines in business hours, one breach per timer, responses in time or late, in any order."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pipeline import schemas, sla
from pipeline.loadgen import messages
from pipeline.settings import DEFAULT_SLA_FILE

TEHRAN = ZoneInfo("Asia/Tehran")
#: Thursday 16:00 in Tehran: one working hour left before the Friday weekend.
THU_16 = datetime(2026, 11, 19, 16, 0, tzinfo=TEHRAN)
POLICY = sla.Policy.load(DEFAULT_SLA_FILE, "Asia/Tehran")
#: A desk that never closes, with short deadlines (as the integration test configures).
CLOCK = sla.Policy.from_dict({"deadlines": {"complaint": "20s", "question": "20s",
                                            "bug_report": {s: "20s" for s in sla.SEVERITIES}},
                              "escalated": "10s", "business_hours": None, "retention": "1h"}, "UTC")
T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def enriched(category: str, at: datetime = T0, severity: str | None = None, escalate: bool = False,
             tenant: str | None = None) -> dict:
    raw = next(messages(1, prefix="sla"))
    raw.update(sender="+989121112233", tenant=tenant, channel="sms")
    return {"message": raw, "category": category, "bug_severity": severity, "escalate": escalate,
            "language": "fa", "ingested_at": at}


def roundtrip(timer: dict | None) -> dict | None:
    """What the table gives back: every stored timer must fit the schema."""
    return schemas.decode("SlaTimer", schemas.encode("SlaTimer", timer)) if timer else None


def run(timer: dict | None, events: list[tuple[dict, datetime]], policy: sla.Policy = CLOCK):
    steps = []
    for event, now in events:
        schemas.validate("SlaEvent", event)
        step = sla.step(timer, event, now, policy.retention)
        timer = roundtrip(step.timer)
        steps.append(step)
    return timer, steps


def response(message_id: str, at: datetime, tenant: str | None = None) -> dict:
    return {"response_id": f"r-{message_id}", "message_id": message_id, "responder": "agent-7",
            "tenant": tenant, "responded_at": at}


# ------------------------------------------------------------------ policy


def test_the_shipped_policy_counts_tehran_business_hours():
    assert POLICY.calendar is not None and POLICY.retention == timedelta(days=7)
    assert POLICY.rule("complaint", None, False) == ("complaint", timedelta(hours=8))
    # Thursday 16:00 + 8 working hours: 1 on Thursday, Friday off, 7 on Saturday.
    assert POLICY.due(THU_16, timedelta(hours=8)) == datetime(2026, 11, 21, 15, 0, tzinfo=TEHRAN)


@pytest.mark.parametrize("category,severity,escalated,expected", [
    ("bug_report", "critical", False, ("bug_report.critical", timedelta(hours=2))),
    ("bug_report", "cosmetic", False, ("bug_report.cosmetic", timedelta(hours=40))),
    ("bug_report", None, False, ("bug_report.major", timedelta(hours=8))),
    ("complaint", None, True, ("escalated", timedelta(hours=2))),
    # An escalation never lengthens a deadline that is shorter already.
    ("bug_report", "critical", True, ("bug_report.critical", timedelta(hours=2))),
    ("praise", None, False, None), ("opt_out", None, True, None), ("survey_response", None, False, None),
])
def test_deadline_rules(category, severity, escalated, expected):
    assert POLICY.rule(category, severity, escalated) == expected


def test_a_gulf_desk_skips_friday_and_saturday():
    policy = sla.Policy.from_dict({"deadlines": {"complaint": "4h"},
                                   "business_hours": {"time_zone": "Asia/Dubai", "weekend": "gulf"}},
                                  "Asia/Tehran")
    dubai = ZoneInfo("Asia/Dubai")
    # Thursday 15:00 in Dubai: 2 hours left that day, the other 2 on Sunday.
    start = datetime(2026, 11, 19, 15, 0, tzinfo=dubai)
    assert policy.due(start, timedelta(hours=4)) == datetime(2026, 11, 22, 10, 0, tzinfo=dubai)


@pytest.mark.parametrize("change,message", [
    ({"deadlines": {"complaints": "8h"}}, "unknown category"),
    ({"deadlines": {"bug_report": {"critical": "1h"}}}, "missing severities"),
    ({"deadlines": {"question": {"critical": "1h"}}}, "only bug_report"),
    ({"deadlines": {"complaint": "8 hours"}}, "positive duration"),
    ({"deadlines": {"complaint": "0h"}}, "positive duration"),
    ({"escalated": "soon"}, "positive duration"),
    ({"business_hours": {"weekend": "mars"}}, "unknown weekend"),
    ({"business_hours": {"opens": "18:00", "closes": "09:00"}}, "before closing"),
    ({"business_hours": {"time_zone": "Mars/Olympus"}}, "business_hours"),
])
def test_a_bad_policy_is_refused_with_the_reason(tmp_path: Path, change, message):
    data = json.loads(DEFAULT_SLA_FILE.read_text(encoding="utf-8"))
    data.update(change)
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(sla.SlaPolicyError, match=message):
        sla.Policy.load(path, "Asia/Tehran")


def test_an_unreadable_policy_names_the_file(tmp_path: Path):
    path = tmp_path / "policy.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(sla.SlaPolicyError, match=r"policy\.json"):
        sla.Policy.load(path, "Asia/Tehran")


# ------------------------------------------------------------------ opening


def test_complaints_bugs_and_questions_open_a_timer_keyed_by_message():
    rec = enriched("bug_report", severity="critical", tenant="shop1")
    key, event = sla.open_event(rec, POLICY, "shop1:+989121112233")
    assert key == f"shop1:{rec['message']['id']}".encode()
    assert event["kind"] == "open" and event["rule"] == "bug_report.critical" and event["at"] == T0
    assert event["customer_key"] == "shop1:+989121112233" and event["tenant"] == "shop1"
    assert event["due_at"] == POLICY.due(T0, timedelta(hours=2))
    schemas.validate("SlaEvent", event)
    assert sla.open_event(enriched("question"), POLICY, "k") is not None


@pytest.mark.parametrize("category", ["praise", "feature_request", "suggestion", "opt_out", "opt_in",
                                      "survey_response", "other"])
def test_other_categories_open_none(category):
    assert sla.open_event(enriched(category, escalate=True), POLICY, "k") is None


# ------------------------------------------------------------------ timers


def test_an_unanswered_complaint_breaches_once():
    rec = enriched("complaint")
    _, opened = sla.open_event(rec, CLOCK, "+989121112233")
    _, check = sla.check_event({"message_id": rec["message"]["id"], "tenant": None}, T0)
    timer, steps = run(None, [(opened, T0), (check, T0 + timedelta(seconds=19)),
                              (check, T0 + timedelta(seconds=21)), (check, T0 + timedelta(seconds=40)),
                              (opened, T0 + timedelta(seconds=41))])
    assert [s.outcome for s in steps] == ["opened", "unchanged", "breached", "unchanged", "unchanged"]
    breaches = [s.escalation for s in steps if s.escalation]
    assert len(breaches) == 1
    esc_key, escalation = breaches[0]
    assert esc_key == b"+989121112233" and escalation["reasons"] == ["sla_breach"]
    assert escalation["escalation_id"] == sla.breach_escalation(timer, T0)[1]["escalation_id"]
    assert escalation["evidence"][0]["rule_id"] == "sla.complaint"
    schemas.validate("EscalationEvent", escalation)
    assert timer["status"] == "breached" and timer["breached_at"] == T0 + timedelta(seconds=21)


def test_a_response_in_time_stops_the_clock():
    rec = enriched("question")
    mid = rec["message"]["id"]
    _, opened = sla.open_event(rec, CLOCK, "k")
    _, close = sla.close_event(response(mid, T0 + timedelta(seconds=5)))
    _, check = sla.check_event({"message_id": mid, "tenant": None}, T0)
    timer, steps = run(None, [(opened, T0), (close, T0 + timedelta(seconds=6)),
                              (check, T0 + timedelta(seconds=30)), (close, T0 + timedelta(seconds=31))])
    assert [s.outcome for s in steps] == ["opened", "answered", "unchanged", "unchanged"]
    assert steps[1].response_seconds == 5.0
    assert timer["status"] == "closed" and timer["response_id"] == f"r-{mid}"


def test_a_late_response_closes_a_breached_timer_and_expiry_deletes_it():
    rec = enriched("complaint", escalate=True)
    mid = rec["message"]["id"]
    _, opened = sla.open_event(rec, CLOCK, "k")
    assert opened["rule"] == "escalated"
    _, check = sla.check_event({"message_id": mid, "tenant": None}, T0)
    _, close = sla.close_event(response(mid, T0 + timedelta(minutes=5)))
    timer, steps = run(None, [(opened, T0), (check, T0 + timedelta(seconds=11)),
                              (close, T0 + timedelta(minutes=5)), (check, T0 + timedelta(minutes=30))])
    assert [s.outcome for s in steps] == ["opened", "breached", "answered_late", "unchanged"]
    assert sla.needs_check(timer, T0 + timedelta(hours=2), CLOCK.retention)
    assert sla.step(timer, check, T0 + timedelta(hours=2), CLOCK.retention).outcome == "expired"
    assert sla.step(timer, check, T0 + timedelta(hours=2), CLOCK.retention).timer is None


def test_a_response_before_its_message_leaves_nothing_to_breach():
    rec = enriched("complaint")
    mid = rec["message"]["id"]
    _, opened = sla.open_event(rec, CLOCK, "k")
    _, close = sla.close_event(response(mid, T0 + timedelta(seconds=3)))
    _, check = sla.check_event({"message_id": mid, "tenant": None}, T0)
    timer, steps = run(None, [(close, T0), (opened, T0 + timedelta(seconds=4)),
                              (check, T0 + timedelta(minutes=1))])
    assert [s.outcome for s in steps] == ["answered_first", "answered", "unchanged"]
    assert timer["status"] == "closed" and timer["category"] == "complaint" and timer["breached_at"] is None
    assert not sla.needs_check(timer, T0 + timedelta(minutes=1), CLOCK.retention)


def test_a_check_for_a_deleted_or_unknown_timer_does_nothing():
    _, check = sla.check_event({"message_id": "gone", "tenant": None}, T0)
    assert sla.step(None, check, T0, CLOCK.retention) == sla.Step(None, "unchanged")


def test_tenants_have_their_own_timers():
    assert sla.timer_key("m-1", "shop1") != sla.timer_key("m-1", "shop2") != sla.timer_key("m-1", None)
    key, close = sla.close_event(response("m-1", T0, tenant="shop2"))
    assert key == b"shop2:m-1" and close["tenant"] == "shop2"


@pytest.mark.parametrize("seed", range(200))
def test_any_order_with_replays_escalates_at_most_once_and_never_after_a_response_in_time(seed):
    rnd = random.Random(seed)
    rec = enriched("complaint")
    mid = rec["message"]["id"]
    _, opened = sla.open_event(rec, CLOCK, "k")
    answered_at = T0 + timedelta(seconds=rnd.choice([5, 15, 25, 60]))
    _, close = sla.close_event(response(mid, answered_at))
    _, check = sla.check_event({"message_id": mid, "tenant": None}, T0)
    pool = [opened] * rnd.randint(1, 3) + [close] * rnd.randint(0, 3) + [check] * rnd.randint(1, 6)
    rnd.shuffle(pool)
    now, events = T0, []
    for event in pool:
        now += timedelta(seconds=rnd.randint(0, 15))
        events.append((event, now))
    _, steps = run(None, events)
    breaches = [s for s in steps if s.escalation]
    assert len(breaches) <= 1
    if breaches:
        # A breach only comes from a check past the deadline while no response had been applied.
        index = steps.index(breaches[0])
        assert events[index][1] >= T0 + timedelta(seconds=20)
        assert not any(e["kind"] == "close" for e, _ in events[:index])
