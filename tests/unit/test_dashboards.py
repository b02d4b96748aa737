"""Dashboards as code: the committed JSON is what the code generates, and every query uses real metrics."""

from __future__ import annotations

import json
import re

import pytest

from pipeline import dashboards, metrics

#: Series Prometheus itself adds to every target.
PROMETHEUS_SERIES = {"up"}


def _served() -> set[str]:
    names = set()
    for metric in metrics.REGISTRY.collect():
        names.update(sample.name for sample in metric.samples)
        names.add(metric.name)
    # Histograms and counters also expose _bucket/_sum/_count/_total series.
    return names | {n + s for n in names for s in ("_bucket", "_sum", "_count", "_total")}


def test_at_least_three_dashboards_and_twenty_panels():
    assert len(dashboards.DASHBOARDS) >= 3
    assert sum(len(d.panels) for d in dashboards.DASHBOARDS) >= 20
    assert len({d.uid for d in dashboards.DASHBOARDS}) == len(dashboards.DASHBOARDS)


@pytest.mark.parametrize("dashboard", dashboards.DASHBOARDS, ids=lambda d: d.uid)
def test_committed_json_is_generated(dashboard):
    path = dashboards.DASHBOARD_DIR / f"{dashboard.uid}.json"
    assert path.read_text(encoding="utf-8") == dashboards.render_json(dashboard), (
        f"{path} is stale: run `seda dashboards build`")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [p["title"] for p in data["panels"]] == [p.title for p in dashboard.panels]
    assert all(p["targets"] and p["datasource"]["uid"] == "${datasource}" for p in data["panels"])
    # Panels never overlap on Grafana's 24-column grid.
    cells = set()
    for p in data["panels"]:
        g = p["gridPos"]
        assert g["x"] + g["w"] <= 24
        for x in range(g["x"], g["x"] + g["w"]):
            for y in range(g["y"], g["y"] + g["h"]):
                assert (x, y) not in cells
                cells.add((x, y))


def test_every_query_uses_metrics_the_worker_serves_and_is_scoped_to_the_group():
    served = _served() | PROMETHEUS_SERIES
    for dashboard in dashboards.DASHBOARDS:
        for panel in dashboard.panels:
            for expr, _ in panel.targets:
                names = dashboards.metric_names(expr)
                assert names or expr == "vector(300)", expr
                assert names <= served, (panel.title, names - served)
                # Every selector carries the group matcher.
                assert len(re.findall(r"\{", expr)) == expr.count('group=~"$group"'), expr


def test_provisioning_files_point_at_the_dashboards():
    provisioning = dashboards.GRAFANA_DIR / "provisioning"
    datasource = (provisioning / "datasources" / "seda-prometheus.yaml").read_text()
    provider = (provisioning / "dashboards" / "seda.yaml").read_text()
    assert "type: prometheus" in datasource and "apiVersion: 1" in datasource
    assert "type: file" in provider and "path:" in provider
