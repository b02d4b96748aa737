"""``seda bench``: throughput, latency and memory of the pipeline next to the machine's ceilings.

Every figure is measured in the same run, on the local stack, in namespaces of
its own (topic, index and group prefix ``bench-<stamp>``), so a ``make run``
stack keeps working undisturbed. The stages:

1. *Logic*: :func:`pipeline.triage.triage_batch` alone, one process (one core).
2. *End to end, 1 and 2 workers*: real ``seda worker`` processes are started and
   assigned, a backlog (encoded beforehand) is produced as fast as the producer
   can, and the rate is the backlog over the time from its first record sent to
   its last document searchable (``_count``, sampled every 250 ms). The 1-worker
   run's RSS is sampled from ``/proc`` throughout.
3. *Kafka ceiling*: a plain consumer (aiokafka, the worker's client) drains the
   same raw topic without decoding anything.
4. *Elasticsearch ceiling*: ready-made enriched documents bulk-indexed with the
   worker's own :class:`pipeline.es.Indexer` (same client, same batch size).
5. *Latency by load*: messages offered at 25 %, 50 % and 75 % of the better
   end-to-end rate; a sample of probe ids is polled with ``ids`` searches until
   each is searchable (received = the producer's send time), and every
   suppression state an opt-out puts on the namespace's ``seda.optouts`` (after
   ``apply_optouts``) is timed at a consumer.

Load comes from the labelled corpus' training texts (about 8,700 distinct
texts in six languages, with spelling/digit/emoji variation) from many senders,
and only ever goes to 127.0.0.1, bounded in count and time.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import os
import platform
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pipeline import __version__, es, kafka_io, loadgen, records
from pipeline import settings as settings_module
from pipeline.settings import Settings

log = logging.getLogger(__name__)

#: Load levels of the latency stage, as fractions of the better end-to-end rate.
FRACTIONS = (0.25, 0.5, 0.75)
#: A committed logic throughput this much higher than the current one is a regression.
MAX_LOGIC_DROP = 0.25
BASELINE = Path(__file__).resolve().parent.parent / "deploy" / "bench" / "baseline.json"
#: Web ports of bench workers (6066 is ``make run``'s worker, tests use 62xx).
BENCH_WEB_PORT = 6400


class BenchError(RuntimeError):
    """A stage could not finish (service down, worker died, timeout)."""


@dataclass(frozen=True)
class Plan:
    """How much load each stage gets."""

    name: str
    e2e_messages: int
    rss_messages: int
    es_docs: int
    logic_messages: int
    load_seconds: float
    probes_per_level: int
    fractions: tuple[float, ...] = FRACTIONS


QUICK = Plan("quick", e2e_messages=20_000, rss_messages=20_000, es_docs=20_000, logic_messages=20_000,
             load_seconds=20.0, probes_per_level=400)
FULL = Plan("full", e2e_messages=200_000, rss_messages=1_000_000, es_docs=200_000, logic_messages=100_000,
            load_seconds=60.0, probes_per_level=1_500)


# --------------------------------------------------------------------------- pure helpers


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) with linear interpolation; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    lo = math.floor(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def crossing_time(samples: Sequence[tuple[float, int]], level: float) -> float | None:
    """When a monotone count first reached ``level`` (linear between samples); None if never."""
    prev: tuple[float, int] | None = None
    for t, n in samples:
        if n >= level:
            if prev is None or n == prev[1]:
                return t
            t0, n0 = prev
            return t0 + (t - t0) * (level - n0) / (n - n0)
        prev = (t, n)
    return None


def steady_rate(samples: Sequence[tuple[float, int]], total: int, lo: float = 0.1, hi: float = 0.9) -> float:
    """Messages per second between ``lo`` and ``hi`` of ``total`` (start-up and tail excluded).

    Raises:
        BenchError: when the samples never reach ``hi`` of ``total``.
    """
    t_lo, t_hi = crossing_time(samples, lo * total), crossing_time(samples, hi * total)
    if t_lo is None or t_hi is None or t_hi <= t_lo:
        raise BenchError(f"the count never went from {lo:.0%} to {hi:.0%} of {total}")
    return (hi - lo) * total / (t_hi - t_lo)


def load_key(fraction: float) -> str:
    """``0.25`` -> ``"25"``: the load level's part of a flat key."""
    return str(round(fraction * 100))


def flat_numbers(results: Mapping[str, Any]) -> dict[str, float | int]:
    """Only the plain, measured numbers of ``results`` (NaN, not measured, is left out)."""
    return {key: value for key, value in results.items()
            if isinstance(value, int | float) and not isinstance(value, bool)
            and not (isinstance(value, float) and math.isnan(value))}


@dataclass(frozen=True)
class Target:
    """A goal from the benchmark issue: ``key`` compared with ``limit``."""

    key: str
    op: str  # ">=" or "<="
    limit: float
    what: str

    def met(self, results: Mapping[str, Any]) -> bool | None:
        """Whether the figure meets the target (None when it was not measured)."""
        value = results.get(self.key)
        if not isinstance(value, int | float) or math.isnan(value):
            return None
        return value >= self.limit if self.op == ">=" else value <= self.limit


TARGETS = (
    Target("logic_msgs_per_s_per_core", ">=", 20_000, "triage logic on one core"),
    Target("ratio_e2e_to_es_ceiling", ">=", 0.5, "end to end against the Elasticsearch ceiling"),
    Target("e2e_latency_p99_s", "<=", 2.0, "p99 received -> searchable at 50 % load"),
    Target("optout_latency_p99_s", "<=", 0.25, "p99 received -> opt-out on seda.optouts at 50 % load"),
    Target("worker_rss_growth_pct", "<=", 10.0, "worker RSS growth over the run"),
)


