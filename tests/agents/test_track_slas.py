"""track_slas and forward_responses under test_context: one breach per timer, none after a response."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

import pipeline.agents.forward_responses as forward
import pipeline.agents.track_slas as mod
from pipeline import records, schemas, sla
from pipeline.loadgen import messages
from pipeline.topics import sla_table


def opened(mid: str, due_in_s: float, category: str = "complaint") -> tuple[bytes, dict]:
    raw = next(messages(1, prefix=mid))
    raw.update(id=mid, sender="+989121112233", tenant=None)
    now = records.now_utc()
    rec = {"message": raw, "category": category, "bug_severity": None, "escalate": False, "language": "en",
           "ingested_at": now - timedelta(seconds=60)}
    key, event = sla.open_event(rec, mod.POLICY, "+989121112233")
    event["due_at"] = now + timedelta(seconds=due_in_s)
    return key, event


def check(mid: str) -> tuple[bytes, dict]:
    return sla.check_event({"message_id": mid, "tenant": None}, records.now_utc())


async def stored(key: str, status: str = "open") -> bool:
    """Whether the agent has stored ``key`` with ``status`` (it stores a batch once its outputs are sent)."""
    for _ in range(200):
        if key in sla_table.data and schemas.decode("SlaTimer", sla_table.data[key])["status"] == status:
            return True
        await asyncio.sleep(0.05)
    return False


def count(outcome: str) -> float:
    return mod.metrics.MESSAGES_OUT.labels(agent=mod.AGENT, outcome=outcome)._value.get()


@pytest.mark.asyncio
async def test_a_due_timer_breaches_once_and_an_answered_one_never(outputs):
    out = outputs(mod, "escalations", "deadletter", "sla_events")
    breaches = mod.metrics.SLA_BREACHES.labels(category="complaint")._value.get()
    async with mod.track_slas.test_context() as agent:
        for key, value in [opened("late", -1), opened("answered", -1), opened("early", 3600)]:
            await agent.put(value=value, key=key)
        answered_at = records.now_utc() - timedelta(seconds=5)
        key, close = sla.close_event({"response_id": "r1", "message_id": "answered", "responder": "agent-7",
                                      "tenant": None, "responded_at": answered_at})
        await agent.put(value=close, key=key)
        for mid in ("late", "answered", "early", "late", "unknown"):
            await agent.put(value=check(mid)[1], key=check(mid)[0])
        [escalation] = await out.take("escalations", 1)
        assert await stored("late", "breached")
        # The scan finds nothing more to check: the breached and answered timers are not due again.
        await mod.scan()
        assert out.empty("sla_events") and out.empty("escalations")
        await agent.put(value={"kind": "later", "message_id": "x"}, key=b"x")
        [dead] = await out.take("deadletter", 1)
    assert escalation.key == b"+989121112233"
    assert (escalation.value["source_message_id"], escalation.value["reasons"]) == ("late", ["sla_breach"])
    schemas.validate("EscalationEvent", escalation.value)
    assert mod.metrics.SLA_BREACHES.labels(category="complaint")._value.get() == breaches + 1
    statuses = {k: schemas.decode("SlaTimer", v)["status"] for k, v in sla_table.data.items()}
    assert statuses == {"late": "breached", "answered": "closed", "early": "open"}
    assert mod.metrics.SLA_OPEN.labels(category="complaint", status="open")._value.get() == 1
    assert mod.metrics.SLA_OPEN.labels(category="complaint", status="breached")._value.get() == 1
    assert dead.value["reason"] == "invalid_sla_event"


@pytest.mark.asyncio
async def test_the_scan_asks_for_a_check_of_each_due_timer_and_expiry_deletes(outputs):
    out = outputs(mod, "escalations", "deadletter", "sla_events")
    async with mod.track_slas.test_context() as agent:
        key, value = opened("due", -1)
        await agent.put(value=value, key=key)
        assert await stored("due")
        await mod.scan()
        [asked] = await out.take("sla_events", 1)
        assert (asked.key, asked.value["kind"]) == (b"due", "check")
        await agent.put(value=asked.value, key=asked.key)
        await out.take("escalations", 1)
        ended = schemas.decode("SlaTimer", sla_table.data["due"])
        ended["breached_at"] -= mod.POLICY.retention
        sla_table.data["due"] = schemas.encode("SlaTimer", ended)
        await mod.scan()
        [asked] = await out.take("sla_events", 1)
        before = count("expired")
        await agent.put(value=asked.value, key=asked.key)
    assert "due" not in sla_table.data and count("expired") == before + 1


@pytest.mark.asyncio
async def test_responses_are_forwarded_as_closes_keyed_by_timer(outputs):
    out = outputs(forward, "sla_events", "deadletter")
    response = {"response_id": "r9", "message_id": "m9", "responder": "agent-7", "tenant": "shop1",
                "responded_at": records.now_utc()}
    async with forward.forward_responses.test_context() as agent:
        await agent.put(value=response, key=b"m9")
        await agent.put(value={**response, "message_id": ""}, key=b"m10")
        [close] = await out.take("sla_events", 1)
        [dead] = await out.take("deadletter", 1)
    assert close.key == b"shop1:m9" and close.value["kind"] == "close" and close.value["response_id"] == "r9"
    schemas.validate("SlaEvent", close.value)
    assert dead.value["reason"] == "missing_message_id"
