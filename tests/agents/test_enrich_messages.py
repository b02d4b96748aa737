"""enrich_messages under test_context: batches, outputs, dead letters, metrics."""

from __future__ import annotations

import pytest

import pipeline.agents.enrich_messages as mod
from pipeline import metrics, schemas
from pipeline.loadgen import malformed_values, messages


def _decoded(value):
    # test_context bypasses topic codecs; decode as the raw topic's codec would.
    return mod.raw_messages.value_serializer.loads(value) if value is not None else None


@pytest.mark.asyncio
async def test_enriches_valid_and_dead_letters_invalid(outputs):
    out = outputs(mod, "enriched_messages", "deadletter")
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
