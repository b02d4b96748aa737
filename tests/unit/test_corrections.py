"""Corrections: checks, the document update, the opt-out reversal, training rows."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline import corrections, schemas

T0 = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
DOC = {"message_id": "m1", "text": "STOP the late deliveries please", "channel": "sms", "language": "en",
       "category": "opt_out", "bug_severity": None, "sentiment": "negative", "opt_out": True,
       "opt_out_scope": "all", "escalate": False, "sender_normalized": "+14155550100", "tenant": "shop1"}


def test_a_correction_is_checked_and_valid_avro():
    c = corrections.make("m1", by="anna", reason="a complaint, not an opt-out", at=T0, category="complaint",
                         opt_out=False)
    schemas.validate("Correction", c)
    assert (c["category"], c["opt_out"], c["sentiment"]) == ("complaint", False, None)
    for bad in ({"category": "angry"}, {"opt_out": "no"}, {"colour": "red"}, {}):
        with pytest.raises(ValueError):
            corrections.make("m1", by="anna", reason="r", at=T0, **bad)
    with pytest.raises(ValueError):
        corrections.make("m1", by="", reason="r", at=T0, category="complaint")


def test_the_document_keeps_what_triage_said_first():
    first = corrections.make("m1", by="anna", reason="r1", at=T0, category="complaint", opt_out=False)
    update = corrections.document_update(DOC, first)
    assert {k: update[k] for k in ("category", "opt_out", "corrected", "corrected_by")} == {
        "category": "complaint", "opt_out": False, "corrected": True, "corrected_by": "anna"}
    assert update["original_labels"] == {"category": "opt_out", "opt_out": True}
    second = corrections.make("m1", by="bob", reason="r2", at=T0, category="bug_report")
    again = corrections.document_update({**DOC, **update}, second)
    assert again["original_labels"]["category"] == "opt_out" and again["category"] == "bug_report"


def test_a_wrong_opt_out_is_reversed_by_an_audited_operator_opt_in():
    c = corrections.make("m1", by="anna", reason="a complaint, not an opt-out", at=T0, opt_out=False)
    key, change = corrections.suppression_change(DOC, c)
    assert key == "shop1:+14155550100"
    assert (change["action"], change["scope"], change["requested_by"], change["tier"]) == (
        "opt_in", "all", "operator:anna", "operator")
    assert "m1" in change["note"] and "not an opt-out" in change["note"]
    schemas.validate("OptOutEvent", change)
    same = corrections.make("m1", by="anna", reason="r", at=T0, opt_out=True)
    assert corrections.suppression_change(DOC, same) is None  # nothing to change
    labels_only = corrections.make("m1", by="anna", reason="r", at=T0, sentiment="neutral")
    assert corrections.suppression_change(DOC, labels_only) is None


def test_training_rows_apply_every_correction_in_order():
    made = [corrections.make("m1", by="anna", reason="r1", at=T0, category="complaint", opt_out=False),
            corrections.make("m1", by="bob", reason="r2", at=T0, sentiment="neutral"),
            corrections.make("gone", by="bob", reason="r3", at=T0, sentiment="neutral")]
    [row] = corrections.training_rows({"m1": DOC}, made)
    assert {k: row[k] for k in ("id", "text", "category", "opt_out", "sentiment", "corrected_by")} == {
        "id": "m1", "text": DOC["text"], "category": "complaint", "opt_out": False, "sentiment": "neutral",
        "corrected_by": "bob"}
