"""suggest_replies under test_context: one acknowledgement per interval, none to a suppressed address."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import pipeline.agents.suggest_replies as mod
from pipeline import process, replies, schemas
from pipeline.loadgen import messages
from pipeline.topics import suppression_table

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
TEMPLATES = replies.load()
STOPPED = "+989120000009"


def candidate(mid: str, category: str = "complaint", sender: str = "+989121112233",
              minutes: float = 0) -> tuple[bytes, dict]:
    raw = next(messages(1, prefix=mid))
    raw.update(id=mid, sender=sender, tenant=None)
    rec = {"message": raw, "category": category, "language": "en", "opt_out": False, "opt_in": False,
           "help": False, "opt_out_review": False}
    return process.acknowledgement(rec, TEMPLATES, T0 + timedelta(minutes=minutes))


def stopped_state() -> bytes:
    change = {"event_id": "e", "action": "opt_out", "address": STOPPED, "tenant": None, "scope": "all",
              "tier": "keyword", "language": "fa", "channel": "sms", "receiving_line": None,
              "customer_id": None, "source_message_id": "s", "evidence": [], "requested_by": "customer",
              "ingested_at": None, "note": None, "occurred_at": T0, "emitted_at": T0}
    return process.apply_optout(None, change, None, T0).encoded()


@pytest.mark.asyncio
async def test_one_acknowledgement_per_interval_and_none_to_a_suppressed_address(outputs):
    out = outputs(mod, "replies_topic", "deadletter")
    suppression_table.data[STOPPED] = stopped_state()

    def count(outcome: str) -> float:
        return mod.metrics.MESSAGES_OUT.labels(agent=mod.AGENT, outcome=outcome)._value.get()

    before = {o: count(o) for o in ("sent", "rate_limited", "suppressed")}
    async with mod.suggest_replies.test_context() as agent:
        for key, value in [candidate("a1"), candidate("a2", "question", minutes=30),
                           candidate("b1", sender=STOPPED), candidate("a3", "praise", minutes=25 * 60)]:
            await agent.put(value=value, key=key)
        sent = await out.take("replies_topic", 2)
        assert out.empty("replies_topic")
    assert [(s.value["source_message_id"], s.value["kind"]) for s in sent] == [
        ("a1", "complaint_ack"), ("a3", "thanks_praise")]
    assert sent[0].key == sent[0].value["reply_id"].encode()
    assert {o: count(o) - before[o] for o in before} == {"sent": 2, "rate_limited": 1, "suppressed": 1}
    schemas.validate("ReplySuggestion", sent[0].value)
