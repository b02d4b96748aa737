"""SLA timers: a deadline for the first human response to complaints, bug reports and questions (pure).

A message whose category has a deadline in the policy opens a timer (an ``open``
event from triage); the deadline is counted in business hours of the policy's
calendar (Asia/Tehran with Friday off by default), and an escalated message gets
the shorter ``escalated`` deadline. A human response (``close``, forwarded from
``seda.responses``) stops it. A worker's periodic scan asks for a ``check`` of
every timer whose deadline or retention has passed; the check is what breaches:
an open timer past its deadline becomes ``breached`` and yields exactly one
``EscalationEvent`` with reason ``sla_breach`` (its id derived from the message,
so a replay repeats the same id). Timers are kept for the retention after they
end, so that events arriving late (a response before its message's open, a
replayed open) find them, then deleted.

Timer keys are the message id, tenant-prefixed: responses name the message they
answer, not the customer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from pipeline import records
from pipeline.business_hours import Calendar
from pipeline.triage.types import CATEGORIES, SEVERITIES

Record = dict[str, Any]
Outgoing = tuple[bytes | None, Record]

KINDS = ("open", "close", "check")
STATUSES = ("open", "breached", "closed")
#: What one event did to a timer (the ``outcome`` label of the agent's metrics).
OUTCOMES = ("opened", "answered", "answered_late", "answered_first", "breached", "expired", "unchanged")
#: Copied from an ``open`` event onto the timer.
_OPEN_FIELDS = ("customer_key", "customer_id", "sender", "channel", "language", "category", "bug_severity",
                "escalated", "rule", "due_at")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([hms])\s*$")
_UNIT = {"h": 3600.0, "m": 60.0, "s": 1.0}


class SlaPolicyError(ValueError):
    """An SLA policy file that cannot be used, with the reason."""


def parse_duration(text: str) -> timedelta:
    """``"8h"``, ``"90m"`` or ``"30s"`` as a positive timedelta.

    Raises:
        SlaPolicyError: anything else.
    """
    match = _DURATION.match(str(text))
    if not match or float(match.group(1)) <= 0:
        raise SlaPolicyError(f"{text!r}: a positive duration such as 8h, 90m or 30s")
    return timedelta(seconds=float(match.group(1)) * _UNIT[match.group(2)])


@dataclass(frozen=True)
class Policy:
    """Deadlines per rule (``complaint``, ``bug_report.critical``, ...), the calendar and the retention."""

    deadlines: Mapping[str, timedelta]
    escalated: timedelta | None
    #: None counts every hour (a desk that never closes).
    calendar: Calendar | None
    retention: timedelta

    @classmethod
    def load(cls, path: Path, default_zone: str) -> Policy:
        """Read and check a policy file (see ``deploy/sla/policy.json``).

        Raises:
            SlaPolicyError: unreadable, an unknown category or severity, a bug
                deadline missing a severity, a bad duration or calendar.
        """
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls.from_dict(data, default_zone)
        except SlaPolicyError as exc:
            raise SlaPolicyError(f"{path}: {exc}") from exc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise SlaPolicyError(f"{path}: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], default_zone: str) -> Policy:
        """Build from the decoded JSON of a policy file.

        Raises:
            SlaPolicyError: see :meth:`load`.
        """
        deadlines: dict[str, timedelta] = {}
        for category, value in dict(data["deadlines"]).items():
            if category not in CATEGORIES:
                raise SlaPolicyError(f"unknown category {category!r} in deadlines")
            if isinstance(value, Mapping):
                if category != "bug_report":
                    raise SlaPolicyError(f"{category}: only bug_report deadlines depend on severity")
                missing = [s for s in SEVERITIES if s not in value]
                unknown = sorted(set(value) - set(SEVERITIES))
                if missing or unknown:
                    raise SlaPolicyError(f"bug_report deadlines: missing severities {missing}, "
                                         f"unknown {unknown}")
                deadlines.update({f"bug_report.{s}": parse_duration(value[s]) for s in SEVERITIES})
            else:
                deadlines[category] = parse_duration(value)
        escalated = parse_duration(data["escalated"]) if data.get("escalated") else None
        hours = data.get("business_hours")
        calendar = None
        if hours is not None:
            try:
                calendar = Calendar.of(hours.get("time_zone") or default_zone, hours.get("weekend", "iran"),
                                       hours.get("opens", "08:00"), hours.get("closes", "17:00"),
                                       [date.fromisoformat(d) for d in hours.get("holidays", [])])
            except (ValueError, KeyError) as exc:
                raise SlaPolicyError(f"business_hours: {exc}") from exc
        return cls(deadlines, escalated, calendar, parse_duration(data.get("retention", "168h")))

    def rule(self, category: str, bug_severity: str | None, escalated: bool) -> tuple[str, timedelta] | None:
        """The rule and working-time deadline for a message, or None when its category has none."""
        key = f"bug_report.{bug_severity or 'major'}" if category == "bug_report" else category
        found = self.deadlines.get(key)
        if found is None:
            return None
        if escalated and self.escalated is not None and self.escalated < found:
            return "escalated", self.escalated
        return key, found

    def due(self, start: datetime, duration: timedelta) -> datetime:
        """``duration`` of working time after ``start`` (plain time without a calendar)."""
        return self.calendar.add(start, duration) if self.calendar else start + duration


def timer_key(message_id: str, tenant: str | None) -> str:
    """Key of a message's timer: the message id, tenant-prefixed when a tenant is set."""
    return records.suppression_key(message_id, tenant)


