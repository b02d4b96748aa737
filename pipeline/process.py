"""Batch steps of the pipeline as pure functions: the agents call these and only send.

Each function takes decoded values with their source coordinates and returns the
records to produce; none does I/O, so every step is tested without a broker.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pipeline import customers, records, repeat_contacts, replies, schemas, scores, sla, suppression
from pipeline.es import IndexAction
from pipeline.records import Record, SourceRecord, Undecodable
from pipeline.routing import Routing
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
    reviews: list[Outgoing] = field(default_factory=list)
    replies: list[Outgoing] = field(default_factory=list)
    #: Acknowledgements to send unless the address is suppressed or was answered lately.
    candidates: list[Outgoing] = field(default_factory=list)
    #: NPS/CSAT answers, one per window size, keyed by window key.
    answers: list[Outgoing] = field(default_factory=list)
    #: SLA timer opens (seda.sla) for the messages whose category has a deadline.
    timers: list[Outgoing] = field(default_factory=list)
    #: Hygiene outcomes (duplicate, part_held, ...) and how many of each.
    hygiene: Counter[str] = field(default_factory=Counter)


Templates = Mapping[str, Mapping[str, str]]


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
                 default_calling_code: str = "", templates: Templates | None = None,
                 routes: Routing | None = None, acknowledge: bool = False,
                 zone: ZoneInfo | None = None, sla_policy: sla.Policy | None = None) -> EnrichOutput:
    """Triage a batch of raw values.

    Args:
        items: ``(decoded value or Undecodable, original bytes, source)`` per record.
        now: Processing time stamped on the outputs.
        default_calling_code: For sender normalisation in keys.
        templates: Reply templates (:func:`pipeline.replies.load`); with them, HELP/INFO
            requests get the help reply.
        routes: The category -> team mapping; with it, every record names its team.
        acknowledge: With templates, also the acknowledgement candidates.
        zone: With it, survey answers for the NPS/CSAT windows of this time zone.
        sla_policy: With it, an SLA timer opens for each message whose category has a deadline.

    Returns:
        Enriched records keyed by customer, the opt-out/opt-in requests, ambiguous
        opt-outs for review and escalation events they call for, help replies, and
        dead letters for what could not be read or triaged.
    """
    out = EnrichOutput(dead=dead_letters_for_undecodable(items, now))
    good = [(v, original, src) for v, original, src in items if isinstance(v, dict)]
    results = _triage_all([raw for raw, _, _ in good])
    for (raw, original, source), result in zip(good, results, strict=True):
        if isinstance(result, Exception):
            out.dead.append((source.key, records.dead_letter(
                original, source, "triage", result, now, message_id=raw["id"])))
            continue
        enriched = records.enriched_record(raw, result, _ingested(source, now), now, routes)
        key = records.customer_key(raw, default_calling_code)
        out.enriched.append((_key(key), enriched))
    # Emitted here, from the same triage result, rather than by agents reading the
    # enriched topic back: one hop less for an opt-out, and no second decode of
    # every enriched record.
    enriched_values = [rec for _, rec in out.enriched]
    out.optouts = optout_events(enriched_values, now, default_calling_code)
    out.escalations = escalation_events(enriched_values, now, default_calling_code)
    # Ambiguous opt-outs wait for a human, keyed like the list they may end up on.
    out.reviews = [(_key(_list_key(rec, default_calling_code)), rec)
                   for rec in enriched_values if rec["opt_out_review"]]
    if templates is not None:
        out.replies = [help_reply(rec, templates, now, default_calling_code)
                       for rec in enriched_values if rec["help"]]
        if acknowledge:
            out.candidates = [c for rec in enriched_values
                              if (c := acknowledgement(rec, templates, now, default_calling_code))]
    if zone is not None:
        out.answers = [(_key(key), answer)
                       for rec in enriched_values for key, answer in scores.answers(rec, zone)]
    if sla_policy is not None:
        out.timers = [t for rec in enriched_values if (t := sla.open_event(
            rec, sla_policy, records.customer_key(rec["message"], default_calling_code)))]
    return out


def acknowledgement(enriched: Record, templates: Templates, now: datetime,
                    default_calling_code: str = "") -> Outgoing | None:
    """The acknowledgement a triaged message calls for, keyed by the list key; None for none.

    Thanks for praise and ideas, an acknowledgement with a reference number for
    complaints and bug reports, answers-coming for questions. Opt-outs, opt-ins,
    HELP and ambiguous opt-outs have replies of their own (or none).
    """
    kind = replies.ACKNOWLEDGED.get(enriched["category"])
    if kind is None or any(enriched[flag] for flag in ("opt_out", "opt_in", "help", "opt_out_review")):
        return None
    raw = enriched["message"]
    _, record = reply(kind, raw["id"], records.normalize_address(raw["sender"], default_calling_code),
                      raw.get("receiving_line"), raw.get("tenant"), enriched["language"], templates, now,
                      ref=replies.reference(raw["id"]))
    return _key(_list_key(enriched, default_calling_code)), record


def decide_reply(candidate: Record, stored_state: bytes | None, last_sent_ms: int | None,
                 interval: timedelta) -> str:
    """``sent``, ``suppressed`` or ``rate_limited`` for an acknowledgement to an address.

    Acknowledgements are service messages: only an opt-out of everything blocks
    them (a marketing-only opt-out still gets them). At most one goes to an
    address per ``interval``; a replayed candidate finds its own send recorded
    and is not sent again.

    Raises:
        schemas.DecodeError: the stored suppression state cannot be read.
    """
    state = None
    if stored_state:
        state = suppression.from_record(schemas.decode("SuppressionState", stored_state))
    if suppression.blocks(state, "service"):
        return "suppressed"
    created_ms = int(candidate["created_at"].timestamp() * 1000)
    # Either side of the last send: a candidate made a little earlier on another worker
    # (clocks differ) is as recent as one made after it.
    if last_sent_ms is not None and abs(created_ms - last_sent_ms) < interval.total_seconds() * 1000:
        return "rate_limited"
    return "sent"


@dataclass(frozen=True)
class CustomerRules:
    """Settings of the per-customer steps around triage (see :mod:`pipeline.customers`)."""

    duplicate_window: timedelta = timedelta(minutes=5)
    multipart_wait: timedelta = timedelta(minutes=10)
    repeat: repeat_contacts.Policy = field(default_factory=repeat_contacts.Policy)


def enrich_batch_with_state(items: Sequence[tuple[Any, bytes | None, SourceRecord, Any]], now: datetime,
                            load: Callable[[str, Any], Record | None], rules: CustomerRules,
                            default_calling_code: str = "", templates: Templates | None = None,
                            routes: Routing | None = None, acknowledge: bool = False,
                            zone: ZoneInfo | None = None, sla_policy: sla.Policy | None = None,
                            ) -> tuple[EnrichOutput, dict[str, tuple[Record, Any]]]:
    """:func:`enrich_batch` with the per-customer state: hygiene before triage, repeat contacts after.

    Args:
        items: ``(decoded value, original bytes, source, token)`` per record; the
            token (the agent's event) is handed back with the state it concerns.
        now: Processing time.
        load: ``load(customer_key, token)`` returns the customer's stored
            ``CustomerState`` record or None; called once per customer per batch.
        rules: Duplicate window, multipart wait, repeat-contact policy.
        default_calling_code: For sender normalisation in keys.
        templates: Reply templates (help replies).
        routes: The category -> team mapping.
        acknowledge: Also the acknowledgement candidates.
        zone: Time zone of the NPS/CSAT windows (None: no survey answers).
        sla_policy: Deadlines of the SLA timers (None: no timers).

    Returns:
        The batch's outputs (repeat-contact escalations among the escalations,
        hygiene outcomes counted), and the customer states that changed, each
        with the token of the customer's last record in the batch.
    """
    states: dict[str, tuple[Record, Any]] = {}
    loaded: dict[str, Record | None] = {}
    admitted: list[tuple[Any, bytes | None, SourceRecord]] = []
    owner: dict[str, str] = {}
    outcomes: Counter[str] = Counter()
    for value, original, source, token in items:
        if not isinstance(value, dict):
            admitted.append((value, original, source))
            continue
        key = records.customer_key(value, default_calling_code)
        if key not in states:
            loaded[key] = load(key, token)
        current = states[key][0] if key in states else loaded[key]
        admission = customers.admit(current, value, now, duplicate_window=rules.duplicate_window,
                                    multipart_wait=rules.multipart_wait,
                                    default_calling_code=default_calling_code)
        states[key] = (admission.state, token)
        outcomes.update(admission.outcomes)
        for message in admission.messages:
            owner[message["id"]] = key
            admitted.append((message, original, source))
    out = enrich_batch(admitted, now, default_calling_code, templates, routes, acknowledge, zone, sla_policy)
    out.hygiene = outcomes
    for _, rec in out.enriched:
        key = owner[rec["message"]["id"]]
        state, token = states[key]
        state, linked = customers.observe_contact(state, rec, rules.repeat)
        states[key] = (state, token)
        if linked:
            out.escalations.append((_key(key), customers.repeat_contact_event(rec, linked, now)))
    changed = {k: v for k, v in states.items() if v[0] != (loaded[k] or customers.empty())}
    return out, changed


def _list_key(enriched: Record, default_calling_code: str) -> str:
    raw = enriched["message"]
    return records.suppression_key(records.normalize_address(raw["sender"], default_calling_code),
                                   raw.get("tenant"))


def reply(kind: str, source_message_id: str, to: str, from_line: str | None, tenant: str | None,
          language: str, templates: Templates, now: datetime, **values: str) -> Outgoing:
    """A ``ReplySuggestion`` keyed by its reply id (derived from the message it answers)."""
    reply_id = replies.reply_id(source_message_id, kind)
    return reply_id.encode(), {
        "reply_id": reply_id, "source_message_id": source_message_id, "to": to,
        "from_line": from_line, "tenant": tenant, "language": language, "kind": kind,
        "text": replies.render(templates, kind, language, **values), "created_at": now,
    }


def help_reply(enriched: Record, templates: Templates, now: datetime,
               default_calling_code: str = "") -> Outgoing:
    """The configured help reply to a HELP/INFO request, in the customer's language."""
    raw = enriched["message"]
    return reply("help", raw["id"], records.normalize_address(raw["sender"], default_calling_code),
                 raw.get("receiving_line"), raw.get("tenant"), enriched["language"], templates, now)


