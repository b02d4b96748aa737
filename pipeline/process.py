"""Batch steps of the pipeline as pure functions: the agents call these and only send.

Each function takes decoded values with their source coordinates and returns the
records to produce; none does I/O, so every step is tested without a broker.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pipeline import records
from pipeline.es import IndexAction
from pipeline.records import Record, SourceRecord, Undecodable
from pipeline.triage import TriageResult, triage, triage_batch

log = logging.getLogger(__name__)

Outgoing = tuple[bytes | None, Record]


@dataclass
class EnrichOutput:
    """Records to produce for one batch of raw messages."""

    enriched: list[Outgoing] = field(default_factory=list)
    dead: list[Outgoing] = field(default_factory=list)
    optouts: list[Outgoing] = field(default_factory=list)
    escalations: list[Outgoing] = field(default_factory=list)


def _key(text: str | None) -> bytes | None:
    return text.encode("utf-8") if text is not None else None


def _ingested(source: SourceRecord, fallback: datetime) -> datetime:
    if source.timestamp_ms is None or source.timestamp_ms <= 0:
        return fallback
    return datetime.fromtimestamp(source.timestamp_ms / 1000.0, UTC)


def _triage_all(raws: Sequence[Record]) -> list[TriageResult | Exception]:
    requests = [records.triage_request(r) for r in raws]
    try:
        return list(triage_batch(requests))
    except Exception:
        log.exception("triage of a batch failed; retrying message by message")
    out: list[TriageResult | Exception] = []
    for req in requests:
        try:
            out.append(triage(req))
        except Exception as exc:  # noqa: BLE001 - dead-lettered with its error
            out.append(exc)
    return out


def enrich_batch(items: Sequence[tuple[Any, bytes | None, SourceRecord]], now: datetime,
                 default_calling_code: str = "") -> EnrichOutput:
    """Triage a batch of raw values.

    Args:
        items: ``(decoded value or Undecodable, original bytes, source)`` per record.
        now: Processing time stamped on the outputs.
        default_calling_code: For sender normalisation in keys.

    Returns:
        Enriched records keyed by customer, the opt-out/opt-in and escalation events
        they call for, and dead letters for what could not be read or triaged.
    """
    out = EnrichOutput(dead=dead_letters_for_undecodable(items, now))
    good = [(v, original, src) for v, original, src in items if isinstance(v, dict)]
    results = _triage_all([raw for raw, _, _ in good])
    for (raw, original, source), result in zip(good, results, strict=True):
        if isinstance(result, Exception):
            out.dead.append((source.key, records.dead_letter(
                original, source, "triage", result, now, message_id=raw["id"])))
            continue
        enriched = records.enriched_record(raw, result, _ingested(source, now), now)
        key = records.customer_key(raw, default_calling_code)
        out.enriched.append((_key(key), enriched))
    # Emitted here, from the same triage result, rather than by agents reading the
    # enriched topic back: one hop less for an opt-out, and no second decode of
    # every enriched record.
    enriched_values = [rec for _, rec in out.enriched]
    out.optouts = optout_events(enriched_values, now, default_calling_code)
    out.escalations = escalation_events(enriched_values, now, default_calling_code)
    return out


def optout_events(enriched: Sequence[Record], now: datetime,
                  default_calling_code: str = "") -> list[Outgoing]:
    """OptOutEvents (keyed by suppression key) for the opt-outs and opt-ins in a batch."""
    out = []
    for rec in enriched:
        event = records.optout_event(rec, now, default_calling_code)
        if event is not None:
            out.append((_key(event[0]), event[1]))
    return out


def escalation_events(enriched: Sequence[Record], now: datetime,
                      default_calling_code: str = "") -> list[Outgoing]:
    """EscalationEvents (keyed by customer) for the escalated messages in a batch."""
    out = []
    for rec in enriched:
        event = records.escalation_event(rec, now, default_calling_code)
        if event is not None:
            out.append((_key(event[0]), event[1]))
    return out


def index_actions(enriched: Sequence[Record], index_prefix: str, period: str, now: datetime,
                  default_calling_code: str = "") -> list[IndexAction]:
    """Elasticsearch actions (one per message, ``_id`` = message id) for a batch."""
    actions = []
    stamp = records.iso(now)
    for rec in enriched:
        raw = rec["message"]
        doc = records.es_document(rec, default_calling_code)
        doc["indexed_at"] = stamp
        actions.append(IndexAction(records.index_name(index_prefix, raw["received_at"], period),
                                   raw["id"], doc))
    return actions


def dead_letters_for_undecodable(items: Sequence[tuple[Any, bytes | None, SourceRecord]],
                                 now: datetime) -> list[Outgoing]:
    """Dead letters for the values of a batch that could not be decoded."""
    out: list[Outgoing] = []
    for value, original, source in items:
        if isinstance(value, Undecodable):
            out.append((source.key, records.dead_letter(original, source, value.stage,
                                                        value.as_error(), now)))
        elif value is None:
            err = records.DecodeError("empty_record", "record value is empty (tombstone)")
            out.append((source.key, records.dead_letter(original, source, "decode", err, now)))
        elif not isinstance(value, dict):
            err = records.DecodeError("unexpected_type", f"value decoded to {type(value).__name__}")
            out.append((source.key, records.dead_letter(original, source, "decode", err, now)))
    return out
