"""Agent: acknowledgement candidates -> seda.replies, unless suppressed or answered lately.

Candidates are keyed by the suppression key, so this agent is co-partitioned
with ``apply_optouts``: the address's suppression state is in this worker's
table. One event at a time, because the rate-limit table is written per address.
The reply is produced and acknowledged before its time is stored: a crash in
between sends it again with the same reply id; once stored, a replay is held
back by the rate limit.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from pipeline import metrics, process, records, schemas
from pipeline.agents.common import send_all, source_of
from pipeline.app import app, settings
from pipeline.topics import deadletter, reply_candidates, reply_limits_table, suppression_table
from pipeline.topics import replies as replies_topic

AGENT = "suggest_replies"
INTERVAL = timedelta(seconds=settings.reply_interval_s)


@app.agent(reply_candidates, name=AGENT)
async def suggest_replies(stream: Any) -> None:
    """Send each acknowledgement the address may receive; count the ones held back."""
    async for event in stream.events():
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc()
        candidate = event.value
        now = records.now_utc()
        try:
            if not isinstance(candidate, dict) or event.key is None:
                raise records.DecodeError("undecodable", "reply candidate without a key or readable value")
            key = event.key.decode("utf-8")
            stored = reply_limits_table.get(key)
            outcome = process.decide_reply(candidate, suppression_table.get(key),
                                           int.from_bytes(stored, "big") if stored else None, INTERVAL)
        except (records.DecodeError, schemas.DecodeError) as error:
            dead = records.dead_letter(event.message.value, source_of(event), "validate", error, now)
            await send_all((deadletter, [(event.key, dead)]))
            metrics.DEAD_LETTERS.labels(stage="validate", reason=dead["reason"]).inc()
            metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="dead_letter").inc()
            continue
        if outcome == "sent":
            await send_all((replies_topic, [(candidate["reply_id"].encode(), candidate)]))
            sent_ms = int(candidate["created_at"].timestamp() * 1000)
            reply_limits_table[key] = sent_ms.to_bytes(8, "big")
            metrics.REPLIES.labels(kind=candidate["kind"]).inc()
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome=outcome).inc()
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)
