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

from collections.abc import Mapping
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


def summary(address: str, state: Mapping[str, Any] | None) -> dict[str, Any]:
    """What ``seda suppression check`` prints: suppressed or not, the scopes, since when, and why.

    ``since`` and ``source_message_id`` come from the earliest suppressed scope.
    """
    scopes = suppressed_scopes(state)
    first: Mapping[str, Any] | None = None
    if state and scopes:
        first = min((state["scopes"][s] for s in scopes), key=lambda e: e["since"])
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
