"""apply_optouts under test_context: requests merged into one state per address, published whole,
with one confirmation per change of what may be sent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import pipeline.agents.apply_optouts as mod
from pipeline import metrics, replies, schemas, suppression

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
KEY = b"+989121112233"


def request(action: str, scope: str, minutes: int, language: str = "fa") -> dict:
    return {"event_id": f"e{minutes}", "action": action, "address": KEY.decode(), "tenant": None,
            "scope": scope, "tier": "keyword", "language": language, "channel": "sms",
            "receiving_line": "3000123", "customer_id": None, "source_message_id": f"m{minutes}",
            "evidence": [], "requested_by": "customer", "ingested_at": T0, "note": None,
            "occurred_at": T0 + timedelta(minutes=minutes), "emitted_at": T0}


@pytest.fixture
def out(outputs):
    # The table outlives a test context: each test starts from an empty list.
    mod.suppression_table.data.clear()
    return outputs(mod, "optouts", "replies_topic", "deadletter")


@pytest.mark.asyncio
async def test_requests_become_one_merged_state_per_address(out):
    def confirmed() -> float:
        return metrics.REGISTRY.get_sample_value("seda_optout_confirmation_seconds_count") or 0.0

    before = confirmed()
    async with mod.apply_optouts.test_context() as agent:
        await agent.put(value=request("opt_out", "surveys", 0), key=KEY)
        await agent.put(value=request("opt_out", "marketing", 1, "en"), key=KEY)
        await agent.put(value=request("opt_in", "all", 2, "fa-Latn"), key=KEY)
        states = await out.take("optouts", 3)
        confirmations = await out.take("replies_topic", 3)
    assert [s.key for s in states] == [KEY] * 3
    assert [(s.value["suppressed"], [e["scope"] for e in s.value["scopes"] if e["suppressed"]])
            for s in states] == [(True, ["surveys"]), (True, ["marketing", "surveys"]), (False, [])]
    assert states[1].value["last_change"]["source_message_id"] == "m1"
    for s in states:
        schemas.validate("SuppressionState", s.value)
    templates = replies.load()
    assert [(c.value["kind"], c.value["language"], c.value["text"]) for c in confirmations] == [
        ("optout_confirmation", "fa", templates["optout_confirmation"]["fa"]),
        ("optout_confirmation", "en", templates["optout_confirmation"]["en"]),
        ("optin_confirmation", "fa-Latn", templates["optin_confirmation"]["fa-Latn"])]
    first = confirmations[0].value
    assert first["reply_id"] == replies.reply_id("m0", "optout_confirmation")
    assert confirmations[0].key == first["reply_id"].encode()
    assert (first["to"], first["from_line"], first["source_message_id"]) == (KEY.decode(), "3000123", "m0")
    for c in confirmations:
        schemas.validate("ReplySuggestion", c.value)
    assert confirmed() - before == 3


@pytest.mark.asyncio
async def test_a_replayed_or_repeated_opt_out_is_not_confirmed_again(out):
    async with mod.apply_optouts.test_context() as agent:
        await agent.put(value=request("opt_out", "all", 0), key=KEY)
        await agent.put(value=request("opt_out", "all", 0), key=KEY)  # the same request, replayed
        await agent.put(value=request("opt_out", "marketing", 5), key=KEY)  # already blocked by "all"
        states = await out.take("optouts", 3)
        [confirmation] = await out.take("replies_topic", 1)
        assert out.empty("replies_topic")
    assert confirmation.value["source_message_id"] == "m0"
    # Published every time (a replay after a crash must still publish), unchanged by the replay.
    assert states[0].value == states[1].value
    assert suppression.suppressed_scopes(suppression.from_record(states[2].value)) == ["all", "marketing"]


@pytest.mark.asyncio
async def test_operator_changes_are_applied_but_never_announced(out):
    change = suppression.operator_change(KEY.decode(), "opt_out", by="ops-anna", at=T0, note="old blacklist")
    async with mod.apply_optouts.test_context() as agent:
        await agent.put(value=change, key=KEY)
        [state] = await out.take("optouts", 1)
        assert out.empty("replies_topic")
    assert state.value["suppressed"] is True
    assert state.value["last_change"]["requested_by"] == "operator:ops-anna"
    assert state.value["last_change"]["note"] == "old blacklist"


@pytest.mark.asyncio
async def test_an_invalid_request_is_dead_lettered_and_the_agent_goes_on(out):
    async with mod.apply_optouts.test_context() as agent:
        await agent.put(value=request("opt_out", "everything", 0), key=KEY)
        await agent.put(value=request("opt_out", "all", 1), key=KEY)
        [dead] = await out.take("deadletter", 1)
        [state] = await out.take("optouts", 1)
    assert (dead.value["stage"], dead.value["reason"]) == ("validate", "invalid_request")
    assert "everything" in dead.value["error_message"]
    assert state.value["suppressed"] is True


@pytest.mark.asyncio
async def test_a_request_meeting_an_unreadable_stored_state_is_dead_lettered_not_guessed(out):
    mod.suppression_table.data[KEY.decode()] = b"not avro"
    async with mod.apply_optouts.test_context() as agent:
        await agent.put(value=request("opt_out", "all", 0), key=KEY)
        [dead] = await out.take("deadletter", 1)
        assert out.empty("optouts") and out.empty("replies_topic")
    assert (dead.value["stage"], dead.value["reason"], dead.value["message_id"]) == (
        "validate", "unreadable_state", "m0")