def _key(text: str) -> bytes:
    return text.encode("utf-8")


def open_event(enriched: Mapping[str, Any], policy: Policy, customer_key: str) -> Outgoing | None:
    """The ``open`` event for an enriched message whose category has a deadline, else None.

    The clock starts when Seda received the message (``ingested_at``).
    """
    category = enriched["category"]
    if category not in {c.split(".")[0] for c in policy.deadlines}:
        return None
    found = policy.rule(category, enriched.get("bug_severity"), bool(enriched["escalate"]))
    if found is None:
        return None
    rule, duration = found
    raw = enriched["message"]
    start = enriched["ingested_at"]
    return _key(timer_key(raw["id"], raw.get("tenant"))), {
        "kind": "open", "message_id": raw["id"], "tenant": raw.get("tenant"), "at": start,
        "customer_key": customer_key, "customer_id": raw.get("customer_id"), "sender": raw["sender"],
        "channel": raw["channel"], "language": enriched["language"], "category": category,
        "bug_severity": enriched.get("bug_severity"), "escalated": bool(enriched["escalate"]),
        "rule": rule, "due_at": policy.due(start, duration),
        "response_id": None, "responder": None,
    }


def close_event(response: Mapping[str, Any]) -> Outgoing:
    """The ``close`` event for a human response (a ``HumanResponse`` record)."""
    return _key(timer_key(response["message_id"], response.get("tenant"))), {
        **_blank("close", response["message_id"], response.get("tenant"), response["responded_at"]),
        "response_id": response["response_id"], "responder": response["responder"],
    }


def check_event(timer: Mapping[str, Any], now: datetime) -> Outgoing:
    """A ``check`` event for a stored timer: its owner looks at it again at ``now``."""
    return (_key(timer_key(timer["message_id"], timer.get("tenant"))),
            _blank("check", timer["message_id"], timer.get("tenant"), now))


def _blank(kind: str, message_id: str, tenant: str | None, at: datetime) -> Record:
    return {"kind": kind, "message_id": message_id, "tenant": tenant, "at": at,
            **{f: None for f in _OPEN_FIELDS}, "escalated": False, "response_id": None, "responder": None}


@dataclass(frozen=True)
class Step:
    """What one event did: the timer after it (None: delete it), an escalation to send, the outcome."""

    timer: Record | None
    outcome: str
    escalation: Outgoing | None = None
    #: Seconds from the message to its first response, when this event answered it.
    response_seconds: float | None = None

    @property
    def changed(self) -> bool:
        """Whether the stored timer must be written (or deleted)."""
        return self.outcome != "unchanged"


def step(timer: Record | None, event: Mapping[str, Any], now: datetime, retention: timedelta) -> Step:
    """Apply one ``open``, ``close`` or ``check`` event to a message's stored timer (None: none yet).

    Replays change nothing: an open for a known timer, a close for an answered
    one, a check for a timer not yet due or already breached.

    Raises:
        ValueError: an unknown event kind.
    """
    kind = event["kind"]
    if kind == "open":
        return _open(timer, event)
    if kind == "close":
        return _close(timer, event)
    if kind == "check":
        return _check(timer, now, retention)
    raise ValueError(f"unknown SLA event kind {kind!r}")


