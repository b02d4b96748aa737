"""The labelled Seda corpus: loading, validation and the fixed train / held-out split.

See ``docs/labelling.md`` for the conventions. The split is decided once by a hash
of each line's id (20 % held out) and materialised in ``corpus/heldout/``: training
code reads ``corpus/train/`` only.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from pipeline.triage.normalize import base, fold, fold_digits
from pipeline.triage.types import (
    CATEGORIES,
    CHANNELS,
    ESCALATION_REASONS,
    LANGUAGES,
    SCOPES,
    SENTIMENTS,
    SEVERITIES,
)

CORPUS_DIR = Path(__file__).parent / "data" / "corpus"
TRAIN_DIR = CORPUS_DIR / "train"
HELDOUT_DIR = CORPUS_DIR / "heldout"
HELDOUT_PERCENT = 20

FIELDS = {
    "id", "text", "channel", "in_reply_to", "context_scale", "language", "category", "severity",
    "sentiment", "opt_out", "opt_out_review", "opt_in", "help", "scope", "survey_score",
    "survey_scale", "escalate", "escalation_reasons", "note",
}
REQUIRED = FIELDS - {"note", "in_reply_to", "context_scale"}


def problems(row: dict[str, Any]) -> list[str]:
    """Every way ``row`` breaks the format or the labelling conventions (empty when valid)."""
    out: list[str] = []
    missing = REQUIRED - row.keys()
    if missing:
        return [f"missing fields {sorted(missing)}"]
    extra = row.keys() - FIELDS
    if extra:
        out.append(f"unknown fields {sorted(extra)}")
    if not isinstance(row["text"], str) or not row["text"].strip():
        out.append("empty text")
    checks = [
        ("channel", CHANNELS), ("language", LANGUAGES), ("category", CATEGORIES),
        ("sentiment", SENTIMENTS),
    ]
    for field, allowed in checks:
        if row[field] not in allowed:
            out.append(f"{field}={row[field]!r} not in {allowed}")
    for flag in ("opt_out", "opt_out_review", "opt_in", "help", "escalate"):
        if not isinstance(row[flag], bool):
            out.append(f"{flag} must be a boolean")
    if row.get("context_scale") not in (None, "nps", "csat"):
        out.append("context_scale must be nps, csat or null")
    if row["category"] == "bug_report":
        if row["severity"] not in SEVERITIES:
            out.append("a bug_report needs severity critical/major/minor/cosmetic")
    elif row["severity"] is not None:
        out.append("severity only for bug_report")
    if row["opt_out"] and row["opt_out_review"]:
        out.append("opt_out and opt_out_review are exclusive")
    if row["opt_out"] and row["opt_in"]:
        out.append("opt_out and opt_in are exclusive")
    if row["opt_out"] and row["category"] not in ("opt_out", "survey_response"):
        out.append("opt_out: true needs category opt_out (or survey_response)")
    if row["category"] == "opt_out" and not row["opt_out"]:
        out.append("category opt_out needs opt_out: true")
    if row["category"] == "opt_in" and not row["opt_in"]:
        out.append("category opt_in needs opt_in: true")
    if row["opt_in"] and row["category"] != "opt_in":
        out.append("opt_in: true needs category opt_in")
    flagged = row["opt_out"] or row["opt_out_review"] or row["opt_in"]
    if flagged and row["scope"] not in SCOPES:
        out.append("opt-out/opt-in/review needs scope all/marketing/surveys")
    if not flagged and row["scope"] is not None:
        out.append("scope only with opt-out/opt-in/review")
    if row["help"] and row["category"] != "question":
        out.append("help: true needs category question")
    score, scale = row["survey_score"], row["survey_scale"]
    if (score is None) != (scale is None):
        out.append("survey_score and survey_scale go together")
    if score is not None:
        if scale not in ("nps", "csat") or not isinstance(score, int) or isinstance(score, bool):
            out.append("survey_scale nps/csat with an integer score")
        elif scale == "nps" and not 0 <= score <= 10:
            out.append("NPS score must be 0-10")
        elif scale == "csat" and not 1 <= score <= 5:
            out.append("CSAT score must be 1-5")
        if row["category"] != "survey_response":
            out.append("a survey score needs category survey_response")
    reasons = row["escalation_reasons"]
    if not isinstance(reasons, list) or any(r not in ESCALATION_REASONS for r in reasons):
        out.append(f"escalation_reasons must be a list from {ESCALATION_REASONS}")
    elif bool(reasons) != row["escalate"]:
        out.append("escalate is true exactly when escalation_reasons is non-empty")
    elif len(set(reasons)) != len(reasons):
        out.append("duplicate escalation reasons")
    return out


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Rows of a JSONL file."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: {exc}") from exc


def load(directory: Path) -> list[dict[str, Any]]:
    """Every row of every ``*.jsonl`` file in ``directory``, sorted by file name."""
    rows: list[dict[str, Any]] = []
    for path in sorted(directory.glob("*.jsonl")):
        rows.extend(read_jsonl(path))
    return rows


def train_rows() -> list[dict[str, Any]]:
    """The training split."""
    return load(TRAIN_DIR)


def heldout_rows() -> list[dict[str, Any]]:
    """The held-out split (evaluation only)."""
    return load(HELDOUT_DIR)


def is_heldout(row_id: str) -> bool:
    """Whether a line belongs to the held-out split (fixed by a hash of its id)."""
    return int(hashlib.sha256(row_id.encode()).hexdigest(), 16) % 100 < HELDOUT_PERCENT


def check(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Problems of a set of rows, each prefixed with the row id; duplicate ids and texts too."""
    out: list[str] = []
    ids: set[str] = set()
    texts: set[str] = set()
    for row in rows:
        rid = str(row.get("id"))
        out.extend(f"{rid}: {p}" for p in problems(row))
        if rid in ids:
            out.append(f"{rid}: duplicate id")
        ids.add(rid)
        text = str(row.get("text", "")).strip()
        if text in texts:
            out.append(f"{rid}: duplicate text {text!r}")
        texts.add(text)
    return out


