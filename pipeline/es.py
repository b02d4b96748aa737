"""Elasticsearch: the message index template, alias, and batched async indexing.

Documents go to date-named indices ``<prefix>messages-YYYY.MM`` (or ``.DD``)
chosen from each message's own received time, all behind the alias
``<prefix>messages``, with ``_id`` = message id so a replay overwrites instead of
duplicating. The mapping uses only what the integ-test distribution provides:
the ``standard`` analyzer on text that Seda has already normalised in Python
(``docs/elasticsearch.md`` lists what a full cluster adds).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
from elasticsearch import AsyncElasticsearch, Elasticsearch, TransportError
from elasticsearch import ConnectionError as ESConnectionError
from elasticsearch.serializer import OrjsonSerializer

from pipeline import metrics, records
from pipeline.settings import Settings

log = logging.getLogger(__name__)

KEYWORD = {"type": "keyword"}
TEXT = {"type": "text", "analyzer": "standard"}
DATE = {"type": "date", "format": "strict_date_optional_time||epoch_millis"}

MESSAGE_MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "message_id": KEYWORD,
        "channel": KEYWORD,
        "sender": KEYWORD,
        "sender_normalized": KEYWORD,
        "tenant": KEYWORD,
        "receiving_line": KEYWORD,
        "customer_id": KEYWORD,
        # Raw text is searchable but not aggregatable; the normalised form is what
        # Persian/Arabic searches should use (ي/ك unified, digits folded).
        "text": TEXT,
        "text_normalized": {**TEXT, "fields": {"raw": {"type": "keyword", "ignore_above": 512}}},
        "received_at": DATE,
        "ingested_at": DATE,
        "enriched_at": DATE,
        "indexed_at": DATE,
        "in_reply_to": KEYWORD,
        "language": KEYWORD,
        "language_confidence": {"type": "float"},
        "language_runner_up": KEYWORD,
        "category": KEYWORD,
        "category_confidence": {"type": "float"},
        "category_scores": {"type": "object", "dynamic": True},
        "bug_severity": KEYWORD,
        "sentiment": KEYWORD,
        "sentiment_score": {"type": "float"},
        "opt_out": {"type": "boolean"},
        "opt_out_review": {"type": "boolean"},
        "opt_out_scope": KEYWORD,
        "opt_out_tier": KEYWORD,
        "opt_in": {"type": "boolean"},
        "help": {"type": "boolean"},
        "survey_score": {"type": "integer"},
        "survey_scale": KEYWORD,
        "survey_comment": TEXT,
        "escalate": {"type": "boolean"},
        "escalation_reasons": KEYWORD,
        "evidence": {
            "type": "object",
            "properties": {
                "task": KEYWORD, "label": KEYWORD, "rule_id": KEYWORD,
                "span": {"type": "keyword", "ignore_above": 256},
                "start": {"type": "integer"}, "end": {"type": "integer"},
            },
        },
        "model_version": KEYWORD,
        "feedback_mode": KEYWORD,
        "route": KEYWORD,
        "priority": KEYWORD,
        # Set by an operator's correction (seda.corrections); the labels triage gave are kept.
        "corrected": {"type": "boolean"},
        "corrected_by": KEYWORD,
        "corrected_at": DATE,
        "correction_reason": TEXT,
        "original_labels": {"type": "object", "enabled": False},
    },
    "dynamic_templates": [
        {"scores_as_float": {"path_match": "category_scores.*", "mapping": {"type": "float"}}},
    ],
}


SUPPRESSION_MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "key": KEYWORD, "address": KEYWORD, "tenant": KEYWORD,
        "suppressed": {"type": "boolean"}, "scopes": KEYWORD, "since": DATE,
        "source_message_id": KEYWORD, "requested_by": KEYWORD,
        # Per-scope detail is kept for display, not searched.
        "entries": {"type": "object", "enabled": False},
        "updated_at": DATE, "indexed_at": DATE,
    },
}
SUPPRESSION_AUDIT_MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "event_id": KEYWORD, "key": KEYWORD, "address": KEYWORD, "tenant": KEYWORD,
        "action": KEYWORD, "scope": KEYWORD, "tier": KEYWORD, "requested_by": KEYWORD,
        "note": TEXT, "source_message_id": KEYWORD, "language": KEYWORD, "channel": KEYWORD,
        "rules": KEYWORD, "evidence": {"type": "keyword", "ignore_above": 256},
        "occurred_at": DATE, "suppressed_after": {"type": "boolean"}, "scopes_after": KEYWORD,
        "indexed_at": DATE,
    },
}


SCORES_MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "window": KEYWORD, "size": KEYWORD, "start": DATE, "label": KEYWORD, "label_jalali": KEYWORD,
        "tenant": KEYWORD, "campaign": KEYWORD, "channel": KEYWORD, "language": KEYWORD,
        **{name: {"type": "integer"} for name in ("promoters", "passives", "detractors", "nps_answers",
                                                  "csat_answers", "csat_sum", "csat_satisfied")},
        "nps": {"type": "float"}, "csat_mean": {"type": "float"}, "csat_satisfied_pct": {"type": "float"},
        "indexed_at": DATE,
    },
}


def template_name(settings: Settings) -> str:
    """Name of the composable index template for messages."""
    return f"{settings.index_prefix}messages"


def message_template(settings: Settings) -> dict[str, Any]:
    """Body of the composable index template (patterns, settings, mappings, alias)."""
    return {
        "index_patterns": [f"{settings.index_prefix}messages-*"],
        "priority": 200,
        "template": {
            "settings": {
                "number_of_shards": settings.index_shards,
                "number_of_replicas": settings.index_replicas,
                "refresh_interval": "1s",
            },
            "mappings": MESSAGE_MAPPINGS,
            "aliases": {settings.messages_alias: {}},
        },
        "_meta": {"managed_by": "seda", "description": "Seda enriched customer messages"},
    }


def setup_current(settings: Settings) -> dict[str, Any]:
    """:func:`setup` with this period's index, on a client of its own (CLI, run, bench, tests)."""
    client = sync_client(settings)
    try:
        return setup(client, settings, records.index_name(settings.index_prefix, records.now_utc(),
                                                          settings.index_period))
    finally:
        client.close()


