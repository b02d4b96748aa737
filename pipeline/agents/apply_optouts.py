"""Agent: opt-out/opt-in requests -> the suppression list (table + compacted seda.optouts).

One event at a time, not in batches: a Faust table writes its changelog to the
partition of the event being processed, so each request must be the current event
when its state is stored. Opt-outs are a small share of the traffic.
"""

from __future__ import annotations

import time
from typing import Any

from pipeline import metrics, records, schemas, suppression
from pipeline.agents.common import source_of
from pipeline.app import app
from pipeline.topics import deadletter, optout_requests, optouts, suppression_table

AGENT = "apply_optouts"


@app.agent(optout_requests, name=AGENT)
async def apply_optouts(stream: Any) -> None:
    """Merge each request into its address's state; publish the whole state, keyed by address."""
    async for event in stream.events():
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc()
        change = event.value
        if not isinstance(change, dict) or event.key is None:
            error = records.DecodeError("undecodable", "opt-out request without a key or readable value")
            await deadletter.send(key=event.key, value=records.dead_letter(
                event.message.value, source_of(event), "decode", error, records.now_utc()), force=True)
            metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="dead_letter").inc()
            continue
        key = event.key.decode("utf-8")
        stored = suppression_table.get(key)
        previous = schemas.decode("SuppressionState", stored) if stored else None
        state = suppression.apply(suppression.from_record(previous), change)
        record = suppression.to_record(state, change)
        suppression_table[key] = schemas.encode("SuppressionState", record)
        # Sent every time, even when unchanged: after a crash between the table's
        # changelog and this send, the replayed request must still publish the state.
        await optouts.send(key=event.key, value=record, force=True)
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="applied").inc()
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)
