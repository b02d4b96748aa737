"""Agent: raw messages -> triage -> enriched messages and every event they call for.

Opt-out/opt-in requests (``seda.optout.requests``, keyed by suppression key) and escalation
events (``seda.escalations``, keyed by customer) are produced in the same batch as
the enriched record they come from; ``apply_optouts`` turns the requests into the
suppression list. Ambiguous opt-outs go whole (the enriched record) to
``seda.optout.review`` for a human and are never applied; HELP/INFO requests get
the configured help reply on ``seda.replies``.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pipeline import metrics, process, records, replies, schemas, scores, sla
from pipeline.agents.common import load_record, send_all, source_of, store_all
from pipeline.app import app, settings
from pipeline.repeat_contacts import Policy
from pipeline.routing import Routing
from pipeline.topics import (
    customers_table,
    deadletter,
    enriched_messages,
    escalations,
    optout_requests,
    optout_review,
    raw_messages,
    reply_candidates,
    sla_events,
    survey_answers,
)
from pipeline.topics import replies as replies_topic
from pipeline.triage.types import CATEGORIES, CHANNELS, ESCALATION_REASONS, LANGUAGES, SENTIMENTS, TIERS

AGENT = "enrich_messages"
log = logging.getLogger(__name__)
# Loaded at import, so a broken template file stops the worker before it consumes.
TEMPLATES = replies.load(settings.reply_templates)
ROUTES = Routing.load(settings.routing_file)
ZONE = ZoneInfo(settings.time_zone)
SLA = sla.Policy.load(settings.sla_file, settings.time_zone)
RULES = process.CustomerRules(
    duplicate_window=timedelta(seconds=settings.duplicate_window_s),
    multipart_wait=timedelta(seconds=settings.multipart_wait_s),
    repeat=Policy(settings.repeat_contact_count, timedelta(hours=settings.repeat_contact_window_h)))


#: Triage's escalation reasons and the ones that come from customer state.
REASONS = (*ESCALATION_REASONS, "repeat_contact", "sla_breach")


def _load(key: str, event: Any) -> dict[str, Any] | None:
    try:
        return load_record(customers_table, "CustomerState", key, event)
    except schemas.DecodeError:
        # Hygiene and repeat-contact memory is not worth stopping the stream for: start afresh.
        log.exception("state of customer %r is unreadable; starting it afresh", key)
        metrics.HYGIENE.labels(outcome="state_reset").inc()
        return None


@app.agent(raw_messages, name=AGENT)
async def enrich_messages(stream: Any) -> None:
    """Triage every raw message; emit its events; undecodable or invalid ones become dead letters."""
    async for events in stream.take_events(settings.enrich_batch_size,
                                           within=settings.enrich_batch_within_s):
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc(len(events))
        metrics.BATCH_SIZE.labels(agent=AGENT).observe(len(events))
        items = [(e.value, e.message.value, source_of(e), e) for e in events]
        cpu = time.process_time()
        out, states = process.enrich_batch_with_state(items, records.now_utc(), _load, RULES,
                                                      settings.default_calling_code, TEMPLATES, ROUTES,
                                                      settings.acknowledgements, ZONE, SLA)
        metrics.TRIAGE_SECONDS.observe(time.process_time() - cpu)
        # Opt-outs first: the compliance clock runs from the customer's message.
        await send_all((optout_requests, out.optouts), (replies_topic, out.replies),
                       (reply_candidates, out.candidates), (survey_answers, out.answers),
                       (enriched_messages, out.enriched), (escalations, out.escalations),
                       (optout_review, out.reviews), (sla_events, out.timers), (deadletter, out.dead))
        # Stored only once the outputs are acknowledged: a crash in between replays the
        # batch against the old state (outputs repeat, with the same ids), never loses a part.
        await store_all(customers_table, [(event, key, schemas.encode("CustomerState", state))
                                          for key, (state, event) in states.items()])
        sent_s = time.time()
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="enriched").inc(len(out.enriched))
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="optout").inc(len(out.optouts))
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="escalation").inc(len(out.escalations))
        for _, answer in out.answers:
            if answer["size"] == "hour":  # one count per answer, not per window size
                metrics.SURVEY_ANSWERS.labels(
                    scale=answer["scale"], band=scores.band(answer["scale"], answer["score"]),
                    channel=metrics.bounded(answer["channel"], CHANNELS),
                    language=metrics.bounded(answer["language"], LANGUAGES)).inc()
        for outcome, count in out.hygiene.items():
            metrics.HYGIENE.labels(outcome=outcome).inc(count)
        for _, event in out.optouts:
            metrics.OPTOUTS.labels(action=event["action"],
                                   language=metrics.bounded(event["language"], LANGUAGES),
                                   tier=metrics.bounded(event["tier"], TIERS)).inc()
        for _, reply in out.replies:
            metrics.REPLIES.labels(kind=reply["kind"]).inc()
        for _, event in out.escalations:
            for reason in event["reasons"]:
                metrics.ESCALATIONS.labels(reason=metrics.bounded(reason, REASONS)).inc()
        metrics.dead_lettered(AGENT, out.dead)
        for _, rec in out.enriched:
            lang = metrics.bounded(rec["language"], LANGUAGES)
            channel = metrics.bounded(rec["message"]["channel"], CHANNELS)
            metrics.BY_LANGUAGE.labels(language=lang, channel=channel).inc()
            metrics.BY_CATEGORY.labels(category=metrics.bounded(rec["category"], CATEGORIES),
                                       language=lang).inc()
            metrics.BY_SENTIMENT.labels(sentiment=metrics.bounded(rec["sentiment"], SENTIMENTS),
                                        language=lang).inc()
            if rec["opt_out_review"]:
                metrics.OPTOUT_REVIEW.labels(language=lang).inc()
            if rec["opt_out"] or rec["opt_in"]:
                metrics.OPTOUT_LATENCY_SECONDS.observe(max(0.0, sent_s - rec["ingested_at"].timestamp()))
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)
