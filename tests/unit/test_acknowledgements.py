"""Acknowledgements: which messages get one, the reference number, and the send decision."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline import process, replies, schemas, suppression
from pipeline.loadgen import messages

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)
TEMPLATES = replies.load()


def enriched(category: str, language: str = "fa", **flags: bool) -> dict:
    raw = next(messages(1, prefix="ack"))
    raw.update(sender="0098 912 111 2233", receiving_line="3000", tenant=None)
    return {"message": raw, "category": category, "language": language, "opt_out": False, "opt_in": False,
            "help": False, "opt_out_review": False, **flags}


@pytest.mark.parametrize("category,kind", sorted(replies.ACKNOWLEDGED.items()))
def test_each_kind_of_feedback_gets_its_acknowledgement(category, kind):
    key, reply = process.acknowledgement(enriched(category), TEMPLATES, T0)
    assert key == b"+989121112233" and reply["kind"] == kind and reply["to"] == "+989121112233"
    assert reply["reply_id"] == replies.reply_id(reply["source_message_id"], kind)
    if "{ref}" in TEMPLATES[kind]["fa"]:
        ref = replies.reference(reply["source_message_id"])
        assert ref in reply["text"] and len(ref) == 10
    assert replies.sms_segments(reply["text"]).segments == 1
    schemas.validate("ReplySuggestion", reply)


@pytest.mark.parametrize("category,flags", [
    ("other", {}), ("survey_response", {}), ("opt_out", {"opt_out": True}), ("complaint", {"opt_out": True}),
    ("question", {"help": True}), ("question", {"opt_out_review": True}), ("opt_in", {"opt_in": True})])
def test_no_acknowledgement_where_another_reply_or_none_belongs(category, flags):
    assert process.acknowledgement(enriched(category, **flags), TEMPLATES, T0) is None


def test_references_are_stable_and_distinct():
    assert replies.reference("m-1") == replies.reference("m-1") != replies.reference("m-2")


def _state(*changes: tuple[str, str]) -> bytes:
    state = None
    for i, (action, scope) in enumerate(changes):
        state = suppression.apply(state, {"action": action, "scope": scope, "address": "+989121112233",
                                          "tenant": None, "occurred_at": T0 + timedelta(minutes=i),
                                          "source_message_id": f"m{i}", "tier": "keyword", "evidence": [],
                                          "requested_by": "customer"})
    last = {"event_id": "e", "action": "opt_out", "address": "+989121112233", "tenant": None, "scope": "all",
            "tier": "keyword", "language": "fa", "channel": "sms", "receiving_line": None,
            "customer_id": None, "source_message_id": "m0", "evidence": [], "requested_by": "customer",
            "ingested_at": None, "note": None, "occurred_at": T0, "emitted_at": T0}
    return schemas.encode("SuppressionState", suppression.to_record(state, last))


def test_the_send_decision():
    _, candidate = process.acknowledgement(enriched("complaint"), TEMPLATES, T0)
    ms = int(T0.timestamp() * 1000)
    assert process.decide_reply(candidate, None, None, DAY) == "sent"
    assert process.decide_reply(candidate, _state(("opt_out", "all")), None, DAY) == "suppressed"
    # A marketing-only opt-out still gets service replies.
    assert process.decide_reply(candidate, _state(("opt_out", "marketing")), None, DAY) == "sent"
    assert process.decide_reply(candidate, _state(("opt_out", "all"), ("opt_in", "all")), None, DAY) == "sent"
    assert process.decide_reply(candidate, None, ms - 3_600_000, DAY) == "rate_limited"
    assert process.decide_reply(candidate, None, ms, DAY) == "rate_limited"  # its own send, replayed
    assert process.decide_reply(candidate, None, ms - 86_400_000, DAY) == "sent"


def test_a_batch_reads_each_address_once_and_counts_its_own_sends():
    first = process.acknowledgement(enriched("complaint"), TEMPLATES, T0)
    second = process.acknowledgement(enriched("question"), TEMPLATES, T0 + timedelta(minutes=5))
    calls = []

    def load(key, token):
        calls.append((key, token))
        return (b"broken" if key == "x" else None), None

    decided, sent = process.decide_replies(
        [(first[0].decode(), first[1], "e1"), (first[0].decode(), second[1], "e2"), ("x", second[1], "e3")],
        load, DAY)
    assert [(o, t) for _, o, t in decided] == [
        ("sent", "e1"), ("rate_limited", "e2"), ("unreadable_state", "e3")]
    assert calls == [("+989121112233", "e1"), ("x", "e3")]
    assert sent == {"+989121112233": (int(T0.timestamp() * 1000), "e1")}
