"""Per-customer stream state around triage: inbound hygiene before it, repeat contacts after it (pure).

The enrich agent keeps one ``CustomerState`` record per customer (Avro, in a
changelogged table) and calls:

- :func:`admit` for every raw message, before triage: a duplicate delivery (same
  sender and text within the window, another id) is dropped; a part of a
  multipart SMS is held until every part is in, then the whole message goes on;
  parts still incomplete after the wait go on as they are, marked
  ``parts_missing``.
- :func:`observe_contact` for every triaged message: the ``count``-th complaint,
  bug report or question within the window raises one ``repeat_contact``
  escalation linking the earlier message ids.

The rules themselves live in :mod:`pipeline.hygiene` and
:mod:`pipeline.repeat_contacts`; this module converts between their plain
state and the Avro record, which is what survives a restart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from pipeline import hygiene, records, repeat_contacts

Record = dict[str, Any]
OUTCOMES = ("duplicate", "part_held", "reassembled", "released_incomplete")


def empty() -> Record:
    """A customer nothing is remembered about."""
    return {"seen": [], "pending_parts": [], "contacts": [], "repeat_fired_at": None}


@dataclass
class Admission:
    """What :func:`admit` decided for one raw message.

    Attributes:
        state: The customer's state afterwards.
        messages: Messages to triage now: the message itself, a reassembled
            multipart message, and/or messages whose missing parts waited too long.
        outcomes: Hygiene outcomes to count (see :data:`OUTCOMES`).
    """

    state: Record
    messages: list[Record] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)


def _pending_as_hygiene(entry: Mapping[str, Any]) -> dict[str, Any]:
    return {"total": entry["total"], "first_seen": entry["first_seen"],
            "parts": {str(p["number"]): {"id": p["message"]["id"], "text": p["message"]["text"],
                                         "record": p["message"]} for p in entry["parts"]}}


def _pending_record(key: str, held: Mapping[str, Any]) -> Record:
    return {"key": key, "total": held["total"], "first_seen": held["first_seen"],
            "parts": [{"number": int(n), "message": p["record"]}
                      for n, p in sorted(held["parts"].items(), key=lambda kv: int(kv[0]))]}


def admit(state: Mapping[str, Any] | None, raw: Record, now: datetime, *, duplicate_window: timedelta,
          multipart_wait: timedelta, default_calling_code: str = "") -> Admission:
    """Apply inbound hygiene to one raw message; see the module docstring.

    A record seen again under its own id (an at-least-once replay) is not a
    duplicate: it is triaged again, and its outputs overwrite by id.
    """
    current: Record = dict(state) if state else empty()
    out = Admission(current)
    sender = records.normalize_address(raw["sender"], default_calling_code)
    pending: list[Record] = []
    for entry in current["pending_parts"]:
        whole = hygiene.expired(_pending_as_hygiene(entry), now, multipart_wait)
        if whole is None:
            pending.append(entry)
        else:
            out.messages.append(whole)
            out.outcomes.append("released_incomplete")
    current["pending_parts"] = pending
    part = hygiene.part_of(raw)
    candidate: Record | None = raw
    if part is not None:
        key = hygiene.parts_key(sender, part)
        entry = next((e for e in pending if e["key"] == key), None)
        if entry is not None and any(p["number"] == part.number for p in entry["parts"]):
            out.outcomes.append("duplicate")
            return out
        kept, candidate = hygiene.add_part(_pending_as_hygiene(entry) if entry else None, raw, part, now)
        current["pending_parts"] = [e for e in pending if e["key"] != key]
        if kept is not None:
            current["pending_parts"].append(_pending_record(key, kept))
            out.outcomes.append("part_held")
            return out
        out.outcomes.append("reassembled")
    assert candidate is not None
    received = candidate["received_at"]
    dup_key = hygiene.duplicate_key(sender, candidate["text"])
    newest = max([received, *(s["at"] for s in current["seen"])])
    seen = [s for s in current["seen"] if s["at"] >= newest - duplicate_window]
    earlier = next((s for s in seen if s["key"] == dup_key), None)
    if (earlier is not None and earlier["message_id"] != candidate["id"]
            and hygiene.is_duplicate(earlier["at"], received, duplicate_window)):
        current["seen"] = seen
        out.outcomes.append("duplicate")
        return out
    if earlier is None:
        seen.append({"key": dup_key, "message_id": candidate["id"], "at": received})
    current["seen"] = seen
    out.messages.append(candidate)
    return out


def observe_contact(state: Mapping[str, Any] | None, enriched: Mapping[str, Any],
                    policy: repeat_contacts.Policy) -> tuple[Record, list[str] | None]:
    """Count a triaged message; return the new state and, when it escalates, the linked message ids."""
    current: Record = dict(state) if state else empty()
    raw = enriched["message"]
    plain = {"contacts": [[c["at"], c["message_id"]] for c in current["contacts"]],
             "fired_at": current["repeat_fired_at"]}
    new, linked = repeat_contacts.observe(plain, raw["id"], enriched["category"], raw["received_at"], policy)
    current["contacts"] = [{"message_id": mid, "at": at} for at, mid in new["contacts"]]
    current["repeat_fired_at"] = new["fired_at"]
    return current, linked


def repeat_contact_event(enriched: Mapping[str, Any], linked: list[str], created_at: datetime) -> Record:
    """The ``EscalationEvent`` (reason ``repeat_contact``) for the message that completed a run."""
    own = enriched["message"]["id"]
    return records.escalation_record(enriched, ["repeat_contact"], created_at,
                                     related_message_ids=[m for m in linked if m != own])
