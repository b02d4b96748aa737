"""`seda run` (what `make run` does), the worker's /metrics, and Prometheus scraping it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

import pipeline
from pipeline import es
from pipeline.demo import count_ids, sample_ids
from pipeline.stack import Stack, http_get

from .conftest import namespaced, settings_for, wait_until

SAMPLE = Path(pipeline.__file__).parent / "data" / "sample_messages.jsonl"


def _run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", "run"], capture_output=True, text=True,
                          env=dict(os.environ, **env), timeout=600, check=False)


def test_seda_run_replays_the_sample_and_is_idempotent(stack):
    env = namespaced("demo", 7666)
    settings = settings_for(env)
    st = Stack(settings)
    try:
        first = _run(env)
        assert first.returncode == 0, first.stderr[-3000:]
        assert "Replayed 320 messages" in first.stdout
        for line in ("by language:", "by category:", "by sentiment:", "Opt-outs:", "Escalations:",
                     "Dead letters", "Where to look:"):
            assert line in first.stdout
        worker = st.worker_service(0)
        pid = worker.pid()
        assert pid is not None
        since_ms = int(time.time() * 1000)
        second = _run(env)
        assert second.returncode == 0, second.stderr[-3000:]
        # "searchable" means this replay's copies, not the documents the first run left.
        client = es.sync_client(settings)
        try:
            ids = sample_ids(SAMPLE)
            assert count_ids(client, settings, ids, since_ms) == len(ids) == 320
        finally:
            client.close()
        assert "already running" in second.stderr
        assert worker.pid() == pid
        assert [w.name for w in st.workers()].count(worker.name) == 1
        # Same ids replayed: the summary counts do not change.
        assert first.stdout.split("Indexed messages")[1].split("Where to look")[0] == \
            second.stdout.split("Indexed messages")[1].split("Where to look")[0]
    finally:
        st.stop_worker(0)


def test_worker_serves_metrics_and_prometheus_scrapes_it(namespace, base_settings):
    ns = namespace("metrics", 7766)
    ns.start_worker()
    port = ns.stack.worker_service(0).port
    env = dict(os.environ, **ns.env)
    sample = os.path.join(os.path.dirname(__file__), "..", "..", "pipeline", "data", "sample_messages.jsonl")
    subprocess.run([sys.executable, "-m", "pipeline", "produce", sample, "-q"], env=env, check=True,
                   capture_output=True, timeout=120)

    def indexed() -> float:
        status, body = http_get(f"http://127.0.0.1:{port}/metrics", 5)
        assert status == 200
        for family in text_string_to_metric_families(body.decode()):
            for s in family.samples:
                if s.name == "seda_messages_out_total" and s.labels == {"agent": "index_messages",
                                                                         "outcome": "indexed"}:
                    return s.value
        return 0.0

    wait_until(lambda: indexed() >= 320, 120, "320 indexed in the worker's metrics")
    _, body = http_get(f"http://127.0.0.1:{port}/metrics", 5)
    names = {f.name for f in text_string_to_metric_families(body.decode())}
    for expected in ("seda_messages_in", "seda_messages_out", "seda_dead_letters",
                     "seda_es_bulk_duration_seconds", "seda_end_to_end_latency_seconds",
                     "seda_messages_by_language", "seda_messages_by_category",
                     "seda_messages_by_sentiment", "process_resident_memory_bytes"):
        assert expected in names, expected
    assert "le=\"0.001\"" in body.decode()  # latency buckets start at 1 ms

    prom = f"http://127.0.0.1:{base_settings.prometheus_port}"

    def scraped() -> bool:
        q = urllib.parse.quote(f'seda_messages_out_total{{group="{ns.settings.group_id}",'
                               'agent="index_messages",outcome="indexed"}')
        status, body = http_get(f"{prom}/api/v1/query?query={q}", 5)
        if status != 200:
            return False
        result = json.loads(body)["data"]["result"]
        return bool(result) and float(result[0]["value"][1]) >= 320

    wait_until(scraped, 90, "Prometheus to scrape the worker's counters")
