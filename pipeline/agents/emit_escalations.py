"""Agent: enriched messages flagged for escalation -> seda.escalations."""

from __future__ import annotations

import time
from typing import Any

from pipeline import metrics, process, records
from pipeline.agents.common import send_all
from pipeline.app import app, settings
from pipeline.topics import enriched_messages, escalations
from pipeline.triage.types import ESCALATION_REASONS

AGENT = "emit_escalations"


@app.agent(enriched_messages, name=AGENT)
async def emit_escalations(stream: Any) -> None:
    """Emit one EscalationEvent per escalated message, with its reasons and evidence."""
    async for events in stream.take_events(settings.enrich_batch_size,
                                           within=settings.enrich_batch_within_s):
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc(len(events))
        now = records.now_utc()
        good = [e.value for e in events if isinstance(e.value, dict)]
        out = process.escalation_events(good, now, settings.default_calling_code)
        await send_all(escalations, out)
        for _, event in out:
            for reason in event["reasons"]:
                metrics.ESCALATIONS.labels(reason=metrics.bounded(reason, ESCALATION_REASONS)).inc()
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="escalation").inc(len(out))
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="skipped").inc(len(good) - len(out))
        # Undecodable enriched records are dead-lettered once, by index_messages.
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="undecodable").inc(len(events) - len(good))
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)