def check_baseline(current: float, baseline: float, max_drop: float = MAX_LOGIC_DROP) -> tuple[bool, str]:
    """Compare a logic throughput with the committed one; (ok, message)."""
    change = current / baseline - 1.0
    message = (f"logic throughput {current:,.0f} msg/s against baseline {baseline:,.0f} msg/s "
               f"({change:+.1%}; a drop of more than {max_drop:.0%} fails)")
    return change >= -max_drop, message


ROWS: tuple[tuple[str, str, str], ...] = (
    ("kafka_produce_msgs_per_s", "Kafka producer (aiokafka, encoded records)", "msg/s"),
    ("kafka_ceiling_msgs_per_s", "Kafka ceiling: plain consumer draining the raw topic", "msg/s"),
    ("es_ceiling_docs_per_s", "Elasticsearch ceiling: bulk of ready-made documents", "docs/s"),
    ("logic_msgs_per_s_per_core", "Triage logic alone, one core", "msg/s"),
    ("e2e_msgs_per_s_1w", "End to end, raw -> searchable, 1 worker", "msg/s"),
    ("e2e_msgs_per_s_2w", "End to end, raw -> searchable, 2 workers", "msg/s"),
    ("ratio_e2e_to_es_ceiling", "Better end to end / Elasticsearch ceiling", ""),
    ("ratio_e2e_to_kafka_ceiling", "Better end to end / Kafka ceiling", ""),
    ("e2e_latency_p50_s", "Latency p50 at 50 % load (received -> searchable)", "s"),
    ("e2e_latency_p99_s", "Latency p99 at 50 % load (received -> searchable)", "s"),
    ("optout_latency_p50_s", "Opt-out p50 at 50 % load (received -> state on seda.optouts consumed)", "s"),
    ("optout_latency_p99_s", "Opt-out p99 at 50 % load (received -> state on seda.optouts consumed)", "s"),
    ("worker_rss_mb_start", "Worker RSS at 10 % of the 1-worker run's time (after warm-up)", "MB"),
    ("worker_rss_mb_end", "Worker RSS at the end of the 1-worker run", "MB"),
    ("worker_rss_growth_pct", "Worker RSS growth over that run", "%"),
)


def _fmt(value: Any, unit: str) -> str:
    if not isinstance(value, int | float) or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if unit in ("msg/s", "docs/s"):
        return f"{value:,.0f} {unit}"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "MB":
        return f"{value:,.1f} MB"
    if unit == "%":
        return f"{value:+.1f} %"
    return f"{value:.3f}"


def table_rows(results: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(what, value, key) rows: the headline figures, then the latency by load."""
    rows = [(what, _fmt(results.get(key), unit), key) for key, what, unit in ROWS]
    for fraction in sorted({float(k.split("_")[4]) / 100 for k in results
                            if k.startswith("e2e_latency_by_load_") and k.endswith("_p99_s")}):
        lk = load_key(fraction)
        offered = results.get(f"e2e_latency_by_load_{lk}_offered_msgs_per_s")
        rows.append((f"At {lk} % load ({_fmt(offered, 'msg/s')} offered): p50 / p99 / achieved",
                     " / ".join([_fmt(results.get(f"e2e_latency_by_load_{lk}_p50_s"), "s"),
                                 _fmt(results.get(f"e2e_latency_by_load_{lk}_p99_s"), "s"),
                                 _fmt(results.get(f"e2e_latency_by_load_{lk}_achieved_msgs_per_s"),
                                      "msg/s")]),
                     f"e2e_latency_by_load_{lk}_*"))
    return rows


def render_table(results: Mapping[str, Any]) -> str:
    """The figures as a plain-text table (what ``seda bench`` prints)."""
    rows = table_rows(results)
    width = max(len(r[0]) for r in rows)
    lines = [f"{what:<{width}}  {value}" for what, value, _ in rows]
    lines.append("")
    for target in TARGETS:
        met = target.met(results)
        state = "not measured" if met is None else ("met" if met else "NOT met")
        lines.append(f"target {target.key} {target.op} {target.limit:g} ({target.what}): {state}")
    return "\n".join(lines)


def render_markdown(results: Mapping[str, Any], meta: Mapping[str, Any], plot_name: str | None,
                    command: str) -> str:
    """``docs/benchmarks.md``: the table, the targets, the machine and the commands."""
    lines = [
        "# Benchmarks",
        "",
        f"Produced by `{command}`, which writes this file, the plot and the JSON beside it;",
        "`seda bench --quick` runs the same stages with less load in under 5 minutes,",
        "and `make bench-check` compares the logic throughput with `deploy/bench/baseline.json`.",
        "Timings on a shared machine are noisy: compare runs, not single figures.",
        "",
        "| Figure | Value | JSON key |",
        "|---|---|---|",
    ]
    lines += [f"| {what} | {value} | `{key}` |" for what, value, key in table_rows(results)]
    lines += ["", "## Targets", "", "| Target | Status |", "|---|---|"]
    for target in TARGETS:
        met = target.met(results)
        state = "not measured" if met is None else ("met" if met else "**not met**")
        lines.append(f"| `{target.key}` {target.op} {target.limit:g} ({target.what}) | {state} |")
    lines += ["", "Where the worker's time goes (a py-spy profile, `seda bench --profile`) and what would "
              "move the missed targets: [performance.md](performance.md)."]
    if plot_name:
        lines += ["", "## Throughput and p99 latency against offered load", "",
                  f"![throughput and latency against offered load]({plot_name})"]
    lines += ["", "## Machine, versions and settings", "", "| | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in meta.items()]
    lines.append("")
    return "\n".join(lines)


def plot(results: Mapping[str, Any], path: Path) -> None:
    """Achieved throughput and p99 latency against offered load, as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    levels = sorted({k.split("_")[4] for k in results if k.startswith("e2e_latency_by_load_")}, key=int)
    offered = [results[f"e2e_latency_by_load_{lk}_offered_msgs_per_s"] for lk in levels]
    achieved = [results[f"e2e_latency_by_load_{lk}_achieved_msgs_per_s"] for lk in levels]
    p99 = [results[f"e2e_latency_by_load_{lk}_p99_s"] for lk in levels]
    p50 = [results[f"e2e_latency_by_load_{lk}_p50_s"] for lk in levels]
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=110)
    ax.plot(offered, achieved, "o-", color="tab:blue", label="achieved (searchable/s)")
    best = results.get("e2e_msgs_per_s", 0)
    if best:
        ax.axhline(best, color="tab:blue", ls=":", lw=1, label=f"max end to end {best:,.0f}/s (backlog)")
    ax.set_xlabel("offered load (messages/s)")
    ax.set_ylabel("throughput (messages/s)", color="tab:blue")
    ax2 = ax.twinx()
    ax2.plot(offered, p99, "s-", color="tab:red", label="p99 latency")
    ax2.plot(offered, p50, "^--", color="tab:orange", label="p50 latency")
    ax2.set_ylabel("received -> searchable (s)", color="tab:red")
    ax2.set_ylim(bottom=0)
    ax.set_ylim(bottom=0)
    handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
    labels = ax.get_legend_handles_labels()[1] + ax2.get_legend_handles_labels()[1]
    ax.legend(handles, labels, loc="upper left", fontsize=8)
    ax.set_title("Seda end to end: throughput and latency against offered load")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


