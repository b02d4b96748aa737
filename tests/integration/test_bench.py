"""``seda bench`` end to end on the real stack, with a tiny load (the figures are not judged here).

What is checked is the harness: every stage runs against real workers, Kafka and
Elasticsearch, every key of the JSON contract is a plain positive number, and
the run leaves no topic, index or consumer group behind.
"""

from __future__ import annotations

import math

from pipeline import bench, es, kafka_io
from pipeline.settings import Settings
from pipeline.stack import Stack
from tests.integration.conftest import RUN_ID

BY_LOAD = tuple(f"e2e_latency_by_load_{lk}_{what}" for lk in ("25", "50", "75")
                for what in ("p50_s", "p99_s", "offered_msgs_per_s", "achieved_msgs_per_s"))
REQUIRED = (
    "kafka_ceiling_msgs_per_s", "es_ceiling_docs_per_s", "logic_msgs_per_s_per_core",
    "e2e_msgs_per_s_1w", "e2e_msgs_per_s_2w", "e2e_latency_p50_s", "e2e_latency_p99_s",
    "optout_latency_p99_s", "worker_rss_mb_start", "worker_rss_mb_end",
    "ratio_e2e_to_es_ceiling", "ratio_e2e_to_kafka_ceiling", "machine_cores", "machine_memory_gib",
    *BY_LOAD,
)

TINY = bench.Plan("test", e2e_messages=3000, rss_messages=3000, es_docs=1000, logic_messages=300,
                  load_seconds=4.0, probes_per_level=40)


def test_bench_runs_every_stage_and_cleans_up(stack: Stack, base_settings: Settings, tmp_path):
    run_id = f"{RUN_ID}-bench"
    out = bench.run(TINY, base_settings, say=lambda _: None, run_id=run_id)
    flat = bench.flat_numbers(out.results)
    for key in REQUIRED:
        assert key in flat, key
        assert flat[key] > 0, (key, flat[key])
    assert flat["e2e_latency_p99_s"] >= flat["e2e_latency_p50_s"]
    best = max(flat["e2e_msgs_per_s_1w"], flat["e2e_msgs_per_s_2w"])
    assert math.isclose(flat["ratio_e2e_to_es_ceiling"], best / flat["es_ceiling_docs_per_s"])
    assert flat["e2e_latency_by_load_50_probes"] > 0
    assert flat["e2e_latency_by_load_50_probes_unseen"] == 0
    assert flat["optout_events_measured"] > 0
    assert out.meta["kafka"] and out.meta["elasticsearch"] and out.meta["cores"] == flat["machine_cores"]

    written = bench.write_outputs(out, str(tmp_path / "b.json"), str(tmp_path / "bench.md"), "test")
    assert all(p.stat().st_size > 0 for p in written)

    admin = kafka_io.admin(base_settings)
    try:
        assert not [t for t in admin.list_topics() if t.startswith(run_id)]
        assert not [g["group_id"] for g in admin.list_groups() if g["group_id"].startswith(run_id)]
    finally:
        admin.close()
    client = es.sync_client(base_settings)
    try:
        assert not list(client.indices.get(index=f"{run_id}-*", expand_wildcards="all").body)
    finally:
        client.close()
    assert not [w.name for w in Stack(base_settings).workers() if w.name.startswith(run_id)]