@dataclass(frozen=True)
class OptOutApplied:
    """What one opt-out/opt-in request does to the suppression list.

    Attributes:
        state: The ``SuppressionState`` record to store and publish (the whole
            state, even when the request changed nothing, so a replay after a
            crash still publishes it).
        changed: Whether the request changed any scope's entry.
        confirmation: The one confirmation to send, or None: only a change of what
            may be sent to the address is confirmed (see
            :func:`pipeline.suppression.confirmation_kind`).
    """

    state: Record
    changed: bool
    confirmation: Outgoing | None

    def encoded(self) -> bytes:
        """The state as stored in the table (framed Avro)."""
        return schemas.encode("SuppressionState", self.state)


def apply_stored_optout(stored: bytes | None, change: Record, templates: Templates | None,
                        now: datetime) -> OptOutApplied:
    """:func:`apply_optout` on a table's stored bytes.

    Raises:
        records.DecodeError: ``unreadable_state`` when the stored state cannot be
            read (the request is not applied to a guessed state), ``invalid_request``
            for an unknown action or scope.
    """
    try:
        previous = schemas.decode("SuppressionState", stored) if stored else None
    except schemas.DecodeError as exc:
        raise records.DecodeError("unreadable_state",
                                  f"stored state of {change['address']!r}: {exc}") from exc
    try:
        return apply_optout(previous, change, templates, now)
    except ValueError as exc:
        raise records.DecodeError("invalid_request", str(exc)) from exc