def build(raw_dir: Path) -> dict[str, tuple[int, int]]:
    """Check the freshly written files in ``raw_dir``, drop repeated texts, and split them.

    A text already seen (case-insensitive, in file-name order) is dropped, so no
    message appears twice in the corpus and none is both trained on and held out.

    Returns:
        File name -> (training lines, held-out lines).

    Raises:
        ValueError: when a file breaks the labelling conventions.
    """
    fresh = sorted(raw_dir.glob("*.jsonl"))
    names = {p.name for p in fresh}
    # Texts already in the corpus (from other files) count as seen.
    seen: set[str] = set()
    for directory in (TRAIN_DIR, HELDOUT_DIR):
        for path in directory.glob("*.jsonl"):
            if path.name not in names:
                seen.update(" ".join(r["text"].casefold().split()) for r in read_jsonl(path))
    out: dict[str, tuple[int, int]] = {}
    for path in fresh:
        rows = list(read_jsonl(path))
        issues = [p for p in check(rows) if "duplicate text" not in p]
        if issues:
            raise ValueError(f"{path.name}: " + "; ".join(issues[:10]))
        kept = []
        for row in rows:
            key = " ".join(row["text"].casefold().split())
            if key not in seen:
                seen.add(key)
                kept.append(row)
        train = [r for r in kept if not is_heldout(r["id"])]
        held = [r for r in kept if is_heldout(r["id"])]
        for directory, part in ((TRAIN_DIR, train), (HELDOUT_DIR, held)):
            directory.mkdir(parents=True, exist_ok=True)
            with (directory / path.name).open("w", encoding="utf-8") as fh:
                for r in part:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        out[path.name] = (len(train), len(held))
    return out


# --------------------------------------------------------------------------- label conflicts

#: Label fields ``seda corpus conflicts`` compares unless told otherwise.
CONFLICT_FIELDS = ("opt_out", "opt_out_review")
_NON_WORD = re.compile(r"[^\w]+")
_QUESTION = re.compile("[?؟]")


def message_key(row: dict[str, Any]) -> tuple[str, bool, bool] | None:
    """The key under which two corpus lines are the same message, or None for no words.

    Words only, folded as the triage folds them (letter variants, digit scripts, case,
    elongation), plus whether the text asks ("stop?" is not "stop"), whether it came on a
    channel where a bare number is a score (sms, survey) and whether it replies to something:
    emojis, punctuation and spacing are not part of it.
    """
    folded = fold(fold_digits(base(str(row.get("text", "")))))
    # fold() already shortens elongations ("stooop") and leaves digits alone ("111" is not "1").
    words = _NON_WORD.sub(" ", folded).strip()
    if not words:
        return None
    asks = "?" if _QUESTION.search(folded) else ""
    context = bool(row.get("in_reply_to") or row.get("context_scale") or row.get("channel") == "survey")
    return words + asks, row.get("channel") in ("sms", "survey"), context


def conflicts(rows: Iterable[dict[str, Any]],
              fields: Sequence[str] = CONFLICT_FIELDS) -> list[list[dict[str, Any]]]:
    """Groups of lines that are the same message (:func:`message_key`) but differ on ``fields``.

    Writers of different batches label the same short message independently; where they
    disagree, the guide (docs/labelling.md) decides which label is right, and the corpus is
    fixed by hand. Groups come in first-seen order, lines in corpus order.
    """
    groups: dict[tuple[str, bool, bool], list[dict[str, Any]]] = {}
    for row in rows:
        key = message_key(row)
        if key is not None:
            groups.setdefault(key, []).append(row)
    return [group for group in groups.values()
            if len({tuple(json.dumps(r.get(f), sort_keys=True) for f in fields) for r in group}) > 1]
