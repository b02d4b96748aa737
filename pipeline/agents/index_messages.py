"""Agent: enriched messages -> Elasticsearch (async bulk, ``_id`` = message id), in batches.

The batch returns only when every document is indexed or permanently rejected
(rejected ones are dead-lettered); while Elasticsearch is unavailable the indexer
backs off and the batch waits, so its offsets are not committed and nothing is lost.
"""

from __future__ import annotations

import time
from typing import Any

from pipeline import es, metrics, process, records
from pipeline.agents.common import send_all, source_of
from pipeline.app import app, settings
from pipeline.topics import deadletter, enriched_messages

AGENT = "index_messages"
_indexer: es.Indexer | None = None


def indexer() -> es.Indexer:
    """The worker's indexer (one async client per process, created on first use)."""
    global _indexer
    if _indexer is None:
        _indexer = es.Indexer(es.async_client(settings), settings)
    return _indexer


@app.agent(enriched_messages, name=AGENT)
async def index_messages(stream: Any) -> None:
    """Index every enriched message; dead-letter undecodable and rejected ones."""
    async for events in stream.take_events(settings.index_batch_size,
                                           within=settings.index_batch_within_s):
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc(len(events))
        metrics.BATCH_SIZE.labels(agent=AGENT).observe(len(events))
        now = records.now_utc()
        items = [(e.value, e.message.value, source_of(e)) for e in events]
        good = [(v, original, src) for v, original, src in items if isinstance(v, dict)]
        dead = process.dead_letters_for_undecodable(items, now)
        actions = process.index_actions([v for v, _, _ in good], settings.index_prefix,
                                        settings.index_period, now, settings.default_calling_code)
        outcome = await indexer().index(actions)
        by_id = {v["message"]["id"]: (original, src) for v, original, src in good}
        for action, err_type, err_reason in outcome.rejected:
            original, src = by_id[action.doc_id]
            error = records.DecodeError("index_rejected", f"{err_type}: {err_reason}")
            dead.append((src.key, records.dead_letter(original, src, "index", error, now,
                                                      message_id=action.doc_id)))
        await send_all((deadletter, dead))
        done = time.time()
        indexed = set(outcome.indexed)
        for v, _, _ in good:
            if v["message"]["id"] in indexed:
                metrics.END_TO_END_SECONDS.observe(max(0.0, done - v["ingested_at"].timestamp()))
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="indexed").inc(len(outcome.indexed))
        metrics.dead_lettered(AGENT, dead)
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)
