"""Every Kafka topic of Seda, with its key and value codec, in one place.

Values are Avro (see :mod:`pipeline.schemas`); keys are plain UTF-8 text so that
tools such as kcat can read them. The value codecs never raise on consumption:
a value that cannot be decoded comes out as :class:`pipeline.records.Undecodable`
and the agent dead-letters it, because a codec error inside Faust would drop the
record silently.
"""

from __future__ import annotations

from typing import Any

from faust.serializers import codecs

from pipeline import records, schemas
from pipeline.app import app, settings
from pipeline.kafka_io import TOPIC_SPECS, topic_config
from pipeline.registry import registry_for


class AvroCodec(codecs.Codec):
    """Avro value codec for one record schema; lenient on decode."""

    def __init__(self, schema_name: str, topic: str, **kwargs: Any) -> None:
        """Create a codec for ``schema_name`` values on ``topic``."""
        super().__init__(schema_name=schema_name, topic=topic, **kwargs)
        self.schema_name = schema_name
        self.topic = topic
        self.registry = registry_for(settings)

    def encode(self, obj: Any) -> bytes:
        """The framed Avro bytes of ``obj`` (bytes pass through)."""
        return self._dumps(obj)

    def _dumps(self, obj: Any) -> bytes:
        if isinstance(obj, bytes | bytearray):
            return bytes(obj)
        schema_id = self.registry.schema_id(self.topic, self.schema_name) if self.registry else None
        return schemas.encode(self.schema_name, obj, schema_id)

    def _loads(self, s: bytes) -> Any:
        try:
            return schemas.decode(self.schema_name, s, self.registry.lookup if self.registry else None)
        except schemas.DecodeError as exc:
            return records.Undecodable("decode", exc.reason, type(exc).__name__, str(exc))


class RawMessageCodec(AvroCodec):
    """Codec of the raw topic: Avro or JSON in, checked for what triage must not see."""

    def _loads(self, s: bytes) -> Any:
        try:
            return records.decode_raw(s, settings.max_text_chars,
                                      self.registry.lookup if self.registry else None)
        except schemas.DecodeError as exc:
            stage = "decode" if exc.reason in records.DECODE_REASONS else "validate"
            return records.Undecodable(stage, exc.reason, type(exc).__name__, str(exc))


def _topic(name: str, codec: type[AvroCodec] = AvroCodec) -> Any:
    full = settings.topic(name)
    return app.topic(
        full,
        key_type=bytes,
        key_serializer="raw",
        value_serializer=codec(TOPIC_SPECS[name].schema, full),
        partitions=settings.partitions,
        replicas=settings.replication_factor,
        allow_empty=True,
        config=topic_config(settings, name) or None,
    )


def _table(name: str) -> Any:
    """A table of framed Avro values by text key, on the configured store (RocksDB by default).

    It is co-partitioned with the topic its agent consumes: same key, same partition count.
    """
    return app.Table(name, default=None, key_type=str, value_type=bytes, partitions=settings.partitions,
                     store=settings.table_store)


raw_messages = _topic("raw", RawMessageCodec)
enriched_messages = _topic("enriched")
optout_requests = _topic("optout_requests")
optouts = _topic("optouts")
optout_review = _topic("optout_review")
escalations = _topic("escalations")
reply_candidates = _topic("reply_candidates")
replies = _topic("replies")
responses = _topic("responses")
corrections = _topic("corrections")
survey_answers = _topic("survey_answers")
sla_events = _topic("sla")
deadletter = _topic("deadletter")

#: The suppression list's state per address (key: normalised address, tenant-prefixed),
#: co-partitioned with optout_requests. Kept on disk (RocksDB, ``SEDA_TABLE_STORE``) so
#: memory stays flat as the list grows; its changelog topic restores it on another
#: worker or after the disk is lost. Values are framed Avro ``SuppressionState`` bytes
#: (see :mod:`pipeline.agents.apply_optouts`). It is also the confirmations' dedupe
#: record: a request that finds its change already stored is not confirmed again.
suppression_table = _table("suppression")

#: What the enrich agent remembers per customer (duplicates, multipart parts, repeat
#: contacts), keyed like the raw topic (customer key), so co-partitioned with it.
#: Values are framed Avro ``CustomerState`` bytes (see :mod:`pipeline.customers`).
customers_table = _table("customers")

#: When the last acknowledgement went to an address (key: the suppression key), so
#: co-partitioned with reply_candidates and the suppression table. Values: the time as
#: 8-byte big-endian epoch milliseconds.
reply_limits_table = _table("reply-limits")

#: NPS/CSAT counts per window (key: the window key), co-partitioned with survey_answers.
#: Values are framed Avro ``ScoreWindowState`` bytes (see :mod:`pipeline.scores`).
score_windows_table = _table("score-windows")

#: SLA timers per message (key: the timer key, message id tenant-prefixed), co-partitioned
#: with seda.sla. Values are framed Avro ``SlaTimer`` bytes (see :mod:`pipeline.sla`).
sla_table = _table("sla")
