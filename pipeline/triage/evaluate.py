"""Scoring triage output against labels: precision, recall and F1 per task, class and language."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.triage.types import TriageRequest, TriageResult


@dataclass
class PRF:
    """Counts of one binary decision."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, pred: bool) -> None:
        """Count one example."""
        if gold and pred:
            self.tp += 1
        elif pred:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        """Tp / (tp + fp), 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Tp / (tp + fn), 1.0 when nothing was to be found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """Gold positives."""
        return self.tp + self.fn


@dataclass
class Multiclass:
    """Per-class binary counts and accuracy of one multi-class decision."""

    classes: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    correct: int = 0
    total: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, gold: str, pred: str) -> None:
        """Count one example."""
        self.total += 1
        self.correct += gold == pred
        self.confusion[(gold, pred)] += 1
        for cls in {gold, pred}:
            self.classes[cls].add(gold == cls, pred == cls)

    @property
    def accuracy(self) -> float:
        """Share of exact matches."""
        return self.correct / self.total if self.total else 0.0

    def macro_f1(self, labels: Iterable[str] | None = None) -> float:
        """Unweighted mean F1 over the classes that occur in the gold labels."""
        present = [c for c, prf in self.classes.items() if prf.support > 0]
        chosen = [c for c in (labels or present) if c in present]
        return sum(self.classes[c].f1 for c in chosen) / len(chosen) if chosen else 0.0


@dataclass
class Report:
    """Every task's scores, overall and per language."""

    language: Multiclass = field(default_factory=Multiclass)
    language_by: dict[str, Multiclass] = field(default_factory=lambda: defaultdict(Multiclass))
    category: Multiclass = field(default_factory=Multiclass)
    category_by: dict[str, Multiclass] = field(default_factory=lambda: defaultdict(Multiclass))
    sentiment: Multiclass = field(default_factory=Multiclass)
    sentiment_by: dict[str, Multiclass] = field(default_factory=lambda: defaultdict(Multiclass))
    severity: Multiclass = field(default_factory=Multiclass)
    flags: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    flags_by: dict[tuple[str, str], PRF] = field(default_factory=lambda: defaultdict(PRF))
    reasons: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    survey_exact: int = 0
    survey_gold: int = 0
    survey_spurious: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def survey_exact_match(self) -> float:
        """Share of gold survey scores read exactly (score and scale)."""
        return self.survey_exact / self.survey_gold if self.survey_gold else 1.0


FLAGS = ("opt_out", "opt_out_review", "opt_in", "help", "escalate")


def request_of(row: dict[str, Any]) -> TriageRequest:
    """The triage input of a labelled corpus row."""
    return TriageRequest(text=row["text"], channel=row.get("channel") or "sms",
                         in_reply_to=row.get("in_reply_to"), survey_scale=row.get("context_scale"))


def score(rows: Sequence[dict[str, Any]], results: Sequence[TriageResult], keep_errors: int = 0) -> Report:
    """Compare results with the labelled rows (same order)."""
    rep = Report()
    for row, res in zip(rows, results, strict=True):
        lang = row["language"]
        rep.language.add(lang, res.language)
        rep.language_by[lang].add(lang, res.language)
        rep.category.add(row["category"], res.category)
        rep.category_by[lang].add(row["category"], res.category)
        rep.sentiment.add(row["sentiment"], res.sentiment)
        rep.sentiment_by[lang].add(row["sentiment"], res.sentiment)
        if row["category"] == "bug_report" and res.category == "bug_report":
            rep.severity.add(row["severity"], res.bug_severity or "none")
        for flag in FLAGS:
            gold, pred = bool(row[flag]), bool(getattr(res, flag))
            rep.flags[flag].add(gold, pred)
            rep.flags_by[(flag, lang)].add(gold, pred)
        gold_reasons, pred_reasons = set(row["escalation_reasons"]), set(res.escalation_reasons)
        for reason in gold_reasons | pred_reasons:
            rep.reasons[reason].add(reason in gold_reasons, reason in pred_reasons)
        if row["survey_score"] is not None:
            rep.survey_gold += 1
            rep.survey_exact += (res.survey_score == row["survey_score"]
                                 and res.survey_scale == row["survey_scale"])
        elif res.survey_score is not None:
            rep.survey_spurious += 1
        if keep_errors and len(rep.errors) < keep_errors:
            wrong = {k: (row[k], getattr(res, k)) for k in
                     ("language", "category", "sentiment", "opt_out", "opt_out_review", "opt_in",
                      "escalate", "survey_score")
                     if row[k] != getattr(res, k)}
            if set(row["escalation_reasons"]) != set(res.escalation_reasons):
                wrong["reasons"] = (row["escalation_reasons"], res.escalation_reasons)
            if wrong:
                rep.errors.append({"id": row["id"], "text": row["text"], "wrong": wrong})
    return rep


def targets(rep: Report) -> list[tuple[str, float, str, bool]]:
    """The issue's quality targets: (name, value, target, met)."""
    esc = rep.flags["escalate"]
    fa_latn = rep.language_by.get("fa-Latn")
    rows = [
        ("language accuracy", rep.language.accuracy, ">= 0.98", rep.language.accuracy >= 0.98),
        ("language accuracy, Finglish", fa_latn.accuracy if fa_latn else 0.0, ">= 0.95",
         fa_latn is not None and fa_latn.accuracy >= 0.95),
        ("opt-out precision", rep.flags["opt_out"].precision, ">= 0.99",
         rep.flags["opt_out"].precision >= 0.99),
        ("opt-out recall", rep.flags["opt_out"].recall, ">= 0.97", rep.flags["opt_out"].recall >= 0.97),
        ("survey score exact match", rep.survey_exact_match, ">= 0.97", rep.survey_exact_match >= 0.97),
        ("category macro-F1", rep.category.macro_f1(), ">= 0.85", rep.category.macro_f1() >= 0.85),
        ("sentiment macro-F1", rep.sentiment.macro_f1(), ">= 0.80", rep.sentiment.macro_f1() >= 0.80),
        ("escalation recall", esc.recall, ">= 0.95", esc.recall >= 0.95),
        ("escalation precision", esc.precision, ">= 0.85", esc.precision >= 0.85),
    ]
    return rows


def run(rows: Sequence[dict[str, Any]], triage: Callable[[Sequence[TriageRequest]], list[TriageResult]],
        keep_errors: int = 0) -> Report:
    """Triage the rows and score the results."""
    results = triage([request_of(r) for r in rows])
    return score(rows, results, keep_errors)
