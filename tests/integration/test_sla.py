"""SLA timers on the real stack: an unanswered complaint breaches once, an answered one never (even when
the answer arrives before the message), and a timer whose deadline passes while its worker is dead
(kill -9) breaches once after the restart."""

from __future__ import annotations

import json
import os
import signal
from collections import Counter
from datetime import timedelta
from pathlib import Path

from pipeline import kafka_io, records, sla
from pipeline.loadgen import messages
from pipeline.stack import http_get

from .conftest import read_topic, send_messages, wait_until
from .test_resilience import _es_count, _metric

DEADLINE_S = 30
#: A desk that never closes, so the deadlines pass within the test.
POLICY = {"deadlines": {"complaint": f"{DEADLINE_S}s", "question": f"{DEADLINE_S}s",
                        "bug_report": {s: f"{DEADLINE_S}s" for s in sla.SEVERITIES}},
          "escalated": f"{DEADLINE_S}s", "business_hours": None, "retention": "1h"}
TEXTS = {"sla-a": "the app crashes when I pay", "sla-b": "the app crashes when I open my orders",
         "sla-c": "the app crashes every time I log in", "sla-d": "the app crashes when I pay by card"}


def _breaches(ns) -> Counter[str]:
    found = read_topic(ns, "escalations")
    return Counter(e["source_message_id"] for e in found if "sla_breach" in e["reasons"])


def _respond(ns, message_id: str) -> None:
    kafka_io.send_records(ns.settings, "responses", [(message_id, {
        "response_id": f"r-{message_id}", "message_id": message_id, "responder": "agent-7", "tenant": None,
        "responded_at": records.now_utc()})])


def _open_items(port: int, status: str) -> float:
    return _metric(port, "seda_sla_open_items", {"status": status})


def test_breach_once_none_when_answered_and_timers_survive_a_kill(namespace, tmp_path: Path):
    policy = tmp_path / "sla.json"
    policy.write_text(json.dumps(POLICY), encoding="utf-8")
    ns = namespace("sla8116", 8116, SEDA_SLA_FILE=str(policy), SEDA_SLA_CHECK_INTERVAL_S="1")
    pid = ns.start_worker()
    port = ns.stack.worker_service(0).port
    now = records.now_utc()
    msgs = {}
    for i, (m, (mid, text)) in enumerate(zip(messages(4, prefix="sla"), TEXTS.items(), strict=True)):
        m.update(id=mid, text=text, channel="chat", customer_id=None, tenant=None, sender=f"+98912111200{i}",
                 received_at=now + timedelta(seconds=i), metadata={})
        msgs[mid] = m
    _respond(ns, "sla-c")  # the helpdesk answered before Seda saw the message
    send_messages(ns, [msgs["sla-a"], msgs["sla-b"], msgs["sla-c"]])
    wait_until(lambda: _es_count(ns) == 3, 120, "3 bug reports indexed")
    _respond(ns, "sla-b")  # well inside the deadline
    breaches = wait_until(lambda: _breaches(ns) or None, DEADLINE_S + 120, "the breach of sla-a")
    assert breaches == Counter({"sla-a": 1})
    assert _metric(port, "seda_sla_breaches_total") == 1

    sent_d = records.now_utc()
    send_messages(ns, [msgs["sla-d"]])
    wait_until(lambda: _open_items(port, "open") == 1, 120, "sla-d's timer stored and counted open")
    assert _open_items(port, "breached") == 1  # sla-a, still unanswered
    os.kill(pid, signal.SIGKILL)
    wait_until(lambda: not ns.stack.worker_service(0).running(), 30, "the killed worker to be gone")
    # sla-d's deadline passes while no worker runs.
    wait_until(lambda: records.now_utc() > sent_d + timedelta(seconds=DEADLINE_S + 5), DEADLINE_S + 10,
               "sla-d's deadline to pass")
    ns.start_worker()
    wait_until(lambda: _breaches(ns)["sla-d"] >= 1, 180, "the breach of sla-d after the restart")
    # Many checks later, still one breach each, none for the answered messages.
    wait_until(lambda: _open_items(port, "breached") == 2, 60, "both breached timers counted after restart")
    escalations = [e for e in read_topic(ns, "escalations") if "sla_breach" in e["reasons"]]
    assert Counter(e["source_message_id"] for e in escalations) == Counter({"sla-a": 1, "sla-d": 1})
    assert all(e["evidence"][0]["rule_id"].startswith("sla.") for e in escalations)
    assert _open_items(port, "open") == 0
    timers = {}
    for mid in ("sla-a", "sla-b", "sla-c", "sla-d", "no-such-message"):
        status, body = http_get(f"http://127.0.0.1:{port}/sla/{mid}", 5)
        timers[mid] = (status, json.loads(body).get("status"))
    assert timers == {"sla-a": (200, "breached"), "sla-b": (200, "closed"), "sla-c": (200, "closed"),
                      "sla-d": (200, "breached"), "no-such-message": (404, None)}
