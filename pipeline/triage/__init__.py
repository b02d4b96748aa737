"""Triage: language, opt-out/opt-in, survey score, category, sentiment and escalation.

Plain typed functions with no stream-processing imports: the enrich agent, the
offline ``seda classify`` command and the tests all call :func:`triage_batch`.
"""

from typing import Any

from pipeline.triage.engine import model_version, triage, triage_batch
from pipeline.triage.types import Evidence, TriageRequest, TriageResult

__all__ = ["Evidence", "TriageRequest", "TriageResult", "model_version", "triage", "triage_batch"]


def __getattr__(name: str) -> Any:
    # ``MODEL_VERSION`` reads the model manifest on first use, not at import.
    if name == "MODEL_VERSION":
        return model_version()
    raise AttributeError(name)
