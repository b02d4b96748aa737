"""Offline triage of JSON Lines: the contract behind ``seda classify``.

Streams in constant memory: reads a batch, triages it with the same function the
enrich agent uses, writes it, and moves on.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from pipeline.triage import TriageRequest, TriageResult, triage_batch

ProgressFn = Callable[[int, int | None, float], None]


def result_json(msg_id: Any, result: TriageResult) -> dict[str, Any]:
    """The output object of one message (labels as plain strings, scores beside them)."""
    return {
        "id": msg_id,
        "language": result.language,
        "category": result.category,
        "sentiment": result.sentiment,
        "opt_out": result.opt_out,
        "opt_out_review": result.opt_out_review,
        "opt_in": result.opt_in,
        "help": result.help,
        "escalate": result.escalate,
        "escalation_reasons": list(result.escalation_reasons),
        "survey_score": result.survey_score,
        "survey_scale": result.survey_scale,
        "survey_comment": result.survey_comment,
        "bug_severity": result.bug_severity,
        "opt_out_scope": result.opt_out_scope,
        "opt_out_tier": result.opt_out_tier,
        "language_confidence": round(result.language_confidence, 4),
        "language_runner_up": result.language_runner_up,
        "category_confidence": round(result.category_confidence, 4),
        "category_scores": result.category_scores,  # already rounded to 4 places by the engine
        "sentiment_score": round(result.sentiment_score, 4),
        "normalized_text": result.normalized_text,
        "evidence": [e.as_record() for e in result.evidence],
        "model_version": result.model_version,
    }


def request_from(obj: dict[str, Any]) -> TriageRequest:
    """Build a triage request from an input object (``text`` required)."""
    text = obj.get("text")
    if not isinstance(text, str):
        raise ValueError("field 'text' is missing or not a string")
    return TriageRequest(text=text, channel=str(obj.get("channel") or "sms"),
                         in_reply_to=obj.get("in_reply_to") or None,
                         survey_scale=obj.get("survey_scale") or None)


def _open_in(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    return Path(path).open("rb")


def _open_out(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdout.buffer
    return Path(path).open("wb")


def _batches(lines: Iterator[bytes], size: int) -> Iterator[list[tuple[int, bytes]]]:
    batch: list[tuple[int, bytes]] = []
    for n, line in enumerate(lines, start=1):
        if line.strip():
            batch.append((n, line))
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch


def classify_stream(input_path: str, output_path: str, batch_size: int = 512,
                    progress: ProgressFn | None = None) -> int:
    """Triage every line of ``input_path`` into ``output_path``; return the count.

    A line that is not valid JSON or has no text yields an output line with the
    same ``id`` (when readable) and an ``error`` field, so outputs stay aligned.
    """
    count = 0
    started = time.monotonic()
    src, dst = _open_in(input_path), _open_out(output_path)
    try:
        for batch in _batches(iter(src), batch_size):
            ids: list[Any] = []
            requests: list[TriageRequest] = []
            rows: list[dict[str, Any] | None] = []
            for n, line in batch:
                try:
                    obj = orjson.loads(line.removeprefix(b"\xef\xbb\xbf"))
                    if not isinstance(obj, dict):
                        raise ValueError("line is not a JSON object")
                    requests.append(request_from(obj))
                    ids.append(obj.get("id"))
                    rows.append(None)
                except ValueError as exc:  # orjson.JSONDecodeError is a ValueError
                    rows.append({"id": None, "line": n, "error": str(exc)})
            results = iter(triage_batch(requests))
            id_iter = iter(ids)
            for row in rows:
                out = row if row is not None else result_json(next(id_iter), next(results))
                dst.write(orjson.dumps(out) + b"\n")
            count += len(batch)
            if progress:
                progress(count, None, started)
    finally:
        dst.flush()
        if input_path != "-":
            src.close()
        if output_path != "-":
            dst.close()
    return count
