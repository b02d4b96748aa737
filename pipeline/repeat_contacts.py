"""Repeat contacts: N messages of a needy kind from one customer within T, across channels (pure).

Per customer the state is the recent contacts (time, message id) and when the
last ``repeat_contact`` escalation fired. The third complaint in a day escalates
once; a fourth in the same window does not escalate again; once the window has
moved past the escalated contacts, a new run of N can escalate again. State is a
plain dict, for a changelogged table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

#: Categories that count as a customer needing an answer.
COUNTED = frozenset({"complaint", "bug_report", "question"})


@dataclass(frozen=True)
class Policy:
    """``count`` contacts within ``window`` escalate (defaults: 3 in 24 hours)."""

    count: int = 3
    window: timedelta = timedelta(hours=24)

    def __post_init__(self) -> None:
        if self.count < 2:
            raise ValueError("a repeat needs at least 2 contacts")
        if self.window <= timedelta(0):
            raise ValueError("the window must be positive")


def observe(state: Mapping[str, Any] | None, message_id: str, category: str, at: datetime,
            policy: Policy) -> tuple[dict[str, Any], list[str] | None]:
    """Add one message; return ``(new state, linked message ids)`` — ids only when it escalates.

    Messages of other categories leave the state as it is. A message already
    counted (a replay) changes nothing. The linked ids are the window's
    contacts, oldest first, ending with this one.
    """
    contacts: list[list[Any]] = [list(c) for c in (state or {}).get("contacts", [])]
    fired_at = (state or {}).get("fired_at")
    new = {"contacts": contacts, "fired_at": fired_at}
    if category not in COUNTED or any(c[1] == message_id for c in contacts):
        return new, None
    contacts.append([at, message_id])
    contacts.sort(key=lambda c: c[0])
    since = at - policy.window
    contacts[:] = [c for c in contacts if c[0] > since]
    if len(contacts) < policy.count:
        return new, None
    # One escalation per window: not again while contacts it covered are still in it.
    if fired_at is not None and fired_at > since:
        return new, None
    new["fired_at"] = at
    return new, [c[1] for c in contacts]
