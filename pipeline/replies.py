"""Reply templates in the customer's language and script, checked to fit one SMS segment (pure).

Templates live in a JSON file the operator edits (``deploy/replies/templates.json``
by default): one text per kind and language. Loading fails fast, naming the
template, when a kind or language is missing, a placeholder is unknown, or a text
(with its placeholders at their longest) does not fit one SMS segment: 160
GSM-7 characters, or 70 UCS-2 code units for anything GSM-7 cannot carry
(Persian, Arabic and Urdu always).

A reply's id is derived from the message it answers and its kind, so the SMS
sender can drop a repeat produced by a replay or a restart.
"""

from __future__ import annotations

import base64
import hashlib
import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pipeline.settings import DEFAULT_REPLY_TEMPLATES as DEFAULT_TEMPLATES

KINDS = ("optout_confirmation", "optin_confirmation", "help", "thanks_praise", "thanks_feature",
         "complaint_ack", "bug_ack", "question_ack")
LANGUAGES = ("fa", "ar", "ur", "en", "fa-Latn", "ar-Latn")
#: Placeholders a template may use, with the longest value each can take.
PLACEHOLDERS = {"ref": 10}
GSM7 = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà")
#: GSM-7 extension characters take two septets.
GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")


class TemplateError(ValueError):
    """A template file that cannot be used, with the reason."""


@dataclass(frozen=True)
class Segments:
    """How an SMS text is sent: encoding, length in its units, and segments."""

    encoding: str
    units: int
    segments: int


def sms_segments(text: str) -> Segments:
    """GSM-7 when every character allows it, else UCS-2 (UTF-16 code units); concatenated sizes 153/67."""
    if all(c in GSM7 or c in GSM7_EXTENDED for c in text):
        units = sum(2 if c in GSM7_EXTENDED else 1 for c in text)
        return Segments("gsm7", units, 1 if units <= 160 else -(-units // 153))
    units = len(text.encode("utf-16-le")) // 2
    return Segments("ucs2", units, 1 if units <= 70 else -(-units // 67))


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def load(path: Path = DEFAULT_TEMPLATES) -> dict[str, dict[str, str]]:
    """Read and check a template file; see the module docstring.

    Raises:
        TemplateError: naming every template that is missing, unknown or too long.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateError(f"{path}: {exc}") from exc
    problems = []
    templates: dict[str, dict[str, str]] = {}
    for kind in KINDS:
        per_language = data.get(kind)
        if not isinstance(per_language, Mapping):
            problems.append(f"{kind}: missing")
            continue
        templates[kind] = {}
        for language in LANGUAGES:
            text = per_language.get(language)
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{kind}.{language}: missing")
                continue
            unknown = _fields(text) - PLACEHOLDERS.keys()
            if unknown:
                problems.append(f"{kind}.{language}: unknown placeholder(s) {sorted(unknown)}")
                continue
            longest = text.format(**{k: "9" * n for k, n in PLACEHOLDERS.items()})
            seg = sms_segments(longest)
            if seg.segments > 1:
                limit = 160 if seg.encoding == "gsm7" else 70
                problems.append(f"{kind}.{language}: {seg.units} {seg.encoding} units, more than one "
                                f"segment ({limit})")
                continue
            templates[kind][language] = text
    extra = sorted(k for k in data if not k.startswith("_") and k not in KINDS)
    if extra:
        problems.append(f"unknown kind(s) {extra}")
    if problems:
        raise TemplateError(f"{path}: " + "; ".join(problems))
    return templates


def render(templates: Mapping[str, Mapping[str, str]], kind: str, language: str, **values: str) -> str:
    """The reply text for ``kind`` in ``language`` (``und`` and unknown languages get English)."""
    per_language = templates[kind]
    return per_language.get(language, per_language["en"]).format(**values)


def reply_id(source_message_id: str, kind: str) -> str:
    """Deterministic id of the reply to a message: the same on every replay (dedupe key)."""
    return "r-" + hashlib.sha256(f"{kind}\x1f{source_message_id}".encode()).hexdigest()[:24]


#: The acknowledgement each category gets (the others get none).
ACKNOWLEDGED = {"praise": "thanks_praise", "feature_request": "thanks_feature",
                "suggestion": "thanks_feature", "complaint": "complaint_ack", "bug_report": "bug_ack",
                "question": "question_ack"}


def reference(source_message_id: str) -> str:
    """A short reference number for a message (10 characters, the same on every replay)."""
    digest = hashlib.sha256(source_message_id.encode()).digest()
    return "S" + base64.b32encode(digest).decode()[:9]
