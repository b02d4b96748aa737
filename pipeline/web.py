"""Worker web pages that read its tables: ``GET /suppression/{address}``, ``GET /sla/{message_id}``.

A table lives on the worker that owns the key's partition; a request that reaches
another worker is forwarded there (Faust's table router), so any worker answers.
"""

from __future__ import annotations

from typing import Any

from faust.exceptions import SameNode
from faust.web import Request, Response, View

from pipeline import records, schemas, sla, suppression
from pipeline.app import app, settings
from pipeline.topics import sla_table, suppression_table


async def _here_or_there(table: Any, key: str, view: View,
                         request: Request) -> tuple[Response | None, bytes | None]:
    """The owning worker's response when another worker holds ``key``, else ``(None, stored value)``."""
    try:
        return await app.router.route_req(table.name, key, view.web, request), None
    except SameNode:
        return None, table.get(key)


@app.page("/suppression/{address}")
async def suppression_page(view: View, request: Request, address: str) -> Response:
    """The address's entry on the suppression list, as ``seda suppression check`` prints it.

    ``?tenant=T`` selects a tenant's list. The address is normalised like a
    sender (``0098 912...`` and ``+98912...`` are the same entry).
    """
    tenant = request.query.get("tenant") or None
    normalized = records.normalize_address(address, settings.default_calling_code)
    key = records.suppression_key(normalized, tenant)
    routed, stored = await _here_or_there(suppression_table, key, view, request)
    if routed is not None:
        return routed
    state = suppression.from_record(schemas.decode("SuppressionState", stored)) if stored else None
    summary = suppression.summary(normalized, state)
    if tenant:
        summary["tenant"] = tenant
    return view.json(summary)


@app.page("/sla/{message_id}")
async def sla_page(view: View, request: Request, message_id: str) -> Response:
    """A message's SLA timer: status (open, breached, closed), rule, deadline, first response.

    ``?tenant=T`` for a tenant's message. 404 when the message has no timer (its
    category has no deadline, it is not triaged yet, or its timer ended longer
    ago than the policy's retention).
    """
    tenant = request.query.get("tenant") or None
    key = sla.timer_key(message_id, tenant)
    routed, stored = await _here_or_there(sla_table, key, view, request)
    if routed is not None:
        return routed
    if not stored:
        return view.json({"message_id": message_id, "tenant": tenant, "error": "no SLA timer"}, status=404)
    return view.json(sla.describe(schemas.decode("SlaTimer", stored)))
