"""Triage: language, opt-out/opt-in, survey score, category, sentiment and escalation.

Plain typed functions with no stream-processing imports: the enrich agent, the
offline ``seda classify`` command and the tests all call :func:`triage_batch`.
"""

from pipeline.triage.engine import MODEL_VERSION, triage, triage_batch
from pipeline.triage.types import Evidence, TriageRequest, TriageResult

__all__ = ["MODEL_VERSION", "Evidence", "TriageRequest", "TriageResult", "triage", "triage_batch"]
