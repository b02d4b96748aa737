"""Pure record handling between Kafka bytes, triage and Elasticsearch documents.

No stream-processing imports: the agents call these functions, and so do the
tests, ``seda produce`` and ``seda tail``.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pipeline import routing, schemas
from pipeline.schemas import DecodeError, Record
from pipeline.triage import TriageRequest, TriageResult
from pipeline.triage.types import CHANNELS

# C0 and C1 control characters other than tab, newline and carriage return, plus
# the Unicode non-characters: none belongs in a customer message.
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_PHONE_JUNK = re.compile(r"[\s\-().\u200e\u200f\u202a-\u202e]")
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
MAX_DEAD_LETTER_BYTES = 1 << 20
#: Reasons that mean the bytes could not be read at all (stage ``decode``);
#: every other reason is a readable record that failed validation.
DECODE_REASONS = frozenset({"empty_record", "undecodable", "unknown_schema", "wrong_schema"})


def now_utc() -> datetime:
    """The current time as an aware UTC datetime, millisecond precision."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def to_datetime(value: Any) -> datetime:
    """Parse an ISO-8601 string, epoch milliseconds or a datetime into aware UTC."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, bool):
        raise ValueError("a boolean is not a time")
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000.0, UTC)
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit():
            return datetime.fromtimestamp(int(text) / 1000.0, UTC)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    raise ValueError(f"cannot read a time from {type(value).__name__}")


def iso(value: datetime | None) -> str | None:
    """ISO-8601 with milliseconds and ``Z`` (or None)."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def normalize_address(sender: str, default_calling_code: str = "") -> str:
    """The canonical form of a sender address, used as the suppression key.

    Email addresses are lower-cased. Phone numbers become E.164 with a leading
    ``+``: ``00`` prefixes are replaced, Persian and Arabic-Indic digits folded,
    spaces and punctuation dropped; a national number starting with one ``0`` gets
    ``default_calling_code`` when one is configured. Social handles are lower-cased.

    Args:
        sender: Address as received.
        default_calling_code: Country calling code for national numbers, e.g. ``"98"``.

    Returns:
        The normalised address.
    """
    text = unicodedata.normalize("NFKC", sender).strip()
    if "@" in text[1:]:
        return text.lower()
    candidate = _PHONE_JUNK.sub("", text.translate(_DIGITS))
    if re.fullmatch(r"\+?\d{3,17}", candidate):
        if candidate.startswith("+"):
            return candidate
        if candidate.startswith("00"):
            return "+" + candidate[2:]
        if candidate.startswith("0") and default_calling_code:
            return f"+{default_calling_code}{candidate[1:]}"
        if len(candidate) >= 11 and not candidate.startswith("0"):
            return "+" + candidate
        return candidate  # short code or national number without a known country
    return text.lower()


