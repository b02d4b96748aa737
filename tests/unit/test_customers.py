"""Per-customer state around triage: duplicates, multipart SMS, repeat contacts — and its Avro record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline import customers, process, records, schemas
from pipeline.loadgen import messages
from pipeline.records import SourceRecord
from pipeline.repeat_contacts import Policy

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
SENDER = "+989121112233"
RULES = dict(duplicate_window=timedelta(minutes=5), multipart_wait=timedelta(minutes=10))


def raw(mid: str, text: str, seconds: float = 0, **meta: str) -> dict:
    msg = next(messages(1, prefix=mid))
    msg.update(id=mid, text=text, sender=SENDER, channel="sms", customer_id=None,
               received_at=T0 + timedelta(seconds=seconds), metadata=dict(meta))
    return msg


def part(mid: str, text: str, number: int, total: int = 3, seconds: float = 0) -> dict:
    return raw(mid, text, seconds, concat_ref="77", concat_total=str(total), concat_part=str(number))


def run(state, msgs, now=T0):
    admitted, outcomes = [], []
    for m in msgs:
        a = customers.admit(state, m, now, **RULES)
        state = a.state
        admitted += a.messages
        outcomes += a.outcomes
    return state, admitted, outcomes


def test_a_second_delivery_of_the_same_sms_is_dropped_but_a_replay_is_not():
    first, again = raw("a", "سفارشم نرسید"), raw("b", "سفارشم نرسید ", 40)
    replay = raw("a", "سفارشم نرسید", 60)
    state, admitted, outcomes = run(None, [first, again, replay])
    assert [m["id"] for m in admitted] == ["a", "a"] and outcomes == ["duplicate"]
    later = raw("c", "سفارشم نرسید", 6 * 60)  # outside the window: the customer wrote it again
    _, admitted, outcomes = run(state, [later])
    assert [m["id"] for m in admitted] == ["c"] and outcomes == []


def test_parts_are_held_then_joined_in_order_once():
    parts = [part("p2", "ولی هنوز ", 2), part("p1", "سلام سفارشم رسید ", 1), part("p2b", "ولی هنوز ", 2),
             part("p3", "پولم برنگشت", 3)]
    state, admitted, outcomes = run(None, parts)
    assert outcomes == ["part_held", "part_held", "duplicate", "reassembled"]
    [whole] = admitted
    assert whole["id"] == "p1" and whole["text"] == "سلام سفارشم رسید ولی هنوز پولم برنگشت"
    assert whole["metadata"]["part_ids"] == "p1,p2,p3"
    assert state["pending_parts"] == []


def test_parts_whose_rest_never_comes_go_on_after_the_wait():
    state, admitted, _ = run(None, [part("p1", "first half ", 1, total=2)])
    assert admitted == [] and len(state["pending_parts"]) == 1
    _, admitted, outcomes = run(state, [raw("n", "hello?", 700)], now=T0 + timedelta(minutes=11))
    assert outcomes == ["released_incomplete"]
    assert [(m["id"], m["metadata"].get("parts_missing")) for m in admitted] == [("p1", "2"), ("n", None)]


def enriched(mid: str, category: str, hours: float) -> dict:
    m = raw(mid, "x", hours * 3600)
    return {"message": m, "category": category, "language": "fa"}


def test_the_third_needy_contact_in_a_day_escalates_once():
    policy = Policy(3, timedelta(hours=24))
    state, fired = None, []
    for mid, category, hours in [("m1", "complaint", 0), ("m2", "praise", 1), ("m3", "question", 2),
                                 ("m4", "bug_report", 3), ("m5", "complaint", 4), ("m6", "complaint", 30),
                                 ("m7", "complaint", 31), ("m8", "complaint", 32)]:
        state, linked = customers.observe_contact(state, enriched(mid, category, hours), policy)
        if linked:
            fired.append((mid, linked))
    assert fired == [("m4", ["m1", "m3", "m4"]), ("m8", ["m6", "m7", "m8"])]
    event = customers.repeat_contact_event(enriched("m4", "bug_report", 3), ["m1", "m3", "m4"], T0)
    assert (event["reasons"], event["related_message_ids"]) == (["repeat_contact"], ["m1", "m3"])
    schemas.validate("EscalationEvent", event)


def test_the_state_survives_its_avro_record():
    state, _, _ = run(None, [raw("a", "hi"), part("p1", "x", 1)])
    state, _ = customers.observe_contact(state, enriched("m1", "complaint", 0), Policy())
    assert schemas.decode("CustomerState", schemas.encode("CustomerState", state)) == state


def test_a_batch_loads_each_customer_once_and_returns_what_changed():
    msgs = [raw("c1", "my order is late again, second time this week"),
            raw("c1b", "my order is late again, second time this week", 5),
            part("q1", "where is ", 1, total=2, seconds=6), part("q2", "my refund?", 2, total=2, seconds=7),
            raw("c3", "still no answer about my late order, this is the third time", 8)]
    items = [(schemas.decode("RawMessage", schemas.encode("RawMessage", m)), b"",
              SourceRecord("raw", 0, i, None, b"k"), f"ev{i}") for i, m in enumerate(msgs)]
    calls = []

    def load(key, token):
        calls.append((key, token))
        return None

    out, changed = process.enrich_batch_with_state(items, T0, load, process.CustomerRules(**RULES))
    assert calls == [(SENDER, "ev0")]
    assert [r["message"]["id"] for _, r in out.enriched] == ["c1", "q1", "c3"]
    assert out.enriched[1][1]["message"]["text"] == "where is my refund?"
    assert dict(out.hygiene) == {"duplicate": 1, "part_held": 1, "reassembled": 1}
    [(key, (state, token))] = changed.items()
    assert (key, token) == (SENDER, "ev4")
    assert [c["message_id"] for c in state["contacts"]] == ["c1", "q1", "c3"]
    repeat = [e for _, e in out.escalations if e["reasons"] == ["repeat_contact"]]
    assert [(e["source_message_id"], e["related_message_ids"]) for e in repeat] == [("c3", ["c1", "q1"])]
    assert records.customer_key(msgs[0]) == SENDER
