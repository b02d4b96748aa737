"""kafka-python (the pinned release) speaks to the local Kafka 4.x broker."""

from __future__ import annotations

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import ConfigResource, ConfigResourceType, NewTopic

from pipeline import kafka_io

from .conftest import RUN_ID


def test_admin_produce_consume(stack, base_settings):
    bootstrap = base_settings.bootstrap_servers
    topic = f"{RUN_ID}.compat"
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics([NewTopic(topic, 3, 1, topic_configs={"cleanup.policy": "compact"})])
        assert topic in admin.list_topics()
        [described] = admin.describe_topics([topic])
        assert len(described["partitions"]) == 3
        configs = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)])
        assert configs["topic"][topic]["cleanup.policy"]["value"] == "compact"
        producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
        for i in range(30):
            producer.send(topic, key=f"k{i % 5}".encode(), value=f"v{i}".encode())
        producer.flush()
        producer.close()
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                                 group_id=f"{RUN_ID}-compat", consumer_timeout_ms=5000)
        consumer.subscribe([topic])
        values = sorted(int(m.value[1:]) for m in consumer)
        consumer.commit()
        committed = {p: consumer.committed(TopicPartition(topic, p)) for p in range(3)}
        consumer.close()
        assert values == list(range(30))
        assert sum(committed.values()) == 30
        assert sum(kafka_io.end_offsets(base_settings, topic).values()) == 30
    finally:
        admin.delete_topics([topic])
        admin.close()


def test_seda_topics_are_created_with_their_configs(stack, base_settings):
    kafka_io.create_topics(base_settings)
    admin = kafka_io.admin(base_settings)
    try:
        optouts = base_settings.topic("optouts")
        raw = base_settings.topic("raw")
        res = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, optouts),
                                      ConfigResource(ConfigResourceType.TOPIC, raw)])["topic"]
        assert res[optouts]["cleanup.policy"]["value"] == "compact"
        assert res[raw]["max.message.bytes"]["value"] == str(base_settings.max_record_bytes)
        [desc] = admin.describe_topics([raw])
        assert len(desc["partitions"]) == base_settings.partitions
    finally:
        admin.close()
    assert set(kafka_io.create_topics(base_settings).values()) == {"exists"}
