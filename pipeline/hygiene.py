"""Inbound hygiene before triage: multipart SMS reassembly and duplicate deliveries (pure).

Gateways deliver a long SMS as parts (concatenation reference, total, part
number in the gateway attributes) and sometimes deliver the same SMS twice under
different ids. These functions take and return plain, serialisable state (a
dict per sender and reference, a last-seen time per sender and text), so an
agent can keep it in a changelogged table and survive restarts.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

#: Gateway attribute names for (reference, total, part number), first match wins.
PART_KEYS = (
    ("multipart_ref", "multipart_total", "multipart_part"),
    ("concat_ref", "concat_total", "concat_part"),
    ("udh_ref", "udh_total", "udh_seq"),
)
MAX_PARTS = 255  # the UDH field is one byte


@dataclass(frozen=True)
class Part:
    """One part of a concatenated SMS."""

    ref: str
    total: int
    number: int


def part_of(raw: Mapping[str, Any]) -> Part | None:
    """The part information in a raw message's gateway attributes; None for a whole message.

    Attributes that do not make sense (not numbers, part beyond total, a single
    part) are treated as a whole message rather than held back for ever.
    """
    meta = raw.get("metadata") or {}
    for ref_key, total_key, number_key in PART_KEYS:
        if ref_key in meta and total_key in meta and number_key in meta:
            try:
                total, number = int(meta[total_key]), int(meta[number_key])
            except ValueError:
                return None
            if 2 <= total <= MAX_PARTS and 1 <= number <= total:
                return Part(str(meta[ref_key]), total, number)
            return None
    return None


def parts_key(sender: str, part: Part) -> str:
    """Table key of a multipart message: the parts of one SMS share sender and reference."""
    return f"{sender}\x1f{part.ref}\x1f{part.total}"


def add_part(state: Mapping[str, Any] | None, raw: Mapping[str, Any], part: Part,
             now: datetime) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Add a part; return ``(state to keep, whole message)`` — the message once every part is in.

    The whole message is the first part's record with the texts joined in part
    order, the id of part 1, and the ids of all parts in ``metadata["part_ids"]``.
    A part seen again (a duplicate delivery) changes nothing. Once complete the
    state to keep is None (the table entry is deleted).
    """
    parts: dict[str, Any] = dict(state["parts"]) if state else {}
    key = str(part.number)
    if key in parts:
        return (dict(state) if state else None), None
    parts[key] = {"id": raw["id"], "text": raw["text"], "record": dict(raw)}
    first_seen = state["first_seen"] if state else now
    if len(parts) < part.total:
        return {"total": part.total, "first_seen": first_seen, "parts": parts}, None
    return None, _joined([parts[str(n)] for n in range(1, part.total + 1)])


def expired(state: Mapping[str, Any], now: datetime, wait: timedelta) -> dict[str, Any] | None:
    """The parts received so far as one message, if the rest did not arrive within ``wait``.

    Nothing is lost when a part never comes: the message goes on with what
    arrived, marked ``metadata["parts_missing"]``.
    """
    if now - state["first_seen"] < wait:
        return None
    numbers = sorted(int(n) for n in state["parts"])
    missing = ",".join(str(n) for n in range(1, state["total"] + 1) if n not in numbers)
    return _joined([state["parts"][str(n)] for n in numbers], parts_missing=missing)


def _joined(ordered: list[Mapping[str, Any]], **extra_meta: str) -> dict[str, Any]:
    """The first part's record with every part's text, in order, and the part ids."""
    whole = dict(ordered[0]["record"])
    whole["text"] = "".join(p["text"] for p in ordered)
    whole["metadata"] = {**(whole.get("metadata") or {}),
                         "part_ids": ",".join(p["id"] for p in ordered), **extra_meta}
    return whole


def duplicate_key(sender: str, text: str) -> str:
    """Table key of a delivery: the sender and a digest of the text (NFC, outer spaces dropped)."""
    digest = hashlib.sha256(unicodedata.normalize("NFC", text).strip().encode()).hexdigest()[:24]
    return f"{sender}\x1f{digest}"


def is_duplicate(last_seen: datetime | None, received_at: datetime, window: timedelta) -> bool:
    """Whether a delivery repeats one of the same sender and text received within ``window`` before."""
    return last_seen is not None and timedelta(0) <= received_at - last_seen <= window
