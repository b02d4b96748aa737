"""The Faust application: one per worker process, configured from :mod:`pipeline.settings`.

Agents live in :mod:`pipeline.agents` (one per module), topics in
:mod:`pipeline.topics`. Offsets are committed only after an agent has finished a
batch (its outputs produced, its documents indexed): exceptions are not acked,
and Faust flushes the producer before every commit.
"""

from __future__ import annotations

import faust
from faust.transport.consumer import Consumer

from pipeline import SOURCE_DIR, __version__, commit_guard, metrics
from pipeline import settings as settings_module
from pipeline.kafka_io import TOPIC_SPECS
from pipeline.triage import model_version

settings = settings_module.get()
# Before any consumer exists: never commit past a record that was not processed.
if not getattr(Consumer._new_offset, "seda_guard", False):
    Consumer._new_offset = commit_guard.guarded(  # type: ignore[method-assign,assignment]
        Consumer._new_offset, [settings.topic(name) for name, spec in TOPIC_SPECS.items()
                               if spec.config.get("cleanup.policy") == "compact"])

app = faust.App(
    settings.group_id,
    broker=f"kafka://{settings.bootstrap_servers}",
    store="memory://",
    datadir=str(settings.state_dir / "faust" / f"{settings.group_id}-{settings.worker_index}"),
    topic_partitions=settings.partitions,
    topic_replication_factor=settings.replication_factor,
    topic_disable_leader=True,
    consumer_auto_offset_reset="earliest",
    # At-least-once: an event whose processing raised is not acknowledged.
    stream_ack_exceptions=False,
    stream_ack_cancelled_tasks=False,
    stream_wait_empty=False,
    producer_max_request_size=settings.max_record_bytes + 1024,
    consumer_max_fetch_size=settings.max_record_bytes + 1024,
    producer_linger_ms=5,
    producer_acks=-1,
    # A killed worker's partitions move to the others after 10 s, not 60.
    broker_session_timeout=10.0,
    broker_heartbeat_interval=3.0,
    broker_commit_every=settings.enrich_batch_size * 4,
    broker_commit_interval=1.0,
    web_enabled=True,
    web_bind=settings.web_host,
    web_host=settings.web_host,
    web_port=settings.worker_port,
    web_stats_enabled=False,
    web_tables_enabled=False,
    web_graph_enabled=False,
    web_metrics_enabled=False,
    web_router_enabled=False,
    loghandlers=[],
    version=1,
)


@app.page("/metrics")
async def metrics_page(view: faust.web.View, request: faust.web.Request) -> faust.web.Response:
    """Prometheus exposition of :data:`pipeline.metrics.REGISTRY`."""
    return view.bytes(metrics.exposition(), content_type="text/plain; version=0.0.4")


@app.page("/healthz")
async def health_page(view: faust.web.View, request: faust.web.Request) -> faust.web.Response:
    """Liveness: the worker's versions and assigned partitions."""
    tps = app.consumer.assignment() if app.consumer else set()
    assigned = sorted(f"{tp.topic}:{tp.partition}" for tp in tps)
    # Tables restored and streams sought to their commits: records sent from now on are not
    # caught in the start-up window where Faust's consumer was seen to skip some.
    recovery = getattr(app.tables, "recovery", None)
    recovered = bool(assigned) and recovery is not None and recovery.completed.is_set()
    return view.json({"status": "ok", "version": __version__, "model_version": model_version(),
                     "source": SOURCE_DIR, "worker": settings.worker_index, "assigned": assigned,
                     "recovered": recovered})