def _open(timer: Record | None, event: Mapping[str, Any]) -> Step:
    if timer is not None and timer["opened_at"] is not None:
        return Step(timer, "unchanged")
    opened = {"message_id": event["message_id"], "tenant": event.get("tenant"), "opened_at": event["at"],
              **{f: event[f] for f in _OPEN_FIELDS}}
    if timer is None:
        return Step({**opened, "status": "open", "breached_at": None, "closed_at": None,
                     "response_id": None}, "opened")
    # The response was here first: the message is answered already; no clock runs.
    closed = {**timer, **opened}
    return Step(closed, "answered_late" if closed["closed_at"] > closed["due_at"] else "answered",
                response_seconds=_seconds(closed["opened_at"], closed["closed_at"]))


def _close(timer: Record | None, event: Mapping[str, Any]) -> Step:
    if timer is not None and timer["status"] == "closed":
        return Step(timer, "unchanged")
    answer = {"status": "closed", "closed_at": event["at"], "response_id": event["response_id"]}
    if timer is None:
        return Step({"message_id": event["message_id"], "tenant": event.get("tenant"), "opened_at": None,
                     **{f: None for f in _OPEN_FIELDS}, "escalated": False, "breached_at": None, **answer},
                    "answered_first")
    late = timer["status"] == "breached" or event["at"] > timer["due_at"]
    return Step({**timer, **answer}, "answered_late" if late else "answered",
                response_seconds=_seconds(timer["opened_at"], event["at"]))


def _check(timer: Record | None, now: datetime, retention: timedelta) -> Step:
    if timer is None:
        return Step(None, "unchanged")
    if timer["status"] == "open" and now >= timer["due_at"]:
        breached = {**timer, "status": "breached", "breached_at": now}
        return Step(breached, "breached", escalation=breach_escalation(breached, now))
    if expired(timer, now, retention):
        return Step(None, "expired")
    return Step(timer, "unchanged")


def _seconds(start: datetime, end: datetime) -> float:
    return max(0.0, (end - start).total_seconds())


def expired(timer: Mapping[str, Any], now: datetime, retention: timedelta) -> bool:
    """Whether an ended timer (answered, or breached and unanswered) has been kept long enough."""
    if timer["status"] == "closed":
        return bool(timer["closed_at"] + retention <= now)
    if timer["status"] == "breached":
        return bool(timer["breached_at"] + retention <= now)
    return False


def needs_check(timer: Mapping[str, Any], now: datetime, retention: timedelta) -> bool:
    """Whether the scan should ask the timer's owner to look at it: due and open, or expired."""
    return (timer["status"] == "open" and now >= timer["due_at"]) or expired(timer, now, retention)


def breach_escalation(timer: Mapping[str, Any], now: datetime) -> Outgoing:
    """The one ``sla_breach`` EscalationEvent of a timer, keyed by the customer like triage's."""
    message_id = timer["message_id"]
    return _key(timer["customer_key"]), {
        "escalation_id": records.stable_id("escalation", message_id, "sla_breach"),
        "source_message_id": message_id,
        "customer_id": timer["customer_id"],
        "sender": timer["sender"],
        "tenant": timer["tenant"],
        "channel": timer["channel"],
        "language": timer["language"],
        "category": timer["category"],
        "reasons": ["sla_breach"],
        "related_message_ids": [],
        "evidence": [{"task": "escalation", "label": "sla_breach", "rule_id": f"sla.{timer['rule']}",
                      "span": f"no response by {timer['due_at'].isoformat()}", "start": -1, "end": -1}],
        "created_at": now,
    }


def describe(timer: Mapping[str, Any]) -> Record:
    """A stored timer as JSON-ready fields (times in ISO 8601), without personal data."""
    out: Record = {f: timer.get(f) for f in ("message_id", "tenant", "status", "category", "bug_severity",
                                             "escalated", "rule", "response_id")}
    for f in ("opened_at", "due_at", "breached_at", "closed_at"):
        out[f] = timer[f].isoformat() if timer.get(f) else None
    return out
