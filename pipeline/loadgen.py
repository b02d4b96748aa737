"""Deterministic realistic message mixes for tests and benchmarks.

Messages are drawn from the bundled multilingual sample (written by hand for
Seda), each with a fresh id, sender and customer, and with light variation
(digit scripts, ی/ي and ک/ك spellings, elongation, emoji), so a large load is a
mix of many distinct texts from many distinct senders rather than one repeated
string. Malformed values cover every dead-letter reason the worker knows.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pipeline import schemas

SAMPLE = Path(__file__).parent / "data" / "sample_messages.jsonl"
_FA_TO_AR = str.maketrans("یک", "يك")
_AR_TO_FA = str.maketrans("يك", "یک")
_LATIN_TO_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_EMOJI = ["🙏", "😡", "👍", "😂", "❤️", "😞", "!!", "؟", "..."]


def sample_rows(path: Path = SAMPLE) -> list[dict[str, Any]]:
    """The bundled sample as dicts."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _vary(text: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return text.translate(_FA_TO_AR)
    if roll < 0.25:
        return text.translate(_AR_TO_FA)
    if roll < 0.35:
        return text.translate(_LATIN_TO_FA_DIGITS)
    if roll < 0.45:
        return f"{text} {rng.choice(_EMOJI)}"
    return text


_CALLING_CODES = {"fa": "+98912", "fa-Latn": "+98935", "ar": "+96650", "ar-Latn": "+20100",
                  "ur": "+92300", "en": "+1415"}
_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "mail.ir", "hotmail.com")


def corpus_rows() -> list[dict[str, Any]]:
    """The labelled corpus' training split as sample-shaped rows (about 8,700 distinct texts).

    The corpus has no senders: each row gets an address that fits its channel
    and language (a phone number with the language's country code, an email
    address or a social handle); :func:`messages` then spreads them over many customers.
    """
    from pipeline import corpus

    out = []
    for row in corpus.train_rows():
        channel = row["channel"]
        if channel in ("email", "webform"):
            sender = f"customer@{_DOMAINS[len(row['id']) % len(_DOMAINS)]}"
        elif channel == "social":
            sender = "@customer"
        else:
            sender = _CALLING_CODES.get(row["language"], "+98912") + "0000000"
        out.append({"text": row["text"], "channel": channel, "sender": sender,
                    "in_reply_to": row.get("in_reply_to"), "survey_scale": row.get("context_scale")})
    return out


def _pair_hash(customer: int, text: str) -> int:
    # Stable across processes (unlike hash()), so the same seed always gives the same load.
    return int.from_bytes(hashlib.blake2b(f"{customer}\x1f{text}".encode(), digest_size=8).digest(), "big")


def messages(count: int, seed: int = 7, prefix: str = "m", start: datetime | None = None,
             vary: bool = True, rows: list[dict[str, Any]] | None = None) -> Iterator[dict[str, Any]]:
    """Yield ``count`` RawMessage-shaped dicts (``received_at`` as datetime).

    Args:
        count: How many messages.
        seed: Random seed (same seed, same messages).
        prefix: Id prefix; ids are ``<prefix>-<n>``.
        start: Received time of the first message (default 2026-11-20T08:00Z).
        vary: Apply spelling/digit/emoji variation to the texts.
        rows: Texts to draw from (default: the bundled sample; see also :func:`corpus_rows`).
    """
    rng = random.Random(seed)
    rows = rows if rows is not None else sample_rows()
    t0 = start or datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    n_customers = max(1, count // 3)
    used: set[int] = set()
    for i in range(count):
        row = rows[i % len(rows)] if i < len(rows) else rng.choice(rows)
        text = _vary(row["text"], rng) if vary and i >= len(rows) else row["text"]
        cust = rng.randrange(n_customers)
        # The same customer sending the same text again is what a gateway's duplicate
        # delivery looks like, and the worker drops those: a load never has one by chance
        # (benchmarks stamp a whole backlog with one received time), or counts would not add up.
        while (pair := _pair_hash(cust, text)) in used:
            cust = rng.randrange(n_customers)
        used.add(pair)
        sender = row["sender"]
        if sender.startswith("+"):
            sender = sender[:6] + f"{(cust * 7919) % 10**7:07d}"
        elif sender.startswith("@"):
            sender = f"@customer{cust}"
        elif "@" in sender:
            sender = f"customer{cust}@" + sender.split("@", 1)[1]
        yield {
            "id": f"{prefix}-{i:07d}",
            "channel": row.get("channel", "sms"),
            "sender": sender,
            "tenant": None,
            "receiving_line": "+98100020003000" if row.get("channel") == "sms" else None,
            "customer_id": f"c-{cust}",
            "text": text,
            "received_at": t0 + timedelta(seconds=i * 7),
            "in_reply_to": row.get("in_reply_to"),
            "survey_scale": row.get("survey_scale"),
            "metadata": {},
        }


def malformed_values(count: int, seed: int = 11) -> list[tuple[str, bytes | None]]:
    """``count`` raw-topic values that must be dead-lettered, with the expected reason.

    Cycles through: random bytes, bad framing, unknown fingerprint, truncated Avro,
    a record of another schema, JSON without text, JSON with an unknown channel,
    empty value, tombstone, white-space text, a 1 MB text and control characters.
    """
    rng = random.Random(seed)
    base = next(messages(1, prefix="bad"))
    good = schemas.encode("RawMessage", base)
    dead_letter_like = schemas.encode("Evidence", {"task": "x", "label": "y", "rule_id": "z",
                                                   "span": "", "start": 0, "end": 0})

    def variant(i: int) -> tuple[str, bytes | None]:
        kind = i % 12
        rec = dict(base, id=f"bad-{i:04d}")
        if kind == 0:
            return "undecodable", bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64))) + b"\xff"
        if kind == 1:
            return "undecodable", b"\xc3\x02" + good[2:]
        if kind == 2:
            return "unknown_schema", b"\xc3\x01" + bytes(8) + good[10:]
        if kind == 3:
            return "undecodable", schemas.encode("RawMessage", rec)[: 14 + rng.randrange(8)]
        if kind == 4:
            return "wrong_schema", dead_letter_like
        if kind == 5:
            return "schema_invalid", json.dumps({"id": rec["id"], "channel": "sms"}).encode()
        if kind == 6:
            return "schema_invalid", json.dumps({"id": rec["id"], "text": "hi", "channel": "fax"}).encode()
        if kind == 7:
            return "empty_record", b""
        if kind == 8:
            return "empty_record", None
        if kind == 9:
            return "empty_text", schemas.encode("RawMessage", dict(rec, text=" \n\t "))
        if kind == 10:
            return "text_too_long", schemas.encode("RawMessage", dict(rec, text="س" * 600_000))
        return "control_characters", schemas.encode("RawMessage", dict(rec, text="hello\x00\x07world"))

    # A random first byte could happen to look like JSON or a valid header: the
    # generator checks none does, so each case has exactly one expected reason.
    out = []
    for i in range(count):
        reason, value = variant(i)
        if reason == "undecodable" and value and value[:1] in (b"{", b" ", b"\n", b"\x00"):
            value = b"\xfe" + value
        out.append((reason, value))
    return out
