"""Kafka outside the stream processor: topic specs and creation, producing, tailing.

Uses kafka-python (synchronous), for the CLI, benchmarks and tests. The Faust
topology in :mod:`pipeline.topics` declares the same topics from :data:`TOPIC_SPECS`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError, UnknownTopicOrPartitionError

from pipeline import schemas
from pipeline.registry import registry_for
from pipeline.settings import Settings


@dataclass(frozen=True)
class TopicSpec:
    """A logical topic: its value schema, what its key is, and its topic configs."""

    schema: str
    key: str
    config: dict[str, str] = field(default_factory=dict)
    #: Values larger than Kafka's 1 MB default must reach the worker (to be
    #: dead-lettered with a reason) instead of being refused by the broker.
    big: bool = False


TOPIC_SPECS: dict[str, TopicSpec] = {
    "raw": TopicSpec("RawMessage", "customer (customer id, else normalised sender)", big=True),
    "enriched": TopicSpec("EnrichedMessage", "customer (customer id, else normalised sender)",
                          big=True),
    "optout_requests": TopicSpec("OptOutEvent", "normalised sender address, tenant-prefixed"),
    # Compaction waits a day, so the audit index (one entry per change, indexed
    # from this topic) keeps every change unless its indexer is down that long.
    "optouts": TopicSpec("SuppressionState", "normalised sender address, tenant-prefixed",
                         {"cleanup.policy": "compact", "min.compaction.lag.ms": "86400000",
                          "segment.ms": "3600000"}),
    "optout_review": TopicSpec("EnrichedMessage", "normalised sender address, tenant-prefixed",
                               big=True),
    "escalations": TopicSpec("EscalationEvent", "customer"),
    "reply_candidates": TopicSpec("ReplySuggestion", "normalised sender address, tenant-prefixed"),
    "replies": TopicSpec("ReplySuggestion", "reply id"),
    "responses": TopicSpec("HumanResponse", "message id"),
    "corrections": TopicSpec("Correction", "message id"),
    "survey_answers": TopicSpec("SurveyAnswer", "window key (size, local start, tenant, campaign, channel, "
                                                "language)"),
    "sla": TopicSpec("SlaEvent", "SLA timer (message id, tenant-prefixed)"),
    "deadletter": TopicSpec("DeadLetter", "original key", big=True),
}


def topic_config(settings: Settings, name: str) -> dict[str, str]:
    """The topic configs used when creating logical topic ``name``."""
    spec = TOPIC_SPECS[name]
    config = dict(spec.config)
    if spec.big:
        config["max.message.bytes"] = str(settings.max_record_bytes)
    return config


def admin(settings: Settings) -> KafkaAdminClient:
    """An admin client for the configured cluster."""
    return KafkaAdminClient(bootstrap_servers=settings.bootstrap_servers, client_id="seda-admin",
                            request_timeout_ms=30000)


def create_topics(settings: Settings, names: Iterable[str] | None = None) -> dict[str, str]:
    """Create the logical topics that do not exist yet.

    Returns:
        Full topic name -> ``created`` or ``exists``.
    """
    wanted = list(names or TOPIC_SPECS)
    result: dict[str, str] = {}
    client = admin(settings)
    try:
        existing = set(client.list_topics())
        new = []
        for name in wanted:
            full = settings.topic(name)
            if full in existing:
                result[full] = "exists"
                continue
            new.append(NewTopic(full, settings.partitions, settings.replication_factor,
                                topic_configs=topic_config(settings, name)))
            result[full] = "created"
        for topic in new:
            try:
                client.create_topics([topic])
            except TopicAlreadyExistsError:
                result[topic.name] = "exists"
    finally:
        client.close()
    return result


def delete_topics(settings: Settings, full_names: Iterable[str]) -> None:
    """Delete topics (used by tests and benchmarks to clean up their own prefix)."""
    client = admin(settings)
    try:
        existing = set(client.list_topics())
        doomed = [t for t in full_names if t in existing]
        if doomed:
            with contextlib.suppress(UnknownTopicOrPartitionError):
                client.delete_topics(doomed)
    finally:
        client.close()


def producer(settings: Settings, **overrides: Any) -> KafkaProducer:
    """A producer tuned for throughput, allowing large records (up to max_record_bytes)."""
    config: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers,
        "client_id": "seda-cli",
        "linger_ms": 5,
        "acks": "all",
        "max_request_size": settings.max_record_bytes + 1024,
        "batch_size": 256 * 1024,
    }
    config.update(overrides)
    return KafkaProducer(**config)


def encode_value(settings: Settings, name: str, record: dict[str, Any]) -> bytes:
    """Encode a record for logical topic ``name`` (single-object or Confluent framing)."""
    registry = registry_for(settings)
    spec = TOPIC_SPECS[name]
    schema_id = registry.schema_id(settings.topic(name), spec.schema) if registry else None
    return schemas.encode(spec.schema, record, schema_id)


def send_records(settings: Settings, name: str, keyed: Sequence[tuple[str, dict[str, Any]]]) -> None:
    """Produce ``(key, record)`` pairs to logical topic ``name`` and wait until the broker has them all."""
    out = producer(settings)
    try:
        for key, record in keyed:
            out.send(settings.topic(name), key=key.encode("utf-8"),
                     value=encode_value(settings, name, record))
        out.flush()
    finally:
        out.close()


def decode_value(settings: Settings, name: str, value: bytes) -> dict[str, Any]:
    """Decode a value of logical topic ``name`` (raises :class:`schemas.DecodeError`)."""
    registry = registry_for(settings)
    return schemas.decode(TOPIC_SPECS[name].schema, value, registry.lookup if registry else None)


def logical_name(settings: Settings, topic: str) -> str:
    """Map a full or logical topic name to its logical name (``raw``, ``optouts``...)."""
    if topic in TOPIC_SPECS:
        return topic
    for name in TOPIC_SPECS:
        if settings.topic(name) == topic:
            return name
    raise KeyError(f"{topic!r} is not a Seda topic; one of: "
                   + ", ".join(settings.topic(n) for n in TOPIC_SPECS))


def consume(settings: Settings, topic: str, *, from_beginning: bool, timeout_s: float | None,
            max_records: int | None, group_id: str | None = None) -> Iterator[Any]:
    """Yield raw Kafka records of ``topic`` until ``timeout_s`` of silence or ``max_records``.

    Without ``group_id`` no offsets are committed: tailing never disturbs a group.
    """
    consumer = KafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        group_id=group_id,
        enable_auto_commit=group_id is not None,
        auto_offset_reset="earliest" if from_beginning else "latest",
        client_id="seda-tail",
        max_partition_fetch_bytes=settings.max_record_bytes + 1024,
        fetch_max_bytes=max(52428800, settings.max_record_bytes * 2),
    )
    try:
        partitions = consumer.partitions_for_topic(topic)
        deadline_wait = time.monotonic() + 10
        while not partitions and time.monotonic() < deadline_wait:
            time.sleep(0.2)
            partitions = consumer.partitions_for_topic(topic)
        if not partitions:
            raise KeyError(f"topic {topic!r} does not exist")
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        if from_beginning:
            consumer.seek_to_beginning(*tps)
        else:
            consumer.seek_to_end(*tps)
        count = 0
        last = time.monotonic()
        while True:
            batch = consumer.poll(timeout_ms=200)
            got = False
            for tp_records in batch.values():
                for record in tp_records:
                    got = True
                    yield record
                    count += 1
                    if max_records is not None and count >= max_records:
                        return
            now = time.monotonic()
            if got:
                last = now
            elif timeout_s is not None and now - last >= timeout_s:
                return
    finally:
        consumer.close()


def latest_value(settings: Settings, topic: str, key: bytes,
                 timeout_s: float = 60.0) -> tuple[bool, bytes | None]:
    """``(found, value)`` of the newest record with ``key``: a compacted topic's current value.

    Raises:
        KeyError: the topic does not exist.
        TimeoutError: the end was not reached within ``timeout_s``.
    """
    latest = latest_values(settings, topic, timeout_s, only=key)
    return (key in latest), latest.get(key)


def latest_values(settings: Settings, topic: str, timeout_s: float = 60.0,
                  only: bytes | None = None) -> dict[bytes, bytes | None]:
    """Key -> newest value of every keyed record (or of key ``only``): a compacted topic's contents.

    Reads every partition from its start to the end offset it had when called; a
    tombstone leaves its key with value None.

    Raises:
        KeyError: the topic does not exist.
        TimeoutError: the end was not reached within ``timeout_s``.
    """
    consumer = KafkaConsumer(bootstrap_servers=settings.bootstrap_servers, client_id="seda-lookup",
                             group_id=None, enable_auto_commit=False,
                             max_partition_fetch_bytes=settings.max_record_bytes + 1024)
    try:
        partitions = consumer.partitions_for_topic(topic)
        if not partitions:
            raise KeyError(f"topic {topic!r} does not exist")
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        ends = consumer.end_offsets(tps)
        remaining = {tp for tp in tps if ends[tp] > 0}
        latest: dict[bytes, bytes | None] = {}
        deadline = time.monotonic() + timeout_s
        while remaining:
            if time.monotonic() > deadline:
                raise TimeoutError(f"reading {topic} to its end took more than {timeout_s:.0f}s")
            for tp, batch in consumer.poll(timeout_ms=200).items():
                for record in batch:
                    if record.offset < ends[tp] and record.key is not None and only in (None, record.key):
                        latest[record.key] = record.value
            for tp in list(remaining):
                if consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
        return latest
    finally:
        consumer.close()


def end_offsets(settings: Settings, topic: str) -> dict[int, int]:
    """Partition -> end offset of ``topic``."""
    consumer = KafkaConsumer(bootstrap_servers=settings.bootstrap_servers, client_id="seda-offsets")
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in parts]
        return {tp.partition: off for tp, off in consumer.end_offsets(tps).items()}
    finally:
        consumer.close()


def committed_offsets(settings: Settings, topic: str, group: str | None = None) -> dict[int, int]:
    """Partition -> committed offset of the workers' consumer group on ``topic``."""
    group = group or settings.consumer_group
    client = admin(settings)
    try:
        offsets = client.list_group_offsets({group: None}).get(group, {})
    finally:
        client.close()
    return {tp.partition: meta.offset for tp, meta in offsets.items()
            if tp.topic == topic and meta.offset >= 0}


