"""Agent: raw messages -> triage -> enriched messages (and dead letters), in batches."""

from __future__ import annotations

import time
from typing import Any

from pipeline import metrics, process, records
from pipeline.agents.common import send_all, source_of
from pipeline.app import app, settings
from pipeline.topics import deadletter, enriched_messages, raw_messages
from pipeline.triage.types import CATEGORIES, CHANNELS, LANGUAGES, SENTIMENTS

AGENT = "enrich_messages"


@app.agent(raw_messages, name=AGENT)
async def enrich_messages(stream: Any) -> None:
    """Triage every raw message; undecodable or invalid ones become dead letters."""
    async for events in stream.take_events(settings.enrich_batch_size,
                                           within=settings.enrich_batch_within_s):
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc(len(events))
        metrics.BATCH_SIZE.labels(agent=AGENT).observe(len(events))
        items = [(e.value, e.message.value, source_of(e)) for e in events]
        cpu = time.process_time()
        out = process.enrich_batch(items, records.now_utc(), settings.default_calling_code)
        metrics.TRIAGE_SECONDS.observe(time.process_time() - cpu)
        await send_all(enriched_messages, out.enriched)
        await send_all(deadletter, out.dead)
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="enriched").inc(len(out.enriched))
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="dead_letter").inc(len(out.dead))
        for _, dl in out.dead:
            metrics.DEAD_LETTERS.labels(stage=dl["stage"], reason=dl["reason"]).inc()
        for _, rec in out.enriched:
            lang = metrics.bounded(rec["language"], LANGUAGES)
            channel = metrics.bounded(rec["message"]["channel"], CHANNELS)
            metrics.BY_LANGUAGE.labels(language=lang, channel=channel).inc()
            metrics.BY_CATEGORY.labels(category=metrics.bounded(rec["category"], CATEGORIES),
                                       language=lang).inc()
            metrics.BY_SENTIMENT.labels(sentiment=metrics.bounded(rec["sentiment"], SENTIMENTS),
                                        language=lang).inc()
            if rec["opt_out_review"]:
                metrics.OPTOUT_REVIEW.labels(language=lang).inc()
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)
