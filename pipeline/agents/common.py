"""Helpers shared by the agents: source coordinates of an event and batched sends."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from faust.topics import Topic
from faust.types import EventT

from pipeline.process import Outgoing
from pipeline.records import SourceRecord
from pipeline.topics import AvroCodec


def source_of(event: EventT) -> SourceRecord:
    """Topic, partition, offset, timestamp and key of the record behind ``event``."""
    msg = event.message
    ts = msg.timestamp
    return SourceRecord(topic=msg.topic, partition=msg.partition, offset=msg.offset,
                        timestamp_ms=int(ts * 1000) if ts else None, key=msg.key)


async def send_all(*batches: tuple[Any, Sequence[Outgoing]]) -> None:
    """Produce every record of a batch, to each ``(topic, records)`` in order, then wait once.

    A Kafka topic's records go straight to the app's producer, encoded by the
    topic's own codec: Faust's per-record send machinery (future messages,
    callbacks, sensors) cost more CPU than the triage itself. Waiting once per
    batch, not per record or per topic, keeps at-least-once: a batch whose
    outputs the broker did not take raises here, so its offsets are not
    committed. Any other channel (an in-memory one, as agent tests use) gets a
    plain ``send``.
    """
    pending = []
    for topic, outgoing in batches:
        if not outgoing:
            continue
        if not isinstance(topic, Topic):
            for key, value in outgoing:
                await topic.send(key=key, value=value, force=True)
            continue
        name = topic.get_topic_name()
        codec = topic.value_serializer
        if not isinstance(codec, AvroCodec):
            raise TypeError(f"topic {name} has no Avro codec (see pipeline.topics)")
        encode = codec.encode
        send = topic.app.producer.send
        pending += [await send(name, key, encode(value), None, None, None) for key, value in outgoing]
    await asyncio.gather(*pending)
