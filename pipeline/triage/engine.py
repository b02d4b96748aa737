"""Bootstrap triage engine: script-based language and exact opt-out keywords.

This is the simplest honest version that the streaming backbone runs on until the
trained models land (see the triage issue): it only decides what exact rules can
decide and labels everything else ``other``/``neutral`` with low confidence.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from pipeline.triage.types import CATEGORIES, Evidence, TriageRequest, TriageResult

MODEL_VERSION = "triage-0.0.1+bootstrap"

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_PERSIAN_LETTERS = set("پچژگکی")
_OPT_OUT = {"11", "stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout",
            "لغو", "لغو 11", "لغو11", "الغاء", "إلغاء"}
_OPT_IN = {"12", "start", "unstop"}
_HELP = {"help", "info", "راهنما", "مساعدة"}


def _language(text: str) -> tuple[str, float]:
    arabic = latin = 0
    persian = False
    for ch in text:
        if "\u0600" <= ch <= "\u06ff":
            arabic += 1
            persian = persian or ch in _PERSIAN_LETTERS
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if arabic:
        return ("fa" if persian else "ar"), 0.6
    if latin:
        return "en", 0.5
    if any(c in "۰۱۲۳۴۵۶۷۸۹" for c in text) or text.strip() in {"11", "12"}:
        return "fa", 0.5
    if any(c in "٠١٢٣٤٥٦٧٨٩" for c in text):
        return "ar", 0.5
    if any(c.isdigit() for c in text):
        return "en", 0.4
    return "und", 1.0


def triage(request: TriageRequest) -> TriageResult:
    """Triage one message."""
    norm = unicodedata.normalize("NFKC", request.text).translate(_DIGITS).strip()
    key = " ".join(norm.lower().split())
    language, confidence = _language(request.text)
    scores = dict.fromkeys(CATEGORIES, 0.0)
    category, evidence = "other", []
    opt_out = key in _OPT_OUT
    opt_in = key in _OPT_IN
    if opt_out:
        category = "opt_out"
        evidence.append(Evidence("opt_out", "opt_out", "bootstrap.keyword", norm, 0, len(norm)))
    elif opt_in:
        category = "opt_in"
        evidence.append(Evidence("opt_in", "opt_in", "bootstrap.keyword", norm, 0, len(norm)))
    scores[category] = 1.0 if (opt_out or opt_in) else 0.3
    return TriageResult(
        normalized_text=norm, language=language, language_confidence=confidence,
        language_runner_up=None, category=category, category_confidence=scores[category],
        category_scores=scores, sentiment="neutral", sentiment_score=0.0,
        model_version=MODEL_VERSION, opt_out=opt_out, opt_out_tier="keyword" if opt_out or opt_in else None,
        opt_out_scope="all" if opt_out or opt_in else None, opt_in=opt_in, help=key in _HELP,
        evidence=evidence,
    )


def triage_batch(requests: Sequence[TriageRequest]) -> list[TriageResult]:
    """Triage a batch of messages (same results as :func:`triage` one by one)."""
    return [triage(r) for r in requests]
