"""Agent: operators' corrections (seda.corrections) -> the indexed document and the suppression list.

One correction at a time (they are rare and each needs the message's document):
find the document through the alias, write the corrected labels into it (the
original ones are kept), and when the opt-out was wrong send the operator's
opt-in (or opt-out) to ``seda.optout.requests``, where ``apply_optouts`` applies
and audits it. A correction whose message is not (yet) indexed is dead-lettered
with reason ``unknown_message``, to be replayed.
"""

from __future__ import annotations

import time
from typing import Any

from elasticsearch import ApiError, TransportError

from pipeline import corrections, es, metrics, records
from pipeline.agents.common import send_all, source_of
from pipeline.agents.index_messages import indexer
from pipeline.app import app, settings
from pipeline.topics import corrections as corrections_topic
from pipeline.topics import deadletter, optout_requests

AGENT = "apply_corrections"


@app.agent(corrections_topic, name=AGENT)
async def apply_corrections(stream: Any) -> None:
    """Fix each corrected message's document and, where needed, its sender's suppression."""
    async for event in stream.events():
        started = time.perf_counter()
        metrics.MESSAGES_IN.labels(agent=AGENT).inc()
        correction = event.value
        now = records.now_utc()
        try:
            if not isinstance(correction, dict):
                raise records.DecodeError("undecodable", "correction value is not readable")
            client = indexer().client
            found = await es.find_message(client, settings, correction["message_id"])
            if found is None:
                raise records.DecodeError("unknown_message",
                                          f"message {correction['message_id']!r} is not indexed")
            index, document = found
            await client.update(index=index, id=correction["message_id"],
                                doc=corrections.document_update(document, correction))
        except (records.DecodeError, ApiError, TransportError) as error:
            reason = error if isinstance(error, records.DecodeError) else records.DecodeError(
                "index_unavailable", f"{type(error).__name__}: {error}")
            dead = records.dead_letter(event.message.value, source_of(event), "validate", reason, now,
                                       message_id=correction.get("message_id") if isinstance(correction, dict)
                                       else None)
            await send_all((deadletter, [(event.key, dead)]))
            metrics.DEAD_LETTERS.labels(stage="validate", reason=dead["reason"]).inc()
            metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="dead_letter").inc()
            continue
        change = corrections.suppression_change(document, correction)
        if change is not None:
            await send_all((optout_requests, [(change[0].encode(), change[1])]))
        for name in corrections.FIELDS:
            if correction.get(name) is not None:
                metrics.CORRECTIONS.labels(field=name).inc()
        metrics.MESSAGES_OUT.labels(agent=AGENT, outcome="corrected").inc()
        metrics.BATCH_SECONDS.labels(agent=AGENT).observe(time.perf_counter() - started)