# --------------------------------------------------------------------------- measurements


def machine() -> dict[str, Any]:
    """Cores, memory and versions of this machine and of the stack."""
    mem_kib = 0
    with open("/proc/meminfo", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("MemTotal:"):
                mem_kib = int(line.split()[1])
    from pipeline.stack import ES_VERSION, KAFKA_VERSION
    from pipeline.triage import model_version

    return {
        "cores": os.cpu_count() or 0,
        "memory_gib": round(mem_kib / 1024 / 1024, 1),
        "cpu": _cpu_model(),
        "python": platform.python_version(),
        "seda": __version__,
        "models": model_version(),
        "kafka": KAFKA_VERSION,
        "elasticsearch": ES_VERSION,
    }


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def rss_mb(pid: int) -> float:
    """Resident set size of process ``pid`` in MB (from /proc)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise BenchError(f"no VmRSS for pid {pid}")


def raw_messages(settings: Settings, count: int, seed: int, prefix: str,
                 rows: list[dict[str, Any]]) -> Iterable[tuple[str, bytes, bytes]]:
    """``(id, key, Avro value)`` for ``count`` corpus-based messages received now."""
    now = records.now_utc()
    for msg in loadgen.messages(count, seed=seed, prefix=prefix, rows=rows):
        msg["received_at"] = now
        # Customers of one load are not those of another: the latency levels share a worker,
        # whose duplicate check would otherwise drop a level's repeat of an earlier text.
        msg["customer_id"] = f"{prefix}-{msg['customer_id']}"
        key = records.customer_key(msg, settings.default_calling_code).encode()
        yield msg["id"], key, kafka_io.encode_value(settings, "raw", msg)


def logic_rate(count: int, batch_size: int, rows: list[dict[str, Any]]) -> float:
    """Messages per second of :func:`triage_batch` alone in this process (one core)."""
    from pipeline.triage import engine, triage_batch

    engine.warm_up()
    requests = [records.triage_request(m) for m in loadgen.messages(count, seed=3, prefix="logic", rows=rows)]
    triage_batch(requests[:batch_size])  # first-call costs (regex compilation, caches) left out
    started = time.perf_counter()
    for i in range(0, len(requests), batch_size):
        triage_batch(requests[i:i + batch_size])
    return len(requests) / (time.perf_counter() - started)


async def _drain(settings: Settings, topic: str, expected: int, timeout_s: float) -> float:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(bootstrap_servers=settings.bootstrap_servers, group_id=None,
                                enable_auto_commit=False, auto_offset_reset="earliest",
                                max_partition_fetch_bytes=8 * 1024 * 1024, fetch_max_bytes=64 * 1024 * 1024)
    await consumer.start()
    try:
        consumer.assign([TopicPartition(topic, p) for p in range(settings.partitions)])
        await consumer.seek_to_beginning()
        got = 0
        started = time.perf_counter()
        deadline = started + timeout_s
        while got < expected:
            if time.perf_counter() > deadline:
                raise BenchError(f"the plain consumer read {got} of {expected} records in {timeout_s:.0f}s")
            batch = await consumer.getmany(timeout_ms=500, max_records=20_000)
            got += sum(len(recs) for recs in batch.values())
        return got / (time.perf_counter() - started)
    finally:
        await consumer.stop()


def kafka_ceiling(settings: Settings, expected: int) -> float:
    """Records per second a plain consumer drains from the raw topic (nothing decoded)."""
    return asyncio.run(_drain(settings, settings.topic("raw"), expected, timeout_s=300))


def enriched_actions(settings: Settings, count: int, rows: list[dict[str, Any]]) -> list[es.IndexAction]:
    """Ready-made index actions, made by the worker's own steps (not timed)."""
    from pipeline import process

    now = records.now_utc()
    actions: list[es.IndexAction] = []
    batch: list[tuple[Any, bytes | None, records.SourceRecord]] = []

    def flush() -> None:
        out = process.enrich_batch(batch, now, settings.default_calling_code)
        actions.extend(process.index_actions([v for _, v in out.enriched], settings.index_prefix,
                                             settings.index_period, now, settings.default_calling_code))
        batch.clear()

    for n, (_, key, value) in enumerate(raw_messages(settings, count, 5, "esdoc", rows)):
        raw = records.decode_raw(value, settings.max_text_chars)
        batch.append((raw, value, records.SourceRecord(settings.topic("raw"), 0, n, None, key)))
        if len(batch) >= settings.enrich_batch_size:
            flush()
    if batch:
        flush()
    return actions


async def _bulk_all(settings: Settings, actions: Sequence[es.IndexAction]) -> float:
    client = es.async_client(settings)
    try:
        indexer = es.Indexer(client, settings)
        size = settings.index_batch_size
        started = time.perf_counter()
        for i in range(0, len(actions), size):
            outcome = await indexer.index(actions[i:i + size])
            if outcome.rejected:
                raise BenchError(f"Elasticsearch rejected {len(outcome.rejected)} documents: "
                                 f"{outcome.rejected[0][1]}")
        return len(actions) / (time.perf_counter() - started)
    finally:
        await client.close()


def es_ceiling(settings: Settings, actions: Sequence[es.IndexAction]) -> float:
    """Documents per second bulk-indexed by the worker's indexer, one batch at a time like the worker."""
    return asyncio.run(_bulk_all(settings, actions))


# --------------------------------------------------------------------------- namespaces and workers


class BenchNamespace:
    """Topics, index template and workers of one bench stage (all under the run's prefix)."""

    def __init__(self, base: Settings, run_id: str, name: str, port: int) -> None:
        self.env = {
            "SEDA_TOPIC_PREFIX": f"{run_id}.{name}.",
            "SEDA_INDEX_PREFIX": f"{run_id}-{name}-",
            "SEDA_GROUP_ID": f"{run_id}-{name}",
            "SEDA_WEB_PORT": str(port),
            "SEDA_LOG_LEVEL": "warning",
        }
        merged = {k: v for k, v in os.environ.items() if k.startswith("SEDA_")}
        merged.update(self.env)
        self.settings = settings_module.from_env(merged)
        from pipeline.stack import Stack

        self.stack = Stack(self.settings)
        self.started: list[int] = []
        self.logs: set[Path] = set()
        kafka_io.create_topics(self.settings)
        es.setup_current(self.settings)

    @property
    def index_pattern(self) -> str:
        """Every index of this namespace."""
        return f"{self.settings.index_prefix}*"

    def start_workers(self, count: int, timeout_s: float = 180.0) -> list[int]:
        """Start ``count`` workers and wait until together they own every raw partition."""
        from pipeline.stack import http_get

        pids = []
        for index in range(count):
            pid, _ = self.stack.start_worker(index, extra_env=self.env)
            pids.append(pid)
            self.started.append(index)
            self.logs.add(self.stack.worker_service(index).logfile)
        raw = self.settings.topic("raw")
        deadline = time.monotonic() + timeout_s
        while True:
            owned: list[set[str]] = []
            for index in range(count):
                svc = self.stack.worker_service(index)
                if not svc.running():
                    raise BenchError(f"worker {svc.name} exited; log {svc.logfile}:\n"
                                     + svc.logfile.read_text()[-2000:])
                status, body = http_get(f"http://127.0.0.1:{svc.port}/healthz", 2)
                health = json.loads(body) if status == 200 else {}
                # Only once recovered: records sent during a worker's table recovery were seen
                # skipped by Faust's consumer (see pipeline.commit_guard).
                owned.append({tp for tp in health.get("assigned", []) if tp.startswith(raw + ":")}
                             if health.get("recovered") else set())
            union = set().union(*owned)
            if all(owned) and len(union) == self.settings.partitions \
                    and sum(len(o) for o in owned) == len(union):
                return pids
            if time.monotonic() > deadline:
                raise BenchError(f"workers of {self.settings.group_id} not assigned after {timeout_s:.0f}s")
            time.sleep(0.5)

    def stop_workers(self) -> None:
        """Stop every worker this namespace started."""
        for index in self.started:
            self.stack.stop_worker(index)
        self.started.clear()

    def count(self, client: Any) -> int:
        """Searchable message documents of this namespace (not the suppression list's)."""
        return int(client.count(index=self.settings.messages_alias).body["count"])

    def cleanup(self) -> None:
        """Stop workers; delete their logs, the topics, consumer groups, indices and the template."""
        self.stop_workers()
        for log_file in self.logs:
            log_file.unlink(missing_ok=True)
        # The workers' own topics too: Faust names a table's changelog <group>-<table>-changelog.
        admin = kafka_io.admin(self.settings)
        try:
            internal = [t for t in admin.list_topics() if t.startswith(f"{self.settings.group_id}-")]
        finally:
            admin.close()
        kafka_io.delete_topics(self.settings, [*self.settings.topic_names.values(), *internal])
        # and their on-disk tables
        for state in (self.settings.state_dir / "faust").glob(f"{self.settings.group_id}-*"):
            shutil.rmtree(state, ignore_errors=True)
        admin = kafka_io.admin(self.settings)
        try:
            groups = [g["group_id"] for g in admin.list_groups()
                      if g["group_id"] == self.settings.group_id]
            if groups:
                admin.delete_groups(groups)
        except Exception:  # best effort; a left-over group is harmless
            log.debug("could not delete group %s", self.settings.group_id, exc_info=True)
        finally:
            admin.close()
        client = es.sync_client(self.settings).options(ignore_status=404)
        try:
            # Clusters refuse wildcard deletes (action.destructive_requires_name): by name.
            names = list(client.indices.get(index=self.index_pattern, expand_wildcards="all").body)
            if names:
                client.indices.delete(index=",".join(names))
            client.indices.delete_index_template(name=es.template_name(self.settings))
        finally:
            client.close()


async def _produce(settings: Settings, messages: Iterable[tuple[str, bytes, bytes]], rate: float | None,
                   sent: dict[str, float] | None, deadline: float | None) -> tuple[int, float]:
    from aiokafka import AIOKafkaProducer

    # aiokafka, not kafka-python: about a sixth of the CPU per record (measured 25 µs
    # against 138 µs), which matters when the load generator shares two cores
    # with the worker, Kafka and Elasticsearch.
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers, client_id="seda-bench",
                                linger_ms=5, acks="all", max_batch_size=256 * 1024,
                                max_request_size=settings.max_record_bytes + 1024)
    await producer.start()
    topic = settings.topic("raw")
    n = 0
    pending: list[Any] = []
    started = time.perf_counter()
    try:
        for msg_id, key, value in messages:
            if rate:
                # Paced in ticks of 10 ms (the messages due in a tick go together):
                # sleeping before every message cost the generator a quarter of a core.
                ahead = started + n / rate - time.perf_counter()
                if ahead > 0.01:
                    await asyncio.sleep(ahead)
                if deadline and time.perf_counter() > deadline:
                    break
            pending.append(await producer.send(topic, value, key=key))
            if sent is not None:
                sent[msg_id] = time.time()
            n += 1
            if len(pending) >= 20_000:  # bounded memory on long runs
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return n, time.perf_counter() - started