def apply_optout(stored: Record | None, change: Record, templates: Templates | None,
                 now: datetime) -> OptOutApplied:
    """Merge a request (``OptOutEvent``) into an address's stored ``SuppressionState``.

    Args:
        stored: The address's current state record, or None when it has none.
        change: The request.
        templates: Reply templates; None sends no confirmations.
        now: Time stamped on the confirmation.

    Raises:
        ValueError: the request's action or scope is unknown.
    """
    previous = suppression.from_record(stored)
    state = suppression.apply(previous, change)
    changed = previous is None or state["scopes"] != previous["scopes"]
    # An unchanged state keeps the change that made it (nothing stored is always a change).
    record = suppression.to_record(state, stored["last_change"] if stored and not changed else change)
    # Operators' changes (imported blacklists, corrections) are never announced to the customer.
    kind = (suppression.confirmation_kind(previous, state, change)
            if templates is not None and change["requested_by"] == "customer" else None)
    confirmation = None
    if kind:
        confirmation = reply(kind, change["source_message_id"], change["address"], change["receiving_line"],
                             change["tenant"], change["language"], templates or {}, now)
    return OptOutApplied(record, changed, confirmation)


def suppression_actions(states: Sequence[Record], index_prefix: str, now: datetime) -> list[IndexAction]:
    """Elasticsearch actions for published states: the address's document and the change's audit entry.

    The address's document (``<prefix>suppression``, ``_id`` = list key) is the
    current state; the audit entry (``<prefix>suppression-audit``, ``_id`` = the
    change's event id) records who changed what, when and why, and what the state
    became. Replays overwrite both by id.
    """
    stamp = records.iso(now)
    actions = []
    for state in states:
        key = records.suppression_key(state["address"], state["tenant"])
        current = suppression.from_record(state)
        scopes = suppression.suppressed_scopes(current)
        entries = {e["scope"]: {**e, "since": records.iso(e["since"]) if e["since"] else None,
                                "changed_at": records.iso(e["changed_at"])} for e in state["scopes"]}
        first = suppression.earliest(current)
        change = state["last_change"]
        actions.append(IndexAction(f"{index_prefix}suppression", key, {
            "key": key, "address": state["address"], "tenant": state["tenant"],
            "suppressed": state["suppressed"], "scopes": scopes,
            "since": records.iso(first["since"]) if first else None,
            "source_message_id": first["source_message_id"] if first else None,
            "requested_by": first["requested_by"] if first else None,
            "entries": entries, "updated_at": records.iso(state["updated_at"]), "indexed_at": stamp,
        }))
        actions.append(IndexAction(f"{index_prefix}suppression-audit", change["event_id"], {
            "event_id": change["event_id"], "key": key, "address": state["address"],
            "tenant": state["tenant"], "action": change["action"], "scope": change["scope"],
            "tier": change["tier"], "requested_by": change["requested_by"], "note": change.get("note"),
            "source_message_id": change["source_message_id"], "language": change["language"],
            "channel": change["channel"], "rules": [e["rule_id"] for e in change["evidence"]],
            "evidence": [e["span"] for e in change["evidence"]],
            "occurred_at": records.iso(change["occurred_at"]),
            "suppressed_after": state["suppressed"], "scopes_after": scopes, "indexed_at": stamp,
        }))
    return actions


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


