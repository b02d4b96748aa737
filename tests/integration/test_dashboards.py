"""Every dashboard panel's and every alert's PromQL, run through the real Prometheus scraping a real worker.

The worker triages the bundled sample (opt-outs, survey answers, escalations, ambiguous opt-outs),
a malformed record and a human response; then each panel query, scoped to this test's consumer
group, must be valid and — where that traffic produces data — return some. Each alert rule must be
loaded by the stack's Prometheus, evaluate without error, and its expression must run.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from pipeline import dashboards, kafka_io, records
from pipeline.produce import produce_file
from pipeline.stack import http_get

from .conftest import wait_until
from .test_resilience import _es_count

SAMPLE = Path(__file__).resolve().parents[2] / "pipeline" / "data" / "sample_messages.jsonl"
RULES = Path(__file__).resolve().parents[2] / "deploy" / "prometheus" / "rules" / "seda-alerts.yml"


def test_every_dashboard_and_alert_query_runs_on_prometheus(namespace, base_settings, tmp_path: Path):
    ns = namespace("dashboards", 8126, SEDA_MONITOR_INTERVAL_S="2", SEDA_SLA_CHECK_INTERVAL_S="2")
    ns.start_worker()
    port = ns.stack.worker_service(0).port
    group = ns.settings.group_id
    prom = f"http://127.0.0.1:{base_settings.prometheus_port}"

    # Two halves some scrapes apart, so rates see counters move; plus a malformed record.
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    halves = [tmp_path / "first.jsonl", tmp_path / "second.jsonl"]
    halves[0].write_text("\n".join(lines[:160]) + "\n", encoding="utf-8")
    halves[1].write_text("\n".join(lines[160:]) + "\n", encoding="utf-8")
    produce_file(ns.settings, str(halves[0]))
    producer = kafka_io.producer(ns.settings)
    producer.send(ns.topic("raw"), key=b"broken", value=b"\x00\x01 not a record")
    producer.flush()
    producer.close()
    wait_until(lambda: _es_count(ns) >= 150, 120, "the first half indexed")
    time.sleep(12)
    produce_file(ns.settings, str(halves[1]))
    wait_until(lambda: _es_count(ns) >= 318, 120, "the sample indexed")
    client = ns.es()
    try:
        complaint = client.search(index=ns.settings.messages_alias, q="category:complaint", size=1)
    finally:
        client.close()
    message_id = complaint["hits"]["hits"][0]["_id"]
    kafka_io.send_records(ns.settings, "responses", [(message_id, {
        "response_id": "r-dash", "message_id": message_id, "responder": "agent-7", "tenant": None,
        "responded_at": records.now_utc()})])

    def scraped(expr: str) -> bool:
        return bool(dashboards.query(prom, expr))

    wait_until(lambda: scraped(f'seda_sla_response_seconds_count{{group="{group}"}}'), 90,
               "the response's time to be scraped")
    wait_until(lambda: scraped(f'seda_consumer_lag_messages{{group="{group}"}}'), 60, "lag to be scraped")
    time.sleep(12)  # two more scrapes: every counter has moved between samples in the windows

    missing, ran = [], 0
    for dashboard in dashboards.DASHBOARDS:
        for panel, expr in dashboards.expressions(dashboard, group):
            result = dashboards.query(prom, expr)  # raises on invalid PromQL
            ran += 1
            if panel.expect_data and not result:
                missing.append(f"{dashboard.uid}: {panel.title}: {expr}")
    assert ran >= 20
    assert not missing, "panels without data:\n" + "\n".join(missing)

    # The worker serves every metric the dashboards use (labelled ones show their HELP line).
    _, body = http_get(f"http://127.0.0.1:{port}/metrics", 5)
    text = body.decode()
    for dashboard in dashboards.DASHBOARDS:
        for _, expr in dashboards.expressions(dashboard, group):
            for name in dashboards.metric_names(expr) - {"up"}:
                base = re.sub(r"_(bucket|sum|count|total)$", "", name)
                assert f"# HELP {base}" in text or f"# HELP {name}" in text, name

    alerts = re.findall(r"^\s+- alert: (\w+)", RULES.read_text(), re.M)
    status, body = http_get(f"{prom}/api/v1/rules?type=alert", 10)
    assert status == 200
    loaded = {r["name"]: r for g in json.loads(body)["data"]["groups"] for r in g["rules"]}
    assert set(alerts) <= set(loaded), set(alerts) - set(loaded)

    def evaluated() -> list[str]:
        _, fresh = http_get(f"{prom}/api/v1/rules?type=alert", 10)
        rules = {r["name"]: r for g in json.loads(fresh)["data"]["groups"] for r in g["rules"]}
        return [n for n in alerts if rules[n].get("health") != "ok"]

    wait_until(lambda: not evaluated(), 60, "every alert rule evaluated with health ok")
    for name in alerts:
        dashboards.query(prom, loaded[name]["query"])  # raises on invalid PromQL
