"""Faust agents, one per module, each named verb_noun: iterate, batch, call logic, send, observe.

Importing this package registers every agent with :data:`pipeline.app.app`.
"""

from pipeline.agents import apply_optouts, enrich_messages, index_messages, index_suppression, suggest_replies

__all__ = ["apply_optouts", "enrich_messages", "index_messages", "index_suppression", "suggest_replies"]