def produce(settings: Settings, messages: Iterable[tuple[str, bytes, bytes]],
            rate: float | None = None, sent: dict[str, float] | None = None,
            deadline: float | None = None) -> tuple[int, float]:
    """Send to the raw topic, paced to ``rate`` per second when given; (count, seconds).

    ``sent`` receives each id's wall-clock send time (the "received" of latency);
    ``deadline`` (a ``time.perf_counter()`` value) stops a paced run that fell behind.
    """
    return asyncio.run(_produce(settings, messages, rate, sent, deadline))


@dataclass
class RunSample:
    """One observation of an end-to-end run."""

    t: float
    count: int
    rss_mb: float | None = None


@dataclass
class E2ERun:
    """What an end-to-end backlog run saw."""

    workers: int
    messages: int
    rate: float = 0.0
    produce_rate: float = 0.0
    seconds: float = 0.0
    samples: list[RunSample] = field(default_factory=list)

    def rss_at(self, fraction: float) -> float:
        """RSS of the first sample at or after ``fraction`` of the run's duration."""
        end = self.samples[-1].t if self.samples else 0.0
        for s in self.samples:
            if s.rss_mb is not None and s.t >= fraction * end:
                return s.rss_mb
        return math.nan


def e2e_run(ns: BenchNamespace, workers: int, count: int, rows: list[dict[str, Any]],
            seed: int, timeout_s: float) -> E2ERun:
    """Workers up and assigned, a backlog of ``count`` produced, the searchable count sampled."""
    run = E2ERun(workers, count)
    # Encoded before the workers start: generating and encoding a million messages
    # while they work would take CPU from them and bias the rate low.
    backlog = list(raw_messages(ns.settings, count, seed, ns.settings.group_id, rows))
    pids = ns.start_workers(workers)
    client = es.sync_client(ns.settings)
    stop = threading.Event()
    t0 = time.perf_counter()

    def sample() -> None:
        while not stop.is_set():
            rss = rss_mb(pids[0]) if workers == 1 else None
            run.samples.append(RunSample(time.perf_counter() - t0, ns.count(client), rss))
            stop.wait(0.25)

    sampler = threading.Thread(target=sample, name="bench-sampler", daemon=True)
    sampler.start()
    started_at = time.perf_counter() - t0
    try:
        sent, seconds = produce(ns.settings, backlog)
        run.produce_rate = sent / seconds
        del backlog
        deadline = time.perf_counter() + timeout_s
        while not run.samples or run.samples[-1].count < count:
            if time.perf_counter() > deadline:
                last = run.samples[-1].count if run.samples else 0
                raise BenchError(f"{last} of {count} messages searchable after {timeout_s:.0f}s "
                                 f"({workers} worker(s))")
            for index in range(workers):
                svc = ns.stack.worker_service(index)
                if not svc.running():
                    raise BenchError(f"worker {svc.name} died; log {svc.logfile}")
            time.sleep(0.25)
    finally:
        stop.set()
        sampler.join()
        client.close()
    # The whole backlog over the time from the first record sent to the last one
    # searchable. (Not a slope over the middle: with a deep backlog, indexing waits
    # behind triage in the worker's one event loop, so the searchable count stays
    # low and then catches up, and a mid-run slope would measure only the catch-up.)
    run.seconds = run.samples[-1].t - started_at
    run.rate = count / run.seconds
    return run


