"""Feedback mode, team routing and priority for enriched messages."""

from __future__ import annotations

import json

import pytest

from pipeline.routing import DEFAULT_ROUTING, Routing, RoutingError, feedback_mode, priority

ROUTING = Routing.load()


def result(category: str, **extra) -> dict:
    return {"category": category, "escalate": False, "bug_severity": None, "opt_out_review": False,
            "sentiment": "neutral", "survey_comment": None, **extra}


def test_feedback_is_requested_only_when_it_answers_a_campaign_or_survey():
    assert feedback_mode("sms", "campaign:yalda-1405") == "requested"
    assert feedback_mode("survey", None) == "requested"
    assert feedback_mode("chat", None) == "given"


@pytest.mark.parametrize(("res", "team"), [
    (result("complaint"), "customer-care"),
    (result("complaint", escalate=True), "customer-care-leads"),
    (result("bug_report", bug_severity="critical"), "engineering-oncall"),
    (result("bug_report", bug_severity="minor"), "engineering"),
    (result("question", opt_out_review=True), "compliance"),
    (result("feature_request"), "product"),
])
def test_routes(res, team):
    assert ROUTING.route(res) == team


@pytest.mark.parametrize(("res", "expected"), [
    (result("complaint", escalate=True), "urgent"),
    (result("bug_report", bug_severity="critical"), "urgent"),
    (result("bug_report", bug_severity="major"), "high"),
    (result("complaint"), "high"),
    (result("question", sentiment="negative"), "high"),
    (result("question"), "normal"),
    (result("bug_report", bug_severity="cosmetic"), "normal"),
    (result("survey_response", survey_comment="but delivery was late"), "normal"),
    (result("survey_response"), "low"),
    (result("praise", sentiment="positive"), "low"),
])
def test_priorities(res, expected):
    assert priority(res) == expected


def test_a_routing_file_without_a_team_for_a_category_is_refused(tmp_path):
    data = json.loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))
    del data["categories"]["question"]
    data["categories"]["gossip"] = "nobody"
    path = tmp_path / "routing.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RoutingError, match=r"without a team \['question'\], unknown categories \['gossip'\]"):
        Routing.load(path)