def setup(client: Elasticsearch, settings: Settings, index_for_now: str) -> dict[str, Any]:
    """Install the template and make sure the alias resolves (idempotent).

    Args:
        client: A synchronous client.
        settings: Settings (prefix, shards, replicas).
        index_for_now: The current period's index, created so the alias exists
            before the first document arrives.

    Returns:
        A summary of what exists afterwards.
    """
    client.indices.put_index_template(name=template_name(settings), **message_template(settings))
    _create(client, index_for_now)
    # Indices made by an older template get the fields added since (adding is always allowed;
    # with a strict mapping a new field would otherwise be rejected until next period's index).
    client.indices.put_mapping(index=settings.messages_alias, properties=MESSAGE_MAPPINGS["properties"])
    for index, mappings in ((settings.suppression_index, SUPPRESSION_MAPPINGS),
                            (settings.suppression_audit_index, SUPPRESSION_AUDIT_MAPPINGS),
                            (settings.scores_index, SCORES_MAPPINGS)):
        _create(client, index, {"number_of_shards": settings.index_shards,
                                "number_of_replicas": settings.index_replicas}, mappings)
    aliases = client.indices.get_alias(name=settings.messages_alias)
    return {"template": template_name(settings), "alias": settings.messages_alias,
            "indices": sorted(aliases.body),
            "suppression": [settings.suppression_index, settings.suppression_audit_index],
            "scores": settings.scores_index}


def _create(client: Elasticsearch, index: str, index_settings: dict[str, Any] | None = None,
            mappings: dict[str, Any] | None = None) -> None:
    """Create ``index`` unless it exists (a worker may create it concurrently)."""
    if client.indices.exists(index=index):
        return
    try:
        client.indices.create(index=index, settings=index_settings, mappings=mappings)
    except TransportError as exc:
        if "resource_already_exists" not in str(exc):
            raise


# --------------------------------------------------------------------------- bulk


@dataclass(frozen=True, slots=True)
class IndexAction:
    """One document to index."""

    index: str
    doc_id: str
    document: dict[str, Any]


@dataclass
class BulkOutcome:
    """What became of a batch: indexed ids and permanently rejected ones with reasons."""

    indexed: list[str] = field(default_factory=list)
    rejected: list[tuple[IndexAction, str, str]] = field(default_factory=list)
    attempts: int = 0


def _retryable(status: int) -> bool:
    return status == 429 or status >= 500


class Backoff:
    """Bounded exponential back-off with jitter: initial, 2x, 4x ... up to ``maximum``."""

    def __init__(self, initial: float, maximum: float) -> None:
        """Create a back-off schedule."""
        self.initial, self.maximum, self.attempt = initial, maximum, 0

    def next_delay(self) -> float:
        """The next pause in seconds."""
        delay = min(self.maximum, self.initial * (2 ** self.attempt))
        self.attempt += 1
        return delay * (0.5 + random.random() / 2)