class ProbePoller(threading.Thread):
    """Polls ``ids`` searches for probe messages until each is searchable."""

    def __init__(self, ns: BenchNamespace, sent: Mapping[str, float], interval_s: float = 0.1) -> None:
        super().__init__(name="bench-probes", daemon=True)
        self.ns, self.sent, self.interval_s = ns, sent, interval_s
        self.pending: list[str] = []
        self.seen: dict[str, float] = {}
        self.lock = threading.Lock()
        self.stop = threading.Event()

    def add(self, msg_id: str) -> None:
        """Watch ``msg_id`` (already sent)."""
        with self.lock:
            self.pending.append(msg_id)

    def run(self) -> None:
        """Poll until stopped."""
        client = es.sync_client(self.ns.settings)
        try:
            while not self.stop.is_set():
                with self.lock:
                    ids = self.pending[:2000]
                if ids:
                    asked = time.time()
                    resp = client.search(index=self.ns.index_pattern, query={"ids": {"values": ids}},
                                         size=len(ids), source=False)
                    # Seen somewhere between the previous poll and this answer: the
                    # midpoint, so the poll interval adds no bias, only +-interval/2.
                    found = (asked - self.interval_s + time.time()) / 2
                    hits = {h["_id"] for h in resp.body["hits"]["hits"]}
                    if hits:
                        with self.lock:
                            for h in hits:
                                self.seen[h] = found - self.sent[h]
                            self.pending = [i for i in self.pending if i not in hits]
                self.stop.wait(self.interval_s)
        finally:
            client.close()


