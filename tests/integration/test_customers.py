"""Per-customer state on the real stack: a duplicate delivery dropped, a multipart SMS triaged once,
and three needy contacts across a worker kill -9 and restart giving one repeat_contact escalation."""

from __future__ import annotations

import os
import signal
from datetime import timedelta

import pytest

from pipeline import records
from pipeline.loadgen import messages

from .conftest import read_topic, send_messages, wait_until
from .test_resilience import _es_count, _metric

SENDER, OTHER = "+989121110001", "+989121110002"


def _repeats(ns) -> list[dict]:
    return [e for e in read_topic(ns, "escalations") if "repeat_contact" in e["reasons"]]


# memory:// keeps nothing on disk: after the kill the state can only come back from the
# changelog topic, which proves the changelog records are what Faust's recovery reads.
@pytest.mark.parametrize("store,port", [("rocksdb://", 8066), ("memory://", 8076)])
def test_duplicates_multipart_and_repeat_contacts_survive_a_kill(namespace, store, port):
    ns = namespace(f"customers{port}", port, SEDA_TABLE_STORE=store)
    pid = ns.start_worker()
    now = records.now_utc()
    msgs = list(messages(7, prefix="cust"))
    texts = ["where is my parcel? I ordered it a week ago", "where is my parcel? I ordered it a week ago",
             "the app crashes when I pay", "سلام، سفارش ۱۲۳ ", "هنوز نرسیده ", "لطفا پیگیری کنید",
             "I am writing again about the late parcel"]
    for i, (m, text) in enumerate(zip(msgs, texts, strict=True)):
        m.update(id=f"cust-{i}", text=text, channel="sms", customer_id=None, tenant=None,
                 sender=OTHER if 3 <= i <= 5 else SENDER, received_at=now + timedelta(seconds=i), metadata={})
    for i, number in ((3, 1), (4, 2), (5, 3)):
        msgs[i]["metadata"] = {"udh_ref": "41", "udh_total": "3", "udh_seq": str(number)}
    # Parts out of order; the second message is the gateway delivering the first again.
    send_messages(ns, [msgs[0], msgs[1], msgs[5], msgs[3], msgs[2], msgs[4]])
    wait_until(lambda: _es_count(ns) == 3, 120, "3 documents: 2 messages and 1 reassembled SMS")
    port = ns.stack.worker_service(0).port
    assert _metric(port, "seda_hygiene_total", {"outcome": "duplicate"}) == 1
    assert _metric(port, "seda_hygiene_total", {"outcome": "reassembled"}) == 1
    client = ns.es()
    try:
        doc = client.get(index=ns.settings.messages_alias, id="cust-3")["_source"]
    finally:
        client.close()
    assert doc["text"] == "سلام، سفارش ۱۲۳ هنوز نرسیده لطفا پیگیری کنید"
    assert not _repeats(ns)

    os.kill(pid, signal.SIGKILL)  # the two contacts must be remembered through this
    wait_until(lambda: not ns.stack.worker_service(0).running(), 30, "the killed worker to be gone")
    ns.start_worker()
    send_messages(ns, [msgs[6]])
    repeat = wait_until(lambda: _repeats(ns), 180, "the repeat_contact escalation")
    assert len(repeat) == 1 or len({e["escalation_id"] for e in repeat}) == 1
    assert (repeat[0]["source_message_id"], repeat[0]["related_message_ids"]) == (
        "cust-6", ["cust-0", "cust-2"])
    wait_until(lambda: _es_count(ns) == 4, 120, "the fourth document")