class Indexer:
    """Indexes batches with the async bulk API; retries 429/5xx/connection errors forever.

    A batch call returns only when every document is either indexed or
    permanently rejected (a 4xx other than 429, e.g. a mapping conflict); while
    Elasticsearch is down or overloaded it backs off (bounded exponential) and
    keeps the batch, so the caller's offsets stay uncommitted and nothing is lost.
    """

    def __init__(self, client: AsyncElasticsearch, settings: Settings) -> None:
        """Wrap an async client."""
        self.client = client
        self.settings = settings

    async def index(self, actions: Sequence[IndexAction]) -> BulkOutcome:
        """Index ``actions``; see the class docstring for the retry policy."""
        outcome = BulkOutcome()
        pending = list(actions)
        backoff = Backoff(self.settings.es_backoff_initial_s, self.settings.es_backoff_max_s)
        try:
            while pending:
                outcome.attempts += 1
                retry: list[IndexAction] = []
                # Lines serialised here with orjson: the client passes bytes lines through,
                # and the standard library's encoder was a tenth of the worker's CPU.
                operations: list[bytes] = []
                for a in pending:
                    operations.append(orjson.dumps({"index": {"_index": a.index, "_id": a.doc_id}}))
                    operations.append(orjson.dumps(a.document))
                started = time.perf_counter()
                try:
                    resp = await self.client.bulk(operations=operations)  # type: ignore[arg-type]
                except ESConnectionError as exc:
                    metrics.ES_BULK_FAILURES.labels(kind="connection").inc()
                    log.warning("Elasticsearch unreachable (%s); backing off", type(exc).__name__)
                    retry = pending
                except TransportError as exc:
                    meta = getattr(exc, "meta", None)
                    status = getattr(exc, "status_code", None) or getattr(meta, "status", 0)
                    kind = "http_429" if status == 429 else "http_5xx"
                    if status and not _retryable(int(status)):
                        # The request itself is refused (e.g. 400/413): every
                        # document is rejected with that reason, none retried.
                        metrics.ES_BULK_FAILURES.labels(kind="item_rejected").inc(len(pending))
                        outcome.rejected.extend((a, f"http_{status}", str(exc)[:500]) for a in pending)
                        pending = []
                        continue
                    metrics.ES_BULK_FAILURES.labels(kind=kind).inc()
                    log.warning("bulk request failed with HTTP %s; backing off", status)
                    retry = pending
                else:
                    metrics.ES_BULK_SECONDS.observe(time.perf_counter() - started)
                    for a, item in zip(pending, resp.body["items"], strict=True):
                        result = item["index"]
                        status = int(result.get("status", 500))
                        if status < 300:
                            outcome.indexed.append(a.doc_id)
                        elif _retryable(status):
                            metrics.ES_BULK_FAILURES.labels(kind="item_retryable").inc()
                            retry.append(a)
                        else:
                            metrics.ES_BULK_FAILURES.labels(kind="item_rejected").inc()
                            err = result.get("error") or {}
                            outcome.rejected.append((a, str(err.get("type", f"http_{status}")),
                                                     str(err.get("reason", ""))[:500]))
                pending = retry
                if pending:
                    delay = backoff.next_delay()
                    metrics.ES_PAUSED.set(1)
                    metrics.ES_BULK_RETRIES.inc()
                    metrics.ES_BACKOFF_SECONDS.inc(delay)
                    await asyncio.sleep(delay)
        finally:
            metrics.ES_PAUSED.set(0)
        return outcome


async def find_message(client: AsyncElasticsearch, settings: Settings,
                       message_id: str) -> tuple[str, dict[str, Any]] | None:
    """``(index, document)`` of an indexed message, searched through the alias; None when absent."""
    found = await client.search(index=settings.messages_alias, query={"ids": {"values": [message_id]}},
                                size=1)
    hits = found["hits"]["hits"]
    return (hits[0]["_index"], hits[0]["_source"]) if hits else None


def async_client(settings: Settings) -> AsyncElasticsearch:
    """An async client for the configured cluster."""
    return AsyncElasticsearch(settings.elasticsearch_url, request_timeout=settings.es_request_timeout_s,
                              max_retries=0, retry_on_timeout=False, serializer=OrjsonSerializer())


def sync_client(settings: Settings) -> Elasticsearch:
    """A synchronous client (CLI commands and tests)."""
    return Elasticsearch(settings.elasticsearch_url, request_timeout=settings.es_request_timeout_s)