class OptOutWatcher(threading.Thread):
    """Times every opt-out event on the namespace's ``seda.optouts`` from its message's send time."""

    def __init__(self, ns: BenchNamespace, sent: Mapping[str, float]) -> None:
        super().__init__(name="bench-optouts", daemon=True)
        self.ns, self.sent = ns, sent
        self.latencies: list[float] = []
        self.stop = threading.Event()
        self.ready = threading.Event()

    def run(self) -> None:
        """Consume from the end of the topic until stopped."""
        from kafka import KafkaConsumer, TopicPartition

        topic = self.ns.settings.topic("optouts")
        # kafka-python logs a harmless socket error when a consumer closes mid-poll.
        logging.getLogger("kafka.net").setLevel(logging.CRITICAL)
        consumer = KafkaConsumer(bootstrap_servers=self.ns.settings.bootstrap_servers, group_id=None,
                                 enable_auto_commit=False, fetch_max_wait_ms=100)
        try:
            tps = [TopicPartition(topic, p) for p in range(self.ns.settings.partitions)]
            consumer.assign(tps)
            consumer.seek_to_end(*tps)
            for tp in tps:
                consumer.position(tp)
            self.ready.set()
            while not self.stop.is_set():
                for recs in consumer.poll(timeout_ms=100).values():
                    now = time.time()
                    for rec in recs:
                        state = kafka_io.decode_value(self.ns.settings, "optouts", rec.value)
                        change = state["last_change"]
                        source = str(change["source_message_id"])
                        if change["action"] == "opt_out" and source in self.sent:
                            self.latencies.append(now - self.sent[source])
        finally:
            consumer.close()


@dataclass
class LoadLevel:
    """Latency at one offered load."""

    fraction: float
    offered: float
    sent: int = 0
    achieved: float = 0.0
    latencies: list[float] = field(default_factory=list)
    optout_latencies: list[float] = field(default_factory=list)
    unseen: int = 0


def load_level(ns: BenchNamespace, fraction: float, rate: float, seconds: float, probes: int,
               rows: list[dict[str, Any]], seed: int) -> LoadLevel:
    """Offer ``rate`` messages/s for ``seconds``; time probes to searchable and opt-outs to their event."""
    total = max(1, int(rate * seconds))
    every = max(1, total // probes)
    level = LoadLevel(fraction, rate)
    messages = list(raw_messages(ns.settings, total, seed, f"{ns.settings.group_id}-{load_key(fraction)}",
                                 rows))
    probe_ids = {m[0] for m in messages[::every]}
    sent: dict[str, float] = {}
    poller = ProbePoller(ns, sent)
    watcher = OptOutWatcher(ns, sent)
    watcher.start()
    watcher.ready.wait(30)
    poller.start()
    client = es.sync_client(ns.settings)
    before = ns.count(client)
    samples: list[tuple[float, int]] = []
    stop = threading.Event()

    def sample() -> None:
        sampler_client = es.sync_client(ns.settings)
        try:
            while not stop.is_set():
                samples.append((time.perf_counter(), ns.count(sampler_client) - before))
                stop.wait(0.25)
        finally:
            sampler_client.close()

    sampler = threading.Thread(target=sample, name="bench-level-sampler", daemon=True)

    def with_probes() -> Iterable[tuple[str, bytes, bytes]]:
        for m in messages:
            yield m
            if m[0] in probe_ids:
                poller.add(m[0])

    started = time.perf_counter()
    sampler.start()
    try:
        level.sent, _ = produce(ns.settings, with_probes(), rate=rate, sent=sent,
                                deadline=started + seconds * 1.5)
        # Wait for the last probes (bounded), then for every message of the level to count.
        deadline = time.perf_counter() + max(30.0, seconds)
        while poller.pending and time.perf_counter() < deadline:
            time.sleep(0.1)
        while ns.count(client) < before + level.sent and time.perf_counter() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)  # opt-out events of the last messages
    finally:
        stop.set()
        sampler.join()
        poller.stop.set()
        watcher.stop.set()
        poller.join()
        watcher.join()
        client.close()
    # Searchable per second while the load lasted (20 % to 80 % of what was sent), so
    # the latency of the last messages does not count against it.
    try:
        level.achieved = steady_rate(samples, level.sent, 0.2, 0.8)
    except BenchError:
        level.achieved = math.nan
    level.latencies = list(poller.seen.values())
    level.unseen = len(poller.pending)
    level.optout_latencies = list(watcher.latencies)
    return level


# --------------------------------------------------------------------------- the whole run


@dataclass
class BenchOutput:
    """Flat figures (JSON), the machine and settings (meta), and a stage log."""

    results: dict[str, Any]
    meta: dict[str, Any]


