"""Helpers shared by the agents: source coordinates of an event and batched sends."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from faust.types import EventT

from pipeline.process import Outgoing
from pipeline.records import SourceRecord


def source_of(event: EventT) -> SourceRecord:
    """Topic, partition, offset, timestamp and key of the record behind ``event``."""
    msg = event.message
    ts = msg.timestamp
    return SourceRecord(topic=msg.topic, partition=msg.partition, offset=msg.offset,
                        timestamp_ms=int(ts * 1000) if ts else None, key=msg.key)


async def send_all(topic: Any, outgoing: Sequence[Outgoing]) -> None:
    """Hand every record to the producer without waiting for each acknowledgement.

    ``force=True`` sends now rather than when the source offset commits; the
    consumer flushes the producer before committing, which keeps at-least-once.
    """
    for key, value in outgoing:
        await topic.send(key=key, value=value, force=True)
