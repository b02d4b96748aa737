"""enrich_messages under test_context: batches, outputs, dead letters, metrics."""

from __future__ import annotations

from datetime import timedelta

import pytest

import pipeline.agents.enrich_messages as mod
from pipeline import metrics, records, schemas
from pipeline.loadgen import malformed_values, messages

#: Every output of the agent, as in-memory channels.
OUTPUTS = ("enriched_messages", "optout_requests", "optout_review", "replies_topic", "reply_candidates",
           "survey_answers", "escalations", "sla_events", "deadletter")


def _decoded(value):
    # test_context bypasses topic codecs; decode as the raw topic's codec would.
    return mod.raw_messages.value_serializer.loads(value) if value is not None else None


@pytest.mark.asyncio
async def test_enriches_valid_and_dead_letters_invalid(outputs):
    out = outputs(mod, *OUTPUTS)
    good = list(messages(20, prefix="ag"))
    good[3]["text"] = "STOP"
    bad = malformed_values(12)
    before = metrics.MESSAGES_IN.labels(agent=mod.AGENT)._value.get()
    async with mod.enrich_messages.test_context() as agent:
        for m in good:
            await agent.put(value=_decoded(schemas.encode("RawMessage", m)), key=b"k", wait=False)
        for _, value in bad:
            await agent.put(value=_decoded(value), key=b"bad", wait=False)
        enriched = await out.take("enriched_messages", len(good))
        dead = await out.take("deadletter", len(bad))
    assert [e.value["message"]["id"] for e in enriched] == [m["id"] for m in good]
    stop = enriched[3].value
    assert stop["opt_out"] is True and stop["category"] == "opt_out"
    for e in enriched:
        assert e.key == e.value["message"]["customer_id"].encode()
        schemas.validate("EnrichedMessage", e.value)
    assert sorted(d.value["reason"] for d in dead) == sorted(r for r, _ in bad)
    assert all(d.value["stage"] in ("decode", "validate") for d in dead)
    assert metrics.MESSAGES_IN.labels(agent=mod.AGENT)._value.get() - before == len(good) + len(bad)


def _raw(text: str, sender: str = "+989121112233") -> dict:
    raw = next(messages(1, prefix=text[:3]))
    raw.update(text=text, sender=sender, channel="sms")
    return raw


@pytest.mark.asyncio
async def test_opt_outs_and_opt_ins_are_emitted_whatever_the_category(outputs):
    out = outputs(mod, *OUTPUTS)
    raws = [_raw("hello"), _raw("STOP", sender="0098 912 111 2233"), _raw("12"),
            _raw("۹ ولی دیگه نظرسنجی نفرستید")]
    raws[3].update(channel="survey", in_reply_to="survey:nps")
    async with mod.enrich_messages.test_context() as agent:
        for m in raws:
            await agent.put(value=_decoded(schemas.encode("RawMessage", m)), key=b"k", wait=False)
        enriched = await out.take("enriched_messages", len(raws))
        events = await out.take("optout_requests", 3)
    assert enriched[3].value["category"] == "survey_response"
    assert [e.value["action"] for e in events] == ["opt_out", "opt_in", "opt_out"]
    assert events[0].key == b"+989121112233"
    assert events[2].value["scope"] == "surveys"
    assert [e.value["source_message_id"] for e in events] == [raws[i]["id"] for i in (1, 2, 3)]
    for e in events:
        schemas.validate("OptOutEvent", e.value)
    assert out.empty("optout_requests")


@pytest.mark.asyncio
async def test_escalations_are_emitted_with_reasons_and_evidence(outputs):
    out = outputs(mod, *OUTPUTS)
    angry = _raw("I will sue you and report you to the consumer protection agency, my money is gone!!")
    async with mod.enrich_messages.test_context() as agent:
        await agent.put(value=_decoded(schemas.encode("RawMessage", _raw("thanks!"))), key=b"k", wait=False)
        await agent.put(value=_decoded(schemas.encode("RawMessage", angry)), key=b"k", wait=False)
        await out.take("enriched_messages", 2)
        [event] = await out.take("escalations", 1)
        [timer] = await out.take("sla_events", 1)  # the complaint's, not the thanks'
        assert out.empty("sla_events")
    assert (timer.key, timer.value["kind"]) == (angry["id"].encode(), "open")
    assert timer.value["rule"] == "escalated"
    assert timer.value["due_at"] == mod.SLA.due(timer.value["at"], mod.SLA.escalated)
    assert "legal_threat" in event.value["reasons"]
    assert event.value["source_message_id"] == angry["id"]
    assert any(ev["label"] == "legal_threat" and ev["span"] for ev in event.value["evidence"])
    schemas.validate("EscalationEvent", event.value)
    assert out.empty("escalations")


@pytest.mark.asyncio
async def test_ambiguous_opt_outs_go_to_review_and_help_gets_its_reply(outputs):
    out = outputs(mod, *OUTPUTS)
    raws = [_raw("how do I stop these texts?"), _raw("راهنما", sender="0098 912 111 2233"), _raw("hello")]
    async with mod.enrich_messages.test_context() as agent:
        for m in raws:
            await agent.put(value=_decoded(schemas.encode("RawMessage", m)), key=b"k", wait=False)
        await out.take("enriched_messages", len(raws))
        [review] = await out.take("optout_review", 1)
        [help_reply] = await out.take("replies_topic", 1)
        assert out.empty("optout_requests")  # an ambiguous one is never applied
    assert review.key == b"+989121112233"
    assert review.value["message"]["id"] == raws[0]["id"] and review.value["opt_out_review"] is True
    assert help_reply.value["kind"] == "help" and help_reply.value["language"] == "fa"
    assert help_reply.value["text"] == mod.TEMPLATES["help"]["fa"]
    assert help_reply.value["to"] == "+989121112233"
    schemas.validate("ReplySuggestion", help_reply.value)


@pytest.mark.asyncio
async def test_customer_state_drops_duplicates_joins_parts_and_escalates_repeats(outputs):
    out = outputs(mod, *OUTPUTS)
    texts = ["where is my parcel? I ordered it a week ago", "where is my parcel? I ordered it a week ago",
             "the app crashes when I pay", "I am writing again about the late parcel"]
    raws = [_raw(t) for t in texts]
    parts = [_raw(t) for t in ("part two", "part one ")]
    for n, p in zip((2, 1), parts, strict=True):
        p["metadata"] = {"concat_ref": "9", "concat_total": "2", "concat_part": str(n)}
    for i, m in enumerate([*raws, *parts]):
        m.update(id=f"cs-{i}", received_at=m["received_at"] + timedelta(seconds=i))
    async with mod.enrich_messages.test_context() as agent:
        for m in [*raws, *parts]:
            await agent.put(value=_decoded(schemas.encode("RawMessage", m)), key=b"k", wait=False)
        enriched = await out.take("enriched_messages", 4)
        escalations = await out.take("escalations", 1)
    assert [e.value["message"]["id"] for e in enriched] == [raws[0]["id"], raws[2]["id"], raws[3]["id"],
                                                            parts[1]["id"]]
    assert enriched[3].value["message"]["text"] == "part one part two"
    repeat = escalations[0].value
    assert (repeat["reasons"], repeat["source_message_id"]) == (["repeat_contact"], raws[3]["id"])
    assert repeat["related_message_ids"] == [raws[0]["id"], raws[2]["id"]]
    stored = mod.customers_table.data.get(records.customer_key(raws[0]))
    state = schemas.decode("CustomerState", stored)
    assert [c["message_id"] for c in state["contacts"]][:3] == [raws[0]["id"], raws[2]["id"], raws[3]["id"]]