def score_windows(items: Sequence[tuple[Any, Any]], load: Callable[[str, Any], Record | None],
                  ) -> tuple[dict[str, tuple[Record, Any]], int]:
    """Count a batch of ``(SurveyAnswer, token)`` into their windows.

    Args:
        items: Decoded answers with the token (the agent's event) each came with.
        load: ``load(window_key, token)`` returns the stored ``ScoreWindowState`` or
            None; called once per window per batch.

    Returns:
        The windows that changed, each with the token of its last answer in the
        batch, and how many answers were replays already counted.
    """
    windows: dict[str, tuple[Record | None, Any]] = {}
    changed: set[str] = set()
    replays = 0
    for answer, token in items:
        key = answer["window"]
        state = windows[key][0] if key in windows else load(key, token)
        state, counted = scores.count(state, answer)
        windows[key] = (state, token)
        if counted:
            changed.add(key)
        else:
            replays += 1
    return {k: (s, t) for k, (s, t) in windows.items() if k in changed and s is not None}, replays


def decide_replies(items: Sequence[tuple[str, Record, Any]],
                   load: Callable[[str, Any], tuple[bytes | None, int | None]], interval: timedelta,
                   ) -> tuple[list[tuple[Record, str, Any]], dict[str, tuple[int, Any]]]:
    """:func:`decide_reply` for a batch of ``(address key, candidate, token)``, in order.

    Args:
        items: Candidates with their list key and the token (the agent's event).
        load: ``load(key, token)`` returns the address's stored suppression state
            and the time of its last acknowledgement (ms); called once per address.
        interval: At most one acknowledgement per address in this interval.

    Returns:
        ``(candidate, outcome, token)`` per item (outcome ``unreadable_state`` when
        the stored suppression state cannot be read), and the new last-sent time
        per address that got one, with the token of its last candidate.
    """
    known: dict[str, tuple[bytes | None, int | None]] = {}
    sent: dict[str, tuple[int, Any]] = {}
    out: list[tuple[Record, str, Any]] = []
    for key, candidate, token in items:
        if key not in known:
            known[key] = load(key, token)
        state, last_ms = known[key]
        try:
            outcome = decide_reply(candidate, state, last_ms, interval)
        except schemas.DecodeError:
            outcome = "unreadable_state"
        if outcome == "sent":
            sent_ms = int(candidate["created_at"].timestamp() * 1000)
            known[key] = (state, sent_ms)
            sent[key] = (sent_ms, token)
        out.append((candidate, outcome, token))
    return out, sent
