"""Faust agents, one per module, each named verb_noun: iterate, batch, call logic, send, observe.

Importing this package registers every agent with :data:`pipeline.app.app`.
"""

from pipeline.agents import (
    aggregate_scores,
    apply_corrections,
    apply_optouts,
    enrich_messages,
    forward_responses,
    index_messages,
    index_suppression,
    suggest_replies,
    track_slas,
)

__all__ = ["aggregate_scores", "apply_corrections", "apply_optouts", "enrich_messages", "forward_responses",
           "index_messages", "index_suppression", "suggest_replies", "track_slas"]
