"""``seda run`` (what ``make run`` does) and ``seda summary``."""

from __future__ import annotations

import json
import logging
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline import SOURCE_DIR, es, kafka_io, produce
from pipeline.settings import Settings
from pipeline.stack import ES_VERSION, KAFKA_VERSION, Stack, StackError, http_get
from pipeline.triage import model_version

log = logging.getLogger(__name__)


def sample_ids(path: Path) -> list[str]:
    """Message ids of a JSONL sample file."""
    ids = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                ids.append(str(json.loads(line)["id"]))
    return ids


def wait_for_worker(stack: Stack, index: int, timeout_s: float) -> None:
    """Wait until worker ``index`` serves /healthz with partitions assigned and its tables recovered."""
    svc = stack.worker_service(index)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not svc.running():
            raise StackError(f"worker-{index} exited; see its log: {svc.logfile}")
        status, body = http_get(f"http://127.0.0.1:{svc.port}/healthz", timeout=2)
        if status == 200 and json.loads(body).get("assigned") and json.loads(body).get("recovered"):
            return
        time.sleep(0.5)
    raise StackError(f"worker-{index} did not get its partitions within {timeout_s:.0f}s; "
                     f"see its log: {svc.logfile}")


def stale_reason(health: dict[str, Any], expected_model: str, source: str) -> str | None:
    """Why a running worker must be restarted before a replay, or None if it is current.

    A worker left running by an earlier ``seda run`` keeps the code and models it started
    with; replaying through it would index results this checkout no longer produces.
    """
    if health.get("source") != source:
        return f"it runs the code in {health.get('source') or 'an older checkout'}"
    if health.get("model_version") != expected_model:
        return f"it runs {health.get('model_version')}, this checkout has {expected_model}"
    return None


def worker_health(stack: Stack, index: int) -> dict[str, Any]:
    """The /healthz document of worker ``index`` ({} when it does not answer)."""
    status, body = http_get(f"http://127.0.0.1:{stack.worker_service(index).port}/healthz", timeout=5)
    if status != 200:
        return {}
    try:
        doc = json.loads(body)
    except ValueError:
        return {}
    return doc if isinstance(doc, dict) else {}


def count_ids(client: Any, settings: Settings, ids: Sequence[str], since_ms: int | None = None) -> int:
    """How many of ``ids`` are searchable, counting only those ingested at or after ``since_ms``."""
    if not ids:
        return 0
    query: dict[str, Any] = {"ids": {"values": list(ids)}}
    if since_ms is not None:
        query = {"bool": {"filter": [query, {"range": {"ingested_at": {"gte": since_ms,
                                                                            "format": "epoch_millis"}}}]}}
    resp = client.count(index=settings.messages_alias, query=query, ignore_unavailable=True)
    return int(resp["count"])


def wait_indexed(settings: Settings, ids: Sequence[str], timeout_s: float,
                 since_ms: int | None = None) -> int:
    """Wait until every id is searchable (or the timeout); return how many are.

    With ``since_ms``, a document counts only once this replay's copy (Kafka timestamp at or
    after ``since_ms``) has replaced any earlier one with the same id.
    """
    client = es.sync_client(settings)
    try:
        deadline = time.monotonic() + timeout_s
        found = 0
        while time.monotonic() < deadline:
            found = count_ids(client, settings, ids, since_ms)
            if found >= len(ids):
                return found
            time.sleep(0.5)
        return found
    finally:
        client.close()


def _terms(client: Any, settings: Settings, query: dict[str, Any], field: str,
           size: int = 12) -> list[tuple[str, int]]:
    resp = client.search(index=settings.messages_alias, size=0, query=query,
                         aggs={"t": {"terms": {"field": field, "size": size}}}, ignore_unavailable=True)
    return [(b["key"], b["doc_count"]) for b in resp["aggregations"]["t"]["buckets"]]


def _count(client: Any, settings: Settings, query: dict[str, Any]) -> int:
    return int(client.count(index=settings.messages_alias, query=query, ignore_unavailable=True)["count"])


def _line(pairs: Sequence[tuple[str, int]]) -> str:
    return "  ".join(f"{k} {v}" for k, v in pairs) or "(none)"


