"""Agent: SLA events -> timers (table ``sla``) and one ``sla_breach`` escalation per breached timer.

``seda.sla`` carries opens (from ``enrich_messages``), closes (human responses,
from ``forward_responses``) and checks, all keyed by the timer key, so every
event of a message reaches the worker that owns its timer. A timer on each
worker scans that worker's timers every ``SEDA_SLA_CHECK_INTERVAL_S`` and sends a
check for each one whose deadline (or retention) has passed; the check, applied
here in order with the message's other events, is what breaches. Breach
escalations are produced and acknowledged before the timer is stored as
breached: a crash in between repeats the escalation with the same id; once
stored, later checks change nothing. The timers are in the table's changelog, so
they survive restarts and move with their partitions; a deadline that passed
while no worker ran breaches at the first scan after.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from typing import Any

from pipeline import metrics, process, records, schemas, sla
from pipeline.agents.common import load_record, send_all, source_of, store_all
from pipeline.app import app, settings
from pipeline.topics import deadletter, escalations, sla_events, sla_table
from pipeline.triage.types import CATEGORIES

AGENT = "track_slas"
log = logging.getLogger(__name__)
# Loaded at import, so a broken policy file stops the worker before it consumes.
POLICY = sla.Policy.load(settings.sla_file, settings.time_zone)
#: Timers scanned between yields to the event loop, so a long scan never stalls the agents.
SCAN_SLICE = 2000
#: Categories that open timers: the open-items gauge has a series (zero or not) for each.
TIMED = sorted({rule.split(".")[0] for rule in POLICY.deadlines})
#: The last scan's timers by key, with the stored bytes they were decoded from.
_decoded: dict[str, tuple[bytes, dict[str, Any]]] = {}


def _load(key: str, event: Any) -> dict[str, Any] | None:
    return load_record(sla_table, "SlaTimer", key, event)


@app.agent(sla_events, name=AGENT)
async def track_slas(stream: Any) -> None:
    """Apply each event to its message's timer; escalate breaches; store the timers that changed."""
    async for events in stream.take_events(settings.index_batch_size, within=settings.index_batch_within_s):
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc(len(events))
        now = records.now_utc()
        timers: dict[str, tuple[dict[str, Any] | None, Any]] = {}
        changed: set[str] = set()
        items = [(e.value, e.message.value, source_of(e)) for e in events]
        dead = process.dead_letters_for_undecodable(items, now)
        raised, outcomes = [], Counter[str]()
        for event in events:
            value = event.value
            if not isinstance(value, dict):
                continue  # dead-lettered above
            if event.key is None or value.get("kind") not in sla.KINDS:
                dead.append((event.key, records.dead_letter(
                    event.message.value, source_of(event), "validate",
                    records.DecodeError("invalid_sla_event", "SLA event without a key or a known kind"), now,
                    message_id=value.get("message_id"))))
                continue
            key = event.key.decode("utf-8")
            try:
                timer = timers[key][0] if key in timers else _load(key, event)
            except schemas.DecodeError:
                log.exception("stored SLA timer %r is unreadable; starting it afresh", key)
                timer = None
            step = sla.step(timer, value, now, POLICY.retention)
            timers[key] = (step.timer, event)
            outcomes[step.outcome] += 1
            if step.changed:
                changed.add(key)
            category = metrics.bounded(step.timer["category"] if step.timer else None, CATEGORIES)
            if step.escalation:
                raised.append(step.escalation)
                metrics.SLA_BREACHES.labels(category=category).inc()
            if step.response_seconds is not None:
                metrics.SLA_RESPONSE_SECONDS.labels(category=category).observe(step.response_seconds)
        await send_all((escalations, raised), (deadletter, dead))
        await store_all(sla_table, [(event, key, schemas.encode("SlaTimer", timer) if timer else None)
                                    for key, (timer, event) in timers.items() if key in changed])
        for outcome, count in outcomes.items():
            metrics.MESSAGES_OUT.labels(agent=AGENT, outcome=outcome).inc(count)
        if raised:
            metrics.ESCALATIONS.labels(reason="sla_breach").inc(len(raised))
        metrics.dead_lettered(AGENT, dead)
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)


def _active_partitions() -> set[int] | None:
    """This worker's partitions of seda.sla, when the store may also hold standby copies (memory://)."""
    if settings.table_store != "memory://":
        return None  # RocksDB iterates active partitions only
    topic = settings.topic("sla")
    return {tp.partition for tp in app.assignor.assigned_actives() if tp.topic == topic}


@app.timer(interval=settings.sla_check_interval_s)
async def scan_slas() -> None:
    """Every ``SEDA_SLA_CHECK_INTERVAL_S``: :func:`scan` this worker's timers."""
    await scan()


async def scan() -> None:
    """Count this worker's open and breached timers; ask for a check of each one due or expired."""
    now = records.now_utc()
    active = _active_partitions()
    partition_of = getattr(sla_table.data, "_key_partition", {})
    counts: Counter[tuple[str, str]] = Counter()
    checks = []
    items = list(sla_table.data.items())
    global _decoded
    seen, _decoded = _decoded, {}
    for n, (key, stored) in enumerate(items, 1):
        # Keys written here have no recorded partition and are active by definition.
        if active is not None and partition_of.get(key, -1) not in active | {-1}:
            continue
        # Most timers do not change between scans: decode only the ones that did.
        cached = seen.get(key)
        if cached is not None and cached[0] == stored:
            timer = cached[1]
        else:
            try:
                timer = schemas.decode("SlaTimer", stored)
            except schemas.DecodeError:
                continue  # the agent resets it when an event for it arrives
        _decoded[key] = (stored, timer)
        if timer["status"] != "closed" and timer["category"]:
            counts[(metrics.bounded(timer["category"], CATEGORIES), timer["status"])] += 1
        if sla.needs_check(timer, now, POLICY.retention):
            checks.append(sla.check_event(timer, now))
        if n % SCAN_SLICE == 0:
            await asyncio.sleep(0)
    for category in TIMED:
        for status in ("open", "breached"):
            metrics.SLA_OPEN.labels(category=category, status=status).set(counts[(category, status)])
    if checks:
        await send_all((sla_events, checks))
