"""Alert rules: promtool checks every rule file and runs every rule unit test under deploy/prometheus."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

RULES_DIR = Path(__file__).resolve().parents[2] / "deploy" / "prometheus" / "rules"
RUNBOOK = Path(__file__).resolve().parents[2] / "docs" / "runbook.md"
RULE_FILES = sorted(p for p in RULES_DIR.glob("*.yml") if "test" not in p.name)
TEST_FILES = sorted(p for p in RULES_DIR.glob("*.yml") if "test" in p.name)
PROMTOOL = shutil.which("promtool")


def _alerts() -> list[str]:
    return [m for p in RULE_FILES for m in re.findall(r"^\s+- alert: (\w+)", p.read_text(), re.M)]


def _promtool(*args: str) -> subprocess.CompletedProcess[str]:
    # `make install` installs Debian's prometheus package, which brings promtool.
    assert PROMTOOL, "promtool missing: run `make install`"
    return subprocess.run([PROMTOOL, *args], cwd=RULES_DIR, capture_output=True, text=True, timeout=120)


def test_there_are_rules_and_tests():
    assert RULE_FILES and TEST_FILES
    alerts = _alerts()
    assert len(alerts) >= 8 and len(set(alerts)) == len(alerts), alerts


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.name)
def test_promtool_check_rules(path: Path):
    proc = _promtool("check", "rules", path.name)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("path", TEST_FILES, ids=lambda p: p.name)
def test_promtool_test_rules(path: Path):
    proc = _promtool("test", "rules", path.name)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_alert_is_unit_tested_firing():
    tested = " ".join(p.read_text() for p in TEST_FILES)
    for alert in _alerts():
        # A firing case lists the alert's expected labels after its name.
        assert re.search(rf"alertname: {alert}\n\s+exp_alerts:\n\s+- exp_labels", tested), alert


def test_every_alert_has_annotations_and_a_runbook_section():
    text = "".join(p.read_text() for p in RULE_FILES)
    runbook = RUNBOOK.read_text(encoding="utf-8")
    headings = {h.strip().lower() for h in re.findall(r"^## (.+)$", runbook, re.M)}
    for alert in _alerts():
        block = text.split(f"- alert: {alert}\n", 1)[1].split("- alert:", 1)[0]
        for key in ("summary:", "description:", f"runbook_url: \"docs/runbook.md#{alert.lower()}\""):
            assert key in block, (alert, key)
        assert alert.lower() in headings, f"docs/runbook.md has no section '## {alert}'"


def test_the_shipped_scrape_config_is_valid_and_loads_the_rules():
    config = RULES_DIR.parent / "prometheus.yml"
    proc = subprocess.run([PROMTOOL or "promtool", "check", "config", str(config)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "seda-alerts.yml" in proc.stdout and "job_name: seda-worker" in config.read_text()