# --------------------------------------------------------------------------- raw input


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """Where a consumed value came from (for dead letters and latency)."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int | None
    key: bytes | None


def _from_json(value: bytes) -> Record:
    try:
        obj = json.loads(value.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DecodeError("undecodable", f"value starts like JSON but is not: {exc}") from exc
    if not isinstance(obj, dict):
        raise DecodeError("schema_invalid", "JSON value is not an object")
    return raw_from_mapping(obj)


def raw_from_mapping(obj: Mapping[str, Any]) -> Record:
    """Build a RawMessage record from loose input (JSON, CSV rows, CLI fields).

    Fields as in the ``RawMessage`` schema; ``received_at`` may be ISO-8601 or epoch
    milliseconds (default: now); ``channel`` defaults to ``sms``; ``sender`` to
    ``"unknown"``; unknown keys go into ``metadata``.

    Raises:
        DecodeError: ``schema_invalid`` when a field has the wrong type or value.
    """
    known = {"id", "channel", "sender", "tenant", "receiving_line", "customer_id", "text",
             "received_at", "in_reply_to", "survey_scale", "metadata"}
    try:
        msg_id = obj.get("id")
        if msg_id is None or str(msg_id).strip() == "":
            raise DecodeError("schema_invalid", "field 'id' is missing or empty")
        text = obj.get("text")
        if not isinstance(text, str):
            raise DecodeError("schema_invalid", "field 'text' is missing or not a string")
        channel = (obj.get("channel") or "sms").strip().lower()
        if channel not in CHANNELS:
            raise DecodeError("schema_invalid", f"field 'channel' is {channel!r}, not one of {CHANNELS}")
        received = obj.get("received_at")
        received_at = to_datetime(received) if received not in (None, "") else now_utc()
        metadata = {str(k): str(v) for k, v in (obj.get("metadata") or {}).items()}
        for k, v in obj.items():
            if k not in known and v not in (None, ""):
                metadata[str(k)] = str(v)

        def opt(name: str) -> str | None:
            v = obj.get(name)
            return None if v in (None, "") else str(v)

        record: Record = {
            "id": str(msg_id), "channel": channel, "sender": str(obj.get("sender") or "unknown"),
            "tenant": opt("tenant"), "receiving_line": opt("receiving_line"),
            "customer_id": opt("customer_id"), "text": text, "received_at": received_at,
            "in_reply_to": opt("in_reply_to"), "survey_scale": opt("survey_scale"),
            "metadata": metadata,
        }
    except DecodeError:
        raise
    except (ValueError, TypeError, AttributeError) as exc:
        raise DecodeError("schema_invalid", f"bad field value: {exc}") from exc
    return record


def decode_raw(value: bytes | None, max_text_chars: int,
               registry_lookup: schemas.RegistryLookup | None = None) -> Record:
    """Decode and check one value of the raw topic.

    Accepts Avro (single-object or Confluent framing) and, for producers that
    cannot write Avro, a UTF-8 JSON object with the same fields.

    Args:
        value: The record value.
        max_text_chars: Longest text accepted.
        registry_lookup: Resolver for Confluent schema ids.

    Returns:
        The RawMessage record.

    Raises:
        DecodeError: With reason ``empty_record``, ``undecodable``, ``unknown_schema``,
            ``wrong_schema``, ``schema_invalid``, ``empty_text``, ``text_too_long`` or
            ``control_characters``.
    """
    if not value:
        raise DecodeError("empty_record", "record value is empty")
    if value[:1] in (b"{", b" ", b"\n") and value.lstrip()[:1] == b"{":
        record = _from_json(value)
    else:
        record = schemas.decode("RawMessage", value, registry_lookup)
    check_raw(record, max_text_chars)
    return record


def check_raw(record: Mapping[str, Any], max_text_chars: int) -> None:
    """Reject records triage must not see: no id, empty, huge or control-laden text."""
    if not str(record.get("id", "")).strip():
        raise DecodeError("schema_invalid", "message id is empty")
    text = record["text"]
    if len(text) > max_text_chars:
        raise DecodeError(
            "text_too_long", f"text has {len(text)} characters; the limit is {max_text_chars} "
            "(SEDA_MAX_TEXT_CHARS)")
    if not text.strip():
        raise DecodeError("empty_text", "text is empty or only white space")
    bad = _BAD_CONTROL.search(text)
    if bad:
        raise DecodeError(
            "control_characters",
            f"text contains control character U+{ord(bad.group()):04X} at offset {bad.start()}")


# --------------------------------------------------------------------------- outputs


def triage_request(raw: Mapping[str, Any]) -> TriageRequest:
    """The triage input for a raw message."""
    return TriageRequest(text=raw["text"], channel=raw["channel"], in_reply_to=raw.get("in_reply_to"),
                         survey_scale=raw.get("survey_scale"))


def enriched_record(raw: Record, result: TriageResult, ingested_at: datetime,
                    enriched_at: datetime, routes: routing.Routing | None = None) -> Record:
    """Combine a raw message and its triage result into an EnrichedMessage record.

    With ``routes`` (the operator's category -> team mapping) the record names its
    team; feedback mode and priority follow from the message and its triage.
    """
    record = {
        "message": raw,
        "normalized_text": result.normalized_text,
        "language": result.language,
        "language_confidence": float(result.language_confidence),
        "language_runner_up": result.language_runner_up,
        "category": result.category,
        "category_confidence": float(result.category_confidence),
        "category_scores": {k: float(v) for k, v in result.category_scores.items()},
        "bug_severity": result.bug_severity,
        "sentiment": result.sentiment,
        "sentiment_score": float(result.sentiment_score),
        "opt_out": result.opt_out,
        "opt_out_review": result.opt_out_review,
        "opt_out_scope": result.opt_out_scope,
        "opt_out_tier": result.opt_out_tier,
        "opt_in": result.opt_in,
        "help": result.help,
        "survey_score": result.survey_score,
        "survey_scale": result.survey_scale,
        "survey_comment": result.survey_comment,
        "escalate": result.escalate,
        "escalation_reasons": list(result.escalation_reasons),
        "evidence": [e.as_record() for e in result.evidence],
        "model_version": result.model_version,
        "ingested_at": ingested_at,
        "enriched_at": enriched_at,
        "feedback_mode": routing.feedback_mode(raw["channel"], raw.get("in_reply_to")),
    }
    record["route"] = routes.route(record) if routes is not None else None
    record["priority"] = routing.priority(record)
    return record


def stable_id(*parts: str) -> str:
    """A deterministic id from its parts (the same on every replay)."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def suppression_key(address: str, tenant: str | None) -> str:
    """Key of the compacted opt-out topic: the address, tenant-prefixed when set."""
    return f"{tenant}:{address}" if tenant else address


def optout_event(enriched: Mapping[str, Any], emitted_at: datetime,
                 default_calling_code: str = "") -> tuple[str, Record] | None:
    """The OptOutEvent for an enriched message whose triage says opt-out or opt-in.

    Returns:
        ``(key, record)``, or None when the message carries neither.
    """
    if not (enriched["opt_out"] or enriched["opt_in"]):
        return None
    raw = enriched["message"]
    action = "opt_out" if enriched["opt_out"] else "opt_in"
    address = normalize_address(raw["sender"], default_calling_code)
    evidence = [e for e in enriched["evidence"] if e["task"] in ("opt_out", "opt_in")]
    record: Record = {
        "event_id": stable_id("optout", raw["id"], action),
        "action": action,
        "address": address,
        "tenant": raw.get("tenant"),
        "scope": enriched.get("opt_out_scope") or "all",
        "tier": enriched.get("opt_out_tier") or "keyword",
        "language": enriched["language"],
        "channel": raw["channel"],
        "receiving_line": raw.get("receiving_line"),
        "customer_id": raw.get("customer_id"),
        "source_message_id": raw["id"],
        "evidence": evidence,
        "requested_by": "customer",
        "ingested_at": enriched["ingested_at"],
        "note": None,
        "occurred_at": raw["received_at"],
        "emitted_at": emitted_at,
    }
    return suppression_key(address, raw.get("tenant")), record


def customer_key(raw: Mapping[str, Any], default_calling_code: str = "") -> str:
    """Key that groups a customer's messages: customer id, else the normalised sender."""
    base = raw.get("customer_id") or normalize_address(raw["sender"], default_calling_code)
    return suppression_key(base, raw.get("tenant"))


def escalation_event(enriched: Mapping[str, Any], created_at: datetime,
                     default_calling_code: str = "") -> tuple[str, Record] | None:
    """The EscalationEvent for an enriched message flagged ``escalate``, else None."""
    if not enriched["escalate"]:
        return None
    evidence = [e for e in enriched["evidence"] if e["task"] == "escalation"]
    record = escalation_record(enriched, sorted(enriched["escalation_reasons"]), created_at, evidence)
    return customer_key(enriched["message"], default_calling_code), record


def escalation_record(enriched: Mapping[str, Any], reasons: Sequence[str], created_at: datetime,
                      evidence: Sequence[Record] = (), related_message_ids: Sequence[str] = ()) -> Record:
    """An EscalationEvent for an enriched message; its id is derived from the message and reasons."""
    raw = enriched["message"]
    return {
        "escalation_id": stable_id("escalation", raw["id"], *reasons),
        "source_message_id": raw["id"],
        "customer_id": raw.get("customer_id"),
        "sender": raw["sender"],
        "tenant": raw.get("tenant"),
        "channel": raw["channel"],
        "language": enriched["language"],
        "category": enriched["category"],
        "reasons": list(reasons),
        "related_message_ids": list(related_message_ids),
        "evidence": list(evidence),
        "created_at": created_at,
    }


def dead_letter(value: object, source: SourceRecord, stage: str, error: BaseException,
                failed_at: datetime, message_id: str | None = None) -> Record:
    """A DeadLetter record for a value that could not be processed."""
    # Reasons are a closed set (they label metrics); the class is kept separately.
    reason = getattr(error, "reason", None) or f"{stage}_error"
    return {
        "original": (value if isinstance(value, bytes) else b"")[:MAX_DEAD_LETTER_BYTES],
        "original_key": source.key,
        "topic": source.topic,
        "partition": source.partition,
        "offset": source.offset,
        "stage": stage,
        "reason": str(reason),
        "error_class": type(error).__name__,
        "error_message": str(error)[:1000],
        "message_id": message_id,
        "failed_at": failed_at,
    }


# --------------------------------------------------------------------------- Elasticsearch


def index_name(prefix: str, received_at: datetime, period: str = "month") -> str:
    """Date-named index for a message, chosen from its own received time."""
    fmt = "%Y.%m.%d" if period == "day" else "%Y.%m"
    return f"{prefix}messages-{received_at.astimezone(UTC).strftime(fmt)}"


def es_document(enriched: Mapping[str, Any], default_calling_code: str = "") -> dict[str, Any]:
    """Flatten an EnrichedMessage into the Elasticsearch document (see the index template)."""
    raw = enriched["message"]
    return {
        "message_id": raw["id"],
        "channel": raw["channel"],
        "sender": raw["sender"],
        "sender_normalized": normalize_address(raw["sender"], default_calling_code),
        "tenant": raw.get("tenant"),
        "receiving_line": raw.get("receiving_line"),
        "customer_id": raw.get("customer_id"),
        "text": raw["text"],
        "text_normalized": enriched["normalized_text"],
        "received_at": iso(raw["received_at"]),
        "ingested_at": iso(enriched["ingested_at"]),
        "enriched_at": iso(enriched["enriched_at"]),
        "in_reply_to": raw.get("in_reply_to"),
        "language": enriched["language"],
        "language_confidence": enriched["language_confidence"],
        "language_runner_up": enriched.get("language_runner_up"),
        "category": enriched["category"],
        "category_confidence": enriched["category_confidence"],
        "category_scores": dict(enriched.get("category_scores") or {}),
        "bug_severity": enriched.get("bug_severity"),
        "sentiment": enriched["sentiment"],
        "sentiment_score": enriched["sentiment_score"],
        "opt_out": enriched["opt_out"],
        "opt_out_review": enriched["opt_out_review"],
        "opt_out_scope": enriched.get("opt_out_scope"),
        "opt_out_tier": enriched.get("opt_out_tier"),
        "opt_in": enriched["opt_in"],
        "help": enriched["help"],
        "survey_score": enriched.get("survey_score"),
        "survey_scale": enriched.get("survey_scale"),
        "survey_comment": enriched.get("survey_comment"),
        "escalate": enriched["escalate"],
        "escalation_reasons": list(enriched["escalation_reasons"]),
        "evidence": [dict(e) for e in enriched["evidence"]],
        "model_version": enriched["model_version"],
        "feedback_mode": enriched["feedback_mode"],
        "route": enriched["route"],
        "priority": enriched["priority"],
    }


# --------------------------------------------------------------------------- JSON views


def to_json_compatible(value: Any) -> Any:
    """Datetimes to ISO strings and bytes to text (or hex), recursively, for ``seda tail``."""
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return {"hex": value.hex()}
    if isinstance(value, Mapping):
        return {k: to_json_compatible(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [to_json_compatible(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Undecodable:
    """A consumed value that could not be decoded or failed validation.

    Codecs return it instead of raising, so the stream never drops a record
    silently: the agent turns it into a dead letter.
    """

    stage: str
    reason: str
    error_class: str
    message: str

    def as_error(self) -> DecodeError:
        """The equivalent exception (for :func:`dead_letter`)."""
        err = DecodeError(self.reason, self.message)
        return err
