"""apply_optouts under test_context: requests merged into one state per address, published whole."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import pipeline.agents.apply_optouts as mod
from pipeline import schemas

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
KEY = b"+989121112233"


def request(action: str, scope: str, minutes: int) -> dict:
    return {"event_id": f"e{minutes}", "action": action, "address": KEY.decode(), "tenant": None,
            "scope": scope, "tier": "keyword", "language": "fa", "channel": "sms", "receiving_line": None,
            "customer_id": None, "source_message_id": f"m{minutes}", "evidence": [],
            "requested_by": "customer", "occurred_at": T0 + timedelta(minutes=minutes), "emitted_at": T0}


@pytest.mark.asyncio
async def test_requests_become_one_merged_state_per_address(outputs):
    out = outputs(mod, "optouts", "deadletter")
    async with mod.apply_optouts.test_context() as agent:
        await agent.put(value=request("opt_out", "surveys", 0), key=KEY)
        await agent.put(value=request("opt_out", "marketing", 1), key=KEY)
        await agent.put(value=request("opt_in", "all", 2), key=KEY)
        states = await out.take("optouts", 3)
    assert [s.key for s in states] == [KEY] * 3
    assert [(s.value["suppressed"], [e["scope"] for e in s.value["scopes"] if e["suppressed"]])
            for s in states] == [(True, ["surveys"]), (True, ["marketing", "surveys"]), (False, [])]
    assert states[1].value["last_change"]["source_message_id"] == "m1"
    for s in states:
        schemas.validate("SuppressionState", s.value)
