"""docs/metrics.md documents every metric Seda declares, and only those."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline import metrics

DOC = Path(__file__).resolve().parents[2] / "docs" / "metrics.md"


def _declared() -> set[str]:
    names = set()
    for metric in metrics.REGISTRY.collect():
        if metric.name.startswith("seda_"):
            names.add(metric.name + ("_total" if metric.type == "counter" else ""))
    return names


def test_every_metric_is_documented_and_nothing_else():
    documented = set(re.findall(r"^\| `(seda_[a-z_]+)` \|", DOC.read_text(encoding="utf-8"), re.M))
    declared = _declared()
    assert declared - documented == set(), "undocumented"
    assert documented - declared == set(), "documented but not declared"
    assert len(declared) >= 30


def test_names_follow_prometheus_conventions():
    for metric in metrics.REGISTRY.collect():
        if not metric.name.startswith("seda_"):
            continue
        if metric.type == "histogram":
            assert metric.name.endswith(("_seconds", "_messages")), metric.name
        if metric.type == "gauge":
            assert not metric.name.endswith("_total"), metric.name
