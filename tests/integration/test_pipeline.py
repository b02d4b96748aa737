"""End to end on the real stack: raw topic -> worker -> enriched, opt-outs, dead letters, Elasticsearch."""

from __future__ import annotations

import collections
import json
import os
import random
import subprocess
import sys

from pipeline import kafka_io, records, schemas
from pipeline.loadgen import malformed_values, messages
from pipeline.triage import TriageRequest, triage

from .conftest import wait_until

GOOD, BAD = 1950, 50


def _produce(ns, values):
    producer = kafka_io.producer(ns.settings)
    try:
        for key, value in values:
            producer.send(ns.topic("raw"), key=key, value=value)
        producer.flush()
    finally:
        producer.close()


def _count(ns, query=None) -> int:
    client = ns.es()
    try:
        client.indices.refresh(index=ns.settings.messages_alias)
        return int(client.count(index=ns.settings.messages_alias, query=query or {"match_all": {}})["count"])
    finally:
        client.close()


def _topic_size(ns, name: str) -> int:
    return sum(kafka_io.end_offsets(ns.settings, ns.topic(name)).values())


def test_2000_messages_50_malformed_replayed_without_duplicates(namespace):
    ns = namespace("e2e", 7166)
    good = list(messages(GOOD, prefix="e2e", seed=3))
    bad = malformed_values(BAD)
    values = [(records.customer_key(m).encode(), schemas.encode("RawMessage", m)) for m in good]
    values += [(b"bad-%d" % i, v) for i, (_, v) in enumerate(bad)]
    random.Random(5).shuffle(values)
    ns.start_worker()
    _produce(ns, values)

    wait_until(lambda: _count(ns) >= GOOD, 300, f"{GOOD} documents in Elasticsearch")
    wait_until(lambda: _topic_size(ns, "deadletter") >= BAD, 120, f"{BAD} dead letters")
    assert _count(ns) == GOOD
    assert _topic_size(ns, "deadletter") == BAD

    # Every dead letter names its reason, stage and source offset; the reasons are
    # exactly those of the malformed values sent.
    dead = [kafka_io.decode_value(ns.settings, "deadletter", r.value)
            for r in kafka_io.consume(ns.settings, ns.topic("deadletter"), from_beginning=True,
                                      timeout_s=5, max_records=BAD)]
    assert collections.Counter(d["reason"] for d in dead) == collections.Counter(r for r, _ in bad)
    assert all(d["stage"] in ("decode", "validate") and d["offset"] >= 0 for d in dead)
    assert all(d["error_message"] for d in dead)

    # Documents carry their enrichment, and the triage the worker applied is the
    # same as the offline logic on the same text.
    client = ns.es()
    try:
        sample = random.Random(1).sample(good, 25)
        for m in sample:
            hits = client.search(index=ns.settings.messages_alias,
                                 query={"ids": {"values": [m["id"]]}})["hits"]["hits"]
            doc = hits[0]["_source"]
            expected = triage(TriageRequest(text=m["text"], channel=m["channel"],
                                            in_reply_to=m["in_reply_to"], survey_scale=m["survey_scale"]))
            assert doc["message_id"] == m["id"]
            assert doc["text"] == m["text"]
            assert (doc["language"], doc["category"], doc["sentiment"]) == (
                expected.language, expected.category, expected.sentiment)
            assert doc["opt_out"] == expected.opt_out and doc["escalate"] == expected.escalate
            assert doc["model_version"] == expected.model_version
            assert doc["indexed_at"] >= doc["enriched_at"] >= doc["ingested_at"]
        mapping = client.indices.get_mapping(index=ns.settings.messages_alias).body
        props = next(iter(mapping.values()))["mappings"]["properties"]
        for keyword in ("language", "category", "sentiment", "channel", "escalation_reasons"):
            assert props[keyword]["type"] == "keyword"
    finally:
        client.close()

    # Replay: the same 2,000 records again. The worker processes them (50 more
    # dead letters) but Elasticsearch still holds exactly one document per id.
    enriched_before = _topic_size(ns, "enriched")
    _produce(ns, values)
    wait_until(lambda: _topic_size(ns, "deadletter") >= 2 * BAD, 300, "the replay to be processed")
    wait_until(lambda: _topic_size(ns, "enriched") >= enriched_before + GOOD, 300, "replay enriched")
    assert _count(ns) == GOOD

    # Opt-outs: one event per opt-out/opt-in message, keyed by the normalised
    # address; kcat (an independent client) reads the keys back as plain text.
    expected_keys = collections.Counter()
    for m in good:
        r = triage(TriageRequest(text=m["text"], channel=m["channel"]))
        if r.opt_out or r.opt_in:
            expected_keys[records.normalize_address(m["sender"])] += 2  # sent twice
    assert expected_keys, "the load must contain opt-outs"
    wait_until(lambda: _topic_size(ns, "optouts") >= sum(expected_keys.values()), 120, "opt-out events")
    out = subprocess.run(["kcat", "-b", ns.settings.bootstrap_servers, "-C", "-t", ns.topic("optouts"),
                          "-e", "-q", "-f", "%k\n"], capture_output=True, text=True, timeout=60, check=True)
    assert collections.Counter(out.stdout.split()) == expected_keys