def summary_text(settings: Settings, ids: Sequence[str] | None) -> str:
    """A human summary of indexed messages (all, or just ``ids``)."""
    base: dict[str, Any] = {"ids": {"values": list(ids)}} if ids else {"match_all": {}}

    def with_filter(extra: dict[str, Any]) -> dict[str, Any]:
        return {"bool": {"filter": [base, extra]}}

    client = es.sync_client(settings)
    try:
        client.indices.refresh(index=settings.messages_alias, ignore_unavailable=True)
        total = _count(client, settings, base)
        escalated = with_filter({"term": {"escalate": True}})
        lines = [
            f"Indexed messages{' from this replay' if ids else ''}: {total}",
            f"  by language:  {_line(_terms(client, settings, base, 'language'))}",
            f"  by category:  {_line(_terms(client, settings, base, 'category'))}",
            f"  by sentiment: {_line(_terms(client, settings, base, 'sentiment'))}",
            f"  by channel:   {_line(_terms(client, settings, base, 'channel'))}",
            f"Opt-outs: {_count(client, settings, with_filter({'term': {'opt_out': True}}))}"
            f"  (opt-ins {_count(client, settings, with_filter({'term': {'opt_in': True}}))}, "
            f"for review {_count(client, settings, with_filter({'term': {'opt_out_review': True}}))})",
            f"Escalations: {_count(client, settings, escalated)}"
            f"  {_line(_terms(client, settings, escalated, 'escalation_reasons'))}",
        ]
    finally:
        client.close()
    dead = sum(kafka_io.end_offsets(settings, settings.topic("deadletter")).values())
    lines.append(f"Dead letters (all time, {settings.topic('deadletter')}): {dead}")
    return "\n".join(lines)


def _seda_command() -> str:
    """How the user should call seda: on PATH, else the virtualenv's script relative to here."""
    if shutil.which("seda"):
        return "seda"
    script = Path(sys.executable).parent / "seda"
    try:
        return str(script.relative_to(Path.cwd()))
    except ValueError:
        return str(script)


def where_to_look(settings: Settings, stack: Stack) -> str:
    """Commands and URLs to explore what `seda run` left running."""
    worker = stack.worker_service(settings.worker_index)
    seda = _seda_command()
    return "\n".join([
        "Running: "
        f"Kafka {KAFKA_VERSION} {settings.bootstrap_servers} | Elasticsearch {ES_VERSION} "
        f"{settings.elasticsearch_url} | Prometheus http://127.0.0.1:{settings.prometheus_port} | "
        f"worker-{settings.worker_index} http://127.0.0.1:{worker.port}/metrics",
        "Where to look:",
        f"  {seda} tail {settings.topic('optouts')} --from-beginning --timeout 2      # the suppression list",
        f"  {seda} suppression check +989121234567                   # one address on it",
        f"  {seda} tail {settings.topic('escalations')} --from-beginning --timeout 2  # escalations",
        f"  kcat -b {settings.bootstrap_servers} -C -t {settings.topic('optouts')} -e -q -f '%k\\n'"
        "                  # suppression keys",
        f"  curl -s '{settings.elasticsearch_url}/{settings.messages_alias}/_search?q=category:complaint"
        "&size=3&pretty'",
        f"  curl -s http://127.0.0.1:{worker.port}/metrics | grep ^seda_",
        f"  {seda} stack status ; {seda} stack logs {worker.name}   (log: {worker.logfile})",
        "  make down                                                    # stop everything",
    ])


def run(settings: Settings, sample: Path, timeout_s: float = 300.0) -> int:
    """Bring up the stack, topics, index and one worker; replay ``sample``; print a summary."""
    started = time.monotonic()
    stack = Stack(settings)
    log.info("bringing the stack up (Kafka, Elasticsearch, Prometheus)")
    stack.up()
    kafka_io.create_topics(settings)
    es.setup_current(settings)
    index = settings.worker_index
    pid, fresh = stack.start_worker(index)
    log.info("worker-%d %s (pid %d)", index, "started" if fresh else "already running", pid)
    wait_for_worker(stack, index, timeout_s)
    if not fresh:
        reason = stale_reason(worker_health(stack, index), model_version(), SOURCE_DIR)
        if reason:
            log.info("restarting worker-%d: %s", index, reason)
            stack.stop_worker(index)
            pid, _ = stack.start_worker(index)
            log.info("worker-%d started (pid %d)", index, pid)
            wait_for_worker(stack, index, timeout_s)
    ids = sample_ids(sample)
    t_send = time.monotonic()
    # Kafka timestamps are milliseconds; one second of slack covers a coarse clock, and a
    # previous replay's documents are still older than that.
    since_ms = int(time.time() * 1000) - 1000
    result = produce.produce_file(settings, str(sample))
    if result.invalid:
        log.warning("%d sample rows were invalid and skipped", len(result.invalid))
    found = wait_indexed(settings, ids, timeout_s, since_ms)
    took = time.monotonic() - t_send
    if found < result.sent:
        raise StackError(f"only {found} of {result.sent} messages were indexed within {timeout_s:.0f}s; "
                         f"see {stack.worker_log(settings.worker_index)}")
    print(f"Replayed {result.sent} messages from {sample.name}; all {found} searchable in "
          f"Elasticsearch {took:.1f}s after sending (total {time.monotonic() - started:.0f}s).")
    print(summary_text(settings, ids))
    print(where_to_look(settings, stack))
    return 0