def run(plan: Plan, base: Settings | None = None, say: Callable[[str], None] = print,
        keep: bool = False, run_id: str | None = None) -> BenchOutput:
    """Run every stage of ``plan`` against the local stack; see the module docstring.

    Args:
        plan: How much load each stage gets.
        base: Settings of the stack (default: from the environment).
        say: Where progress lines go.
        keep: Keep the bench topics and indices (workers are stopped either way).
        run_id: Prefix of every topic, index and group (default ``bench-<time>-<pid>``).
    """
    from pipeline.stack import Stack

    base = base or settings_module.get()
    Stack(base).up()
    run_id = run_id or f"bench-{time.strftime('%Y%m%d%H%M%S')}-{os.getpid()}"
    rows = loadgen.corpus_rows()
    results: dict[str, Any] = {}
    started = time.perf_counter()
    namespaces: list[BenchNamespace] = []

    def namespace(name: str, port: int) -> BenchNamespace:
        ns = BenchNamespace(base, run_id, name, port)
        namespaces.append(ns)
        return ns

    try:
        say(f"[{plan.name}] logic: triage of {plan.logic_messages:,} messages on one core")
        results["logic_msgs_per_s_per_core"] = logic_rate(plan.logic_messages, base.enrich_batch_size, rows)

        say(f"[{plan.name}] end to end, 1 worker: backlog of {plan.rss_messages:,} messages")
        one = namespace("w1", BENCH_WEB_PORT)
        r1 = e2e_run(one, 1, plan.rss_messages, rows, seed=11,
                     timeout_s=max(300.0, plan.rss_messages / 100))
        one.stop_workers()
        results["e2e_msgs_per_s_1w"] = r1.rate
        results["kafka_produce_msgs_per_s"] = r1.produce_rate
        results["worker_rss_mb_start"] = r1.rss_at(0.1)
        results["worker_rss_mb_end"] = r1.rss_at(1.0)
        results["worker_rss_mb_max"] = max((s.rss_mb for s in r1.samples if s.rss_mb), default=math.nan)
        results["worker_rss_growth_pct"] = 100 * (results["worker_rss_mb_end"]
                                                  / results["worker_rss_mb_start"] - 1)
        results["messages_e2e_1w"] = plan.rss_messages

        say(f"[{plan.name}] Kafka ceiling: plain consumer draining the same raw topic")
        results["kafka_ceiling_msgs_per_s"] = kafka_ceiling(one.settings, plan.rss_messages)

        say(f"[{plan.name}] end to end, 2 workers: backlog of {plan.e2e_messages:,} messages")
        two = namespace("w2", BENCH_WEB_PORT + 10)
        r2 = e2e_run(two, 2, plan.e2e_messages, rows, seed=13, timeout_s=max(300.0, plan.e2e_messages / 100))
        results["e2e_msgs_per_s_2w"] = r2.rate
        results["messages_e2e_2w"] = plan.e2e_messages

        say(f"[{plan.name}] Elasticsearch ceiling: {plan.es_docs:,} ready-made documents")
        ceiling = namespace("es", BENCH_WEB_PORT + 20)
        actions = enriched_actions(ceiling.settings, plan.es_docs, rows)
        results["es_ceiling_docs_per_s"] = es_ceiling(ceiling.settings, actions)
        del actions

        best_workers = 1 if results["e2e_msgs_per_s_1w"] >= results["e2e_msgs_per_s_2w"] else 2
        best = max(results["e2e_msgs_per_s_1w"], results["e2e_msgs_per_s_2w"])
        results["e2e_msgs_per_s"] = best
        results["latency_workers"] = best_workers
        results["ratio_e2e_to_es_ceiling"] = best / results["es_ceiling_docs_per_s"]
        results["ratio_e2e_to_kafka_ceiling"] = best / results["kafka_ceiling_msgs_per_s"]

        # The latency stage reuses the better namespace (probes are found by id, the
        # opt-out watcher starts at the end of the topic): no third start-up.
        if best_workers == 2:
            lat = two
        else:
            two.stop_workers()
            lat = one
            lat.start_workers(1)
        for k, fraction in enumerate(plan.fractions):
            rate = fraction * best
            say(f"[{plan.name}] latency at {fraction:.0%} load: {rate:,.0f} msg/s for "
                f"{plan.load_seconds:.0f}s, {best_workers} worker(s)")
            level = load_level(lat, fraction, rate, plan.load_seconds, plan.probes_per_level, rows, 20 + k)
            lk = load_key(fraction)
            results[f"e2e_latency_by_load_{lk}_offered_msgs_per_s"] = level.offered
            results[f"e2e_latency_by_load_{lk}_achieved_msgs_per_s"] = level.achieved
            results[f"e2e_latency_by_load_{lk}_p50_s"] = percentile(level.latencies, 50)
            results[f"e2e_latency_by_load_{lk}_p99_s"] = percentile(level.latencies, 99)
            results[f"e2e_latency_by_load_{lk}_max_s"] = max(level.latencies, default=math.nan)
            results[f"e2e_latency_by_load_{lk}_probes"] = len(level.latencies)
            results[f"e2e_latency_by_load_{lk}_probes_unseen"] = level.unseen
            results[f"optout_latency_by_load_{lk}_p99_s"] = percentile(level.optout_latencies, 99)
            results[f"optout_latency_by_load_{lk}_events"] = len(level.optout_latencies)
            if lk == "50":
                results["e2e_latency_p50_s"] = percentile(level.latencies, 50)
                results["e2e_latency_p99_s"] = percentile(level.latencies, 99)
                results["optout_latency_p50_s"] = percentile(level.optout_latencies, 50)
                results["optout_latency_p99_s"] = percentile(level.optout_latencies, 99)
                results["optout_events_measured"] = len(level.optout_latencies)
        lat.stop_workers()
    finally:
        for ns in namespaces:
            if keep:
                ns.stop_workers()
            else:
                try:
                    ns.cleanup()
                except Exception:  # report, keep cleaning the others
                    log.warning("could not clean up %s", ns.settings.group_id, exc_info=True)
    info = machine()
    results["machine_cores"] = info["cores"]
    results["machine_memory_gib"] = info["memory_gib"]
    results["setting_partitions"] = base.partitions
    results["setting_enrich_batch_size"] = base.enrich_batch_size
    results["setting_enrich_batch_within_s"] = base.enrich_batch_within_s
    results["setting_index_batch_size"] = base.index_batch_size
    results["setting_index_batch_within_s"] = base.index_batch_within_s
    results["setting_load_seconds"] = plan.load_seconds
    results["setting_probes_per_level"] = plan.probes_per_level
    results["duration_s"] = time.perf_counter() - started
    meta = dict(info)
    meta.update({
        "plan": plan.name,
        "run id (topic/index/group prefix)": run_id,
        "settings": (f"{base.partitions} partitions; enrich batch {base.enrich_batch_size} within "
                     f"{base.enrich_batch_within_s}s; index batch {base.index_batch_size} within "
                     f"{base.index_batch_within_s}s; index refresh 1s; Kafka/ES heap {base.kafka_heap}/"
                     f"{base.es_heap}"),
        "load": ("labelled-corpus training texts (~8,700 distinct, six languages) with spelling/digit/"
                 "emoji variation, many senders, 127.0.0.1 only"),
    })
    return BenchOutput(results, meta)


