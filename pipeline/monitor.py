"""Worker timers for what the stream does not see: consumer lag, the review backlog, the list size.

Every ``SEDA_MONITOR_INTERVAL_S`` each worker exports

- ``seda_consumer_lag_messages{topic,partition}``: the consumer group's lag on the partitions of
  Seda's topics that Kafka assigned to this worker (end offset minus committed offset), so the
  series of all workers together cover every partition once;
- ``seda_optout_review_waiting``: the lag of the review tool's consumer group
  (``SEDA_REVIEW_GROUP``) on ``seda.optout.review``, the ambiguous opt-outs no one has taken yet;
- ``seda_suppression_list_size{scope}``: suppressed addresses per scope, counted in the
  ``seda-suppression`` index.

It also flags a partition whose committed offset stood still for a whole interval with
records behind it (``seda_partition_stuck``): the consumer skipped the record at the commit.

Kafka's offset calls block, so they run in a thread; Elasticsearch is asked with the async
client. A failed refresh keeps the last values and counts ``seda_monitor_errors_total``.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from kafka import TopicPartition

from pipeline import es, kafka_io, metrics, suppression
from pipeline.app import app, settings

log = logging.getLogger(__name__)
_offsets = kafka_io.OffsetReader(settings)
_es: Any = None


def _assigned() -> list[TopicPartition]:
    """This worker's partitions of Seda's own topics (not the tables' changelogs)."""
    own = set(settings.topic_names.values())
    consumer = app.consumer
    tps = consumer.assignment() if consumer is not None else set()
    return sorted((TopicPartition(tp.topic, tp.partition) for tp in tps if tp.topic in own),
                  key=lambda tp: (tp.topic, tp.partition))


#: Committed offsets of this worker's partitions seen by the previous refresh.
_previous: dict[TopicPartition, int | None] = {}


def _read_offsets(assigned: list[TopicPartition]
                  ) -> tuple[dict[TopicPartition, int], dict[TopicPartition, int | None], int]:
    lags = _offsets.group_lag(settings.consumer_group, assigned)
    committed = dict(_offsets.committed)
    review = _offsets.partitions(settings.topic("optout_review"))
    waiting = sum(_offsets.group_lag(settings.review_group, review).values())
    return lags, committed, waiting


def _recovered() -> bool:
    recovery = getattr(app.tables, "recovery", None)
    completed = getattr(recovery, "completed", None)
    return bool(completed is not None and completed.is_set())


async def refresh_offsets() -> None:
    """Export this worker's partitions' lag, the review backlog and the partitions that are stuck."""
    global _previous
    try:
        lags, committed, waiting = await asyncio.get_running_loop().run_in_executor(
            None, _read_offsets, _assigned())
    except Exception:  # a monitoring gap must never stop the worker
        log.warning("reading Kafka offsets for the lag metrics failed", exc_info=True)
        metrics.MONITOR_ERRORS.labels(source="kafka").inc()
        _offsets.close()
        return
    # Replaced in one step (no await in between), so a scrape never sees a partial set.
    metrics.CONSUMER_LAG.clear()
    for tp, value in lags.items():
        metrics.CONSUMER_LAG.labels(topic=tp.topic, partition=str(tp.partition)).set(value)
    metrics.REVIEW_WAITING.set(waiting)
    previous, _previous = _previous, committed
    # While Elasticsearch is unavailable index_messages holds its batch on purpose: not stuck.
    judged = not metrics.ES_PAUSED._value.get() and _recovered()
    found = dict(kafka_io.stuck_partitions(lags, committed, previous)) if judged else {}
    metrics.PARTITION_STUCK.clear()
    for tp in lags:
        metrics.PARTITION_STUCK.labels(topic=tp.topic, partition=str(tp.partition)).set(int(tp in found))
    for tp, offset in found.items():
        # The consumer skipped the record at the commit (see pipeline.commit_guard, which keeps
        # the commit there): restarting the worker reads from the commit again. Seeking in
        # place was tried and is not reliable inside Faust's fetcher.
        log.error("%s[%d]: %d record(s) behind a commit (offset %d) that has not moved in %.0f s; "
                  "restart this worker to read them again", tp.topic, tp.partition, lags[tp], offset,
                  settings.monitor_interval_s)


async def refresh_suppression_size() -> None:
    """Export how many addresses are suppressed, per scope and in total."""
    global _es
    if _es is None:
        _es = es.async_client(settings)
    counts = {}
    try:
        for scope in (*suppression.SCOPES, "any"):
            filters: list[dict[str, Any]] = [{"term": {"suppressed": True}}]
            if scope != "any":
                filters.append({"term": {"scopes": scope}})
            found = await _es.count(index=settings.suppression_index, query={"bool": {"filter": filters}},
                                    ignore_unavailable=True)
            counts[scope] = int(found["count"])
    except Exception:  # as above
        log.warning("counting the suppression list failed", exc_info=True)
        metrics.MONITOR_ERRORS.labels(source="elasticsearch").inc()
        return
    for scope, value in counts.items():
        metrics.SUPPRESSION_SIZE.labels(scope=scope).set(value)


@app.timer(interval=settings.monitor_interval_s)
async def export_monitor_gauges() -> None:
    """Every ``SEDA_MONITOR_INTERVAL_S``: refresh the lag, review and suppression gauges."""
    await refresh_offsets()
    await refresh_suppression_size()