def test_seda_tail_prints_decoded_json_lines(namespace):
    ns = namespace("tail", 7266)
    msgs = list(messages(5, prefix="tail"))
    _produce(ns, [(None, schemas.encode("RawMessage", m)) for m in msgs] + [(b"x", b"garbage")])
    env = dict(os.environ, **ns.env)
    out = subprocess.run([sys.executable, "-m", "pipeline", "tail", "raw", "--from-beginning",
                          "--timeout", "3"], capture_output=True, text=True, env=env, timeout=120, check=True)
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(lines) == 6
    decoded = [x for x in lines if x["value"]]
    assert sorted(x["value"]["id"] for x in decoded) == sorted(m["id"] for m in msgs)
    assert [x["error"]["reason"] for x in lines if not x["value"]] == ["undecodable"]
    out = subprocess.run([sys.executable, "-m", "pipeline", "tail", ns.topic("raw"), "--from-beginning",
                          "--max", "2"], capture_output=True, text=True, env=env, timeout=120, check=True)
    assert len(out.stdout.splitlines()) == 2


def test_seda_produce_jsonl_and_csv(namespace, tmp_path):
    ns = namespace("produce", 7366)
    jsonl = tmp_path / "m.jsonl"
    jsonl.write_text('{"id": "p1", "text": "سلام"}\n{"id": "p2", "text": "STOP", "channel": "sms", '
                     '"sender": "+1 202 555 0100"}\n{"id": "p3"}\n', encoding="utf-8")
    csv = tmp_path / "m.csv"
    csv.write_text("id,text,channel,sender,received_at\nc1,hello there,chat,a@b.com,2026-11-20T10:00:00Z\n",
                   encoding="utf-8")
    env = dict(os.environ, **ns.env)
    res = subprocess.run([sys.executable, "-m", "pipeline", "produce", str(jsonl)], capture_output=True,
                         text=True, env=env, timeout=120, check=False)
    assert res.returncode == 1 and "sent 2 messages" in res.stdout and "row 3" in res.stderr
    res = subprocess.run([sys.executable, "-m", "pipeline", "produce", str(csv)], capture_output=True,
                         text=True, env=env, timeout=120, check=True)
    assert "sent 1 messages" in res.stdout
    got = {r.value for r in kafka_io.consume(ns.settings, ns.topic("raw"), from_beginning=True,
                                             timeout_s=3, max_records=3)}
    ids = sorted(records.decode_raw(v, 1000)["id"] for v in got)
    assert ids == ["c1", "p1", "p2"]
