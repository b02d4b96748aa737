"""The Faust application: one per worker process, configured from :mod:`pipeline.settings`.

Agents live in :mod:`pipeline.agents` (one per module), topics in
:mod:`pipeline.topics`. Offsets are committed only after an agent has finished a
batch (its outputs produced, its documents indexed): exceptions are not acked,
and Faust flushes the producer before every commit.
"""

from __future__ import annotations

import faust

from pipeline import SOURCE_DIR, __version__, metrics
from pipeline import settings as settings_module
from pipeline.triage import model_version

settings = settings_module.get()

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
    return view.json({"status": "ok", "version": __version__, "model_version": model_version(),
                     "source": SOURCE_DIR, "worker": settings.worker_index, "assigned": assigned})
