"""The suppression list on the real stack: an opt-out, then `12`, seen by `seda suppression check`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta

from pipeline import kafka_io, records, schemas
from pipeline.loadgen import messages

from .conftest import wait_until

SENDER = "+989121234567"


def _check(ns, address: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "pipeline", "suppression", "check", address],
                         capture_output=True, text=True, env=dict(os.environ, **ns.env), timeout=120,
                         check=True)
    [line] = out.stdout.splitlines()
    return json.loads(line)


def _send(ns, msg: dict) -> None:
    producer = kafka_io.producer(ns.settings)
    try:
        producer.send(ns.topic("raw"), key=records.customer_key(msg).encode(),
                      value=schemas.encode("RawMessage", msg))
        producer.flush()
    finally:
        producer.close()


def test_opt_out_then_12_and_the_check_follows(namespace):
    ns = namespace("suppression", 7966)
    ns.start_worker()
    first, second = messages(2, prefix="sup")
    now = records.now_utc()
    first.update(text="لغو ۱۱", sender=SENDER, channel="sms", received_at=now)
    second.update(text="12", sender=SENDER, channel="sms", received_at=now + timedelta(seconds=1))

    assert _check(ns, "0098 912 123 4567")["suppressed"] is False
    _send(ns, first)
    state = wait_until(lambda: (s := _check(ns, SENDER))["suppressed"] and s, 120, "the opt-out to apply")
    assert (state["address"], state["scopes"], state["source_message_id"]) == (SENDER, ["all"], first["id"])
    # timestamp-millis: the received time to the millisecond
    assert abs(datetime.fromisoformat(state["since"]) - now) < timedelta(milliseconds=1)

    _send(ns, second)
    wait_until(lambda: not _check(ns, "0098 912 123 4567")["suppressed"], 120, "the opt-in to apply")
