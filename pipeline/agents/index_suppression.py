"""Agent: suppression list states (seda.optouts) -> Elasticsearch, in batches.

Each state becomes the address's document in ``<prefix>suppression`` (``_id`` =
list key, so the index mirrors the compacted topic) and one audit entry in
``<prefix>suppression-audit`` (``_id`` = the change's event id). As with messages,
the batch returns only when Elasticsearch has every document, so offsets are
committed after indexing and replays overwrite by id.
"""

from __future__ import annotations

import time
from typing import Any

from pipeline import metrics, process, records
from pipeline.agents.common import send_all, source_of
from pipeline.agents.index_messages import indexer
from pipeline.app import app, settings
from pipeline.topics import deadletter, optouts

AGENT = "index_suppression"


@app.agent(optouts, name=AGENT)
async def index_suppression(stream: Any) -> None:
    """Mirror every published state, with its audit entry; dead-letter unreadable ones."""
    async for events in stream.take_events(settings.index_batch_size,
                                           within=settings.index_batch_within_s):
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc(len(events))
        now = records.now_utc()
        items = [(e.value, e.message.value, source_of(e)) for e in events]
        dead = process.dead_letters_for_undecodable(items, now)
        good = [(v, original, src) for v, original, src in items if isinstance(v, dict)]
        actions = process.suppression_actions([v for v, _, _ in good], settings.index_prefix, now)
        outcome = await indexer().index(actions)
        for action, err_type, err_reason in outcome.rejected:
            # Two actions per state (document, audit entry), in the states' order.
            _, original, src = good[actions.index(action) // 2]
            error = records.DecodeError("index_rejected", f"{err_type}: {err_reason}")
            dead.append((src.key, records.dead_letter(original, src, "index", error, now,
                                                      message_id=action.doc_id)))
        await send_all((deadletter, dead))
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="indexed").inc(len(outcome.indexed))
        metrics.dead_lettered(AGENT, dead)
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)
