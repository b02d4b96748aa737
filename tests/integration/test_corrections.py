"""Corrections on the real stack: a wrongly applied opt-out corrected by an operator — the document is
fixed, the suppression lifted with an audit entry, the correction exported as training data."""

from __future__ import annotations

import json

from pipeline import records
from pipeline.loadgen import messages

from .conftest import send_messages, wait_until
from .test_resilience import _metric
from .test_suppression import _check, _search, _seda

SENDER = "+989121110021"


def _doc(ns, message_id: str) -> dict | None:
    found = _search(ns, ns.settings.messages_alias, {"ids": {"values": [message_id]}})
    return found[0] if found else None


def test_a_wrong_opt_out_is_corrected_everywhere(namespace):
    ns = namespace("corr", 8096)
    ns.start_worker()
    [msg] = messages(1, prefix="corr")
    msg.update(id="corr-0", text="STOP", sender=SENDER, channel="sms", customer_id=None,
               received_at=records.now_utc())
    send_messages(ns, [msg])
    wait_until(lambda: _check(ns, SENDER)["suppressed"] and _doc(ns, "corr-0"), 120,
               "the opt-out applied and indexed")

    added = _seda(ns, "corrections", "add", "corr-0", "--by", "anna", "--reason",
                  "asked us to stop the delays", "--category", "complaint", "--opt-out", "false")
    assert added.returncode == 0, added.stderr
    assert _seda(ns, "corrections", "add", "corr-0", "--by", "anna", "--reason", "x",
                 "--category", "angry").returncode == 2
    doc = wait_until(lambda: (d := _doc(ns, "corr-0")) and d.get("corrected") and d, 120,
                     "the document fixed")
    assert (doc["category"], doc["opt_out"], doc["corrected_by"]) == ("complaint", False, "anna")
    assert doc["original_labels"] == {"category": "opt_out", "opt_out": True}
    wait_until(lambda: not _check(ns, SENDER)["suppressed"], 120, "the suppression lifted")
    audit = wait_until(lambda: [a for a in _search(ns, ns.settings.suppression_audit_index,
                                                   {"term": {"key": SENDER}})
                                if a["requested_by"] == "operator:anna"], 60, "the operator's audit entry")
    assert audit[0]["action"] == "opt_in" and "corr-0" in audit[0]["note"]

    exported = _seda(ns, "corrections", "export")
    assert exported.returncode == 0, exported.stderr
    [row] = [json.loads(line) for line in exported.stdout.splitlines()]
    assert {k: row[k] for k in ("id", "text", "category", "opt_out", "corrected_by")} == {
        "id": "corr-0", "text": "STOP", "category": "complaint", "opt_out": False, "corrected_by": "anna"}

    unknown = _seda(ns, "corrections", "add", "no-such-message", "--by", "anna", "--reason", "r",
                    "--sentiment", "neutral")
    assert unknown.returncode == 0, unknown.stderr
    port = ns.stack.worker_service(0).port
    wait_until(lambda: _metric(port, "seda_dead_letters_total", {"reason": "unknown_message"}) == 1, 60,
               "the unknown message's correction dead-lettered")
