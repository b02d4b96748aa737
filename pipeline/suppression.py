"""The suppression list's state per address: merging opt-out/opt-in changes, per scope (pure).

A sender's state keeps one entry per scope (``all``, ``marketing``, ``surveys``),
so a later change to one scope never loses another (the compacted topic keeps
only the latest value per key, and that value is the whole merged state). Each
entry records when the suppression began, when it last changed, the message or
operator that changed it, how it was recognised and the evidence.

Changes are applied last-writer-wins by the time they occurred, per scope, so a
replayed or late change never undoes a newer one, and applying the same change
twice gives the same state (at-least-once delivery replays).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

SCOPES = ("all", "marketing", "surveys")
#: What a message kind is blocked by: a marketing-only opt-out still lets service replies through.
BLOCKED_BY = {
    "marketing": ("all", "marketing"),
    "surveys": ("all", "surveys"),
    "service": ("all",),
}
State = dict[str, Any]


def empty(address: str, tenant: str | None) -> State:
    """A state with no scope suppressed."""
    return {"address": address, "tenant": tenant, "scopes": dict.fromkeys(SCOPES), "updated_at": None}


def _entry(change: Mapping[str, Any], suppressed: bool, since: datetime | None) -> dict[str, Any]:
    return {
        "suppressed": suppressed,
        "since": since,
        "changed_at": change["occurred_at"],
        "source_message_id": change["source_message_id"],
        "requested_by": change.get("requested_by") or "customer",
        "tier": change.get("tier"),
        "evidence": list(change.get("evidence") or []),
    }


def _newer(entry: Mapping[str, Any] | None, change: Mapping[str, Any]) -> bool:
    """Whether ``change`` may overwrite ``entry`` (not older; equal times: a different source wins)."""
    if entry is None:
        return True
    if change["occurred_at"] != entry["changed_at"]:
        return bool(change["occurred_at"] > entry["changed_at"])
    return True


def apply(state: Mapping[str, Any] | None, change: Mapping[str, Any]) -> State:
    """The state after ``change`` (an OptOutEvent-shaped mapping); ``state`` is not modified.

    An opt-out suppresses its scope (``since`` stays the first time it began).
    An opt-in lifts its scope; lifting ``all`` lifts every scope, and lifting one
    scope out of an ``all`` keeps the other scopes suppressed.

    Raises:
        ValueError: on an unknown action or scope.
    """
    action, scope = change["action"], change.get("scope") or "all"
    if action not in ("opt_out", "opt_in"):
        raise ValueError(f"unknown action {action!r}")
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}")
    new: State = dict(state) if state else empty(change["address"], change.get("tenant"))
    scopes = dict(new["scopes"])
    if action == "opt_out":
        current = scopes[scope]
        if _newer(current, change):
            since = current["since"] if current and current["suppressed"] else change["occurred_at"]
            scopes[scope] = _entry(change, True, since)
    else:
        lifted: tuple[str, ...] = SCOPES if scope == "all" else (scope,)
        everything = scopes["all"]
        if scope != "all" and everything and everything["suppressed"] and _newer(everything, change):
            # Out of "stop everything", only this scope comes back: the others stay
            # suppressed, since when everything was.
            for other in SCOPES[1:]:
                if other != scope and not (scopes[other] and scopes[other]["suppressed"]):
                    scopes[other] = dict(everything)
            lifted = ("all", scope)
        for s in lifted:
            # Scopes never suppressed stay empty; the requested one records the opt-in.
            if (scopes[s] is not None or s == scope) and _newer(scopes[s], change):
                scopes[s] = _entry(change, False, None)
    new["scopes"] = scopes
    times = [e["changed_at"] for e in scopes.values() if e]
    new["updated_at"] = max(times) if times else None
    return new


def suppressed_scopes(state: Mapping[str, Any] | None) -> list[str]:
    """The scopes currently suppressed, in :data:`SCOPES` order."""
    if not state:
        return []
    return [s for s in SCOPES if (state["scopes"].get(s) or {}).get("suppressed")]


def blocks(state: Mapping[str, Any] | None, kind: str) -> bool:
    """Whether a message of ``kind`` (marketing, surveys or service) may not go to this address."""
    return bool(set(suppressed_scopes(state)) & set(BLOCKED_BY[kind]))


def earliest(state: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """The entry of the suppressed scope that has been suppressed longest (None when none is)."""
    scopes = suppressed_scopes(state)
    if not state or not scopes:
        return None
    return min((state["scopes"][s] for s in scopes), key=lambda e: e["since"])


def summary(address: str, state: Mapping[str, Any] | None) -> dict[str, Any]:
    """What ``seda suppression check`` prints: suppressed or not, the scopes, since when, and why.

    ``since`` and ``source_message_id`` come from the earliest suppressed scope.
    """
    scopes = suppressed_scopes(state)
    first = earliest(state)
    since = first["since"] if first else None
    return {
        "address": address,
        "suppressed": bool(scopes),
        "scopes": scopes,
        "since": since.isoformat() if isinstance(since, datetime) else since,
        "source_message_id": first["source_message_id"] if first else None,
    }


def to_record(state: Mapping[str, Any], last_change: Mapping[str, Any]) -> dict[str, Any]:
    """The ``SuppressionState`` record (Avro) of a state and the change that produced it."""
    entries = [{"scope": s, **{k: v for k, v in e.items()}} for s in SCOPES if (e := state["scopes"][s])]
    return {
        "address": state["address"],
        "tenant": state["tenant"],
        "suppressed": bool(suppressed_scopes(state)),
        "scopes": entries,
        "last_change": dict(last_change),
        "updated_at": state["updated_at"],
    }


def from_record(record: Mapping[str, Any] | None) -> State | None:
    """A state back from its ``SuppressionState`` record (None stays None)."""
    if record is None:
        return None
    scopes: dict[str, Any] = dict.fromkeys(SCOPES)
    for entry in record["scopes"]:
        scopes[entry["scope"]] = {k: v for k, v in entry.items() if k != "scope"}
    return {"address": record["address"], "tenant": record["tenant"], "scopes": scopes,
            "updated_at": record["updated_at"]}


def _effective(state: Mapping[str, Any] | None, scope: str) -> bool:
    """Whether ``scope`` is blocked, directly or by ``all``."""
    suppressed = suppressed_scopes(state)
    return scope in suppressed or "all" in suppressed


def confirmation_kind(previous: Mapping[str, Any] | None, new: Mapping[str, Any],
                      change: Mapping[str, Any]) -> str | None:
    """The confirmation a change calls for: ``optout_confirmation``, ``optin_confirmation`` or None.

    Only a change of what may be sent is confirmed: a second STOP from an address
    that is already suppressed gets no message (it asked for none), and a replayed
    change leaves the state as it was, so it is never confirmed twice.
    """
    scope = change.get("scope") or "all"
    if change["action"] == "opt_out":
        return "optout_confirmation" if not _effective(previous, scope) and _effective(new, scope) else None
    if scope == "all":
        lifted = bool(suppressed_scopes(previous)) and not suppressed_scopes(new)
    else:
        lifted = _effective(previous, scope) and not _effective(new, scope)
    return "optin_confirmation" if lifted else None


def operator_change(address: str, action: str, *, by: str, at: datetime, scope: str = "all",
                    tenant: str | None = None, note: str | None = None) -> dict[str, Any]:
    """An ``OptOutEvent`` for a manual change (``seda suppression add|remove|import``).

    ``address`` must already be normalised. Operator changes are audited like a
    customer's (who, when, why) but never confirmed to the customer.

    Raises:
        ValueError: empty address or operator name, unknown action or scope.
    """
    if not address:
        raise ValueError("empty address")
    if not by.strip():
        raise ValueError("the operator's name is required (--by)")
    if action not in ("opt_out", "opt_in"):
        raise ValueError(f"unknown action {action!r}")
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r} (one of {', '.join(SCOPES)})")
    stamp = at.isoformat()
    event_id = "op-" + hashlib.sha256(
        "\x1f".join((address, tenant or "", action, scope, by, stamp)).encode()).hexdigest()[:24]
    return {
        "event_id": event_id, "action": action, "address": address, "tenant": tenant, "scope": scope,
        "tier": "operator", "language": "und", "channel": "operator", "receiving_line": None,
        "customer_id": None, "source_message_id": event_id, "evidence": [],
        "requested_by": f"operator:{by.strip()}", "ingested_at": None, "note": note, "occurred_at": at,
        "emitted_at": at,
    }


#: Columns of ``seda suppression import`` (address required) and ``export``.
IMPORT_COLUMNS = ("address", "scope", "tenant", "since", "note")
EXPORT_COLUMNS = ("address", "tenant", "scopes", "since", "source_message_id", "requested_by", "tier")


def parse_import(rows: Iterable[Mapping[str, str | None]], normalize: Callable[[str], str], *, by: str,
                 at: datetime, tenant: str | None = None) -> tuple[list[dict[str, Any]], list[str]]:
    """Opt-out requests for the rows of a blacklist CSV, and one error per row that cannot be used.

    Columns: ``address`` (required), ``scope`` (default all), ``tenant`` (default
    ``tenant``), ``since`` (ISO-8601, when the address opted out; default ``at``),
    ``note``. Row numbers in errors count the header as line 1.
    """
    changes, errors = [], []
    for line, row in enumerate(rows, start=2):
        unknown = sorted(k for k in row if k is not None and k not in IMPORT_COLUMNS)
        if unknown:
            errors.append(f"line {line}: unknown column(s) {unknown}")
            continue
        cell = {k: (v or "").strip() for k, v in row.items() if k is not None}
        try:
            since = datetime.fromisoformat(cell["since"]) if cell.get("since") else at
            if since.tzinfo is None:
                raise ValueError(f"since {cell['since']!r} has no time zone")
            address = normalize(cell["address"]) if cell.get("address") else ""
            changes.append(operator_change(address, "opt_out", by=by, at=since,
                                           scope=cell.get("scope") or "all",
                                           tenant=cell.get("tenant") or tenant,
                                           note=cell.get("note") or None))
        except ValueError as exc:
            errors.append(f"line {line}: {exc}")
    return changes, errors


def export_row(state: Mapping[str, Any]) -> dict[str, str]:
    """One ``seda suppression export`` row of a ``SuppressionState`` record."""
    current = from_record(state)
    scopes = suppressed_scopes(current)
    first = earliest(current)
    return {
        "address": state["address"], "tenant": state["tenant"] or "", "scopes": " ".join(scopes),
        "since": first["since"].isoformat() if first else "",
        "source_message_id": first["source_message_id"] if first else "",
        "requested_by": first["requested_by"] if first else "",
        "tier": (first["tier"] or "") if first else "",
    }
