"""Agent: survey answers (seda.survey.answers) -> NPS/CSAT windows (table) -> Elasticsearch, in batches.

Answers are keyed by window key, so a window's answers meet in one partition and
its counts in one table entry. Per batch each window is read once, every answer
counted once by message id (replays change nothing), the changed windows
indexed (``_id`` = window key) and only then stored.
"""

from __future__ import annotations

import time
from typing import Any
from zoneinfo import ZoneInfo

from pipeline import es, metrics, process, records, schemas, scores
from pipeline.agents.common import load_record, send_all, source_of, store_all
from pipeline.agents.index_messages import indexer
from pipeline.app import app, settings
from pipeline.topics import deadletter, score_windows_table, survey_answers

AGENT = "aggregate_scores"
ZONE = ZoneInfo(settings.time_zone)


def _load(key: str, event: Any) -> dict[str, Any] | None:
    return load_record(score_windows_table, "ScoreWindowState", key, event)


@app.agent(survey_answers, name=AGENT)
async def aggregate_scores(stream: Any) -> None:
    """Count every answer into its window; index and store the windows that changed."""
    async for events in stream.take_events(settings.index_batch_size, within=settings.index_batch_within_s):
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc(len(events))
        now = records.now_utc()
        items = [(e.value, e.message.value, source_of(e)) for e in events]
        dead = process.dead_letters_for_undecodable(items, now)
        changed, replays = process.score_windows(
            [(e.value, e) for e in events if isinstance(e.value, dict)], _load)
        stamp = records.iso(now)
        actions = [es.IndexAction(settings.scores_index, key,
                                  {**scores.window_document(state, ZONE), "indexed_at": stamp})
                   for key, (state, _) in changed.items()]
        outcome = await indexer().index(actions)
        if outcome.rejected:
            raise RuntimeError(f"window documents rejected: {outcome.rejected[:3]}")
        await send_all((deadletter, dead))
        await store_all(score_windows_table, [(event, key, schemas.encode("ScoreWindowState", state))
                                              for key, (state, event) in changed.items()])
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="counted").inc(len(events) - len(dead) - replays)
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="replay").inc(replays)
        metrics.dead_lettered(AGENT, dead)
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)
