"""Agent: acknowledgement candidates -> seda.replies, unless suppressed or answered lately, in batches.

Candidates are keyed by the suppression key, so this agent is co-partitioned
with ``apply_optouts``: the address's suppression state is in this worker's
table. Per batch each address's state and last acknowledgement are read once
(under that address's own event, see ``as_current``), the replies produced and
acknowledged by the broker, and only then the times stored: a crash in between
sends a reply again with the same reply id; once stored, a replay is held back
by the interval.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from pipeline import metrics, process, records
from pipeline.agents.common import as_current, send_all, source_of, store_all
from pipeline.app import app, settings
from pipeline.topics import deadletter, reply_candidates, reply_limits_table, suppression_table
from pipeline.topics import replies as replies_topic

AGENT = "suggest_replies"
INTERVAL = timedelta(seconds=settings.reply_interval_s)


def _load(key: str, event: Any) -> tuple[bytes | None, int | None]:
    with as_current(event):
        state, last = suppression_table.get(key), reply_limits_table.get(key)
    return state, int.from_bytes(last, "big") if last else None


@app.agent(reply_candidates, name=AGENT)
async def suggest_replies(stream: Any) -> None:
    """Send each acknowledgement the address may receive; count the ones held back."""
    async for events in stream.take_events(settings.index_batch_size, within=settings.index_batch_within_s):
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc(len(events))
        now = records.now_utc()
        items = [(e.value, e.message.value, source_of(e)) for e in events]
        dead = process.dead_letters_for_undecodable(items, now)
        good = [e for e in events if isinstance(e.value, dict)]
        dead += [_dead(e, "missing_key", "reply candidate without an address key", now)
                 for e in good if e.key is None]
        decided, sent = process.decide_replies([(e.key.decode("utf-8"), e.value, e) for e in good if e.key],
                                               _load, INTERVAL)
        dead += [_dead(e, outcome, "the address's stored suppression state cannot be read", now)
                 for _, outcome, e in decided if outcome == "unreadable_state"]
        replies = [(c["reply_id"].encode(), c) for c, outcome, _ in decided if outcome == "sent"]
        await send_all((replies_topic, replies), (deadletter, dead))
        await store_all(reply_limits_table, [(event, key, ms.to_bytes(8, "big"))
                                             for key, (ms, event) in sent.items()])
        for _, reply in replies:
            metrics.REPLIES.labels(kind=reply["kind"]).inc()
        for _, outcome, _ in decided:
            if outcome != "unreadable_state":
                metrics.MESSAGES_OUT.labels(agent=AGENT, outcome=outcome).inc()
        metrics.dead_lettered(AGENT, dead)
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)


def _dead(event: Any, reason: str, message: str, now: Any) -> tuple[bytes | None, dict[str, Any]]:
    return event.key, records.dead_letter(event.message.value, source_of(event), "validate",
                                          records.DecodeError(reason, message), now)
