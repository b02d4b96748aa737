"""Agent: opt-out/opt-in requests -> the suppression list (table + compacted seda.optouts) and confirmations.

One event at a time, not in batches: a Faust table writes its changelog to the
partition of the event being processed, so each request must be the current event
when its state is stored. Opt-outs are a small share of the traffic.

Order per request: the confirmation (if the request changed what may be sent) and
the new state are produced and acknowledged by the broker first, then the state
is stored in the table. A crash in between replays the request against the old
state, so the confirmation goes out again with the same reply id (the SMS
sender's dedupe key); once stored, a replay finds nothing to change and sends no
second confirmation.
"""

from __future__ import annotations

import time
from typing import Any

from pipeline import metrics, process, records, replies
from pipeline.agents.common import send_all, source_of
from pipeline.app import app, settings
from pipeline.topics import deadletter, optout_requests, optouts, suppression_table
from pipeline.topics import replies as replies_topic

AGENT = "apply_optouts"
# Loaded at import, so a broken template file stops the worker before it consumes.
TEMPLATES = replies.load(settings.reply_templates) if settings.optout_confirmations else None


@app.agent(optout_requests, name=AGENT)
async def apply_optouts(stream: Any) -> None:
    """Merge each request into its address's state; publish the whole state and the confirmation."""
    async for event in stream.events():
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc()
        change = event.value
        if not isinstance(change, dict) or event.key is None:
            await _dead_letter(event, "decode", records.DecodeError(
                "undecodable", "opt-out request without a key or readable value"))
            continue
        key = event.key.decode("utf-8")
        stored = suppression_table.get(key)
        now = records.now_utc()
        try:
            applied = process.apply_stored_optout(stored, change, TEMPLATES, now)
        except records.DecodeError as error:
            await _dead_letter(event, "validate", error, change.get("source_message_id"))
            continue
        confirmation = [applied.confirmation] if applied.confirmation else []
        await send_all((replies_topic, confirmation), (optouts, [(event.key, applied.state)]))
        if applied.changed:
            suppression_table[key] = applied.encoded()
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="applied" if applied.changed else "unchanged").inc()
        for _, reply in confirmation:
            metrics.REPLIES.labels(kind=reply["kind"]).inc()
            if received := change.get("ingested_at"):
                metrics.CONFIRMATION_SECONDS.observe(max(0.0, time.time() - received.timestamp()))
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)


async def _dead_letter(event: Any, stage: str, error: records.DecodeError,
                       message_id: str | None = None) -> None:
    await send_all((deadletter, [(event.key, records.dead_letter(
        event.message.value, source_of(event), stage, error, records.now_utc(), message_id=message_id))]))
    metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="dead_letter").inc()
    metrics.DEAD_LETTERS.labels(stage=stage, reason=error.reason).inc()
