"""Agent: enriched messages whose triage says opt-out or opt-in -> seda.optouts."""

from __future__ import annotations

import time
from typing import Any

from pipeline import metrics, process, records
from pipeline.agents.common import send_all
from pipeline.app import app, settings
from pipeline.topics import enriched_messages, optouts
from pipeline.triage.types import LANGUAGES, TIERS

AGENT = "emit_optouts"


@app.agent(enriched_messages, name=AGENT)
async def emit_optouts(stream: Any) -> None:
    """Emit one OptOutEvent per opt-out/opt-in, whatever the message's category."""
    async for events in stream.take_events(settings.enrich_batch_size,
                                           within=settings.enrich_batch_within_s):
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc(len(events))
        now = records.now_utc()
        good = [e.value for e in events if isinstance(e.value, dict)]
        out = process.optout_events(good, now, settings.default_calling_code)
        await send_all(optouts, out)
        now_s = time.time()
        for _, event in out:
            metrics.OPTOUTS.labels(action=event["action"],
                                   language=metrics.bounded(event["language"], LANGUAGES),
                                   tier=metrics.bounded(event["tier"], TIERS)).inc()
        for rec in good:
            if rec["opt_out"] or rec["opt_in"]:
                metrics.OPTOUT_LATENCY_SECONDS.observe(max(0.0, now_s - rec["ingested_at"].timestamp()))
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="optout").inc(len(out))
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="skipped").inc(len(good) - len(out))
        # Undecodable enriched records are dead-lettered once, by index_messages.
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="undecodable").inc(len(events) - len(good))
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)
