"""emit_optouts and emit_escalations under test_context."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import pipeline.agents.emit_escalations as esc_mod
import pipeline.agents.emit_optouts as opt_mod
from pipeline import records, schemas
from pipeline.loadgen import messages
from pipeline.triage import TriageRequest, triage

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _enriched(text: str, sender: str = "+989121112233", **overrides):
    raw = next(messages(1, prefix=text[:3]))
    raw.update(text=text, sender=sender)
    rec = records.enriched_record(raw, triage(TriageRequest(text=text)), T0, T0)
    rec.update(overrides)
    return rec


@pytest.mark.asyncio
async def test_opt_outs_and_opt_ins_are_emitted_whatever_the_category(outputs):
    out = outputs(opt_mod, "optouts")
    survey_with_stop = _enriched("۹ ولی دیگه نظرسنجی نفرستید", category="survey_response",
                                 opt_out=True, opt_out_scope="surveys", opt_out_tier="free_text")
    values = [_enriched("hello"), _enriched("STOP", sender="0098 912 111 2233"), _enriched("12"),
              survey_with_stop]
    async with opt_mod.emit_optouts.test_context() as agent:
        for v in values:
            await agent.put(value=v, wait=False)
        events = await out.take("optouts", 3)
    assert [e.value["action"] for e in events] == ["opt_out", "opt_in", "opt_out"]
    assert events[0].key == b"+989121112233"
    assert events[2].value["scope"] == "surveys"
    for e in events:
        schemas.validate("OptOutEvent", e.value)
    assert out.empty("optouts")


@pytest.mark.asyncio
async def test_escalations_are_emitted_with_reasons(outputs):
    out = outputs(esc_mod, "escalations")
    angry = _enriched("I will sue you", escalate=True, escalation_reasons=["legal_threat"],
                      evidence=[{"task": "escalation", "label": "legal_threat", "rule_id": "r",
                                 "span": "sue", "start": 7, "end": 10}])
    async with esc_mod.emit_escalations.test_context() as agent:
        await agent.put(value=_enriched("thanks!"), wait=False)
        await agent.put(value=angry, wait=False)
        [event] = await out.take("escalations", 1)
    assert event.value["reasons"] == ["legal_threat"]
    assert event.value["source_message_id"] == angry["message"]["id"]
    assert event.value["evidence"][0]["span"] == "sue"
    schemas.validate("EscalationEvent", event.value)