def lag(end: Mapping[TopicPartition, int], committed: Mapping[TopicPartition, int | None],
        beginning: Mapping[TopicPartition, int]) -> dict[TopicPartition, int]:
    """Messages between each partition's committed offset and its end.

    A partition the group never committed counts from its earliest retained offset
    (everything still there is waiting); a committed offset older than retention
    counts from the earliest offset too.
    """
    out = {}
    for tp, last in end.items():
        start = beginning.get(tp, 0)
        position = committed.get(tp)
        out[tp] = max(0, last - max(start, position if position is not None and position >= 0 else start))
    return out


def stuck_partitions(lags: dict[TopicPartition, int], committed: dict[TopicPartition, int | None],
          previous: dict[TopicPartition, int | None]) -> list[tuple[TopicPartition, int]]:
    """Partitions with records waiting whose commit has not moved since the previous refresh.

    A worker commits every second while it processes, so a commit that stands still for a whole
    interval with records behind it means those records are not being delivered to its agent.
    """
    out = []
    for tp, behind in lags.items():
        now = committed.get(tp)
        if behind > 0 and now is not None and now >= 0 and previous.get(tp) == now:
            out.append((tp, now))
    return out


class OffsetReader:
    """End, earliest and committed offsets for the lag metrics; one connection, reused (blocking calls)."""

    def __init__(self, settings: Settings) -> None:
        """Create the reader (connections open on first use)."""
        self.settings = settings
        self._consumer: KafkaConsumer | None = None
        self._admin: KafkaAdminClient | None = None
        #: The committed offsets read by the last :meth:`group_lag` call.
        self.committed: dict[TopicPartition, int | None] = {}

    def group_lag(self, group: str, tps: Iterable[TopicPartition]) -> dict[TopicPartition, int]:
        """Lag of consumer group ``group`` on partitions ``tps``."""
        wanted = list(tps)
        if not wanted:
            return {}
        if self._consumer is None:
            self._consumer = KafkaConsumer(bootstrap_servers=self.settings.bootstrap_servers,
                                           client_id="seda-lag", enable_auto_commit=False)
        if self._admin is None:
            self._admin = admin(self.settings)
        end = self._consumer.end_offsets(wanted)
        beginning = self._consumer.beginning_offsets(wanted)
        offsets = self._admin.list_group_offsets({group: None}).get(group, {})
        committed = {tp: meta.offset for tp, meta in offsets.items()}
        self.committed = {tp: committed.get(tp) for tp in wanted}
        return lag(end, committed, beginning)

    def partitions(self, topic: str) -> list[TopicPartition]:
        """Every partition of ``topic``."""
        if self._consumer is None:
            self._consumer = KafkaConsumer(bootstrap_servers=self.settings.bootstrap_servers,
                                           client_id="seda-lag", enable_auto_commit=False)
        return [TopicPartition(topic, p) for p in sorted(self._consumer.partitions_for_topic(topic) or ())]

    def close(self) -> None:
        """Close the connections (they reopen on the next call)."""
        for client in (self._consumer, self._admin):
            if client is not None:
                client.close()
        self._consumer = self._admin = None
