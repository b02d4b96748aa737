"""Every Prometheus metric Seda exports, declared in one place.

Names follow Prometheus conventions: ``seda_`` prefix, ``_total`` for counters,
base units (seconds, bytes). Latency histograms start at 1 ms. Every label has a
bounded value set (agents, outcomes, reasons and labels are closed lists), so the
series count cannot grow with traffic. ``docs/metrics.md`` documents each one.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)

REGISTRY = CollectorRegistry(auto_describe=True)
ProcessCollector(registry=REGISTRY)
PlatformCollector(registry=REGISTRY)

#: From 1 ms to 60 s: batch work, bulk requests and end-to-end latency.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                   10.0, 30.0, 60.0)
BATCH_SIZE_BUCKETS = (1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000)

WORKER_INFO = Gauge(
    "seda_worker_info", "Constant 1, labelled with the worker's software and model versions.",
    ["version", "model_version", "worker"], registry=REGISTRY,
)
WORKER_START_TIME = Gauge(
    "seda_worker_start_time_seconds", "Unix time the worker process started.", registry=REGISTRY,
)
MESSAGES_IN = Counter(
    "seda_messages_in_total", "Records consumed, by agent.", ["agent"], registry=REGISTRY,
)
MESSAGES_OUT = Counter(
    "seda_messages_out_total",
    "Records handled, by agent and outcome (enriched, dead_letter, optout, optin, escalation, "
    "indexed, rejected, skipped).",
    ["agent", "outcome"], registry=REGISTRY,
)
DEAD_LETTERS = Counter(
    "seda_dead_letters_total", "Records sent to the dead-letter topic, by stage and reason.",
    ["stage", "reason"], registry=REGISTRY,
)
BATCH_SECONDS = Histogram(
    "seda_batch_duration_seconds", "Wall time to process one batch, by agent.", ["agent"],
    buckets=LATENCY_BUCKETS, registry=REGISTRY,
)
BATCH_SIZE = Histogram(
    "seda_batch_size_messages", "Records per batch, by agent.", ["agent"],
    buckets=BATCH_SIZE_BUCKETS, registry=REGISTRY,
)
TRIAGE_SECONDS = Histogram(
    "seda_triage_duration_seconds", "CPU time of triage logic per batch.",
    buckets=LATENCY_BUCKETS, registry=REGISTRY,
)
ES_BULK_SECONDS = Histogram(
    "seda_es_bulk_duration_seconds", "Latency of Elasticsearch bulk requests (each attempt).",
    buckets=LATENCY_BUCKETS, registry=REGISTRY,
)
ES_BULK_FAILURES = Counter(
    "seda_es_bulk_failures_total",
    "Failed bulk attempts or items, by kind: connection, http_429, http_5xx, item_retryable, "
    "item_rejected.",
    ["kind"], registry=REGISTRY,
)
ES_BULK_RETRIES = Counter(
    "seda_es_bulk_retries_total", "Bulk retries after a back-off pause.", registry=REGISTRY,
)
ES_PAUSED = Gauge(
    "seda_es_indexing_paused", "1 while indexing is backing off (Elasticsearch unavailable or "
    "overloaded); offsets are not committed meanwhile.", registry=REGISTRY,
)
ES_BACKOFF_SECONDS = Counter(
    "seda_es_backoff_seconds_total", "Time spent waiting in back-off before retrying bulk requests.",
    registry=REGISTRY,
)
END_TO_END_SECONDS = Histogram(
    "seda_end_to_end_latency_seconds",
    "From the raw record's Kafka timestamp (when Seda received it) to the document being indexed.",
    buckets=LATENCY_BUCKETS, registry=REGISTRY,
)
OPTOUT_LATENCY_SECONDS = Histogram(
    "seda_optout_latency_seconds",
    "From the raw record's Kafka timestamp to the opt-out/opt-in request being sent to seda.optout.requests.",
    buckets=LATENCY_BUCKETS, registry=REGISTRY,
)
#: Confirmations are judged against the US rule's 5 minutes: buckets go past it.
CONFIRMATION_SECONDS = Histogram(
    "seda_optout_confirmation_seconds",
    "From Seda receiving an opt-out/opt-in message (its raw record's Kafka timestamp) to its confirmation "
    "being on seda.replies.",
    buckets=(*LATENCY_BUCKETS, 120.0, 300.0, 600.0), registry=REGISTRY,
)
REPLIES = Counter(
    "seda_replies_total", "Reply suggestions sent to seda.replies, by kind.", ["kind"], registry=REGISTRY,
)
HYGIENE = Counter(
    "seda_hygiene_total", "Inbound hygiene before triage, by outcome: duplicate (dropped), part_held, "
    "reassembled, released_incomplete (parts missing after the wait), state_reset (a customer's stored "
    "state was unreadable and started afresh).", ["outcome"], registry=REGISTRY,
)
CORRECTIONS = Counter(
    "seda_corrections_total", "Labels corrected by operators (seda.corrections), by field.", ["field"],
    registry=REGISTRY,
)
SURVEY_ANSWERS = Counter(
    "seda_survey_answers_total", "NPS and CSAT answers, by scale, band (promoter/passive/detractor, or "
    "the CSAT score 1-5), channel and language.", ["scale", "band", "channel", "language"], registry=REGISTRY,
)
BY_LANGUAGE = Counter(
    "seda_messages_by_language_total", "Enriched messages by language and channel.",
    ["language", "channel"], registry=REGISTRY,
)
BY_CATEGORY = Counter(
    "seda_messages_by_category_total", "Enriched messages by category and language.",
    ["category", "language"], registry=REGISTRY,
)
BY_SENTIMENT = Counter(
    "seda_messages_by_sentiment_total", "Enriched messages by sentiment and language.",
    ["sentiment", "language"], registry=REGISTRY,
)
OPTOUTS = Counter(
    "seda_optout_events_total", "Opt-out and opt-in events emitted, by action, language and tier.",
    ["action", "language", "tier"], registry=REGISTRY,
)
OPTOUT_REVIEW = Counter(
    "seda_optout_review_total", "Ambiguous opt-outs flagged for human review, by language.",
    ["language"], registry=REGISTRY,
)
ESCALATIONS = Counter(
    "seda_escalations_total", "Escalation events emitted, by reason (one event may count under "
    "several reasons).", ["reason"], registry=REGISTRY,
)
SLA_OPEN = Gauge(
    "seda_sla_open_items", "SLA timers waiting for a first human response on this worker's partitions, by "
    "category and status (open: before the deadline or not yet checked; breached: past it and escalated). "
    "Refreshed every SEDA_SLA_CHECK_INTERVAL_S; sum over workers.", ["category", "status"], registry=REGISTRY,
)
SLA_BREACHES = Counter(
    "seda_sla_breaches_total", "SLA deadlines passed without a human response (one sla_breach escalation "
    "each), by category.", ["category"], registry=REGISTRY,
)
#: A first response takes minutes to days, not milliseconds: business-scale buckets.
SLA_RESPONSE_SECONDS = Histogram(
    "seda_sla_response_seconds", "From Seda receiving a message to its first human response (clock time, "
    "not business hours), by category.", ["category"],
    buckets=(60.0, 300.0, 900.0, 1800.0, 3600.0, 7200.0, 14400.0, 28800.0, 86400.0, 172800.0, 604800.0),
    registry=REGISTRY,
)
CONSUMER_LAG = Gauge(
    "seda_consumer_lag_messages", "Messages between the workers' committed offset and the end of the "
    "partition, for the partitions of Seda's topics assigned to this worker (from Kafka offsets, every "
    "SEDA_MONITOR_INTERVAL_S).", ["topic", "partition"], registry=REGISTRY,
)
REVIEW_WAITING = Gauge(
    "seda_optout_review_waiting", "Ambiguous opt-outs on seda.optout.review not yet consumed by the review "
    "consumer group (SEDA_REVIEW_GROUP): its lag. Every worker exports it; take the max.", registry=REGISTRY,
)
SUPPRESSION_SIZE = Gauge(
    "seda_suppression_list_size", "Addresses suppressed now, by scope (all, marketing, surveys) and in total "
    "(scope=\"any\"), counted in the seda-suppression index. Every worker exports it; take the max.",
    ["scope"], registry=REGISTRY,
)
PARTITION_STUCK = Gauge(
    "seda_partition_stuck", "1 for a partition of this worker whose committed offset has not moved for a "
    "monitor interval while records wait behind it (the consumer skipped the record at the commit; a "
    "restart reads it again), else 0.", ["topic", "partition"], registry=REGISTRY,
)
MONITOR_ERRORS = Counter(
    "seda_monitor_errors_total", "Failed refreshes of the monitor gauges, by source (kafka, elasticsearch); "
    "the gauges keep their last values meanwhile.", ["source"], registry=REGISTRY,
)


def dead_lettered(agent: str, dead: Iterable[tuple[object, Mapping[str, Any]]]) -> None:
    """Count a batch's dead letters: as the agent's ``dead_letter`` outcome and by stage and reason."""
    count = 0
    for _, letter in dead:
        DEAD_LETTERS.labels(stage=letter["stage"], reason=letter["reason"]).inc()
        count += 1
    MESSAGES_OUT.labels(agent=agent, outcome="dead_letter").inc(count)


def bounded(value: str | None, allowed: Collection[str]) -> str:
    """``value`` when it is one of ``allowed``, else ``"other"``: keeps label sets closed."""
    return value if value is not None and value in allowed else "other"


def started(version: str, model_version: str, worker: str) -> None:
    """Record the worker's identity and start time."""
    WORKER_INFO.labels(version=version, model_version=model_version, worker=worker).set(1)
    WORKER_START_TIME.set(time.time())


def exposition() -> bytes:
    """The current metrics in Prometheus text format."""
    return generate_latest(REGISTRY)
