"""Agent: human responses (``seda.responses``) -> ``close`` events on ``seda.sla``, keyed by timer.

The helpdesk keys responses by message id; the timers are keyed by message id
prefixed with the tenant, so each response is re-keyed here to reach the worker
that owns its timer (``track_slas``).
"""

from __future__ import annotations

import time
from typing import Any

from pipeline import metrics, process, records, sla
from pipeline.agents.common import send_all, source_of
from pipeline.app import app, settings
from pipeline.topics import deadletter, responses, sla_events

AGENT = "forward_responses"


@app.agent(responses, name=AGENT)
async def forward_responses(stream: Any) -> None:
    """Forward each readable response as its timer's ``close`` event; dead-letter the rest."""
    async for events in stream.take_events(settings.index_batch_size, within=settings.index_batch_within_s):
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc(len(events))
        now = records.now_utc()
        items = [(e.value, e.message.value, source_of(e)) for e in events]
        dead = process.dead_letters_for_undecodable(items, now)
        closes = []
        for event in events:
            value = event.value
            if not isinstance(value, dict):
                continue
            if not value["message_id"]:
                dead.append((event.key, records.dead_letter(
                    event.message.value, source_of(event), "validate",
                    records.DecodeError("missing_message_id", "response names no message"), now)))
                continue
            closes.append(sla.close_event(value))
        await send_all((sla_events, closes), (deadletter, dead))
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="forwarded").inc(len(closes))
        metrics.dead_lettered(AGENT, dead)
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)
