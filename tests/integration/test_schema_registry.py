"""Confluent wire format against a real schema registry (Apicurio, Confluent-compatible API)."""

from __future__ import annotations

import json
import struct

from pipeline import kafka_io, records
from pipeline.loadgen import messages
from pipeline.stack import http_get

from .conftest import wait_until


def test_values_use_registry_ids_end_to_end(stack, namespace):
    was_running = stack.registry.running()
    stack.up(registry=True)
    try:
        _check_registry_round_trip(stack, namespace)
    finally:
        if not was_running:
            stack.stop_registry()


def _check_registry_round_trip(stack, namespace):
    ns = namespace("registry", 7866, SEDA_SCHEMA_REGISTRY_URL=stack.registry_url)
    msgs = list(messages(50, prefix="reg"))
    msgs[7]["text"] = "STOP"
    producer = kafka_io.producer(ns.settings)
    try:
        for m in msgs:
            value = kafka_io.encode_value(ns.settings, "raw", m)
            assert value[:1] == b"\x00"  # Confluent framing: magic byte + schema id
            producer.send(ns.topic("raw"), key=records.customer_key(m).encode(), value=value)
        producer.flush()
    finally:
        producer.close()
    ns.start_worker()

    def enriched():
        return [r.value for r in kafka_io.consume(ns.settings, ns.topic("enriched"), from_beginning=True,
                                                  timeout_s=2, max_records=50)]

    values = wait_until(lambda: (v := enriched()) and len(v) == 50 and v, 120, "50 enriched records")
    schema_ids = {struct.unpack(">I", v[1:5])[0] for v in values}
    assert all(v[:1] == b"\x00" for v in values) and len(schema_ids) == 1
    decoded = [kafka_io.decode_value(ns.settings, "enriched", v) for v in values]
    assert sorted(d["message"]["id"] for d in decoded) == sorted(m["id"] for m in msgs)
    # The registry holds the subjects and returns the very schema the worker wrote with.
    status, body = http_get(f"{stack.registry_url}/subjects", 5)
    subjects = json.loads(body)
    assert status == 200
    assert f"{ns.topic('raw')}-value" in subjects and f"{ns.topic('enriched')}-value" in subjects
    _, body = http_get(f"{stack.registry_url}/schemas/ids/{schema_ids.pop()}", 5)
    assert json.loads(json.loads(body)["schema"])["name"] in ("EnrichedMessage", "io.seda.EnrichedMessage")
    # The suppression list's states are Confluent-framed too.
    optouts = wait_until(lambda: list(kafka_io.consume(ns.settings, ns.topic("optouts"), from_beginning=True,
                                                       timeout_s=2, max_records=1)), 60, "the opt-out")
    assert optouts[0].value[:1] == b"\x00"
    state = kafka_io.decode_value(ns.settings, "optouts", optouts[0].value)
    assert state["last_change"]["action"] == "opt_out"
