"""Acknowledgements on the real stack: one per address per interval, none to an address that opted out
of everything, still one after a marketing-only opt-out."""

from __future__ import annotations

from datetime import timedelta

from pipeline import records, replies
from pipeline.loadgen import messages

from .conftest import send_messages, wait_until
from .test_resilience import _metric
from .test_suppression import _check, _replies, _seda

COMPLAINT = "I am writing again about the late parcel"


def test_acknowledgements_respect_the_interval_and_the_suppression_list(namespace):
    ns = namespace("acks", 8086)
    ns.start_worker()
    marketing, everything, plain = "+989121110011", "+989121110012", "+989121110013"
    for address, scope in ((marketing, "marketing"), (everything, "all")):
        done = _seda(ns, "suppression", "add", address, "--scope", scope, "--by", "test")
        assert done.returncode == 0, done.stderr
    wait_until(lambda: _check(ns, marketing)["suppressed"] and _check(ns, everything)["suppressed"], 120,
               "both additions")
    now = records.now_utc()
    msgs = list(messages(4, prefix="ack"))
    for i, (m, sender, text) in enumerate(zip(msgs, [plain, plain, marketing, everything], [
            COMPLAINT, "where is my parcel? I ordered it a week ago", COMPLAINT, COMPLAINT], strict=True)):
        m.update(id=f"ack-{i}", sender=sender, text=text, channel="sms", customer_id=None,
                 receiving_line="3000777", received_at=now + timedelta(seconds=i))
    send_messages(ns, msgs)
    port = ns.stack.worker_service(0).port
    wait_until(lambda: _metric(port, "seda_messages_out_total", {"agent": "suggest_replies"}) >= 4, 120,
               "every candidate decided")
    acks = [r for r in _replies(ns) if r["kind"] != "help"]
    assert sorted((r["to"], r["source_message_id"], r["kind"]) for r in acks) == [
        (marketing, "ack-2", "complaint_ack"), (plain, "ack-0", "complaint_ack")]
    assert all(r["from_line"] == "3000777" and replies.reference(r["source_message_id"]) in r["text"]
               for r in acks)
    for outcome, n in (("sent", 2), ("rate_limited", 1), ("suppressed", 1)):
        assert _metric(port, "seda_messages_out_total", {"agent": "suggest_replies", "outcome": outcome}) == n
