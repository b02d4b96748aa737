"""Reading message files (JSON Lines or CSV) and sending them to the raw topic."""

from __future__ import annotations

import csv
import io
import json
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import kafka_io, records, schemas
from pipeline.settings import Settings

ProgressFn = Callable[[int, int | None, float], None]


@dataclass
class ProduceResult:
    """How many rows were sent and which were skipped (line number, reason)."""

    sent: int = 0
    invalid: list[tuple[int, str]] = field(default_factory=list)


def read_rows(path: str, fmt: str | None = None) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """Yield ``(line number, row)`` from a JSONL or CSV file, or ``(n, error)`` for bad lines."""
    if fmt is None:
        fmt = "csv" if path.lower().endswith(".csv") else "jsonl"
    stream: io.TextIOBase
    if path == "-":
        stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8")
    else:
        stream = Path(path).open(encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed below
    try:
        if fmt == "csv":
            for n, row in enumerate(csv.DictReader(stream), start=2):
                yield n, {k.strip(): v for k, v in row.items() if k is not None}
        else:
            for n, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield n, f"not JSON: {exc}"
                    continue
                yield n, obj if isinstance(obj, dict) else "not a JSON object"
    finally:
        if path != "-":
            stream.close()


def count_rows(path: str) -> int | None:
    """Number of data lines of a file (None for stdin), for the progress bar."""
    if path == "-":
        return None
    with Path(path).open("rb") as fh:
        lines = sum(1 for line in fh if line.strip())
    return lines - 1 if path.lower().endswith(".csv") else lines


def produce_file(settings: Settings, path: str, fmt: str | None = None, rate: float | None = None,
                 progress: ProgressFn | None = None) -> ProduceResult:
    """Validate each row as a RawMessage and send it, keyed by customer.

    Rows that do not make a valid message are skipped and reported; the rest are
    sent. ``rate`` limits messages per second.
    """
    if path != "-" and not Path(path).exists():
        raise FileNotFoundError(f"no such file: {path}")
    total = count_rows(path) if progress else None
    result = ProduceResult()
    producer = kafka_io.producer(settings)
    topic = settings.topic("raw")
    started = time.monotonic()
    try:
        for n, row in read_rows(path, fmt):
            if isinstance(row, str):
                result.invalid.append((n, row))
                continue
            try:
                record = records.raw_from_mapping(row)
                records.check_raw(record, settings.max_text_chars)
                value = kafka_io.encode_value(settings, "raw", record)
            except schemas.DecodeError as exc:
                result.invalid.append((n, f"{exc.reason}: {exc}"))
                continue
            key = records.customer_key(record, settings.default_calling_code).encode()
            producer.send(topic, key=key, value=value)
            result.sent += 1
            if rate:
                ahead = result.sent / rate - (time.monotonic() - started)
                if ahead > 0:
                    time.sleep(ahead)
            if progress and result.sent % 500 == 0:
                progress(result.sent, total, started)
        producer.flush()
    finally:
        producer.close()
    if progress:
        progress(result.sent, total, started)
    return result
