"""Project conventions enforced by the suite: ruff (incl. docstrings) and mypy on pipeline/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def test_ruff_clean():
    out = subprocess.run([str(BIN / "ruff"), "check", "pipeline", "tests"], cwd=ROOT, capture_output=True,
                         text=True, check=False)
    assert out.returncode == 0, out.stdout[-4000:]


def test_mypy_clean():
    out = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True,
                         check=False)
    assert out.returncode == 0, out.stdout[-4000:]


def test_no_faust_in_triage_logic():
    allowed = {"app.py", "topics.py", "web.py", "worker.py"}
    for path in (ROOT / "pipeline").rglob("*.py"):
        rel = path.relative_to(ROOT / "pipeline")
        if rel.parts[0] == "agents" or rel.name in allowed:
            continue
        text = path.read_text(encoding="utf-8")
        assert "import faust" not in text and "from faust" not in text, f"{rel} imports faust"
