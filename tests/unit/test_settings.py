"""Typed settings: defaults, parsing, fail-fast validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.settings import ConfigError, Settings, describe, from_env


def test_defaults_are_valid_and_derived_values():
    s = from_env({})
    assert s.bootstrap_servers == "127.0.0.1:9092"
    assert s.elasticsearch_url == "http://127.0.0.1:9200"
    assert s.topic("raw") == "seda.messages.raw"
    assert s.topic("optouts") == "seda.optouts"
    assert s.worker_port == 6066
    assert s.messages_alias == "seda-messages"


def test_env_values_are_parsed_by_type():
    s = from_env({"SEDA_TOPIC_PREFIX": "x.", "SEDA_PARTITIONS": "8", "SEDA_KAFKA_PORT": "19092",
                  "SEDA_ENRICH_BATCH_WITHIN_S": "0.01", "SEDA_STATE_DIR": "/tmp/seda-x",
                  "SEDA_WORKER_INDEX": "2", "SEDA_INDEX_PREFIX": "x-"})
    assert s.topic("raw") == "x.seda.messages.raw"
    assert s.partitions == 8
    assert s.bootstrap_servers == "127.0.0.1:19092"
    assert s.enrich_batch_within_s == 0.01
    assert s.state_dir == Path("/tmp/seda-x")
    assert s.worker_port == 6068
    assert s.messages_alias == "x-messages"


@pytest.mark.parametrize("env,needle", [
    ({"SEDA_PARTITIONS": "many"}, "SEDA_PARTITIONS"),
    ({"SEDA_PARTITIONS": "0"}, "SEDA_PARTITIONS"),
    ({"SEDA_KAFKA_PORT": "70000"}, "SEDA_KAFKA_PORT"),
    ({"SEDA_TOPIC_PREFIX": "bad prefix"}, "SEDA_TOPIC_PREFIX"),
    ({"SEDA_INDEX_PREFIX": "Upper-"}, "SEDA_INDEX_PREFIX"),
    ({"SEDA_LOG_LEVEL": "loud"}, "SEDA_LOG_LEVEL"),
    ({"SEDA_ES_HEAP": "lots"}, "SEDA_ES_HEAP"),
    ({"SEDA_INDEX_PERIOD": "week"}, "SEDA_INDEX_PERIOD"),
    ({"SEDA_NO_SUCH_THING": "1"}, "SEDA_NO_SUCH_THING"),
    ({"SEDA_ES_BACKOFF_MAX_S": "0.01"}, "SEDA_ES_BACKOFF_MAX_S"),
])
def test_bad_config_fails_fast_naming_the_variable(env, needle):
    with pytest.raises(ConfigError) as err:
        from_env(env)
    assert needle in str(err.value)


def test_every_setting_is_described():
    names = {row[0] for row in describe()}
    assert "SEDA_KAFKA_PORT" in names and "SEDA_TOPIC_PREFIX" in names
    assert len(names) == len(Settings.__dataclass_fields__)


def test_documented_in_configuration_md():
    doc = (Path(__file__).parents[2] / "docs" / "configuration.md").read_text()
    missing = [name for name, _, _ in describe() if name not in doc]
    assert not missing, f"undocumented settings: {missing}"
