"""Input and output types of the triage logic (plain dataclasses, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES = ("fa", "ar", "en", "ur", "fa-Latn", "ar-Latn", "und")
CATEGORIES = ("complaint", "bug_report", "feature_request", "question", "praise", "suggestion",
              "opt_out", "opt_in", "survey_response", "other")
SENTIMENTS = ("positive", "neutral", "negative")
SEVERITIES = ("critical", "major", "minor", "cosmetic")
ESCALATION_REASONS = ("legal_threat", "churn_threat", "angry_complaint", "safety_or_fraud",
                      "payment_failure", "data_loss_or_outage", "regulator_or_media_threat")
SCOPES = ("all", "marketing", "surveys")
TIERS = ("keyword", "free_text", "ambiguous")
CHANNELS = ("sms", "chat", "email", "social", "survey", "webform", "call")


@dataclass(frozen=True, slots=True)
class TriageRequest:
    """What triage needs to know about one message."""

    text: str
    channel: str = "sms"
    in_reply_to: str | None = None
    survey_scale: str | None = None
    #: The customer's known language, used for texts that carry no letters.
    language_hint: str | None = None


@dataclass(slots=True)
class Evidence:
    """A rule or model component that fired, and the span it matched."""

    task: str
    label: str
    rule_id: str
    span: str
    start: int = -1
    end: int = -1

    def as_record(self) -> dict[str, object]:
        """The Avro/JSON form."""
        return {"task": self.task, "label": self.label, "rule_id": self.rule_id,
                "span": self.span[:200], "start": self.start, "end": self.end}


@dataclass(slots=True)
class TriageResult:
    """Every triage decision for one message; labels are plain strings."""

    normalized_text: str
    language: str
    language_confidence: float
    language_runner_up: str | None
    category: str
    category_confidence: float
    category_scores: dict[str, float]
    sentiment: str
    sentiment_score: float
    model_version: str
    bug_severity: str | None = None
    opt_out: bool = False
    opt_out_review: bool = False
    opt_out_scope: str | None = None
    opt_out_tier: str | None = None
    opt_in: bool = False
    help: bool = False
    survey_score: int | None = None
    survey_scale: str | None = None
    survey_comment: str | None = None
    escalate: bool = False
    escalation_reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
