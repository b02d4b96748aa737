"""Operators' corrections of triaged messages: checks, document fix, opt-out fix, training rows (pure).

A ``Correction`` names a message and the labels that were wrong. Applied to the
message's indexed document it sets the corrected labels, marks the document
``corrected`` (who, when, why) and keeps the labels triage gave under
``original_labels``. A corrected ``opt_out`` also changes the suppression list,
as an operator's change (audited, never announced to the customer).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from pipeline import records, suppression
from pipeline.triage.types import CATEGORIES, LANGUAGES, SENTIMENTS, SEVERITIES

Record = dict[str, Any]
#: Labels a correction may change, with their allowed values (None: a boolean).
FIELDS: dict[str, tuple[str, ...] | None] = {
    "language": LANGUAGES, "category": CATEGORIES, "bug_severity": SEVERITIES, "sentiment": SENTIMENTS,
    "escalate": None, "opt_out": None,
}


def make(message_id: str, *, by: str, reason: str, at: datetime, **changes: Any) -> Record:
    """A ``Correction`` record, checked.

    Raises:
        ValueError: no message id, operator or reason; nothing to change; an
            unknown field or a value outside the field's labels.
    """
    if not message_id.strip():
        raise ValueError("the message id is required")
    if not by.strip() or not reason.strip():
        raise ValueError("who corrects (--by) and why (--reason) are required")
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise ValueError(f"cannot correct {unknown}; one of {sorted(FIELDS)}")
    given = {k: v for k, v in changes.items() if v is not None}
    if not given:
        raise ValueError("nothing to correct: give at least one label")
    for name, value in given.items():
        allowed = FIELDS[name]
        if allowed is None and not isinstance(value, bool):
            raise ValueError(f"{name} must be true or false")
        if allowed is not None and value not in allowed:
            raise ValueError(f"{name}={value!r}: one of {', '.join(allowed)}")
    return {
        "correction_id": records.stable_id("correction", message_id, by.strip(), at.isoformat()),
        "message_id": message_id, "corrected_by": by.strip(), "reason": reason.strip(), "corrected_at": at,
        **{name: given.get(name) for name in FIELDS},
    }


def document_update(document: Mapping[str, Any], correction: Mapping[str, Any]) -> Record:
    """The partial update of an indexed message document for a correction.

    ``original_labels`` keeps what triage said the first time: a second
    correction of the same field does not overwrite it.
    """
    changed = {name: correction[name] for name in FIELDS if correction.get(name) is not None}
    original = dict(document.get("original_labels") or {})
    for name in changed:
        original.setdefault(name, document.get(name))
    return {**changed, "corrected": True, "corrected_by": correction["corrected_by"],
            "corrected_at": records.iso(correction["corrected_at"]),
            "correction_reason": correction["reason"], "original_labels": original}


def suppression_change(document: Mapping[str, Any],
                       correction: Mapping[str, Any]) -> tuple[str, Record] | None:
    """``(list key, OptOutEvent)`` when a correction changes the opt-out, else None.

    ``opt_out: false`` on a message whose opt-out was applied lifts the scope it
    suppressed; ``opt_out: true`` on one that was missed suppresses (scope
    ``all`` unless triage named one). The change is the operator's, with the
    correction's reason as its note.
    """
    wanted = correction.get("opt_out")
    if wanted is None or bool(document.get("opt_out")) == wanted:
        return None
    change = suppression.operator_change(
        document["sender_normalized"], "opt_out" if wanted else "opt_in", by=correction["corrected_by"],
        at=correction["corrected_at"], scope=document.get("opt_out_scope") or "all",
        tenant=document.get("tenant"),
        note=f"correction {correction['correction_id']} of {correction['message_id']}: "
             f"{correction['reason']}")
    return records.suppression_key(change["address"], change["tenant"]), change


#: Columns of an exported training row (the corpus's own field names where they exist).
EXPORT_FIELDS = ("id", "text", "channel", "language", "category", "severity", "sentiment", "opt_out",
                 "escalate", "corrected_by", "reason", "corrected_at")


def training_rows(documents: Mapping[str, Mapping[str, Any]],
                  corrections: Sequence[Mapping[str, Any]]) -> list[Record]:
    """One row per corrected message, every correction of it applied in order; unknown messages skipped."""
    merged: dict[str, Record] = {}
    for c in corrections:
        doc = documents.get(c["message_id"])
        if doc is None:
            continue
        row = merged.get(c["message_id"]) or {
            "id": c["message_id"], "text": doc["text"], "channel": doc["channel"],
            "language": doc["language"], "category": doc["category"], "severity": doc.get("bug_severity"),
            "sentiment": doc["sentiment"], "opt_out": doc["opt_out"], "escalate": doc["escalate"]}
        for name in FIELDS:
            if c.get(name) is not None:
                row["severity" if name == "bug_severity" else name] = c[name]
        row.update(corrected_by=c["corrected_by"], reason=c["reason"],
                   corrected_at=records.iso(c["corrected_at"]))
        merged[c["message_id"]] = row
    return list(merged.values())
