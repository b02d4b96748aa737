"""Helpers shared by the agents: source coordinates of an event and batched sends."""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import Iterator, Sequence
from typing import Any

from faust.streams import _current_event
from faust.topics import Topic
from faust.types import TP, EventT

from pipeline import schemas
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


@contextlib.contextmanager
def as_current(event: EventT) -> Iterator[None]:
    """Make ``event`` Faust's current event while a table is read or written for it.

    A table keeps each key in the store and changelog partition of the current
    event. Iterating a batch (``take_events``) leaves the batch's last event
    current, so without this every key of a batch would be stored under that
    event's partition; Faust has no public way to set it, hence its context var.
    """
    token = _current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        _current_event.reset(token)


async def store_all(table: Any, writes: Sequence[tuple[EventT, str, bytes | None]]) -> None:
    """Set (or, for a None value, delete) table keys for a batch: store and changelog, one wait in all.

    ``table[key] = value`` sends its changelog record through Faust's per-record
    buffer, which stalls the stream whenever more than 100 wait (one state per
    customer per batch fills it every batch). Here each value goes to the store
    under its own event's partition and its changelog record straight to the
    producer, to the same partition, encoded as Faust encodes it, so recovery
    reads it back unchanged; once acknowledged, the store records the offset, as
    Faust does, so a restart replays the changelog only from there.
    """
    if not writes:
        return
    app = table.app
    if not app.producer.started:
        # Agent tests (test_context) run without a broker: Faust's own path.
        for event, key, value in writes:
            with as_current(event):
                if value is not None:
                    table[key] = value
                elif key in table:
                    del table[key]
        return
    topic = table.changelog_topic.get_topic_name()
    dumps_key, dumps_value = app.serializers.dumps_key, app.serializers.dumps_value
    pending = []
    for event, key, value in writes:
        with as_current(event):
            if value is not None:
                table.data[key] = value
            elif key in table.data:
                del table.data[key]
        # A None value is the changelog's tombstone: recovery deletes the key.
        pending.append(await app.producer.send(
            topic, dumps_key(table.key_type, key, serializer=table.key_serializer),
            None if value is None else dumps_value(table.value_type, value,
                                                   serializer=table.value_serializer),
            event.message.partition, None, None))
    for meta in await asyncio.gather(*pending):
        table.data.set_persisted_offset(TP(meta.topic, meta.partition), meta.offset)


def load_record(table: Any, schema: str, key: str, event: EventT) -> dict[str, Any] | None:
    """The decoded ``schema`` record stored under ``key`` (read under ``event``'s partition), or None.

    Raises:
        schemas.DecodeError: the stored value cannot be read.
    """
    with as_current(event):
        stored = table.get(key)
    return schemas.decode(schema, stored) if stored else None
