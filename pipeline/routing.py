"""Context for every enriched message: feedback mode, route (team) and priority (pure).

- *Feedback mode*: ``requested`` when the message answers a campaign or survey
  (``in_reply_to`` set, or the survey channel), else ``given``.
- *Route*: the team for the category from a JSON file the operator edits
  (``deploy/replies/routing.json``), with separate teams for critical bugs,
  escalations and opt-outs waiting for review.
- *Priority*: ``urgent`` for escalations and critical bugs, ``high`` for
  complaints, major bugs, negative messages and opt-outs to review, ``low`` for
  praise, opt-ins, greetings and bare survey scores, ``normal`` otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.settings import DEFAULT_ROUTING_FILE as DEFAULT_ROUTING
from pipeline.triage.types import CATEGORIES

PRIORITIES = ("urgent", "high", "normal", "low")


class RoutingError(ValueError):
    """A routing file that cannot be used, with the reason."""


@dataclass(frozen=True)
class Routing:
    """Team per category, plus the teams that take precedence."""

    categories: Mapping[str, str]
    critical_bug: str
    escalated: str
    opt_out_review: str

    @classmethod
    def load(cls, path: Path = DEFAULT_ROUTING) -> Routing:
        """Read and check a routing file.

        Raises:
            RoutingError: unreadable, a category without a team, or an unknown category.
        """
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            categories = dict(data["categories"])
            special = {k: str(data[k]) for k in ("critical_bug", "escalated", "opt_out_review")}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise RoutingError(f"{path}: {type(exc).__name__}: {exc}") from exc
        missing = [c for c in CATEGORIES if not categories.get(c)]
        unknown = sorted(set(categories) - set(CATEGORIES))
        if missing or unknown:
            raise RoutingError(f"{path}: categories without a team {missing}, unknown categories {unknown}")
        return cls(categories, **special)

    def route(self, result: Mapping[str, Any]) -> str:
        """The team for a triage result (category, escalate, bug_severity, opt_out_review)."""
        if result.get("escalate"):
            return self.escalated
        if result.get("category") == "bug_report" and result.get("bug_severity") == "critical":
            return self.critical_bug
        if result.get("opt_out_review"):
            return self.opt_out_review
        return self.categories[result["category"]]


def feedback_mode(channel: str, in_reply_to: str | None) -> str:
    """``requested`` for answers to a campaign or survey, else ``given``."""
    return "requested" if in_reply_to or channel == "survey" else "given"


def priority(result: Mapping[str, Any]) -> str:
    """One of :data:`PRIORITIES` for a triage result; see the module docstring."""
    category = result["category"]
    severity = result.get("bug_severity")
    if result.get("escalate") or (category == "bug_report" and severity == "critical"):
        return "urgent"
    if (category == "complaint" or (category == "bug_report" and severity == "major")
            or result.get("sentiment") == "negative" or result.get("opt_out_review")):
        return "high"
    if category in ("praise", "opt_in", "other") or (category == "survey_response"
                                                      and not result.get("survey_comment")):
        return "low"
    return "normal"