#: Where a worker's samples are attributed: the first of these frames found in a stack.
PHASES = (
    ("triage (pipeline.triage)", "_triage_all (pipeline/process.py"),
    ("enriched record, events (pipeline.process/records)", "enrich_batch (pipeline/process.py"),
    ("sends: encode + producer (send_all)", "send_all (pipeline/agents/common.py"),
    ("index: documents + bulk (index_messages)", "index_messages (pipeline/agents/index_messages.py"),
    ("enrich agent, rest (metrics, batching)", "enrich_messages (pipeline/agents/enrich_messages.py"),
    ("Faust: decode records (codecs)", "Schema.loads_value (faust/serializers/schemas.py"),
    ("Faust: deliver records to streams", "Conductor._compile_message_handler"),
    ("Faust/aiokafka: fetch", "_drain_messages (faust/transport/consumer.py"),
    ("aiokafka: producer", "(aiokafka/producer/"),
)


def profile_summary(collapsed: Iterable[str]) -> tuple[dict[str, float], dict[str, float]]:
    """Share of samples per pipeline phase and per package, from py-spy's raw (collapsed) output.

    Each line is ``frame;frame;...;leaf count``; a sample counts for the first
    phase whose marker appears in its stack (else "other"), and for the package
    of its leaf frame.
    """
    phases: dict[str, int] = {}
    packages: dict[str, int] = {}
    total = 0
    for line in collapsed:
        stack, _, count = line.rstrip().rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        phase = next((name for name, marker in PHASES if marker in stack),
                     "other (event loop, Faust streams)")
        phases[phase] = phases.get(phase, 0) + n
        leaf = stack.rsplit(";", 1)[-1]
        path = leaf[leaf.find("(") + 1:].split(":", 1)[0] if "(" in leaf else leaf
        parts = path.split("/")
        package = "/".join(parts[:2]) if parts[0] in ("pipeline", "asyncio") else parts[0].removesuffix(".py")
        packages[package] = packages.get(package, 0) + n
    if not total:
        return {}, {}

    def share(d: dict[str, int]) -> dict[str, float]:
        return {k: 100.0 * v / total for k, v in sorted(d.items(), key=lambda kv: -kv[1])}

    return share(phases), share(packages)


def profile_worker(messages: int, seconds: float, out: Path, base: Settings | None = None,
                   say: Callable[[str], None] = print) -> str:
    """py-spy one worker while it drains a backlog; write the raw samples and return a summary."""
    import shutil
    import subprocess

    base = base or settings_module.get()
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    ns = BenchNamespace(base, f"bench-profile-{time.strftime('%Y%m%d%H%M%S')}", "p", BENCH_WEB_PORT + 40)
    try:
        [pid] = ns.start_workers(1)
        say(f"producing {messages:,} messages, then sampling the worker for {seconds:.0f}s with py-spy")
        produce(ns.settings, raw_messages(ns.settings, messages, 17, "profile", loadgen.corpus_rows()))
        raw = out.with_suffix(".raw.txt")
        cpu0 = _cpu_ticks(pid)
        subprocess.run([spy, "record", "--pid", str(pid), "--duration", str(int(seconds)), "--rate", "100",
                        "--format", "raw", "--output", str(raw), "--nonblocking"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cpu = (_cpu_ticks(pid) - cpu0) / os.sysconf("SC_CLK_TCK") / seconds
        client = es.sync_client(ns.settings)
        try:
            done = ns.count(client)
        finally:
            client.close()
    finally:
        ns.cleanup()
    with raw.open(encoding="utf-8") as fh:
        phases, packages = profile_summary(fh)
    lines = [f"py-spy, 100 samples/s for {seconds:.0f}s of one worker draining a backlog of "
             f"{messages:,} messages ({done:,} searchable when sampling ended); the worker used "
             f"{100 * cpu:.0f} % of a core.", "", "By pipeline phase (share of samples):"]
    lines += [f"  {v:5.1f} %  {k}" for k, v in phases.items()]
    lines += ["", "By package of the running frame:"]
    lines += [f"  {v:5.1f} %  {k}" for k, v in list(packages.items())[:15]]
    summary = "\n".join(lines) + "\n"
    out.write_text(summary)
    return summary


def _cpu_ticks(pid: int) -> int:
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def write_outputs(out: BenchOutput, json_path: str | None, report: str | None, command: str) -> list[Path]:
    """Write the JSON (flat numbers; the meta beside it) and the Markdown report with its plot."""
    written: list[Path] = []
    if json_path:
        path = Path(json_path)
        path.write_text(json.dumps(flat_numbers(out.results), indent=2, sort_keys=True) + "\n")
        meta_path = path.with_name(path.stem + ".meta.json")
        meta_path.write_text(json.dumps(out.meta, indent=2, ensure_ascii=False) + "\n")
        written += [path, meta_path]
    if report:
        md = Path(report)
        png = md.with_suffix(".png")
        plot(out.results, png)
        md.write_text(render_markdown(out.results, out.meta, png.name, command))
        data = md.with_suffix(".json")
        data.write_text(json.dumps({"results": flat_numbers(out.results), "meta": out.meta}, indent=2,
                                   sort_keys=True, ensure_ascii=False) + "\n")
        written += [md, png, data]
    return written


def baseline_check(messages: int, baseline_path: Path = BASELINE, rounds: int = 3) -> tuple[bool, str]:
    """Measure the logic throughput (best of ``rounds``) and compare it with the committed baseline."""
    settings = settings_module.get()
    rows = loadgen.corpus_rows()
    best = max(logic_rate(messages, settings.enrich_batch_size, rows) for _ in range(rounds))
    baseline = json.loads(baseline_path.read_text())["logic_msgs_per_s_per_core"]
    return check_baseline(best, float(baseline))


def plan_for(quick: bool, **overrides: Any) -> Plan:
    """The quick or full plan with explicit overrides (None values ignored)."""
    plan = QUICK if quick else FULL
    changes = {k: v for k, v in overrides.items() if v is not None}
    return replace(plan, **changes) if changes else plan


__all__ = ["FULL", "QUICK", "BenchError", "Plan", "check_baseline", "flat_numbers", "percentile",
           "plan_for", "render_table", "run", "steady_rate", "write_outputs"]
